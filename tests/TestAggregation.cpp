// `--aggregate` semantics through ScoringEngine::score(sheets, true, ...): period results of a
// subject combined into one (scoring contract, section 4), and the cong-chuc example data.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "scoring/ScoreSheetReader.h"
#include "scoring/ScoringEngine.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const char* const Criteria = R"([
 {"code": "1", "max": 60, "method": {"type": "points"}},
 {"code": "2", "max": 40, "method": {"type": "points"}, "na_allowed": true}])";

const char* const GradesAndFlags = R"(,
 "grades": [{"code": "XS", "min": 90}, {"code": "T", "min": 70}, {"code": "HT", "min": 50}, {"code": "K", "min": 0}],
 "flags": [{"code": "force_ht", "grade": "HT"}, {"code": "cap_t", "max_grade": "T"},
           {"code": "uncl", "unclassified": true}])";

// A period sheet; a null text leaves the leaf out, "na" marks it not applicable.
ScoreSheet periodSheet(const char* subject, const char* period, const char* one, const char* two,
                       const QStringList& flags = {})
{
    ScoreSheet s = makeSheet(subject, QString::fromLatin1(period), flags);
    const auto put = [&s](const char* code, const char* value) {
        if (!value) {
            return;
        }
        s.setValue(QString::fromLatin1(code), qstrcmp(value, "na") == 0 ? naValue() : pointsValue(value));
    };
    put("1", one);
    put("2", two);
    return s;
}

// Both leaves from an index in 0..100 (60% and 40% of it).
ScoreSheet indexSheet(const char* subject, const char* period, int index, const QStringList& flags = {})
{
    ScoreSheet s = makeSheet(subject, QString::fromLatin1(period), flags);
    s.setValue(QStringLiteral("1"), pointsValue(QByteArray::number(index * 6 / 10.0, 'f', 2).constData()));
    s.setValue(QStringLiteral("2"), pointsValue(QByteArray::number(index * 4 / 10.0, 'f', 2).constData()));
    return s;
}

QStringList periodsOf(const SubjectResult& r)
{
    QStringList periods;
    for (const auto& p : r.periods) {
        periods.append(p.value_or(QStringLiteral("<null>")));
    }
    return periods;
}

} // namespace

class TestAggregation : public QObject
{
    Q_OBJECT

    CriteriaSet m_set;

    std::optional<ScoringResult> aggregate(const CriteriaSet& set, const QList<ScoreSheet>& sheets,
                                           bool combine = true)
    {
        QList<ScoringEngine::SheetIssue> issues;
        auto result = ScoringEngine(set).score(sheets, combine, &issues);
        for (const auto& issue : issues) {
            qWarning("sheet %d: %s: %s", issue.sheet, qPrintable(issue.issue.path),
                     qPrintable(issue.issue.message));
        }
        return result;
    }

    // The example folder's expected results against the engine's output document.
    void compareExample(const QStringList& sheetFiles, bool aggregated, const QString& expectedFile)
    {
        DANHGIA_READ_SET(set, readData(QStringLiteral("examples/cong-chuc-2026.criteria.json")));
        QList<ScoreSheet> sheets;
        for (const QString& file : sheetFiles) {
            ValidationIssues issues;
            sheets.append(
                ScoreSheetReader::read(readData(QStringLiteral("examples/cong-chuc/") + file), &issues));
            QVERIFY2(issues.isEmpty(), qPrintable(file + QLatin1String(": ") + errorsText(issues)));
        }
        const auto scored = aggregate(set, sheets, aggregated);
        QVERIFY(scored);
        const QJsonObject actual = ScoringEngine(set).toJson(*scored);
        const QJsonObject expected
            = QJsonDocument::fromJson(readData(QStringLiteral("examples/cong-chuc/") + expectedFile))
                  .object();
        QCOMPARE(actual[QStringLiteral("quota_allowed")], expected[QStringLiteral("quota_allowed")]);
        const QJsonArray expectedResults = expected[QStringLiteral("results")].toArray();
        const QJsonArray actualResults = actual[QStringLiteral("results")].toArray();
        QCOMPARE(actualResults.size(), expectedResults.size());
        for (const auto& e : expectedResults) {
            const QString subject = e.toObject()[QStringLiteral("subject")].toString();
            QJsonObject match;
            for (const auto& a : actualResults) {
                if (a.toObject()[QStringLiteral("subject")].toString() == subject) {
                    match = a.toObject();
                }
            }
            QVERIFY2(!match.isEmpty(), qPrintable(subject));
            QString diff;
            QVERIFY2(jsonMatches(e, match, subject, &diff), qPrintable(diff));
            QVERIFY2(e.toObject().contains(QStringLiteral("quota"))
                         == match.contains(QStringLiteral("quota")),
                     qPrintable(subject));
            QCOMPARE(match.contains(QStringLiteral("nodes")), !aggregated);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString errors;
        m_set = readSet(setDocument(Criteria, GradesAndFlags), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void meansOfPrintedPeriodValues()
    {
        const auto scored
            = aggregate(m_set,
                        {periodSheet("A", "2026-02", "40", "na"), // 40 / 60: 66.67
                         periodSheet("A", "2026-01", "60", "40"), // 100
                         periodSheet("B", "2026-01", "10.01", "na"), periodSheet("B", "2026-03", "10", "0"),
                         periodSheet("B", "2026-02", "10", "0")});
        QVERIFY(scored);
        QCOMPARE(scored->results.size(), 2);
        const SubjectResult* a = findResult(*scored, QStringLiteral("A"));
        QVERIFY(a);
        QVERIFY(a->aggregated);
        QVERIFY(a->nodes.empty());
        QCOMPARE(a->index, dec("83.34")); // (66.67 + 100) / 2 = 83.335, not the exact mean 83.33
        QCOMPARE(a->total, dec("70"));
        QCOMPARE(a->max, dec("80"));
        QCOMPARE(periodsOf(*a), (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));

        const SubjectResult* b = findResult(*scored, QStringLiteral("B"));
        QVERIFY(b);
        QCOMPARE(b->index, dec("12.23")); // (16.68 + 10 + 10) / 3
        QCOMPARE(b->total, dec("10")); // 30.01 / 3 = 10.0033
        QCOMPARE(b->max, dec("86.67")); // 260 / 3
        QCOMPARE(
            periodsOf(*b),
            (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03")}));

        const QJsonObject json = ScoringEngine(m_set).toJson(*scored);
        const QJsonObject first = json[QStringLiteral("results")].toArray().at(0).toObject();
        QCOMPARE(first[QStringLiteral("subject")].toString(), QStringLiteral("A"));
        QCOMPARE(first[QStringLiteral("period")].toArray(),
                 (QJsonArray{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QVERIFY(!first.contains(QStringLiteral("nodes")));
        QCOMPARE(first[QStringLiteral("index")].toDouble(), 83.34);
    }

    void flagsAreUnited()
    {
        const auto scored
            = aggregate(m_set,
                        {indexSheet("C", "01", 100, {QStringLiteral("cap_t")}), indexSheet("C", "02", 100),
                         indexSheet("D", "01", 100), indexSheet("D", "02", 90, {QStringLiteral("force_ht")}),
                         indexSheet("D", "03", 95), indexSheet("E", "01", 95, {QStringLiteral("uncl")}),
                         indexSheet("E", "02", 95, {QStringLiteral("cap_t")}), indexSheet("F", "01", 95),
                         indexSheet("F", "02", 95)});
        QVERIFY(scored);
        QCOMPARE(findResult(*scored, QStringLiteral("C"))->flags, QStringList{QStringLiteral("cap_t")});
        QCOMPARE(findResult(*scored, QStringLiteral("C"))->grade, QStringLiteral("T"));
        QCOMPARE(findResult(*scored, QStringLiteral("D"))->index, dec("95"));
        QCOMPARE(findResult(*scored, QStringLiteral("D"))->grade, QStringLiteral("HT"));
        QStringList flags = findResult(*scored, QStringLiteral("E"))->flags;
        flags.sort();
        QCOMPARE(flags, (QStringList{QStringLiteral("cap_t"), QStringLiteral("uncl")}));
        QCOMPARE(findResult(*scored, QStringLiteral("E"))->grade, QString());
        QCOMPARE(findResult(*scored, QStringLiteral("F"))->grade, QStringLiteral("XS"));
        QVERIFY(findResult(*scored, QStringLiteral("F"))->flags.isEmpty());
    }

    void completeOnlyWhenEveryPeriodIs()
    {
        const auto scored
            = aggregate(m_set,
                        {periodSheet("F", "01", "30", nullptr), periodSheet("F", "02", nullptr, "20"),
                         periodSheet("F", "03", nullptr, "20"), periodSheet("G", "01", "30", "20"),
                         periodSheet("G", "02", "30", "na"), periodSheet("H", "01", "60", "40"),
                         periodSheet("H", "02", "60", nullptr), periodSheet("I", "01", "60", nullptr),
                         periodSheet("I", "02", "60", "40")});
        QVERIFY(scored);
        const SubjectResult* f = findResult(*scored, QStringLiteral("F"));
        QVERIFY(!f->complete);
        QCOMPARE(f->missing, (QStringList{QStringLiteral("1"), QStringLiteral("2")})); // sorted, no repeats
        QCOMPARE(f->index, dec("23.33")); // (30 + 20 + 20) / 3
        const SubjectResult* g = findResult(*scored, QStringLiteral("G"));
        QVERIFY(g->complete);
        QVERIFY(g->missing.isEmpty());
        const SubjectResult* h = findResult(*scored, QStringLiteral("H"));
        QVERIFY(!h->complete);
        QCOMPARE(h->missing, QStringList{QStringLiteral("2")});
        QCOMPARE(h->index, dec("80")); // (100 + 60) / 2
        // Only the first period lacks a value.
        const SubjectResult* i = findResult(*scored, QStringLiteral("I"));
        QVERIFY(!i->complete);
        QCOMPARE(i->missing, QStringList{QStringLiteral("2")});
    }

    void duplicatePeriodIsAnError()
    {
        QList<ScoringEngine::SheetIssue> issues;
        const ScoringEngine engine(m_set);
        const QList<ScoreSheet> sheets{indexSheet("A", "2026-01", 80), indexSheet("B", "2026-01", 80),
                                       indexSheet("A", "2026-02", 80), indexSheet("A", "2026-01", 70)};
        QVERIFY(!engine.score(sheets, true, &issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].sheet, 3);
        QVERIFY(issues[0].issue.isError());
        QCOMPARE(issues[0].issue.path, QStringLiteral("period"));
        QVERIFY(!issues[0].issue.message.isEmpty());

        // Two sheets without a period are the same period too.
        issues.clear();
        QVERIFY(!engine.score({makeSheet("A"), makeSheet("A")}, true, &issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].sheet, 1);

        // Without --aggregate the same sheets are simply scored one by one.
        const auto separate = engine.score(sheets, false, nullptr);
        QVERIFY(separate);
        QCOMPARE(separate->results.size(), 4);
    }

    void gradesRanksAndQuotaOnAggregates()
    {
        DANHGIA_READ_SET(set,
                         setDocument(Criteria,
                                     QByteArray(GradesAndFlags)
                                         + R"(, "quota": {"grade": "XS", "ratio": 0.5, "of": ["T"]})"));
        QList<ScoreSheet> sheets;
        const QList<std::tuple<const char*, int, int>> months{{"J", 95, 80}, {"K", 100, 100}, {"L", 92, 90},
                                                              {"M", 70, 72}, {"N", 91, 91},   {"O", 75, 75},
                                                              {"P", 80, 70}};
        for (const auto& [id, first, second] : months) {
            sheets.append(indexSheet(id, "01", first));
            sheets.append(indexSheet(id, "02", second));
        }
        const auto scored = aggregate(set, sheets);
        QVERIFY(scored);
        // Proposed K 100, L 91, N 91; four T; k = 2 and L, N share the boundary index.
        QCOMPARE(scored->quotaAllowed, std::optional<int>(2));
        const auto check
            = [&](const char* id, const char* index, const char* grade, int rank, QuotaStatus quota) {
                  const SubjectResult* r = findResult(*scored, QString::fromLatin1(id));
                  QVERIFY(r);
                  QCOMPARE(r->index, dec(index));
                  QCOMPARE(r->grade, QString::fromLatin1(grade));
                  QCOMPARE(r->rank, rank);
                  QCOMPARE(r->quota, quota);
              };
        check("K", "100", "XS", 1, QuotaStatus::Within);
        check("L", "91", "XS", 2, QuotaStatus::Tie);
        check("N", "91", "XS", 2, QuotaStatus::Tie);
        check("J", "87.5", "T", 4, QuotaStatus::NotProposed); // one month alone would be XS
        check("O", "75", "T", 5, QuotaStatus::NotProposed);
        check("P", "75", "T", 5, QuotaStatus::NotProposed);
        check("M", "71", "T", 7, QuotaStatus::NotProposed);
        QCOMPARE(scored->results.first().subjectId, QStringLiteral("K"));
        QCOMPARE(scored->results.last().subjectId, QStringLiteral("M"));
    }

    void exampleQuarter()
    {
        const QStringList files = QDir(dataPath(QStringLiteral("examples/cong-chuc")))
                                      .entryList({QStringLiteral("*.scores.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 30);
        compareExample(files, true, QStringLiteral("expected-quarter.json"));
    }

    void exampleMonth()
    {
        const QStringList files
            = QDir(dataPath(QStringLiteral("examples/cong-chuc")))
                  .entryList({QStringLiteral("*-2026-01.scores.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 10);
        compareExample(files, false, QStringLiteral("expected-2026-01.json"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestAggregation)
#include "TestAggregation.moc"
