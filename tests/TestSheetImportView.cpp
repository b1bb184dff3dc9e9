// Excel in for sheets (issue 13, item 7), walked as an officer does: "Import from Excel..." on
// the score sheet form, a preview row by row, nothing written while a row is refused, the values
// written at once as one edit that undo takes back; and a civil servant's task list imported into
// the task list of its criterion. Real widgets, a real SQLite file, real .xlsx and CSV files.

#include <QApplication>

#include "MessageBar.h"
#include "RowsImportDialog.h"
#include "SheetFormTestSupport.h"
#include "SheetValuesImporter.h"
#include "TaskListEditor.h"
#include "tabular/XlsxWriter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

class TestSheetImportView : public SheetFormTestBase
{
    Q_OBJECT

private:
    QString m_openFile; // the answer to "open a file"

    void answerOpenFile()
    {
        DialogService::setResponder([this](const DialogRequest& request) -> QVariant {
            m_asked.append(request);
            switch (request.kind) {
                case DialogRequest::Kind::OpenFile:
                    return m_openFile;
                case DialogRequest::Kind::Question:
                    return true;
                default:
                    return {};
            }
        });
    }

    void showForm(ScoreSheetForm& form)
    {
        form.resize(1280, 760);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY2(form.openSheet(m_fixture.sheet), qPrintable(form.messageBar()->text()));
    }

    QString writeCsv(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            return {};
        }
        return path;
    }

    // What a unit's officer fills in: the sheet's criteria, one row each, with a title row above.
    QString writeSheetWorkbook()
    {
        const QString path = m_dir->filePath(QStringLiteral("tu-danh-gia.xlsx"));
        XlsxWriter xlsx(path);
        xlsx.addSheet(QStringLiteral("Tự đánh giá"));
        xlsx.writeHeader({QStringLiteral("STT"), QStringLiteral("Mã tiêu chí"),
                          QStringLiteral("Tên tiêu chí"), QStringLiteral("Giá trị"),
                          QStringLiteral("Giải trình")});
        const QList<QStringList> rows{
            {QStringLiteral("1.1"), QStringLiteral("Chất lượng tham mưu"), QStringLiteral("8,5")},
            {QStringLiteral("1.2"), QString(), QStringLiteral("Có")},
            {QStringLiteral("1.3"), QString(), QStringLiteral("Khá")},
            {QStringLiteral("2.1"), QString(), QStringLiteral("9/10"),
             QStringLiteral("Sổ theo dõi lưu tại bộ phận một cửa")},
            {QStringLiteral("2.2"), QString(), QStringLiteral("3/4")}};
        for (int i = 0; i < rows.size(); ++i) {
            xlsx.writeNumber(i + 1, 0, i + 1);
            for (int column = 0; column < rows[i].size(); ++column) {
                xlsx.writeText(i + 1, column + 1, rows[i][column]);
            }
        }
        // Numbers typed as numbers in Excel.
        xlsx.writeNumber(6, 0, 6);
        xlsx.writeText(6, 1, QStringLiteral("1.4"));
        xlsx.writeNumber(6, 3, 1);
        xlsx.writeNumber(7, 0, 7);
        xlsx.writeText(7, 1, QStringLiteral("2.3"));
        xlsx.writeNumber(7, 3, 10);
        return xlsx.close() ? path : QString();
    }

    static int rowOfCode(RowsImportDialog* dialog, const QString& code)
    {
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            if (dialog->table()->item(row, 1)->text() == code) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Vietnamese)); }
    void init()
    {
        startSession();
        answerOpenFile();
    }
    void cleanup() { endSession(); }

    void importsASheetAfterAPreviewAsOneEdit()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        m_openFile = writeSheetWorkbook();
        QVERIFY(!m_openFile.isEmpty());
        QVERIFY(form.importButton()->isEnabled());
        const int edits = form.undoStack()->count();
        QTest::mouseClick(form.importButton(), Qt::LeftButton);
        QTRY_VERIFY(form.valuesImporter()->dialog());
        RowsImportDialog* preview = form.valuesImporter()->dialog();
        QVERIFY(preview->isVisible());
        QCOMPARE(preview->table()->rowCount(), 7);
        // Nothing is written before the officer confirms.
        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("<none>"));
        const int ratio = rowOfCode(preview, QStringLiteral("2.1"));
        QCOMPARE(preview->table()->item(ratio, 0)->text(), QStringLiteral("5")); // Excel's row 5
        QCOMPARE(preview->table()->item(ratio, preview->resultColumn())->text(),
                 SheetValuesImporter::tr("Will be written (value and explanation)"));
        QVERIFY(preview->importButton()->isEnabled());
        QVERIFY2(preview->summaryLabel()->text().contains(QStringLiteral("7")),
                 qPrintable(preview->summaryLabel()->text()));
        QTest::mouseClick(preview->importButton(), Qt::LeftButton);
        QTRY_VERIFY(!form.valuesImporter()->dialog());

        QCOMPARE(stored(QStringLiteral("1.1")), QStringLiteral("{\"points\":8.5}"));
        QCOMPARE(stored(QStringLiteral("1.4")), QStringLiteral("{\"count\":1}"));
        QCOMPARE(stored(QStringLiteral("2.3")), QStringLiteral("{\"value\":10}"));
        QCOMPARE(form.sheetEditor()->explanation(QStringLiteral("2.1")),
                 QStringLiteral("Sổ theo dõi lưu tại bộ phận một cửa"));
        QCOMPARE(shown(form, QStringLiteral("1.3"), Model::SelfValueColumn), QStringLiteral("Khá"));
        QCOMPARE(shown(form, QStringLiteral("2.1"), Model::SelfPointsColumn), QStringLiteral("15"));
        QVERIFY2(form.messageBar()->text().contains(QStringLiteral("7")),
                 qPrintable(form.messageBar()->text()));
        // One edit: undo takes the whole import back, redo writes it again.
        QCOMPARE(form.undoStack()->count(), edits + 1);
        form.undoStack()->undo();
        for (const char* code : {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3"}) {
            QCOMPARE(stored(QString::fromLatin1(code)), QStringLiteral("<none>"));
        }
        QVERIFY(form.sheetEditor()->explanation(QStringLiteral("2.1")).isEmpty());
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::SelfValueColumn), QString());
        form.undoStack()->redo();
        QCOMPARE(stored(QStringLiteral("1.2")), QStringLiteral("{\"yes\":true}"));
    }

    void aRefusedRowStopsTheWholeImportAndSaysWhere()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        const QString path = writeCsv(QStringLiteral("sai.csv"),
                                      QByteArrayLiteral("Mã tiêu chí,Giá trị\n1.2,có\n1.1,\"8,3\"\n9.9,1\n"));
        QVERIFY(form.valuesImporter()->preview(path));
        RowsImportDialog* preview = form.valuesImporter()->dialog();
        QVERIFY(preview);
        QVERIFY(!preview->importButton()->isEnabled());
        const QString refusal = preview->table()
                                    ->item(rowOfCode(preview, QStringLiteral("9.9")), preview->resultColumn())
                                    ->text();
        QVERIFY2(refusal.contains(QStringLiteral("9.9")), qPrintable(refusal));
        QCOMPARE(preview->table()->item(rowOfCode(preview, QStringLiteral("9.9")), 0)->text(),
                 QStringLiteral("4"));
        const QString step = preview->table()
                                 ->item(rowOfCode(preview, QStringLiteral("1.1")), preview->resultColumn())
                                 ->text();
        QVERIFY2(step.contains(QStringLiteral("8,3")), qPrintable(step));
        QVERIFY2(preview->summaryLabel()->text().contains(QStringLiteral("2")),
                 qPrintable(preview->summaryLabel()->text()));
        QTest::mouseClick(preview->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!form.valuesImporter()->dialog());
        QCOMPARE(stored(QStringLiteral("1.2")),
                 QStringLiteral("<none>")); // the good row was not written either
        QCOMPARE(form.undoStack()->count(), 0);
    }

    void anUnreadableFileIsNamed()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        const QString path
            = writeCsv(QStringLiteral("khong-dung-cot.csv"), QByteArrayLiteral("Tiêu chí,Số\n1.1,9\n"));
        QVERIFY(form.valuesImporter()->preview(path));
        RowsImportDialog* preview = form.valuesImporter()->dialog();
        QVERIFY(!preview->importButton()->isEnabled());
        QVERIFY2(preview->summaryLabel()->text().contains(QStringLiteral("\"Mã tiêu chí\"")),
                 qPrintable(preview->summaryLabel()->text()));
        preview->reject();
        QTRY_VERIFY(!form.valuesImporter()->dialog());
        QVERIFY(!form.valuesImporter()->preview(m_dir->filePath(QStringLiteral("khong-co.xlsx"))));
        QVERIFY2(form.messageBar()->text().contains(QStringLiteral("khong-co.xlsx")),
                 qPrintable(form.messageBar()->text()));
    }

    void onlyWhoSelfAssessesImports()
    {
        m_session->setUser(QStringLiteral("Lê Văn Nam"), Role::Appraiser);
        ScoreSheetForm form(*m_session);
        showForm(form);
        QVERIFY(!form.importButton()->isEnabled());
    }

    void importsATaskList()
    {
        ScoreSheetForm form(*m_session);
        showForm(form);
        QVERIFY(!startEditing(form, QStringLiteral("2.4"), Model::SelfValueColumn));
        QTRY_VERIFY(form.taskListEditor());
        TaskListEditor* tasks = form.taskListEditor();
        QVERIFY(tasks->importButton()->isVisible());
        // A row with a coefficient of 0 refuses the file: the list stays as it is.
        const QString bad = writeCsv(QStringLiteral("nhiem-vu-sai.csv"),
                                     QByteArrayLiteral("Nhiệm vụ,Hệ số,Hoàn thành\nBáo cáo tháng,0,có\n"));
        RowsImportDialog* preview = tasks->previewImport(bad);
        QVERIFY(preview);
        QVERIFY(!preview->importButton()->isEnabled());
        QVERIFY2(preview->table()->item(0, preview->resultColumn())->text().contains(QStringLiteral("\"0\"")),
                 qPrintable(preview->table()->item(0, preview->resultColumn())->text()));
        preview->reject();
        QTRY_VERIFY(!tasks->findChild<RowsImportDialog*>());
        QCOMPARE(tasks->table()->rowCount(), 0);

        m_openFile = writeCsv(QStringLiteral("nhiem-vu.csv"),
                              QByteArrayLiteral("Nhiệm vụ,Hệ số,Hoàn thành,Lỗi chất lượng,Chậm tiến độ\n"
                                                "Báo cáo tháng,1,có,0,0\n"
                                                "Thẩm định hồ sơ,1,có,1,0\n"));
        QTest::mouseClick(tasks->importButton(), Qt::LeftButton);
        QTRY_VERIFY(tasks->findChild<RowsImportDialog*>());
        preview = tasks->findChild<RowsImportDialog*>();
        QVERIFY(preview->importButton()->isEnabled());
        QCOMPARE(preview->table()->rowCount(), 2);
        QTest::mouseClick(preview->importButton(), Qt::LeftButton);
        QCOMPARE(tasks->table()->rowCount(), 2);
        QCOMPARE(tasks->table()->item(1, TaskListEditor::TitleColumn)->text(),
                 QStringLiteral("Thẩm định hồ sơ"));
        QTRY_COMPARE(
            tasks->pointsLabel()->text(),
            TaskListEditor::tr("Points: %1 of %2").arg(QStringLiteral("23,96"), QStringLiteral("25")));
        // Nothing is stored until the list is saved.
        QCOMPARE(stored(QStringLiteral("2.4")), QStringLiteral("<none>"));
        QTest::mouseClick(tasks->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!form.taskListEditor());
        const auto value = form.sheetEditor()->value(Stage::Self, QStringLiteral("2.4"));
        QVERIFY(value);
        QCOMPARE(value->items.size(), 2);
        QCOMPARE(value->items.at(1).qualityFailures, 1);
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSheetImportView)
#include "TestSheetImportView.moc"
