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
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QTextTable>

namespace danhgia {

namespace {

constexpr qreal BodyPointSize = 13.5;
constexpr qreal PageNumberPointSize = 13;
// Layout pixels above the first line of every page (the root frame's top margin, which
// QTextDocument repeats on each page) for the marks stacked over capitals ("Ổ", "Ẩ") that rise
// above the line. They are painted on their own page, never at the foot of the page before.
constexpr qreal InkAllowance = 16;

void setUpWriter(QPdfWriter& writer, const PrintableDocument& document)
{
    writer.setPageLayout(DocumentRenderer::pageLayout());
    writer.setResolution(600);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("danhgia"));
}

// Tables without borders lay out the header and the signature blocks ("Nơi nhận" beside the
// signer, the signatures of minutes). A page break through one would leave "KT. GIÁM ĐỐC" on one
// page and the signer's name on the next: each such table that crosses a page boundary, and fits
// on one page, starts the next page instead.
// The paragraph of the root frame right before `frame`, or an invalid block.
QTextBlock blockBefore(QTextDocument& text, QTextFrame* frame)
{
    QTextBlock last;
    for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame() == frame) {
            return last;
        }
        last = it.currentFrame() ? QTextBlock() : it.currentBlock();
    }
    return QTextBlock();
}

void keepLayoutTablesWhole(QTextDocument& text, qreal pageHeight)
{
    for (bool moved = true; moved;) {
        moved = false;
        text.pageCount(); // lays the document out
        const QList<QTextFrame*> frames = text.rootFrame()->childFrames();
        for (QTextFrame* frame : frames) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table || table->format().border() > 0
                || (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                continue;
            }
            const QRectF box = text.documentLayout()->frameBoundingRect(frame);
            const int firstPage = int(box.top() / pageHeight);
            const bool split = box.height() < pageHeight && firstPage != int((box.bottom() - 1) / pageHeight);
            // The paragraph just before (the closing line of minutes, the last article of a
            // decision) goes along, so that signatures never stand alone at the top of a page.
            const QTextBlock before = blockBefore(text, frame);
            const QRectF lead
                = before.isValid() ? text.documentLayout()->blockBoundingRect(before) : QRectF();
            const int leadPage = int(lead.top() / pageHeight);
            const bool leadCanFollow = before.isValid() && !before.text().trimmed().isEmpty()
                && !(before.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                && lead.height() + box.height() < pageHeight;
            const bool alone = !split && leadCanFollow && leadPage == firstPage - 1
                && int((lead.bottom() - 1) / pageHeight) == leadPage;
            if (!split && !alone) {
                continue;
            }
            if (leadCanFollow && (alone || leadPage == firstPage)) {
                // The paragraph starts the next page and the table follows it there.
                QTextBlockFormat leadFormat;
                leadFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(before).mergeBlockFormat(leadFormat);
            } else {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
            }
            moved = true;
            break;
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
    QTextFrameFormat root = text.rootFrame()->frameFormat();
    root.setTopMargin(InkAllowance);
    text.rootFrame()->setFrameFormat(root);
    // Each page holds the body's height below the allowance.
    const qreal pageHeight = body.height() + InkAllowance;
    text.setPageSize(QSizeF(body.width(), pageHeight));
    keepLayoutTablesWhole(text, pageHeight);

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
        painter.translate(body.left(), body.top() - InkAllowance - page * pageHeight);
        const QRectF visible(0, page * pageHeight, body.width(), pageHeight);
        painter.setClipRect(visible);
        // Blocks that only touch the page's edges belong to the pages before and after: drawn
        // here, they would be clipped away but leave their text in the PDF (a search or a copy
        // would find the next page's first line on this page).
        context.clip = visible.adjusted(0, 1, 0, -1);
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
