// The sheet workflow: every (state, action, role) combination against a table written here
// independently of the one in SheetWorkflow.cpp, and the reasons. Submission readiness is in
// TestSubmissionReadiness.cpp. Messages are translated, so they are checked for the names they
// must contain, not word by word.

#include "CriteriaSet.h"
#include "SheetWorkflow.h"
#include "SubmissionReadiness.h"
#include "TestSupport.h"

#include <QSet>

using namespace danhgia;

Q_DECLARE_METATYPE(danhgia::SheetState)
Q_DECLARE_METATYPE(danhgia::WorkflowAction)
Q_DECLARE_METATYPE(danhgia::Role)

namespace {

using Refusal = TransitionCheck::Refusal;

struct Expected
{
    SheetState from;
    WorkflowAction action;
    SheetState to;
    QList<Role> roles;
    bool reason;
};

// The documented table (SheetWorkflow.h).
const QList<Expected>& expectedTable()
{
    using S = SheetState;
    using A = WorkflowAction;
    using R = Role;
    const QList<Role> returners{R::Appraiser, R::CouncilSecretary, R::CouncilChair};
    const QList<Role> chairOrAdmin{R::CouncilChair, R::Administrator};
    static const QList<Expected> table{
        {S::Draft, A::Submit, S::Submitted, {R::SelfAssessor, R::UnitHead}, false},
        {S::Submitted, A::Return, S::Draft, returners, true},
        {S::Submitted, A::Appraise, S::Appraised, {R::Appraiser, R::CouncilSecretary}, false},
        {S::Appraised, A::Return, S::Draft, returners, true},
        {S::Appraised, A::Approve, S::Approved, {R::CouncilChair}, false},
        {S::Approved, A::Publish, S::Published, chairOrAdmin, false},
        {S::Approved, A::Reopen, S::Appraised, chairOrAdmin, true},
        {S::Published, A::Reopen, S::Appraised, chairOrAdmin, true},
    };
    return table;
}

const Expected* expectedRow(SheetState from, WorkflowAction action)
{
    for (const Expected& row : expectedTable()) {
        if (row.from == from && row.action == action) {
            return &row;
        }
    }
    return nullptr;
}

bool mayEver(WorkflowAction action, Role role)
{
    for (const Expected& row : expectedTable()) {
        if (row.action == action && row.roles.contains(role)) {
            return true;
        }
    }
    return false;
}

// A context with the given reason and a computed readiness with nothing missing (an empty set).
TransitionContext readyContext(const QString& reason)
{
    TransitionContext context;
    context.reason = reason;
    context.readiness = SubmissionReadiness::compute(CriteriaSet(), {});
    return context;
}

} // namespace

class TestSheetWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreStable()
    {
        const QStringList roles{QStringLiteral("self_assessor"), QStringLiteral("unit_head"),
                                QStringLiteral("appraiser"),     QStringLiteral("council_secretary"),
                                QStringLiteral("council_chair"), QStringLiteral("administrator")};
        const QStringList states{QStringLiteral("draft"), QStringLiteral("submitted"),
                                 QStringLiteral("appraised"), QStringLiteral("approved"),
                                 QStringLiteral("published")};
        const QStringList actions{QStringLiteral("submit"),   QStringLiteral("return"),
                                  QStringLiteral("appraise"), QStringLiteral("approve"),
                                  QStringLiteral("publish"),  QStringLiteral("reopen")};
        QCOMPARE(Roles::all().size(), roles.size());
        QCOMPARE(SheetStates::all().size(), states.size());
        QCOMPARE(WorkflowActions::all().size(), actions.size());
        QSet<QString> titles;
        for (int i = 0; i < roles.size(); ++i) {
            const Role role = Roles::all().at(i);
            QCOMPARE(Roles::name(role), roles.at(i));
            QCOMPARE(Roles::fromName(roles.at(i)), std::optional<Role>(role));
            QVERIFY(!Roles::title(role).isEmpty());
            titles.insert(Roles::title(role));
        }
        QCOMPARE(titles.size(), roles.size());
        titles.clear();
        for (int i = 0; i < states.size(); ++i) {
            const SheetState state = SheetStates::all().at(i);
            QCOMPARE(SheetStates::name(state), states.at(i));
            QCOMPARE(SheetStates::fromName(states.at(i)), std::optional<SheetState>(state));
            titles.insert(SheetStates::title(state));
        }
        QCOMPARE(titles.size(), states.size());
        titles.clear();
        for (int i = 0; i < actions.size(); ++i) {
            const WorkflowAction action = WorkflowActions::all().at(i);
            QCOMPARE(WorkflowActions::name(action), actions.at(i));
            QCOMPARE(WorkflowActions::fromName(actions.at(i)), std::optional<WorkflowAction>(action));
            titles.insert(WorkflowActions::title(action));
        }
        QCOMPARE(titles.size(), actions.size());
        QVERIFY(!Roles::fromName(QStringLiteral("Self_Assessor")));
        QVERIFY(!SheetStates::fromName(QString()));
        QVERIFY(!WorkflowActions::fromName(QStringLiteral("delete")));
    }

    void tableMatchesTheDocumentation()
    {
        const auto& table = SheetWorkflow::transitions();
        QCOMPARE(table.size(), expectedTable().size());
        for (int i = 0; i < table.size(); ++i) {
            const auto& actual = table.at(i);
            const auto& expected = expectedTable().at(i);
            QCOMPARE(actual.from, expected.from);
            QCOMPARE(actual.action, expected.action);
            QCOMPARE(actual.to, expected.to);
            QCOMPARE(actual.roles, expected.roles);
            QCOMPARE(actual.needsReason, expected.reason);
            QCOMPARE(SheetWorkflow::find(actual.from, actual.action), &actual);
        }
    }

    void everyCombination_data()
    {
        QTest::addColumn<SheetState>("from");
        QTest::addColumn<WorkflowAction>("action");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("withReason");
        for (const SheetState from : SheetStates::all()) {
            for (const WorkflowAction action : WorkflowActions::all()) {
                for (const Role role : Roles::all()) {
                    for (const bool withReason : {true, false}) {
                        const QString name = SheetStates::name(from) + QLatin1Char('/')
                            + WorkflowActions::name(action) + QLatin1Char('/') + Roles::name(role)
                            + (withReason ? QStringLiteral("/reason") : QStringLiteral("/no-reason"));
                        QTest::newRow(qPrintable(name)) << from << action << role << withReason;
                    }
                }
            }
        }
    }

    void everyCombination()
    {
        QFETCH(SheetState, from);
        QFETCH(WorkflowAction, action);
        QFETCH(Role, role);
        QFETCH(bool, withReason);

        const Expected* row = expectedRow(from, action);
        Refusal expected = Refusal::None;
        if (!mayEver(action, role)) {
            expected = Refusal::RoleNotPermitted;
        } else if (!row) {
            expected = Refusal::InvalidState;
        } else if (!row->roles.contains(role)) {
            expected = Refusal::RoleNotPermitted;
        } else if (row->reason && !withReason) {
            expected = Refusal::ReasonRequired;
        }

        const TransitionContext context
            = readyContext(withReason ? QStringLiteral("Thiếu tài liệu kiểm chứng tiêu chí 1.1") : QString());
        const TransitionCheck check = SheetWorkflow::check(from, action, role, context);
        QCOMPARE(check.from, from);
        QCOMPARE(check.action, action);
        QCOMPARE(check.role, role);
        QCOMPARE(check.refusal, expected);
        if (expected == Refusal::None) {
            QVERIFY(check.allowed);
            QCOMPARE(check.target, row->to);
            QVERIFY(check.message.isEmpty());
        } else {
            QVERIFY(!check.allowed);
            QCOMPARE(check.target, from);
            QVERIFY(!check.message.isEmpty());
            QVERIFY2(check.message.contains(Roles::title(role)), qPrintable(check.message));
            QVERIFY2(check.message.contains(SheetStates::title(from)), qPrintable(check.message));
        }
        // The interface's list of actions agrees with check() (reason aside).
        QCOMPARE(SheetWorkflow::availableActions(from, role).contains(action),
                 expected == Refusal::None || expected == Refusal::ReasonRequired);
        QCOMPARE(SheetWorkflow::needsReason(from, action), row && row->reason);
    }

    void blankReasonsAreRefused_data()
    {
        QTest::addColumn<SheetState>("from");
        QTest::addColumn<WorkflowAction>("action");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("reason");
        const QList<QPair<const char*, QString>> blanks{
            {"empty", QString()},
            {"spaces", QStringLiteral("   ")},
            {"tabs and newlines", QStringLiteral("\t\n \r\n")},
            {"no-break and ideographic spaces", QString(QChar(0x00A0)) + QChar(0x3000)},
        };
        for (const Expected& row : expectedTable()) {
            if (!row.reason) {
                continue;
            }
            for (const auto& blank : blanks) {
                const QString name = SheetStates::name(row.from) + QLatin1Char('/')
                    + WorkflowActions::name(row.action) + QLatin1Char('/') + QLatin1String(blank.first);
                QTest::newRow(qPrintable(name))
                    << row.from << row.action << row.roles.first() << blank.second;
            }
        }
    }

    void blankReasonsAreRefused()
    {
        QFETCH(SheetState, from);
        QFETCH(WorkflowAction, action);
        QFETCH(Role, role);
        QFETCH(QString, reason);
        TransitionContext context;
        context.reason = reason;
        const TransitionCheck refused = SheetWorkflow::check(from, action, role, context);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.refusal, Refusal::ReasonRequired);
        QVERIFY(!refused.message.isEmpty());
        QVERIFY(refused.message.contains(WorkflowActions::title(action)));

        context.reason = reason + QStringLiteral(" x ") + reason;
        QVERIFY(SheetWorkflow::check(from, action, role, context).allowed);
    }

    void reasonIsNotNeededElsewhere()
    {
        const TransitionContext noReason;
        QVERIFY(
            SheetWorkflow::check(SheetState::Submitted, WorkflowAction::Appraise, Role::Appraiser, noReason)
                .allowed);
        QVERIFY(
            SheetWorkflow::check(SheetState::Appraised, WorkflowAction::Approve, Role::CouncilChair, noReason)
                .allowed);
        QVERIFY(
            SheetWorkflow::check(SheetState::Approved, WorkflowAction::Publish, Role::Administrator, noReason)
                .allowed);
    }

    void refusalNamesTheRoleThatMay()
    {
        const TransitionCheck check = SheetWorkflow::check(SheetState::Appraised, WorkflowAction::Approve,
                                                           Role::SelfAssessor, readyContext(QString()));
        QCOMPARE(check.refusal, Refusal::RoleNotPermitted);
        QVERIFY(check.message.contains(Roles::title(Role::SelfAssessor)));
        QVERIFY(check.message.contains(Roles::title(Role::CouncilChair)));
        QVERIFY(!check.message.contains(Roles::title(Role::Administrator)));

        const TransitionCheck early = SheetWorkflow::check(SheetState::Submitted, WorkflowAction::Approve,
                                                           Role::CouncilChair, readyContext(QString()));
        QCOMPARE(early.refusal, Refusal::InvalidState);
        QVERIFY(early.message.contains(WorkflowActions::title(WorkflowAction::Approve)));
        QVERIFY(early.message.contains(SheetStates::title(SheetState::Appraised)));
    }

    void everyStateIsReachableAndPublishedOnlyReopens()
    {
        QSet<SheetState> reached{SheetState::Draft};
        for (const auto& transition : SheetWorkflow::transitions()) {
            reached.insert(transition.to);
        }
        QCOMPARE(reached.size(), SheetStates::all().size());
        for (const Role role : Roles::all()) {
            const auto actions = SheetWorkflow::availableActions(SheetState::Published, role);
            QVERIFY(actions.isEmpty() || actions == QList<WorkflowAction>{WorkflowAction::Reopen});
        }
        QCOMPARE(SheetWorkflow::rolesFor(WorkflowAction::Approve), QList<Role>{Role::CouncilChair});
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSheetWorkflow)

#include "TestSheetWorkflow.moc"
