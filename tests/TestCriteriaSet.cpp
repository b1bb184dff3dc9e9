// Reading, writing back and validating criteria sets ("danhgia.criteria/1"). Problems are checked
// by JSON path, criterion code and severity (the messages are translated).

#include "TestSupport.h"
#include "criteria/CriteriaSet.h"
#include "criteria/CriteriaSetReader.h"
#include "criteria/CriteriaSetValidator.h"

#include <QJsonDocument>

using namespace danhgia;
using danhgia::test::readData;

Q_DECLARE_METATYPE(danhgia::ValidationIssue::Severity)

namespace {

using Severity = ValidationIssue::Severity;

// A whole criteria set around the given "criteria" array; `extra` is inserted after it
// (", \"grades\": [...]").
QByteArray setJson(const QByteArray& criteria, const QByteArray& extra = QByteArray())
{
    return QByteArray(R"({"format": "danhgia.criteria/1", "id": "t", "kind": "staff", "criteria": )")
        + criteria + extra + "}";
}

const QByteArray Grades
    = R"(, "grades": [{"code": "A", "min": 90}, {"code": "B", "min": 50}, {"code": "C", "min": 0}])";

// A set with a single leaf.
QByteArray oneLeaf(const char* code, const char* max, const QByteArray& method,
                   const QByteArray& extra = QByteArray())
{
    return setJson(QByteArray(R"([{"code": ")") + code + R"(", "max": )" + max + R"(, "method": )" + method
                       + "}]",
                   extra);
}

void row(const char* name, const QByteArray& json, const char* path, const char* code = "",
         ValidationIssue::Severity severity = ValidationIssue::Severity::Error)
{
    QTest::newRow(name) << json << QString::fromLatin1(path) << QString::fromLatin1(code) << severity;
}

int countIssues(const ValidationIssues& issues, const QString& path, const QString& code, Severity severity)
{
    int count = 0;
    for (const auto& issue : issues) {
        if (issue.path == path && issue.code == code && issue.severity == severity) {
            ++count;
        }
    }
    return count;
}

int countErrors(const ValidationIssues& issues)
{
    int count = 0;
    for (const auto& issue : issues) {
        count += issue.isError() ? 1 : 0;
    }
    return count;
}

QByteArray describe(const ValidationIssues& issues)
{
    QStringList lines;
    for (const auto& issue : issues) {
        lines << QStringLiteral("%1 path=%2 code=%3")
                     .arg(issue.isError() ? QStringLiteral("E") : QStringLiteral("W"), issue.path,
                          issue.code);
    }
    return lines.join(QLatin1String("; ")).toUtf8();
}

// Every field of the model, one line per node, for comparing two sets.
QStringList dump(const CriteriaSet& s)
{
    const auto n = [](qint64 v) { return QString::number(v); };
    QStringList lines{QStringList{s.id, n(s.version), s.title, s.kind, n(s.decimals)}.join(QLatin1Char('|'))};
    for (const Criterion& c : s.nodes()) {
        QStringList f{c.code,       c.title,     c.max.toString(), c.floor.toString(),
                      n(c.isGroup), n(c.parent), c.jsonPath};
        if (!c.isGroup) {
            const LeafMethod& m = c.method;
            f << LeafMethod::typeName(m.type) << m.step.toString() << LeafMethod::whenNoneName(m.whenNone)
              << m.perItem.toString() << m.limit.toString() << m.deduction.toString()
              << LeafMethod::evidenceName(c.evidence) << n(c.naAllowed);
            for (const auto& level : m.levels) {
                f << level.title << level.points.toString();
            }
            for (const auto& band : m.bands) {
                f << band.from.toString() << band.points.toString();
            }
        }
        lines << f.join(QLatin1Char('|'));
    }
    for (const auto& g : s.grades) {
        lines << QStringList{QStringLiteral("grade"), g.code, g.title, g.min.toString()}.join(
            QLatin1Char('|'));
    }
    for (const auto& f : s.flags) {
        lines << QStringList{QStringLiteral("flag"), f.code, f.title, n(int(f.effect)), f.grade}.join(
            QLatin1Char('|'));
    }
    if (s.quota) {
        lines << QStringLiteral("quota|%1|%2|%3")
                     .arg(s.quota->grade, s.quota->ratio.toString(), s.quota->of.join(QLatin1Char(',')));
    }
    return lines;
}

} // namespace

class TestCriteriaSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledSets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<int>("topLevel");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("leaves");
        QTest::addColumn<int>("grades");
        QTest::addColumn<int>("flags");
        QTest::addColumn<bool>("quota");
        QTest::newRow("cchc") << QStringLiteral("cchc-so-2026") << QStringLiteral("par_index") << 2 << 9 << 41
                              << 30 << 3 << 0 << false;
        QTest::newRow("cong-chuc") << QStringLiteral("cong-chuc-2026") << QStringLiteral("staff") << 2 << 2
                                   << 8 << 7 << 4 << 4 << true;
        QTest::newRow("sat-hach") << QStringLiteral("sat-hach-phong-van") << QStringLiteral("interview") << 1
                                  << 3 << 3 << 3 << 0 << 0 << false;
        QTest::newRow("cntt") << QStringLiteral("ung-dung-cntt-2026") << QStringLiteral("it_ranking") << 2
                              << 4 << 15 << 11 << 4 << 0 << false;
    }

    void bundledSets()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(int, decimals);
        ValidationIssues issues;
        const CriteriaSet set = CriteriaSetReader::read(
            readData(QStringLiteral("examples/%1.criteria.json").arg(file)), &issues);
        QVERIFY2(issues.isEmpty(), describe(issues).constData());
        QCOMPARE(set.id, file);
        QCOMPARE(set.kind, kind);
        QCOMPARE(set.version, 1);
        QCOMPARE(set.decimals, decimals);
        QTEST(int(set.topLevel().size()), "topLevel");
        QTEST(set.nodeCount(), "nodes");
        QTEST(int(set.leaves().size()), "leaves");
        QTEST(int(set.grades.size()), "grades");
        QTEST(int(set.flags.size()), "flags");
        QTEST(set.quota.has_value(), "quota");
        QCOMPARE(set.totalMax().toString(), QStringLiteral("100"));
        QVERIFY(!set.title.isEmpty());
        // The validator on its own agrees with the reader.
        QVERIFY(!ValidationIssue::hasErrors(CriteriaSetValidator::validate(set)));
    }

    void bundledSetDetails()
    {
        ValidationIssues issues;
        const CriteriaSet cchc = CriteriaSetReader::read(
            readData(QStringLiteral("examples/cchc-so-2026.criteria.json")), &issues);
        const int leaf = cchc.indexOf(QStringLiteral("1.1.1"));
        QVERIFY(leaf >= 0);
        const Criterion& c = cchc.node(leaf);
        QVERIFY(!c.isGroup);
        QCOMPARE(c.jsonPath, QStringLiteral("criteria[0].children[0].children[0]"));
        QCOMPARE(c.depth, 2);
        QCOMPARE(cchc.node(c.parent).code, QStringLiteral("1.1"));
        QCOMPARE(c.max.toString(), QStringLiteral("0.5"));
        QCOMPARE(c.method.type, MethodType::Levels);
        QCOMPARE(c.method.levels.size(), 3);
        QCOMPARE(c.method.levels[1].points.toString(), QStringLiteral("0.25"));
        QCOMPARE(c.evidence, EvidenceRule::Required);
        const Criterion& ratio = cchc.node(cchc.indexOf(QStringLiteral("1.1.2")));
        QCOMPARE(ratio.method.type, MethodType::Ratio);
        QCOMPARE(ratio.method.bands.size(), 3);
        QCOMPARE(ratio.method.bands[1].from.toString(), QStringLiteral("0.8"));
        QCOMPARE(ratio.method.whenNone, WhenNone::Full);
        QCOMPARE(cchc.indexOf(QStringLiteral("no-such-code")), -1);

        issues.clear();
        const CriteriaSet staff = CriteriaSetReader::read(
            readData(QStringLiteral("examples/cong-chuc-2026.criteria.json")), &issues);
        const Criterion& tasks = staff.node(staff.indexOf(QStringLiteral("2")));
        QCOMPARE(tasks.method.type, MethodType::Tasks);
        QCOMPARE(tasks.method.deduction.toString(), QStringLiteral("0.25"));
        QCOMPARE(staff.grades[0].code, QStringLiteral("HTXSNV"));
        QCOMPARE(staff.grades[3].min.toString(), QStringLiteral("0"));
        QCOMPARE(staff.flag(QStringLiteral("ky_luat"))->effect, GradeFlag::Effect::Force);
        QCOMPARE(staff.flag(QStringLiteral("ky_luat"))->grade, QStringLiteral("KHTNV"));
        QCOMPARE(staff.flag(QStringLiteral("vang_3_6_thang"))->effect, GradeFlag::Effect::Cap);
        QCOMPARE(staff.flag(QStringLiteral("duoi_6_thang"))->effect, GradeFlag::Effect::Unclassified);
        QCOMPARE(staff.quota->grade, QStringLiteral("HTXSNV"));
        QCOMPARE(staff.quota->ratio.toString(), QStringLiteral("0.2"));
        QCOMPARE(staff.quota->of, QStringList{QStringLiteral("HTTNV")});
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("cchc") << QStringLiteral("cchc-so-2026");
        QTest::newRow("cong-chuc") << QStringLiteral("cong-chuc-2026");
        QTest::newRow("sat-hach") << QStringLiteral("sat-hach-phong-van");
        QTest::newRow("cntt") << QStringLiteral("ung-dung-cntt-2026");
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        ValidationIssues issues;
        const CriteriaSet first = CriteriaSetReader::read(
            readData(QStringLiteral("examples/%1.criteria.json").arg(file)), &issues);
        const QJsonObject json = first.toJson();
        ValidationIssues again;
        const CriteriaSet second
            = CriteriaSetReader::read(QJsonDocument(json).toJson(QJsonDocument::Compact), &again);
        QVERIFY2(!ValidationIssue::hasErrors(again), describe(again).constData());
        QCOMPARE(dump(second), dump(first));
        QCOMPARE(second.toJson(), json);
    }

    void roundTripWithoutOptionalFields()
    {
        // "kind", "title", "version", "decimals", grades and flags are optional when reading; a set
        // read without them must be written so that it reads back.
        ValidationIssues issues;
        const CriteriaSet first = CriteriaSetReader::read(
            R"({"format": "danhgia.criteria/1", "id": "min", "criteria": [{"code": "1", "max": 4, "children": [
                {"code": "1.1", "max": 4, "method": {"type": "deduct", "per_item": 0.5, "limit": 2}},
                {"code": "1.2", "max": 4, "na_allowed": true, "method": {"type": "linear", "when_none": "exclude"}}],
                "floor": 1}]})",
            &issues);
        QCOMPARE(countErrors(issues), 0);
        ValidationIssues again;
        const CriteriaSet second = CriteriaSetReader::fromObject(first.toJson(), &again);
        QVERIFY2(!ValidationIssue::hasErrors(again), describe(again).constData());
        QCOMPARE(dump(second), dump(first));
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Severity>("severity");
        const QByteArray yesNo = R"({"type": "yes_no"})";
        row("duplicate code", setJson(R"([{"code": "1", "max": 5, "method": {"type": "yes_no"}},
                                         {"code": "1", "max": 5, "method": {"type": "yes_no"}}])"),
            "criteria[1].code", "1");
        row("duplicate nested code",
            setJson(
                R"([{"code": "1", "max": 5, "children": [{"code": "1.1", "max": 2, "method": {"type": "yes_no"}},
                                                            {"code": "1.1", "max": 3, "method": {"type": "yes_no"}}]}])"),
            "criteria[0].children[1].code", "1.1");
        row("deduct without per_item", oneLeaf("d", "0", R"({"type": "deduct", "limit": 2})"),
            "criteria[0].method.per_item", "d");
        row("deduct without limit", oneLeaf("d", "0", R"({"type": "deduct", "per_item": 0.5})"),
            "criteria[0].method.limit", "d");
        row("levels without levels", oneLeaf("L", "2", R"({"type": "levels"})"), "criteria[0].method.levels",
            "L");
        row("ratio without bands", oneLeaf("R", "2", R"({"type": "ratio"})"), "criteria[0].method.bands",
            "R");
        row("unknown method type", oneLeaf("U", "2", R"({"type": "stars"})"), "criteria[0].method.type", "U");
        row("method without type", oneLeaf("U", "2", "{}"), "criteria[0].method.type", "U");
        row("bands out of order",
            oneLeaf(
                "R", "2",
                R"({"type": "ratio", "bands": [{"from": 0.5, "points": 1}, {"from": 0.8, "points": 2}]})"),
            "criteria[0].method.bands[1].from", "R");
        row("band points above max",
            oneLeaf("R", "2", R"({"type": "ratio", "bands": [{"from": 1, "points": 3}]})"),
            "criteria[0].method.bands[0].points", "R");
        row("level points above max",
            setJson(
                R"([{"code": "1", "max": 1, "children": [{"code": "1.1", "max": 1, "method": {"type": "levels",
                         "levels": [{"title": "a", "points": 1}, {"title": "b", "points": 1.5}]}}]}])"),
            "criteria[0].children[0].method.levels[1].points", "1.1");
        row("negative level points",
            oneLeaf("L", "1", R"({"type": "levels", "levels": [{"points": 1}, {"points": -1}]})"),
            "criteria[0].method.levels[1].points", "L");
        row("negative max", oneLeaf("N", "-1", yesNo), "criteria[0].max", "N");
        row("max not a number", oneLeaf("N", "\"ten\"", yesNo), "criteria[0].max", "N");
        row("missing code", setJson(R"([{"max": 1, "method": {"type": "yes_no"}}])"), "criteria[0].code");
        row("floor above max",
            setJson(
                R"([{"code": "G", "max": 5, "floor": 6, "children": [{"code": "G.1", "max": 5, "method": {"type": "yes_no"}}]}])"),
            "criteria[0].floor", "G");
        row("group and leaf", setJson(R"([{"code": "G", "max": 5, "method": {"type": "yes_no"},
                                         "children": [{"code": "G.1", "max": 5, "method": {"type": "yes_no"}}]}])"),
            "criteria[0]", "G");
        row("neither group nor leaf", setJson(R"([{"code": "X", "max": 5}])"), "criteria[0]", "X");
        row("grades out of order",
            oneLeaf("1", "1", yesNo, R"(, "grades": [{"code": "A", "min": 50}, {"code": "B", "min": 90}])"),
            "grades[1].min");
        row("flag names unknown grade",
            oneLeaf("1", "1", yesNo, Grades + R"(, "flags": [{"code": "f", "grade": "ZZ"}])"), "flags[0]");
        row("flag caps at unknown grade",
            oneLeaf(
                "1", "1", yesNo,
                Grades
                    + R"(, "flags": [{"code": "u", "unclassified": true}, {"code": "f", "max_grade": "ZZ"}])"),
            "flags[1]");
        row("flag with two effects",
            oneLeaf("1", "1", yesNo,
                    Grades + R"(, "flags": [{"code": "f", "grade": "C", "unclassified": true}])"),
            "flags[0]");
        row("quota on lowest grade",
            oneLeaf("1", "1", yesNo, Grades + R"(, "quota": {"grade": "C", "ratio": 0.2, "of": ["B"]})"),
            "quota.grade");
        row("quota unknown grade",
            oneLeaf("1", "1", yesNo, Grades + R"(, "quota": {"grade": "ZZ", "ratio": 0.2, "of": ["B"]})"),
            "quota.grade");
        row("quota of unknown grade",
            oneLeaf("1", "1", yesNo,
                    Grades + R"(, "quota": {"grade": "A", "ratio": 0.2, "of": ["B", "YY"]})"),
            "quota.of[1]");
        row("decimals 5", oneLeaf("1", "1", yesNo, R"(, "decimals": 5)"), "decimals");
        row("decimals -1", oneLeaf("1", "1", yesNo, R"(, "decimals": -1)"), "decimals");
        row("decimals 1.5", oneLeaf("1", "1", yesNo, R"(, "decimals": 1.5)"), "decimals");
        row("unknown kind",
            R"({"format": "danhgia.criteria/1", "id": "t", "kind": "school", "criteria": [{"code": "1", "max": 1, "method": {"type": "yes_no"}}]})",
            "kind");
        row("wrong format", R"({"format": "danhgia.scores/1", "id": "t", "criteria": []})", "format");
        row("no format", R"({"id": "t", "criteria": []})", "format");
        row("no criteria", R"({"format": "danhgia.criteria/1", "id": "t"})", "criteria");
        row("not JSON", R"({"format": "danhgia.criteria/1", "id": )", "");
        row("JSON array", "[1, 2]", "");
        // Warnings: the set is still usable.
        const auto W = Severity::Warning;
        row("unreachable group max",
            setJson(
                R"([{"code": "G", "max": 10, "children": [{"code": "G.1", "max": 4, "method": {"type": "yes_no"}},
                                                             {"code": "G.2", "max": 5, "method": {"type": "yes_no"}}]}])"),
            "criteria[0].max", "G", W);
        row("unreachable levels max",
            oneLeaf("L", "2", R"({"type": "levels", "levels": [{"points": 1.5}, {"points": 0}]})"),
            "criteria[0].method.levels", "L", W);
        row("unreachable bands max",
            oneLeaf("R", "2", R"({"type": "ratio", "bands": [{"from": 1, "points": 1}]})"),
            "criteria[0].method.bands", "R", W);
        row("max not a multiple of step", oneLeaf("P", "1", R"({"type": "points", "step": 0.3})"),
            "criteria[0].method.step", "P", W);
        row("max finer than decimals", oneLeaf("P", "0.5", yesNo, R"(, "decimals": 0)"), "criteria[0].max",
            "P", W);
    }

    void validation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFETCH(Severity, severity);
        ValidationIssues issues;
        CriteriaSetReader::read(json, &issues);
        QVERIFY2(countIssues(issues, path, code, severity) >= 1, describe(issues).constData());
        QCOMPARE(ValidationIssue::hasErrors(issues), severity == Severity::Error);
        for (const auto& issue : issues) {
            QVERIFY(!issue.message.isEmpty());
        }
    }

    void warningOnlySetIsUsable()
    {
        ValidationIssues issues;
        const CriteriaSet set = CriteriaSetReader::read(
            setJson(
                R"([{"code": "G", "max": 10, "children": [{"code": "G.1", "max": 4, "method": {"type": "yes_no"}}]}])"),
            &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].severity, Severity::Warning);
        QCOMPARE(issues[0].path, QStringLiteral("criteria[0].max"));
        QCOMPARE(issues[0].code, QStringLiteral("G"));
        QCOMPARE(set.nodeCount(), 2);
        QCOMPARE(set.node(1).code, QStringLiteral("G.1"));
    }

    void collectsEveryProblem()
    {
        const QByteArray json = setJson(
            R"([{"code": "1", "max": -2, "method": {"type": "yes_no"}},
                {"code": "1", "max": 3, "method": {"type": "stars"}},
                {"code": "3", "max": 1, "children": [{"code": "3.1", "max": 1, "method": {"type": "deduct"}}]},
                {"code": "4", "max": 2, "method": {"type": "levels", "levels": [{"points": 3}]}}])",
            R"(, "decimals": 9, "grades": [{"code": "A", "min": 10}, {"code": "B", "min": 20}],
               "flags": [{"code": "f", "grade": "Q"}], "quota": {"grade": "B", "ratio": 0.1, "of": ["Z"]})");
        ValidationIssues issues;
        CriteriaSetReader::read(json, &issues);
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("decimals"), QString()},
            {QStringLiteral("criteria[0].max"), QStringLiteral("1")},
            {QStringLiteral("criteria[1].code"), QStringLiteral("1")},
            {QStringLiteral("criteria[1].method.type"), QStringLiteral("1")},
            {QStringLiteral("criteria[2].children[0].method.per_item"), QStringLiteral("3.1")},
            {QStringLiteral("criteria[2].children[0].method.limit"), QStringLiteral("3.1")},
            {QStringLiteral("criteria[3].method.levels[0].points"), QStringLiteral("4")},
            {QStringLiteral("grades[1].min"), QString()},
            {QStringLiteral("flags[0]"), QString()},
            {QStringLiteral("quota.grade"), QString()},
            {QStringLiteral("quota.of[0]"), QString()},
        };
        for (const auto& [path, code] : expected) {
            QVERIFY2(countIssues(issues, path, code, Severity::Error) >= 1,
                     QByteArray(path.toUtf8() + " missing in: " + describe(issues)).constData());
        }
        QVERIFY(countErrors(issues) >= expected.size());
        // The set read so far is kept, for the editor to show.
        QCOMPARE(CriteriaSetReader::read(json, &issues).nodeCount(), 5);
    }

    void syntaxErrorIsOneIssue()
    {
        ValidationIssues issues;
        const CriteriaSet set
            = CriteriaSetReader::read("{\n  \"format\": \"danhgia.criteria/1\",\n  oops\n}", &issues);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues[0].isError());
        QVERIFY(issues[0].path.isEmpty());
        QVERIFY(issues[0].message.contains(QLatin1Char('3'))); // the line number
        QCOMPARE(set.nodeCount(), 0);
    }

    void exactDuplicateCount()
    {
        ValidationIssues issues;
        CriteriaSetReader::read(setJson(R"([{"code": "A", "max": 1, "method": {"type": "yes_no"}},
                                            {"code": "A", "max": 1, "method": {"type": "yes_no"}},
                                            {"code": "A", "max": 1, "method": {"type": "yes_no"}}])"),
                                &issues);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(
            countIssues(issues, QStringLiteral("criteria[1].code"), QStringLiteral("A"), Severity::Error), 1);
        QCOMPARE(
            countIssues(issues, QStringLiteral("criteria[2].code"), QStringLiteral("A"), Severity::Error), 1);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCriteriaSet)
#include "TestCriteriaSet.moc"
