// Creating a campaign with its score sheets (services/CampaignSetup), as the CLI's `import sheets`
// and the demo do: the campaign takes the kind of its criteria set, the set's title unless it has
// its own, and the periods of its sheets; every sheet is checked against the set before anything
// is written; an existing campaign of the same code gets the periods it lacks.

#include "RowCount.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "queries/CampaignResults.h"
#include "scoring/ScoreSheetReader.h"
#include "services/CampaignSetup.h"
#include "stores/CriteriaSetStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestCampaignSetup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    QString m_path;
    qint64 m_setRow = 0;

    static ScoreSheet example(const QString& name)
    {
        ValidationIssues issues;
        ScoreSheet sheet = ScoreSheetReader::read(
            readData(QStringLiteral("examples/cong-chuc/%1.scores.json").arg(name)), &issues);
        return sheet;
    }

    qint64 count(const QString& sql) const { return countRows(m_path, sql); }

private Q_SLOTS:
    // A fresh database with the staff criteria set for each function.
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        m_db.emplace();
        QString error;
        QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
        ValidationIssues issues;
        const auto row = CriteriaSetStore::import(
            m_db->connection(), readData(QStringLiteral("examples/cong-chuc-2026.criteria.json")),
            QStringLiteral("admin"), &issues, &error);
        QVERIFY2(row, qPrintable(error));
        m_setRow = *row;
    }

    void cleanup() { m_db.reset(); }

    void campaignFromItsSetAndSheets()
    {
        QString error;
        auto setup = CampaignSetup::forCriteriaSet(m_db->connection(), m_setRow, &error);
        QVERIFY2(setup, qPrintable(error));
        QCOMPARE(setup->criteriaSet().id, QStringLiteral("cong-chuc-2026"));
        const QList<ScoreSheet> sheets
            = {example(QStringLiteral("CC01-2026-01")), example(QStringLiteral("CC02-2026-01")),
               example(QStringLiteral("CC01-2026-02"))};
        CampaignRecord wanted;
        wanted.code = QStringLiteral("CCVC-2026");
        wanted.approvers = QStringLiteral("council_chair");
        const auto campaign = setup->create(wanted, sheets, QStringLiteral("danhgia-cli"), &error);
        QVERIFY2(campaign, qPrintable(error));
        QVERIFY(campaign->id > 0);
        QCOMPARE(campaign->code, QStringLiteral("CCVC-2026"));
        QCOMPARE(campaign->title, setup->criteriaSet().title);
        QCOMPARE(campaign->kind, setup->criteriaSet().kind);
        QCOMPARE(campaign->criteriaSetRowId, m_setRow);
        QCOMPARE(campaign->periods, (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QCOMPARE(campaign->approvers, QStringLiteral("council_chair"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets")), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'score_sheets'")), 3);
        // The results see the sheets as stored.
        const auto inputs = CampaignResults::load(m_db->connection(), QStringLiteral("CCVC-2026"), &error);
        QVERIFY2(inputs, qPrintable(error));
        QCOMPARE(inputs->sheets.size(), 3);
        QCOMPARE(inputs->sheets.first().values.size(), sheets.first().values.size());
    }

    // The demo names its campaign, periods and deadline; its sheets come one at a time, each by
    // its own author.
    void givenTitleAndSheetsOneAtATime()
    {
        QString error;
        auto setup = CampaignSetup::forCriteriaSet(m_db->connection(), m_setRow, &error);
        QVERIFY2(setup, qPrintable(error));
        CampaignRecord wanted;
        wanted.code = QStringLiteral("CCVC-Q4");
        wanted.title = QStringLiteral("Đánh giá công chức quý IV");
        wanted.periods = {QStringLiteral("2026-11"), QStringLiteral("2026-10")};
        wanted.deadlines.classification = QDate(2026, 12, 15);
        const auto campaign = setup->create(wanted, {}, QStringLiteral("Quản trị"), &error);
        QVERIFY2(campaign, qPrintable(error));
        QCOMPARE(campaign->title, wanted.title);
        QCOMPARE(campaign->periods, wanted.periods);
        QCOMPARE(campaign->deadlines, wanted.deadlines);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets")), 0);
        const auto sheetId = setup->addSheet(example(QStringLiteral("CC01-2026-01")),
                                             QStringLiteral("Nguyễn Văn An"), QString(), &error);
        QVERIFY2(sheetId, qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets WHERE campaign_id = %1 AND id = %2")
                           .arg(campaign->id)
                           .arg(*sheetId)),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'Nguyễn Văn An'")), 1);
    }

    // A sheet that does not fit the set: nothing is written, and the message names the sheet.
    void sheetThatDoesNotFit()
    {
        QString error;
        auto setup = CampaignSetup::forCriteriaSet(m_db->connection(), m_setRow, &error);
        QVERIFY2(setup, qPrintable(error));
        ScoreSheet wrong = example(QStringLiteral("CC02-2026-01"));
        LeafValue unknown;
        wrong.setValue(QStringLiteral("9.9"), unknown);
        QVERIFY(!setup->check(wrong).isEmpty());
        QVERIFY(setup->check(example(QStringLiteral("CC01-2026-01"))).isEmpty());
        CampaignRecord wanted;
        wanted.code = QStringLiteral("CCVC-2026");
        QVERIFY(!setup->create(wanted, {example(QStringLiteral("CC01-2026-01")), wrong},
                               QStringLiteral("cli"), &error));
        for (const char* part : {"CC02", "2026-01", "9.9"}) {
            QVERIFY2(error.contains(QLatin1String(part)), qPrintable(error));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets")), 0);
    }

    // Importing into an existing campaign adds the periods it lacks.
    void existingCampaignGetsNewPeriods()
    {
        QString error;
        auto setup = CampaignSetup::forCriteriaSet(m_db->connection(), m_setRow, &error);
        QVERIFY2(setup, qPrintable(error));
        CampaignRecord wanted;
        wanted.code = QStringLiteral("CCVC-2026");
        QVERIFY2(
            setup->create(wanted, {example(QStringLiteral("CC01-2026-02"))}, QStringLiteral("cli"), &error),
            qPrintable(error));
        const auto again
            = setup->create(wanted, {example(QStringLiteral("CC01-2026-01"))}, QStringLiteral("cli"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->periods, (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets")), 2);
    }

    void unknownCriteriaSet()
    {
        QString error;
        QVERIFY(!CampaignSetup::forCriteriaSet(m_db->connection(), m_setRow + 100, &error));
        QVERIFY(!error.isEmpty());
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCampaignSetup)
#include "TestCampaignSetup.moc"
