#include "Authorizer.h"
#include "TestSupport.h"
#include "UnitDirectory.h"

#include "criteria/CriteriaSet.h"
#include "workflow/SubmissionReadiness.h"

#include <QtTest>

using namespace danhgia;
using namespace danhgia::server;

// The authorisation matrix: every role × a row of the account's own unit, of another commune and of
// a unit outside the province × every action, allowed or refused as the rules say (rules.md,
// section 2 "Who decides"; RecordPermissions; SheetWorkflow under a PAR-index campaign, whose
// approvers are the council chair and the administrator).
class TestServerAuthorization : public QObject
{
    Q_OBJECT

private:
    UnitDirectory m_units;

    UserAccount account(Role role, const QString& unit) const
    {
        UserAccount user;
        user.id = 1;
        user.login = Roles::name(role);
        user.unitUuid = unit;
        user.roles = {role};
        user.provincial = m_units.isProvincial(unit);
        user.visibleUnits = m_units.subtree(unit);
        return user;
    }

    struct Case
    {
        const char* name;
        AccessAction action;
        RecordKind record;
        SheetState state;
        WorkflowAction workflow;
        QList<Role> allowed; // the roles that may, within their scope
        bool provincialOnly;
    };

    static QList<Case> cases()
    {
        const Role S = Role::SelfAssessor;
        const Role H = Role::UnitHead;
        const Role A = Role::Appraiser;
        const Role K = Role::CouncilSecretary;
        const Role C = Role::CouncilChair;
        const Role Q = Role::Administrator;
        const Role B = Role::BoardHead; // reads its unit; records nothing the server takes
        const RecordKind none = RecordKind::SelfAssessment;
        return {
            {"read",
             AccessAction::Read,
             none,
             SheetState::Draft,
             WorkflowAction::Submit,
             {S, H, A, K, C, Q, B},
             false},
            {"create sheet",
             AccessAction::CreateSheet,
             none,
             SheetState::Draft,
             WorkflowAction::Submit,
             {S, H, Q},
             false},
            {"self-assess",
             AccessAction::Record,
             RecordKind::SelfAssessment,
             SheetState::Draft,
             WorkflowAction::Submit,
             {S, H},
             false},
            {"appraise values",
             AccessAction::Record,
             RecordKind::Appraisal,
             SheetState::Draft,
             WorkflowAction::Submit,
             {A, K},
             false},
            {"final values",
             AccessAction::Record,
             RecordKind::FinalScores,
             SheetState::Draft,
             WorkflowAction::Submit,
             {C, Q},
             false},
            {"evidence",
             AccessAction::Record,
             RecordKind::SelfAssessment,
             SheetState::Draft,
             WorkflowAction::Submit,
             {S, H},
             false},
            {"survey responses",
             AccessAction::Record,
             RecordKind::SurveyResponses,
             SheetState::Draft,
             WorkflowAction::Submit,
             {A, K},
             false},
            {"grade decision",
             AccessAction::Record,
             RecordKind::GradeDecision,
             SheetState::Draft,
             WorkflowAction::Submit,
             {C, Q},
             false},
            {"council setup",
             AccessAction::Record,
             RecordKind::CouncilSetup,
             SheetState::Draft,
             WorkflowAction::Submit,
             {K, C, Q},
             false},
            {"submit",
             AccessAction::ChangeState,
             none,
             SheetState::Draft,
             WorkflowAction::Submit,
             {S, H},
             false},
            {"return",
             AccessAction::ChangeState,
             none,
             SheetState::Submitted,
             WorkflowAction::Return,
             {A, K, C, Q},
             false},
            {"appraise",
             AccessAction::ChangeState,
             none,
             SheetState::Submitted,
             WorkflowAction::Appraise,
             {A, K},
             false},
            {"approve",
             AccessAction::ChangeState,
             none,
             SheetState::Appraised,
             WorkflowAction::Approve,
             {C, Q},
             false},
            {"publish",
             AccessAction::ChangeState,
             none,
             SheetState::Approved,
             WorkflowAction::Publish,
             {C, Q},
             false},
            {"reopen",
             AccessAction::ChangeState,
             none,
             SheetState::Approved,
             WorkflowAction::Reopen,
             {C, Q},
             false},
            {"catalogue",
             AccessAction::WriteCatalogue,
             none,
             SheetState::Draft,
             WorkflowAction::Submit,
             {Q},
             false},
            {"publish set, open campaign",
             AccessAction::WriteReference,
             none,
             SheetState::Draft,
             WorkflowAction::Submit,
             {Q},
             true},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_units.add({QStringLiteral("p"),
                     QStringLiteral("UBND-LS"),
                     QStringLiteral("Tỉnh"),
                     QStringLiteral("province"),
                     {}});
        m_units.add({QStringLiteral("a"), QStringLiteral("XCL"), QStringLiteral("Xã A"),
                     QStringLiteral("commune"), QStringLiteral("p")});
        m_units.add({QStringLiteral("b"), QStringLiteral("XDD"), QStringLiteral("Xã B"),
                     QStringLiteral("commune"), QStringLiteral("p")});
        m_units.add({QStringLiteral("f"),
                     QStringLiteral("KHAC"),
                     QStringLiteral("Tỉnh khác"),
                     QStringLiteral("province"),
                     {}});
    }

    void matrix_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("expected");
        const QList<Case> all = cases();
        for (int c = 0; c < all.size(); ++c) {
            for (const Role role : Roles::all()) {
                for (const QString& home : {QStringLiteral("a"), QStringLiteral("p")}) {
                    // own unit, another commune, a unit outside the province
                    for (const QString& target :
                         {home == QLatin1String("a") ? QStringLiteral("a") : QStringLiteral("p"),
                          QStringLiteral("b"), QStringLiteral("f")}) {
                        const bool inScope = m_units.subtree(home).contains(target);
                        const bool roleAllows = all[c].allowed.contains(role);
                        const bool levelAllows = !all[c].provincialOnly || home == QLatin1String("p");
                        const QString scope
                            = all[c].action == AccessAction::WriteReference ? QString() : target;
                        const bool expected = roleAllows && levelAllows && (scope.isEmpty() || inScope);
                        QTest::addRow("%s, %s of %s, row of %s", all[c].name, qPrintable(Roles::name(role)),
                                      qPrintable(home), qPrintable(target))
                            << c << static_cast<int>(role) << home << target << expected;
                    }
                }
            }
        }
    }

    void matrix()
    {
        QFETCH(int, caseIndex);
        QFETCH(int, role);
        QFETCH(QString, home);
        QFETCH(QString, target);
        QFETCH(bool, expected);
        const Case c = cases().at(caseIndex);
        const UserAccount user = account(static_cast<Role>(role), home);
        Access access(c.action, c.action == AccessAction::WriteReference ? QString() : target,
                      ApprovalPolicy::forKind(QStringLiteral("par_index")));
        access.record = c.record;
        access.state = c.state;
        access.workflowAction = c.workflow;
        access.context.reason = QStringLiteral("Lý do");
        access.context.readiness = SubmissionReadiness::compute(CriteriaSet(), {});
        const AccessDecision decision = Authorizer::decide(user, access);
        QCOMPARE(decision.allowed, expected);
        if (!decision.allowed) {
            QVERIFY(!decision.error.message.isEmpty());
            // Outside the scope the row does not exist for the account.
            if (!access.scopeUnit.isEmpty() && !user.sees(access.scopeUnit)) {
                QCOMPARE(decision.error.status, 404);
            } else {
                QCOMPARE(decision.error.status, 403);
            }
        }
    }

    void actingInARoleNotHeldIsRefused()
    {
        const UserAccount user = account(Role::SelfAssessor, QStringLiteral("a"));
        Access access(AccessAction::ChangeState, QStringLiteral("a"),
                      ApprovalPolicy::forKind(QStringLiteral("par_index")));
        access.state = SheetState::Appraised;
        access.workflowAction = WorkflowAction::Approve;
        const AccessDecision decision = Authorizer::decide(user, access, Role::CouncilChair);
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.error.status, 403);
        QCOMPARE(decision.error.field, QStringLiteral("role"));
    }

    void staffCampaignsAreApprovedByTheUnitHead()
    {
        // Under a Decree 335 staff campaign the unit head of the commune approves its own unit's sheets.
        const UserAccount head = account(Role::UnitHead, QStringLiteral("a"));
        Access access(AccessAction::ChangeState, QStringLiteral("a"),
                      ApprovalPolicy::forKind(QStringLiteral("staff")));
        access.state = SheetState::Appraised;
        access.workflowAction = WorkflowAction::Approve;
        QVERIFY(Authorizer::decide(head, access).allowed);
        access.scopeUnit = QStringLiteral("b");
        QCOMPARE(Authorizer::decide(head, access).error.status, 404);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestServerAuthorization)
#include "TestServerAuthorization.moc"
