#include "workflow/RecordPermissions.h"

#include "workflow/SheetWorkflow.h"

#include <QStringList>

namespace danhgia {

QList<RecordKind> RecordPermissions::all()
{
    using K = RecordKind;
    return {K::SelfAssessment, K::Appraisal,     K::FinalScores,   K::SurveySetup, K::SurveyResponses,
            K::SurveyPoints,   K::CouncilSetup,  K::CouncilScores, K::AgreedScore, K::GradeDecision,
            K::Catalogue,      K::CampaignSetup, K::QuotaCeiling,  K::PersonFlag};
}

QList<Role> RecordPermissions::rolesFor(RecordKind kind, const ApprovalPolicy& policy)
{
    using R = Role;
    switch (kind) {
        case RecordKind::SelfAssessment:
            return SheetWorkflow::rolesFor(policy, WorkflowAction::Submit);
        case RecordKind::Appraisal:
            return SheetWorkflow::rolesFor(policy, WorkflowAction::Appraise);
        case RecordKind::FinalScores:
        case RecordKind::GradeDecision:
            return policy.approvers();
        case RecordKind::SurveyResponses:
        case RecordKind::SurveyPoints:
            return {R::Appraiser, R::CouncilSecretary};
        case RecordKind::CouncilSetup:
            return {R::CouncilSecretary, R::CouncilChair, R::Administrator};
        case RecordKind::CouncilScores:
            return {R::CouncilSecretary, R::CouncilChair};
        case RecordKind::AgreedScore:
            return {R::CouncilChair, R::BoardHead};
        case RecordKind::PersonFlag: {
            QList<Role> roles;
            for (const Role role : Roles::all()) {
                if (policy.approves(role) || role == R::Administrator) {
                    roles.append(role);
                }
            }
            return roles;
        }
        case RecordKind::Catalogue:
        case RecordKind::CampaignSetup:
        case RecordKind::SurveySetup:
        case RecordKind::QuotaCeiling:
            return {R::Administrator};
    }
    return {};
}

bool RecordPermissions::allows(RecordKind kind, Role role, const ApprovalPolicy& policy)
{
    return rolesFor(kind, policy).contains(role);
}

QString RecordPermissions::refusal(RecordKind kind, Role role, const ApprovalPolicy& policy)
{
    const QList<Role> roles = rolesFor(kind, policy);
    if (roles.contains(role)) {
        return {};
    }
    QStringList titles;
    for (const Role allowed : roles) {
        titles.append(Roles::title(allowed));
    }
    return tr("%1 may not record %2; that is done by: %3.")
        .arg(Roles::title(role), title(kind), titles.join(QLatin1String(", ")));
}

QString RecordPermissions::title(RecordKind kind)
{
    switch (kind) {
        case RecordKind::SelfAssessment:
            return tr("the self-assessment of a sheet");
        case RecordKind::Appraisal:
            return tr("the appraised scores of a sheet");
        case RecordKind::FinalScores:
            return tr("the final scores of a sheet");
        case RecordKind::SurveySetup:
            return tr("the questions, criteria and planned sample of a survey");
        case RecordKind::SurveyResponses:
            return tr("survey questionnaires");
        case RecordKind::SurveyPoints:
            return tr("survey points in the sheets");
        case RecordKind::CouncilSetup:
            return tr("the members and candidates of a council");
        case RecordKind::CouncilScores:
            return tr("the members' scores of a council");
        case RecordKind::AgreedScore:
            return tr("the score agreed after a council's dialogue");
        case RecordKind::GradeDecision:
            return tr("grade decisions");
        case RecordKind::Catalogue:
            return tr("the catalogue of units and people");
        case RecordKind::CampaignSetup:
            return tr("campaigns, their sheets and criteria sets");
        case RecordKind::QuotaCeiling:
            return tr("a unit's raised ceiling of the quota");
        case RecordKind::PersonFlag:
            return tr("the facts that change a person's grade");
    }
    return {};
}

} // namespace danhgia
