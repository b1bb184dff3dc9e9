#include "demo/DemoSheetValues.h"

#include <algorithm>

namespace danhgia {

DemoSheetValues::DemoSheetValues(unsigned seed)
    : m_random(seed)
{ }

int DemoSheetValues::between(int low, int high)
{
    // std::uniform_int_distribution differs between standard libraries; the demo must not.
    const auto span = static_cast<unsigned>(high - low + 1);
    return low + static_cast<int>(m_random() % span);
}

bool DemoSheetValues::chance(int percent)
{
    return between(1, 100) <= percent;
}

void DemoSheetValues::fill(const CriteriaSet& set, int quality, ScoreSheet& sheet)
{
    for (const Criterion& node : set.nodes()) {
        if (!node.isGroup) {
            sheet.setValue(node.code, valueFor(node, quality));
        }
    }
}

LeafValue DemoSheetValues::valueFor(const Criterion& leaf, int quality)
{
    LeafValue value;
    const LeafMethod& method = leaf.method;
    switch (method.type) {
        case MethodType::Points: {
            value.kind = LeafValue::Kind::Points;
            // Points in whole steps: most subjects get most of the maximum.
            const qint64 steps = method.step.units() > 0 ? leaf.max.units() / method.step.units() : 0;
            const qint64 low = steps * std::max(0, quality - 25) / 100;
            const qint64 high = steps * std::min(100, quality + 10) / 100;
            const qint64 taken = low + between(0, static_cast<int>(std::max<qint64>(0, high - low)));
            value.number = Decimal::fromUnits(std::min(steps, taken) * method.step.units());
            break;
        }
        case MethodType::YesNo:
            value.kind = LeafValue::Kind::YesNo;
            value.yes = chance(std::min(97, quality + 10));
            break;
        case MethodType::Levels: {
            value.kind = LeafValue::Kind::Level;
            // Level 0 is the best; weaker subjects slip a level now and then.
            const int count = static_cast<int>(method.levels.size());
            int level = 0;
            while (level + 1 < count && !chance(quality)) {
                ++level;
            }
            value.level = level;
            break;
        }
        case MethodType::Ratio:
        case MethodType::Linear: {
            value.kind = LeafValue::Kind::Ratio;
            value.total = between(4, 120);
            const int percent = std::clamp(quality + between(-15, 12), 30, 100);
            value.done = std::min<qint64>(value.total, value.total * percent / 100);
            break;
        }
        case MethodType::Deduct:
            value.kind = LeafValue::Kind::Count;
            value.count = chance(100 - quality + 10) ? between(1, 2) : 0;
            break;
        case MethodType::Relative:
            value.kind = LeafValue::Kind::Value;
            value.number = Decimal::fromInt(between(quality / 2, quality + 20));
            break;
        case MethodType::Tasks: {
            value.kind = LeafValue::Kind::Tasks;
            static const char* const Titles[] = {
                "Tham mưu kế hoạch công tác tháng", "Thẩm định hồ sơ theo phân công",
                "Tổng hợp báo cáo định kỳ",         "Giải quyết thủ tục hành chính",
                "Cập nhật cơ sở dữ liệu cán bộ",    "Soạn thảo văn bản hướng dẫn",
            };
            const int count = between(3, 6);
            for (int i = 0; i < count; ++i) {
                TaskItem item;
                item.title = QString::fromUtf8(Titles[i]);
                item.weight = Decimal::fromInt(between(1, 3));
                item.done = chance(std::min(100, quality + 8));
                item.delays = chance(100 - quality) ? 1 : 0;
                item.qualityFailures = chance((100 - quality) / 2) ? 1 : 0;
                value.items.append(item);
            }
            break;
        }
    }
    return value;
}

LeafValue DemoSheetValues::lowered(const Criterion& leaf, const LeafValue& value)
{
    LeafValue result = value;
    switch (value.kind) {
        case LeafValue::Kind::Points:
            result.number = std::max(Decimal(), value.number - leaf.method.step);
            break;
        case LeafValue::Kind::YesNo:
            result.yes = false;
            break;
        case LeafValue::Kind::Level:
            result.level = std::min<qint64>(value.level + 1, leaf.method.levels.size() - 1);
            break;
        case LeafValue::Kind::Ratio:
            result.done = std::max<qint64>(0, value.done - std::max<qint64>(1, value.total / 10));
            break;
        case LeafValue::Kind::Count:
            result.count = value.count + 1;
            break;
        case LeafValue::Kind::Value:
            result.number = std::max(Decimal(), value.number - Decimal::fromInt(5));
            break;
        case LeafValue::Kind::Tasks:
            if (!result.items.isEmpty()) {
                result.items.first().delays += 1;
            }
            break;
        case LeafValue::Kind::NotApplicable:
            break;
    }
    return result;
}

} // namespace danhgia
