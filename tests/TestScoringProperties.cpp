// Randomized properties of the scoring core, with a fixed seed: random criteria trees (groups,
// all eight methods, not-applicable leaves, floors, caps) and random sheets.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "results/QuotaRule.h"
#include "results/ResultClassifier.h"
#include "scoring/ScoringEngine.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace danhgia;
using namespace danhgia::test;

namespace {

constexpr int SetCount = 300;

// How often the random data reached the interesting cases (so the generator cannot go stale).
struct Coverage
{
    int floors = 0; // a group held at its floor
    int caps = 0; // a group held at its max
    int naGroups = 0; // a group with nothing applicable
    int proposed = 0; // sets with a subject proposed for the quota grade
    int demoted = 0;
    int ties = 0;
    int naChecks = 0;
};

// The first broken invariant of a scored sheet (empty when none): leaves, groups, total, index.
QString treeViolation(const CriteriaSet& set, const SubjectResult& r, Coverage* coverage)
{
    for (int i = 0; i < set.nodeCount(); ++i) {
        const Criterion& node = set.node(i);
        const NodeScore& score = r.nodes[static_cast<std::size_t>(i)];
        if (!node.isGroup) {
            const bool sign = node.method.type == MethodType::Deduct ? !(score.points > Decimal())
                                                                     : !score.points.isNegative();
            const bool ok = !score.applicable
                || (score.max == node.leafMax() && score.points <= score.max && sign
                    && score.points.hasAtMostPlaces(set.decimals));
            if (!ok) {
                return QStringLiteral("leaf %1: %2 of %3")
                    .arg(node.code, score.points.toString(), score.max.toString());
            }
            continue;
        }
        bool any = false;
        Decimal sum;
        Decimal childMax;
        for (const int child : node.children) {
            const NodeScore& c = r.nodes[static_cast<std::size_t>(child)];
            if (c.applicable) {
                any = true;
                sum += c.points;
                childMax += c.max;
            }
        }
        coverage->naGroups += any ? 0 : 1;
        coverage->floors += any && sum < node.floor ? 1 : 0;
        coverage->caps += any && sum > node.max ? 1 : 0;
        if (any != score.applicable
            || (any
                && (score.points != Decimal::min(Decimal::max(sum, node.floor), node.max)
                    || score.max != Decimal::min(node.max, childMax)))) {
            return QStringLiteral("group %1: %2 of %3")
                .arg(node.code, score.points.toString(), score.max.toString());
        }
    }
    const Decimal expectedIndex = r.max > Decimal()
        ? Decimal::fromRatio(WideInt(r.total.units()) * WideInt(100), WideInt(r.max.units()), set.decimals)
        : Decimal();
    if (r.total.isNegative() || r.total > r.max || r.index.isNegative() || r.index > Decimal::fromInt(100)
        || r.index != expectedIndex) {
        return QStringLiteral("%1: total %2, max %3, index %4")
            .arg(r.subjectId, r.total.toString(), r.max.toString(), r.index.toString());
    }
    return {};
}

// The first broken quota invariant (empty when none) of `outcome` for subjects graded `before`:
// only proposed subjects change, demoted ones drop to `lower`, k is the largest that fits the rule
// (counting demoted subjects at `lower`), and without a tie the quota grade keeps at most
// floor(ratio × final count of `of`) subjects.
QString quotaViolation(const QuotaRule& rule, const QString& lower, const QList<QuotaRule::Subject>& before,
                       const QuotaRule::Outcome& outcome, Coverage* coverage)
{
    int n = 0, others = 0, within = 0, ties = 0, demoted = 0, inOf = 0;
    std::optional<Decimal> lowestKept, highestDemoted, tieIndex;
    for (int i = 0; i < before.size(); ++i) {
        const QuotaStatus status = outcome.statuses[i];
        const bool proposed = before[i].grade == rule.grade;
        const QString& finalGrade = outcome.finalGrades[i];
        if ((status == QuotaStatus::NotProposed) == proposed
            || finalGrade != (status == QuotaStatus::Demoted ? lower : before[i].grade)) {
            return QStringLiteral("subject %1: status %2, grade %3").arg(i).arg(int(status)).arg(finalGrade);
        }
        n += proposed ? 1 : 0;
        others += (!proposed && rule.of.contains(before[i].grade)) ? 1 : 0;
        inOf += rule.of.contains(finalGrade) ? 1 : 0;
        const Decimal index = before[i].index;
        if (status == QuotaStatus::Within) {
            ++within;
            lowestKept = lowestKept ? Decimal::min(*lowestKept, index) : index;
        } else if (status == QuotaStatus::Demoted) {
            ++demoted;
            highestDemoted = highestDemoted ? Decimal::max(*highestDemoted, index) : index;
        } else if (status == QuotaStatus::Tie) {
            ++ties;
            if (tieIndex && *tieIndex != index) {
                return QStringLiteral("ties at two indexes");
            }
            tieIndex = index;
        }
    }
    const auto allows = [&](int kept) {
        const qint64 count = others + (rule.of.contains(rule.grade) ? kept : 0)
            + (!lower.isEmpty() && rule.of.contains(lower) ? n - kept : 0);
        return kept <= rule.ratio.floorTimes(count);
    };
    const int k = outcome.allowed;
    bool largest = k >= 0 && k <= n && allows(k);
    for (int bigger = k + 1; bigger <= n; ++bigger) {
        largest = largest && !allows(bigger);
    }
    const bool counts = ties > 0 ? within < k && k < within + ties && k < n
                                 : within == k && within <= rule.ratio.floorTimes(inOf);
    if (!largest || !counts || (lowestKept && highestDemoted && *highestDemoted >= *lowestKept)) {
        return QStringLiteral("k %1 of %2: %3 within, %4 tie, %5 demoted, %6 in of")
            .arg(k)
            .arg(n)
            .arg(within)
            .arg(ties)
            .arg(demoted)
            .arg(inOf);
    }
    coverage->proposed += n > 0 ? 1 : 0;
    coverage->demoted += demoted;
    coverage->ties += ties;
    return {};
}

// Competition ranks and the quota over the classified results of a random set.
QString classificationViolation(const CriteriaSet& set, const ScoringResult& scored, Coverage* coverage)
{
    for (const auto& r : scored.results) {
        const auto higher = std::count_if(scored.results.begin(), scored.results.end(),
                                          [&r](const SubjectResult& o) { return o.index > r.index; });
        if (r.rank != 1 + higher) {
            return QStringLiteral("rank of %1 is %2, %3 are above").arg(r.subjectId).arg(r.rank).arg(higher);
        }
    }
    if (!set.quota || !scored.quotaAllowed) {
        return set.quota.has_value() == scored.quotaAllowed.has_value() ? QString()
                                                                        : QStringLiteral("quota_allowed");
    }
    const ResultClassifier classifier(set);
    QList<QuotaRule::Subject> before;
    QuotaRule::Outcome outcome;
    outcome.allowed = *scored.quotaAllowed;
    for (const auto& r : scored.results) {
        before.append(
            {r.index, classifier.applyFlags(classifier.gradeForIndex(r.index), r.flags), QStringList()});
        outcome.statuses.append(r.quota);
        outcome.finalGrades.append(r.grade);
    }
    const QString lower = set.grades[set.gradeIndex(set.quota->grade) + 1].code;
    return quotaViolation(*set.quota, lower, before, outcome, coverage);
}

} // namespace

class TestScoringProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomSetsAndSheets()
    {
        Rng rng;
        Coverage coverage;
        for (int iteration = 0; iteration < SetCount; ++iteration) {
            const QString where = QStringLiteral("set %1: ").arg(iteration);
            ValidationIssues issues;
            const CriteriaSet set = CriteriaSetReader::fromObject(SetGenerator(rng).generate(), &issues);
            QVERIFY2(errorsText(issues).isEmpty(), qPrintable(where + errorsText(issues)));
            QList<ScoreSheet> sheets;
            for (int i = rng.between(1, 8); i > 0; --i) {
                sheets.append(randomSheet(set, static_cast<int>(sheets.size()), rng));
            }
            const ScoringEngine engine(set);
            QList<ScoringEngine::SheetIssue> sheetIssues;
            const auto scored = engine.score(sheets, false, &sheetIssues);
            QVERIFY2(scored,
                     qPrintable(where + (sheetIssues.isEmpty() ? QString() : sheetIssues[0].issue.path)));
            for (const auto& r : scored->results) {
                const QString violation = treeViolation(set, r, &coverage);
                QVERIFY2(violation.isEmpty(), qPrintable(where + violation));
            }
            const QString classification = classificationViolation(set, *scored, &coverage);
            QVERIFY2(classification.isEmpty(), qPrintable(where + classification));

            // Marking one leaf not applicable changes no other leaf's points.
            const int s = rng.between(0, static_cast<int>(sheets.size()) - 1);
            QList<int> candidates;
            for (const int leaf : set.leaves()) {
                const auto it = sheets[s].values.constFind(set.node(leaf).code);
                if (set.node(leaf).naAllowed && it != sheets[s].values.constEnd()
                    && it->kind != LeafValue::Kind::NotApplicable) {
                    candidates.append(leaf);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            const int marked = candidates[rng.between(0, static_cast<int>(candidates.size()) - 1)];
            QList<ScoreSheet> changed = sheets;
            changed[s].setValue(set.node(marked).code, naValue());
            const auto rescored = engine.score(changed, false, nullptr);
            QVERIFY(rescored);
            ++coverage.naChecks;
            for (const auto& before : scored->results) {
                const SubjectResult* after = findResult(*rescored, before.subjectId);
                QVERIFY(after);
                for (const int leaf : set.leaves()) {
                    const auto& a = before.nodes[static_cast<std::size_t>(leaf)];
                    const auto& b = after->nodes[static_cast<std::size_t>(leaf)];
                    const bool sameSheet = before.subjectId == sheets[s].subject.id;
                    if (leaf == marked && (sameSheet || set.node(leaf).method.type == MethodType::Relative)) {
                        QVERIFY(!sameSheet || !b.applicable);
                        continue;
                    }
                    QVERIFY2(a.applicable == b.applicable && a.points == b.points && a.max == b.max,
                             qPrintable(where + before.subjectId + QLatin1Char(' ') + set.node(leaf).code));
                }
            }
        }
        qInfo("coverage: %d floors, %d caps, %d not-applicable groups, %d sets with quota proposals, %d "
              "demoted, "
              "%d ties, %d not-applicable checks",
              coverage.floors, coverage.caps, coverage.naGroups, coverage.proposed, coverage.demoted,
              coverage.ties, coverage.naChecks);
        QVERIFY(coverage.floors >= 10 && coverage.caps >= 10 && coverage.naGroups >= 10);
        QVERIFY(coverage.proposed >= 10 && coverage.demoted >= 10 && coverage.ties >= 1);
        QVERIFY(coverage.naChecks > SetCount / 3);
    }

    void ranksArePermutationsWithTies()
    {
        Rng rng;
        for (int iteration = 0; iteration < 500; ++iteration) {
            QList<Decimal> indexes;
            for (int i = rng.between(0, 12); i > 0; --i) {
                indexes.append(Decimal::fromUnits(rng.between(0, 8) * 12500)); // few values: many ties
            }
            const QList<int> ranks = ResultClassifier::ranks(indexes);
            QCOMPARE(ranks.size(), indexes.size());
            QList<Decimal> sorted = indexes;
            std::sort(sorted.begin(), sorted.end(), [](Decimal a, Decimal b) { return a > b; });
            for (int i = 0; i < indexes.size(); ++i) {
                // The rank is one past the position of the first equal index in descending order.
                const int first
                    = static_cast<int>(std::find(sorted.begin(), sorted.end(), indexes[i]) - sorted.begin());
                QCOMPARE(ranks[i], first + 1);
            }
        }
    }

    void quotaNeverExceedsItsShare()
    {
        Rng rng;
        const QStringList grades{QStringLiteral("XS"), QStringLiteral("T"), QStringLiteral("HT"), QString()};
        int ties = 0;
        for (int iteration = 0; iteration < 1000; ++iteration) {
            QuotaRule rule;
            rule.grade = QStringLiteral("XS");
            rule.ratio = Decimal::fromUnits(500 * rng.between(0, 20));
            for (int g = 0; g < 3; ++g) {
                if (rng.chance(50)) {
                    rule.of.append(grades[g]);
                }
            }
            QList<QuotaRule::Subject> subjects;
            for (int i = rng.between(0, 15); i > 0; --i) {
                subjects.append(
                    {Decimal::fromInt(90 + rng.between(0, 4)), grades[rng.between(0, 3)], QStringList()});
            }
            Coverage coverage;
            const QString violation
                = quotaViolation(rule, grades[1], subjects, rule.apply(subjects, grades[1]), &coverage);
            QVERIFY2(violation.isEmpty(),
                     qPrintable(QStringLiteral("iteration %1: ").arg(iteration) + violation));
            ties += coverage.ties;
        }
        QVERIFY(ties >= 50);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestScoringProperties)
#include "TestScoringProperties.moc"
