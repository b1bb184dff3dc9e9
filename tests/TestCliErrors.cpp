// Bad input never crashes danhgia-cli: it exits non-zero, prints nothing on standard output, and
// names the file and the criterion code or JSON path, in Vietnamese, on standard error.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <random>

using namespace danhgia::test;

namespace {

const QString SetName = QStringLiteral("examples/cchc-so-2026.criteria.json");
const QString SheetName = QStringLiteral("examples/cchc/SNV.scores.json");

QJsonObject exampleObject(const QString& name)
{
    return QJsonDocument::fromJson(readData(name)).object();
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QByteArray toBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson();
}

QJsonObject withValue(QJsonObject sheet, const QString& code, const QJsonValue& value)
{
    QJsonObject values = sheet.value(QStringLiteral("values")).toObject();
    values.insert(code, value);
    sheet.insert(QStringLiteral("values"), values);
    return sheet;
}

} // namespace

class TestCliErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badSheet_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QString>("mustName"); // the criterion code or JSON path the message names
        const QJsonObject snv = exampleObject(SheetName);
        const auto value = [](const char* key, const QJsonValue& v) {
            return QJsonObject{{QLatin1String(key), v}};
        };
        QTest::newRow("not JSON") << QByteArrayLiteral("{ \"format\": ") << QStringLiteral("JSON");
        QJsonObject wrongFormat = snv;
        wrongFormat.insert(QStringLiteral("format"), QStringLiteral("danhgia.scores/9"));
        QTest::newRow("wrong format") << toBytes(wrongFormat) << QStringLiteral("format");
        QTest::newRow("done above total")
            << toBytes(withValue(snv, QStringLiteral("3.2"),
                                 QJsonObject{{QStringLiteral("done"), 5}, {QStringLiteral("total"), 4}}))
            << QStringLiteral("3.2");
        QTest::newRow("points above max")
            << toBytes(withValue(snv, QStringLiteral("1.4"), value("points", 2.5))) << QStringLiteral("1.4");
        QTest::newRow("points off step")
            << toBytes(withValue(snv, QStringLiteral("1.4"), value("points", 1.1)))
            << QStringLiteral("values[\"1.4\"].points");
        QTest::newRow("level out of range")
            << toBytes(withValue(snv, QStringLiteral("1.1.1"), value("level", 7))) << QStringLiteral("1.1.1");
        QTest::newRow("unknown code")
            << toBytes(withValue(snv, QStringLiteral("99.9"), value("yes", true))) << QStringLiteral("99.9");
        QTest::newRow("value for a group") << toBytes(withValue(snv, QStringLiteral("2"), value("points", 1)))
                                           << QStringLiteral("values[\"2\"]");
        QTest::newRow("wrong kind of value")
            << toBytes(withValue(snv, QStringLiteral("2.2"), value("level", 0))) << QStringLiteral("2.2");
        QTest::newRow("na not allowed")
            << toBytes(withValue(snv, QStringLiteral("2.2"), value("na", true))) << QStringLiteral("2.2");
        QTest::newRow("text instead of number") << toBytes(withValue(
            snv, QStringLiteral("1.2"),
            QJsonObject{{QStringLiteral("done"), QStringLiteral("mười")}, {QStringLiteral("total"), 4}}))
                                                << QStringLiteral("values[\"1.2\"].done");
        QJsonObject otherSet = snv;
        otherSet.insert(QStringLiteral("criteria"), QStringLiteral("cong-chuc-2026"));
        QTest::newRow("sheet for another set") << toBytes(otherSet) << QStringLiteral("criteria");
        QJsonObject unknownFlag = snv;
        unknownFlag.insert(QStringLiteral("flags"), QJsonArray{QStringLiteral("ky_luat")});
        QTest::newRow("unknown flag") << toBytes(unknownFlag) << QStringLiteral("flags[0]");
        QJsonObject noSubject = snv;
        noSubject.remove(QStringLiteral("subject"));
        QTest::newRow("no subject") << toBytes(noSubject) << QStringLiteral("subject");
    }

    void badSheet()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QString, mustName);
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("phieu-loi.scores.json"), sheet);
        const CliRun run
            = runCli({QStringLiteral("score"), QStringLiteral("--criteria"), dataPath(SetName), path});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.contains(QStringLiteral("phieu-loi.scores.json")), qPrintable(run.err));
        QVERIFY2(run.err.contains(mustName), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("tệp")), qPrintable(run.err)); // Vietnamese
    }

    void badCriteriaSet()
    {
        QTemporaryDir dir;
        QJsonObject set = exampleObject(SetName);
        QJsonArray criteria = set.value(QStringLiteral("criteria")).toArray();
        QJsonObject first = criteria[0].toObject();
        first.insert(QStringLiteral("code"), QStringLiteral("2")); // duplicate of the second field
        criteria[0] = first;
        set.insert(QStringLiteral("criteria"), criteria);
        const QString path = write(dir, QStringLiteral("bo-loi.criteria.json"), toBytes(set));
        const CliRun run
            = runCli({QStringLiteral("score"), QStringLiteral("--criteria"), path, dataPath(SheetName)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("bo-loi.criteria.json")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("criteria[1].code")), qPrintable(run.err));

        const CliRun validate = runCli({QStringLiteral("validate"), path});
        QCOMPARE(validate.exitCode, 1);
        QVERIFY(QString::fromUtf8(validate.out).contains(QStringLiteral("criteria[1].code")));
    }

    void duplicatePeriodWhenAggregating()
    {
        const QString sheet = dataPath(QStringLiteral("examples/cong-chuc/CC01-2026-01.scores.json"));
        const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--criteria"),
                                   dataPath(QStringLiteral("examples/cong-chuc-2026.criteria.json")), sheet,
                                   sheet, QStringLiteral("--aggregate")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("CC01")), qPrintable(run.err));
    }

    void usageAndMissingFiles()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("score"), dataPath(SheetName)}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("council")}).exitCode, 2);
        const CliRun missing = runCli({QStringLiteral("council"), QStringLiteral("/khong/co/tep.json")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains(QStringLiteral("/khong/co/tep.json")));
        for (const char* command : {"score", "council", "validate"}) {
            const CliRun help = runCli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains("danhgia-cli"));
        }
    }

    void badCouncil()
    {
        QTemporaryDir dir;
        QJsonObject council = exampleObject(QStringLiteral("examples/sat-hach-qd612.council.json"));
        QJsonArray candidates = council.value(QStringLiteral("candidates")).toArray();
        QJsonObject c = candidates[2].toObject();
        c.insert(QStringLiteral("scores"),
                 QJsonObject{{QStringLiteral("TV1"), 120}, {QStringLiteral("TV2"), 60}});
        candidates[2] = c;
        council.insert(QStringLiteral("candidates"), candidates);
        const QString path = write(dir, QStringLiteral("hoi-dong.council.json"), toBytes(council));
        const CliRun run = runCli({QStringLiteral("council"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("candidates[2].scores[\"TV1\"]")), qPrintable(run.err));
    }

    // Random damage to valid files: the CLI answers 0 or 1, never crashes, and never prints
    // results together with an error.
    void mutatedInputsNeverCrash()
    {
        std::mt19937_64 random(20261122);
        const QByteArray set = readData(SetName);
        const QByteArray sheet = readData(SheetName);
        const QByteArray council = readData(QStringLiteral("examples/sat-hach-tt06.council.json"));
        const QList<QByteArray> replacements{
            "null", "-1", "1e300", "\"x\"", "[]", "{}", "true", "0.00005", "9007199254740993", "-0"};
        QTemporaryDir dir;
        for (int round = 0; round < 150; ++round) {
            const int which = static_cast<int>(random() % 3);
            QByteArray bytes = which == 0 ? set : which == 1 ? sheet : council;
            const int edits = 1 + static_cast<int>(random() % 3);
            for (int e = 0; e < edits; ++e) {
                const auto pos = static_cast<int>(random() % static_cast<quint64>(bytes.size()));
                switch (random() % 4) {
                    case 0: // truncate
                        bytes.truncate(pos);
                        break;
                    case 1: { // replace a number or token after a colon
                        const int colon = bytes.indexOf(':', pos);
                        if (colon > 0) {
                            int end = colon + 1;
                            while (end < bytes.size() && bytes[end] != ',' && bytes[end] != '}'
                                   && bytes[end] != '\n') {
                                ++end;
                            }
                            bytes.replace(colon + 1, end - colon - 1,
                                          replacements[static_cast<int>(random() % replacements.size())]);
                        }
                        break;
                    }
                    case 2: // delete a line
                    {
                        const int start = bytes.lastIndexOf('\n', pos);
                        const int end = bytes.indexOf('\n', pos);
                        if (start >= 0 && end > start) {
                            bytes.remove(start, end - start);
                        }
                        break;
                    }
                    default: // flip a byte
                        if (!bytes.isEmpty()) {
                            bytes[pos] = static_cast<char>(random() % 256);
                        }
                        break;
                }
            }
            const QString path = write(dir, QStringLiteral("mutated-%1.json").arg(round), bytes);
            QStringList arguments;
            if (which == 0) {
                arguments
                    = {QStringLiteral("score"), QStringLiteral("--criteria"), path, dataPath(SheetName)};
            } else if (which == 1) {
                arguments = {QStringLiteral("score"), QStringLiteral("--criteria"), dataPath(SetName), path};
            } else {
                arguments = {QStringLiteral("council"), path};
            }
            const CliRun run = runCli(arguments);
            QVERIFY2(!run.crashed,
                     qPrintable(QStringLiteral("round %1 crashed: %2").arg(round).arg(run.err)));
            QVERIFY2(
                run.exitCode == 0 || run.exitCode == 1,
                qPrintable(QStringLiteral("round %1 exit %2: %3").arg(round).arg(run.exitCode).arg(run.err)));
            if (run.exitCode == 1) {
                QVERIFY(run.out.isEmpty());
                QVERIFY2(run.err.contains(path), qPrintable(run.err));
            } else {
                QVERIFY(run.json().isObject());
            }
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliErrors)
#include "TestCliErrors.moc"
