// danhgia-cli reproduces every expected output of the contract's examples: same keys and
// values, numbers equal at the set's decimals (extra keys in the output are allowed).

#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace danhgia::test;

namespace {

QString periodKey(const QJsonValue& period)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{period}).toJson(QJsonDocument::Compact));
}

// Compares expected ⊆ actual; numbers equal when they agree at `decimals` places.
void compareValue(const QJsonValue& expected, const QJsonValue& actual, int decimals, const QString& where,
                  QStringList* differences)
{
    if (expected.isDouble() && actual.isDouble()) {
        const double tolerance = 0.5 * std::pow(10.0, -decimals);
        if (std::fabs(expected.toDouble() - actual.toDouble()) >= tolerance) {
            differences->append(QStringLiteral("%1: expected %2, got %3")
                                    .arg(where)
                                    .arg(expected.toDouble())
                                    .arg(actual.toDouble()));
        }
        return;
    }
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            if (!a.contains(it.key())) {
                differences->append(QStringLiteral("%1.%2: missing").arg(where, it.key()));
                continue;
            }
            compareValue(it.value(), a.value(it.key()), decimals, where + QLatin1Char('.') + it.key(),
                         differences);
        }
        return;
    }
    if (expected.isArray() && actual.isArray() && expected.toArray().size() == actual.toArray().size()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        for (int i = 0; i < e.size(); ++i) {
            compareValue(e[i], a[i], decimals, where + QStringLiteral("[%1]").arg(i), differences);
        }
        return;
    }
    if (expected != actual) {
        differences->append(
            QStringLiteral("%1: expected %2, got %3")
                .arg(where,
                     QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact))));
    }
}

QStringList compareScoreOutput(const QJsonObject& expected, const QJsonObject& actual, int decimals)
{
    QStringList differences;
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue& r : actual.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = r.toObject();
        byKey.insert(
            o.value(QStringLiteral("subject")).toString() + periodKey(o.value(QStringLiteral("period"))), o);
    }
    const QJsonArray expectedResults = expected.value(QStringLiteral("results")).toArray();
    if (expectedResults.size() != actual.value(QStringLiteral("results")).toArray().size()) {
        differences.append(QStringLiteral("number of results differs"));
    }
    for (const QJsonValue& r : expectedResults) {
        const QJsonObject o = r.toObject();
        const QString key
            = o.value(QStringLiteral("subject")).toString() + periodKey(o.value(QStringLiteral("period")));
        if (!byKey.contains(key)) {
            differences.append(QStringLiteral("no result for %1").arg(key));
            continue;
        }
        compareValue(o, byKey.value(key), decimals, key, &differences);
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (it.key() != QLatin1String("results")) {
            compareValue(it.value(), actual.value(it.key()), decimals, it.key(), &differences);
        }
    }
    return differences;
}

QStringList sheetsIn(const QString& folder, const QString& filter)
{
    QStringList paths;
    const QDir dir(dataPath(QStringLiteral("examples/") + folder));
    for (const QString& name : dir.entryList({filter}, QDir::Files, QDir::Name)) {
        paths.append(dir.filePath(name));
    }
    return paths;
}

} // namespace

class TestCliExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void score_data()
    {
        QTest::addColumn<QString>("criteria");
        QTest::addColumn<QStringList>("sheets");
        QTest::addColumn<bool>("aggregate");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("decimals");
        QTest::newRow("cchc") << QStringLiteral("cchc-so-2026")
                              << sheetsIn(QStringLiteral("cchc"), QStringLiteral("*.scores.json")) << false
                              << QStringLiteral("cchc/expected.json") << 2;
        QTest::newRow("cntt") << QStringLiteral("ung-dung-cntt-2026")
                              << sheetsIn(QStringLiteral("cntt"), QStringLiteral("*.scores.json")) << false
                              << QStringLiteral("cntt/expected.json") << 2;
        QTest::newRow("cong-chuc month")
            << QStringLiteral("cong-chuc-2026")
            << sheetsIn(QStringLiteral("cong-chuc"), QStringLiteral("*-2026-01.scores.json")) << false
            << QStringLiteral("cong-chuc/expected-2026-01.json") << 2;
        QTest::newRow("cong-chuc quarter")
            << QStringLiteral("cong-chuc-2026")
            << sheetsIn(QStringLiteral("cong-chuc"), QStringLiteral("*.scores.json")) << true
            << QStringLiteral("cong-chuc/expected-quarter.json") << 2;
        QTest::newRow("quota per unit and group")
            << QStringLiteral("xep-loai-theo-don-vi")
            << sheetsIn(QStringLiteral("quota-scopes"), QStringLiteral("*.scores.json")) << false
            << QStringLiteral("quota-scopes/expected.json") << 2;
    }

    void score()
    {
        QFETCH(QString, criteria);
        QFETCH(QStringList, sheets);
        QFETCH(bool, aggregate);
        QFETCH(QString, expected);
        QFETCH(int, decimals);
        QVERIFY(!sheets.isEmpty());
        QStringList arguments{QStringLiteral("score"), QStringLiteral("--criteria"),
                              dataPath(QStringLiteral("examples/%1.criteria.json").arg(criteria))};
        arguments += sheets;
        if (aggregate) {
            arguments.append(QStringLiteral("--aggregate"));
        }
        const CliRun run = runCli(arguments);
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(run.json().isObject());
        const QJsonObject expectedJson
            = QJsonDocument::fromJson(readData(QStringLiteral("examples/") + expected)).object();
        const QStringList differences = compareScoreOutput(expectedJson, run.json().object(), decimals);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    }

    void council_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("Decision 612") << QStringLiteral("sat-hach-qd612");
        QTest::newRow("Circular 06/2020") << QStringLiteral("sat-hach-tt06");
    }

    void council()
    {
        QFETCH(QString, name);
        const CliRun run = runCli(
            {QStringLiteral("council"), dataPath(QStringLiteral("examples/%1.council.json").arg(name))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject expected
            = QJsonDocument::fromJson(readData(QStringLiteral("examples/%1.expected.json").arg(name)))
                  .object();
        QStringList differences;
        compareValue(expected, run.json().object(), 1, name, &differences);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
        QCOMPARE(run.json().object().size(), expected.size());
    }

    void resultsAreListedByRank()
    {
        const CliRun run = runCli(QStringList{QStringLiteral("score"), QStringLiteral("--criteria"),
                                              dataPath(QStringLiteral("examples/cchc-so-2026.criteria.json"))}
                                  + sheetsIn(QStringLiteral("cchc"), QStringLiteral("*.scores.json")));
        QCOMPARE(run.exitCode, 0);
        int previous = 0;
        for (const QJsonValue& r : run.json().object().value(QStringLiteral("results")).toArray()) {
            const int rank = r.toObject().value(QStringLiteral("rank")).toInt();
            QVERIFY(rank >= previous);
            previous = rank;
        }
        QVERIFY(previous > 1);
    }

    void validateBundledSets_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(dataPath(QStringLiteral("examples")));
        for (const QString& name :
             dir.entryList({QStringLiteral("*.criteria.json")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void validateBundledSets()
    {
        QFETCH(QString, file);
        const CliRun run = runCli({QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        // The summary names the set's title and its counts.
        QVERIFY2(out.contains(QStringLiteral("Bộ tiêu chí")) || out.contains(QStringLiteral("Phiếu")),
                 qPrintable(out));
        QVERIFY(out.count(QLatin1Char('\n')) >= 8);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliExamples)
#include "TestCliExamples.moc"
