#include "SyncedEntities.h"

#include <QHash>

namespace danhgia {

namespace {

SyncedEntities::Reference wireReference(const char* local, const char* wire, const char* entity,
                                        bool optional = false)
{
    return {QString::fromLatin1(local), QString::fromLatin1(wire), QString::fromLatin1(entity), optional};
}

} // namespace

QStringList SyncedEntities::all()
{
    return {QStringLiteral("units"),
            QStringLiteral("people"),
            QStringLiteral("criteria_sets"),
            QStringLiteral("campaigns"),
            QStringLiteral("score_sheets"),
            QStringLiteral("evidence_files"),
            QStringLiteral("comments"),
            QStringLiteral("council_sessions"),
            QStringLiteral("surveys"),
            QStringLiteral("survey_responses"),
            QStringLiteral("grade_decisions"),
            QStringLiteral("document_settings"),
            QStringLiteral("appraisal_councils"),
            QStringLiteral("person_flags"),
            QStringLiteral("council_examinations"),
            QStringLiteral("quota_ceilings")};
}

bool SyncedEntities::contains(const QString& entity)
{
    return all().contains(entity);
}

QString SyncedEntities::title(const QString& entity)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("units"), QT_TRANSLATE_NOOP("SyncedEntities", "Unit")},
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("SyncedEntities", "Person")},
        {QStringLiteral("criteria_sets"), QT_TRANSLATE_NOOP("SyncedEntities", "Criteria set")},
        {QStringLiteral("campaigns"), QT_TRANSLATE_NOOP("SyncedEntities", "Campaign")},
        {QStringLiteral("score_sheets"), QT_TRANSLATE_NOOP("SyncedEntities", "Score sheet")},
        {QStringLiteral("evidence_files"), QT_TRANSLATE_NOOP("SyncedEntities", "Evidence file")},
        {QStringLiteral("comments"), QT_TRANSLATE_NOOP("SyncedEntities", "Comment")},
        {QStringLiteral("council_sessions"), QT_TRANSLATE_NOOP("SyncedEntities", "Council")},
        {QStringLiteral("surveys"), QT_TRANSLATE_NOOP("SyncedEntities", "Survey")},
        {QStringLiteral("survey_responses"), QT_TRANSLATE_NOOP("SyncedEntities", "Survey response")},
        {QStringLiteral("grade_decisions"), QT_TRANSLATE_NOOP("SyncedEntities", "Grade decision")},
        {QStringLiteral("document_settings"), QT_TRANSLATE_NOOP("SyncedEntities", "Document settings")},
        {QStringLiteral("appraisal_councils"), QT_TRANSLATE_NOOP("SyncedEntities", "Appraisal council")},
        {QStringLiteral("person_flags"), QT_TRANSLATE_NOOP("SyncedEntities", "Fact affecting a grade")},
        {QStringLiteral("council_examinations"),
         QT_TRANSLATE_NOOP("SyncedEntities", "Interview examination")},
        {QStringLiteral("quota_ceilings"), QT_TRANSLATE_NOOP("SyncedEntities", "Raised quota ceiling")}};
    const auto found = titles.constFind(entity);
    return found == titles.constEnd() ? entity : tr(found.value());
}

QList<SyncedEntities::Reference> SyncedEntities::references(const QString& entity)
{
    if (entity == QLatin1String("units")) {
        return {wireReference("parent_id", "parent_uuid", "units", true)};
    }
    if (entity == QLatin1String("people") || entity == QLatin1String("document_settings")) {
        return {wireReference("unit_id", "unit_uuid", "units")};
    }
    if (entity == QLatin1String("campaigns")) {
        return {wireReference("criteria_set_id", "criteria_set_uuid", "criteria_sets")};
    }
    if (entity == QLatin1String("evidence_files") || entity == QLatin1String("comments")) {
        return {wireReference("sheet_id", "sheet_uuid", "score_sheets")};
    }
    if (entity == QLatin1String("survey_responses")) {
        return {wireReference("survey_id", "survey_uuid", "surveys"),
                wireReference("unit_id", "unit_uuid", "units")};
    }
    if (entity == QLatin1String("score_sheets") || entity == QLatin1String("council_sessions")
        || entity == QLatin1String("surveys") || entity == QLatin1String("grade_decisions")
        || entity == QLatin1String("appraisal_councils") || entity == QLatin1String("person_flags")
        || entity == QLatin1String("quota_ceilings")) {
        // A ceiling names its unit by code (unit_code), a flag its person (person_code), as a grade
        // decision names its subject: no local id.
        return {wireReference("campaign_id", "campaign_uuid", "campaigns")};
    }
    if (entity == QLatin1String("council_examinations")) {
        return {wireReference("council_id", "council_uuid", "council_sessions")};
    }
    return {};
}

} // namespace danhgia
