#include "scoring/ScoringEngine.h"

#include "scoring/PeriodAggregator.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace danhgia {

ScoringEngine::ScoringEngine(const CriteriaSet& set)
    : m_set(set)
    , m_scorer(set)
    , m_classifier(set)
{ }

QList<ScoringEngine::SheetIssue> ScoringEngine::check(const QList<ScoreSheet>& sheets) const
{
    QList<SheetIssue> issues;
    for (int i = 0; i < sheets.size(); ++i) {
        for (const auto& issue : m_scorer.check(sheets[i])) {
            issues.append({i, issue});
        }
    }
    return issues;
}

std::optional<ScoringResult> ScoringEngine::score(const QList<ScoreSheet>& sheets, bool aggregate,
                                                  QList<SheetIssue>* issues) const
{
    const QList<SheetIssue> found = check(sheets);
    if (!found.isEmpty()) {
        if (issues) {
            *issues = found;
        }
        return std::nullopt;
    }
    const std::vector<Decimal> bests = m_scorer.relativeBests(sheets);
    ScoringResult result;
    result.results.reserve(sheets.size());
    for (const auto& sheet : sheets) {
        result.results.append(m_scorer.score(sheet, bests));
    }
    if (aggregate) {
        if (const auto conflict = scopeConflict(result.results)) {
            if (issues) {
                issues->append(*conflict);
            }
            return std::nullopt;
        }
        PeriodAggregator::Duplicate duplicate;
        auto combined = PeriodAggregator::aggregate(result.results, m_set.decimals, &duplicate);
        if (!combined) {
            if (issues) {
                const QString period = duplicate.period.value_or(tr("(no period)"));
                issues->append(
                    {duplicate.second,
                     {ValidationIssue::Severity::Error, QStringLiteral("period"), QString(),
                      tr("the subject %1 already has a sheet for the period %2 (sheet %3); a subject "
                         "may have one sheet per period")
                          .arg(duplicate.subjectId, period)
                          .arg(duplicate.first + 1)}});
            }
            return std::nullopt;
        }
        result.results = *combined;
    }
    result.quotaAllowed = m_classifier.classify(&result.results, &result.quotaScopes);
    std::stable_sort(result.results.begin(), result.results.end(),
                     [](const SubjectResult& a, const SubjectResult& b) { return a.rank < b.rank; });
    return result;
}

QString ScoringEngine::fieldTitle(const QString& field)
{
    if (field == QLatin1String("unit")) {
        return tr("agency");
    }
    if (field == QLatin1String("group")) {
        return tr("group with similar tasks");
    }
    return field;
}

std::optional<ScoringEngine::SheetIssue>
ScoringEngine::scopeConflict(const QList<SubjectResult>& periods) const
{
    if (!m_set.quota || m_set.quota->per.isEmpty()) {
        return std::nullopt;
    }
    QHash<QString, int> firstOfSubject;
    for (int i = 0; i < periods.size(); ++i) {
        const auto first = firstOfSubject.constFind(periods[i].subjectId);
        if (first == firstOfSubject.constEnd()) {
            firstOfSubject.insert(periods[i].subjectId, i);
            continue;
        }
        for (const QString& field : m_set.quota->per) {
            const QString kept = ResultClassifier::scopeValue(periods[*first], field);
            const QString other = ResultClassifier::scopeValue(periods[i], field);
            if (kept == other) {
                continue;
            }
            return SheetIssue{
                i,
                {ValidationIssue::Severity::Error, QStringLiteral("subject.%1").arg(field), QString(),
                 tr("the subject %1 is in the %2 \"%3\" here but \"%4\" in sheet %5; the quota is counted "
                    "within each %2, so every period of a subject must name the same one")
                     .arg(periods[i].subjectId, fieldTitle(field), other, kept)
                     .arg(*first + 1)}};
        }
    }
    return std::nullopt;
}

namespace {

QJsonValue jsonNumber(Decimal value, int decimals)
{
    return value.rounded(decimals).toDouble();
}

QJsonValue periodJson(const std::optional<QString>& period)
{
    return period ? QJsonValue(*period) : QJsonValue();
}

} // namespace

QJsonObject ScoringEngine::toJson(const ScoringResult& result) const
{
    const int decimals = m_set.decimals;
    QJsonArray results;
    for (const SubjectResult& r : result.results) {
        QJsonObject json{{QStringLiteral("subject"), r.subjectId},
                         {QStringLiteral("total"), jsonNumber(r.total, decimals)},
                         {QStringLiteral("max"), jsonNumber(r.max, decimals)},
                         {QStringLiteral("index"), jsonNumber(r.index, decimals)},
                         {QStringLiteral("grade"), r.grade.isEmpty() ? QJsonValue() : QJsonValue(r.grade)},
                         {QStringLiteral("rank"), r.rank},
                         {QStringLiteral("complete"), r.complete},
                         {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)}};
        if (!r.subjectName.isEmpty()) {
            json.insert(QStringLiteral("name"), r.subjectName);
        }
        if (r.aggregated) {
            QJsonArray periods;
            for (const auto& p : r.periods) {
                periods.append(periodJson(p));
            }
            json.insert(QStringLiteral("period"), periods);
        } else {
            json.insert(QStringLiteral("period"), periodJson(r.period));
            QJsonObject nodes;
            for (int i = 0; i < m_set.nodeCount(); ++i) {
                const NodeScore& n = r.nodes[static_cast<std::size_t>(i)];
                nodes.insert(m_set.node(i).code,
                             QJsonObject{{QStringLiteral("points"),
                                          n.applicable ? jsonNumber(n.points, decimals) : QJsonValue()},
                                         {QStringLiteral("max"),
                                          n.applicable ? jsonNumber(n.max, decimals) : QJsonValue()}});
            }
            json.insert(QStringLiteral("nodes"), nodes);
        }
        if (r.quota != QuotaStatus::NotProposed) {
            json.insert(QStringLiteral("quota"), QuotaRule::statusName(r.quota));
        }
        if (!r.flags.isEmpty()) {
            json.insert(QStringLiteral("flags"), QJsonArray::fromStringList(r.flags));
        }
        results.append(json);
    }
    QJsonObject document{{QStringLiteral("criteria"), m_set.id},
                         {QStringLiteral("results"), results},
                         {QStringLiteral("quota_allowed"),
                          result.quotaAllowed ? QJsonValue(*result.quotaAllowed) : QJsonValue()}};
    if (m_set.quota && !m_set.quota->per.isEmpty()) {
        QJsonArray scopes;
        for (const QuotaRule::Scope& scope : result.quotaScopes) {
            QJsonObject entry;
            for (int i = 0; i < m_set.quota->per.size() && i < scope.values.size(); ++i) {
                entry.insert(m_set.quota->per[i], scope.values[i]);
            }
            entry.insert(QStringLiteral("allowed"), scope.allowed);
            scopes.append(entry);
        }
        document.insert(QStringLiteral("quota_scopes"), scopes);
    }
    return document;
}

} // namespace danhgia
