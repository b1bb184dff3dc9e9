#pragma once

#include "numbers/Decimal.h"

#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// How a leaf criterion turns the value of a score sheet into points (scoring contract, section 2).
enum class MethodType
{
    Points,
    YesNo,
    Levels,
    Ratio,
    Linear,
    Deduct,
    Relative,
    Tasks,
};

// What a ratio or linear leaf scores when nothing arose in the period (total = 0).
enum class WhenNone
{
    Full,
    Zero,
    Exclude,
};

enum class EvidenceRule
{
    None,
    Optional,
    Required,
};

struct LevelOption
{
    QString title;
    Decimal points;
};

struct RatioBand
{
    Decimal from;
    Decimal points;
};

struct LeafMethod
{
    MethodType type = MethodType::Points;
    Decimal step = Decimal::fromUnits(100); // points: 0.01
    QList<LevelOption> levels; // levels
    QList<RatioBand> bands; // ratio, sorted by `from` descending
    WhenNone whenNone = WhenNone::Full; // ratio, linear
    Decimal perItem; // deduct
    Decimal limit; // deduct
    Decimal deduction = Decimal::fromUnits(2500); // tasks: 0.25

    static QString typeName(MethodType type);
    static std::optional<MethodType> typeFromName(const QString& name);
    static QString whenNoneName(WhenNone whenNone);
    static std::optional<WhenNone> whenNoneFromName(const QString& name);
    static QString evidenceName(EvidenceRule rule);
    static std::optional<EvidenceRule> evidenceFromName(const QString& name);
};

// One node of a criteria tree: a group (with children) or a leaf (with a method).
// Nodes live in CriteriaSet in pre-order; children and parent are indexes into that list.
struct Criterion
{
    QString code;
    QString title;
    Decimal max;
    Decimal floor;
    bool isGroup = false;
    int parent = -1;
    int depth = 0;
    QList<int> children;
    LeafMethod method;
    EvidenceRule evidence = EvidenceRule::None;
    bool naAllowed = false;
    QString jsonPath; // where the node stands in its file, e.g. criteria[0].children[1]

    // The most points the leaf can give: its max, or 0 for a deduction leaf.
    Decimal leafMax() const { return method.type == MethodType::Deduct ? Decimal() : max; }
};

} // namespace danhgia
