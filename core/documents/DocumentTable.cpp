#include "documents/DocumentTable.h"

#include "documents/DocumentRenderer.h"

#include <QLocale>

namespace danhgia {

DocumentCell DocumentCell::fromText(const QString& text, bool bold)
{
    DocumentCell cell;
    cell.text = text;
    cell.bold = bold;
    return cell;
}

DocumentCell DocumentCell::fromNumber(Decimal number, int decimals, bool bold)
{
    DocumentCell cell;
    cell.number = number;
    cell.decimals = decimals;
    cell.bold = bold;
    return cell;
}

DocumentCell DocumentCell::fromInteger(qint64 number, bool bold)
{
    return fromNumber(Decimal::fromInt(number), 0, bold);
}

QString DocumentCell::displayText() const
{
    if (!number) {
        return text;
    }
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    return number->toLocaleString(vietnamese, decimals);
}

DocumentTable::Align DocumentTable::alignOf(int column, const DocumentCell& cell) const
{
    if (column < aligns.size()) {
        return aligns.at(column);
    }
    return cell.number ? Align::Right : Align::Left;
}

namespace {

const char* alignName(DocumentTable::Align align)
{
    switch (align) {
        case DocumentTable::Align::Center:
            return "center";
        case DocumentTable::Align::Right:
            return "right";
        case DocumentTable::Align::Left:
            break;
    }
    return "left";
}

QString span(const QString& html, const QString& style)
{
    return style.isEmpty()
        ? html
        : QStringLiteral("<span style=\"%1\">").arg(style) + html + QStringLiteral("</span>");
}

QString widthAttribute(const QList<int>& widths, int column)
{
    return column < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(column)) : QString();
}

} // namespace

QString DocumentTable::toHtml() const
{
    QString html;
    if (!caption.isEmpty()) {
        html += QStringLiteral("<p class=\"caption\">") + caption.toHtmlEscaped() + QStringLiteral("</p>");
    }
    // A smaller font: on a span in each cell, bold included (QTextDocument takes the size of a
    // cell's text from neither the table's nor the cell's style, and not into a <b> inside).
    const QString fontSize = pointSize > 0
        ? QStringLiteral("font-size:%1px;").arg(qRound(pointSize * DocumentRenderer::LayoutDpi / 72))
        : QString();
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"8\"><thead><tr>");
    for (int column = 0; column < headers.size(); ++column) {
        html += QStringLiteral("<th%1>").arg(widthAttribute(widths, column))
            + span(headers.at(column).toHtmlEscaped(), fontSize) + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr></thead>");
    for (const QList<DocumentCell>& row : rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column) {
            const DocumentCell& cell = row.at(column);
            QString content = cell.displayText().toHtmlEscaped();
            content.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            html += QStringLiteral("<td align=\"%1\">").arg(QLatin1String(alignName(alignOf(column, cell))))
                + span(content, fontSize + (cell.bold ? QStringLiteral("font-weight:bold;") : QString()))
                + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace danhgia
