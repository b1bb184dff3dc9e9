#pragma once

#include "criteria/CriteriaSet.h"
#include "scoring/ScoreSheet.h"
#include "workflow/ApprovalPolicy.h"
#include "workflow/Role.h"
#include "workflow/SheetState.h"
#include "workflow/Stage.h"
#include "workflow/SubmissionReadiness.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace danhgia {

class Database;

// One stored score sheet opened for editing, one leaf value at a time (the score sheet form).
// load() reads the sheet with every stage (self, appraised, final), the explanations, the reasons
// for changes, the evidence counts and the criteria set of its campaign. write() changes ONE value
// of one stage in a transaction and records it, old and new, in the outbox and the audit trail.
//
// Rules kept here rather than in the form:
// - a role writes only its own stage (RecordPermissions, under the campaign's ApprovalPolicy): the
//   self-assessment by the roles that submit, the appraisal by the roles that appraise, the final
//   scores by the approvers;
// - a criterion fed by a survey of the campaign takes its points from the survey only
//   (SurveyPointsWriter), never typed at any stage;
// - the workflow decides when a stage may change (SheetWorkflow::refuseValueWrite); besides,
//   the appraisal (and the final scores) start only once the self-assessment has been submitted;
// - a value must fit its criterion's method (LeafScorer), and only a self-assessed value may be
//   removed;
// - an appraised value that differs from the self-assessed one (a final value that differs from
//   the appraised one) needs a reason, stored with it;
// - the first appraised value written copies every self-assessed value into the appraisal first,
//   so that the appraisal is always a complete sheet (results use the most advanced stage whole).
// Errors and refusals come back as text in the user's language.
class SheetEditor
{
    Q_DECLARE_TR_FUNCTIONS(SheetEditor)

public:
    static constexpr int StageCount = 3;

    // One change: the value of one leaf at one stage. An empty value removes the self-assessed
    // value. `reason` says why the value differs from the stage before (appraised and final).
    struct LeafWrite
    {
        Stage stage = Stage::Self;
        QString code;
        std::optional<LeafValue> value;
        QString reason;
    };

    explicit SheetEditor(Database& db);

    // Reads the sheet; false with `error` set when it cannot be read (nothing is kept then).
    bool load(qint64 sheetId, QString* error);
    // Whether the sheet in the database is still the one loaded (its revision, which every change
    // of its values, state and explanations increments, is the one read last); false as well when
    // it cannot be read. Another window, the CLI or the sync may have changed it meanwhile.
    bool isCurrent() const;
    // Reads the state again (after a transition) and the evidence counts again (after an attach).
    bool reloadState(QString* error);
    bool reloadEvidence(QString* error);

    bool isLoaded() const { return m_sheetId != 0; }
    qint64 sheetId() const { return m_sheetId; }
    qint64 campaignId() const { return m_campaignId; }
    const QString& campaignCode() const { return m_campaignCode; }
    const QString& campaignTitle() const { return m_campaignTitle; }
    const SheetSubject& subject() const { return m_sheets[0].subject; }
    QString period() const { return m_sheets[0].period.value_or(QString()); }
    SheetState state() const { return m_state; }
    const QStringList& flags() const { return m_sheets[0].flags; }
    const CriteriaSet& criteriaSet() const { return m_set; }
    Database& database() { return m_db; }

    // The values of a stage as stored (possibly empty).
    const ScoreSheet& sheet(Stage stage) const { return m_sheets[index(stage)]; }
    bool hasValues(Stage stage) const { return !sheet(stage).values.isEmpty(); }
    std::optional<LeafValue> value(Stage stage, const QString& code) const;
    // The stage a stage is compared with (Stages::baselineOf: self for appraised; appraised, else
    // self, for final).
    Stage baselineOf(Stage stage) const;
    // What the sheet gives at a stage: its own values once it has any, else those of its
    // baseline (an appraisal not started yet shows the self-assessment).
    const ScoreSheet& effectiveSheet(Stage stage) const;
    std::optional<LeafValue> effectiveValue(Stage stage, const QString& code) const;
    QString explanation(const QString& code) const { return m_explanations.value(code); }
    QString changeReason(Stage stage, const QString& code) const
    {
        return m_reasons[index(stage)].value(code);
    }
    int evidenceCount(const QString& code) const { return m_evidence.value(code); }
    // The best value of each relative leaf (indexed like the set's nodes) for scoring the
    // effective sheet of `stage`: the largest among it and the campaign's other sheets as stored.
    std::vector<Decimal> relativeBests(Stage stage) const;
    // Whether the self-assessment may be submitted, from what is loaded.
    SubmissionReadiness readiness() const;

    // The roles that write `stage` in this sheet's campaign.
    QList<Role> rolesFor(Stage stage) const;
    const ApprovalPolicy& policy() const { return m_policy; }
    // Whether the leaf takes its points from a survey of the campaign (then nobody types it).
    bool isFedBySurvey(const QString& code) const { return m_surveyCriteria.contains(code); }
    static bool sameValue(const std::optional<LeafValue>& a, const std::optional<LeafValue>& b);

    // Whether `role` may write values of `stage` now (for enabling editors); empty when allowed.
    QString refuseStage(Stage stage, Role role) const;
    // Whether the write needs a reason it does not have.
    bool needsReason(const LeafWrite& write) const;
    // Every rule above checked against what is loaded; empty when the write is allowed.
    QString refusal(const LeafWrite& write, Role role) const;

    // Writes one value (checked again against the database) and keeps the loaded sheet in step.
    bool write(const LeafWrite& write, Role role, const QString& actor, QString* error);
    // The explanation of a leaf written by writeAll(); an empty text removes it.
    struct ExplanationWrite
    {
        QString code;
        QString text;
    };
    // Writes several values and explanations (an import from a spreadsheet, its undo) in ONE
    // transaction, each checked as write() and writeExplanation() check it: every one is saved,
    // or none is (then `error` names the first refused).
    bool writeAll(const QList<LeafWrite>& writes, const QList<ExplanationWrite>& explanations, Role role,
                  const QString& actor, QString* error);
    // The explanation (giải trình) of a self-assessed leaf, written instead of evidence.
    bool writeExplanation(const QString& code, const QString& text, Role role, const QString& actor,
                          QString* error);

private:
    static int index(Stage stage) { return static_cast<int>(stage); }
    QString stageRefusal(Stage stage, Role role, SheetState state) const;
    bool loadSurveyCriteria(QString* error);
    QString check(const LeafWrite& write, Role role, SheetState state,
                  const std::optional<QJsonObject>& baseline) const;
    bool writeInTransaction(const LeafWrite& write, Role role, const QString& actor, bool* seeded,
                            QString* error);
    bool loadValues(QString* error);
    bool loadOtherBests(QString* error);
    void applyToCache(const LeafWrite& write, bool seeded);

    Database& m_db;
    qint64 m_sheetId = 0;
    qint64 m_campaignId = 0;
    QString m_campaignCode;
    QString m_campaignTitle;
    SheetState m_state = SheetState::Draft;
    ApprovalPolicy m_policy;
    QHash<QString, QString> m_surveyCriteria; // criterion code → the title of the survey feeding it
    CriteriaSet m_set;
    std::array<ScoreSheet, StageCount> m_sheets;
    QHash<QString, QString> m_explanations; // of the self-assessment
    std::array<QHash<QString, QString>, StageCount> m_reasons;
    QHash<QString, int> m_evidence;
    std::vector<Decimal> m_otherBests; // per node: the best relative value of the other sheets
    qint64 m_revision = -1; // score_sheets.revision as read last
    std::optional<qint64> storedRevision() const;
    void rememberRevision();
};

} // namespace danhgia
