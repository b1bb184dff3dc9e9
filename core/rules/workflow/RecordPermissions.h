#pragma once

#include "workflow/ApprovalPolicy.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace danhgia {

// What a write records, for the role check that every write path of the storage makes before it
// writes anything (the state of the sheet, the council or the survey is checked after).
enum class RecordKind
{
    SelfAssessment, // the self-assessed values, explanations and evidence of a sheet
    Appraisal, // the appraised values of a sheet
    FinalScores, // the final values of a sheet, set by who approves
    SurveySetup, // a survey's questions, coefficients, criteria fed and planned sample
    SurveyResponses, // questionnaires entered from paper
    SurveyPoints, // survey points written into the appraisal of the sheets
    CouncilSetup, // a council's members, candidates and parts
    CouncilScores, // the members' scores of a candidate, copied from their scoring sheets
    AgreedScore, // the official score agreed after a dialogue
    GradeDecision, // the grade decided for a person (classification, overrides)
    Catalogue, // units and people
    CampaignSetup, // campaigns, their participants and sheets, criteria sets
    QuotaCeiling, // a unit's raised ceiling of the quota, allowed by the competent level
    PersonFlag, // a fact that changes a person's grade (discipline, absence, ...), with its reason
};

// Who may record what: one table, asked by every write of the storage (SheetEditor, SheetStore,
// SurveyStore, SurveyPointsWriter, CouncilStore, ClassificationStore, CatalogueImport,
// CampaignStore, CriteriaSetStore) and by the screens for enabling their editors.
//
//   record            roles
//   self assessment   the roles that submit under the campaign's policy (SheetWorkflow)
//   appraisal         the roles that appraise under the campaign's policy
//   final scores      the campaign's approvers
//   survey setup      administrator (a survey is part of a campaign's setup: the provincial
//                     server takes it as reference data, as it takes campaigns)
//   survey responses  appraiser, council_secretary
//   survey points     appraiser, council_secretary
//   council setup     council_secretary, council_chair, administrator
//   council scores    council_secretary, council_chair
//   agreed score      council_chair, board_head (the council's own spread rule names which of
//                     them holds a candidate's dialogue: CouncilSession::agreedScoreRefusal)
//   grade decision    the campaign's approvers
//   catalogue         administrator
//   campaign setup    administrator
//   quota ceiling     administrator (records the competent level's decision)
//   person flag       the campaign's approvers (who decide the grade) and the administrator
//                     (the personnel office recording a disciplinary decision, say)
class RecordPermissions
{
    Q_DECLARE_TR_FUNCTIONS(RecordPermissions)

public:
    static QList<Role> rolesFor(RecordKind kind, const ApprovalPolicy& policy = ApprovalPolicy());
    static bool allows(RecordKind kind, Role role, const ApprovalPolicy& policy = ApprovalPolicy());
    // Empty when allowed; otherwise a sentence that names the role, what it tried to record and who
    // records it ("Người tự đánh giá không được ghi điểm thẩm định; việc này do: ...").
    static QString refusal(RecordKind kind, Role role, const ApprovalPolicy& policy = ApprovalPolicy());
    // What is recorded, for people ("điểm thẩm định").
    static QString title(RecordKind kind);
    static QList<RecordKind> all();
};

} // namespace danhgia
