// A database that worked alone, then linked to the province (core/storage/sync/PulledAdoption): its
// units and people with the province's codes take the server's UUIDs when the server's rows are
// pulled; the same values are adopted silently, different values become conflicts the officer
// resolves, a row the server already holds under another UUID is told and the page goes on; the
// outbox entries of the adopted rows are superseded, a second pull has nothing left to do, and the
// audit trail still verifies.
#include "PulledChange.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "sync/ConflictInbox.h"
#include "sync/ConflictResolver.h"
#include "sync/PulledPageApplier.h"
#include "sync/SyncOutbox.h"
#include "sync/SyncStateStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QString ProvinceUuid = QStringLiteral("5d0a7c2e-0000-4000-8000-000000000001");
const QString DepartmentUuid = QStringLiteral("5d0a7c2e-0000-4000-8000-000000000002");
const QString PersonUuid = QStringLiteral("5d0a7c2e-0000-4000-8000-000000000003");

// The province's catalogue as the server sends it: `name` is the department's name there.
QJsonArray provincePage(const QString& name)
{
    return {pulledChange(QStringLiteral("people"), PersonUuid, 3,
                         {{QStringLiteral("code"), QStringLiteral("CB001")},
                          {QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn An")},
                          {QStringLiteral("position"), QStringLiteral("Chuyên viên")},
                          {QStringLiteral("unit_uuid"), DepartmentUuid},
                          {QStringLiteral("task_group"), QString()},
                          {QStringLiteral("is_leader"), 0},
                          {QStringLiteral("revision"), 4},
                          {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T08:00:00.000Z")}}),
            pulledChange(QStringLiteral("units"), DepartmentUuid, 2,
                         {{QStringLiteral("code"), QStringLiteral("SNV")},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("kind"), QStringLiteral("department")},
                          {QStringLiteral("parent_uuid"), ProvinceUuid}}),
            pulledChange(QStringLiteral("units"), ProvinceUuid, 1,
                         {{QStringLiteral("code"), QStringLiteral("UBND-LS")},
                          {QStringLiteral("name"), QStringLiteral("UBND tỉnh Lạng Sơn")},
                          {QStringLiteral("kind"), QStringLiteral("province")},
                          {QStringLiteral("parent_uuid"), QJsonValue()}})};
}

} // namespace

class TestPulledAdoption : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    qint64 count(const QString& sql) const { return countRows(m_db->path(), sql); }
    QString text(const QString& sql) const { return firstText(m_db->connection(), sql); }
    qint64 pending() const
    {
        return count(QStringLiteral("SELECT count(*) FROM outbox WHERE id NOT IN (SELECT outbox_id FROM "
                                    "outbox_outcomes)"));
    }

    // The catalogue typed on this machine before it was linked: the province, its department of home
    // affairs and one officer, with the province's codes (outbox and audit trail as every change).
    void buildAlone()
    {
        QString error;
        const bool ok = m_db->transaction(
            [&](QString* e) {
                auto unit
                    = [&](const char* code, const QString& name, const char* kind, const QVariant& parent) {
                          return SyncedTable::upsert(m_db->connection(), QStringLiteral("units"),
                                                     {{QStringLiteral("code"), QString::fromLatin1(code)}},
                                                     {{QStringLiteral("name"), name},
                                                      {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                                      {QStringLiteral("parent_id"), parent}},
                                                     QStringLiteral("quantri"), QString(), e);
                      };
                const auto province = unit("UBND-LS", QStringLiteral("UBND tỉnh Lạng Sơn"), "province",
                                           QVariant(QMetaType(QMetaType::LongLong)));
                const auto department = province
                    ? unit("SNV", QStringLiteral("Sở Nội vụ"), "department", province->id)
                    : std::nullopt;
                return department
                    && SyncedTable::upsert(m_db->connection(), QStringLiteral("people"),
                                           {{QStringLiteral("code"), QStringLiteral("CB001")}},
                                           {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn An")},
                                            {QStringLiteral("position"), QStringLiteral("Chuyên viên")},
                                            {QStringLiteral("unit_id"), department->id}},
                                           QStringLiteral("quantri"), QString(), e)
                           .has_value();
            },
            &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(pending(), 3);
    }

    void apply(const QJsonArray& page, qint64 cursor, PulledPageApplier::Result* result)
    {
        PulledPageApplier applier(*m_db);
        QString error;
        QVERIFY2(applier.apply(page, cursor, result, &error), qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("alone.sqlite")), &error), qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void sameValuesAreAdoptedSilently()
    {
        buildAlone();
        const QString localId = text(QStringLiteral("SELECT id FROM units WHERE code = 'SNV'"));
        PulledPageApplier::Result result;
        apply(provincePage(QStringLiteral("Sở Nội vụ")), 3, &result);
        QCOMPARE(result.received, 3);
        QCOMPARE(result.conflicts, 0);
        QVERIFY(result.notApplied.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM units")), 2);
        QCOMPARE(text(QStringLiteral("SELECT uuid FROM units WHERE code = 'SNV'")), DepartmentUuid);
        QCOMPARE(text(QStringLiteral("SELECT id FROM units WHERE code = 'SNV'")), localId);
        QCOMPARE(text(QStringLiteral("SELECT server_version FROM units WHERE code = 'SNV'")),
                 QStringLiteral("2"));
        // The officer's person still names the same unit, now the province's.
        QCOMPARE(text(QStringLiteral("SELECT u.uuid FROM people p JOIN units u ON u.id = p.unit_id")),
                 DepartmentUuid);
        QCOMPARE(text(QStringLiteral("SELECT uuid FROM people")), PersonUuid);
        // Nothing is left to send: the inserts follow the rows' new UUIDs and are superseded.
        QCOMPARE(pending(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE uuid IN ('%1','%2','%3')")
                           .arg(ProvinceUuid, DepartmentUuid, PersonUuid)),
                 3);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM outbox_outcomes WHERE error_code = 'superseded'")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
        QString error;
        SyncOutbox::Tally tally;
        const auto operations = SyncOutbox::pending(
            *m_db, SyncStateStore::read(m_db->connection(), &error)->clientId, 100, &tally, &error);
        QVERIFY2(operations, qPrintable(error));
        QVERIFY(operations->isEmpty());
        QVERIFY(AuditLog::verify(m_db->connection()).ok);
    }

    void differentValuesBecomeAConflictResolvedMine()
    {
        buildAlone();
        PulledPageApplier::Result result;
        apply(provincePage(QStringLiteral("Sở Nội vụ tỉnh Lạng Sơn")), 3, &result);
        QCOMPARE(result.conflicts, 1);
        QCOMPARE(result.received, 2);
        // The officer's name stays until decided; the row is the server's by UUID already.
        QCOMPARE(text(QStringLiteral("SELECT name || '|' || uuid FROM units WHERE code = 'SNV'")),
                 QStringLiteral("Sở Nội vụ|") + DepartmentUuid);
        QCOMPARE(pending(), 0);
        QString error;
        const auto listed = ConflictInbox::list(*m_db, &error);
        QVERIFY2(listed, qPrintable(error));
        QCOMPARE(listed->size(), 1);
        const auto detail = ConflictInbox::load(*m_db, listed->first().id, &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(
            text(QStringLiteral("SELECT entity || '|' || uuid || '|' || base_version FROM sync_conflicts")),
            QStringLiteral("units|%1|0").arg(DepartmentUuid));
        QVERIFY(
            text(QStringLiteral("SELECT fields FROM sync_conflicts")).contains(QStringLiteral("\"name\"")));
        QVERIFY2(ConflictResolver::resolve(*m_db, listed->first().id, ConflictKeep::Mine, {},
                                           Role::Administrator, QStringLiteral("quantri"), &error),
                 qPrintable(error));
        QCOMPARE(text(QStringLiteral("SELECT name || '|' || server_version FROM units WHERE code = 'SNV'")),
                 QStringLiteral("Sở Nội vụ|2"));
        // The name kept goes to the server on the server's version.
        SyncOutbox::Tally tally;
        const auto operations = SyncOutbox::pending(
            *m_db, SyncStateStore::read(m_db->connection(), &error)->clientId, 100, &tally, &error);
        QVERIFY2(operations, qPrintable(error));
        QCOMPARE(operations->size(), 1);
        QCOMPARE(operations->first().wire.value(QLatin1String("uuid")).toString(), DepartmentUuid);
        QCOMPARE(operations->first().wire.value(QLatin1String("base_version")).toInteger(), 2);
        QCOMPARE(ConflictInbox::count(*m_db, &error).value_or(-1), 0);
        QVERIFY(AuditLog::verify(m_db->connection()).ok);
    }

    void secondPullHasNothingLeftToDo()
    {
        buildAlone();
        PulledPageApplier::Result first;
        apply(provincePage(QStringLiteral("Sở Nội vụ")), 3, &first);
        const QString before = text(QStringLiteral("SELECT group_concat(uuid || server_version) FROM units"));
        PulledPageApplier::Result second;
        apply(provincePage(QStringLiteral("Sở Nội vụ")), 3, &second);
        QCOMPARE(second.received, 0);
        QCOMPARE(second.conflicts, 0);
        QCOMPARE(text(QStringLiteral("SELECT group_concat(uuid || server_version) FROM units")), before);
        QCOMPARE(pending(), 0);
    }

    void unitWhoseParentIsNotSeenIsAdoptedKeepingItsParentHere()
    {
        buildAlone();
        // A commune's account does not see the province: the department comes without its parent.
        QJsonArray page = provincePage(QStringLiteral("Sở Nội vụ"));
        page.removeAt(2);
        PulledPageApplier::Result result;
        apply(page, 2, &result);
        QCOMPARE(result.conflicts, 0);
        QCOMPARE(result.received, 2);
        QCOMPARE(text(QStringLiteral("SELECT uuid FROM units WHERE code = 'SNV'")), DepartmentUuid);
        QCOMPARE(text(QStringLiteral("SELECT p.code FROM units u JOIN units p ON p.id = u.parent_id WHERE "
                                     "u.code = 'SNV'")),
                 QStringLiteral("UBND-LS"));
        // Only the province's row, never seen from the server, is left to send.
        QCOMPARE(pending(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
        // When the province arrives, the department names it.
        PulledPageApplier::Result later;
        apply({provincePage(QStringLiteral("Sở Nội vụ")).at(2)}, 3, &later);
        QCOMPARE(text(QStringLiteral("SELECT p.uuid FROM units u JOIN units p ON p.id = u.parent_id WHERE "
                                     "u.code = 'SNV'")),
                 ProvinceUuid);
        QCOMPARE(pending(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_parked")), 0);
    }

    void rowTheServerHoldsUnderAnotherUuidIsToldAndThePageGoesOn()
    {
        buildAlone();
        // The officer here was accepted by the server under this database's UUID: a second CB001.
        QSqlQuery accepted(m_db->connection());
        QVERIFY(accepted.exec(QStringLiteral("UPDATE people SET server_version = 1")));
        const QString copy = text(QStringLiteral("SELECT uuid FROM people"));
        PulledPageApplier::Result result;
        apply(provincePage(QStringLiteral("Sở Nội vụ")), 3, &result);
        QCOMPARE(result.notApplied.size(), 1);
        const PulledPageApplier::NotApplied& told = result.notApplied.first();
        QCOMPARE(told.entity, QStringLiteral("people"));
        QCOMPARE(told.uuid, PersonUuid);
        QVERIFY2(told.row.contains(QStringLiteral("CB001")), qPrintable(told.row));
        QVERIFY2(told.reason.contains(PersonUuid) && told.reason.contains(copy)
                     && told.reason.contains(QStringLiteral("CB001")),
                 qPrintable(told.reason));
        // The officer's row stays; the rest of the page is applied, with its cursor.
        QCOMPARE(text(QStringLiteral("SELECT uuid FROM people")), copy);
        QCOMPARE(result.received, 2);
        QCOMPARE(text(QStringLiteral("SELECT uuid FROM units WHERE code = 'SNV'")), DepartmentUuid);
        QString error;
        QCOMPARE(SyncStateStore::read(m_db->connection(), &error)->cursor, 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_parked")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPulledAdoption)
#include "TestPulledAdoption.moc"
