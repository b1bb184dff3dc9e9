// Grades, flags, the quota and ranks (scoring contract, section 2 and 4): ResultClassifier,
// QuotaRule and the same rules through ScoringEngine.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "results/QuotaRule.h"
#include "results/ResultClassifier.h"
#include "scoring/ScoringEngine.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace danhgia;
using namespace danhgia::test;

namespace {

// One points leaf of max 100, so a sheet's points are its index.
const char* const IndexCriteria = R"([{"code": "1", "max": 100, "method": {"type": "points"}}])";

const char* const GradesAndFlags = R"(,
 "grades": [{"code": "XS", "min": 90}, {"code": "T", "min": 70}, {"code": "HT", "min": 50}],
 "flags": [{"code": "force_ht", "grade": "HT"}, {"code": "force_xs", "grade": "XS"},
           {"code": "cap_t", "max_grade": "T"}, {"code": "cap_ht", "max_grade": "HT"},
           {"code": "uncl", "unclassified": true}])";

QByteArray withQuota(const char* quota)
{
    return QByteArray(GradesAndFlags) + R"(, "quota": )" + quota;
}

QuotaRule::Subject subject(const char* index, const char* grade)
{
    return {dec(index), QString::fromLatin1(grade), QStringList()};
}

QuotaRule makeRule(const char* ratio, const QStringList& of)
{
    QuotaRule rule;
    rule.grade = QStringLiteral("XS");
    rule.ratio = dec(ratio);
    rule.of = of;
    return rule;
}

const QString XS = QStringLiteral("XS");
const QString T = QStringLiteral("T");
const QString HT = QStringLiteral("HT");

// Subjects with the given indexes proposed for XS, followed by `others` subjects of grade T.
QList<QuotaRule::Subject> proposedThenT(const QList<const char*>& indexes, int others)
{
    QList<QuotaRule::Subject> subjects;
    for (const char* index : indexes) {
        subjects.append(subject(index, "XS"));
    }
    for (int i = 0; i < others; ++i) {
        subjects.append(subject("80", "T"));
    }
    return subjects;
}

ScoreSheet indexSheet(const char* subjectId, const char* index, const QStringList& flags = {})
{
    ScoreSheet s = makeSheet(subjectId, std::nullopt, flags);
    s.setValue(QStringLiteral("1"), pointsValue(index));
    return s;
}

} // namespace

class TestClassification : public QObject
{
    Q_OBJECT

    CriteriaSet m_set;

private Q_SLOTS:
    void initTestCase()
    {
        QString errors;
        m_set = readSet(setDocument(IndexCriteria, GradesAndFlags), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void gradeByIndex()
    {
        const ResultClassifier classifier(m_set);
        QCOMPARE(classifier.gradeForIndex(dec("100")), XS);
        QCOMPARE(classifier.gradeForIndex(dec("90")), XS);
        QCOMPARE(classifier.gradeForIndex(dec("89.99")), T);
        QCOMPARE(classifier.gradeForIndex(dec("70")), T);
        QCOMPARE(classifier.gradeForIndex(dec("50")), HT);
        QCOMPARE(classifier.gradeForIndex(dec("49.99")), QString());
        QCOMPARE(classifier.gradeForIndex(dec("0")), QString());

        DANHGIA_READ_SET(bare, setDocument(IndexCriteria));
        QCOMPARE(ResultClassifier(bare).gradeForIndex(dec("100")), QString());
    }

    void forcedGrades()
    {
        const ResultClassifier c(m_set);
        QCOMPARE(c.applyFlags(XS, {QStringLiteral("force_ht")}), HT);
        QCOMPARE(c.applyFlags(T, {QStringLiteral("force_xs")}), XS); // forcing may raise
        QCOMPARE(c.applyFlags(QString(), {QStringLiteral("force_xs")}), XS);
        QCOMPARE(c.applyFlags(T, {QStringLiteral("force_xs"), QStringLiteral("force_ht")}), HT);
        QCOMPARE(c.applyFlags(T, {QStringLiteral("force_ht"), QStringLiteral("force_xs")}), HT);
        QCOMPARE(c.applyFlags(T, {}), T);
    }

    void cappedGrades()
    {
        const ResultClassifier c(m_set);
        QCOMPARE(c.applyFlags(XS, {QStringLiteral("cap_t")}), T);
        QCOMPARE(c.applyFlags(T, {QStringLiteral("cap_t")}), T);
        QCOMPARE(c.applyFlags(HT, {QStringLiteral("cap_t")}), HT); // a cap never raises
        QCOMPARE(c.applyFlags(QString(), {QStringLiteral("cap_t")}), QString());
        QCOMPARE(c.applyFlags(XS, {QStringLiteral("cap_t"), QStringLiteral("cap_ht")}), HT);
        QCOMPARE(c.applyFlags(XS, {QStringLiteral("cap_ht"), QStringLiteral("cap_t")}), HT);
    }

    void flagPriorities()
    {
        const ResultClassifier c(m_set);
        QCOMPARE(c.applyFlags(XS, {QStringLiteral("uncl")}), QString());
        QCOMPARE(c.applyFlags(XS, {QStringLiteral("force_xs"), QStringLiteral("uncl")}), QString());
        QCOMPARE(c.applyFlags(XS, {QStringLiteral("uncl"), QStringLiteral("cap_t")}), QString());
        // A forced grade comes before any cap, even a lower one.
        QCOMPARE(c.applyFlags(T, {QStringLiteral("cap_ht"), QStringLiteral("force_xs")}), XS);
        QCOMPARE(c.applyFlags(XS, {QStringLiteral("force_ht"), QStringLiteral("cap_t")}), HT);
        QCOMPARE(c.applyFlags(QString(), {QStringLiteral("cap_ht"), QStringLiteral("force_xs")}), XS);
        QCOMPARE(
            c.applyFlags(T, {QStringLiteral("cap_ht"), QStringLiteral("force_xs"), QStringLiteral("uncl")}),
            QString());
    }

    void flagsThroughEngine()
    {
        const ScoringEngine engine(m_set);
        const auto scored
            = engine.score({indexSheet("A", "95", {QStringLiteral("cap_t")}),
                            indexSheet("B", "60", {QStringLiteral("force_xs")}),
                            indexSheet("C", "40", {QStringLiteral("cap_t")}),
                            indexSheet("D", "99", {QStringLiteral("uncl"), QStringLiteral("force_ht")}),
                            indexSheet("E", "75")},
                           false, nullptr);
        QVERIFY(scored);
        QVERIFY(!scored->quotaAllowed);
        QCOMPARE(findResult(*scored, QStringLiteral("A"))->grade, T);
        QCOMPARE(findResult(*scored, QStringLiteral("B"))->grade, XS);
        QCOMPARE(findResult(*scored, QStringLiteral("C"))->grade, QString());
        QCOMPARE(findResult(*scored, QStringLiteral("D"))->grade, QString());
        QCOMPARE(findResult(*scored, QStringLiteral("E"))->grade, T);
        const QJsonObject json = engine.toJson(*scored);
        QVERIFY(json[QStringLiteral("quota_allowed")].isNull());
        for (const auto& entry : json[QStringLiteral("results")].toArray()) {
            QVERIFY(!entry.toObject().contains(QStringLiteral("quota")));
        }
    }

    void quotaCountsDemotedAtLowerGrade()
    {
        // Five proposed for XS, in no particular order, three T, one unclassified, one HT.
        QList<QuotaRule::Subject> subjects{subject("95", "XS"), subject("99", "XS"), subject("97", "XS"),
                                           subject("98", "XS"), subject("96", "XS"), subject("80", "T"),
                                           subject("80", "T"),  subject("75", "T"),  subject("95", ""),
                                           subject("60", "HT")};
        // k = 1: 3 T + 4 demoted = 7, floor(1.4) = 1; k = 2 would need floor(0.2 × 6) ≥ 2.
        const auto outcome = makeRule("0.2", {T}).apply(subjects, T);
        QCOMPARE(outcome.allowed, 1);
        const QList<QuotaStatus> expected{QuotaStatus::Demoted,     QuotaStatus::Within,
                                          QuotaStatus::Demoted,     QuotaStatus::Demoted,
                                          QuotaStatus::Demoted,     QuotaStatus::NotProposed,
                                          QuotaStatus::NotProposed, QuotaStatus::NotProposed,
                                          QuotaStatus::NotProposed, QuotaStatus::NotProposed};
        QCOMPARE(outcome.statuses, expected);
        QCOMPARE(outcome.finalGrades, (QStringList{T, XS, T, T, T, T, T, T, QString(), HT}));

        // When the lower grade is not counted, demoted subjects do not help: 4 HT allow 2.
        const auto notCounted
            = makeRule("0.5", {HT})
                  .apply({subject("99", "XS"), subject("98", "XS"), subject("97", "XS"), subject("60", "HT"),
                          subject("60", "HT"), subject("60", "HT"), subject("60", "HT")},
                         T);
        QCOMPARE(notCounted.allowed, 2);
        QCOMPARE(notCounted.statuses.mid(0, 3),
                 (QList<QuotaStatus>{QuotaStatus::Within, QuotaStatus::Within, QuotaStatus::Demoted}));
    }

    void quotaFloorOfRatio()
    {
        // 0.2 × 4 = 0.8 → 0; 0.2 × 5 = 1.
        QCOMPARE(makeRule("0.2", {T}).apply(proposedThenT({"95"}, 4), T).allowed, 0);
        QCOMPARE(makeRule("0.2", {T}).apply(proposedThenT({"95"}, 5), T).allowed, 1);
    }

    void quotaOfIncludesQuotaGrade()
    {
        // k = 3: 2 T + 3 kept + 1 demoted = 6, floor(3) = 3; k = 4: floor(0.5 × 6) = 3 < 4.
        auto outcome = makeRule("0.5", {XS, T}).apply(proposedThenT({"99", "98", "97", "96"}, 2), T);
        QCOMPARE(outcome.allowed, 3);
        QCOMPARE(outcome.statuses.mid(0, 4),
                 (QList<QuotaStatus>{QuotaStatus::Within, QuotaStatus::Within, QuotaStatus::Within,
                                     QuotaStatus::Demoted}));
        QCOMPARE(outcome.finalGrades.mid(0, 4), (QStringList{XS, XS, XS, T}));

        // Counting only the quota grade itself: k ≤ floor(0.5 k) holds for k = 0 only.
        outcome = makeRule("0.5", {XS}).apply(proposedThenT({"99", "98", "97", "96"}, 2), T);
        QCOMPARE(outcome.allowed, 0);
        QCOMPARE(outcome.statuses.count(QuotaStatus::Demoted), 4);
        // ... and for every k with ratio 1.
        outcome = makeRule("1", {XS}).apply(proposedThenT({"99", "98", "97", "96"}, 2), T);
        QCOMPARE(outcome.allowed, 4);
        QCOMPARE(outcome.statuses.count(QuotaStatus::Within), 4);
    }

    void quotaTiesAtBoundary()
    {
        // k = 2 (7 T + 3 demoted = 10, floor(2.5) = 2); positions 2 and 3 share 95: every 95 is a tie.
        auto outcome = makeRule("0.25", {T}).apply(proposedThenT({"99", "95", "95", "95", "90"}, 7), T);
        QCOMPARE(outcome.allowed, 2);
        QCOMPARE(outcome.statuses.mid(0, 5),
                 (QList<QuotaStatus>{QuotaStatus::Within, QuotaStatus::Tie, QuotaStatus::Tie,
                                     QuotaStatus::Tie, QuotaStatus::Demoted}));
        QCOMPARE(outcome.finalGrades.mid(0, 5), (QStringList{XS, XS, XS, XS, T}));

        // All three tied with k = 1: all three are ties and keep the grade.
        outcome = makeRule("0.2", {T}).apply(proposedThenT({"95", "95", "95"}, 5), T);
        QCOMPARE(outcome.allowed, 1);
        QCOMPARE(outcome.statuses.mid(0, 3), (QList<QuotaStatus>(3, QuotaStatus::Tie)));
        QCOMPARE(outcome.finalGrades.mid(0, 3), (QStringList{XS, XS, XS}));

        // Equal indexes that do not straddle the boundary are no tie.
        outcome = makeRule("0.5", {T}).apply(proposedThenT({"99", "99", "95"}, 3), T);
        QCOMPARE(outcome.allowed, 2);
        QCOMPARE(outcome.statuses.mid(0, 3),
                 (QList<QuotaStatus>{QuotaStatus::Within, QuotaStatus::Within, QuotaStatus::Demoted}));
    }

    void quotaZeroAndEveryoneWithin()
    {
        // k = 0: both demoted even though they share an index; no tie.
        auto outcome = makeRule("0.1", {T}).apply(proposedThenT({"95", "95"}, 3), T);
        QCOMPARE(outcome.allowed, 0);
        QCOMPARE(outcome.statuses.mid(0, 2), (QList<QuotaStatus>(2, QuotaStatus::Demoted)));
        QCOMPARE(outcome.finalGrades.mid(0, 2), (QStringList{T, T}));

        // Everyone within: no position k + 1, so no tie either.
        outcome = makeRule("0.5", {T}).apply(proposedThenT({"95", "95"}, 6), T);
        QCOMPARE(outcome.allowed, 2);
        QCOMPARE(outcome.statuses.mid(0, 2), (QList<QuotaStatus>(2, QuotaStatus::Within)));
        QCOMPARE(outcome.finalGrades.mid(0, 2), (QStringList{XS, XS}));

        // Nobody proposed.
        outcome = makeRule("0.5", {T}).apply(proposedThenT({}, 3), T);
        QCOMPARE(outcome.allowed, 0);
        QCOMPARE(outcome.statuses, (QList<QuotaStatus>(3, QuotaStatus::NotProposed)));
    }

    void quotaThroughEngine()
    {
        DANHGIA_READ_SET(
            set, setDocument(IndexCriteria, withQuota(R"({"grade": "XS", "ratio": 0.2, "of": ["T"]})")));
        const ScoringEngine engine(set);
        const auto scored = engine.score({indexSheet("A", "99"), indexSheet("B", "96"), indexSheet("C", "92"),
                                          indexSheet("D", "80"), indexSheet("E", "75"), indexSheet("F", "72"),
                                          indexSheet("G", "60", {QStringLiteral("uncl")}),
                                          indexSheet("H", "95", {QStringLiteral("force_ht")}),
                                          indexSheet("I", "40", {QStringLiteral("cap_t")})},
                                         false, nullptr);
        QVERIFY(scored);
        QCOMPARE(scored->quotaAllowed, std::optional<int>(1));
        const auto check = [&](const char* id, const QString& grade, int rank, QuotaStatus quota) {
            const SubjectResult* r = findResult(*scored, QString::fromLatin1(id));
            QVERIFY(r);
            QCOMPARE(r->grade, grade);
            QCOMPARE(r->rank, rank);
            QCOMPARE(r->quota, quota);
        };
        check("A", XS, 1, QuotaStatus::Within);
        check("B", T, 2, QuotaStatus::Demoted);
        check("H", HT, 3, QuotaStatus::NotProposed);
        check("C", T, 4, QuotaStatus::Demoted);
        check("D", T, 5, QuotaStatus::NotProposed);
        check("G", QString(), 8, QuotaStatus::NotProposed);
        check("I", QString(), 9, QuotaStatus::NotProposed);

        // Results come by rank; "quota" only for proposed subjects; grade null when none.
        const QJsonObject json = engine.toJson(*scored);
        QCOMPARE(json[QStringLiteral("quota_allowed")].toInt(-1), 1);
        QStringList order;
        QStringList withQuotaKey;
        for (const auto& value : json[QStringLiteral("results")].toArray()) {
            const QJsonObject entry = value.toObject();
            order.append(entry[QStringLiteral("subject")].toString());
            if (entry.contains(QStringLiteral("quota"))) {
                withQuotaKey.append(entry[QStringLiteral("subject")].toString() + QLatin1Char('=')
                                    + entry[QStringLiteral("quota")].toString());
            }
            if (entry[QStringLiteral("subject")].toString() == QLatin1String("G")) {
                QVERIFY(entry[QStringLiteral("grade")].isNull());
            }
        }
        QCOMPARE(order.join(QLatin1Char(',')), QStringLiteral("A,B,H,C,D,E,F,G,I"));
        QCOMPARE(withQuotaKey.join(QLatin1Char(',')), QStringLiteral("A=within,B=demoted,C=demoted"));
    }

    void quotaTieThroughEngine()
    {
        DANHGIA_READ_SET(
            set, setDocument(IndexCriteria, withQuota(R"({"grade": "XS", "ratio": 0.2, "of": ["T"]})")));
        QList<ScoreSheet> sheets{indexSheet("A", "95"), indexSheet("B", "95"), indexSheet("C", "90")};
        for (const char* id : {"D", "E", "F", "G", "H"}) {
            sheets.append(indexSheet(id, "80"));
        }
        const auto scored = ScoringEngine(set).score(sheets, false, nullptr);
        QVERIFY(scored);
        QCOMPARE(scored->quotaAllowed, std::optional<int>(1));
        QCOMPARE(findResult(*scored, QStringLiteral("A"))->quota, QuotaStatus::Tie);
        QCOMPARE(findResult(*scored, QStringLiteral("B"))->quota, QuotaStatus::Tie);
        QCOMPARE(findResult(*scored, QStringLiteral("A"))->grade, XS);
        QCOMPARE(findResult(*scored, QStringLiteral("B"))->grade, XS);
        QCOMPARE(findResult(*scored, QStringLiteral("C"))->quota, QuotaStatus::Demoted);
        QCOMPARE(findResult(*scored, QStringLiteral("C"))->grade, T);
        QCOMPARE(findResult(*scored, QStringLiteral("A"))->rank, 1);
        QCOMPARE(findResult(*scored, QStringLiteral("B"))->rank, 1);
        QCOMPARE(findResult(*scored, QStringLiteral("C"))->rank, 3);
        QCOMPARE(findResult(*scored, QStringLiteral("D"))->rank, 4);
    }

    void competitionRanks()
    {
        const auto ranks = [](const QList<const char*>& indexes) {
            QList<Decimal> values;
            for (const char* index : indexes) {
                values.append(dec(index));
            }
            return ResultClassifier::ranks(values);
        };
        QCOMPARE(ranks({"90", "80", "80", "70"}), (QList<int>{1, 2, 2, 4}));
        QCOMPARE(ranks({"80", "90", "70", "80"}), (QList<int>{2, 1, 4, 2}));
        QCOMPARE(ranks({"95", "95", "90"}), (QList<int>{1, 1, 3}));
        QCOMPARE(ranks({"50", "50", "50"}), (QList<int>{1, 1, 1}));
        QCOMPARE(ranks({"70.01", "70", "70.1"}), (QList<int>{2, 3, 1}));
        QCOMPARE(ranks({}), QList<int>());
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestClassification)
#include "TestClassification.moc"
