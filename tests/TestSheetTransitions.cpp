// The workflow enforced on stored sheets: submission needs a complete sheet with evidence or an
// explanation for every required leaf; each role may make only its own transitions; scores stop
// changing once approved; every transition is in the audit trail with its reason. Each function
// starts from a database of its own with SNV's draft sheet and takes it to the state it needs.

#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "scoring/ScoreSheetReader.h"
#include "services/SheetTransitions.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestSheetTransitions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    qint64 m_campaign = 0;
    qint64 m_sheet = 0;
    ScoreSheet m_snv;

    std::optional<SheetState> apply(WorkflowAction action, Role role, const QString& reason, QString* error)
    {
        return SheetTransitions::apply(m_db, m_sheet, action, role, QStringLiteral("Lê Thị Thu"), reason,
                                       error);
    }

    bool save(const ScoreSheet& sheet, QString* error)
    {
        return m_db.transaction(
            [&](QString* e) {
                return SheetStore::save(m_db.connection(), m_campaign, sheet, QStringLiteral("Lê Thị Thu"),
                                        QString(), e)
                    .has_value();
            },
            error);
    }

    // Every leaf whose evidence is required explained, then the sheet submitted.
    bool explainAndSubmit(QString* error)
    {
        QSqlQuery query(m_db.connection());
        if (!query.exec(QStringLiteral("SELECT code FROM sheet_values WHERE stage = 'self'"))) {
            *error = query.lastError().text();
            return false;
        }
        QStringList codes;
        while (query.next()) {
            codes.append(query.value(0).toString());
        }
        return m_db.transaction(
                   [&](QString* e) {
                       for (const QString& code : codes) {
                           if (!SheetStore::setExplanation(m_db.connection(), m_sheet, code,
                                                           QStringLiteral("Tài liệu lưu tại văn phòng sở"),
                                                           QStringLiteral("Lê Thị Thu"), e)) {
                               return false;
                           }
                       }
                       return true;
                   },
                   error)
            && apply(WorkflowAction::Submit, Role::SelfAssessor, QString(), error);
    }

    // ... appraised (the self-assessment kept as the appraised scores) and approved by the council
    // chair.
    bool submitAndApprove(QString* error)
    {
        ScoreSheet appraised = m_snv;
        appraised.stage = Stage::Appraised;
        return explainAndSubmit(error) && save(appraised, error)
            && apply(WorkflowAction::Appraise, Role::Appraiser, QString(), error)
            && apply(WorkflowAction::Approve, Role::CouncilChair, QString(), error);
    }

private Q_SLOTS:
    // A database of its own for each function: the CCHC 2026 campaign and SNV's draft sheet.
    void init()
    {
        QString error;
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("wf-%1.sqlite").arg(++m_databases)), &error));
        ValidationIssues issues;
        m_snv = ScoreSheetReader::read(readData(QStringLiteral("examples/cchc/SNV.scores.json")), &issues);
        QVERIFY(m_db.transaction(
            [&](QString* e) {
                const auto set = CriteriaSetStore::import(
                    m_db.connection(), readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                    QStringLiteral("admin"), &issues, e);
                const auto campaign = set ? CampaignStore::ensure(m_db.connection(),
                                                                  {0,
                                                                   QStringLiteral("CCHC"),
                                                                   QStringLiteral("CCHC 2026"),
                                                                   QStringLiteral("par_index"),
                                                                   *set,
                                                                   {QStringLiteral("2026")},
                                                                   {},
                                                                   QString(),
                                                                   QString()},
                                                                  QStringLiteral("admin"), e)
                                          : std::nullopt;
                m_campaign = campaign ? campaign->id : 0;
                const auto sheet = campaign ? SheetStore::save(m_db.connection(), m_campaign, m_snv,
                                                               QStringLiteral("admin"), QString(), e)
                                            : std::nullopt;
                m_sheet = sheet.value_or(0);
                return sheet.has_value();
            },
            &error));
    }

    void cleanup() { m_db.close(); }

    void submissionNeedsEvidenceOrExplanation()
    {
        QString error;
        QVERIFY(!apply(WorkflowAction::Submit, Role::SelfAssessor, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("1.1.1")), qPrintable(error));
        QCOMPARE(*SheetTransitions::state(m_db.connection(), m_sheet, &error), SheetState::Draft);
        // Explain every leaf whose evidence is required.
        QVERIFY2(explainAndSubmit(&error), qPrintable(error));
        QCOMPARE(*SheetTransitions::state(m_db.connection(), m_sheet, &error), SheetState::Submitted);
    }

    void selfAssessmentIsFrozenAfterSubmission()
    {
        QString error;
        QVERIFY2(explainAndSubmit(&error), qPrintable(error));
        ScoreSheet changed = m_snv;
        changed.values[QStringLiteral("1.4")].number = Decimal::fromInt(2);
        QVERIFY(!save(changed, &error));
        QVERIFY(!error.isEmpty());
        // The appraiser's stage may be written.
        changed.stage = Stage::Appraised;
        QVERIFY2(save(changed, &error), qPrintable(error));
    }

    void rolesAreEnforced()
    {
        QString error;
        QVERIFY2(explainAndSubmit(&error), qPrintable(error));
        QVERIFY(!apply(WorkflowAction::Appraise, Role::SelfAssessor, QString(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!apply(WorkflowAction::Approve, Role::Appraiser, QString(), &error));
        QCOMPARE(*SheetTransitions::state(m_db.connection(), m_sheet, &error), SheetState::Submitted);
        QCOMPARE(*apply(WorkflowAction::Appraise, Role::Appraiser, QString(), &error), SheetState::Appraised);
        QCOMPARE(*apply(WorkflowAction::Approve, Role::CouncilChair, QString(), &error),
                 SheetState::Approved);
    }

    void approvedSheetNeedsReasonToReopen()
    {
        QString error;
        QVERIFY2(submitAndApprove(&error), qPrintable(error));
        ScoreSheet changed = m_snv;
        changed.stage = Stage::Appraised;
        changed.values[QStringLiteral("1.4")].number = Decimal::fromUnits(5000);
        QVERIFY(!save(changed, &error));
        QVERIFY(!apply(WorkflowAction::Reopen, Role::CouncilChair, QStringLiteral("   "), &error));
        QVERIFY(!apply(WorkflowAction::Reopen, Role::Appraiser, QStringLiteral("Sai số liệu"), &error));
        QCOMPARE(*apply(WorkflowAction::Reopen, Role::CouncilChair,
                        QStringLiteral("Sai số liệu tiêu chí 1.4"), &error),
                 SheetState::Appraised);
        QVERIFY2(save(changed, &error), qPrintable(error));
        // The reopening is in the audit trail with who and why.
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT actor, reason FROM audit_log WHERE action = 'reopen'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Lê Thị Thu"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("Sai số liệu tiêu chí 1.4"));
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSheetTransitions)
#include "TestSheetTransitions.moc"
