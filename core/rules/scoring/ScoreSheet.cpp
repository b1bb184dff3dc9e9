#include "scoring/ScoreSheet.h"

#include <QJsonArray>

namespace danhgia {

QString LeafValue::kindName(Kind kind)
{
    switch (kind) {
        case Kind::NotApplicable:
            return QStringLiteral("{\"na\": true}");
        case Kind::Points:
            return QStringLiteral("{\"points\": x}");
        case Kind::YesNo:
            return QStringLiteral("{\"yes\": true|false}");
        case Kind::Level:
            return QStringLiteral("{\"level\": i}");
        case Kind::Ratio:
            return QStringLiteral("{\"done\": n, \"total\": d}");
        case Kind::Count:
            return QStringLiteral("{\"count\": k}");
        case Kind::Value:
            return QStringLiteral("{\"value\": v}");
        case Kind::Tasks:
            return QStringLiteral("{\"items\": [...]}");
    }
    return {};
}

void ScoreSheet::setValue(const QString& code, const LeafValue& value)
{
    if (!values.contains(code)) {
        valueOrder.append(code);
    }
    values.insert(code, value);
}

QJsonObject LeafValue::toJson(const LeafValue& value)
{
    switch (value.kind) {
        case LeafValue::Kind::NotApplicable:
            return {{QStringLiteral("na"), true}};
        case LeafValue::Kind::Points:
            return {{QStringLiteral("points"), value.number.toDouble()}};
        case LeafValue::Kind::YesNo:
            return {{QStringLiteral("yes"), value.yes}};
        case LeafValue::Kind::Level:
            return {{QStringLiteral("level"), static_cast<double>(value.level)}};
        case LeafValue::Kind::Ratio:
            return {{QStringLiteral("done"), static_cast<double>(value.done)},
                    {QStringLiteral("total"), static_cast<double>(value.total)}};
        case LeafValue::Kind::Count:
            return {{QStringLiteral("count"), static_cast<double>(value.count)}};
        case LeafValue::Kind::Value:
            return {{QStringLiteral("value"), value.number.toDouble()}};
        case LeafValue::Kind::Tasks: {
            QJsonArray items;
            for (const auto& item : value.items) {
                items.append(QJsonObject{
                    {QStringLiteral("title"), item.title},
                    {QStringLiteral("weight"), item.weight.toDouble()},
                    {QStringLiteral("done"), item.done},
                    {QStringLiteral("quality_failures"), static_cast<double>(item.qualityFailures)},
                    {QStringLiteral("delays"), static_cast<double>(item.delays)},
                    {QStringLiteral("excused"), item.excused}});
            }
            return {{QStringLiteral("items"), items}};
        }
    }
    return {};
}

QJsonObject ScoreSheet::toJson() const
{
    QJsonObject subjectJson{{QStringLiteral("id"), subject.id}};
    if (!subject.name.isEmpty()) {
        subjectJson.insert(QStringLiteral("name"), subject.name);
    }
    if (!subject.group.isEmpty()) {
        subjectJson.insert(QStringLiteral("group"), subject.group);
    }
    if (!subject.unit.isEmpty()) {
        subjectJson.insert(QStringLiteral("unit"), subject.unit);
    }
    QJsonObject valuesJson;
    for (const auto& code : valueOrder) {
        QJsonObject value = LeafValue::toJson(values.value(code));
        const QString reason = reasons.value(code);
        if (!reason.isEmpty()) {
            value.insert(QStringLiteral("reason"), reason);
        }
        valuesJson.insert(code, value);
    }
    QJsonObject json{{QStringLiteral("format"), QLatin1String(FormatName)},
                     {QStringLiteral("criteria"), criteriaId},
                     {QStringLiteral("subject"), subjectJson},
                     {QStringLiteral("stage"), Stages::name(stage)},
                     {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
                     {QStringLiteral("values"), valuesJson}};
    json.insert(QStringLiteral("period"), period ? QJsonValue(*period) : QJsonValue());
    return json;
}

} // namespace danhgia
