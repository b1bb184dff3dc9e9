#pragma once

#include <QCoreApplication>
#include <QString>

namespace danhgia {

class Database;

// The demo database of `danhgia --demo`: what an officer would find after a few months of
// work, written through the same stores as real work (so outbox and audit trail are filled):
// - the province of Lạng Sơn with six departments, two communes and two offices;
// - 40 civil servants with three months (09–11/2026) of monthly scores under Decree 335/2025,
//   September and October approved, November spread over every workflow state;
// - the 2026 PAR-index campaign of the departments and communes: self-assessed sheets with
//   evidence files, some appraised with changed scores and reasons, and a survey;
// - an interview council (sát hạch) with members' scores, one candidate needing a dialogue;
// - the document settings of the Sở Nội vụ (who signs, the basis, the recipients), so that its
//   printed reports and decisions look like real ones.
// The content is fixed: the same demo on every machine.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    static constexpr const char* StaffCampaign = "CCVC-2026-Q4";
    static constexpr const char* ParCampaign = "CCHC-2026";

    // Fills an empty, open database. Refuses a database that already has units.
    static bool populate(Database& db, QString* error);
    // Creates the file (which must not exist) and fills it.
    static bool create(const QString& path, QString* error);
};

} // namespace danhgia
