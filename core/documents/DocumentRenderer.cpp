#include "documents/DocumentRenderer.h"

#include "documents/DocumentFonts.h"

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
// signer, the signatures of minutes, the rows of a council's signature grid). A page break through
// one would leave "KT. GIÁM ĐỐC" on one page and the signer's name on the next, and a signature
// block at the top of a page, away from the text it signs, could be mistaken for the signature of
// something else. So:
// - a layout table that crosses a page boundary, and fits on one page, starts the next page;
// - a layout table that starts a page (moved there, or there by chance) takes along what leads
//   up to it: the layout tables right before it (the rows of the same signature grid) and the
//   paragraph before those (the closing line of minutes, the last note of a summary sheet, the
//   last article of a decision), as many of them as fit on one page with it, furthest back first.
// Then signatures never stand alone on a page, unless a grid is longer than a page.

// One element of the root frame: a paragraph or a frame (a table).
struct Element
{
    QTextBlock block; // valid for a paragraph
    QTextFrame* frame = nullptr;
};

bool isLayoutTable(const Element& element)
{
    const auto* table = qobject_cast<QTextTable*>(element.frame);
    return table && table->format().border() <= 0;
}

QRectF boundsOf(QTextDocument& text, const Element& element)
{
    return element.frame ? text.documentLayout()->frameBoundingRect(element.frame)
                         : text.documentLayout()->blockBoundingRect(element.block);
}

bool breaksBefore(const Element& element)
{
    const QTextFormat::PageBreakFlags flags = element.frame ? element.frame->frameFormat().pageBreakPolicy()
                                                            : element.block.blockFormat().pageBreakPolicy();
    return flags & QTextFormat::PageBreak_AlwaysBefore;
}

void setBreakBefore(const Element& element)
{
    if (element.frame) {
        auto* table = qobject_cast<QTextTable*>(element.frame);
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    } else {
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(element.block).mergeBlockFormat(format);
    }
}

bool breaksAfter(const Element& element)
{
    return element.block.isValid()
        && (element.block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter);
}

// The paragraphs and tables of the root frame, without the empty paragraphs QTextDocument keeps
// between two tables (a page break's paragraph stays).
QList<Element> rootElements(QTextDocument& text)
{
    QList<Element> elements;
    for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        const Element element = it.currentFrame() ? Element{QTextBlock(), it.currentFrame()}
                                                  : Element{it.currentBlock(), nullptr};
        if (element.frame || !element.block.text().trimmed().isEmpty() || breaksAfter(element)) {
            elements.append(element);
        }
    }
    return elements;
}

// Moves one page break, if one must move; false when the layout is as it should be.
bool moveOnePageBreak(QTextDocument& text, qreal pageHeight)
{
    text.pageCount(); // lays the document out
    const QList<Element> elements = rootElements(text);
    for (int i = 1; i < elements.size(); ++i) {
        const Element& element = elements.at(i);
        if (!isLayoutTable(element)) {
            continue;
        }
        const QRectF box = boundsOf(text, element);
        if (box.height() >= pageHeight) {
            continue;
        }
        const int firstPage = int(box.top() / pageHeight);
        const bool split = firstPage != int((box.bottom() - 1) / pageHeight);
        const QRectF previous = boundsOf(text, elements.at(i - 1));
        const bool startsPage = !split && int((previous.bottom() - 1) / pageHeight) < firstPage;
        if (!split && !startsPage) {
            continue;
        }
        // What leads up to the table: the layout tables right before it, then one paragraph
        // with text. The furthest back of them that fits on one page with the table starts it.
        int lead = i;
        for (int j = i - 1; j > 0; --j) {
            const Element& before = elements.at(j);
            const bool table = isLayoutTable(before);
            if (!table && (!before.block.isValid() || breaksAfter(before))) {
                break;
            }
            if (box.bottom() - boundsOf(text, before).top() >= pageHeight) {
                break;
            }
            lead = j;
            if (!table || breaksBefore(before)) {
                break;
            }
        }
        // Already as good as it gets: the lead starts its page.
        const QRectF leadBox = boundsOf(text, elements.at(lead));
        const bool leadStartsPage = lead == 0
            || int((boundsOf(text, elements.at(lead - 1)).bottom() - 1) / pageHeight)
                < int(leadBox.top() / pageHeight);
        if (breaksBefore(elements.at(lead)) || (leadStartsPage && !split)) {
            if (split && !breaksBefore(element)) {
                setBreakBefore(element);
                return true;
            }
            continue;
        }
        setBreakBefore(elements.at(lead));
        return true;
    }
    return false;
}

void keepLayoutTablesWhole(QTextDocument& text, qreal pageHeight)
{
    while (moveOnePageBreak(text, pageHeight)) { }
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
