#include "sources/SheetPrintoutSource.h"

#include "scoring/ScoreSheetReader.h"
#include "scoring/SheetScorer.h"
#include "stores/CommentStore.h"
#include "stores/SheetContextStore.h"
#include "stores/SheetValueStore.h"
#include "sync/AdoptedRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace danhgia {

namespace {

// Units whose sheets are not issued in their own name: a person of an office (phòng) belongs
// to the department above it.
bool isOffice(const QString& kind)
{
    return kind == QLatin1String("office") || kind == QLatin1String("other");
}

// The best value of each relative leaf for one stage: the campaign's other sheets and this one.
std::vector<Decimal> bestsFor(const CriteriaSet& set, const QHash<QString, Decimal>& others,
                              const ScoreSheet& sheet)
{
    std::vector<Decimal> bests(static_cast<std::size_t>(set.nodeCount()));
    for (const int leaf : set.leaves()) {
        const Criterion& node = set.node(leaf);
        if (node.method.type != MethodType::Relative) {
            continue;
        }
        Decimal best = others.value(node.code);
        const auto it = sheet.values.constFind(node.code);
        if (it != sheet.values.constEnd() && it->kind == LeafValue::Kind::Value) {
            best = Decimal::max(best, it->number);
        }
        bests[static_cast<std::size_t>(leaf)] = best;
    }
    return bests;
}

} // namespace

SheetPrintoutSource::SheetPrintoutSource(QSqlDatabase& db)
    : m_db(db)
{ }

std::optional<QList<qint64>> SheetPrintoutSource::campaignSheets(const QString& campaignCode, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT c.id, s.id FROM campaigns c LEFT JOIN score_sheets s ON "
                                 "s.campaign_id = c.id WHERE c.code = ? ORDER BY s.subject_code, s.period"));
    query.addBindValue(campaignCode);
    if (!query.exec()) {
        *error = tr("The score sheets of the campaign %1 cannot be read: %2")
                     .arg(campaignCode, query.lastError().text());
        return std::nullopt;
    }
    bool found = false;
    QList<qint64> ids;
    while (query.next()) {
        found = true;
        if (!query.value(1).isNull()) {
            ids.append(query.value(1).toLongLong());
        }
    }
    if (!found) {
        *error = tr("There is no campaign %1 in the database.").arg(campaignCode);
        return std::nullopt;
    }
    return ids;
}

bool SheetPrintoutSource::loadUnits(QString* error)
{
    if (m_unitsLoaded) {
        return true;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, code, name, kind, COALESCE(parent_id, 0) FROM units"))) {
        *error = tr("The units of the catalogue cannot be read: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        m_units.insert(id,
                       {query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong()});
        m_unitIds.insert(query.value(1).toString(), id);
    }
    m_unitsLoaded = true;
    return true;
}

qint64 SheetPrintoutSource::agencyOf(qint64 unitId) const
{
    qint64 id = unitId;
    // A bounded walk: a damaged catalogue with a cycle stops instead of looping.
    for (int depth = 0; depth < 16 && m_units.contains(id); ++depth) {
        const Unit& unit = m_units[id];
        if (!isOffice(unit.kind) || !m_units.contains(unit.parentId)) {
            return id;
        }
        id = unit.parentId;
    }
    return unitId;
}

bool SheetPrintoutSource::fillSubject(SheetPrintoutData* data, QString* error)
{
    if (!loadUnits(error)) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT full_name, position, COALESCE(unit_id, 0) FROM people WHERE code = ?"));
    query.addBindValue(data->self.subject.id);
    if (!query.exec()) {
        *error = tr("The person of the score sheet cannot be read: %1").arg(query.lastError().text());
        return false;
    }
    qint64 agency = 0;
    if (query.next()) {
        data->subjectIsUnit = false;
        if (data->subjectName.isEmpty()) {
            data->subjectName = query.value(0).toString();
        }
        data->position = query.value(1).toString();
        const qint64 unit = query.value(2).toLongLong();
        data->unitName = m_units.value(unit).name;
        agency = agencyOf(unit);
    } else if (m_unitIds.contains(data->self.subject.id)) {
        data->subjectIsUnit = true;
        agency = m_unitIds.value(data->self.subject.id);
        if (data->subjectName.isEmpty()) {
            data->subjectName = m_units.value(agency).name;
        }
    }
    if (m_units.contains(agency)) {
        data->agencyName = m_units.value(agency).name;
        data->parentAgencyName = m_units.value(m_units.value(agency).parentId).name;
    }
    return true;
}

bool SheetPrintoutSource::fillValues(qint64 sheetId, qint64 campaignId, SheetPrintoutData* data,
                                     QString* error)
{
    QString detail;
    const auto rows = SheetValueStore::readAll(m_db, sheetId, &detail);
    if (!rows) {
        *error = tr("The values of the score sheet cannot be read: %1").arg(detail);
        return false;
    }
    const Stage headStage = rows->values.value(Stage::Final).isEmpty() ? Stage::Appraised : Stage::Final;
    const SheetScorer scorer(data->set);
    for (const Stage stage : {Stage::Self, headStage}) {
        if (stage != Stage::Self && rows->values.value(stage).isEmpty()) {
            continue;
        }
        QJsonArray flags;
        for (const QString& flag : data->self.flags) {
            flags.append(flag);
        }
        // The stored values are read as a sheet document would be, with the same checks.
        QJsonObject document{
            {QStringLiteral("format"), QLatin1String(ScoreSheet::FormatName)},
            {QStringLiteral("criteria"), data->set.id},
            {QStringLiteral("subject"), QJsonObject{{QStringLiteral("id"), data->self.subject.id}}},
            {QStringLiteral("flags"), flags},
            {QStringLiteral("values"), rows->values.value(stage)}};
        ValidationIssues issues;
        ScoreSheet read = ScoreSheetReader::fromObject(document, &issues);
        issues += scorer.check(read);
        if (ValidationIssue::hasErrors(issues)) {
            const auto issue = std::find_if(issues.cbegin(), issues.cend(),
                                            [](const ValidationIssue& i) { return i.isError(); });
            *error = tr("The stored score sheet %1 does not fit its criteria set: %2")
                         .arg(sheetId)
                         .arg(issue->toText());
            return false;
        }
        ScoreSheet& target = stage == Stage::Self ? data->self : data->appraised.emplace(data->self);
        target.stage = stage;
        target.values = read.values;
        target.valueOrder = read.valueOrder;
    }
    QStringList relative;
    for (const int leaf : data->set.leaves()) {
        if (data->set.node(leaf).method.type == MethodType::Relative) {
            relative.append(data->set.node(leaf).code);
        }
    }
    if (relative.isEmpty()) {
        return true;
    }
    const auto others = SheetValueStore::otherBests(m_db, campaignId, sheetId, relative, &detail);
    if (!others) {
        *error = tr("The other sheets of the campaign cannot be read: %1").arg(detail);
        return false;
    }
    data->selfBests = bestsFor(data->set, *others, data->self);
    if (data->appraised) {
        data->appraisedBests = bestsFor(data->set, *others, *data->appraised);
    }
    return true;
}

bool SheetPrintoutSource::loadStageReasons(qint64 campaignId, QString* error)
{
    if (m_reasonCampaigns.contains(campaignId)) {
        return true;
    }
    // An appraisal saved whole (an import, the demo) is one audit entry of the sheet whose new
    // value holds the stage and every value; a value written alone (the form) names its code,
    // and its reason is kept with the value. One pass over the trail for the whole campaign.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT s.uuid, a.reason, a.new_value FROM score_sheets s JOIN audit_log a "
                       "ON a.entity_uuid IN %1 WHERE s.campaign_id = ? AND a.entity = 'score_sheets' "
                       "AND a.action = 'score' AND a.reason <> '' ORDER BY a.id")
            .arg(AdoptedRows::auditUuids(QStringLiteral("score_sheets"), QStringLiteral("s.uuid"))));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        *error = tr("The audit trail cannot be read: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        const QJsonObject after = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        if (after.contains(QStringLiteral("code"))) {
            continue;
        }
        const auto stage = Stages::fromName(after.value(QStringLiteral("stage")).toString());
        StageReasons& reasons = m_stageReasons[query.value(0).toString()];
        if (stage == Stage::Appraised) {
            reasons.appraised = query.value(1).toString();
        } else if (stage == Stage::Final) {
            reasons.final = query.value(1).toString();
        }
    }
    m_reasonCampaigns.insert(campaignId);
    return true;
}

bool SheetPrintoutSource::fillComments(qint64 sheetId, qint64 campaignId, const QString& uuid,
                                       SheetPrintoutData* data, QString* error)
{
    if (!loadStageReasons(campaignId, error)) {
        return false;
    }
    const StageReasons whole = m_stageReasons.value(uuid);
    for (const QString& reason : {whole.appraised, whole.final}) {
        if (!reason.isEmpty()) {
            data->comments.append({QString(), reason});
        }
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT code, stage, change_reason FROM sheet_values WHERE sheet_id = ? AND "
                                 "stage <> 'self' AND change_reason <> ''"));
    query.addBindValue(sheetId);
    if (!query.exec()) {
        *error = tr("The values of the score sheet cannot be read: %1").arg(query.lastError().text());
        return false;
    }
    QHash<QString, QStringList> byCode;
    while (query.next()) {
        // The appraisal's reason, then the final stage's, when both changed a criterion.
        QStringList& reasons = byCode[query.value(0).toString()];
        const QString reason = query.value(2).toString();
        if (!reasons.contains(reason)) {
            Stages::fromName(query.value(1).toString()) == Stage::Final ? reasons.append(reason)
                                                                        : reasons.prepend(reason);
        }
    }
    for (const Criterion& node : data->set.nodes()) {
        for (const QString& reason : byCode.value(node.code)) {
            data->comments.append({node.code, reason});
        }
    }
    QString detail;
    const auto comments = CommentStore::list(m_db, sheetId, QString(), &detail);
    if (!comments) {
        *error = tr("The comments of the score sheet cannot be read: %1").arg(detail);
        return false;
    }
    for (const SheetComment& comment : *comments) {
        data->comments.append({comment.leafCode, comment.body});
    }
    return true;
}

bool SheetPrintoutSource::fillDecision(qint64 campaignId, SheetPrintoutData* data, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT grade, is_override, reason, approver FROM grade_decisions WHERE "
                                 "campaign_id = ? AND subject_code = ?"));
    query.addBindValue(campaignId);
    query.addBindValue(data->self.subject.id);
    if (!query.exec()) {
        *error = tr("The grade decided for the subject cannot be read: %1").arg(query.lastError().text());
        return false;
    }
    if (query.next()) {
        data->decision = SheetPrintoutDecision{query.value(0).toString(), query.value(1).toInt() != 0,
                                               query.value(2).toString(), query.value(3).toString()};
    }
    return true;
}

std::optional<SheetPrintoutData> SheetPrintoutSource::load(qint64 sheetId, QString* error)
{
    QString detail;
    auto context = SheetContextStore::load(m_db, sheetId, &detail, &m_sets);
    if (!context) {
        *error = tr("The score sheet cannot be printed: %1.").arg(detail);
        return std::nullopt;
    }
    const qint64 campaignId = context->campaign.id;
    SheetPrintoutData data;
    data.set = std::move(context->criteriaSet);
    data.campaignTitle = context->campaign.title;
    data.self.criteriaId = data.set.id;
    data.self.subject = context->subject;
    data.subjectName = data.self.subject.name;
    data.self.period = context->period;
    data.self.flags = context->flags;
    if (!fillValues(sheetId, campaignId, &data, error) || !fillSubject(&data, error)
        || !fillComments(sheetId, campaignId, context->uuid, &data, error)
        || (context->campaign.periods.size() <= 1 && !fillDecision(campaignId, &data, error))) {
        return std::nullopt;
    }
    return data;
}

} // namespace danhgia
