// Randomized properties of the scoring core, with a fixed seed: random criteria trees (groups,
// all eight methods, not-applicable leaves, floors, caps) and random sheets.

#include "QuotaRule.h"
#include "ResultClassifier.h"
#include "ScoringEngine.h"
#include "ScoringFixtures.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <random>

using namespace danhgia;
using namespace danhgia::test;

namespace {

constexpr std::uint64_t Seed = 0x64616e6867696131ULL;
constexpr int SetCount = 300;

class Rng
{
public:
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    bool chance(int percent) { return between(1, 100) <= percent; }

private:
    std::mt19937_64 m_engine{Seed};
};

QJsonValue hundredths(qint64 value)
{
    return static_cast<double>(value) / 100.0;
}

// A random "danhgia.criteria/1" document: maxima are whole numbers, floors are ≤ 0.
class SetGenerator
{
public:
    explicit SetGenerator(Rng& rng)
        : m_rng(rng)
    { }

    QJsonObject generate()
    {
        QJsonArray criteria;
        const int top = m_rng.between(1, 5);
        for (int i = 1; i <= top; ++i) {
            qint64 nominal = 0;
            criteria.append(node(QString::number(i), 0, &nominal));
        }
        QJsonObject set{{QStringLiteral("format"), QStringLiteral("danhgia.criteria/1")},
                        {QStringLiteral("id"), QStringLiteral("t")},
                        {QStringLiteral("kind"), QStringLiteral("staff")},
                        {QStringLiteral("decimals"), m_rng.between(0, 2)},
                        {QStringLiteral("criteria"), criteria}};
        if (m_rng.chance(10)) {
            return set;
        }
        QJsonArray grades;
        const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                QStringLiteral("D")};
        const int mins[] = {90, 70, 50, 0};
        const int count = m_rng.chance(60) ? 4 : 3;
        for (int i = 0; i < count; ++i) {
            grades.append(QJsonObject{{QStringLiteral("code"), codes[i]}, {QStringLiteral("min"), mins[i]}});
        }
        set.insert(QStringLiteral("grades"), grades);
        if (m_rng.chance(75)) {
            const int ratios[] = {0, 10, 20, 25, 50, 75, 100};
            QJsonArray of;
            for (int i = 0; i < count; ++i) {
                if (m_rng.chance(50)) {
                    of.append(codes[i]);
                }
            }
            if (of.isEmpty()) {
                of.append(codes[1]);
            }
            set.insert(QStringLiteral("quota"),
                       QJsonObject{{QStringLiteral("grade"), codes[m_rng.between(0, 1)]},
                                   {QStringLiteral("ratio"), hundredths(ratios[m_rng.between(0, 6)])},
                                   {QStringLiteral("of"), of}});
        }
        return set;
    }

private:
    // `nominal` receives the node's max in hundredths (0 for a deduction leaf).
    QJsonObject node(const QString& code, int depth, qint64* nominal)
    {
        if (depth >= 3 || !m_rng.chance(depth == 0 ? 50 : 35)) {
            return leaf(code, nominal);
        }
        QJsonArray children;
        qint64 sum = 0;
        const int n = m_rng.between(1, 4);
        for (int i = 1; i <= n; ++i) {
            qint64 child = 0;
            children.append(node(code + QLatin1Char('.') + QString::number(i), depth + 1, &child));
            sum += child;
        }
        qint64 max = sum;
        switch (m_rng.between(0, 2)) {
            case 1:
                max = m_rng.between(0, static_cast<int>(sum / 100)) * 100; // a cap below the children
                break;
            case 2:
                max = sum + m_rng.between(1, 5) * 100;
                break;
            default:
                break;
        }
        QJsonObject group{{QStringLiteral("code"), code},
                          {QStringLiteral("max"), hundredths(max)},
                          {QStringLiteral("children"), children}};
        if (m_rng.chance(30)) {
            group.insert(QStringLiteral("floor"), hundredths(-50 * m_rng.between(0, 10)));
        }
        *nominal = max;
        return group;
    }

    QJsonObject leaf(const QString& code, qint64* nominal)
    {
        qint64 max = m_rng.between(0, 20) * 100;
        QJsonObject method;
        const QStringList whenNone{QStringLiteral("full"), QStringLiteral("zero"), QStringLiteral("exclude")};
        const auto maybeWhenNone = [&] {
            if (m_rng.chance(75)) {
                method.insert(QStringLiteral("when_none"), whenNone[m_rng.between(0, 2)]);
            }
        };
        const auto upToMax = [&] { return hundredths(m_rng.between(0, static_cast<int>(max))); };
        switch (m_rng.between(0, 7)) {
            case 0:
                method.insert(QStringLiteral("type"), QStringLiteral("points"));
                if (m_rng.chance(30)) {
                    method.insert(QStringLiteral("step"), 0.5);
                }
                break;
            case 1:
                method.insert(QStringLiteral("type"), QStringLiteral("yes_no"));
                break;
            case 2: {
                method.insert(QStringLiteral("type"), QStringLiteral("levels"));
                QJsonArray levels;
                for (int i = m_rng.between(1, 4); i > 0; --i) {
                    levels.append(QJsonObject{{QStringLiteral("title"), QStringLiteral("L")},
                                              {QStringLiteral("points"), upToMax()}});
                }
                method.insert(QStringLiteral("levels"), levels);
                break;
            }
            case 3: {
                method.insert(QStringLiteral("type"), QStringLiteral("ratio"));
                QJsonArray bands;
                for (const int from : {100, 90, 80, 75, 50, 25, 0}) {
                    if (m_rng.chance(40) || (from == 0 && bands.isEmpty())) {
                        bands.append(QJsonObject{{QStringLiteral("from"), hundredths(from)},
                                                 {QStringLiteral("points"), upToMax()}});
                    }
                }
                method.insert(QStringLiteral("bands"), bands);
                maybeWhenNone();
                break;
            }
            case 4:
                method.insert(QStringLiteral("type"), QStringLiteral("linear"));
                maybeWhenNone();
                break;
            case 5:
                max = 0;
                method.insert(QStringLiteral("type"), QStringLiteral("deduct"));
                method.insert(QStringLiteral("per_item"), hundredths(m_rng.between(1, 300)));
                method.insert(QStringLiteral("limit"), hundredths(m_rng.between(0, 1000)));
                break;
            case 6:
                method.insert(QStringLiteral("type"), QStringLiteral("relative"));
                break;
            default:
                method.insert(QStringLiteral("type"), QStringLiteral("tasks"));
                if (m_rng.chance(50)) {
                    method.insert(QStringLiteral("deduction"),
                                  hundredths(QList<int>{10, 25, 50}[m_rng.between(0, 2)]));
                }
                break;
        }
        *nominal = max;
        return {{QStringLiteral("code"), code},
                {QStringLiteral("max"), hundredths(max)},
                {QStringLiteral("method"), method},
                {QStringLiteral("na_allowed"), m_rng.chance(30)}};
    }

    Rng& m_rng;
};

ScoreSheet randomSheet(const CriteriaSet& set, int number, Rng& rng)
{
    ScoreSheet sheet;
    sheet.criteriaId = set.id;
    sheet.subject.id = QStringLiteral("S%1").arg(number);
    for (const int index : set.leaves()) {
        const Criterion& leaf = set.node(index);
        if (rng.chance(8)) {
            continue; // missing
        }
        if (leaf.naAllowed && rng.chance(20)) {
            sheet.setValue(leaf.code, naValue());
            continue;
        }
        LeafValue v;
        switch (leaf.method.type) {
            case MethodType::Points:
                v = pointsValue("0");
                v.number = Decimal::fromUnits(
                    leaf.method.step.units()
                    * rng.between(0, static_cast<int>(leaf.max.units() / leaf.method.step.units())));
                break;
            case MethodType::YesNo:
                v = yesValue(rng.chance(50));
                break;
            case MethodType::Levels:
                v = levelValue(rng.between(0, static_cast<int>(leaf.method.levels.size()) - 1));
                break;
            case MethodType::Ratio:
            case MethodType::Linear: {
                const int total = rng.chance(15) ? 0 : rng.between(1, 10);
                v = ratioValue(rng.between(0, total), total);
                break;
            }
            case MethodType::Deduct:
                v = countValue(rng.between(0, 8));
                break;
            case MethodType::Relative:
                v = relativeValue("0");
                v.number = Decimal::fromUnits(rng.chance(10) ? 0 : rng.between(0, 10000) * 100);
                break;
            case MethodType::Tasks:
                v.kind = LeafValue::Kind::Tasks;
                for (int i = rng.between(0, 4); i > 0; --i) {
                    TaskItem item;
                    item.weight = Decimal::fromUnits(2500 * rng.between(1, 12));
                    item.done = rng.chance(80);
                    item.qualityFailures = rng.between(0, 5);
                    item.delays = rng.between(0, 5);
                    item.excused = rng.chance(20);
                    v.items.append(item);
                }
                break;
        }
        sheet.setValue(leaf.code, v);
    }
    return sheet;
}

// The first broken invariant of a scored sheet (empty when none): leaves, groups, total, index.
QString treeViolation(const CriteriaSet& set, const SubjectResult& r)
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

// The contract's rule when the first `kept` of `n` proposed subjects keep the quota grade and the
// others drop to `lower`; `others` are the subjects not proposed whose grade is in `of`.
bool quotaAllows(const QuotaRule& quota, const QString& lower, int others, int n, int kept)
{
    const qint64 count
        = others + (quota.of.contains(quota.grade) ? kept : 0) + (quota.of.contains(lower) ? n - kept : 0);
    return kept <= quota.ratio.floorTimes(count);
}

// Competition ranks and the quota's invariants over the classified results.
QString classificationViolation(const CriteriaSet& set, const QList<SubjectResult>& results,
                                std::optional<int> k)
{
    for (const auto& r : results) {
        const auto higher = std::count_if(results.begin(), results.end(),
                                          [&r](const SubjectResult& o) { return o.index > r.index; });
        if (r.rank != 1 + higher) {
            return QStringLiteral("rank of %1 is %2, %3 are above").arg(r.subjectId).arg(r.rank).arg(higher);
        }
    }
    if (!set.quota) {
        return k ? QStringLiteral("quota_allowed without a quota") : QString();
    }
    const QuotaRule& quota = *set.quota;
    const ResultClassifier classifier(set);
    const int lowerIndex = set.gradeIndex(quota.grade) + 1;
    const QString lower = set.grades[lowerIndex].code;
    QList<Decimal> proposed;
    int within = 0, ties = 0, demoted = 0, others = 0;
    Decimal lowestKept = Decimal::fromInt(1000);
    Decimal highestDemoted = Decimal::fromInt(-1);
    for (const auto& r : results) {
        const QString before = classifier.applyFlags(classifier.gradeForIndex(r.index), r.flags);
        if (before != quota.grade) {
            if (r.quota != QuotaStatus::NotProposed || r.grade != before) {
                return QStringLiteral("%1 was not proposed but changed").arg(r.subjectId);
            }
            others += (!before.isEmpty() && quota.of.contains(before)) ? 1 : 0;
            continue;
        }
        proposed.append(r.index);
        switch (r.quota) {
            case QuotaStatus::Within:
                ++within;
                lowestKept = Decimal::min(lowestKept, r.index);
                break;
            case QuotaStatus::Tie:
                ++ties;
                break;
            case QuotaStatus::Demoted:
                ++demoted;
                highestDemoted = Decimal::max(highestDemoted, r.index);
                break;
            case QuotaStatus::NotProposed:
                return QStringLiteral("%1 was proposed but has no quota status").arg(r.subjectId);
        }
        if (r.grade != (r.quota == QuotaStatus::Demoted ? lower : quota.grade)) {
            return QStringLiteral("%1 has the grade %2").arg(r.subjectId, r.grade);
        }
    }
    // The rule with the first `kept` proposed subjects keeping the grade, the rest demoted.
    const int n = static_cast<int>(proposed.size());
    if (!k || *k < 0 || *k > n || !quotaAllows(quota, lower, others, n, *k)) {
        return QStringLiteral("quota_allowed %1 of %2 breaks the rule").arg(k.value_or(-1)).arg(n);
    }
    for (int bigger = *k + 1; bigger <= n; ++bigger) {
        if (quotaAllows(quota, lower, others, n, bigger)) {
            return QStringLiteral("quota_allowed %1 is not the largest (%2 fits)").arg(*k).arg(bigger);
        }
    }
    if (within > *k || within + ties < *k || (ties == 0 && within != *k) || highestDemoted >= lowestKept) {
        return QStringLiteral("k %1: %2 within, %3 tie, %4 demoted")
            .arg(*k)
            .arg(within)
            .arg(ties)
            .arg(demoted);
    }
    return {};
}

} // namespace

class TestScoringProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomSetsAndSheets()
    {
        Rng rng;
        int naChecks = 0;
        int quotaSets = 0;
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
                const QString violation = treeViolation(set, r);
                QVERIFY2(violation.isEmpty(), qPrintable(where + violation));
            }
            const QString classification
                = classificationViolation(set, scored->results, scored->quotaAllowed);
            QVERIFY2(classification.isEmpty(), qPrintable(where + classification));
            quotaSets += set.quota ? 1 : 0;

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
            ++naChecks;
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
        QVERIFY(naChecks > SetCount / 3);
        QVERIFY(quotaSets > SetCount / 3);
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
                subjects.append({Decimal::fromInt(90 + rng.between(0, 4)), grades[rng.between(0, 3)]});
            }
            const auto outcome = rule.apply(subjects, grades[1]);
            const QString where = QStringLiteral("iteration %1").arg(iteration);
            int kept = 0, ties = 0, inOf = 0, proposed = 0, others = 0;
            std::optional<Decimal> tieIndex;
            for (int i = 0; i < subjects.size(); ++i) {
                const QuotaStatus status = outcome.statuses[i];
                const bool isProposed = subjects[i].grade == rule.grade;
                QCOMPARE(status == QuotaStatus::NotProposed, !isProposed);
                proposed += isProposed ? 1 : 0;
                others += (!isProposed && rule.of.contains(subjects[i].grade)) ? 1 : 0;
                kept += status == QuotaStatus::Within ? 1 : 0;
                ties += status == QuotaStatus::Tie ? 1 : 0;
                inOf += (!outcome.finalGrades[i].isEmpty() && rule.of.contains(outcome.finalGrades[i])) ? 1
                                                                                                        : 0;
                QCOMPARE(outcome.finalGrades[i],
                         status == QuotaStatus::Demoted ? grades[1] : subjects[i].grade);
                if (status == QuotaStatus::Tie) {
                    QVERIFY2(!tieIndex || *tieIndex == subjects[i].index, qPrintable(where));
                    tieIndex = subjects[i].index;
                }
            }
            // Ties aside, the quota grade holds at most floor(ratio × the final count of `of`).
            QVERIFY2(ties > 0 || kept <= rule.ratio.floorTimes(inOf), qPrintable(where));
            QVERIFY2(ties > 0 || kept == outcome.allowed, qPrintable(where));
            QVERIFY2(kept <= outcome.allowed && kept + ties >= outcome.allowed, qPrintable(where));
            QVERIFY2(ties == 0 || (outcome.allowed > 0 && outcome.allowed < proposed), qPrintable(where));
            QVERIFY2(quotaAllows(rule, grades[1], others, proposed, outcome.allowed), qPrintable(where));
            for (int bigger = outcome.allowed + 1; bigger <= proposed; ++bigger) {
                QVERIFY2(!quotaAllows(rule, grades[1], others, proposed, bigger), qPrintable(where));
            }
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestScoringProperties)
#include "TestScoringProperties.moc"
