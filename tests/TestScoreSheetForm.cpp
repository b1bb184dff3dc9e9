// The score sheet form, editing: every method's value entered through its editor with the
// keyboard, points and totals recomputed by the core, undo and redo writing the stored values
// back, and a reopened form showing what was saved.

#include <QApplication>

#include "DecimalSpinBox.h"
#include "EvidencePanel.h"
#include "LeafValueDelegate.h"
#include "LeafValueText.h"
#include "MessageBar.h"
#include "SheetFormTestSupport.h"
#include "SheetSummaryBar.h"
#include "TaskListEditor.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

class TestScoreSheetForm : public SheetFormTestBase
{
    Q_OBJECT

private:
    // Enter on a cell, type, Enter: the way a value is entered from the keyboard.
    void typeValue(ScoreSheetForm& form, const QString& code, const QString& text)
    {
        QWidget* editor = startEditing(form, code, Model::SelfValueColumn);
        QVERIFY2(editor, qPrintable(code));
        QTest::keyClicks(focused(editor), text);
        QTest::keyClick(focused(editor), Qt::Key_Return);
    }

    // Enter on a choice cell, Down `steps` times, Enter.
    void chooseValue(ScoreSheetForm& form, const QString& code, int steps)
    {
        QWidget* editor = startEditing(form, code, Model::SelfValueColumn);
        QVERIFY2(qobject_cast<QComboBox*>(editor), qPrintable(code));
        for (int i = 0; i < steps; ++i) {
            QTest::keyClick(editor, Qt::Key_Down);
        }
        QTest::keyClick(editor, Qt::Key_Return);
    }

    // Done Tab total Enter in the done/total editor.
    void typeRatio(ScoreSheetForm& form, const QString& code, const QString& done, const QString& total)
    {
        QWidget* editor = startEditing(form, code, Model::SelfValueColumn);
        QVERIFY2(editor && editor->objectName() == QLatin1String("ratioEditor"), qPrintable(code));
        QTest::keyClicks(focused(editor), done);
        QTest::keyClick(focused(editor), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("ratioTotal"));
        QTest::keyClicks(focused(editor), total);
        QTest::keyClick(focused(editor), Qt::Key_Return);
    }

    void showForm(ScoreSheetForm& form)
    {
        form.resize(1280, 760);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QVERIFY2(form.openSheet(m_fixture.sheet), qPrintable(form.messageBar()->text()));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Vietnamese)); }
    void init() { startSession(); }
    void cleanup() { endSession(); }

    void modelPassesTheTester()
    {
        ScoreSheetForm form(*m_session);
        QAbstractItemModelTester tester(form.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(form.openSheet(m_fixture.sheet));
        QCOMPARE(form.model()->rowCount(), 2);
        QCOMPARE(form.model()->rowCount(cell(form, QStringLiteral("2"), 0)), 4);
        fillSelfAssessment(form);
        QVERIFY(form.undoStack()->canUndo());
        form.undoStack()->undo();
        form.closeSheet();
        QCOMPARE(form.model()->rowCount(), 0);
    }

    void scoresEveryMethodThroughItsEditor()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        // Nothing is entered yet: ten problems block submission.
        QCOMPARE(form.blockerList()->count(), 10);

        typeValue(form, QStringLiteral("1.1"), QStringLiteral("8,5"));
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":8.5}"));
        // Enter saved the value and went on to the next criterion.
        QCOMPARE(form.treeView()->currentIndex(), cell(form, QStringLiteral("1.2"), Model::SelfValueColumn));
        QCOMPARE(form.treeView()->isEditing(), false);
        chooseValue(form, QStringLiteral("1.2"), 1); // Yes
        chooseValue(form, QStringLiteral("1.3"), 2); // Tốt, then Khá
        // Typing on a cell starts editing it with that key.
        form.treeView()->setCurrentIndex(cell(form, QStringLiteral("1.4"), Model::SelfValueColumn));
        QTest::keyClick(form.treeView(), Qt::Key_1);
        QTest::keyClick(focused(form.treeView()), Qt::Key_Return);
        typeRatio(form, QStringLiteral("2.1"), QStringLiteral("9"), QStringLiteral("10"));
        typeRatio(form, QStringLiteral("2.2"), QStringLiteral("3"), QStringLiteral("4"));
        typeValue(form, QStringLiteral("2.3"), QStringLiteral("10"));

        // The task list is edited in its dialog.
        QVERIFY(!startEditing(form, QStringLiteral("2.4"), Model::SelfValueColumn));
        QTRY_VERIFY(form.taskListEditor());
        TaskListEditor* tasks = form.taskListEditor();
        QTest::mouseClick(tasks->addButton(), Qt::LeftButton);
        QTest::mouseClick(tasks->addButton(), Qt::LeftButton);
        QCOMPARE(tasks->table()->rowCount(), 2);
        tasks->table()->item(0, TaskListEditor::TitleColumn)->setText(QStringLiteral("Báo cáo tháng"));
        tasks->table()->item(1, TaskListEditor::TitleColumn)->setText(QStringLiteral("Thẩm định hồ sơ"));
        tasks->table()->item(0, TaskListEditor::DoneColumn)->setCheckState(Qt::Checked);
        tasks->table()->item(1, TaskListEditor::DoneColumn)->setCheckState(Qt::Checked);
        // The quality failures of the second task typed into its cell editor.
        tasks->table()->setFocus();
        tasks->table()->setCurrentCell(1, TaskListEditor::QualityColumn);
        QTest::keyClick(tasks->table(), Qt::Key_F2);
        auto* failures = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget());
        QVERIFY(failures);
        failures->selectAll();
        QTest::keyClicks(failures, QStringLiteral("1"));
        QTest::keyClick(failures, Qt::Key_Return);
        QTRY_COMPARE(
            tasks->pointsLabel()->text(),
            TaskListEditor::tr("Points: %1 of %2").arg(QStringLiteral("23,96"), QStringLiteral("25")));
        QTest::mouseClick(tasks->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!form.taskListEditor());

        for (const auto& [code, value] : SheetFixture::everyValue()) {
            QVERIFY2(SheetEditor::sameValue(form.sheetEditor()->value(Stage::Self, code), value),
                     qPrintable(code));
        }
        QVERIFY2(form.messageBar()->isHidden(), qPrintable(form.messageBar()->text()));
        // Points per leaf and group, and the totals, as the core computes them.
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::SelfValueColumn), QStringLiteral("8,5"));
        QCOMPARE(shown(form, QStringLiteral("1.3"), Model::SelfValueColumn), QStringLiteral("Khá"));
        QCOMPARE(shown(form, QStringLiteral("1.4"), Model::SelfPointsColumn), QStringLiteral("-0,5"));
        QCOMPARE(shown(form, QStringLiteral("2.1"), Model::SelfValueColumn), QStringLiteral("9/10"));
        QCOMPARE(shown(form, QStringLiteral("2.1"), Model::SelfPointsColumn), QStringLiteral("15"));
        QCOMPARE(shown(form, QStringLiteral("2.4"), Model::SelfPointsColumn), QStringLiteral("23,96"));
        QCOMPARE(shown(form, QStringLiteral("1"), Model::SelfPointsColumn), QStringLiteral("20,5"));
        QCOMPARE(shown(form, QStringLiteral("2"), Model::SelfPointsColumn), QStringLiteral("63,96"));
        QCOMPARE(form.model()->result(Stage::Self).total, *Decimal::fromString(QStringLiteral("84.46")));
        const QString totals = form.summaryBar()->selfTotalsLabel()->text();
        QVERIFY2(totals.contains(QStringLiteral("84,46")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("Hoàn thành tốt nhiệm vụ")), qPrintable(totals));
        // Only the evidence of 1.1 and 2.1 is still missing.
        QCOMPARE(form.blockerList()->count(), 2);
    }

    void invalidValuesAreRefusedInline()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        // Typed in the editor: refused at the cell, the editor kept open (see TestSheetValueEntry).
        typeRatio(form, QStringLiteral("2.1"), QStringLiteral("12"), QStringLiteral("10"));
        QVERIFY(form.treeView()->isEditing());
        const auto* message = form.treeView()->viewport()->findChild<QLabel*>(QStringLiteral("cellMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("2.1")), qPrintable(message->text()));
        QTest::keyClick(focused(form.treeView()), Qt::Key_Escape);
        QCOMPARE(stored(QStringLiteral("2.1")), QStringLiteral("<none>"));
        QVERIFY(!form.undoStack()->canUndo());
        // Asked of the model another way: the core's refusal in the message bar.
        QVERIFY(setValue(form, QStringLiteral("2.1"), Stage::Self, SheetFixture::ratio(12, 10)));
        QVERIFY(!form.messageBar()->isHidden());
        QCOMPARE(form.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(form.messageBar()->text().contains(QStringLiteral("2.1")),
                 qPrintable(form.messageBar()->text()));
        QCOMPARE(stored(QStringLiteral("2.1")), QStringLiteral("<none>"));
        QVERIFY(!form.undoStack()->canUndo());
        // A value that is accepted ends the error.
        typeValue(form, QStringLiteral("1.1"), QStringLiteral("8,5"));
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":8.5}"));
        QVERIFY(form.messageBar()->isHidden());
    }

    void keyboardOnlyEntry()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        // Tab in an editor saves and opens the next editable cell (the next leaf: groups and
        // read-only columns are skipped).
        QWidget* editor = startEditing(form, QStringLiteral("1.1"), Model::SelfValueColumn);
        QVERIFY(qobject_cast<DecimalSpinBox*>(editor));
        QTest::keyClicks(focused(editor), QStringLiteral("7"));
        QTest::keyClick(focused(editor), Qt::Key_Tab);
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":7}"));
        QCOMPARE(form.treeView()->currentIndex(), cell(form, QStringLiteral("1.2"), Model::SelfValueColumn));
        QCOMPARE(form.treeView()->isEditing(), true);
        // Escape leaves it without a change.
        QTest::keyClick(focused(form.treeView()), Qt::Key_Escape);
        QCOMPARE(form.treeView()->isEditing(), false);
        QCOMPARE(stored(QStringLiteral("1.2")), QStringLiteral("<none>"));
        // The arrow keys move between cells and the spin box steps by the criterion's step.
        form.treeView()->setCurrentIndex(cell(form, QStringLiteral("1.2"), Model::SelfValueColumn));
        QTest::keyClick(form.treeView(), Qt::Key_Up);
        QCOMPARE(form.treeView()->currentIndex(), cell(form, QStringLiteral("1.1"), Model::SelfValueColumn));
        editor = startEditing(form, QStringLiteral("1.1"), Model::SelfValueColumn);
        QTest::keyClick(focused(editor), Qt::Key_Up);
        QTest::keyClick(focused(editor), Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":7.5}"));
        // Delete clears a self-assessed value; Ctrl+Z brings it back.
        form.treeView()->setCurrentIndex(cell(form, QStringLiteral("1.1"), Model::SelfValueColumn));
        QTest::keyClick(form.treeView(), Qt::Key_Delete);
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("<none>"));
        QTest::keyClick(form.treeView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":7.5}"));
        // A leaf that may be not applicable is marked so with the tool button.
        form.treeView()->setCurrentIndex(cell(form, QStringLiteral("2.2"), Model::SelfValueColumn));
        auto* na = form.findChild<QToolButton*>(QStringLiteral("notApplicableButton"));
        QVERIFY(na && na->isEnabled());
        QTest::mouseClick(na, Qt::LeftButton);
        QCOMPARE(stored(QStringLiteral("2.2")), QStringLiteral("{\"na\":true}"));
        QCOMPARE(shown(form, QStringLiteral("2.2"), Model::SelfPointsColumn), SheetResults::tr("N/A"));
        form.treeView()->setCurrentIndex(cell(form, QStringLiteral("2.1"), Model::SelfValueColumn));
        QVERIFY(!na->isEnabled());
    }

    void undoAndRedoRestoreTheStoredValues()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        typeValue(form, QStringLiteral("1.1"), QStringLiteral("8,5"));
        typeValue(form, QStringLiteral("1.1"), QStringLiteral("9"));
        chooseValue(form, QStringLiteral("1.3"), 2);
        QCOMPARE(form.undoStack()->count(), 3);
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":9}"));

        form.undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("1.3")), QStringLiteral("<none>"));
        form.undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":8.5}"));
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::SelfValueColumn), QStringLiteral("8,5"));
        form.undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("<none>"));
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::SelfValueColumn), QString());
        QCOMPARE(form.model()->result(Stage::Self).total, Decimal());

        auto* redo = form.findChild<QToolButton*>(QStringLiteral("redoButton"));
        QVERIFY(redo && redo->isEnabled());
        QTest::mouseClick(redo, Qt::LeftButton);
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":8.5}"));
        form.undoStack()->redo();
        form.undoStack()->redo();
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":9}"));
        QCOMPARE(stored(QStringLiteral("1.3")), QStringLiteral("{\"level\":1}"));
        QCOMPARE(form.model()->result(Stage::Self).total, *Decimal::fromString(QStringLiteral("16.5")));
        // Each step is an audited change: three edits, three undos, three redos.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'score'")), 9);
    }

    void reopenedFormShowsWhatWasSaved()
    {
        const QString explanation = QStringLiteral("Sổ theo dõi lưu tại văn phòng");
        {
            ScoreSheetForm form(*m_session);
            showForm(form);
            fillSelfAssessment(form);
            form.treeView()->setCurrentIndex(cell(form, QStringLiteral("2.1"), Model::SelfValueColumn));
            EvidencePanel* panel = form.evidencePanel();
            panel->explanationEdit()->setFocus();
            panel->explanationEdit()->insertPlainText(explanation); // as typed (keyClicks is ASCII only)
            // Saved when the focus leaves it, without waiting for the pause.
            form.treeView()->setFocus();
            QCOMPARE(form.sheetEditor()->explanation(QStringLiteral("2.1")), explanation);
        }
        // As after a restart: the database closed and opened again.
        m_session->closeDatabase();
        QString error;
        QVERIFY(m_session->openDatabase(m_dir->filePath(QStringLiteral("form.sqlite")), &error));
        ScoreSheetForm form(*m_session);
        showForm(form);
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::SelfValueColumn), QStringLiteral("8,5"));
        QCOMPARE(shown(form, QStringLiteral("1.2"), Model::SelfValueColumn), LeafValueText::tr("Yes"));
        QCOMPARE(shown(form, QStringLiteral("2.2"), Model::SelfValueColumn), QStringLiteral("3/4"));
        QCOMPARE(shown(form, QStringLiteral("2.4"), Model::SelfValueColumn),
                 LeafValueText::tr("%1 of %n task(s) done", nullptr, 2).arg(QStringLiteral("2")));
        QCOMPARE(shown(form, QStringLiteral("2.1"), Model::EvidenceColumn), ScoreSheetModel::tr("Explained"));
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::EvidenceColumn), ScoreSheetModel::tr("Missing"));
        QVERIFY(form.summaryBar()->selfTotalsLabel()->text().contains(QStringLiteral("84,46")));
        form.treeView()->setCurrentIndex(cell(form, QStringLiteral("2.1"), Model::SelfValueColumn));
        QCOMPARE(form.evidencePanel()->explanationEdit()->toPlainText(), explanation);
        QCOMPARE(form.blockerList()->count(), 1);
    }

    void closingTheFormSavesWhatIsTyped()
    {
        {
            ScoreSheetForm form(*m_session);
            showForm(form);
            typeValue(form, QStringLiteral("2.3"), QStringLiteral("12,5"));
            QCOMPARE(stored(QStringLiteral("2.3")), QStringLiteral("{\"value\":12.5}"));
            form.treeView()->setCurrentIndex(cell(form, QStringLiteral("2.3"), Model::SelfValueColumn));
            form.evidencePanel()->explanationEdit()->insertPlainText(QStringLiteral("Danh sách sáng kiến"));
            QWidget* editor = startEditing(form, QStringLiteral("2.3"), Model::SelfValueColumn);
            QTest::keyClicks(focused(editor), QStringLiteral("7"));
            // The window closes with the editor open and the explanation not saved yet.
        }
        QCOMPARE(stored(QStringLiteral("2.3")), QStringLiteral("{\"value\":7}"));
        SheetEditor editor(m_session->database());
        QString error;
        QVERIFY(editor.load(m_fixture.sheet, &error));
        QCOMPARE(editor.explanation(QStringLiteral("2.3")), QStringLiteral("Danh sách sáng kiến"));
    }

    void decimalSpinBoxReadsVietnameseNumbers()
    {
        DecimalSpinBox box;
        box.setRange(Decimal(), Decimal::fromInt(10));
        box.setStep(Decimal::fromUnits(5000), true);
        const auto typed = [&box](const QString& text) {
            box.findChild<QLineEdit*>()->setText(text);
            return box.typedValue();
        };
        QCOMPARE(typed(QStringLiteral("8,5")), Decimal::fromUnits(85000));
        QCOMPARE(typed(QStringLiteral("7.5")), Decimal::fromUnits(75000));
        // What is typed is read as typed: neither snapped to the step nor kept within the range
        // (the core refuses it, with its message).
        QCOMPARE(typed(QStringLiteral("8,24")), Decimal::fromUnits(82400));
        QCOMPARE(typed(QStringLiteral("12")), Decimal::fromInt(12));
        QCOMPARE(typed(QStringLiteral("7a")), std::nullopt);
        QCOMPARE(box.text(), QStringLiteral("7a"));
        // The arrow keys step onto the step's multiples, within the range.
        typed(QStringLiteral("8,3"));
        box.stepBy(1);
        QCOMPARE(box.value(), Decimal::fromUnits(85000));
        box.stepBy(-1);
        QCOMPARE(box.value(), Decimal::fromInt(8));
        box.setValue(Decimal::fromUnits(95000));
        QCOMPARE(box.text(), QStringLiteral("9,5"));
        box.stepBy(1);
        QCOMPARE(box.value(), Decimal::fromInt(10));
        box.stepBy(1);
        QCOMPARE(box.value(), Decimal::fromInt(10));
        QCOMPARE(LeafValueText::parse(QStringLiteral("1.234,5")), Decimal::fromUnits(12345000));
        // Whole numbers: dots between groups of three digits are thousands.
        box.setWholeNumbers(true);
        QCOMPARE(typed(QStringLiteral("1.000")), Decimal::fromInt(1000));
        QCOMPARE(typed(QStringLiteral("1,5")), std::nullopt);
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestScoreSheetForm)
#include "TestScoreSheetForm.moc"
