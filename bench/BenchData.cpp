#include "BenchData.h"

#include "criteria/CriteriaSetReader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <random>

namespace danhgia::bench {

namespace {

QJsonObject leaf(const QString& code, int max, const QJsonObject& method)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("title"), QStringLiteral("Tiêu chí %1").arg(code)},
            {QStringLiteral("max"), max},
            {QStringLiteral("method"), method},
            {QStringLiteral("evidence"), QStringLiteral("required")},
            {QStringLiteral("na_allowed"), true}};
}

QJsonObject methodFor(int i)
{
    switch (i % 7) {
        case 0:
            return {{QStringLiteral("type"), QStringLiteral("points")}, {QStringLiteral("step"), 0.25}};
        case 1:
            return {{QStringLiteral("type"), QStringLiteral("yes_no")}};
        case 2:
            return {{QStringLiteral("type"), QStringLiteral("levels")},
                    {QStringLiteral("levels"),
                     QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Tốt")},
                                            {QStringLiteral("points"), 3}},
                                QJsonObject{{QStringLiteral("title"), QStringLiteral("Đạt")},
                                            {QStringLiteral("points"), 1.25}},
                                QJsonObject{{QStringLiteral("title"), QStringLiteral("Chưa đạt")},
                                            {QStringLiteral("points"), 0}}}}};
        case 3:
            return {
                {QStringLiteral("type"), QStringLiteral("ratio")},
                {QStringLiteral("bands"),
                 QJsonArray{QJsonObject{{QStringLiteral("from"), 1}, {QStringLiteral("points"), 3}},
                            QJsonObject{{QStringLiteral("from"), 0.8}, {QStringLiteral("points"), 1.5}},
                            QJsonObject{{QStringLiteral("from"), 0.5}, {QStringLiteral("points"), 0.5}}}}};
        case 4:
            return {{QStringLiteral("type"), QStringLiteral("linear")},
                    {QStringLiteral("when_none"), QStringLiteral("full")}};
        case 5:
            return {{QStringLiteral("type"), QStringLiteral("tasks")}, {QStringLiteral("deduction"), 0.25}};
        default:
            return {{QStringLiteral("type"), QStringLiteral("deduct")},
                    {QStringLiteral("per_item"), 0.5},
                    {QStringLiteral("limit"), 2}};
    }
}

} // namespace

CriteriaSet makeCriteriaSet()
{
    QJsonArray fields;
    int leafNumber = 0;
    for (int field = 1; field <= 8; ++field) {
        QJsonArray children;
        for (int j = 1; j <= 5; ++j) {
            const QJsonObject method = methodFor(leafNumber++);
            const bool deduct = method.value(QStringLiteral("type")).toString() == QLatin1String("deduct");
            children.append(leaf(QStringLiteral("%1.%2").arg(field).arg(j), deduct ? 0 : 3, method));
        }
        fields.append(QJsonObject{{QStringLiteral("code"), QString::number(field)},
                                  {QStringLiteral("title"), QStringLiteral("Lĩnh vực %1").arg(field)},
                                  {QStringLiteral("max"), 15},
                                  {QStringLiteral("floor"), -2},
                                  {QStringLiteral("children"), children}});
    }
    const QJsonObject json{
        {QStringLiteral("format"), QLatin1String(CriteriaSet::FormatName)},
        {QStringLiteral("id"), QStringLiteral("bench-40")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), QStringLiteral("Bộ tiêu chí 40 tiêu chí (đo hiệu năng)")},
        {QStringLiteral("kind"), QStringLiteral("par_index")},
        {QStringLiteral("decimals"), 2},
        {QStringLiteral("criteria"), fields},
        {QStringLiteral("grades"),
         QJsonArray{
             QJsonObject{{QStringLiteral("code"), QStringLiteral("HTXSNV")}, {QStringLiteral("min"), 90}},
             QJsonObject{{QStringLiteral("code"), QStringLiteral("HTTNV")}, {QStringLiteral("min"), 70}},
             QJsonObject{{QStringLiteral("code"), QStringLiteral("HTNV")}, {QStringLiteral("min"), 50}},
             QJsonObject{{QStringLiteral("code"), QStringLiteral("KHTNV")}, {QStringLiteral("min"), 0}}}},
        {QStringLiteral("quota"),
         QJsonObject{{QStringLiteral("grade"), QStringLiteral("HTXSNV")},
                     {QStringLiteral("ratio"), 0.2},
                     {QStringLiteral("of"), QJsonArray{QStringLiteral("HTTNV")}}}}};
    ValidationIssues issues;
    CriteriaSet set = CriteriaSetReader::fromObject(json, &issues);
    if (ValidationIssue::hasErrors(issues)) {
        qFatal("benchmark criteria set is invalid: %s", qPrintable(issues.first().toText()));
    }
    return set;
}

QList<ScoreSheet> makeSheets(const CriteriaSet& set, int count, quint64 seed)
{
    std::mt19937_64 random(seed);
    const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<quint64>(n)); };
    QList<ScoreSheet> sheets;
    sheets.reserve(count);
    for (int s = 0; s < count; ++s) {
        ScoreSheet sheet;
        sheet.criteriaId = set.id;
        sheet.subject.id = QStringLiteral("DV%1").arg(s, 6, 10, QLatin1Char('0'));
        sheet.period = QStringLiteral("2026");
        for (const int index : set.leaves()) {
            const Criterion& leaf = set.node(index);
            LeafValue value;
            switch (leaf.method.type) {
                case MethodType::Points:
                    value.kind = LeafValue::Kind::Points;
                    value.number = Decimal::fromUnits(2500 * pick(13));
                    break;
                case MethodType::YesNo:
                    value.kind = LeafValue::Kind::YesNo;
                    value.yes = pick(4) != 0;
                    break;
                case MethodType::Levels:
                    value.kind = LeafValue::Kind::Level;
                    value.level = pick(3);
                    break;
                case MethodType::Ratio:
                case MethodType::Linear:
                    value.kind = LeafValue::Kind::Ratio;
                    value.total = pick(400);
                    value.done = value.total == 0 ? 0 : pick(static_cast<int>(value.total) + 1);
                    break;
                case MethodType::Deduct:
                    value.kind = LeafValue::Kind::Count;
                    value.count = pick(6);
                    break;
                case MethodType::Tasks:
                    value.kind = LeafValue::Kind::Tasks;
                    for (int t = 0; t < 6; ++t) {
                        TaskItem item;
                        item.weight = Decimal::fromUnits(5000 * (1 + pick(4)));
                        item.done = pick(8) != 0;
                        item.qualityFailures = pick(5) == 0 ? 1 : 0;
                        item.delays = pick(6) == 0 ? 1 : 0;
                        item.excused = pick(10) == 0;
                        value.items.append(item);
                    }
                    break;
                case MethodType::Relative:
                    value.kind = LeafValue::Kind::Value;
                    value.number = Decimal::fromInt(pick(100));
                    break;
            }
            if (leaf.naAllowed && pick(50) == 0) {
                value = LeafValue();
                value.kind = LeafValue::Kind::NotApplicable;
            }
            sheet.setValue(leaf.code, value);
        }
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace danhgia::bench
