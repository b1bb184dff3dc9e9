// The demo database of `danhgia --demo`: what it holds, that it is consistent (audit chain,
// evidence files, results computable), and that it is the same on every run.

#include "RowCount.h"
#include "TestSupport.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "queries/CampaignResults.h"
#include "stores/CouncilStore.h"
#include "stores/EvidenceStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace danhgia;
using danhgia::test::countRows;

namespace {

QString resultsText(QSqlDatabase& db, const QString& campaign, bool aggregate)
{
    QString error;
    const auto computed = CampaignResults::compute(db, campaign, aggregate, &error);
    if (!computed) {
        return QStringLiteral("error: ") + error;
    }
    QStringList lines;
    for (const SubjectResult& result : computed->result.results) {
        lines.append(
            QStringLiteral("%1 %2 %3 %4 %5")
                .arg(result.subjectId, result.total.toString(), result.index.toString(), result.grade)
                .arg(result.rank));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDemoDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_path, &error), qPrintable(error));
    }

    void catalogue()
    {
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM people")), 40);
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM units WHERE kind='department'")), 6);
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM units WHERE kind='commune'")), 2);
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM units WHERE kind='province'")), 1);
    }

    // The Sở Nội vụ's document settings (its signer), one row, written through the outbox and the
    // audit trail like everything else.
    void documentSettings()
    {
        QCOMPARE(countRows(m_path,
                           QStringLiteral("SELECT COUNT(*) FROM document_settings d JOIN units u ON "
                                          "u.id=d.unit_id WHERE u.code='SNV'")),
                 1);
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM document_settings")), 1);
        QCOMPARE(
            countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity='document_settings'")),
            1);
        QCOMPARE(countRows(m_path,
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity='document_settings'")),
                 1);
    }

    void staffCampaign()
    {
        // 40 people × three months; September and October approved, November in every state.
        QCOMPARE(countRows(m_path,
                           QStringLiteral("SELECT COUNT(*) FROM score_sheets s JOIN campaigns c ON "
                                          "c.id=s.campaign_id WHERE c.code='CCVC-2026-Q4'")),
                 120);
        QCOMPARE(countRows(m_path,
                           QStringLiteral("SELECT COUNT(*) FROM score_sheets WHERE period IN "
                                          "('2026-09','2026-10') AND state<>'approved'")),
                 0);
        for (const char* state : {"draft", "submitted", "appraised", "approved"}) {
            QCOMPARE(countRows(m_path,
                               QStringLiteral("SELECT COUNT(*) FROM score_sheets WHERE period='2026-11' "
                                              "AND state='%1'")
                                   .arg(QLatin1String(state))),
                     10);
        }
    }

    void parCampaign()
    {
        const QString parSheets = QStringLiteral("SELECT id FROM score_sheets WHERE period='2026'");
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(parSheets)), 6);
        // Evidence on every department's sheet, an explanation instead on one leaf of each.
        QVERIFY(countRows(m_path, QStringLiteral("SELECT COUNT(DISTINCT sheet_id) FROM evidence_files"))
                == 6);
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM sheet_values WHERE explanation<>''")),
                 6);
        // Appraised sheets have changed values with a reason in the audit trail.
        QVERIFY(countRows(m_path,
                          QStringLiteral("SELECT COUNT(*) FROM sheet_values WHERE stage='appraised' AND "
                                         "sheet_id IN (%1)")
                              .arg(parSheets))
                > 0);
        QVERIFY(countRows(m_path,
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor LIKE '%(appraiser)' "
                                         "AND (reason LIKE 'Criteria %' OR reason LIKE 'Tiêu chí %')"))
                > 0);
        // The survey of criterion 8.1 with its questionnaires.
        QVERIFY(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM survey_responses")) >= 150);
    }

    // The rules: an appraised value that differs from the self-assessed one needs a reason, and
    // so does a final value that differs from its baseline (the appraised one when the sheet has
    // an appraisal, else the self-assessed one). Every such value of the demo has one.
    void everyChangedValueHasAReason()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT s.subject_name, s.period, v.code, v.stage, v.value, b.value, v.change_reason "
            "FROM sheet_values v JOIN score_sheets s ON s.id = v.sheet_id "
            "LEFT JOIN sheet_values b ON b.sheet_id = v.sheet_id AND b.code = v.code AND b.stage = "
            "CASE WHEN v.stage = 'final' AND EXISTS (SELECT 1 FROM sheet_values a WHERE a.sheet_id = "
            "v.sheet_id AND a.stage = 'appraised') THEN 'appraised' ELSE 'self' END "
            "WHERE v.stage IN ('appraised', 'final') ORDER BY s.id, v.code")));
        const auto json
            = [](const QVariant& text) { return QJsonDocument::fromJson(text.toString().toUtf8()).object(); };
        int changed = 0;
        QStringList missing;
        while (query.next()) {
            if (!query.value(5).isNull() && json(query.value(4)) == json(query.value(5))) {
                continue;
            }
            ++changed;
            if (query.value(6).toString().trimmed().isEmpty()) {
                missing.append(QStringLiteral("%1 %2, criterion %3 (%4)")
                                   .arg(query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toString()));
            }
        }
        QVERIFY(changed > 10);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("changed without a reason: ") + missing.join(QStringLiteral("; "))));
    }

    void evidenceFilesAreStored()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM evidence_files")));
        int checked = 0;
        while (query.next()) {
            QVERIFY2(EvidenceStore::verify(db, query.value(0).toLongLong(), &error), qPrintable(error));
            ++checked;
        }
        QVERIFY(checked > 100);
        // Each file is a PDF a viewer can open.
        const auto path = EvidenceStore::open(db, 1, &error);
        QVERIFY2(path, qPrintable(error));
        QFile file(*path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-1.4"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    }

    void councilNeedsADialogue()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        const auto councils = CouncilStore::list(db.connection(), QString(), &error);
        QVERIFY2(councils, qPrintable(error));
        QCOMPARE(councils->size(), 1);
        const auto council = CouncilStore::load(db.connection(), councils->first().id, &error);
        QVERIFY2(council, qPrintable(error));
        QCOMPARE(council->session.candidates.size(), 8);
        int waiting = 0;
        int agreed = 0;
        for (const CouncilCandidate& candidate : council->session.candidates) {
            const CandidateResult result = council->session.evaluate(candidate);
            waiting += result.status == CandidateResult::Status::NeedsDialogue ? 1 : 0;
            agreed += result.status == CandidateResult::Status::Agreed ? 1 : 0;
        }
        QCOMPARE(waiting, 1);
        QCOMPARE(agreed, 1);
    }

    void auditChainVerifies()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        const AuditLog::Verification verification = AuditLog::verify(db.connection());
        QVERIFY2(verification.ok, qPrintable(verification.message));
        QVERIFY(verification.rows > 500);
    }

    // Results come out of both campaigns, and a second demo is the same as the first.
    void sameOnEveryRun()
    {
        const QString other = m_dir.filePath(QStringLiteral("again.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(other, &error), qPrintable(error));
        Database first;
        Database second;
        QVERIFY(first.open(m_path, &error));
        QVERIFY(second.open(other, &error));
        for (const QString& campaign : {QStringLiteral("CCVC-2026-Q4"), QStringLiteral("CCHC-2026")}) {
            const bool aggregate = campaign.startsWith(QLatin1String("CCVC"));
            const QString results = resultsText(first.connection(), campaign, aggregate);
            QVERIFY2(!results.startsWith(QLatin1String("error")), qPrintable(results));
            QCOMPARE(results.count(QLatin1Char('\n')) + 1, aggregate ? 40 : 6);
            QCOMPARE(resultsText(second.connection(), campaign, aggregate), results);
        }
    }

    void refusesADatabaseWithData()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        QVERIFY(!DemoDatabase::populate(db, &error));
        QVERIFY2(error.contains(QLatin1String("demo.sqlite")), qPrintable(error));
        QVERIFY(!DemoDatabase::create(m_path, &error));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

DANHGIA_TEST_GUILESS_MAIN(TestDemoDatabase)
#include "TestDemoDatabase.moc"
