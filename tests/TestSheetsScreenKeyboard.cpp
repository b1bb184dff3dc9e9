// The score sheets screen in the main window at 1280×800, with the keyboard only: a screen's
// shortcut gives the keys to its list, Tab moves between the areas of the form, and a whole
// self-assessment is made without the mouse (values, task list, explanations with Alt+G, undo
// and redo, submission).

#include <QApplication>

#include "EvidencePanel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "SheetFormTestSupport.h"
#include "SheetsPage.h"
#include "TaskListEditor.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

class TestSheetsScreenKeyboard : public SheetFormTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    void showWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(MainWindow::defaultSize());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // A key pressed where the focus is, as on a keyboard.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), static_cast<Qt::Key>(key), modifiers);
    }
    // Each key to where the focus is then (the first one may open an editor).
    void type(const QString& text)
    {
        for (const QChar c : text) {
            QTest::keyClicks(QApplication::focusWidget(), QString(c));
        }
    }
    // Presses `key` until `target` has the focus, at most `presses` times.
    bool pressUntil(int key, const QWidget* target, int presses = 40, Qt::KeyboardModifiers modifiers = {})
    {
        for (int i = 0; i < presses && QApplication::focusWidget() != target; ++i) {
            press(key, modifiers);
        }
        return QApplication::focusWidget() == target;
    }

    SheetsPage* sheets() const
    {
        return qobject_cast<SheetsPage*>(m_window->pageWidget(MainWindow::Page::Sheets));
    }
    ScoreSheetForm* form() const { return sheets()->form(); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Vietnamese)); }
    void init() { startSession(); }
    void cleanup()
    {
        m_window.reset();
        endSession();
    }

    void screenShortcutGivesTheKeysToTheScreen()
    {
        showWindow();
        m_window->navigation()->setFocus();
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Sheets);
        QTableView* list = sheets()->sheetList();
        QCOMPARE(QApplication::focusWidget(), list);
        // The arrow keys move in the list of sheets, not between the screens.
        const qint64 first = form()->sheetId();
        QVERIFY(first > 0);
        press(Qt::Key_Down);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Sheets);
        QCOMPARE(list->currentIndex().row(), 1);
        QVERIFY(form()->sheetId() != first);
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Campaigns);
        QVERIFY(m_window->pageWidget(MainWindow::Page::Campaigns)->isAncestorOf(QApplication::focusWidget()));
    }

    void tabMovesBetweenTheAreasOfTheForm()
    {
        showWindow();
        press(Qt::Key_3, Qt::ControlModifier);
        QTableView* list = sheets()->sheetList();
        list->setFocus();
        const int row = list->currentIndex().row();
        const qint64 sheet = form()->sheetId();
        QSet<QWidget*> reached;
        for (int i = 0; i < 60; ++i) {
            press(Qt::Key_Tab);
            QCOMPARE(list->currentIndex().row(), row);
            QCOMPARE(form()->sheetId(), sheet);
            if (QApplication::focusWidget() == list) {
                break;
            }
            reached.insert(QApplication::focusWidget());
        }
        QVERIFY(reached.contains(form()->treeView()));
        QVERIFY(reached.contains(form()->evidencePanel()->explanationEdit()));
        // The workflow buttons the role may press now are in the Tab order too (a disabled Submit,
        // for a sheet not complete yet, is not).
        QPushButton* submit = form()->actionButton(WorkflowAction::Submit);
        QCOMPARE(reached.contains(submit), submit->isEnabled());
        // Back from the tree, without walking its cells.
        form()->treeView()->setFocus();
        const QModelIndex current = form()->treeView()->currentIndex();
        press(Qt::Key_Backtab);
        QVERIFY(QApplication::focusWidget() != form()->treeView());
        QCOMPARE(form()->treeView()->currentIndex(), current);
    }

    void selfAssessmentWithTheKeyboardOnly()
    {
        showWindow();
        press(Qt::Key_3, Qt::ControlModifier);
        for (int i = 0; i < 2 && form()->sheetId() != m_fixture.sheet; ++i) {
            press(Qt::Key_Down);
        }
        for (int i = 0; i < 2 && form()->sheetId() != m_fixture.sheet; ++i) {
            press(Qt::Key_Up);
        }
        QCOMPARE(form()->sheetId(), m_fixture.sheet);
        SheetTreeView* tree = form()->treeView();
        QVERIFY(pressUntil(Qt::Key_Tab, tree));
        QCOMPARE(tree->currentIndex(), cell(*form(), QStringLiteral("1.1"), Model::SelfValueColumn));

        // One value per criterion: Enter saves and goes on to the next one.
        press(Qt::Key_Return);
        type(QStringLiteral("8,5"));
        press(Qt::Key_Return);
        press(Qt::Key_Return); // 1.2: yes
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        press(Qt::Key_Return); // 1.3: the second level
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        type(QStringLiteral("1")); // 1.4: typing starts the edit
        press(Qt::Key_Return);
        press(Qt::Key_Return); // 2.1: done, Tab, total
        type(QStringLiteral("9"));
        press(Qt::Key_Tab);
        type(QStringLiteral("10"));
        press(Qt::Key_Return);
        press(Qt::Key_Return); // 2.2
        type(QStringLiteral("3"));
        press(Qt::Key_Tab);
        type(QStringLiteral("4"));
        press(Qt::Key_Return);
        type(QStringLiteral("10")); // 2.3
        press(Qt::Key_Return);
        for (const auto& [code, value] : SheetFixture::everyValue()) {
            if (code != QLatin1String("2.4")) {
                QVERIFY2(SheetEditor::sameValue(form()->sheetEditor()->value(Stage::Self, code), value),
                         qPrintable(code + QLatin1Char(' ') + stored(code)));
            }
        }

        // 2.4: the task list in its dialog. Insert adds a task, F2 edits its title, Space ticks
        // "done", Ctrl+Enter saves the list.
        QCOMPARE(tree->currentIndex(), cell(*form(), QStringLiteral("2.4"), Model::SelfValueColumn));
        press(Qt::Key_Return);
        QTRY_VERIFY(form()->taskListEditor());
        TaskListEditor* tasks = form()->taskListEditor();
        QTRY_COMPARE(QApplication::focusWidget(), tasks->table());
        press(Qt::Key_Insert);
        QCOMPARE(tasks->table()->rowCount(), 1);
        press(Qt::Key_F2);
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Bao cao thang"));
        press(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), tasks->table());
        press(Qt::Key_Right);
        press(Qt::Key_Right);
        QCOMPARE(tasks->table()->currentColumn(), int(TaskListEditor::DoneColumn));
        press(Qt::Key_Space);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!form()->taskListEditor());
        const auto list = form()->sheetEditor()->value(Stage::Self, QStringLiteral("2.4"));
        QVERIFY(list && list->items.size() == 1 && list->items.first().done);
        QCOMPARE(list->items.first().title, QStringLiteral("Bao cao thang"));
        // The offscreen platform has no window manager to give the window back its activation.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(QApplication::focusWidget(), tree);

        // The explanations where evidence is required: Alt+G goes to the box, every time.
        QPlainTextEdit* explanation = form()->evidencePanel()->explanationEdit();
        const auto explain = [&](const QString& code, int ups) {
            for (int i = 0; i < ups; ++i) {
                press(Qt::Key_Up);
            }
            QCOMPARE(tree->currentIndex(), cell(*form(), code, Model::SelfValueColumn));
            press(Qt::Key_G, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), explanation);
            type(QStringLiteral("So theo doi luu tai van phong"));
            QVERIFY(pressUntil(Qt::Key_Backtab, tree, 10)); // saved as the focus leaves it
            QCOMPARE(form()->sheetEditor()->explanation(code),
                     QStringLiteral("So theo doi luu tai van phong"));
        };
        explain(QStringLiteral("2.1"), 3);
        // In the box, Ctrl+Z and Ctrl+Y undo and redo its own typing, not the sheet's values.
        press(Qt::Key_G, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), explanation);
        press(Qt::Key_End, Qt::ControlModifier);
        type(QStringLiteral(" 2026"));
        const QString typed = explanation->toPlainText();
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(explanation->toPlainText() != typed);
        press(Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(explanation->toPlainText(), typed);
        QVERIFY(form()->sheetEditor()->value(Stage::Self, QStringLiteral("2.4")).has_value());
        QVERIFY(pressUntil(Qt::Key_Backtab, tree, 10));
        explain(QStringLiteral("1.1"), 5);
        QCOMPARE(form()->blockerList()->count(), 0);

        // Ctrl+Z and Ctrl+Y on the sheet: the task list goes and comes back.
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(QStringLiteral("2.4")), QStringLiteral("<none>"));
        press(Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(stored(QStringLiteral("2.4")).contains(QStringLiteral("Bao cao thang")));

        // Submitted from its button, reached with Tab; the confirmation asked is answered.
        QPushButton* submit = form()->actionButton(WorkflowAction::Submit);
        QVERIFY(pressUntil(Qt::Key_Tab, submit));
        press(Qt::Key_Space);
        QCOMPARE(form()->state(), SheetState::Submitted);
        QVERIFY(form()->messageBar()->level() != MessageBar::Level::Error);
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSheetsScreenKeyboard)
#include "TestSheetsScreenKeyboard.moc"
