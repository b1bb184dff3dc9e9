#include "scoring/SheetScorer.h"

#include "criteria/JsonFieldReader.h"
#include "scoring/LeafScorer.h"

namespace danhgia {

SheetScorer::SheetScorer(const CriteriaSet& set)
    : m_set(set)
{
    for (const int leaf : set.leaves()) {
        if (set.node(leaf).method.type == MethodType::Relative) {
            m_hasRelative = true;
        }
    }
}

ValidationIssues SheetScorer::check(const ScoreSheet& sheet) const
{
    ValidationIssues issues;
    const auto error = [&issues](const QString& path, const QString& code, const QString& message) {
        issues.append({ValidationIssue::Severity::Error, path, code, message});
    };
    if (sheet.criteriaId != m_set.id) {
        error(QStringLiteral("criteria"), QString(),
              tr("the sheet is for the criteria set \"%1\", not \"%2\"").arg(sheet.criteriaId, m_set.id));
    }
    for (int i = 0; i < sheet.flags.size(); ++i) {
        if (!m_set.flag(sheet.flags[i])) {
            error(QStringLiteral("flags[%1]").arg(i), QString(),
                  tr("the flag \"%1\" is not defined by the criteria set").arg(sheet.flags[i]));
        }
    }
    for (const QString& code : sheet.valueOrder) {
        const QString path = JsonFieldReader::keyed(QStringLiteral("values"), code);
        const int index = m_set.indexOf(code);
        if (index < 0) {
            error(path, code, tr("the criteria set has no criterion with this code"));
            continue;
        }
        const Criterion& node = m_set.node(index);
        if (node.isGroup) {
            error(path, code,
                  tr("this is a group; its points come from the criteria under it, so it takes no "
                     "value"));
            continue;
        }
        // The relative best does not change whether a value is valid.
        const auto outcome
            = LeafScorer::score(node, sheet.values.value(code), Decimal::fromInt(1), m_set.decimals);
        if (outcome.kind == LeafScorer::Outcome::Kind::Invalid) {
            error(outcome.field.isEmpty() ? path : JsonFieldReader::member(path, outcome.field), code,
                  outcome.error);
        }
    }
    return issues;
}

std::vector<Decimal> SheetScorer::relativeBests(const QList<ScoreSheet>& sheets) const
{
    std::vector<Decimal> bests(static_cast<std::size_t>(m_set.nodeCount()));
    if (!m_hasRelative) {
        return bests;
    }
    for (const int leaf : m_set.leaves()) {
        const Criterion& node = m_set.node(leaf);
        if (node.method.type != MethodType::Relative) {
            continue;
        }
        Decimal best;
        for (const auto& sheet : sheets) {
            const auto it = sheet.values.constFind(node.code);
            if (it != sheet.values.constEnd() && it->kind == LeafValue::Kind::Value) {
                best = Decimal::max(best, it->number);
            }
        }
        bests[static_cast<std::size_t>(leaf)] = best;
    }
    return bests;
}

SubjectResult SheetScorer::score(const ScoreSheet& sheet, const std::vector<Decimal>& bests) const
{
    SubjectResult result;
    result.subjectId = sheet.subject.id;
    result.subjectName = sheet.subject.name;
    result.group = sheet.subject.group;
    result.unit = sheet.subject.unit;
    result.period = sheet.period;
    result.flags = sheet.flags;
    result.nodes.resize(static_cast<std::size_t>(m_set.nodeCount()));

    // Pre-order lists parents before children, so walking it backwards scores every child
    // before its parent.
    for (int i = m_set.nodeCount() - 1; i >= 0; --i) {
        const Criterion& node = m_set.node(i);
        NodeScore& score = result.nodes[static_cast<std::size_t>(i)];
        if (node.isGroup) {
            bool anyApplicable = false;
            Decimal sum;
            Decimal childMax;
            for (const int child : node.children) {
                const NodeScore& c = result.nodes[static_cast<std::size_t>(child)];
                if (c.applicable) {
                    anyApplicable = true;
                    sum += c.points;
                    childMax += c.max;
                }
            }
            score.applicable = anyApplicable;
            if (anyApplicable) {
                score.points = Decimal::min(Decimal::max(sum, node.floor), node.max);
                score.max = Decimal::min(node.max, childMax);
            }
            continue;
        }
        const auto it = sheet.values.constFind(node.code);
        if (it == sheet.values.constEnd()) {
            result.complete = false;
            score.max = node.leafMax();
            continue;
        }
        const Decimal best = bests.empty() ? Decimal() : bests[static_cast<std::size_t>(i)];
        const auto outcome = LeafScorer::score(node, *it, best, m_set.decimals);
        if (outcome.kind == LeafScorer::Outcome::Kind::NotApplicable) {
            score.applicable = false;
            continue;
        }
        score.points = outcome.points;
        score.max = node.leafMax();
    }
    if (!result.complete) {
        for (const int leaf : m_set.leaves()) {
            if (!sheet.values.contains(m_set.node(leaf).code)) {
                result.missing.append(m_set.node(leaf).code);
            }
        }
    }

    Decimal total;
    for (const int top : m_set.topLevel()) {
        const NodeScore& score = result.nodes[static_cast<std::size_t>(top)];
        if (score.applicable) {
            total += score.points;
            result.max += score.max;
        }
    }
    result.total = Decimal::max(total, Decimal());
    if (result.max > Decimal()) {
        result.index = Decimal::fromRatio(WideInt(result.total.units()) * WideInt(100),
                                          WideInt(result.max.units()), m_set.decimals);
    }
    return result;
}

} // namespace danhgia
