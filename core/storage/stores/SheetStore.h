#pragma once

#include "scoring/ScoreSheet.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace danhgia {

// Score sheets of a campaign in the database: one row per subject and period, with the values
// of each stage (self, appraised, final) per leaf. Saving a stage replaces that stage's values
// and records the change (old and new values) in the outbox and the audit trail.
class SheetStore
{
    Q_DECLARE_TR_FUNCTIONS(SheetStore)

public:
    // The agency of a sheet's subject, for the quota counted per unit: the person's unit, or the
    // unit itself when the sheet assesses a unit (as the queue shows it). The joins, for a query
    // over `score_sheets s`, and the column they give ('' when the subject is not in the catalogue).
    static constexpr const char* SubjectUnitJoins
        = "LEFT JOIN people sp ON sp.code = s.subject_code LEFT JOIN units spu ON spu.id = sp.unit_id "
          "LEFT JOIN units ssu ON ssu.code = s.subject_code AND sp.id IS NULL ";
    static constexpr const char* SubjectUnitColumn = "COALESCE(spu.code, ssu.code, '')";

    // Stores `sheet` (its stage, flags and values, each with its reason for a change from
    // sheet.reasons) in a campaign; returns the sheet row id.
    static std::optional<qint64> save(QSqlDatabase& db, qint64 campaignId, const ScoreSheet& sheet,
                                      const QString& actor, const QString& reason, QString* error);

    // The explanation (giải trình) of a self-assessed leaf, written instead of evidence.
    static bool setExplanation(QSqlDatabase& db, qint64 sheetId, const QString& code, const QString& text,
                               const QString& actor, QString* error);

    // The sheets of a campaign with, for each, the values of its most advanced stage
    // (final, else appraised, else self): what the results are computed from. The subject's unit
    // is its agency in the catalogue (SubjectUnitColumn).
    static std::optional<QList<ScoreSheet>> loadEffective(QSqlDatabase& db, qint64 campaignId,
                                                          const QString& criteriaId, QString* error);
};

} // namespace danhgia
