#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/ValidationIssue.h"
#include "scoring/ScoreSheet.h"
#include "stores/CampaignStore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// A campaign created with its score sheets, through the stores (outbox and audit trail): what the
// CLI's `import sheets` and the demo do. The campaign takes the kind of its criteria set, the set's
// title unless it names its own, and the periods it names followed by those of its sheets; a
// campaign of the same code that exists already gets the periods it lacks (CampaignStore::ensure).
// Every sheet must fit the set (SheetScorer::check): a sheet that does not is refused before
// anything is written. Works in the caller's transaction, when there is one.
class CampaignSetup
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSetup)

public:
    // For campaigns of the criteria set stored at `setRowId`; nothing, with `error` set, when it
    // cannot be read.
    static std::optional<CampaignSetup> forCriteriaSet(QSqlDatabase& db, qint64 setRowId, QString* error);

    const CriteriaSet& criteriaSet() const { return m_set; }
    // What does not fit the set in `sheet` (nothing is written).
    ValidationIssues check(const ScoreSheet& sheet) const;

    // Creates the campaign `campaign.code` (its title, periods, deadline and approvers as given;
    // its kind and criteria set from the set) and stores `sheets` in it, each by `actor`.
    std::optional<CampaignRecord> create(const CampaignRecord& campaign, const QList<ScoreSheet>& sheets,
                                         const QString& actor, QString* error);
    // Stores one more sheet in the campaign created last, by `actor` with `reason` in the audit
    // trail; returns its row.
    std::optional<qint64> addSheet(const ScoreSheet& sheet, const QString& actor, const QString& reason,
                                   QString* error);

private:
    CampaignSetup(QSqlDatabase& db, qint64 setRowId, CriteriaSet set);
    QString misfit(const ScoreSheet& sheet) const;

    QSqlDatabase* m_db;
    qint64 m_setRowId = 0;
    CriteriaSet m_set;
    qint64 m_campaignId = 0;
};

} // namespace danhgia
