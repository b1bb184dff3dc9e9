#pragma once

#include "numbers/Decimal.h"
#include "workflow/Stage.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// One work item of a `tasks` criterion (Decree 335/2025 task results).
struct TaskItem
{
    QString title;
    Decimal weight = Decimal::fromInt(1);
    bool done = false;
    qint64 qualityFailures = 0;
    qint64 delays = 0;
    bool excused = false;
};

// The value a score sheet gives for one leaf criterion. Which fields count depends on the
// leaf's method; `kind` says which form the sheet used.
struct LeafValue
{
    enum class Kind
    {
        NotApplicable, // {"na": true}
        Points, // {"points": x}
        YesNo, // {"yes": bool}
        Level, // {"level": i}
        Ratio, // {"done": n, "total": d}
        Count, // {"count": k}
        Value, // {"value": v}
        Tasks, // {"items": [...]}
    };

    Kind kind = Kind::Points;
    Decimal number; // points or value
    bool yes = false;
    qint64 level = 0;
    qint64 done = 0;
    qint64 total = 0;
    qint64 count = 0;
    QList<TaskItem> items;

    static QString kindName(Kind kind);
    // The value as a sheet file writes it ({"done": 9, "total": 10}, ...).
    static QJsonObject toJson(const LeafValue& value);
};

struct SheetSubject
{
    QString id;
    QString name;
    QString group; // the group with similar tasks
    QString unit; // the agency the subject belongs to (the quota may count per agency)
};

// A score sheet ("danhgia.scores/1"): the values one subject was given for one period and stage.
class ScoreSheet
{
public:
    static constexpr const char* FormatName = "danhgia.scores/1";

    QString criteriaId;
    SheetSubject subject;
    std::optional<QString> period;
    Stage stage = Stage::Self;
    QStringList flags;
    QHash<QString, LeafValue> values;
    QStringList valueOrder; // codes in the order they were set (a JSON file gives them sorted by code)
    // The appraiser's reason for a value that differs from the self-assessment, by criterion code
    // (a value's optional "reason" in a sheet file). Documents print it; scoring ignores it.
    QHash<QString, QString> reasons;

    void setValue(const QString& code, const LeafValue& value);
    QJsonObject toJson() const;
};

} // namespace danhgia
