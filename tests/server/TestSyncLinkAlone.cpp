// A database that worked alone on one machine, then linked to the province (issue 14's walk), against
// a real danhgia-server on a real PostgreSQL: its catalogue has the province's units with the same
// codes (one renamed here) and rows of its own under them. The first sync completes: the units of the
// same values are adopted silently, the renamed one is a conflict, the rows of its own are applied
// under the province's units; the conflict resolved "mine" reaches the server; a further sync has
// nothing left to do; the server holds one unit per code and the audit trail verifies. A second unit
// of a code pushed on its own is refused by its code (duplicate_code), not "not found".

#include "SyncClients.h"
#include "database/AuditLog.h"
#include "database/SyncedTable.h"
#include "sync/ConflictInbox.h"
#include "sync/ConflictResolver.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace danhgia;

class TestSyncLinkAlone : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncClients> m_clients;

    // The catalogue typed on the machine before the link: the province's units by code (the commune
    // XCL under another name), an office of its own under SNV and an officer in it.
    static bool buildAlone(Database& db, QString* error)
    {
        return db.transaction(
            [&](QString* e) {
                auto unit = [&](const QString& code, const QString& name, const QString& kind,
                                const QVariant& parent) {
                    return SyncedTable::upsert(db.connection(), QStringLiteral("units"),
                                               {{QStringLiteral("code"), code}},
                                               {{QStringLiteral("name"), name},
                                                {QStringLiteral("kind"), kind},
                                                {QStringLiteral("parent_id"), parent}},
                                               QStringLiteral("quantri"), QString(), e);
                };
                const auto root
                    = unit(QStringLiteral("UBND-LS"), QStringLiteral("Ủy ban nhân dân tỉnh Lạng Sơn"),
                           QStringLiteral("province"), QVariant(QMetaType(QMetaType::LongLong)));
                const auto snv = root ? unit(QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"),
                                             QStringLiteral("department"), root->id)
                                      : std::nullopt;
                const auto xcl = snv ? unit(QStringLiteral("XCL"), QStringLiteral("UBND xã Chi Lăng"),
                                            QStringLiteral("commune"), root->id)
                                     : std::nullopt;
                const auto office = xcl
                    ? unit(QStringLiteral("SNV-CCHC-ALONE"), QStringLiteral("Phòng Cải cách hành chính"),
                           QStringLiteral("office"), snv->id)
                    : std::nullopt;
                return office
                    && SyncedTable::upsert(db.connection(), QStringLiteral("people"),
                                           {{QStringLiteral("code"), QStringLiteral("CB-ALONE-1")}},
                                           {{QStringLiteral("full_name"), QStringLiteral("Hoàng Thị Lan")},
                                            {QStringLiteral("position"), QStringLiteral("Chuyên viên")},
                                            {QStringLiteral("unit_id"), office->id}},
                                           QStringLiteral("quantri"), QString(), e)
                           .has_value();
            },
            error);
    }
    // The server's units with this code, as the administrator pulls them from 0.
    int serverUnits(const QString& code, QString* name = nullptr) const
    {
        const auto changes = m_province.client(QStringLiteral("quantri"))
                                 .get(QStringLiteral("/api/v1/sync/changes?since=0"));
        int found = 0;
        for (const QJsonValue& value : changes.json().value(QStringLiteral("changes")).toArray()) {
            const QJsonObject data = value.toObject().value(QStringLiteral("data")).toObject();
            if (value.toObject().value(QStringLiteral("entity")).toString() == QLatin1String("units")
                && data.value(QStringLiteral("code")).toString() == code) {
                ++found;
                if (name) {
                    *name = data.value(QStringLiteral("name")).toString();
                }
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_clients = std::make_unique<SyncClients>(m_province, m_dir->path());
    }
    void cleanupTestCase()
    {
        m_clients.reset();
        m_dir.reset();
        m_province.stop();
    }

    void databaseThatWorkedAloneLinksAndSyncsToCompletion()
    {
        auto alone = m_clients->open(QStringLiteral("alone"));
        QVERIFY(alone);
        QString error;
        QVERIFY2(buildAlone(*alone, &error), qPrintable(error));

        const SyncSummary first = m_clients->sync(*alone, QStringLiteral("quantri"));
        QVERIFY2(first.completed, qPrintable(first.toText()));
        QCOMPARE(first.refused, 0);
        QCOMPARE(first.conflicts, 1);
        QVERIFY2(first.notApplied.isEmpty(), qPrintable(first.toText()));
        // The province's units are the rows here, under the server's UUIDs; the rows of its own went up.
        for (const char* code : {"UBND-LS", "SNV", "XCL"}) {
            QCOMPARE(SyncClients::text(
                         *alone,
                         QStringLiteral("SELECT uuid FROM units WHERE code = '%1'").arg(QLatin1String(code))),
                     m_province.unitUuids.value(QLatin1String(code)));
        }
        QCOMPARE(serverUnits(QStringLiteral("SNV-CCHC-ALONE")), 1);
        QVERIFY(SyncClients::text(*alone, QStringLiteral("SELECT server_version FROM people")).toLongLong()
                > 0);

        const auto conflicts = ConflictInbox::list(*alone, &error);
        QVERIFY2(conflicts, qPrintable(error));
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().entity, QStringLiteral("units"));
        QVERIFY2(ConflictResolver::resolve(*alone, conflicts->first().id, ConflictKeep::Mine, {},
                                           Role::Administrator, QStringLiteral("quantri"), &error),
                 qPrintable(error));
        const SyncSummary second = m_clients->sync(*alone, QStringLiteral("quantri"));
        QVERIFY2(second.completed && second.refused == 0 && second.conflicts == 0,
                 qPrintable(second.toText()));
        QCOMPARE(second.applied, 1);
        QString name;
        QCOMPARE(serverUnits(QStringLiteral("XCL"), &name), 1);
        QCOMPARE(name, QStringLiteral("UBND xã Chi Lăng"));

        const SyncSummary third = m_clients->sync(*alone, QStringLiteral("quantri"));
        QVERIFY2(third.completed, qPrintable(third.toText()));
        QCOMPARE(third.sent, 0);
        QCOMPARE(third.received, 0);
        QCOMPARE(third.conflicts, 0);
        for (const char* code : {"UBND-LS", "SNV"}) {
            QCOMPARE(serverUnits(QLatin1String(code)), 1);
        }
        QVERIFY(AuditLog::verify(alone->connection()).ok);
    }

    void secondUnitOfACodeIsRefusedByItsCode()
    {
        const auto response = ProvinceFixture::push(
            m_province.client(QStringLiteral("quantri")), ProvinceFixture::newUuid(),
            {ProvinceFixture::op(
                QStringLiteral("op-1"), QStringLiteral("units"), ProvinceFixture::newUuid(),
                QStringLiteral("insert"), 0,
                {{QStringLiteral("code"), QStringLiteral("SNV")},
                 {QStringLiteral("name"), QStringLiteral("Sở Nội vụ")},
                 {QStringLiteral("kind"), QStringLiteral("department")},
                 {QStringLiteral("parent_uuid"), m_province.unitUuids.value(QStringLiteral("UBND-LS"))}})});
        QCOMPARE(ProvinceFixture::status(response), QStringLiteral("refused"));
        QCOMPARE(ProvinceFixture::errorCode(response), QStringLiteral("duplicate_code"));
        const QString message = ProvinceFixture::outcomes(response)
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QStringLiteral("SNV")) && message.contains(QStringLiteral("Sở Nội vụ")),
                 qPrintable(message));
        QCOMPARE(serverUnits(QStringLiteral("SNV")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncLinkAlone)
#include "TestSyncLinkAlone.moc"
