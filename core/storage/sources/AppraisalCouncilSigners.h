#pragma once

#include "documentdata/DocumentSettings.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// Who signs the appraisal minutes for the appraisal council of a campaign: the chair (on the
// right) and the secretary (on the left). The council is the same for every unit it appraises,
// so the last ones typed for the minutes of one unit are kept for the campaign (in the database,
// AppraisalCouncilStore) and the next minutes of the same council start with them.
class AppraisalCouncilSigners
{
public:
    // `base` with the stored chair and secretary of the campaign's council over it (as they
    // are when nothing is stored).
    static std::optional<DocumentSettings> load(QSqlDatabase& db, const QString& campaignCode,
                                                const DocumentSettings& base, QString* error);
    // Keeps the chair and the secretary of `settings` for the campaign's council; recorded in the
    // outbox and the audit trail under `actor`.
    static bool save(Database& db, const QString& campaignCode, const DocumentSettings& settings,
                     const QString& actor, QString* error);
    // The JSON of the council's part of `settings`: {"chair": {...}, "secretary": {...}}.
    static QJsonObject councilFields(const DocumentSettings& settings);
};

} // namespace danhgia
