// The assessment stages (workflow/Stage): their stable names in files and the database, their
// titles for people, their order and the stage each one is compared with; a sheet file gives the
// stage as its name and is written back with it.

#include "TestSupport.h"
#include "scoring/ScoreSheetReader.h"
#include "workflow/Stage.h"

#include <QJsonObject>

using namespace danhgia;

Q_DECLARE_METATYPE(danhgia::Stage)

class TestStage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreStable_data()
    {
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<QString>("name");
        QTest::newRow("self") << Stage::Self << QStringLiteral("self");
        QTest::newRow("appraised") << Stage::Appraised << QStringLiteral("appraised");
        QTest::newRow("final") << Stage::Final << QStringLiteral("final");
    }

    void namesAreStable()
    {
        QFETCH(Stage, stage);
        QFETCH(QString, name);
        QCOMPARE(Stages::name(stage), name);
        QCOMPARE(Stages::fromName(name), std::optional<Stage>(stage));
        QVERIFY(!Stages::title(stage).isEmpty());
        QVERIFY(!Stages::inText(stage).isEmpty());
        QVERIFY(Stages::title(stage) != Stages::title(Stage::Self) || stage == Stage::Self);
    }

    void unknownNames()
    {
        for (const char* name : {"", "Self", "draft", "approved", " final"}) {
            QVERIFY2(!Stages::fromName(QString::fromLatin1(name)).has_value(), name);
        }
    }

    void orderIsTheOrderReached()
    {
        QCOMPARE(Stages::all(), (QList<Stage>{Stage::Self, Stage::Appraised, Stage::Final}));
        QVERIFY(Stage::Self < Stage::Appraised && Stage::Appraised < Stage::Final);
    }

    void baseline()
    {
        QCOMPARE(Stages::baselineOf(Stage::Self, false), Stage::Self);
        QCOMPARE(Stages::baselineOf(Stage::Self, true), Stage::Self);
        QCOMPARE(Stages::baselineOf(Stage::Appraised, false), Stage::Self);
        QCOMPARE(Stages::baselineOf(Stage::Appraised, true), Stage::Self);
        // The final scores are compared with the appraisal once it has values.
        QCOMPARE(Stages::baselineOf(Stage::Final, false), Stage::Self);
        QCOMPARE(Stages::baselineOf(Stage::Final, true), Stage::Appraised);
    }

    // The text of a file becomes the enum, an unknown stage is an error at its path, and a sheet
    // is written back with the stage's name.
    void sheetFilesCarryTheName()
    {
        const QByteArray json = R"({"format": "danhgia.scores/1", "criteria": "t", "subject": {"id": "S"},
                                    "stage": "appraised", "values": {}})";
        ValidationIssues issues;
        const ScoreSheet sheet = ScoreSheetReader::read(json, &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(sheet.stage, Stage::Appraised);
        QCOMPARE(sheet.toJson().value(QStringLiteral("stage")).toString(), QStringLiteral("appraised"));

        ScoreSheet unknown
            = ScoreSheetReader::read(QByteArray(json).replace("appraised", "approved"), &issues);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().isError());
        QCOMPARE(issues.first().path, QStringLiteral("stage"));
        QVERIFY2(issues.first().toText().contains(QLatin1String("approved")),
                 qPrintable(issues.first().toText()));
        QCOMPARE(unknown.stage, Stage::Self);
        unknown.stage = Stage::Final;
        QCOMPARE(unknown.toJson().value(QStringLiteral("stage")).toString(), QStringLiteral("final"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestStage)
#include "TestStage.moc"
