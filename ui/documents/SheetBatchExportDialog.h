#pragma once

#include "BatchDocumentExport.h"

#include <QProgressDialog>

namespace danhgia::ui {

// The progress of a batch export of score sheets to PDF (BatchDocumentExport on its worker
// thread): a bar counting the sheets and a Cancel button that stops after the sheet being
// written. The window stays responsive: nothing is generated on the GUI thread.
class SheetBatchExportDialog : public QProgressDialog
{
    Q_OBJECT

public:
    explicit SheetBatchExportDialog(QWidget* parent = nullptr);

    // Starts the export and returns when it has finished or was cancelled; false with `error`
    // when it could not start.
    bool run(const BatchDocumentExport::Request& request, QString* error);
    const BatchDocumentExport::Result& result() const { return m_result; }
    // "120 PDF files were written to …", with the failures, for the message after the export.
    QString summary(const QString& folder) const;

private:
    BatchDocumentExport m_export;
    BatchDocumentExport::Result m_result;
};

} // namespace danhgia::ui
