#include "scoring/ScoreSheetReader.h"

namespace danhgia {

ScoreSheet ScoreSheetReader::read(const QByteArray& json, ValidationIssues* issues)
{
    JsonFieldReader fields(issues);
    const auto object = fields.parseObject(json);
    if (!object) {
        return {};
    }
    return fromObject(*object, issues);
}

ScoreSheet ScoreSheetReader::fromObject(const QJsonObject& object, ValidationIssues* issues)
{
    ScoreSheetReader reader(issues);
    JsonFieldReader& fields = reader.m_fields;
    ScoreSheet& sheet = reader.m_sheet;
    const auto format = fields.string(object, QStringLiteral("format"), QString(), true);
    if (!format) {
        return {};
    }
    if (*format != QLatin1String(ScoreSheet::FormatName)) {
        fields.error(QStringLiteral("format"),
                     tr("is \"%1\"; a score sheet must have \"%2\"")
                         .arg(*format, QLatin1String(ScoreSheet::FormatName)));
        return {};
    }
    sheet.criteriaId = fields.string(object, QStringLiteral("criteria"), QString(), true).value_or(QString());
    if (const auto subject = fields.object(object, QStringLiteral("subject"), QString(), true)) {
        const QString path = QStringLiteral("subject");
        sheet.subject.id = fields.string(*subject, QStringLiteral("id"), path, true).value_or(QString());
        if (subject->contains(QStringLiteral("id")) && sheet.subject.id.trimmed().isEmpty()) {
            fields.error(QStringLiteral("subject.id"), tr("must not be empty"));
        }
        sheet.subject.name = fields.string(*subject, QStringLiteral("name"), path, false).value_or(QString());
        sheet.subject.group
            = fields.string(*subject, QStringLiteral("group"), path, false).value_or(QString());
        sheet.subject.unit = fields.string(*subject, QStringLiteral("unit"), path, false).value_or(QString());
    }
    sheet.period = fields.string(object, QStringLiteral("period"), QString(), false);
    if (const auto name = fields.string(object, QStringLiteral("stage"), QString(), false)) {
        if (const auto stage = Stages::fromName(*name)) {
            sheet.stage = *stage;
        } else {
            fields.error(QStringLiteral("stage"),
                         tr("\"%1\" is not a stage; use self, appraised or final").arg(*name));
        }
    }
    if (const auto flags = fields.array(object, QStringLiteral("flags"), QString(), false)) {
        for (int i = 0; i < flags->size(); ++i) {
            if (!flags->at(i).isString()) {
                fields.error(JsonFieldReader::element(QStringLiteral("flags"), i), tr("must be a flag code"));
                continue;
            }
            const QString flag = flags->at(i).toString();
            if (!sheet.flags.contains(flag)) {
                sheet.flags.append(flag);
            }
        }
    }
    if (const auto values = fields.object(object, QStringLiteral("values"), QString(), true)) {
        for (auto it = values->constBegin(); it != values->constEnd(); ++it) {
            reader.readValue(it.key(), it.value(),
                             JsonFieldReader::keyed(QStringLiteral("values"), it.key()));
        }
        fields.setCode(QString());
    }
    return sheet;
}

void ScoreSheetReader::readValue(const QString& code, const QJsonValue& json, const QString& path)
{
    m_fields.setCode(code);
    const auto object = m_fields.asObject(json, path);
    if (!object) {
        return;
    }
    // The appraiser's reason for a change: an extension of the format, kept beside the value.
    // A value whose reason is not text is not kept, like a value with any other wrong field.
    const auto reason = m_fields.string(*object, QStringLiteral("reason"), path, false);
    if (!reason && object->contains(QStringLiteral("reason"))
        && !object->value(QStringLiteral("reason")).isNull()) {
        return;
    }
    if (reason && !reason->trimmed().isEmpty()) {
        m_sheet.reasons.insert(code, reason->trimmed());
    }
    LeafValue value;
    if (m_fields.boolean(*object, QStringLiteral("na"), path, false).value_or(false)) {
        value.kind = LeafValue::Kind::NotApplicable;
        m_sheet.setValue(code, value);
        return;
    }
    const bool hasDone = object->contains(QStringLiteral("done"));
    const bool hasTotal = object->contains(QStringLiteral("total"));
    QList<LeafValue::Kind> forms;
    const auto check = [&](const char* key, LeafValue::Kind kind) {
        if (object->contains(QLatin1String(key))) {
            forms.append(kind);
        }
    };
    check("points", LeafValue::Kind::Points);
    check("yes", LeafValue::Kind::YesNo);
    check("level", LeafValue::Kind::Level);
    check("count", LeafValue::Kind::Count);
    check("value", LeafValue::Kind::Value);
    check("items", LeafValue::Kind::Tasks);
    if (hasDone || hasTotal) {
        forms.append(LeafValue::Kind::Ratio);
    }
    if (forms.isEmpty()) {
        m_fields.error(path,
                       tr("holds no value; give one of points, yes, level, done and total, count, value, "
                          "items, or na"));
        return;
    }
    if (forms.size() > 1) {
        m_fields.error(path,
                       tr("mixes several kinds of value (%1 and %2); give only one")
                           .arg(LeafValue::kindName(forms[0]), LeafValue::kindName(forms[1])));
        return;
    }
    value.kind = forms.first();
    bool ok = true;
    const auto need = [&ok](bool present) { ok = ok && present; };
    switch (value.kind) {
        case LeafValue::Kind::Points:
        case LeafValue::Kind::Value: {
            const auto key
                = value.kind == LeafValue::Kind::Points ? QStringLiteral("points") : QStringLiteral("value");
            const auto number = m_fields.decimal(*object, key, path, true);
            need(number.has_value());
            value.number = number.value_or(Decimal());
            break;
        }
        case LeafValue::Kind::YesNo: {
            const auto yes = m_fields.boolean(*object, QStringLiteral("yes"), path, true);
            need(yes.has_value());
            value.yes = yes.value_or(false);
            break;
        }
        case LeafValue::Kind::Level: {
            const auto level = m_fields.integer(*object, QStringLiteral("level"), path, true);
            need(level.has_value());
            value.level = level.value_or(0);
            break;
        }
        case LeafValue::Kind::Count: {
            const auto count = m_fields.integer(*object, QStringLiteral("count"), path, true);
            need(count.has_value());
            value.count = count.value_or(0);
            break;
        }
        case LeafValue::Kind::Ratio: {
            const auto done = m_fields.integer(*object, QStringLiteral("done"), path, true);
            const auto total = m_fields.integer(*object, QStringLiteral("total"), path, true);
            need(done.has_value() && total.has_value());
            value.done = done.value_or(0);
            value.total = total.value_or(0);
            break;
        }
        case LeafValue::Kind::Tasks:
            need(readTasks(*object, path, &value));
            break;
        case LeafValue::Kind::NotApplicable:
            break;
    }
    if (ok) {
        m_sheet.setValue(code, value);
    }
}

bool ScoreSheetReader::readTasks(const QJsonObject& object, const QString& path, LeafValue* value)
{
    const auto items = m_fields.array(object, QStringLiteral("items"), path, true);
    if (!items) {
        return false;
    }
    bool ok = true;
    const QString itemsPath = JsonFieldReader::member(path, QStringLiteral("items"));
    for (int i = 0; i < items->size(); ++i) {
        const QString itemPath = JsonFieldReader::element(itemsPath, i);
        const auto item = m_fields.asObject(items->at(i), itemPath);
        if (!item) {
            ok = false;
            continue;
        }
        TaskItem task;
        task.title = m_fields.string(*item, QStringLiteral("title"), itemPath, false).value_or(QString());
        const auto weight = m_fields.decimal(*item, QStringLiteral("weight"), itemPath, true);
        const auto done = m_fields.boolean(*item, QStringLiteral("done"), itemPath, true);
        const auto failures = m_fields.integer(*item, QStringLiteral("quality_failures"), itemPath, false);
        const auto delays = m_fields.integer(*item, QStringLiteral("delays"), itemPath, false);
        const auto excused = m_fields.boolean(*item, QStringLiteral("excused"), itemPath, false);
        const auto failed
            = [&item](const char* key, bool read) { return item->contains(QLatin1String(key)) && !read; };
        if (!weight || !done || failed("quality_failures", failures.has_value())
            || failed("delays", delays.has_value()) || failed("excused", excused.has_value())) {
            ok = false;
            continue;
        }
        task.weight = *weight;
        task.done = *done;
        task.qualityFailures = failures.value_or(0);
        task.delays = delays.value_or(0);
        task.excused = excused.value_or(false);
        value->items.append(task);
    }
    return ok;
}

} // namespace danhgia
