#include "DocumentRenderer.h"

#include "DocumentFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QTextTable>

namespace danhgia {

namespace {

constexpr qreal BodyPointSize = 13.5;
constexpr qreal PageNumberPointSize = 13;

void setUpWriter(QPdfWriter& writer, const PrintableDocument& document)
{
    writer.setPageLayout(DocumentRenderer::pageLayout());
    writer.setResolution(600);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("danhgia"));
}

// Signature blocks (and the header) are tables without borders: one that would run over a page
// break starts on the next page instead, so that a title is never parted from the name signed
// under it. Tables with borders (data) break between rows as usual.
void keepBorderlessTablesTogether(QTextDocument& text)
{
    const qreal pageHeight = text.pageSize().height();
    for (QTextFrame* frame : text.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || table->format().border() > 0) {
            continue;
        }
        const QRectF box = text.documentLayout()->frameBoundingRect(table);
        const int firstPage = static_cast<int>(box.top() / pageHeight);
        const int lastPage = static_cast<int>((box.bottom() - 1) / pageHeight);
        if (firstPage != lastPage && box.height() < pageHeight) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

} // namespace

QMarginsF DocumentRenderer::marginsMillimetres()
{
    return QMarginsF(30, 20, 15, 20);
}

QPageLayout DocumentRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

int DocumentRenderer::paint(const PrintableDocument& document, QPagedPaintDevice* device)
{
    const qreal layoutDotsPerMm = LayoutDpi / 25.4;
    const QMarginsF margins = marginsMillimetres();
    const QSizeF pageSize = device->pageLayout().fullRect(QPageLayout::Millimeter).size() * layoutDotsPerMm;
    const QRectF body(margins.left() * layoutDotsPerMm, margins.top() * layoutDotsPerMm,
                      pageSize.width() - (margins.left() + margins.right()) * layoutDotsPerMm,
                      pageSize.height() - (margins.top() + margins.bottom()) * layoutDotsPerMm);

    QTextDocument text;
    text.setUndoRedoEnabled(false);
    QFont font = DocumentFonts::serif(BodyPointSize);
    font.setPixelSize(qRound(BodyPointSize * LayoutDpi / 72));
    text.setDefaultFont(font);
    QTextOption option = text.defaultTextOption();
    option.setUseDesignMetrics(true);
    text.setDefaultTextOption(option);
    text.setDocumentMargin(0);
    text.setHtml(document.html);
    text.setPageSize(body.size());
    keepBorderlessTablesTogether(text);

    QPainter painter;
    if (!painter.begin(device)) {
        return 0;
    }
    const qreal scale = device->logicalDpiY() / qreal(LayoutDpi);
    QAbstractTextDocumentLayout::PaintContext context;
    // Rules under the header lines and table borders are black, as on a typed document.
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Dark, Qt::black);
    const int pages = text.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device->newPage();
        }
        painter.save();
        painter.scale(scale, scale);
        if (page > 0) {
            QFont numberFont = DocumentFonts::serif(PageNumberPointSize);
            numberFont.setPixelSize(qRound(PageNumberPointSize * LayoutDpi / 72));
            painter.setFont(numberFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(body.left(), 0, body.width(), body.top()), Qt::AlignCenter,
                             QString::number(page + 1));
        }
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(visible);
        context.clip = visible;
        text.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

QByteArray DocumentRenderer::pdf(const PrintableDocument& document, int* pageCount)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        setUpWriter(writer, document);
        pages = paint(document, &writer);
    }
    if (pageCount) {
        *pageCount = pages;
    }
    return pages > 0 ? buffer.data() : QByteArray();
}

bool DocumentRenderer::writePdf(const PrintableDocument& document, const QString& path, QString* error,
                                int* pageCount)
{
    const QByteArray bytes = pdf(document, pageCount);
    if (bytes.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("DocumentRenderer",
                                                 "The document \"%1\" could not be laid out.")
                         .arg(document.title);
        }
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("DocumentRenderer", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace danhgia
