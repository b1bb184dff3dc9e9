#include "sync/WireReferences.h"

namespace danhgia {

QStringList WireReferences::entities()
{
    return SyncedEntities::all();
}

QList<WireReferences::Reference> WireReferences::of(const QString& entity)
{
    return SyncedEntities::references(entity);
}

QStringList WireReferences::appliedEntities()
{
    return {QStringLiteral("units"),
            QStringLiteral("people"),
            QStringLiteral("document_settings"),
            QStringLiteral("criteria_sets"),
            QStringLiteral("campaigns"),
            QStringLiteral("surveys"),
            QStringLiteral("survey_responses"),
            QStringLiteral("grade_decisions"),
            QStringLiteral("appraisal_councils"),
            QStringLiteral("score_sheets"),
            QStringLiteral("evidence_files"),
            QStringLiteral("comments"),
            QStringLiteral("council_sessions"),
            QStringLiteral("council_examinations"),
            QStringLiteral("person_flags"),
            QStringLiteral("quota_ceilings")};
}

} // namespace danhgia
