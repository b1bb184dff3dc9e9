#include "TestSupport.h"

#include "criteria/CriteriaTemplates.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using danhgia::CriteriaTemplates;

class TestCriteriaTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreTheBundledFiles();
    void everyTemplateLoadsWithoutProblems_data();
    void everyTemplateLoadsWithoutProblems();
    void listGivesTitlesAndPaths();
    void unknownNameIsAnError();
    void unreadableFileIsAnError();
    void brokenFileGivesItsProblems();
};

void TestCriteriaTemplates::namesAreTheBundledFiles()
{
    const QStringList expected{QStringLiteral("cchc-so-2026"), QStringLiteral("cong-chuc-2026"),
                               QStringLiteral("sat-hach-phong-van"), QStringLiteral("ung-dung-cntt-2026")};
    QCOMPARE(CriteriaTemplates::names(), expected);
    QCOMPARE(CriteriaTemplates::path(QStringLiteral("cong-chuc-2026")),
             QStringLiteral(":/criteria/cong-chuc-2026.criteria.json"));
}

void TestCriteriaTemplates::everyTemplateLoadsWithoutProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("topLevel");
    QTest::addColumn<int>("leaves");
    QTest::newRow("cchc") << QStringLiteral("cchc-so-2026") << 9 << 30;
    QTest::newRow("cong-chuc") << QStringLiteral("cong-chuc-2026") << 2 << 7;
    QTest::newRow("sat-hach") << QStringLiteral("sat-hach-phong-van") << 3 << 3;
    QTest::newRow("cntt") << QStringLiteral("ung-dung-cntt-2026") << 4 << 11;
}

void TestCriteriaTemplates::everyTemplateLoadsWithoutProblems()
{
    QFETCH(QString, name);
    QFETCH(int, topLevel);
    QFETCH(int, leaves);
    const CriteriaTemplates::Loaded loaded = CriteriaTemplates::load(name);
    QVERIFY2(loaded.issues.isEmpty(), qPrintable(loaded.issues.value(0).toText()));
    QVERIFY(loaded.isUsable());
    QCOMPARE(loaded.source, CriteriaTemplates::path(name));
    QCOMPARE(loaded.set.id, name);
    QVERIFY(!loaded.set.title.isEmpty());
    QCOMPARE(loaded.set.topLevel().size(), topLevel);
    QCOMPARE(loaded.set.leaves().size(), leaves);

    // The bundled template is the example of the scoring contract kept in the test data, except
    // that the civil servants' template counts the quota per agency and task group (Decree 335)
    // and adds, after the example's flags, maternity leave and the leaders' flags.
    CriteriaTemplates::Loaded example = CriteriaTemplates::loadFile(
        danhgia::test::dataPath(QStringLiteral("examples/%1.criteria.json").arg(name)));
    QVERIFY(example.issues.isEmpty());
    if (name == QLatin1String("cong-chuc-2026")) {
        QVERIFY(loaded.set.quota);
        QCOMPARE(loaded.set.quota->per, QStringList({QStringLiteral("unit"), QStringLiteral("group")}));
        QVERIFY(example.set.quota && example.set.quota->per.isEmpty());
        example.set.quota->per = loaded.set.quota->per;
        QStringList added;
        for (qsizetype i = example.set.flags.size(); i < loaded.set.flags.size(); ++i) {
            added.append(loaded.set.flags[i].code);
        }
        QCOMPARE(added,
                 (QStringList{QStringLiteral("thai_san"), QStringLiteral("don_vi_chua_dat"),
                              QStringLiteral("don_vi_tham_nhung")}));
        // The example's own flags must be the template's first ones, unchanged (compared below).
        example.set.flags.append(loaded.set.flags.mid(example.set.flags.size()));
    }
    QCOMPARE(QJsonDocument(loaded.set.toJson()).toJson(), QJsonDocument(example.set.toJson()).toJson());
}

void TestCriteriaTemplates::listGivesTitlesAndPaths()
{
    const QList<CriteriaTemplates::Entry> entries = CriteriaTemplates::list();
    QCOMPARE(entries.size(), CriteriaTemplates::names().size());
    for (int i = 0; i < entries.size(); ++i) {
        const CriteriaTemplates::Entry& entry = entries[i];
        QCOMPARE(entry.name, CriteriaTemplates::names()[i]);
        QCOMPARE(entry.path, CriteriaTemplates::path(entry.name));
        QCOMPARE(entry.title, CriteriaTemplates::load(entry.name).set.title);
    }
    QVERIFY(entries[1].title.startsWith(QStringLiteral("Phiếu đánh giá, xếp loại chất lượng công chức")));
}

void TestCriteriaTemplates::unknownNameIsAnError()
{
    const CriteriaTemplates::Loaded loaded = CriteriaTemplates::load(QStringLiteral("no-such-set"));
    QCOMPARE(loaded.issues.size(), 1);
    QVERIFY(loaded.issues.first().isError());
    QVERIFY(loaded.issues.first().message.contains(QStringLiteral("no-such-set")));
    QVERIFY(!loaded.isUsable());
    QCOMPARE(loaded.set.nodeCount(), 0);
}

void TestCriteriaTemplates::unreadableFileIsAnError()
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.criteria.json"));
    const CriteriaTemplates::Loaded loaded = CriteriaTemplates::loadFile(path);
    QCOMPARE(loaded.source, path);
    QCOMPARE(loaded.issues.size(), 1);
    QVERIFY(loaded.issues.first().isError());
    QVERIFY(loaded.issues.first().message.contains(QStringLiteral("missing.criteria.json")));
    QCOMPARE(loaded.set.nodeCount(), 0);
}

void TestCriteriaTemplates::brokenFileGivesItsProblems()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.criteria.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "danhgia.criteria/1", "id": "broken", "criteria": [)");
    file.close();
    const CriteriaTemplates::Loaded loaded = CriteriaTemplates::loadFile(path);
    QVERIFY(!loaded.issues.isEmpty());
    QVERIFY(!loaded.isUsable());
}

DANHGIA_TEST_GUILESS_MAIN(TestCriteriaTemplates)
#include "TestCriteriaTemplates.moc"
