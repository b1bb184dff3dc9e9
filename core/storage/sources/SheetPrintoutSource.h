#pragma once

#include "documentdata/SheetPrintoutData.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// Reads what SheetPrintout prints for one stored score sheet: its campaign's criteria set, the
// values of the self-assessment and of the appraisal (the final stage when there is one), the
// best values of relative leaves in the campaign, who is assessed (a person of the catalogue with
// position, unit and agency, or a unit and the agency above it), the appraiser's reasons (the
// reason given with an appraisal saved whole, each changed criterion's reason, the comments) and
// the grade decided for the subject when the campaign has a single period (a decision of a
// campaign of several periods is about all of them, not one period's sheet).
//
// A source keeps the criteria sets, the catalogue's units and the audit trail's reasons it has
// read, so that a batch of sheets reads each of them once: use one source for one print run, on
// the thread that owns the connection.
class SheetPrintoutSource
{
    Q_DECLARE_TR_FUNCTIONS(SheetPrintoutSource)

public:
    explicit SheetPrintoutSource(QSqlDatabase& db);

    // Nothing, with `error` set, when the sheet is not in the database or cannot be read.
    std::optional<SheetPrintoutData> load(qint64 sheetId, QString* error);

    // The sheets of a campaign, by subject code and period; `error` set when the campaign is
    // unknown.
    std::optional<QList<qint64>> campaignSheets(const QString& campaignCode, QString* error);

private:
    struct Unit
    {
        QString name;
        QString kind;
        qint64 parentId = 0;
    };
    // The reasons given with appraisals saved whole, by sheet UUID: the latest of each stage.
    struct StageReasons
    {
        QString appraised;
        QString final;
    };

    bool loadUnits(QString* error);
    bool loadStageReasons(qint64 campaignId, QString* error);
    bool fillSubject(SheetPrintoutData* data, QString* error);
    bool fillValues(qint64 sheetId, qint64 campaignId, SheetPrintoutData* data, QString* error);
    bool fillComments(qint64 sheetId, qint64 campaignId, const QString& uuid, SheetPrintoutData* data,
                      QString* error);
    bool fillDecision(qint64 campaignId, SheetPrintoutData* data, QString* error);
    // The agency of a unit: itself, or the nearest unit above it that is not an office.
    qint64 agencyOf(qint64 unitId) const;

    QSqlDatabase& m_db;
    QHash<qint64, CriteriaSet> m_sets; // by row
    QHash<qint64, Unit> m_units;
    QHash<QString, qint64> m_unitIds; // by code
    bool m_unitsLoaded = false;
    QHash<QString, StageReasons> m_stageReasons;
    QSet<qint64> m_reasonCampaigns; // campaigns whose reasons are read
};

} // namespace danhgia
