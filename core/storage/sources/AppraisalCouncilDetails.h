#pragma once

#include "councils/AppraisalCouncil.h"
#include "documentdata/AppraisalMinutesInput.h"
#include "documentdata/DocumentSettings.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// The appraisal council of a campaign as set up in the app (Hội đồng thẩm định: founding decision,
// members and who is present, the conclusion), kept in the campaign's row of AppraisalCouncilStore
// beside the chair and secretary who sign its minutes (AppraisalCouncilSigners): each keeps the
// other's fields. applyTo() puts the council into the minutes of a unit.
class AppraisalCouncilDetails
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalCouncilDetails)

public:
    // The stored council of the campaign; an empty one when none is set up yet.
    static std::optional<AppraisalCouncil> load(QSqlDatabase& db, const QString& campaignCode,
                                                QString* error);
    // Stores the council after checking it (AppraisalCouncil::problems, one per line) and that the
    // role may set up a council (RecordPermissions); the chair and the secretary are kept.
    static bool save(Database& db, const QString& campaignCode, const AppraisalCouncil& council, Role role,
                     const QString& actor, QString* error);
    // The members (present or absent) and the conclusion into `input`, the founding decision as
    // the first basis line of `settings` (unless the basis names it already). A council without
    // members changes nothing.
    static void applyTo(const AppraisalCouncil& council, AppraisalMinutesInput* input,
                        DocumentSettings* settings);
};

} // namespace danhgia
