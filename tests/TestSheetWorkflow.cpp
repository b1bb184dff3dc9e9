// The sheet workflow: every (state, action, role) combination against a table written here
// independently of the one in SheetWorkflow.cpp, and the reasons. Submission readiness is in
// TestSubmissionReadiness.cpp. Messages are translated, so they are checked for the names they
// must contain, not word by word.

#include "TestSupport.h"
#include "criteria/CriteriaSet.h"
#include "workflow/RecordPermissions.h"
#include "workflow/SheetWorkflow.h"
#include "workflow/Stage.h"
#include "workflow/SubmissionReadiness.h"

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

// The documented tables (SheetWorkflow.h, ApprovalPolicy.h), one per kind of campaign, written out
// here in full rather than derived, so that a change to the rules shows up as a failing row.
QList<Expected> expectedTable(const QString& kind)
{
    using S = SheetState;
    using A = WorkflowAction;
    using R = Role;
    if (kind == QLatin1String("staff")) {
        // Decree 335: the unit head decides; he does not submit.
        const QList<Role> returners{R::UnitHead, R::Appraiser, R::CouncilSecretary};
        const QList<Role> headOrAdmin{R::UnitHead, R::Administrator};
        return {
            {S::Draft, A::Submit, S::Submitted, {R::SelfAssessor}, false},
            {S::Submitted, A::Return, S::Draft, returners, true},
            {S::Submitted, A::Appraise, S::Appraised, {R::Appraiser, R::CouncilSecretary}, false},
            {S::Appraised, A::Return, S::Draft, returners, true},
            {S::Appraised, A::Approve, S::Approved, {R::UnitHead}, false},
            {S::Approved, A::Publish, S::Published, headOrAdmin, false},
            {S::Approved, A::Reopen, S::Appraised, headOrAdmin, true},
            {S::Published, A::Reopen, S::Appraised, headOrAdmin, true},
        };
    }
    if (kind == QLatin1String("par_index") || kind == QLatin1String("it_ranking")
        || kind == QLatin1String("agency_quality")) {
        // The provincial council appraises; the People's Committee (the chair, or the administrator
        // acting for it) approves.
        const QList<Role> returners{R::Appraiser, R::CouncilSecretary, R::CouncilChair, R::Administrator};
        const QList<Role> approvers{R::CouncilChair, R::Administrator};
        return {
            {S::Draft, A::Submit, S::Submitted, {R::SelfAssessor, R::UnitHead}, false},
            {S::Submitted, A::Return, S::Draft, returners, true},
            {S::Submitted, A::Appraise, S::Appraised, {R::Appraiser, R::CouncilSecretary}, false},
            {S::Appraised, A::Return, S::Draft, returners, true},
            {S::Appraised, A::Approve, S::Approved, approvers, false},
            {S::Approved, A::Publish, S::Published, approvers, false},
            {S::Approved, A::Reopen, S::Appraised, approvers, true},
            {S::Published, A::Reopen, S::Appraised, approvers, true},
        };
    }
    // An interview council, and any other kind: the council chair approves.
    const QList<Role> returners{R::Appraiser, R::CouncilSecretary, R::CouncilChair};
    const QList<Role> chairOrAdmin{R::CouncilChair, R::Administrator};
    return {
        {S::Draft, A::Submit, S::Submitted, {R::SelfAssessor, R::UnitHead}, false},
        {S::Submitted, A::Return, S::Draft, returners, true},
        {S::Submitted, A::Appraise, S::Appraised, {R::Appraiser, R::CouncilSecretary}, false},
        {S::Appraised, A::Return, S::Draft, returners, true},
        {S::Appraised, A::Approve, S::Approved, {R::CouncilChair}, false},
        {S::Approved, A::Publish, S::Published, chairOrAdmin, false},
        {S::Approved, A::Reopen, S::Appraised, chairOrAdmin, true},
        {S::Published, A::Reopen, S::Appraised, chairOrAdmin, true},
    };
}

const QStringList& kinds()
{
    static const QStringList all{QStringLiteral("staff"),      QStringLiteral("par_index"),
                                 QStringLiteral("it_ranking"), QStringLiteral("agency_quality"),
                                 QStringLiteral("interview"),  QStringLiteral("other")};
    return all;
}

std::optional<Expected> expectedRow(const QString& kind, SheetState from, WorkflowAction action)
{
    for (const Expected& row : expectedTable(kind)) {
        if (row.from == from && row.action == action) {
            return row;
        }
    }
    return std::nullopt;
}

bool mayEver(const QString& kind, WorkflowAction action, Role role)
{
    for (const Expected& row : expectedTable(kind)) {
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
                                QStringLiteral("council_chair"), QStringLiteral("administrator"),
                                QStringLiteral("board_head")};
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

    void tableMatchesTheDocumentation_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString& kind : kinds()) {
            QTest::newRow(qPrintable(kind)) << kind;
        }
    }

    void tableMatchesTheDocumentation()
    {
        QFETCH(QString, kind);
        const ApprovalPolicy policy = ApprovalPolicy::forKind(kind);
        const auto table = SheetWorkflow::transitions(policy);
        const QList<Expected> expectedRows = expectedTable(kind);
        QCOMPARE(table.size(), expectedRows.size());
        for (int i = 0; i < table.size(); ++i) {
            const auto& actual = table.at(i);
            const auto& expected = expectedRows.at(i);
            QCOMPARE(actual.from, expected.from);
            QCOMPARE(actual.action, expected.action);
            QCOMPARE(actual.to, expected.to);
            QCOMPARE(actual.roles, expected.roles);
            QCOMPARE(actual.needsReason, expected.reason);
            const auto found = SheetWorkflow::find(policy, actual.from, actual.action);
            QVERIFY(found);
            QCOMPARE(found->roles, actual.roles);
        }
    }

    void policyIsKeptAsText()
    {
        QString error;
        const auto staff = ApprovalPolicy::fromText(QString(), QStringLiteral("staff"), &error);
        QVERIFY(staff);
        QCOMPARE(staff->approvers(), QList<Role>{Role::UnitHead});
        const auto named = ApprovalPolicy::fromText(QStringLiteral("administrator, council_chair"),
                                                    QStringLiteral("staff"), &error);
        QVERIFY2(named, qPrintable(error));
        QCOMPARE(named->approvers(), (QList<Role>{Role::CouncilChair, Role::Administrator}));
        QCOMPARE(named->toText(), QStringLiteral("council_chair,administrator"));
        QVERIFY(!ApprovalPolicy::fromText(QStringLiteral("chu_tich"), QStringLiteral("staff"), &error));
        QVERIFY2(error.contains(QStringLiteral("chu_tich")) && error.contains(QStringLiteral("unit_head")),
                 qPrintable(error));
        // A policy named for a campaign replaces the kind's default in the whole table.
        const ApprovalPolicy headDecides({Role::UnitHead});
        QCOMPARE(SheetWorkflow::rolesFor(headDecides, WorkflowAction::Approve), QList<Role>{Role::UnitHead});
        QVERIFY(!SheetWorkflow::rolesFor(headDecides, WorkflowAction::Submit).contains(Role::UnitHead));
    }

    void everyCombination_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<SheetState>("from");
        QTest::addColumn<WorkflowAction>("action");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("withReason");
        for (const QString& kind : kinds()) {
            for (const SheetState from : SheetStates::all()) {
                for (const WorkflowAction action : WorkflowActions::all()) {
                    for (const Role role : Roles::all()) {
                        for (const bool withReason : {true, false}) {
                            const QString name = kind + QLatin1Char('/') + SheetStates::name(from)
                                + QLatin1Char('/') + WorkflowActions::name(action) + QLatin1Char('/')
                                + Roles::name(role)
                                + (withReason ? QStringLiteral("/reason") : QStringLiteral("/no-reason"));
                            QTest::newRow(qPrintable(name)) << kind << from << action << role << withReason;
                        }
                    }
                }
            }
        }
    }

    void everyCombination()
    {
        QFETCH(QString, kind);
        QFETCH(SheetState, from);
        QFETCH(WorkflowAction, action);
        QFETCH(Role, role);
        QFETCH(bool, withReason);

        const ApprovalPolicy policy = ApprovalPolicy::forKind(kind);
        const auto row = expectedRow(kind, from, action);
        Refusal expected = Refusal::None;
        if (!mayEver(kind, action, role)) {
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
        const TransitionCheck check = SheetWorkflow::check(policy, from, action, role, context);
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
        QCOMPARE(SheetWorkflow::availableActions(policy, from, role).contains(action),
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
        for (const Expected& row : expectedTable(QStringLiteral("other"))) {
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
        const ApprovalPolicy policy;
        const TransitionCheck refused = SheetWorkflow::check(policy, from, action, role, context);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.refusal, Refusal::ReasonRequired);
        QVERIFY(!refused.message.isEmpty());
        QVERIFY(refused.message.contains(WorkflowActions::title(action)));

        context.reason = reason + QStringLiteral(" x ") + reason;
        QVERIFY(SheetWorkflow::check(policy, from, action, role, context).allowed);
    }

    void reasonIsNotNeededElsewhere()
    {
        const TransitionContext noReason;
        const ApprovalPolicy policy;
        QVERIFY(SheetWorkflow::check(policy, SheetState::Submitted, WorkflowAction::Appraise, Role::Appraiser,
                                     noReason)
                    .allowed);
        QVERIFY(SheetWorkflow::check(policy, SheetState::Appraised, WorkflowAction::Approve,
                                     Role::CouncilChair, noReason)
                    .allowed);
        QVERIFY(SheetWorkflow::check(policy, SheetState::Approved, WorkflowAction::Publish,
                                     Role::Administrator, noReason)
                    .allowed);
    }

    void refusalNamesTheRoleThatMay()
    {
        const ApprovalPolicy policy;
        const TransitionCheck check
            = SheetWorkflow::check(policy, SheetState::Appraised, WorkflowAction::Approve, Role::SelfAssessor,
                                   readyContext(QString()));
        QCOMPARE(check.refusal, Refusal::RoleNotPermitted);
        QVERIFY(check.message.contains(Roles::title(Role::SelfAssessor)));
        QVERIFY(check.message.contains(Roles::title(Role::CouncilChair)));
        QVERIFY(!check.message.contains(Roles::title(Role::Administrator)));

        const TransitionCheck early
            = SheetWorkflow::check(policy, SheetState::Submitted, WorkflowAction::Approve, Role::CouncilChair,
                                   readyContext(QString()));
        QCOMPARE(early.refusal, Refusal::InvalidState);
        QVERIFY(early.message.contains(WorkflowActions::title(WorkflowAction::Approve)));
        QVERIFY(early.message.contains(SheetStates::title(SheetState::Appraised)));
    }

    // Who may record what (RecordPermissions.h), written out per kind of campaign.
    void recordPermissionsMatchTheDocumentation()
    {
        using K = RecordKind;
        using R = Role;
        const ApprovalPolicy staff = ApprovalPolicy::forKind(QStringLiteral("staff"));
        const ApprovalPolicy par = ApprovalPolicy::forKind(QStringLiteral("par_index"));
        const ApprovalPolicy interview = ApprovalPolicy::forKind(QStringLiteral("interview"));
        QCOMPARE(RecordPermissions::rolesFor(K::SelfAssessment, staff), QList<Role>{R::SelfAssessor});
        QCOMPARE(RecordPermissions::rolesFor(K::SelfAssessment, par),
                 (QList<Role>{R::SelfAssessor, R::UnitHead}));
        QCOMPARE(RecordPermissions::rolesFor(K::Appraisal, staff),
                 (QList<Role>{R::Appraiser, R::CouncilSecretary}));
        QCOMPARE(RecordPermissions::rolesFor(K::Appraisal, par),
                 (QList<Role>{R::Appraiser, R::CouncilSecretary}));
        QCOMPARE(RecordPermissions::rolesFor(K::FinalScores, staff), QList<Role>{R::UnitHead});
        QCOMPARE(RecordPermissions::rolesFor(K::FinalScores, par),
                 (QList<Role>{R::CouncilChair, R::Administrator}));
        QCOMPARE(RecordPermissions::rolesFor(K::FinalScores, interview), QList<Role>{R::CouncilChair});
        QCOMPARE(RecordPermissions::rolesFor(K::GradeDecision, staff), QList<Role>{R::UnitHead});
        QCOMPARE(RecordPermissions::rolesFor(K::SurveySetup), QList<Role>{R::Administrator});
        QCOMPARE(RecordPermissions::rolesFor(K::SurveyResponses),
                 (QList<Role>{R::Appraiser, R::CouncilSecretary}));
        QCOMPARE(RecordPermissions::rolesFor(K::SurveyPoints),
                 (QList<Role>{R::Appraiser, R::CouncilSecretary}));
        QCOMPARE(RecordPermissions::rolesFor(K::CouncilSetup),
                 (QList<Role>{R::CouncilSecretary, R::CouncilChair, R::Administrator}));
        QCOMPARE(RecordPermissions::rolesFor(K::CouncilScores),
                 (QList<Role>{R::CouncilSecretary, R::CouncilChair}));
        QCOMPARE(RecordPermissions::rolesFor(K::AgreedScore), (QList<Role>{R::CouncilChair, R::BoardHead}));
        QCOMPARE(RecordPermissions::rolesFor(K::Catalogue), QList<Role>{R::Administrator});
        QCOMPARE(RecordPermissions::rolesFor(K::CampaignSetup), QList<Role>{R::Administrator});
        QCOMPARE(RecordPermissions::rolesFor(K::QuotaCeiling), QList<Role>{R::Administrator});
        // A person's flags: who decides the grade, and the administrator (the personnel office).
        QCOMPARE(RecordPermissions::rolesFor(K::PersonFlag, staff),
                 (QList<Role>{R::UnitHead, R::Administrator}));
        QCOMPARE(RecordPermissions::rolesFor(K::PersonFlag, par),
                 (QList<Role>{R::CouncilChair, R::Administrator}));
        QVERIFY(!RecordPermissions::allows(K::PersonFlag, R::SelfAssessor, staff));
        for (const RecordKind kind : RecordPermissions::all()) {
            QVERIFY(!RecordPermissions::title(kind).isEmpty());
            for (const Role role : Roles::all()) {
                const QString refusal = RecordPermissions::refusal(kind, role, par);
                QCOMPARE(refusal.isEmpty(), RecordPermissions::allows(kind, role, par));
                if (!refusal.isEmpty()) {
                    QVERIFY2(refusal.contains(Roles::title(role))
                                 && refusal.contains(RecordPermissions::title(kind)),
                             qPrintable(refusal));
                }
            }
        }
    }

    void everyStateIsReachableAndPublishedOnlyReopens()
    {
        for (const QString& kind : kinds()) {
            const ApprovalPolicy policy = ApprovalPolicy::forKind(kind);
            QSet<SheetState> reached{SheetState::Draft};
            for (const auto& transition : SheetWorkflow::transitions(policy)) {
                reached.insert(transition.to);
            }
            QCOMPARE(reached.size(), SheetStates::all().size());
            for (const Role role : Roles::all()) {
                const auto actions = SheetWorkflow::availableActions(policy, SheetState::Published, role);
                QVERIFY(actions.isEmpty() || actions == QList<WorkflowAction>{WorkflowAction::Reopen});
                // Whoever approves a campaign's sheets never submits them.
                QVERIFY(!(SheetWorkflow::rolesFor(policy, WorkflowAction::Approve).contains(role)
                          && SheetWorkflow::rolesFor(policy, WorkflowAction::Submit).contains(role)));
            }
        }
        QCOMPARE(SheetWorkflow::rolesFor(ApprovalPolicy::forKind(QStringLiteral("staff")),
                                         WorkflowAction::Approve),
                 QList<Role>{Role::UnitHead});
        QCOMPARE(SheetWorkflow::rolesFor(ApprovalPolicy(), WorkflowAction::Approve),
                 QList<Role>{Role::CouncilChair});
    }

    void valuesChangeOnlyWhileTheStateAllows()
    {
        // The rule the client's storage and the server both ask before writing a value.
        for (const SheetState state : SheetStates::all()) {
            const bool closed = state == SheetState::Approved || state == SheetState::Published;
            for (const Stage stage : Stages::all()) {
                const bool allowed = !closed && (stage != Stage::Self || state == SheetState::Draft);
                const QString refusal = SheetWorkflow::refuseValueWrite(state, stage);
                QVERIFY2(refusal.isEmpty() == allowed,
                         qPrintable(SheetStates::name(state) + QLatin1Char(' ') + Stages::name(stage)));
                if (!allowed) {
                    QVERIFY2(refusal.contains(SheetStates::title(state)), qPrintable(refusal));
                }
            }
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSheetWorkflow)

#include "TestSheetWorkflow.moc"
