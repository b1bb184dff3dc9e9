#pragma once

#include "numbers/Decimal.h"
#include "workflow/Stage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// The SQL of SheetEditor: reads every stored row of a sheet and the best relative values of the
// other sheets of its campaign; reads what one leaf holds at a stage and its baseline, and writes
// one value (or removes it) with the sheet's revision, the outbox and the audit trail, in the
// caller's transaction. The rules (who may write what, when, and with which reason) are
// SheetEditor's; this class only reads and stores.
class SheetValueStore
{
    Q_DECLARE_TR_FUNCTIONS(SheetValueStore)

public:
    // One leaf at one stage as stored: its value (LeafValue::toJson) and reason for a change.
    struct Stored
    {
        bool present = false;
        QJsonObject value;
        QString reason;
    };

    // What a write needs to know first. The baseline stage is Stages::baselineOf() the stage.
    struct Snapshot
    {
        bool stageEmpty = true; // the stage has no value for any leaf yet
        Stage baselineStage = Stage::Self;
        Stored current;
        Stored baseline;
    };

    // Every row of a sheet in `sheet_values`, by stage.
    struct Rows
    {
        QMap<Stage, QJsonObject> values; // stage -> {code: value}
        QMap<Stage, QHash<QString, QString>> reasons; // stage -> code -> reason for the change
        QHash<QString, QString> explanations; // code -> explanation of the self-assessment
    };
    static std::optional<Rows> readAll(QSqlDatabase& db, qint64 sheetId, QString* error);
    // The values of one stage of the sheet: {code: value}.
    static std::optional<QJsonObject> stageValues(QSqlDatabase& db, qint64 sheetId, Stage stage,
                                                  QString* error);

    // The largest {"value": v} of each of `codes` among the campaign's sheets other than
    // `sheetId`, each sheet with the values of its most advanced stage (as results see them).
    static std::optional<QHash<QString, Decimal>>
    otherBests(QSqlDatabase& db, qint64 campaignId, qint64 sheetId, const QStringList& codes, QString* error);

    static std::optional<Snapshot> read(QSqlDatabase& db, qint64 sheetId, Stage stage, const QString& code,
                                        QString* error);

    // Writes `after` (absent: removes the row; the explanation goes with it). When the stage is
    // empty and a value is written, every value of the baseline stage is copied first (`seeded`).
    // Nothing is written or recorded when nothing changes.
    static bool write(QSqlDatabase& db, qint64 sheetId, Stage stage, const QString& code,
                      const Snapshot& snapshot, const Stored& after, const QString& actor, bool* seeded,
                      QString* error);
};

} // namespace danhgia
