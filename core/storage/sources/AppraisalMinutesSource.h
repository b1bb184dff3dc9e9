#pragma once

#include "documentdata/AppraisalMinutesInput.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// The appraisal minutes' input for one stored score sheet (the desktop app prints them from the
// database): the campaign's criteria set, the self-assessed and the appraised values, the best
// values of relative criteria in the campaign (as the sheet form and the results score them),
// and the appraiser's reason for each changed criterion: the one typed with the value in the
// sheet form, else the reason the audit trail recorded with the change (AppraisalReasonTrail).
// The council's members and conclusion are not stored with a sheet: the caller adds them.
class AppraisalMinutesSource
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalMinutesSource)

public:
    // The sheet of unit `subjectCode` in the campaign for `period`; an empty period finds the
    // unit's only sheet in the campaign. Empty with `error` set when there is none (or several).
    static std::optional<qint64> findSheet(QSqlDatabase& db, const QString& campaignCode,
                                           const QString& subjectCode, const QString& period, QString* error);

    // The sheets of the campaign that have appraised values, by unit and period: those whose
    // appraisal minutes can be printed. Empty with `error` when there is no such campaign.
    static std::optional<QList<qint64>> appraisedSheets(QSqlDatabase& db, const QString& campaignCode,
                                                        QString* error);

    // Empty with `error` set when the sheet cannot be read or has no appraised values yet.
    static std::optional<AppraisalMinutesInput> load(Database& db, qint64 sheetId, QString* error);
};

} // namespace danhgia
