#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// The reasons for appraised values as the audit trail recorded them. The sheet form stores a
// reason with each appraised value it changes (sheet_values.change_reason); an appraisal saved
// a whole stage at a time (SheetStore::save: imports, the demo) has one reason for the whole
// change, in the audit trail only. For those, each criterion takes the reason of the last change
// of the appraised stage that changed its value.
class AppraisalReasonTrail
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalReasonTrail)

public:
    // Criterion code → reason, for the score sheet `sheetId`; codes without one are left out.
    static std::optional<QHash<QString, QString>> load(QSqlDatabase& db, qint64 sheetId, QString* error);
};

} // namespace danhgia
