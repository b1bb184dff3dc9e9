#include "criteria/Criterion.h"

#include <array>
#include <utility>

namespace danhgia {

namespace {

const std::array<std::pair<MethodType, const char*>, 8> MethodNames{{
    {MethodType::Points, "points"},
    {MethodType::YesNo, "yes_no"},
    {MethodType::Levels, "levels"},
    {MethodType::Ratio, "ratio"},
    {MethodType::Linear, "linear"},
    {MethodType::Deduct, "deduct"},
    {MethodType::Relative, "relative"},
    {MethodType::Tasks, "tasks"},
}};

const std::array<std::pair<WhenNone, const char*>, 3> WhenNoneNames{{
    {WhenNone::Full, "full"},
    {WhenNone::Zero, "zero"},
    {WhenNone::Exclude, "exclude"},
}};

const std::array<std::pair<EvidenceRule, const char*>, 3> EvidenceNames{{
    {EvidenceRule::None, "none"},
    {EvidenceRule::Optional, "optional"},
    {EvidenceRule::Required, "required"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& entry : table) {
        if (entry.first == value) {
            return QString::fromLatin1(entry.second);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& name)
{
    for (const auto& entry : table) {
        if (name == QLatin1String(entry.second)) {
            return entry.first;
        }
    }
    return std::nullopt;
}

} // namespace

QString LeafMethod::typeName(MethodType type)
{
    return nameOf(MethodNames, type);
}

std::optional<MethodType> LeafMethod::typeFromName(const QString& name)
{
    return valueOf(MethodNames, name);
}

QString LeafMethod::whenNoneName(WhenNone whenNone)
{
    return nameOf(WhenNoneNames, whenNone);
}

std::optional<WhenNone> LeafMethod::whenNoneFromName(const QString& name)
{
    return valueOf(WhenNoneNames, name);
}

QString LeafMethod::evidenceName(EvidenceRule rule)
{
    return nameOf(EvidenceNames, rule);
}

std::optional<EvidenceRule> LeafMethod::evidenceFromName(const QString& name)
{
    return valueOf(EvidenceNames, name);
}

} // namespace danhgia
