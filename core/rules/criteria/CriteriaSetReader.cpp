#include "criteria/CriteriaSetReader.h"

#include "criteria/CriteriaSetValidator.h"

namespace danhgia {

namespace {

const QString Criteria = QStringLiteral("criteria");

} // namespace

CriteriaSet CriteriaSetReader::read(const QByteArray& json, ValidationIssues* issues)
{
    JsonFieldReader fields(issues);
    const auto object = fields.parseObject(json);
    if (!object) {
        return {};
    }
    return fromObject(*object, issues);
}

CriteriaSet CriteriaSetReader::fromObject(const QJsonObject& object, ValidationIssues* issues)
{
    CriteriaSetReader reader(issues);
    const auto format = reader.m_fields.string(object, QStringLiteral("format"), QString(), true);
    if (format && *format != QLatin1String(CriteriaSet::FormatName)) {
        reader.m_fields.error(QStringLiteral("format"),
                              tr("is \"%1\"; a criteria set must have \"%2\"")
                                  .arg(*format, QLatin1String(CriteriaSet::FormatName)));
        return {};
    }
    if (!format) {
        return {};
    }
    reader.readHeader(object);
    if (const auto nodes = reader.m_fields.array(object, Criteria, QString(), true)) {
        if (nodes->isEmpty()) {
            reader.m_fields.error(Criteria, tr("the set has no criteria"));
        }
        reader.readNodes(*nodes, Criteria, -1);
    }
    reader.m_set.finalize();
    reader.m_fields.setCode(QString());
    reader.readGrades(object);
    reader.readFlags(object);
    reader.readQuota(object);
    issues->append(CriteriaSetValidator::validate(reader.m_set));
    return reader.m_set;
}

void CriteriaSetReader::readHeader(const QJsonObject& object)
{
    m_set.id = m_fields.string(object, QStringLiteral("id"), QString(), true).value_or(QString());
    if (object.contains(QStringLiteral("id")) && m_set.id.trimmed().isEmpty()) {
        m_fields.error(QStringLiteral("id"), tr("must not be empty"));
    }
    m_set.title = m_fields.string(object, QStringLiteral("title"), QString(), false).value_or(QString());
    if (const auto version = m_fields.integer(object, QStringLiteral("version"), QString(), false)) {
        if (*version < 1 || *version > 1000000) {
            m_fields.error(QStringLiteral("version"), tr("must be a whole number from 1"));
        } else {
            m_set.version = static_cast<int>(*version);
        }
    }
    if (const auto kind = m_fields.string(object, QStringLiteral("kind"), QString(), false)) {
        static const QStringList Kinds{QStringLiteral("par_index"), QStringLiteral("staff"),
                                       QStringLiteral("agency"), QStringLiteral("it_ranking"),
                                       QStringLiteral("interview")};
        if (!Kinds.contains(*kind)) {
            m_fields.error(
                QStringLiteral("kind"),
                tr("\"%1\" is not a kind of set; use one of %2").arg(*kind, Kinds.join(QLatin1String(", "))));
        }
        m_set.kind = *kind;
    }
    if (const auto decimals = m_fields.integer(object, QStringLiteral("decimals"), QString(), false)) {
        if (*decimals < 0 || *decimals > Decimal::MaxPlaces) {
            m_fields.error(QStringLiteral("decimals"),
                           tr("must be a whole number from 0 to %1").arg(Decimal::MaxPlaces));
        } else {
            m_set.decimals = static_cast<int>(*decimals);
        }
    }
}

void CriteriaSetReader::readNodes(const QJsonArray& nodes, const QString& path, int parent)
{
    for (int i = 0; i < nodes.size(); ++i) {
        const QString nodePath = JsonFieldReader::element(path, i);
        m_fields.setCode(QString());
        const auto object = m_fields.asObject(nodes[i], nodePath);
        if (!object) {
            continue;
        }
        Criterion node;
        node.jsonPath = nodePath;
        node.code = m_fields.string(*object, QStringLiteral("code"), nodePath, true).value_or(QString());
        if (object->contains(QStringLiteral("code")) && node.code.trimmed().isEmpty()) {
            m_fields.error(JsonFieldReader::member(nodePath, QStringLiteral("code")),
                           tr("must not be empty"));
        }
        m_fields.setCode(node.code);
        node.title = m_fields.string(*object, QStringLiteral("title"), nodePath, false).value_or(QString());
        node.max = m_fields.decimal(*object, QStringLiteral("max"), nodePath, true).value_or(Decimal());
        const bool hasChildren = object->contains(QStringLiteral("children"));
        const bool hasMethod = object->contains(QStringLiteral("method"));
        if (hasChildren && hasMethod) {
            m_fields.error(nodePath,
                           tr("has both \"children\" and \"method\"; a criterion is either a group "
                              "or a leaf"));
        } else if (!hasChildren && !hasMethod) {
            m_fields.error(nodePath, tr("has neither \"children\" (a group) nor \"method\" (a leaf)"));
        }
        node.isGroup = hasChildren;
        if (node.isGroup) {
            node.floor
                = m_fields.decimal(*object, QStringLiteral("floor"), nodePath, false).value_or(Decimal());
            const int index = m_set.addNode(node, parent);
            if (const auto children = m_fields.array(*object, QStringLiteral("children"), nodePath, true)) {
                if (children->isEmpty()) {
                    m_fields.error(JsonFieldReader::member(nodePath, QStringLiteral("children")),
                                   tr("the group has no criteria"));
                }
                readNodes(*children, JsonFieldReader::member(nodePath, QStringLiteral("children")), index);
            }
            continue;
        }
        if (const auto evidence = m_fields.string(*object, QStringLiteral("evidence"), nodePath, false)) {
            if (const auto rule = LeafMethod::evidenceFromName(*evidence)) {
                node.evidence = *rule;
            } else {
                m_fields.error(JsonFieldReader::member(nodePath, QStringLiteral("evidence")),
                               tr("\"%1\" is not allowed; use required, optional or none").arg(*evidence));
            }
        }
        node.naAllowed
            = m_fields.boolean(*object, QStringLiteral("na_allowed"), nodePath, false).value_or(false);
        if (hasMethod) {
            if (const auto method = m_fields.object(*object, QStringLiteral("method"), nodePath, true)) {
                readMethod(*method, JsonFieldReader::member(nodePath, QStringLiteral("method")), &node);
            }
        }
        m_set.addNode(node, parent);
    }
}

void CriteriaSetReader::readMethod(const QJsonObject& object, const QString& path, Criterion* node)
{
    const auto typeName = m_fields.string(object, QStringLiteral("type"), path, true);
    if (!typeName) {
        return;
    }
    const auto type = LeafMethod::typeFromName(*typeName);
    if (!type) {
        m_fields.error(
            JsonFieldReader::member(path, QStringLiteral("type")),
            tr("\"%1\" is not a scoring method; use points, yes_no, levels, ratio, linear, deduct, "
               "relative or tasks")
                .arg(*typeName));
        return;
    }
    LeafMethod& method = node->method;
    method.type = *type;
    const auto readWhenNone = [&]() {
        if (const auto name = m_fields.string(object, QStringLiteral("when_none"), path, false)) {
            if (const auto whenNone = LeafMethod::whenNoneFromName(*name)) {
                method.whenNone = *whenNone;
            } else {
                m_fields.error(JsonFieldReader::member(path, QStringLiteral("when_none")),
                               tr("\"%1\" is not allowed; use full, zero or exclude").arg(*name));
            }
        }
    };
    switch (method.type) {
        case MethodType::Points:
            method.step = m_fields.decimal(object, QStringLiteral("step"), path, false).value_or(method.step);
            break;
        case MethodType::Levels:
            if (const auto levels = m_fields.array(object, QStringLiteral("levels"), path, true)) {
                const QString levelsPath = JsonFieldReader::member(path, QStringLiteral("levels"));
                for (int i = 0; i < levels->size(); ++i) {
                    const QString levelPath = JsonFieldReader::element(levelsPath, i);
                    if (const auto level = m_fields.asObject(levels->at(i), levelPath)) {
                        LevelOption option;
                        option.title = m_fields.string(*level, QStringLiteral("title"), levelPath, false)
                                           .value_or(QString());
                        option.points = m_fields.decimal(*level, QStringLiteral("points"), levelPath, true)
                                            .value_or(Decimal());
                        method.levels.append(option);
                    }
                }
            }
            break;
        case MethodType::Ratio:
            if (const auto bands = m_fields.array(object, QStringLiteral("bands"), path, true)) {
                const QString bandsPath = JsonFieldReader::member(path, QStringLiteral("bands"));
                for (int i = 0; i < bands->size(); ++i) {
                    const QString bandPath = JsonFieldReader::element(bandsPath, i);
                    if (const auto band = m_fields.asObject(bands->at(i), bandPath)) {
                        RatioBand b;
                        b.from = m_fields.decimal(*band, QStringLiteral("from"), bandPath, true)
                                     .value_or(Decimal());
                        b.points = m_fields.decimal(*band, QStringLiteral("points"), bandPath, true)
                                       .value_or(Decimal());
                        method.bands.append(b);
                    }
                }
            }
            readWhenNone();
            break;
        case MethodType::Linear:
            readWhenNone();
            break;
        case MethodType::Deduct:
            method.perItem
                = m_fields.decimal(object, QStringLiteral("per_item"), path, true).value_or(Decimal());
            method.limit = m_fields.decimal(object, QStringLiteral("limit"), path, true).value_or(Decimal());
            break;
        case MethodType::Tasks:
            method.deduction = m_fields.decimal(object, QStringLiteral("deduction"), path, false)
                                   .value_or(method.deduction);
            break;
        case MethodType::YesNo:
        case MethodType::Relative:
            break;
    }
}

void CriteriaSetReader::readGrades(const QJsonObject& object)
{
    const auto grades = m_fields.array(object, QStringLiteral("grades"), QString(), false);
    if (!grades) {
        return;
    }
    for (int i = 0; i < grades->size(); ++i) {
        const QString path = JsonFieldReader::element(QStringLiteral("grades"), i);
        if (const auto grade = m_fields.asObject(grades->at(i), path)) {
            Grade g;
            g.code = m_fields.string(*grade, QStringLiteral("code"), path, true).value_or(QString());
            g.title = m_fields.string(*grade, QStringLiteral("title"), path, false).value_or(QString());
            g.min = m_fields.decimal(*grade, QStringLiteral("min"), path, true).value_or(Decimal());
            m_set.grades.append(g);
        }
    }
}

void CriteriaSetReader::readFlags(const QJsonObject& object)
{
    const auto flags = m_fields.array(object, QStringLiteral("flags"), QString(), false);
    if (!flags) {
        return;
    }
    for (int i = 0; i < flags->size(); ++i) {
        const QString path = JsonFieldReader::element(QStringLiteral("flags"), i);
        const auto flag = m_fields.asObject(flags->at(i), path);
        if (!flag) {
            continue;
        }
        GradeFlag f;
        f.code = m_fields.string(*flag, QStringLiteral("code"), path, true).value_or(QString());
        f.title = m_fields.string(*flag, QStringLiteral("title"), path, false).value_or(QString());
        const auto forced = m_fields.string(*flag, QStringLiteral("grade"), path, false);
        const auto cap = m_fields.string(*flag, QStringLiteral("max_grade"), path, false);
        const bool unclassified
            = m_fields.boolean(*flag, QStringLiteral("unclassified"), path, false).value_or(false);
        const auto waives = readWaivedCodes(*flag, path);
        const int effects = (forced ? 1 : 0) + (cap ? 1 : 0) + (unclassified ? 1 : 0) + (waives ? 1 : 0);
        if (effects != 1) {
            m_fields.error(path,
                           tr("a flag must have exactly one of \"grade\", \"max_grade\", "
                              "\"unclassified\": true or \"waives\""));
        }
        if (waives) {
            f.effect = GradeFlag::Effect::Waive;
            f.waives = *waives;
        } else if (unclassified) {
            f.effect = GradeFlag::Effect::Unclassified;
        } else if (cap) {
            f.effect = GradeFlag::Effect::Cap;
            f.grade = *cap;
        } else if (forced) {
            f.effect = GradeFlag::Effect::Force;
            f.grade = *forced;
        }
        m_set.flags.append(f);
    }
}

std::optional<QStringList> CriteriaSetReader::readWaivedCodes(const QJsonObject& flag, const QString& path)
{
    const auto codes = m_fields.array(flag, QStringLiteral("waives"), path, false);
    if (!codes) {
        return std::nullopt;
    }
    QStringList result;
    for (int i = 0; i < codes->size(); ++i) {
        if (!codes->at(i).isString()) {
            m_fields.error(
                JsonFieldReader::element(JsonFieldReader::member(path, QStringLiteral("waives")), i),
                tr("must be the code of a flag of the set"));
            continue;
        }
        result.append(codes->at(i).toString());
    }
    if (result.isEmpty()) {
        m_fields.error(JsonFieldReader::member(path, QStringLiteral("waives")),
                       tr("must name at least one flag of the set"));
    }
    return result;
}

void CriteriaSetReader::readQuota(const QJsonObject& object)
{
    const auto quota = m_fields.object(object, QStringLiteral("quota"), QString(), false);
    if (!quota) {
        return;
    }
    const QString path = QStringLiteral("quota");
    QuotaRule rule;
    rule.grade = m_fields.string(*quota, QStringLiteral("grade"), path, true).value_or(QString());
    rule.ratio = m_fields.decimal(*quota, QStringLiteral("ratio"), path, true).value_or(Decimal());
    if (const auto of = m_fields.array(*quota, QStringLiteral("of"), path, true)) {
        for (int i = 0; i < of->size(); ++i) {
            if (!of->at(i).isString()) {
                m_fields.error(
                    JsonFieldReader::element(JsonFieldReader::member(path, QStringLiteral("of")), i),
                    tr("must be a grade code"));
                continue;
            }
            rule.of.append(of->at(i).toString());
        }
    }
    readQuotaScopes(*quota, path, &rule);
    m_set.quota = rule;
}

void CriteriaSetReader::readQuotaScopes(const QJsonObject& quota, const QString& path, QuotaRule* rule)
{
    const QString perPath = JsonFieldReader::member(path, QStringLiteral("per"));
    const auto per = m_fields.array(quota, QStringLiteral("per"), path, false);
    if (!per) {
        return;
    }
    if (per->isEmpty()) {
        m_fields.error(perPath,
                       tr("must name at least one of the subject fields %1")
                           .arg(QuotaRule::scopeFields().join(QStringLiteral(", "))));
        return;
    }
    for (int i = 0; i < per->size(); ++i) {
        const QString field = per->at(i).toString();
        if (!per->at(i).isString() || !QuotaRule::scopeFields().contains(field)) {
            m_fields.error(JsonFieldReader::element(perPath, i),
                           tr("must be one of the subject fields %1")
                               .arg(QuotaRule::scopeFields().join(QStringLiteral(", "))));
            continue;
        }
        if (rule->per.contains(field)) {
            m_fields.error(JsonFieldReader::element(perPath, i), tr("names %1 a second time").arg(field));
            continue;
        }
        rule->per.append(field);
    }
}

} // namespace danhgia
