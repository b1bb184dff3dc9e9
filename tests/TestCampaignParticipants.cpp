// The units and people taking part in a campaign: added and removed by code, all or none,
// listed units first, refused when unknown, given twice, already there or not there, and
// recorded in the outbox and the audit trail under the campaign's UUID. Each function starts from
// a database of its own: campaigns C1 and C2 with no participant, units XHL and XCL, people CC01
// and CC02.

#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

using Kind = CampaignParticipant::Kind;

// "unit XCL UBND xã Chi Lăng" lines.
QStringList describe(const std::optional<QList<CampaignParticipant>>& participants)
{
    QStringList lines;
    for (const CampaignParticipant& p : participants.value_or(QList<CampaignParticipant>())) {
        lines.append(CampaignParticipant::kindName(p.kind) + QLatin1Char(' ') + p.code + QLatin1Char(' ')
                     + p.name);
    }
    return lines;
}

} // namespace

class TestCampaignParticipants : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    const QString m_actor = QStringLiteral("admin");

    qint64 count(const QString& sql) { return countRows(m_db.path(), sql); }
    QStringList listed(const char* campaign)
    {
        QString error;
        const auto all
            = CampaignStore::participants(m_db.connection(), QString::fromLatin1(campaign), &error);
        if (!all) {
            qWarning("cannot list: %s", qPrintable(error));
        }
        return describe(all);
    }
    bool upsert(const QString& table, const QString& code, const QVariantMap& values, QString* error)
    {
        return SyncedTable::upsert(m_db.connection(), table, {{QStringLiteral("code"), code}}, values,
                                   m_actor, QString(), error)
            .has_value();
    }

    // C1 takes the unit XHL and the person CC01.
    bool addXhlAndCc01ToC1(QString* error)
    {
        return CampaignStore::addParticipants(m_db, QStringLiteral("C1"), Kind::Unit, {QStringLiteral("XHL")},
                                              m_actor, error)
            && CampaignStore::addParticipants(m_db, QStringLiteral("C1"), Kind::Person,
                                              {QStringLiteral("CC01")}, m_actor, error);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(
            m_db.open(m_dir.filePath(QStringLiteral("participants-%1.sqlite").arg(++m_databases)), &error),
            qPrintable(error));
        QVERIFY2(m_db.transaction(
                     [&](QString* e) {
                         ValidationIssues issues;
                         const auto set = CriteriaSetStore::import(
                             m_db.connection(),
                             readData(QStringLiteral("examples/cchc-so-2026.criteria.json")), m_actor,
                             &issues, e);
                         auto campaign = [&](const char* code) {
                             return CampaignStore::ensure(m_db.connection(),
                                                          {0,
                                                           QString::fromLatin1(code),
                                                           QString::fromLatin1(code),
                                                           QStringLiteral("par_index"),
                                                           *set,
                                                           {},
                                                           {},
                                                           QString(),
                                                           QString()},
                                                          m_actor, e)
                                 .has_value();
                         };
                         const QVariant commune = QStringLiteral("commune");
                         return set && campaign("C1") && campaign("C2")
                             && upsert(QStringLiteral("units"), QStringLiteral("XHL"),
                                       {{QStringLiteral("name"), QStringLiteral("UBND xã Hữu Lũng")},
                                        {QStringLiteral("kind"), commune}},
                                       e)
                             && upsert(QStringLiteral("units"), QStringLiteral("XCL"),
                                       {{QStringLiteral("name"), QStringLiteral("UBND xã Chi Lăng")},
                                        {QStringLiteral("kind"), commune}},
                                       e)
                             && upsert(QStringLiteral("people"), QStringLiteral("CC02"),
                                       {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Thị An")}}, e)
                             && upsert(QStringLiteral("people"), QStringLiteral("CC01"),
                                       {{QStringLiteral("full_name"), QStringLiteral("Trần Văn Bình")}}, e);
                     },
                     &error),
                 qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void addListAndRemove()
    {
        QString error;
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QVERIFY2(CampaignStore::addParticipants(m_db, QStringLiteral("C1"), Kind::Unit,
                                                {QStringLiteral("XHL"), QStringLiteral(" XCL ")}, m_actor,
                                                &error),
                 qPrintable(error));
        QVERIFY2(CampaignStore::addParticipants(m_db, QStringLiteral("C1"), Kind::Person,
                                                {QStringLiteral("CC02"), QStringLiteral("CC01")}, m_actor,
                                                &error),
                 qPrintable(error));
        const QStringList all{
            QStringLiteral("unit XCL UBND xã Chi Lăng"), QStringLiteral("unit XHL UBND xã Hữu Lũng"),
            QStringLiteral("person CC01 Trần Văn Bình"), QStringLiteral("person CC02 Nguyễn Thị An")};
        QCOMPARE(listed("C1"), all);
        QCOMPARE(listed("C2"), QStringList());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaign_participants")), 4);

        // One outbox and one audit entry per participant, with the campaign's UUID.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'campaign_participant' AND "
                                      "operation = 'insert' AND payload LIKE '%participant_uuid%'")),
                 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox + 4);
        const QString campaignUuid = QStringLiteral("(SELECT uuid FROM campaigns WHERE code = 'C1')");
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'campaign_participant' AND "
                                 "action = 'insert' AND old_value = '' AND entity_uuid = %1")
                      .arg(campaignUuid)),
            4);
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT new_value, actor FROM audit_log WHERE entity = "
                                          "'campaign_participant' ORDER BY id DESC LIMIT 1")));
        QVERIFY(query.next());
        const QJsonObject added = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        QCOMPARE(added.value(QStringLiteral("campaign")).toString(), QStringLiteral("C1"));
        QCOMPARE(added.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
        QCOMPARE(added.value(QStringLiteral("code")).toString(), QStringLiteral("CC01"));
        QCOMPARE(query.value(1).toString(), m_actor);

        // The same unit may take part in another campaign.
        QVERIFY(CampaignStore::addParticipants(m_db, QStringLiteral("C2"), Kind::Unit,
                                               {QStringLiteral("XCL")}, m_actor, &error));
        QCOMPARE(listed("C2"), QStringList{QStringLiteral("unit XCL UBND xã Chi Lăng")});

        QVERIFY2(CampaignStore::removeParticipants(m_db, QStringLiteral("C1"), Kind::Unit,
                                                   {QStringLiteral("XCL")}, m_actor, &error),
                 qPrintable(error));
        QVERIFY(CampaignStore::removeParticipants(m_db, QStringLiteral("C1"), Kind::Person,
                                                  {QStringLiteral("CC02")}, m_actor, &error));
        QCOMPARE(listed("C1"),
                 (QStringList{QStringLiteral("unit XHL UBND xã Hữu Lũng"),
                              QStringLiteral("person CC01 Trần Văn Bình")}));
        QCOMPARE(listed("C2"), QStringList{QStringLiteral("unit XCL UBND xã Chi Lăng")});
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'campaign_participant' AND "
                                 "action = 'delete' AND new_value = '' AND entity_uuid = %1 AND "
                                 "old_value LIKE '%\"code\":\"XCL\"%'")
                      .arg(campaignUuid)),
            1);
        // 4 + 1 additions, 2 removals.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox + 7);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'campaign_participant' AND "
                                      "operation = 'delete' AND payload LIKE '%\"code\":\"XCL\"%'")),
                 1);
        const auto verification = AuditLog::verify(m_db.connection());
        QVERIFY2(verification.ok, qPrintable(verification.message));
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("adding");
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<bool>("unit");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QStringList>("named"); // texts the message must hold
        const auto l = [](std::initializer_list<const char*> texts) {
            QStringList list;
            for (const char* text : texts) {
                list.append(QString::fromUtf8(text));
            }
            return list;
        };
        const QString c1 = QStringLiteral("C1");
        // C1 has XHL and CC01.
        QTest::newRow("unknown unit") << true << c1 << true << l({"XCL", "NOPE"}) << l({"NOPE"});
        QTest::newRow("person code as unit") << true << c1 << true << l({"CC02"}) << l({"CC02"});
        QTest::newRow("unknown person") << true << c1 << false << l({"CC09"}) << l({"CC09"});
        QTest::newRow("given twice") << true << c1 << true << l({"XCL", "XCL"}) << l({"XCL"});
        QTest::newRow("empty code") << true << c1 << false << l({"CC02", " "}) << l({});
        QTest::newRow("unit already there")
            << true << c1 << true << l({"XCL", "XHL"}) << l({"XHL", "C1", "Hữu Lũng"});
        QTest::newRow("person already there") << true << c1 << false << l({"CC01"}) << l({"CC01", "C1"});
        QTest::newRow("unknown campaign") << true << QStringLiteral("C9") << true << l({"XCL"}) << l({"C9"});
        QTest::newRow("remove unit not there")
            << false << c1 << true << l({"XHL", "XCL"}) << l({"XCL", "C1"});
        QTest::newRow("remove person not there") << false << c1 << false << l({"CC02"}) << l({"CC02", "C1"});
        QTest::newRow("remove unknown") << false << c1 << true << l({"NOPE"}) << l({"NOPE"});
    }
    // Refused as a whole: nothing added or removed, nothing recorded.
    void refusals()
    {
        QFETCH(bool, adding);
        QFETCH(QString, campaign);
        QFETCH(bool, unit);
        QFETCH(QStringList, codes);
        QFETCH(QStringList, named);
        QString error;
        QVERIFY2(addXhlAndCc01ToC1(&error), qPrintable(error));
        const QStringList before = listed("C1");
        const qint64 audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        error.clear();
        const Kind kind = unit ? Kind::Unit : Kind::Person;
        QVERIFY(adding ? !CampaignStore::addParticipants(m_db, campaign, kind, codes, m_actor, &error)
                       : !CampaignStore::removeParticipants(m_db, campaign, kind, codes, m_actor, &error));
        QVERIFY(!error.isEmpty());
        for (const QString& text : named) {
            QVERIFY2(error.contains(text), qPrintable(error));
        }
        QCOMPARE(listed("C1"), before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }

    void listOfUnknownCampaignIsRefused()
    {
        QString error;
        QVERIFY(!CampaignStore::participants(m_db.connection(), QStringLiteral("C9"), &error));
        QVERIFY(error.contains(QStringLiteral("C9")));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCampaignParticipants)
#include "TestCampaignParticipants.moc"
