#include "SheetBatchExportDialog.h"

#include <QDir>
#include <QEventLoop>

namespace danhgia::ui {

SheetBatchExportDialog::SheetBatchExportDialog(QWidget* parent)
    : QProgressDialog(parent)
{
    setObjectName(QStringLiteral("SheetBatchExportDialog"));
    setWindowTitle(tr("Export score sheets to PDF"));
    setLabelText(tr("Writing the score sheets..."));
    setCancelButtonText(tr("&Cancel"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
    connect(&m_export, &BatchDocumentExport::progress, this, [this](int done, int total) {
        setMaximum(total);
        setValue(done);
        setLabelText(tr("Writing score sheet %1 of %2...").arg(done).arg(total));
    });
    connect(this, &QProgressDialog::canceled, &m_export, &BatchDocumentExport::cancel);
}

bool SheetBatchExportDialog::run(const BatchDocumentExport::Request& request, QString* error)
{
    QEventLoop loop;
    connect(&m_export, &BatchDocumentExport::finished, &loop,
            [this, &loop](const BatchDocumentExport::Result& result) {
                m_result = result;
                loop.quit();
            });
    if (!m_export.start(request, error)) {
        return false;
    }
    setValue(0);
    show();
    loop.exec();
    hide();
    return true;
}

QString SheetBatchExportDialog::summary(const QString& folder) const
{
    QString text = tr("%n PDF file(s) written to %1.", nullptr, int(m_result.files.size()))
                       .arg(QDir::toNativeSeparators(folder));
    if (m_result.cancelled) {
        text += QLatin1Char(' ') + tr("The export was cancelled; the files written so far are complete.");
    }
    if (!m_result.failures.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("%n sheet(s) could not be written:", nullptr, int(m_result.failures.size()));
        for (const BatchDocumentExport::Failure& failure : m_result.failures) {
            text += QStringLiteral("\n- ") + failure.message;
        }
    }
    return text;
}

} // namespace danhgia::ui
