#include "documents/DocumentTableFit.h"

#include "documents/DocumentFonts.h"
#include "documents/DocumentRenderer.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <cmath>

namespace danhgia {

namespace {

// DocumentTable::toHtml()'s cell padding on each side and the rules, in layout pixels.
constexpr qreal CellExtra = 2 * 8 + 2;
// Room for the difference between the measured widths and the layout's design metrics.
constexpr qreal Slack = 1.05;

qreal longestWord(const QFontMetricsF& metrics, const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    qreal longest = 0;
    for (const QString& word : text.split(space, Qt::SkipEmptyParts)) {
        longest = qMax(longest, metrics.horizontalAdvance(word));
    }
    return longest;
}

} // namespace

qreal DocumentTableFit::textWidth()
{
    const QMarginsF margins = DocumentRenderer::marginsMillimetres();
    const qreal pageWidth = DocumentRenderer::pageLayout().fullRect(QPageLayout::Millimeter).width();
    return (pageWidth - margins.left() - margins.right()) * DocumentRenderer::LayoutDpi / 25.4;
}

int DocumentTableFit::columnPercent(const DocumentTable& table, int column, qreal pointSize)
{
    QFont plain = DocumentFonts::serif(pointSize);
    plain.setPixelSize(qRound(pointSize * DocumentRenderer::LayoutDpi / 72));
    QFont bold = plain;
    bold.setBold(true);
    const QFontMetricsF plainMetrics(plain);
    const QFontMetricsF boldMetrics(bold);
    qreal widest = column < table.headers.size() ? longestWord(boldMetrics, table.headers.at(column)) : 0;
    for (const QList<DocumentCell>& row : table.rows) {
        if (column < row.size()) {
            const DocumentCell& cell = row.at(column);
            widest = qMax(widest, longestWord(cell.bold ? boldMetrics : plainMetrics, cell.displayText()));
        }
    }
    return int(std::ceil((widest + CellExtra) * Slack * 100 / textWidth()));
}

} // namespace danhgia
