// A criteria set written as the spreadsheet template (criteria/CriteriaTableWriter) reads back
// as the same tree, and the Excel template shipped with the app (resources/templates/, made from
// the built-in civil-servant set) reads back without problems, as that set.

#include "TestSupport.h"
#include "criteria/CriteriaSetReader.h"
#include "criteria/CriteriaTableReader.h"
#include "criteria/CriteriaTableWriter.h"
#include "criteria/CriteriaTemplates.h"
#include "tabular/TabularReader.h"

using namespace danhgia;

namespace {

// The set read from a table, or an empty set with the problems in `issues`.
CriteriaSet fromTable(const Table& table, const CriteriaSet& like, ValidationIssues* issues)
{
    const auto json
        = CriteriaTableReader::toCriteriaJson(table, like.id, like.version, like.title, like.kind, issues);
    return json ? CriteriaSetReader::fromObject(*json, issues) : CriteriaSet();
}

// Every node the same: code, title, place, maximum, floor, method and its fields, evidence.
void compareTrees(const CriteriaSet& actual, const CriteriaSet& expected)
{
    QCOMPARE(actual.nodeCount(), expected.nodeCount());
    for (int i = 0; i < expected.nodeCount(); ++i) {
        const Criterion& a = actual.node(i);
        const Criterion& e = expected.node(i);
        QCOMPARE(a.code, e.code);
        QCOMPARE(a.title, e.title);
        QCOMPARE(a.parent, e.parent);
        QCOMPARE(a.max, e.max);
        QCOMPARE(a.floor, e.floor);
        QCOMPARE(a.isGroup, e.isGroup);
        if (e.isGroup) {
            continue;
        }
        QCOMPARE(a.method.type, e.method.type);
        QCOMPARE(a.evidence, e.evidence);
        QCOMPARE(a.naAllowed, e.naAllowed);
        QCOMPARE(a.method.step, e.method.step);
        QCOMPARE(a.method.levels.size(), e.method.levels.size());
        for (int l = 0; l < e.method.levels.size(); ++l) {
            QCOMPARE(a.method.levels[l].title, e.method.levels[l].title);
            QCOMPARE(a.method.levels[l].points, e.method.levels[l].points);
        }
        QCOMPARE(a.method.bands.size(), e.method.bands.size());
        for (int b = 0; b < e.method.bands.size(); ++b) {
            QCOMPARE(a.method.bands[b].from, e.method.bands[b].from);
            QCOMPARE(a.method.bands[b].points, e.method.bands[b].points);
        }
        QCOMPARE(a.method.whenNone, e.method.whenNone);
        QCOMPARE(a.method.perItem, e.method.perItem);
        QCOMPARE(a.method.limit, e.method.limit);
    }
}

} // namespace

class TestCriteriaTableWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTemplatesReadBack_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : CriteriaTemplates::names()) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void builtInTemplatesReadBack()
    {
        QFETCH(QString, name);
        const auto loaded = CriteriaTemplates::load(name);
        QVERIFY(loaded.isUsable());
        const Table table = CriteriaTableWriter::toTable(loaded.set);
        QCOMPARE(table.header.first(), QStringLiteral("Mã"));
        QCOMPARE(table.rowCount(), loaded.set.nodeCount());
        ValidationIssues issues;
        const CriteriaSet back = fromTable(table, loaded.set, &issues);
        for (const auto& issue : issues) {
            QVERIFY2(!issue.isError(), qPrintable(issue.toText()));
        }
        compareTrees(back, loaded.set);
    }

    void numbersUseTheDecimalComma()
    {
        const auto loaded = CriteriaTemplates::load(QStringLiteral("cong-chuc-2026"));
        const Table table = CriteriaTableWriter::toTable(loaded.set);
        const int row = loaded.set.indexOf(QStringLiteral("1.1"));
        QCOMPARE(table.cell(row, 3), QStringLiteral("Chọn mức"));
        QVERIFY2(table.cell(row, 4).contains(QStringLiteral("=3,5")), qPrintable(table.cell(row, 4)));
    }

    void shippedExcelTemplateReadsBack()
    {
        const QString path
            = QStringLiteral(DANHGIA_SOURCE_DIR "/resources/templates/tieu-chi-cong-chuc-2026.xlsx");
        QString error;
        const auto table = TabularReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        const auto builtIn = CriteriaTemplates::load(QStringLiteral("cong-chuc-2026"));
        ValidationIssues issues;
        const CriteriaSet read = fromTable(*table, builtIn.set, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toText()));
        compareTrees(read, builtIn.set);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCriteriaTableWriter)
#include "TestCriteriaTableWriter.moc"
