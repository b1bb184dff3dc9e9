// The score sheet form, what it says about the values typed: a value the criterion's method does
// not accept (out of range, off its steps, letters, done above total, a task's coefficient of 0)
// is neither clamped nor dropped but refused at the cell in Vietnamese, its editor kept open with
// what was typed; the ratio's messages and tooltips use the words of the form; and the red error
// of the message bar goes once what it named is dealt with.

#include <QApplication>

#include "CriteriaTreeModel.h"
#include "EvidencePanel.h"
#include "MessageBar.h"
#include "SheetFormTestSupport.h"
#include "TaskListEditor.h"
#include "scoring/LeafScorer.h"

#include <QAbstractSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

class TestSheetValueEntry : public SheetFormTestBase
{
    Q_OBJECT

private:
    void showForm(ScoreSheetForm& form)
    {
        form.resize(1280, 760);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QVERIFY2(form.openSheet(m_fixture.sheet), qPrintable(form.messageBar()->text()));
    }

    // Enter on a cell, what is typed replacing its value, then `end` (Enter, Tab).
    static void typeInto(ScoreSheetForm& form, const QString& code, const QString& text,
                         Qt::Key end = Qt::Key_Return)
    {
        QWidget* editor = startEditing(form, code, Model::SelfValueColumn);
        QVERIFY2(editor, qPrintable(code));
        QTest::keyClicks(focused(editor), text);
        QTest::keyClick(focused(editor), end);
    }

    // The message shown at a cell of `view`, if one is shown.
    static QString cellMessage(QAbstractItemView* view)
    {
        const auto* label = view->viewport()->findChild<QLabel*>(QStringLiteral("cellMessage"));
        return label && label->isVisible() ? label->text() : QString();
    }

    static QString typedText(QWidget* editor)
    {
        const auto* spin = qobject_cast<QAbstractSpinBox*>(editor);
        return spin ? spin->text() : QString();
    }

    static const Criterion& leaf(ScoreSheetForm& form, const QString& code)
    {
        const CriteriaSet& set = form.sheetEditor()->criteriaSet();
        return set.node(set.indexOf(code));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Vietnamese)); }
    void init() { startSession(); }
    void cleanup() { endSession(); }

    void pointsOutsideTheMethodStayInTheEditor()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        SheetTreeView* tree = form.treeView();
        const QModelIndex points = cell(form, QStringLiteral("1.1"), Model::SelfValueColumn);

        // 12 in a criterion of 10 points: nothing saved, nothing clamped, the editor keeps it.
        typeInto(form, QStringLiteral("1.1"), QStringLiteral("12"));
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("<none>"));
        QCOMPARE(form.model()->result(Stage::Self).total, Decimal());
        QVERIFY(tree->isEditing());
        QCOMPARE(tree->currentIndex(), points);
        QCOMPARE(typedText(tree->indexWidget(points)), QStringLiteral("12"));
        QCOMPARE(
            cellMessage(tree),
            QStringLiteral("Đã nhập 12; tiêu chí 1.1 cho phép từ 0 đến 10 điểm, theo từng bước 0,5 điểm."));
        // Tab does not save it either.
        QTest::keyClick(focused(tree), Qt::Key_Tab);
        QVERIFY(tree->isEditing());
        QCOMPARE(tree->currentIndex(), points);
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("<none>"));

        // Off the criterion's steps: refused, not snapped to a step.
        auto* spin = qobject_cast<QAbstractSpinBox*>(tree->indexWidget(points));
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(focused(spin), QStringLiteral("8,3"));
        QTest::keyClick(focused(spin), Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("<none>"));
        QCOMPARE(
            cellMessage(tree),
            QStringLiteral("Đã nhập 8,3; tiêu chí 1.1 cho phép từ 0 đến 10 điểm, theo từng bước 0,5 điểm."));

        // A click on another cell brings the focus back to the editor.
        const QModelIndex other = cell(form, QStringLiteral("1.4"), Model::SelfValueColumn);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(other).center());
        QVERIFY(tree->isEditing());
        QCOMPARE(tree->currentIndex(), points);
        QCOMPARE(typedText(tree->indexWidget(points)), QStringLiteral("8,3"));

        // Corrected: saved, the message gone, on to the next criterion.
        spin->selectAll();
        QTest::keyClicks(focused(spin), QStringLiteral("8,5"));
        QTest::keyClick(focused(spin), Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":8.5}"));
        QCOMPARE(cellMessage(tree), QString());
        QCOMPARE(tree->currentIndex(), cell(form, QStringLiteral("1.2"), Model::SelfValueColumn));
        QVERIFY(form.messageBar()->isHidden());
    }

    void lettersAreShownAndRefused()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        SheetTreeView* tree = form.treeView();
        typeInto(form, QStringLiteral("1.1"), QStringLiteral("7a"));
        const QModelIndex points = cell(form, QStringLiteral("1.1"), Model::SelfValueColumn);
        QCOMPARE(typedText(tree->indexWidget(points)), QStringLiteral("7a"));
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("<none>"));
        QCOMPARE(cellMessage(tree),
                 QStringLiteral("Đã nhập \u201c7a\u201d; tiêu chí 1.1 cho phép từ 0 đến 10 "
                                "điểm, theo từng bước 0,5 điểm."));
        // Escape gives up the edit: nothing saved, the message gone.
        QTest::keyClick(focused(tree), Qt::Key_Escape);
        QVERIFY(!tree->isEditing());
        QCOMPARE(cellMessage(tree), QString());
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("<none>"));
    }

    void everyTypedMethodRefusesWhatTheCoreRefuses()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        SheetTreeView* tree = form.treeView();
        const auto refused = [&](const QString& code, const QString& typed, const QString& message) {
            typeInto(form, code, typed);
            QVERIFY2(tree->isEditing(), qPrintable(code));
            QCOMPARE(cellMessage(tree), message);
            QCOMPARE(stored(code), QStringLiteral("<none>"));
            QTest::keyClick(focused(tree), Qt::Key_Escape);
        };
        refused(QStringLiteral("1.4"), QStringLiteral("-1"),
                QStringLiteral("Đã nhập -1; tiêu chí 1.4 cho phép số lần là số nguyên từ 0 trở lên."));
        refused(QStringLiteral("1.4"), QStringLiteral("1,5"),
                QStringLiteral(
                    "Đã nhập \u201c1,5\u201d; tiêu chí 1.4 cho phép số lần là số nguyên từ 0 trở lên."));
        refused(QStringLiteral("2.3"), QStringLiteral("-3"),
                QStringLiteral(
                    "Đã nhập -3; tiêu chí 2.3 cho phép giá trị từ 0 trở lên, tối đa 4 chữ số thập phân."));

        // The number done above the total number, and letters, in the done/total editor.
        QWidget* ratio = startEditing(form, QStringLiteral("2.1"), Model::SelfValueColumn);
        QVERIFY(ratio);
        QTest::keyClicks(focused(ratio), QStringLiteral("50"));
        QTest::keyClick(focused(ratio), Qt::Key_Tab);
        QTest::keyClicks(focused(ratio), QStringLiteral("40"));
        QTest::keyClick(focused(ratio), Qt::Key_Return);
        QVERIFY(tree->isEditing());
        QCOMPARE(cellMessage(tree),
                 QStringLiteral(
                     "Đã nhập 50 trên tổng số 40; tiêu chí 2.1 cho phép số đã thực hiện và tổng số là số "
                     "nguyên từ 0 trở lên, số đã thực hiện không lớn hơn tổng số."));
        QTest::keyClicks(focused(ratio), QStringLiteral("x"));
        QTest::keyClick(focused(ratio), Qt::Key_Return);
        QVERIFY(cellMessage(tree).startsWith(QStringLiteral("Đã nhập \u201c50 trên tổng số 40x\u201d; ")));
        QCOMPARE(stored(QStringLiteral("2.1")), QStringLiteral("<none>"));
        // Corrected: saved.
        QTest::keyClick(focused(ratio), Qt::Key_Backspace);
        QTest::keyClick(focused(ratio), Qt::Key_Backtab);
        QTest::keyClicks(focused(ratio), QStringLiteral("36"));
        QTest::keyClick(focused(ratio), Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("2.1")), QStringLiteral("{\"done\":36,\"total\":40}"));
        QVERIFY(!tree->isEditing());
    }

    void taskListRefusesWhatTheCoreRefuses()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        QVERIFY(!startEditing(form, QStringLiteral("2.4"), Model::SelfValueColumn));
        QTRY_VERIFY(form.taskListEditor());
        TaskListEditor* tasks = form.taskListEditor();
        QTableWidget* table = tasks->table();
        tasks->addTask();
        QCOMPARE(table->rowCount(), 1);

        // A coefficient of 0: refused at the cell, not made 0,0001.
        table->setCurrentCell(0, TaskListEditor::WeightColumn);
        QTest::keyClick(table, Qt::Key_F2);
        auto* weight = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget());
        QVERIFY(weight);
        weight->selectAll();
        QTest::keyClicks(weight, QStringLiteral("0"));
        QTest::keyClick(weight, Qt::Key_Return);
        QCOMPARE(cellMessage(table),
                 QStringLiteral("Đã nhập 0; hệ số của nhiệm vụ 1 phải lớn hơn 0 và không quá "
                                "1.000.000, tối đa 4 chữ số thập phân."));
        QCOMPARE(table->item(0, TaskListEditor::WeightColumn)->text(), QStringLiteral("1"));
        // Saving the list with the cell refused keeps the dialog open.
        QTest::keyClick(weight, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(form.taskListEditor());
        QVERIFY(tasks->isVisible());
        QTest::keyClick(weight, Qt::Key_Escape);

        // A negative count of quality failures.
        table->setCurrentCell(0, TaskListEditor::QualityColumn);
        QTest::keyClick(table, Qt::Key_F2);
        auto* failures = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget());
        QVERIFY(failures);
        failures->selectAll();
        QTest::keyClicks(failures, QStringLiteral("-2"));
        QTest::keyClick(failures, Qt::Key_Return);
        QCOMPARE(
            cellMessage(table),
            QStringLiteral(
                "Đã nhập -2; số lần không đạt chất lượng của nhiệm vụ 1 phải là số nguyên từ 0 trở lên."));
        QCOMPARE(table->item(0, TaskListEditor::QualityColumn)->data(Qt::EditRole).toInt(), 0);
        failures->selectAll();
        QTest::keyClicks(failures, QStringLiteral("2"));
        QTest::keyClick(failures, Qt::Key_Return);
        QTRY_COMPARE(table->item(0, TaskListEditor::QualityColumn)->data(Qt::EditRole).toInt(), 2); // queued
        tasks->reject();
    }

    void ratioIsSaidInTheWordsOfTheForm()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        const Criterion& ratio = leaf(form, QStringLiteral("2.1"));
        LeafValue value = SheetFixture::ratio(50, 40);
        QCOMPARE(LeafScorer::score(ratio, value, Decimal::fromInt(1), 2).error,
                 QStringLiteral("số đã thực hiện (50) lớn hơn tổng số (40)"));
        value = SheetFixture::ratio(-1, 4);
        QCOMPARE(LeafScorer::score(ratio, value, Decimal::fromInt(1), 2).error,
                 QStringLiteral("số đã thực hiện và tổng số không được âm (-1 trên tổng số 4)"));
        // The core's refusal, as the message bar shows it.
        QVERIFY(setValue(form, QStringLiteral("2.1"), Stage::Self, SheetFixture::ratio(50, 40)));
        QVERIFY2(
            form.messageBar()->text().contains(QStringLiteral("số đã thực hiện (50) lớn hơn tổng số (40)")),
            qPrintable(form.messageBar()->text()));

        // The labels of the editor say the same.
        QWidget* editor = startEditing(form, QStringLiteral("2.1"), Model::SelfValueColumn);
        QVERIFY(editor);
        const auto* of = editor->findChild<QLabel*>();
        QVERIFY(of);
        QCOMPARE(of->text(), QStringLiteral("trên tổng số"));
        QCOMPARE(editor->findChild<QWidget*>(QStringLiteral("ratioDone"))->accessibleName(),
                 QStringLiteral("Số đã thực hiện"));
        QCOMPARE(editor->findChild<QWidget*>(QStringLiteral("ratioTotal"))->accessibleName(),
                 QStringLiteral("Tổng số"));

        // And the description of the method.
        const QString bands = CriteriaTreeModel::methodDetails(ratio);
        QVERIFY2(bands.contains(QStringLiteral("(số đã thực hiện ÷ tổng số)")), qPrintable(bands));
        const QString linear = CriteriaTreeModel::methodDetails(leaf(form, QStringLiteral("2.2")));
        QVERIFY2(linear.contains(QStringLiteral("× số đã thực hiện ÷ tổng số")), qPrintable(linear));
        for (const QString& text : {bands, linear}) {
            QVERIFY2(!text.contains(QStringLiteral("done")) && !text.contains(QStringLiteral("total")),
                     qPrintable(text));
        }
    }

    void errorGoesOnceWhatItNamedIsFixed()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        fillSelfAssessment(form);
        // Refused: the evidence of 1.1 and 2.1 is missing.
        QVERIFY(!form.applyAction(WorkflowAction::Submit));
        MessageBar* bar = form.messageBar();
        QVERIFY(!bar->isHidden());
        QCOMPARE(bar->level(), MessageBar::Level::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("1.1")) && bar->text().contains(QStringLiteral("2.1")),
                 qPrintable(bar->text()));

        // 2.1 explained: the error names only 1.1 now.
        const auto explain = [&](const QString& code) {
            form.treeView()->setFocus();
            form.treeView()->setCurrentIndex(cell(form, code, Model::SelfValueColumn));
            QPlainTextEdit* explanation = form.evidencePanel()->explanationEdit();
            explanation->setFocus();
            explanation->insertPlainText(QStringLiteral("Sổ theo dõi lưu tại văn phòng"));
            form.treeView()->setFocus(); // saved when the focus leaves it
            QCOMPARE(form.sheetEditor()->explanation(code), QStringLiteral("Sổ theo dõi lưu tại văn phòng"));
        };
        explain(QStringLiteral("2.1"));
        QVERIFY(!bar->isHidden());
        QVERIFY2(bar->text().contains(QStringLiteral("1.1")) && !bar->text().contains(QStringLiteral("2.1")),
                 qPrintable(bar->text()));
        // 1.1 explained: nothing blocks submission, the error is gone.
        explain(QStringLiteral("1.1"));
        QVERIFY2(bar->isHidden(), qPrintable(bar->text()));

        // A value the core refuses, then corrected.
        QVERIFY(setValue(form, QStringLiteral("2.2"), Stage::Self, SheetFixture::ratio(5, 4)));
        QVERIFY(!bar->isHidden());
        QVERIFY(setValue(form, QStringLiteral("2.2"), Stage::Self, SheetFixture::ratio(4, 4)));
        QVERIFY2(bar->isHidden(), qPrintable(bar->text()));
        QVERIFY(form.applyAction(WorkflowAction::Submit));
        QCOMPARE(bar->level(), MessageBar::Level::Positive);
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSheetValueEntry)
#include "TestSheetValueEntry.moc"
