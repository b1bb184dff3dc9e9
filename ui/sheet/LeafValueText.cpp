#include "LeafValueText.h"

#include <QRegularExpression>

namespace danhgia::ui {

QString LeafValueText::signedNumber(Decimal value)
{
    return value > Decimal() ? QLatin1Char('+') + number(value) : number(value);
}

std::optional<Decimal> LeafValueText::parse(const QString& text)
{
    QString plain = text.simplified().remove(QLatin1Char(' '));
    if (plain.contains(QLatin1Char(','))) {
        plain.remove(QLatin1Char('.'));
        plain.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    if (plain.startsWith(QLatin1Char('.'))) {
        plain.prepend(QLatin1Char('0'));
    }
    return Decimal::fromString(plain);
}

std::optional<qint64> LeafValueText::parseWholeNumber(const QString& text)
{
    QString plain = text.simplified().remove(QLatin1Char(' '));
    // Dots between groups of three digits are the Vietnamese thousands separator.
    static const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}(\\.\\d{3})+$"));
    if (grouped.match(plain).hasMatch()) {
        plain.remove(QLatin1Char('.'));
    }
    const auto number = parse(plain);
    if (!number || !number->hasAtMostPlaces(0)) {
        return std::nullopt;
    }
    return number->units() / Decimal::UnitsPerOne;
}

QString LeafValueText::valueText(const Criterion& leaf, const std::optional<LeafValue>& value)
{
    if (!value) {
        return {};
    }
    const QLocale vi = locale();
    switch (value->kind) {
        case LeafValue::Kind::NotApplicable:
            return tr("Not applicable");
        case LeafValue::Kind::Points:
        case LeafValue::Kind::Value:
            return number(value->number);
        case LeafValue::Kind::YesNo:
            return value->yes ? tr("Yes") : tr("No");
        case LeafValue::Kind::Level:
            if (value->level >= 0 && value->level < leaf.method.levels.size()) {
                return leaf.method.levels[static_cast<int>(value->level)].title;
            }
            return tr("Level %1").arg(value->level + 1);
        case LeafValue::Kind::Ratio:
            return QStringLiteral("%1/%2").arg(vi.toString(value->done), vi.toString(value->total));
        case LeafValue::Kind::Count:
            return tr("%n item(s)", nullptr, static_cast<int>(value->count));
        case LeafValue::Kind::Tasks: {
            qsizetype done = 0;
            for (const TaskItem& item : value->items) {
                done += item.done ? 1 : 0;
            }
            return tr("%1 of %n task(s) done", nullptr, static_cast<int>(value->items.size()))
                .arg(vi.toString(done));
        }
    }
    return {};
}

QString LeafValueText::maximumText(const Criterion& node)
{
    if (!node.isGroup && node.method.type == MethodType::Deduct) {
        return number(-node.method.limit);
    }
    return number(node.max);
}

} // namespace danhgia::ui
