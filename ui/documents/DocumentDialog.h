#pragma once

#include "documentdata/DocumentSettings.h"
#include "documents/PrintableDocument.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QTimer;

namespace danhgia::ui {

class DocumentSettingsForm;
class MessageBar;

// Shows a document before it is printed: its header and signature fields on the left (editable;
// the preview follows every edit), the A4 pages on the right, and Print, Save as PDF, Excel and
// CSV. The document is composed again from the edited settings each time, so what is printed is
// what is previewed.
class DocumentDialog : public QDialog
{
    Q_OBJECT

public:
    using Composer = std::function<PrintableDocument(const DocumentSettings&)>;
    // Keeps the settings for the next time (per unit); returns an error message or nothing.
    using SettingsKeeper = std::function<QString(const DocumentSettings&)>;

    DocumentDialog(const QString& title, Composer composer, const DocumentSettings& settings,
                   QWidget* parent = nullptr);
    ~DocumentDialog() override;

    void setSettingsKeeper(SettingsKeeper keeper) { m_keeper = std::move(keeper); }

    const PrintableDocument& document() const { return m_document; }
    DocumentSettings settings() const;
    int pageCount() const { return m_pageCount; }
    DocumentSettingsForm* settingsForm() const { return m_form; }

public Q_SLOTS:
    // Each asks for a file through DialogService; false when cancelled or failed (the message
    // bar says why).
    bool savePdf();
    bool saveXlsx();
    bool saveCsv();
    void print();
    // Composes the document again from the form and repaints the preview.
    void refresh();

private:
    void paintPreview(QPrinter* printer);
    void keepSettings();
    QString suggestedPath(const QString& extension) const;

    Composer m_composer;
    SettingsKeeper m_keeper;
    PrintableDocument m_document;
    int m_pageCount = 0;
    DocumentSettingsForm* m_form = nullptr;
    QPrinter* m_previewPrinter = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_pages = nullptr;
    MessageBar* m_messages = nullptr;
    QTimer* m_refreshTimer = nullptr;
};

} // namespace danhgia::ui
