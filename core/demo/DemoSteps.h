#pragma once

#include "criteria/CriteriaSet.h"
#include "scoring/ScoreSheet.h"
#include "services/CampaignSetup.h"
#include "workflow/SheetState.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace danhgia {

class Database;
class DemoSheetValues;

// The steps the demo data is made of, each through the same stores as real work.
class DemoSteps
{
    Q_DECLARE_TR_FUNCTIONS(DemoSteps)

public:
    // Who did the demo's work, as the audit trail records it ("Name (role)").
    static QString appraiser();
    static QString chair();
    static QString unitHead();
    static QString administrator();
    static QString selfAssessor(const QString& name);

    // Stores a built-in criteria set (":/criteria/…"), for creating a campaign of it.
    static std::optional<CampaignSetup> importSet(Database& db, const QString& resource, QString* error);
    // Moves a stored sheet through the workflow up to `target`, each step by the role that
    // makes it (the self-assessor submits, the appraiser appraises, the chair approves).
    static bool advance(Database& db, qint64 sheetId, SheetState from, SheetState target,
                        const QString& selfActor, QString* error);
    // Stores the appraised stage: the self values with up to `changes` leaves lowered, each
    // with a reason. Returns the codes changed.
    static std::optional<QStringList> appraise(Database& db, DemoSheetValues& values, qint64 campaignId,
                                               const CriteriaSet& set, ScoreSheet sheet, int changes,
                                               QString* error);
};

} // namespace danhgia
