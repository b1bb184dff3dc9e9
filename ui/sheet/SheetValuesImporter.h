#pragma once

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace danhgia {
class SheetValuesImport;
}

namespace danhgia::ui {

class AppSession;
class RowsImportDialog;
class ScoreSheetModel;

// "Import from Excel..." of the score sheet form: reads the self-assessed values of the open
// sheet from an .xlsx, .xls or CSV file (SheetValuesTable: one row per criterion), shows what
// each row would do (RowsImportDialog: written, unchanged, or refused and why), and when the user
// confirms, writes every row at once as one undoable edit (SheetImportCommand). Nothing is
// written while a row is refused. The preview is window-modal, not blocking.
class SheetValuesImporter : public QObject
{
    Q_OBJECT

public:
    SheetValuesImporter(AppSession& session, ScoreSheetModel* model, QUndoStack* undoStack,
                        QWidget* dialogParent);

    // Asks for a file, then previews it.
    void chooseFile();
    // Reads the file and opens the preview; false (with errorOccurred) when it cannot be read.
    bool preview(const QString& fileName);
    // The preview while it is open, nullptr otherwise.
    RowsImportDialog* dialog() const { return m_dialog; }

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // The rows were written (and can be undone).
    void imported(int criteria);

private:
    void apply(const SheetValuesImport& plan);

    AppSession& m_session;
    ScoreSheetModel* m_model;
    QUndoStack* m_undo;
    QWidget* m_dialogParent;
    QPointer<RowsImportDialog> m_dialog;
    bool m_failed = false; // the last write (redo or undo) was refused
};

} // namespace danhgia::ui
