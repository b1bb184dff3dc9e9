#pragma once

#include "criteria/CriteriaSet.h"
#include "scoring/ScoreSheet.h"
#include "stores/CampaignStore.h"
#include "workflow/SheetState.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// What a stored score sheet belongs to: its own row (subject, period, state, flags), its campaign
// (who approves it: campaign.policy()) and the campaign's criteria set.
struct SheetContext
{
    qint64 sheetId = 0;
    QString uuid;
    SheetSubject subject;
    std::optional<QString> period; // empty when the campaign has no periods
    SheetState state = SheetState::Draft;
    QStringList flags;
    CampaignRecord campaign;
    CriteriaSet criteriaSet;
};

// The one place that follows a sheet to its campaign and criteria set (score_sheets → campaigns →
// criteria_sets): the sheet editor, the workflow, evidence and the printed sheet all start here.
class SheetContextStore
{
    Q_DECLARE_TR_FUNCTIONS(SheetContextStore)

public:
    // Nothing, with `error` set, when the sheet is not in the database, has an unknown state, or
    // its criteria set cannot be read. `sets`, when given, keeps the criteria sets read by their
    // row, so that a batch of sheets reads each set once.
    static std::optional<SheetContext> load(QSqlDatabase& db, qint64 sheetId, QString* error,
                                            QHash<qint64, CriteriaSet>* sets = nullptr);
};

} // namespace danhgia
