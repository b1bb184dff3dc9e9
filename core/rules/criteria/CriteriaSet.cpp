#include "criteria/CriteriaSet.h"

#include <QJsonArray>

namespace danhgia {

int CriteriaSet::addNode(Criterion node, int parent)
{
    const int index = static_cast<int>(m_nodes.size());
    node.parent = parent;
    node.depth = parent < 0 ? 0 : m_nodes[static_cast<std::size_t>(parent)].depth + 1;
    m_nodes.push_back(std::move(node));
    if (parent < 0) {
        m_topLevel.append(index);
    } else {
        m_nodes[static_cast<std::size_t>(parent)].children.append(index);
    }
    return index;
}

void CriteriaSet::finalize()
{
    m_byCode.clear();
    m_leaves.clear();
    for (int i = 0; i < nodeCount(); ++i) {
        const Criterion& n = node(i);
        if (!m_byCode.contains(n.code)) {
            m_byCode.insert(n.code, i);
        }
        if (!n.isGroup) {
            m_leaves.append(i);
        }
    }
}

int CriteriaSet::gradeIndex(const QString& code) const
{
    for (int i = 0; i < grades.size(); ++i) {
        if (grades[i].code == code) {
            return i;
        }
    }
    return -1;
}

const GradeFlag* CriteriaSet::flag(const QString& code) const
{
    for (const auto& f : flags) {
        if (f.code == code) {
            return &f;
        }
    }
    return nullptr;
}

Decimal CriteriaSet::totalMax() const
{
    Decimal total;
    for (const int top : m_topLevel) {
        const Criterion& n = node(top);
        total += n.isGroup ? n.max : n.leafMax();
    }
    return total;
}

int CriteriaSet::requiredEvidenceCount() const
{
    int count = 0;
    for (const int leaf : m_leaves) {
        if (node(leaf).evidence == EvidenceRule::Required) {
            ++count;
        }
    }
    return count;
}

namespace {

QJsonObject methodToJson(const LeafMethod& method)
{
    QJsonObject json;
    json.insert(QStringLiteral("type"), LeafMethod::typeName(method.type));
    switch (method.type) {
        case MethodType::Points:
            json.insert(QStringLiteral("step"), method.step.toDouble());
            break;
        case MethodType::Levels: {
            QJsonArray levels;
            for (const auto& level : method.levels) {
                levels.append(QJsonObject{{QStringLiteral("title"), level.title},
                                          {QStringLiteral("points"), level.points.toDouble()}});
            }
            json.insert(QStringLiteral("levels"), levels);
            break;
        }
        case MethodType::Ratio: {
            QJsonArray bands;
            for (const auto& band : method.bands) {
                bands.append(QJsonObject{{QStringLiteral("from"), band.from.toDouble()},
                                         {QStringLiteral("points"), band.points.toDouble()}});
            }
            json.insert(QStringLiteral("bands"), bands);
            json.insert(QStringLiteral("when_none"), LeafMethod::whenNoneName(method.whenNone));
            break;
        }
        case MethodType::Linear:
            json.insert(QStringLiteral("when_none"), LeafMethod::whenNoneName(method.whenNone));
            break;
        case MethodType::Deduct:
            json.insert(QStringLiteral("per_item"), method.perItem.toDouble());
            json.insert(QStringLiteral("limit"), method.limit.toDouble());
            break;
        case MethodType::Tasks:
            json.insert(QStringLiteral("deduction"), method.deduction.toDouble());
            break;
        case MethodType::YesNo:
        case MethodType::Relative:
            break;
    }
    return json;
}

QJsonObject nodeToJson(const CriteriaSet& set, int index)
{
    const Criterion& n = set.node(index);
    QJsonObject json{{QStringLiteral("code"), n.code},
                     {QStringLiteral("title"), n.title},
                     {QStringLiteral("max"), n.max.toDouble()}};
    if (n.isGroup) {
        if (!n.floor.isZero()) {
            json.insert(QStringLiteral("floor"), n.floor.toDouble());
        }
        QJsonArray children;
        for (const int child : n.children) {
            children.append(nodeToJson(set, child));
        }
        json.insert(QStringLiteral("children"), children);
    } else {
        json.insert(QStringLiteral("method"), methodToJson(n.method));
        json.insert(QStringLiteral("evidence"), LeafMethod::evidenceName(n.evidence));
        json.insert(QStringLiteral("na_allowed"), n.naAllowed);
    }
    return json;
}

} // namespace

QJsonObject CriteriaSet::toJson() const
{
    QJsonArray criteria;
    for (const int top : m_topLevel) {
        criteria.append(nodeToJson(*this, top));
    }
    QJsonArray gradesJson;
    for (const auto& g : grades) {
        gradesJson.append(QJsonObject{{QStringLiteral("code"), g.code},
                                      {QStringLiteral("title"), g.title},
                                      {QStringLiteral("min"), g.min.toDouble()}});
    }
    QJsonArray flagsJson;
    for (const auto& f : flags) {
        QJsonObject json{{QStringLiteral("code"), f.code}, {QStringLiteral("title"), f.title}};
        switch (f.effect) {
            case GradeFlag::Effect::Force:
                json.insert(QStringLiteral("grade"), f.grade);
                break;
            case GradeFlag::Effect::Cap:
                json.insert(QStringLiteral("max_grade"), f.grade);
                break;
            case GradeFlag::Effect::Unclassified:
                json.insert(QStringLiteral("unclassified"), true);
                break;
            case GradeFlag::Effect::Waive:
                json.insert(QStringLiteral("waives"), QJsonArray::fromStringList(f.waives));
                break;
        }
        flagsJson.append(json);
    }
    QJsonObject json{{QStringLiteral("format"), QLatin1String(FormatName)},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("decimals"), decimals},
                     {QStringLiteral("criteria"), criteria},
                     {QStringLiteral("grades"), gradesJson},
                     {QStringLiteral("flags"), flagsJson}};
    if (!kind.isEmpty()) {
        json.insert(QStringLiteral("kind"), kind);
    }
    if (quota) {
        QJsonObject quotaJson{{QStringLiteral("grade"), quota->grade},
                              {QStringLiteral("ratio"), quota->ratio.toDouble()},
                              {QStringLiteral("of"), QJsonArray::fromStringList(quota->of)}};
        if (!quota->per.isEmpty()) {
            quotaJson.insert(QStringLiteral("per"), QJsonArray::fromStringList(quota->per));
        }
        json.insert(QStringLiteral("quota"), quotaJson);
    }
    return json;
}

} // namespace danhgia
