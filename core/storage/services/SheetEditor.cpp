#include "services/SheetEditor.h"

#include "stores/SurveyStore.h"

#include "database/Database.h"
#include "scoring/LeafScorer.h"
#include "scoring/ScoreSheetReader.h"
#include "services/SheetTransitions.h"
#include "stores/EvidenceStore.h"
#include "stores/SheetContextStore.h"
#include "stores/SheetStore.h"
#include "stores/SheetValueStore.h"
#include "workflow/RecordPermissions.h"
#include "workflow/SheetWorkflow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

SheetEditor::SheetEditor(Database& db)
    : m_db(db)
{ }

QList<Role> SheetEditor::rolesFor(Stage stage) const
{
    switch (stage) {
        case Stage::Self:
            return RecordPermissions::rolesFor(RecordKind::SelfAssessment, m_policy);
        case Stage::Appraised:
            return RecordPermissions::rolesFor(RecordKind::Appraisal, m_policy);
        case Stage::Final:
            return RecordPermissions::rolesFor(RecordKind::FinalScores, m_policy);
    }
    return {};
}

bool SheetEditor::sameValue(const std::optional<LeafValue>& a, const std::optional<LeafValue>& b)
{
    if (!a || !b) {
        return !a && !b;
    }
    return LeafValue::toJson(*a) == LeafValue::toJson(*b);
}

bool SheetEditor::load(qint64 sheetId, QString* error)
{
    m_sheetId = 0;
    QString detail;
    auto context = SheetContextStore::load(m_db.connection(), sheetId, &detail);
    if (!context) {
        *error = tr("The score sheet cannot be opened: %1.").arg(detail);
        return false;
    }
    m_campaignId = context->campaign.id;
    m_campaignCode = context->campaign.code;
    m_campaignTitle = context->campaign.title;
    m_policy = context->campaign.policy();
    m_state = context->state;
    m_set = std::move(context->criteriaSet);
    for (const Stage stage : Stages::all()) {
        ScoreSheet& sheet = m_sheets[index(stage)];
        sheet = ScoreSheet();
        sheet.criteriaId = m_set.id;
        sheet.subject = context->subject;
        sheet.period = context->period;
        sheet.stage = stage;
        sheet.flags = context->flags;
    }
    m_sheetId = sheetId;
    if (!loadValues(error) || !reloadEvidence(error) || !loadOtherBests(error)
        || !loadSurveyCriteria(error)) {
        m_sheetId = 0;
        return false;
    }
    rememberRevision();
    return true;
}

std::optional<qint64> SheetEditor::storedRevision() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT revision FROM score_sheets WHERE id = ?"));
    query.addBindValue(m_sheetId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

void SheetEditor::rememberRevision()
{
    m_revision = storedRevision().value_or(-1);
}

bool SheetEditor::isCurrent() const
{
    return isLoaded() && storedRevision() == m_revision;
}

bool SheetEditor::loadSurveyCriteria(QString* error)
{
    m_surveyCriteria.clear();
    QString detail;
    const auto fed = SurveyStore::fedCriteria(m_db.connection(), m_campaignId, &detail);
    if (!fed) {
        *error = tr("The surveys of the campaign cannot be read: %1").arg(detail);
        return false;
    }
    for (const FedCriterion& criterion : *fed) {
        if (!m_surveyCriteria.contains(criterion.code)) {
            m_surveyCriteria.insert(criterion.code, criterion.surveyTitle);
        }
    }
    return true;
}

bool SheetEditor::loadValues(QString* error)
{
    QString detail;
    const auto rows = SheetValueStore::readAll(m_db.connection(), m_sheetId, &detail);
    if (!rows) {
        *error = tr("The values of the score sheet cannot be read: %1").arg(detail);
        return false;
    }
    m_explanations = rows->explanations;
    for (const Stage stage : Stages::all()) {
        const int i = index(stage);
        m_reasons[i] = rows->reasons.value(stage);
        // The stored values are read as a sheet document would be, with the same checks.
        const QJsonObject document{
            {QStringLiteral("format"), QLatin1String(ScoreSheet::FormatName)},
            {QStringLiteral("criteria"), m_set.id},
            {QStringLiteral("subject"), QJsonObject{{QStringLiteral("id"), subject().id}}},
            {QStringLiteral("values"), rows->values.value(stage)}};
        ValidationIssues issues;
        const ScoreSheet read = ScoreSheetReader::fromObject(document, &issues);
        if (ValidationIssue::hasErrors(issues)) {
            *error = tr("The stored score sheet is damaged: %1").arg(issues.first().toText());
            return false;
        }
        m_sheets[i].values = read.values;
        m_sheets[i].valueOrder = read.valueOrder;
    }
    return true;
}

bool SheetEditor::reloadState(QString* error)
{
    const auto state = SheetTransitions::state(m_db.connection(), m_sheetId, error);
    if (state) {
        m_state = *state;
        rememberRevision();
    }
    return state.has_value();
}

bool SheetEditor::reloadEvidence(QString* error)
{
    const auto records = EvidenceStore::listForSheet(m_db, m_sheetId, error);
    if (!records) {
        return false;
    }
    m_evidence.clear();
    for (const EvidenceRecord& record : *records) {
        ++m_evidence[record.leafCode];
    }
    return true;
}

bool SheetEditor::loadOtherBests(QString* error)
{
    m_otherBests.assign(static_cast<std::size_t>(m_set.nodeCount()), Decimal());
    QStringList codes;
    for (const int leaf : m_set.leaves()) {
        if (m_set.node(leaf).method.type == MethodType::Relative) {
            codes.append(m_set.node(leaf).code);
        }
    }
    QString detail;
    const auto bests
        = SheetValueStore::otherBests(m_db.connection(), m_campaignId, m_sheetId, codes, &detail);
    if (!bests) {
        *error = tr("The other sheets of the campaign cannot be read: %1").arg(detail);
        return false;
    }
    for (auto it = bests->constBegin(); it != bests->constEnd(); ++it) {
        m_otherBests[static_cast<std::size_t>(m_set.indexOf(it.key()))] = it.value();
    }
    return true;
}

std::optional<LeafValue> SheetEditor::value(Stage stage, const QString& code) const
{
    const auto& values = sheet(stage).values;
    const auto it = values.constFind(code);
    return it == values.constEnd() ? std::nullopt : std::optional<LeafValue>(*it);
}

Stage SheetEditor::baselineOf(Stage stage) const
{
    return Stages::baselineOf(stage, hasValues(Stage::Appraised));
}

const ScoreSheet& SheetEditor::effectiveSheet(Stage stage) const
{
    if (stage == Stage::Self || hasValues(stage)) {
        return sheet(stage);
    }
    return sheet(baselineOf(stage));
}

std::optional<LeafValue> SheetEditor::effectiveValue(Stage stage, const QString& code) const
{
    const auto& values = effectiveSheet(stage).values;
    const auto it = values.constFind(code);
    return it == values.constEnd() ? std::nullopt : std::optional<LeafValue>(*it);
}

std::vector<Decimal> SheetEditor::relativeBests(Stage stage) const
{
    std::vector<Decimal> bests = m_otherBests;
    const ScoreSheet& own = effectiveSheet(stage);
    for (const int leaf : m_set.leaves()) {
        const auto it = own.values.constFind(m_set.node(leaf).code);
        if (m_set.node(leaf).method.type == MethodType::Relative && it != own.values.constEnd()
            && it->kind == LeafValue::Kind::Value) {
            auto& best = bests[static_cast<std::size_t>(leaf)];
            best = Decimal::max(best, it->number);
        }
    }
    return bests;
}

SubmissionReadiness SheetEditor::readiness() const
{
    QHash<QString, LeafSubmission> leaves;
    for (const int leaf : m_set.leaves()) {
        const QString& code = m_set.node(leaf).code;
        leaves.insert(code,
                      {sheet(Stage::Self).values.contains(code), evidenceCount(code) > 0, explanation(code),
                       isFedBySurvey(code)});
    }
    return SubmissionReadiness::compute(m_set, leaves);
}

QString SheetEditor::refuseStage(Stage stage, Role role) const
{
    return stageRefusal(stage, role, m_state);
}

QString SheetEditor::stageRefusal(Stage stage, Role role, SheetState state) const
{
    if (!rolesFor(stage).contains(role)) {
        QStringList titles;
        for (const Role allowed : rolesFor(stage)) {
            titles.append(Roles::title(allowed));
        }
        return tr("%1 may not change the %2, which is entered by: %3.")
            .arg(Roles::title(role), Stages::inText(stage), titles.join(QLatin1String(", ")));
    }
    QString refused = SheetWorkflow::refuseValueWrite(state, stage);
    if (refused.isEmpty() && stage != Stage::Self && state == SheetState::Draft) {
        refused = tr("the %1 starts once the self-assessment has been submitted (the sheet is %2)")
                      .arg(Stages::inText(stage), SheetStates::title(state));
    }
    return refused.isEmpty() ? QString()
                             : tr("The %1 cannot be changed: %2.").arg(Stages::inText(stage), refused);
}

bool SheetEditor::needsReason(const LeafWrite& write) const
{
    if (write.stage == Stage::Self || !write.value || !write.reason.trimmed().isEmpty()) {
        return false;
    }
    return !sameValue(write.value, effectiveValue(baselineOf(write.stage), write.code));
}

QString SheetEditor::refusal(const LeafWrite& write, Role role) const
{
    const auto baseline = effectiveValue(baselineOf(write.stage), write.code);
    return check(write, role, m_state,
                 baseline ? std::optional<QJsonObject>(LeafValue::toJson(*baseline)) : std::nullopt);
}

QString SheetEditor::check(const LeafWrite& write, Role role, SheetState state,
                           const std::optional<QJsonObject>& baseline) const
{
    // The role first: nothing about the sheet is told to a role that may not write it.
    const QString refused = stageRefusal(write.stage, role, state);
    if (!refused.isEmpty()) {
        return refused;
    }
    const int node = m_set.indexOf(write.code);
    if (node < 0 || m_set.node(node).isGroup) {
        return tr("The criteria set has no leaf criterion %1.").arg(write.code);
    }
    const Criterion& leaf = m_set.node(node);
    if (isFedBySurvey(write.code)) {
        return tr("Criterion %1 takes its points from the survey \"%2\": they are written from the "
                  "Surveys screen (Write the points into the sheets), not typed.")
            .arg(write.code, m_surveyCriteria.value(write.code));
    }
    if (!write.value) {
        return write.stage == Stage::Self
            ? QString()
            : tr("Criterion %1: a value of the %2 cannot be removed; set the value you accept instead.")
                  .arg(write.code, Stages::inText(write.stage));
    }
    const auto outcome = LeafScorer::score(leaf, *write.value, Decimal::fromInt(1), m_set.decimals);
    if (outcome.kind == LeafScorer::Outcome::Kind::Invalid) {
        return tr("The value of criterion %1 is not valid: %2.").arg(write.code, outcome.error);
    }
    if (write.stage != Stage::Self && write.reason.trimmed().isEmpty()
        && (!baseline || *baseline != LeafValue::toJson(*write.value))) {
        return tr("Criterion %1: the value of the %2 differs from the %3; give the reason for the change.")
            .arg(write.code, Stages::inText(write.stage), Stages::inText(baselineOf(write.stage)));
    }
    return {};
}

bool SheetEditor::write(const LeafWrite& write, Role role, const QString& actor, QString* error)
{
    if (!isLoaded()) {
        *error = tr("No score sheet is open.");
        return false;
    }
    bool seeded = false;
    const bool ok = m_db.transaction(
        [&](QString* e) { return writeInTransaction(write, role, actor, &seeded, e); }, error);
    if (ok) {
        applyToCache(write, seeded);
        rememberRevision();
    }
    return ok;
}

bool SheetEditor::writeAll(const QList<LeafWrite>& writes, const QList<ExplanationWrite>& explanations,
                           Role role, const QString& actor, QString* error)
{
    if (!isLoaded()) {
        *error = tr("No score sheet is open.");
        return false;
    }
    if (!explanations.isEmpty()) {
        const QString refused = refuseStage(Stage::Self, role);
        if (!refused.isEmpty()) {
            *error = refused;
            return false;
        }
    }
    QList<bool> seeded;
    const bool ok = m_db.transaction(
        [&](QString* e) {
            seeded.clear();
            for (const LeafWrite& write : writes) {
                bool seededHere = false;
                if (!writeInTransaction(write, role, actor, &seededHere, e)) {
                    return false;
                }
                seeded.append(seededHere);
            }
            for (const ExplanationWrite& explanation : explanations) {
                QString detail;
                if (!SheetStore::setExplanation(m_db.connection(), m_sheetId, explanation.code,
                                                explanation.text, actor, &detail)) {
                    *e = tr("The explanation of criterion %1 could not be saved: %2.")
                             .arg(explanation.code, detail);
                    return false;
                }
            }
            return true;
        },
        error);
    if (!ok) {
        return false;
    }
    for (int i = 0; i < writes.size(); ++i) {
        applyToCache(writes[i], seeded[i]);
    }
    for (const ExplanationWrite& explanation : explanations) {
        if (explanation.text.isEmpty()) {
            m_explanations.remove(explanation.code);
        } else {
            m_explanations.insert(explanation.code, explanation.text);
        }
    }
    rememberRevision();
    return true;
}

bool SheetEditor::writeInTransaction(const LeafWrite& write, Role role, const QString& actor, bool* seeded,
                                     QString* error)
{
    QSqlDatabase& c = m_db.connection();
    const auto state = SheetTransitions::state(c, m_sheetId, error);
    if (!state) {
        return false;
    }
    m_state = *state;
    QString detail;
    const auto snapshot = SheetValueStore::read(c, m_sheetId, write.stage, write.code, &detail);
    if (!snapshot) {
        *error = tr("The value of criterion %1 could not be saved: %2").arg(write.code, detail);
        return false;
    }
    // The rules again, against the database as it is inside the transaction.
    const QString refused = check(
        write, role, *state,
        snapshot->baseline.present ? std::optional<QJsonObject>(snapshot->baseline.value) : std::nullopt);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    const SheetValueStore::Stored after{write.value.has_value(),
                                        write.value ? LeafValue::toJson(*write.value) : QJsonObject(),
                                        write.stage == Stage::Self ? QString() : write.reason.trimmed()};
    return SheetValueStore::write(c, m_sheetId, write.stage, write.code, *snapshot, after, actor, seeded,
                                  error);
}

void SheetEditor::applyToCache(const LeafWrite& write, bool seeded)
{
    const int i = index(write.stage);
    if (seeded) {
        const ScoreSheet& baseline = sheet(baselineOf(write.stage));
        m_sheets[i].values = baseline.values;
        m_sheets[i].valueOrder = baseline.valueOrder;
        m_reasons[i].clear();
    }
    if (write.value) {
        m_sheets[i].setValue(write.code, *write.value);
    } else {
        m_sheets[i].values.remove(write.code);
        m_sheets[i].valueOrder.removeAll(write.code);
        if (write.stage == Stage::Self) {
            m_explanations.remove(write.code); // the row and its explanation are gone
        }
    }
    const QString reason = write.stage == Stage::Self ? QString() : write.reason.trimmed();
    if (reason.isEmpty()) {
        m_reasons[i].remove(write.code);
    } else {
        m_reasons[i].insert(write.code, reason);
    }
}

bool SheetEditor::writeExplanation(const QString& code, const QString& text, Role role, const QString& actor,
                                   QString* error)
{
    const QString refused = refuseStage(Stage::Self, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    if (!isLoaded()) {
        *error = tr("No score sheet is open.");
        return false;
    }
    if (text == explanation(code)) {
        return true;
    }
    QString detail;
    if (!m_db.transaction(
            [&](QString* e) {
                return SheetStore::setExplanation(m_db.connection(), m_sheetId, code, text, actor, e);
            },
            &detail)) {
        *error = tr("The explanation of criterion %1 could not be saved: %2.").arg(code, detail);
        return false;
    }
    if (text.isEmpty()) {
        m_explanations.remove(code);
    } else {
        m_explanations.insert(code, text);
    }
    rememberRevision();
    return true;
}

} // namespace danhgia
