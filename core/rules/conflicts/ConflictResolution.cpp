#include "conflicts/ConflictResolution.h"

#include "conflicts/ConflictColumns.h"

#include "scoring/LeafScorer.h"
#include "scoring/LeafValueParser.h"
#include "scoring/ScoreSheetReader.h"
#include "workflow/RecordPermissions.h"
#include "workflow/SheetWorkflow.h"
#include "workflow/Stage.h"
#include "workflow/SyncedEntities.h"

#include <QHash>

namespace danhgia {

namespace {

// The local value of a leaf, read as a sheet document would be (with the same checks).
std::optional<LeafValue> resolutionLeafValue(const QString& code, const QJsonValue& json, QString* error)
{
    const QJsonObject document{{QStringLiteral("format"), QLatin1String(ScoreSheet::FormatName)},
                               {QStringLiteral("criteria"), QStringLiteral("conflict")},
                               {QStringLiteral("subject"), QJsonObject{{QStringLiteral("id"), code}}},
                               {QStringLiteral("values"), QJsonObject{{code, json}}}};
    ValidationIssues issues;
    const ScoreSheet read = ScoreSheetReader::fromObject(document, &issues);
    if (ValidationIssue::hasErrors(issues) || !read.values.contains(code)) {
        *error = issues.isEmpty() ? QString() : issues.first().toText();
        return std::nullopt;
    }
    return read.values.value(code);
}

} // namespace

QList<ConflictResolution::Decision> ConflictResolution::Outcome::writes() const
{
    QList<Decision> list;
    for (const Decision& decision : decisions) {
        if (decision.choice.keep != ConflictKeep::Server
            && decision.field.path.startsWith(QLatin1String("values."))) {
            list.append(decision);
        }
    }
    return list;
}

std::optional<ConflictKeep> ConflictResolution::keepFromName(const QString& name)
{
    if (name == QLatin1String("mine")) {
        return ConflictKeep::Mine;
    }
    if (name == QLatin1String("server")) {
        return ConflictKeep::Server;
    }
    if (name == QLatin1String("edited")) {
        return ConflictKeep::Edited;
    }
    return std::nullopt;
}

QString ConflictResolution::keepName(ConflictKeep keep)
{
    switch (keep) {
        case ConflictKeep::Mine:
            return QStringLiteral("mine");
        case ConflictKeep::Server:
            return QStringLiteral("server");
        case ConflictKeep::Edited:
            return QStringLiteral("edited");
    }
    return QString();
}

QString ConflictResolution::keepTitle(ConflictKeep keep)
{
    switch (keep) {
        case ConflictKeep::Mine:
            return tr("Keep mine");
        case ConflictKeep::Server:
            return tr("Keep the server's");
        case ConflictKeep::Edited:
            return tr("Edited");
    }
    return QString();
}

std::optional<ConflictChoice> ConflictResolution::parseChoice(const QString& text, QString* error)
{
    const int equals = text.indexOf(QLatin1Char('='));
    const QString path = text.left(equals).trimmed();
    if (equals <= 0 || path.isEmpty()) {
        *error = tr("\"%1\" is not a field's choice: write PATH=mine, PATH=server or PATH=VALUE").arg(text);
        return std::nullopt;
    }
    const QString value = text.mid(equals + 1).trimmed();
    if (value.isEmpty()) {
        *error = tr("the choice for %1 is empty: write mine, server or a value").arg(path);
        return std::nullopt;
    }
    ConflictChoice choice;
    choice.path = path;
    if (value == QLatin1String("mine")) {
        choice.keep = ConflictKeep::Mine;
    } else if (value == QLatin1String("server")) {
        choice.keep = ConflictKeep::Server;
    } else {
        choice.keep = ConflictKeep::Edited;
        choice.edited = value;
    }
    return choice;
}

ConflictResolution::Outcome ConflictResolution::decide(const QList<ConflictField>& fields, ConflictKeep whole,
                                                       const QList<ConflictChoice>& choices,
                                                       const Context& context)
{
    Outcome outcome;
    QHash<QString, ConflictChoice> byPath;
    for (const ConflictChoice& choice : choices) {
        byPath.insert(choice.path, choice);
    }
    QStringList differing;
    for (const ConflictField& field : fields) {
        if (field.differs()) {
            differing.append(field.path);
        }
    }
    for (const ConflictChoice& choice : choices) {
        if (!differing.contains(choice.path)) {
            outcome.problems.append(
                tr("%1: this field does not differ between the server and here (the fields that differ: %2)")
                    .arg(choice.path, differing.join(QLatin1String(", "))));
        }
    }
    for (const ConflictField& field : fields) {
        if (!field.differs()) {
            continue;
        }
        Decision decision;
        decision.field = field;
        decision.choice = byPath.value(field.path, ConflictChoice{field.path, whole, QString()});
        // A reason follows its value (written with the value kept mine): "keep mine" for the
        // whole row does not ask for it separately.
        const bool follows = field.path.startsWith(QLatin1String("reasons."));
        if ((whole == ConflictKeep::Edited || follows) && !byPath.contains(field.path)) {
            decision.choice.keep = ConflictKeep::Server;
        }
        const QString problem = refusal(&decision, context, &outcome.stateAction);
        if (!problem.isEmpty()) {
            outcome.problems.append(
                tr("%1 (%2): %3")
                    .arg(ConflictComparison::label(field.path, context.set), field.path, problem));
        }
        outcome.decisions.append(decision);
    }
    if (!context.isSheet && outcome.problems.isEmpty()) {
        const QString problem = rowRefusal(fields, outcome.decisions, context);
        if (!problem.isEmpty()) {
            outcome.problems.append(problem);
        }
    }
    return outcome;
}

QString ConflictResolution::rowRefusal(const QList<ConflictField>& fields, const QList<Decision>& decisions,
                                       const Context& context)
{
    if (context.entity != QLatin1String("grade_decisions")) {
        return QString();
    }
    // The row as the resolution leaves it: each column kept or typed, else the server's.
    auto resolved = [&](const char* column) {
        const QString path = QString::fromLatin1(column);
        for (const Decision& decision : decisions) {
            if (decision.field.path == path && decision.choice.keep != ConflictKeep::Server) {
                return ConflictComparison::canonical(decision.column).trimmed();
            }
        }
        for (const ConflictField& field : fields) {
            if (field.path == path) {
                return ConflictComparison::canonical(field.server).trimmed();
            }
        }
        return QString();
    };
    // An overridden grade carries its reason and who approves it (GradeOverride).
    const bool overridden
        = !resolved("is_override").isEmpty() && resolved("is_override") != QLatin1String("0");
    if (overridden && (resolved("reason").isEmpty() || resolved("approver").isEmpty())) {
        return tr("%1 (%2): an overridden grade needs its reason and who approves it; keep or type both")
            .arg(ConflictComparison::label(QStringLiteral("is_override"), nullptr),
                 QStringLiteral("is_override"));
    }
    return QString();
}

bool ConflictResolution::allows(const ConflictField& field, ConflictKeep keep, const Context& context)
{
    Decision decision;
    decision.field = field;
    decision.choice = {field.path, keep, QString()};
    if (keep == ConflictKeep::Edited && !context.isSheet) {
        const auto column = ConflictColumns::find(context.entity, field.path);
        return !context.entity.isEmpty() && column && ConflictColumns::typable(*column)
            && !context.publishedOnServer;
    }
    if (keep == ConflictKeep::Edited) {
        // Whether a typed value may be given at all: the local value stands for it.
        QString kind;
        QString stage;
        QString code;
        if (!ConflictComparison::splitPath(field.path, &kind, &stage, &code)
            || kind == QLatin1String("reasons")) {
            return false;
        }
        decision.choice.keep = ConflictKeep::Mine;
    }
    std::optional<WorkflowAction> action;
    return refusal(&decision, context, &action).isEmpty();
}

QString ConflictResolution::refusal(Decision* decision, const Context& context,
                                    std::optional<WorkflowAction>* action)
{
    const ConflictField& field = decision->field;
    const ConflictChoice& choice = decision->choice;
    if (choice.keep == ConflictKeep::Server) {
        return QString();
    }
    if (field.path == QLatin1String("deleted")) {
        return tr("the server deleted this row; it can only be kept deleted (your version stays in the "
                  "conflict's record)");
    }
    if (!context.isSheet) {
        return columnRefusal(decision, context);
    }
    if (field.path == QLatin1String("state")) {
        return stateRefusal(field, choice, context, action);
    }
    QString kind;
    QString stage;
    QString code;
    if (!ConflictComparison::splitPath(field.path, &kind, &stage, &code)) {
        return tr("only the server's value can be kept for this field; yours stays in the conflict's record");
    }
    if (kind == QLatin1String("reasons")) {
        return tr("a reason follows its value: choose for %1 instead")
            .arg(QStringLiteral("values.%1.%2").arg(stage, code));
    }
    return valueRefusal(decision, context, kind, stage, code);
}

QString ConflictResolution::stateRefusal(const ConflictField& field, const ConflictChoice& choice,
                                         const Context& context, std::optional<WorkflowAction>* action)
{
    if (choice.keep == ConflictKeep::Edited) {
        return tr("a state is not typed: keep yours or the server's");
    }
    const auto mine = SheetStates::fromName(field.local.toString());
    if (!context.serverState || !mine) {
        return tr("the state here is unknown; keep the server's");
    }
    const SheetState server = *context.serverState;
    if (server == SheetState::Approved || server == SheetState::Published || context.approvedSinceBase) {
        return tr("the sheet was %1 on the server after your change, and an approved sheet changes only "
                  "once its approver reopens it. Keep the server's state; if the sheet must change, ask "
                  "the approver to reopen it, then make your change again")
            .arg(SheetStates::title(server).toLower());
    }
    for (const SheetWorkflow::Transition& transition : SheetWorkflow::transitions(context.policy)) {
        if (transition.from == server && transition.to == *mine) {
            *action = transition.action;
            return QString();
        }
    }
    return tr("no workflow action takes the sheet from \"%1\" on the server to \"%2\"; keep the server's "
              "state")
        .arg(SheetStates::title(server), SheetStates::title(*mine));
}

QString ConflictResolution::valueRefusal(Decision* decision, const Context& context, const QString& kind,
                                         const QString& stageName, const QString& code)
{
    const Stage stage = kind == QLatin1String("explanations") ? Stage::Self : *Stages::fromName(stageName);
    if (context.serverState) {
        const QString refused = SheetWorkflow::refuseValueWrite(*context.serverState, stage);
        if (!refused.isEmpty()) {
            return context.approvedSinceBase || *context.serverState == SheetState::Approved
                    || *context.serverState == SheetState::Published
                ? tr("%1 Keep the server's value; ask the approver to reopen the sheet to change it")
                      .arg(refused)
                : refused;
        }
    }
    const ConflictChoice& choice = decision->choice;
    if (kind == QLatin1String("explanations")) {
        decision->text
            = choice.keep == ConflictKeep::Edited ? choice.edited : decision->field.local.toString();
        return QString();
    }
    const int index = context.set ? context.set->indexOf(code) : -1;
    if (index < 0 || context.set->node(index).isGroup) {
        return tr("the criteria set of the sheet has no leaf criterion %1").arg(code);
    }
    const Criterion& leaf = context.set->node(index);
    if (choice.keep == ConflictKeep::Edited) {
        QString error;
        decision->leafValue = LeafValueParser::parse(leaf, context.set->decimals, choice.edited, &error);
        return decision->leafValue ? QString() : error;
    }
    if (decision->field.local.isUndefined() || decision->field.local.isNull()) {
        if (stage != Stage::Self) {
            return tr("only a self-assessed value may be removed; keep the server's value or type one");
        }
        decision->leafValue.reset();
        return QString();
    }
    QString error;
    decision->leafValue = resolutionLeafValue(code, decision->field.local, &error);
    if (!decision->leafValue) {
        return tr("your value cannot be read: %1").arg(error);
    }
    const LeafScorer::Outcome scored
        = LeafScorer::score(leaf, *decision->leafValue, leaf.max, context.set->decimals);
    if (scored.kind == LeafScorer::Outcome::Kind::Invalid) {
        return tr("your value does not fit the criterion: %1").arg(LeafScorer::acceptedValues(leaf));
    }
    return QString();
}

QString ConflictResolution::permissionRefusal(const QString& entity, Role role)
{
    static const QHash<QString, RecordKind> kinds{
        {QStringLiteral("units"), RecordKind::Catalogue},
        {QStringLiteral("people"), RecordKind::Catalogue},
        {QStringLiteral("document_settings"), RecordKind::Catalogue},
        {QStringLiteral("criteria_sets"), RecordKind::CampaignSetup},
        {QStringLiteral("campaigns"), RecordKind::CampaignSetup},
        {QStringLiteral("appraisal_councils"), RecordKind::CampaignSetup},
        {QStringLiteral("surveys"), RecordKind::SurveySetup},
        {QStringLiteral("survey_responses"), RecordKind::SurveyResponses},
        {QStringLiteral("council_sessions"), RecordKind::CouncilSetup},
        {QStringLiteral("council_examinations"), RecordKind::CouncilSetup},
        {QStringLiteral("grade_decisions"), RecordKind::GradeDecision},
        {QStringLiteral("quota_ceilings"), RecordKind::QuotaCeiling},
        {QStringLiteral("person_flags"), RecordKind::PersonFlag}};
    const auto kind = kinds.constFind(entity);
    if (kind == kinds.constEnd() || RecordPermissions::allows(kind.value(), role)) {
        return QString();
    }
    return tr("%1: %2").arg(SyncedEntities::title(entity), RecordPermissions::refusal(kind.value(), role));
}

QString ConflictResolution::columnRefusal(Decision* decision, const Context& context)
{
    const ConflictField& field = decision->field;
    const auto column = ConflictColumns::find(context.entity, field.path);
    if (context.entity.isEmpty() || !column) {
        return tr("only the server's value can be kept for this field; yours stays in the conflict's record");
    }
    if (context.publishedOnServer) {
        return tr("the criteria set was published on the server, and a published version never changes: "
                  "keep the server's");
    }
    QString problem;
    if (decision->choice.keep == ConflictKeep::Edited) {
        const auto typed = ConflictColumns::parse(*column, decision->choice.edited, &problem);
        if (!typed) {
            return problem;
        }
        decision->column = *typed;
        return QString();
    }
    problem = ConflictColumns::check(*column, field.local);
    if (!problem.isEmpty()) {
        return tr("your value cannot be kept: %1").arg(problem);
    }
    decision->column = field.local.isUndefined() ? QJsonValue(QJsonValue::Null) : field.local;
    return QString();
}

} // namespace danhgia
