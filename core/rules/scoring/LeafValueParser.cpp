#include "LeafValueParser.h"

#include "scoring/LeafScorer.h"
#include "text/VietnameseText.h"

#include <QStringList>

namespace danhgia {

namespace {

// The text without spaces of any kind (a no-break space is Excel's thousands separator too).
QString withoutSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace()) {
            out.append(c);
        }
    }
    return out;
}

} // namespace

std::optional<Decimal> LeafValueParser::parseNumber(const QString& text)
{
    QString t = withoutSpaces(text);
    if (t.contains(QLatin1Char(','))) {
        // The Vietnamese way: a decimal comma, dots between thousands.
        t.remove(QLatin1Char('.'));
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    if (t.isEmpty()) {
        return std::nullopt;
    }
    return Decimal::fromString(t);
}

std::optional<qint64> LeafValueParser::parseCount(const QString& text)
{
    QString t = withoutSpaces(text);
    // "1.000" is a thousand; a number written as "3.0" by a spreadsheet is 3.
    if (t.endsWith(QLatin1String(".0"))) {
        t.chop(2);
    }
    t.remove(QLatin1Char('.'));
    if (t.isEmpty()) {
        return std::nullopt;
    }
    for (const QChar c : t) {
        if (!c.isDigit()) {
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return value;
}

std::optional<bool> LeafValueParser::parseYesNo(const QString& text)
{
    const QString key = VietnameseText::searchKey(text);
    static const QStringList yes{QStringLiteral("co"), QStringLiteral("x"),   QStringLiteral("dat"),
                                 QStringLiteral("1"),  QStringLiteral("yes"), QStringLiteral("true"),
                                 QStringLiteral("roi")};
    static const QStringList no{
        QStringLiteral("khong"), QStringLiteral("khong dat"), QStringLiteral("chua dat"), QStringLiteral("0"),
        QStringLiteral("no"),    QStringLiteral("false"),     QStringLiteral("chua")};
    if (yes.contains(key)) {
        return true;
    }
    if (no.contains(key)) {
        return false;
    }
    return std::nullopt;
}

bool LeafValueParser::isNotApplicable(const QString& text)
{
    const QString key = VietnameseText::searchKey(text);
    return key == QLatin1String("khong ap dung") || key == QLatin1String("kad") || key == QLatin1String("n/a")
        || key == QLatin1String("na");
}

std::optional<LeafValue> LeafValueParser::parse(const Criterion& leaf, int decimals, const QString& text,
                                                QString* error)
{
    std::optional<LeafValue> value;
    if (isNotApplicable(text)) {
        value = LeafValue();
        value->kind = LeafValue::Kind::NotApplicable;
    } else {
        value = read(leaf, VietnameseText::normalize(text), error);
    }
    if (!value) {
        return std::nullopt;
    }
    // The method's own checks: a range, a step, a level that exists, not applicable allowed.
    const Decimal best = value->kind == LeafValue::Kind::Value ? value->number : Decimal();
    const LeafScorer::Outcome outcome = LeafScorer::score(leaf, *value, best, decimals);
    if (outcome.kind == LeafScorer::Outcome::Kind::Invalid) {
        *error = tr("\"%1\" is not accepted: %2").arg(text.trimmed(), outcome.error);
        return std::nullopt;
    }
    return value;
}

std::optional<LeafValue> LeafValueParser::read(const Criterion& leaf, const QString& text, QString* error)
{
    LeafValue value;
    switch (leaf.method.type) {
        case MethodType::Points:
        case MethodType::Relative: {
            const auto number = parseNumber(text);
            if (!number) {
                *error = tr("\"%1\" is not a number; the criterion takes %2")
                             .arg(text, LeafScorer::acceptedValues(leaf));
                return std::nullopt;
            }
            value.kind
                = leaf.method.type == MethodType::Points ? LeafValue::Kind::Points : LeafValue::Kind::Value;
            value.number = *number;
            return value;
        }
        case MethodType::YesNo: {
            const auto yes = parseYesNo(text);
            if (!yes) {
                *error = tr("\"%1\" is neither yes (\"có\") nor no (\"không\")").arg(text);
                return std::nullopt;
            }
            value.kind = LeafValue::Kind::YesNo;
            value.yes = *yes;
            return value;
        }
        case MethodType::Levels:
            return readLevel(leaf, text, error);
        case MethodType::Ratio:
        case MethodType::Linear:
            return readRatio(text, error);
        case MethodType::Deduct: {
            const auto count = parseCount(text);
            if (!count) {
                *error = tr("\"%1\" is not a whole number of items").arg(text);
                return std::nullopt;
            }
            value.kind = LeafValue::Kind::Count;
            value.count = *count;
            return value;
        }
        case MethodType::Tasks:
            *error = tr("a list of tasks is not written in one cell: import it from its own file in the "
                        "criterion's task list");
            return std::nullopt;
    }
    *error = tr("the method of the criterion is not known");
    return std::nullopt;
}

std::optional<LeafValue> LeafValueParser::readLevel(const Criterion& leaf, const QString& text,
                                                    QString* error)
{
    LeafValue value;
    value.kind = LeafValue::Kind::Level;
    const QList<LevelOption>& levels = leaf.method.levels;
    const QString key = VietnameseText::searchKey(text);
    for (int i = 0; i < levels.size(); ++i) {
        if (VietnameseText::searchKey(levels[i].title) == key) {
            value.level = i;
            return value;
        }
    }
    const auto position = parseCount(text);
    if (position && *position >= 1 && *position <= levels.size()) {
        value.level = *position - 1;
        return value;
    }
    QStringList titles;
    for (int i = 0; i < levels.size(); ++i) {
        titles.append(QStringLiteral("%1. %2").arg(i + 1).arg(levels[i].title));
    }
    *error = tr("\"%1\" is not one of the levels of the criterion (%2)")
                 .arg(text, titles.join(QStringLiteral("; ")));
    return std::nullopt;
}

std::optional<LeafValue> LeafValueParser::readRatio(const QString& text, QString* error)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    const auto done = parts.size() == 2 ? parseCount(parts[0]) : std::nullopt;
    const auto total = parts.size() == 2 ? parseCount(parts[1]) : std::nullopt;
    if (!done || !total) {
        *error = tr("\"%1\" is not a number done and a total number written as done/total (for example "
                    "9/10)")
                     .arg(text);
        return std::nullopt;
    }
    LeafValue value;
    value.kind = LeafValue::Kind::Ratio;
    value.done = *done;
    value.total = *total;
    return value;
}

} // namespace danhgia
