#include <QApplication>

#include "TestSupport.h"

#include "CriteriaSetView.h"
#include "CriteriaTreeModel.h"
#include "criteria/CriteriaSetReader.h"
#include "criteria/CriteriaTemplates.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>

using namespace danhgia;
using namespace danhgia::ui;

namespace {

// A set with problems on purpose: a level above the leaf's maximum, a repeated code, an unknown
// method and a quota for a grade that does not exist.
const char* const BrokenSet = R"({
  "format": "danhgia.criteria/1",
  "id": "broken",
  "title": "Bộ tiêu chí hỏng",
  "kind": "staff",
  "criteria": [
    {"code": "1", "title": "Nhóm", "max": 5, "children": [
      {"code": "1.1", "title": "Mức", "max": 3,
       "method": {"type": "levels", "levels": [{"title": "Cao", "points": 4}]}},
      {"code": "1.1", "title": "Trùng mã", "max": 2, "method": {"type": "magic"}}
    ]}
  ],
  "quota": {"grade": "XS", "ratio": 0.2, "of": ["T"]}
})";

int countLeaves(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    int leaves = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(CriteriaTreeModel::IsGroupRole).toBool()) {
            leaves += countLeaves(model, index);
        } else {
            ++leaves;
        }
    }
    return leaves;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const char* content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace

class TestCriteriaSetView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEachTemplate_data();
    void showsEachTemplate();
    void modelGivesDataOfKnownLeaf();
    void methodTooltipsGiveDetails();
    void brokenSetShowsItsIssues();
    void unreadableFileShowsAnError();
};

void TestCriteriaSetView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Vietnamese));
}

void TestCriteriaSetView::showsEachTemplate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("topLevel");
    QTest::addColumn<int>("leaves");
    QTest::newRow("cchc") << QStringLiteral("cchc-so-2026") << 9 << 30;
    QTest::newRow("cong-chuc") << QStringLiteral("cong-chuc-2026") << 2 << 7;
    QTest::newRow("sat-hach") << QStringLiteral("sat-hach-phong-van") << 3 << 3;
    QTest::newRow("cntt") << QStringLiteral("ung-dung-cntt-2026") << 4 << 11;
}

void TestCriteriaSetView::showsEachTemplate()
{
    QFETCH(QString, name);
    QFETCH(int, topLevel);
    QFETCH(int, leaves);
    CriteriaSetView shown;
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    QVERIFY(CriteriaTemplates::names().contains(name));
    shown.showLoaded(CriteriaTemplates::loadFile(CriteriaTemplates::path(name)));

    CriteriaSetView* view = &shown;
    const CriteriaTemplates::Loaded expected = CriteriaTemplates::load(name);
    QCOMPARE(view->source(), CriteriaTemplates::path(name));
    QCOMPARE(view->titleLabel()->text(), expected.set.title);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->treeView()->model(), view->model());
    QCOMPARE(view->model()->rowCount(), topLevel);
    QCOMPARE(countLeaves(*view->model()), leaves);
    for (int top = 0; top < view->model()->rowCount(); ++top) {
        const QModelIndex index = view->model()->index(top, 0);
        if (view->model()->hasChildren(index)) {
            QVERIFY(view->treeView()->isExpanded(index));
        }
    }
    QVERIFY(view->issueList()->isHidden());
    QVERIFY(
        view->issueHeading()->text().contains(CriteriaSetView::tr("No problems found: the set is valid.")));
}

void TestCriteriaSetView::modelGivesDataOfKnownLeaf()
{
    CriteriaSetView view;
    view.showLoaded(CriteriaTemplates::load(QStringLiteral("cchc-so-2026")));
    const CriteriaTreeModel* model = view.model();
    const QModelIndex code = model->indexOfCode(QStringLiteral("1.1.1"));
    QVERIFY(code.isValid());
    QCOMPARE(code.parent(), model->indexOfCode(QStringLiteral("1.1")));
    QCOMPARE(code.parent().parent(), model->index(0, 0));
    QCOMPARE(code.data().toString(), QStringLiteral("1.1.1"));
    QCOMPARE(code.siblingAtColumn(CriteriaTreeModel::TitleColumn).data().toString(),
             QStringLiteral("Ban hành kế hoạch CCHC năm kịp thời"));
    QCOMPARE(code.siblingAtColumn(CriteriaTreeModel::MaxColumn).data().toString(), QStringLiteral("0,5"));
    QCOMPARE(code.siblingAtColumn(CriteriaTreeModel::MethodColumn).data().toString(),
             CriteriaTreeModel::methodTitle(MethodType::Levels));
    QCOMPARE(code.siblingAtColumn(CriteriaTreeModel::EvidenceColumn).data().toString(),
             CriteriaTreeModel::evidenceTitle(EvidenceRule::Required));
    QVERIFY(!code.data(CriteriaTreeModel::IsGroupRole).toBool());
    QVERIFY(code.parent().data(CriteriaTreeModel::IsGroupRole).toBool());
    // Group maxima are numbers in Vietnamese format too; "11" has no decimals.
    QCOMPARE(model->index(0, CriteriaTreeModel::MaxColumn).data().toString(), QStringLiteral("11"));
    // The method names are words, not the JSON names.
    QCOMPARE(CriteriaTreeModel::methodTitle(MethodType::Levels), CriteriaTreeModel::tr("Levels"));
    QCOMPARE(CriteriaTreeModel::methodTitle(MethodType::Ratio), CriteriaTreeModel::tr("Ratio bands"));
    QCOMPARE(CriteriaTreeModel::methodTitle(MethodType::YesNo), CriteriaTreeModel::tr("Yes / no"));

    const QString tip
        = code.siblingAtColumn(CriteriaTreeModel::MethodColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Ban hành chậm")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("0,25")), qPrintable(tip));
}

void TestCriteriaSetView::methodTooltipsGiveDetails()
{
    CriteriaSetView view;
    view.showLoaded(CriteriaTemplates::load(QStringLiteral("cchc-so-2026")));
    const CriteriaTreeModel* model = view.model();
    const auto tipOf = [model](const char* code) {
        return model->indexOfCode(QLatin1String(code), CriteriaTreeModel::MethodColumn)
            .data(Qt::ToolTipRole)
            .toString();
    };
    // Ratio bands 100% → 1,5; 80% → 1; 50% → 0,5; full points when nothing arose.
    const QString ratio = tipOf("1.1.2");
    QVERIFY2(ratio.contains(QStringLiteral("80%")) && ratio.contains(QStringLiteral("1,5")),
             qPrintable(ratio));
    QVERIFY2(
        ratio.contains(CriteriaTreeModel::tr("When nothing arose in the period (total 0): full points.")),
        qPrintable(ratio));
    // Deduction 0,5 per item, at most 2.
    const QString deduct = tipOf("9.1");
    QCOMPARE(deduct,
             CriteriaTreeModel::methodDetails(
                 model->criteriaSet().node(model->criteriaSet().indexOf(QStringLiteral("9.1")))));
    QVERIFY2(deduct.contains(QStringLiteral("0,5")) && deduct.contains(QStringLiteral("2")),
             qPrintable(deduct));
    // Groups have no method.
    QVERIFY(model->index(0, CriteriaTreeModel::MethodColumn).data().toString().isEmpty());
}

void TestCriteriaSetView::brokenSetShowsItsIssues()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("broken.criteria.json"), BrokenSet);
    ValidationIssues expected;
    CriteriaSetReader::read(QByteArray(BrokenSet), &expected);
    QVERIFY(ValidationIssue::hasErrors(expected));

    CriteriaSetView view;
    QVERIFY(!view.openFile(path));
    QCOMPARE(view.source(), path);
    QCOMPARE(view.issues().size(), expected.size());
    QVERIFY(!view.issueList()->isHidden());
    QCOMPARE(view.issueList()->count(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(view.issueList()->item(i)->text(), expected[i].toText());
    }
    QVERIFY(view.issueHeading()->text().contains(view.problemSummary()));
    // What could be read is still shown.
    QCOMPARE(view.titleLabel()->text(), QStringLiteral("Bộ tiêu chí hỏng"));
    QCOMPARE(view.model()->rowCount(), 1);
}

void TestCriteriaSetView::unreadableFileShowsAnError()
{
    QTemporaryDir dir;
    CriteriaSetView view;
    QVERIFY(!view.openFile(dir.filePath(QStringLiteral("missing.json"))));
    QCOMPARE(view.issueList()->count(), 1);
    QVERIFY(view.issueList()->item(0)->text().contains(QStringLiteral("missing.json")));
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.titleLabel()->text(), QStringLiteral("missing.json"));
}

DANHGIA_TEST_WIDGETS_MAIN(TestCriteriaSetView)
#include "TestCriteriaSetView.moc"
