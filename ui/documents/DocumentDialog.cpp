#include "DocumentDialog.h"

#include "AppSettings.h"
#include "DialogService.h"
#include "DocumentSettingsForm.h"
#include "MessageBar.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentTableExport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

void preparePrinter(QPrinter* printer)
{
    printer->setFullPage(true);
    printer->setPageLayout(DocumentRenderer::pageLayout());
}

} // namespace

DocumentDialog::DocumentDialog(const QString& title, Composer composer, const DocumentSettings& settings,
                               QWidget* parent)
    : QDialog(parent)
    , m_composer(std::move(composer))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("DocumentDialog"));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("DocumentDialogSplitter"));
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new DocumentSettingsForm(scroll);
    m_form->setSettings(settings);
    scroll->setWidget(m_form);
    scroll->setMinimumWidth(m_form->sizeHint().width() + 24);

    auto* previewPane = new QWidget(splitter);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* zoomBar = new QHBoxLayout;
    const auto addZoomButton = [&](const QString& text, const QString& tip, auto slot) {
        auto* button = new QToolButton(previewPane);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        zoomBar->addWidget(button);
        connect(button, &QToolButton::clicked, this, slot);
    };
    m_previewPrinter = new QPrinter(QPrinter::ScreenResolution);
    preparePrinter(m_previewPrinter);
    m_preview = new QPrintPreviewWidget(m_previewPrinter, previewPane);
    m_preview->setAccessibleName(tr("Print preview"));
    addZoomButton(tr("Fit width"), tr("Fit the page width"), [this] { m_preview->fitToWidth(); });
    addZoomButton(tr("Whole page"), tr("Show whole pages"), [this] { m_preview->fitInView(); });
    addZoomButton(QStringLiteral("−"), tr("Zoom out"), [this] { m_preview->zoomOut(); });
    addZoomButton(QStringLiteral("+"), tr("Zoom in"), [this] { m_preview->zoomIn(); });
    zoomBar->addStretch();
    m_pages = new QLabel(previewPane);
    zoomBar->addWidget(m_pages);
    previewLayout->addLayout(zoomBar);
    previewLayout->addWidget(m_preview, 1);
    splitter->addWidget(scroll);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    auto* pdfButton = buttons->addButton(tr("Save as P&DF..."), QDialogButtonBox::ActionRole);
    auto* xlsxButton = buttons->addButton(tr("Save tables as &Excel..."), QDialogButtonBox::ActionRole);
    auto* csvButton = buttons->addButton(tr("Save tables as CS&V..."), QDialogButtonBox::ActionRole);
    connect(printButton, &QPushButton::clicked, this, &DocumentDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &DocumentDialog::savePdf);
    connect(xlsxButton, &QPushButton::clicked, this, &DocumentDialog::saveXlsx);
    connect(csvButton, &QPushButton::clicked, this, &DocumentDialog::saveCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &DocumentDialog::refresh);
    connect(m_form, &DocumentSettingsForm::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &DocumentDialog::paintPreview);

    const AppSettings state;
    if (!restoreGeometry(state.value(AppSettings::Key::DocumentDialogGeometry).toByteArray())) {
        resize(1180, 780);
    }
    splitter->restoreState(
        state.value(AppSettings::Key::SplitterState, splitter->objectName()).toByteArray());
    connect(this, &QDialog::finished, this, [this, splitter] {
        AppSettings remember;
        remember.setValue(AppSettings::Key::DocumentDialogGeometry, saveGeometry());
        remember.setValue(AppSettings::Key::SplitterState, splitter->saveState(), splitter->objectName());
    });
    refresh();
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
}

DocumentDialog::~DocumentDialog()
{
    delete m_preview;
    delete m_previewPrinter;
}

DocumentSettings DocumentDialog::settings() const
{
    return m_form->settings();
}

void DocumentDialog::refresh()
{
    m_refreshTimer->stop();
    m_document = m_composer(m_form->settings());
    m_preview->updatePreview();
}

void DocumentDialog::paintPreview(QPrinter* printer)
{
    preparePrinter(printer);
    m_pageCount = DocumentRenderer::paint(m_document, printer);
    m_pages->setText(tr("%n page(s)", nullptr, m_pageCount));
}

QString DocumentDialog::suggestedPath(const QString& extension) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(m_document.fileName + extension);
}

void DocumentDialog::keepSettings()
{
    if (!m_keeper) {
        return;
    }
    const QString error = m_keeper(m_form->settings());
    if (!error.isEmpty()) {
        m_messages->showError(tr("The document settings were not kept for next time: %1").arg(error));
    }
}

bool DocumentDialog::savePdf()
{
    refresh();
    const QString path = DialogService::saveFile(
        this, tr("Save as PDF"), suggestedPath(QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    if (!DocumentRenderer::writePdf(m_document, path, &error)) {
        m_messages->showError(error);
        return false;
    }
    keepSettings();
    m_messages->showInformation(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentDialog::saveXlsx()
{
    refresh();
    const QString path
        = DialogService::saveFile(this, tr("Save tables as Excel"), suggestedPath(QStringLiteral(".xlsx")),
                                  tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    if (!DocumentTableExport::writeXlsx(m_document.tables, path, &error)) {
        m_messages->showError(error);
        return false;
    }
    keepSettings();
    m_messages->showInformation(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentDialog::saveCsv()
{
    refresh();
    const QString path = DialogService::saveFile(
        this, tr("Save tables as CSV"), suggestedPath(QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    const QStringList files = DocumentTableExport::writeCsv(m_document.tables, path, &error);
    if (files.isEmpty()) {
        m_messages->showError(error.isEmpty() ? tr("This document has no tables.") : error);
        return false;
    }
    keepSettings();
    m_messages->showInformation(tr("Saved %n file(s) in %1.", nullptr, int(files.size()))
                                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    return true;
}

void DocumentDialog::print()
{
    refresh();
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer);
    printer.setDocName(m_document.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    preparePrinter(&printer);
    if (DocumentRenderer::paint(m_document, &printer) == 0) {
        m_messages->showError(
            tr("The printer could not be used. Check that it is switched on and try again."));
        return;
    }
    keepSettings();
}

} // namespace danhgia::ui
