// The score sheets screen in the main window at 1280×800 on the demo data, as an officer sees
// it: every value of the self-assessed and appraised columns is shown whole (wrapped in its
// column when long, never cut off), the tree never scrolls sideways, and the done/total editor
// fits within the tree.

#include <QApplication>

#include "ApprovalQueueModel.h"
#include "MainWindow.h"
#include "SheetFormTestSupport.h"
#include "SheetsPage.h"
#include "demo/DemoDatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

class TestSheetsScreenDemo : public SheetFormTestBase
{
    Q_OBJECT

private:
    QTemporaryDir m_demoDir;
    std::unique_ptr<MainWindow> m_window;

    // The main window on the demo database, on the score sheets screen (Ctrl+3).
    void showDemo()
    {
        m_session->closeDatabase();
        QString error;
        QVERIFY2(m_session->openDatabase(m_demoDir.filePath(QStringLiteral("demo.sqlite")), &error),
                 qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(MainWindow::defaultSize());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Sheets);
    }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), static_cast<Qt::Key>(key), modifiers);
    }

    SheetsPage* sheets() const
    {
        return qobject_cast<SheetsPage*>(m_window->pageWidget(MainWindow::Page::Sheets));
    }
    ScoreSheetForm* form() const { return sheets()->form(); }

    // Every value cell shown in the tree holds its whole text: wrapped within its cell, never cut.
    static void checkWholeValues(SheetTreeView* tree, const QString& sheet)
    {
        const QStyleOptionViewItem option = [tree] {
            QStyleOptionViewItem o;
            o.initFrom(tree);
            return o;
        }();
        const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
        for (QModelIndex row = tree->model()->index(0, 0); row.isValid(); row = tree->indexBelow(row)) {
            for (const int column : {Model::SelfValueColumn, Model::AppraisedValueColumn}) {
                const QModelIndex cell = row.siblingAtColumn(column);
                const QString text = cell.data().toString();
                if (tree->isColumnHidden(column) || text.isEmpty()) {
                    continue;
                }
                const QRect rect = tree->visualRect(cell);
                const QRect needed = option.fontMetrics.boundingRect(
                    QRect(0, 0, rect.width() - 2 * margin, 100000), Qt::TextWordWrap, text);
                QVERIFY2(needed.width() <= rect.width() - 2 * margin && needed.height() <= rect.height(),
                         qPrintable(QStringLiteral("%1, %2: \"%3\" needs %4×%5, has %6×%7")
                                        .arg(sheet, row.data(Model::CodeRole).toString(), text)
                                        .arg(needed.width())
                                        .arg(needed.height())
                                        .arg(rect.width() - 2 * margin)
                                        .arg(rect.height())));
            }
        }
        QCOMPARE(tree->horizontalScrollBar()->maximum(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demoDir.filePath(QStringLiteral("demo.sqlite")), &error),
                 qPrintable(error));
    }
    void init() { startSession(); }
    void cleanup()
    {
        m_window.reset();
        endSession();
    }

    void valueColumnsShowWholeValues()
    {
        showDemo();
        QTableView* list = sheets()->sheetList();
        // The staff sheets of two people (approved, submitted and draft), then the PAR sheets.
        for (int row = 0; row < 6; ++row) {
            list->setCurrentIndex(list->model()->index(row, ApprovalQueueModel::SubjectNameColumn));
            QCoreApplication::processEvents(); // the rows laid out again for the new sheet
            checkWholeValues(form()->treeView(), list->currentIndex().data().toString());
        }
        auto* campaign = sheets()->findChild<QComboBox*>(QStringLiteral("sheetsCampaignCombo"));
        campaign->setCurrentIndex(campaign->findData(QString::fromLatin1(DemoDatabase::ParCampaign)));
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            list->setCurrentIndex(list->model()->index(row, ApprovalQueueModel::SubjectNameColumn));
            QCoreApplication::processEvents(); // the rows laid out again for the new sheet
            checkWholeValues(form()->treeView(), list->currentIndex().data().toString());
        }
    }

    void ratioEditorFitsInTheTree()
    {
        showDemo();
        auto* campaign = sheets()->findChild<QComboBox*>(QStringLiteral("sheetsCampaignCombo"));
        campaign->setCurrentIndex(campaign->findData(QString::fromLatin1(DemoDatabase::ParCampaign)));
        QTableView* list = sheets()->sheetList();
        for (int row = 0; row < list->model()->rowCount() && form()->state() != SheetState::Draft; ++row) {
            list->setCurrentIndex(list->model()->index(row, ApprovalQueueModel::SubjectNameColumn));
        }
        QCOMPARE(form()->state(), SheetState::Draft);
        SheetTreeView* tree = form()->treeView();
        int checked = 0;
        for (QModelIndex row = tree->model()->index(0, 0); row.isValid(); row = tree->indexBelow(row)) {
            const Criterion* leaf = form()->model()->criterion(row);
            if (leaf->isGroup || leaf->method.type != MethodType::Ratio) {
                continue;
            }
            const QModelIndex value = row.siblingAtColumn(Model::SelfValueColumn);
            tree->setFocus();
            tree->setCurrentIndex(value);
            press(Qt::Key_Return);
            QWidget* editor = tree->indexWidget(value);
            QVERIFY2(editor, qPrintable(leaf->code));
            QVERIFY2(tree->viewport()->rect().contains(editor->geometry()),
                     qPrintable(QStringLiteral("%1: the editor at %2,%3 %4×%5 leaves the tree %6 wide")
                                    .arg(leaf->code)
                                    .arg(editor->x())
                                    .arg(editor->y())
                                    .arg(editor->width())
                                    .arg(editor->height())
                                    .arg(tree->viewport()->width())));
            for (const QWidget* part : editor->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
                QVERIFY(editor->rect().contains(part->geometry()));
            }
            const auto* of = editor->findChild<QLabel*>();
            QVERIFY(of && of->width() >= of->sizeHint().width());
            press(Qt::Key_Escape);
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSheetsScreenDemo)
#include "TestSheetsScreenDemo.moc"
