#include "documents/DocumentComposer.h"

#include "documentdata/DocumentWording.h"
#include "documents/VietnameseDate.h"

namespace danhgia {

namespace {

// Lengths are in layout pixels of DocumentRenderer::LayoutDpi (4 px = 1 pt), so that fonts, margins
// and indents keep their sizes on every device. Sizes (Decree 30, annex I): agencies and Quốc hiệu
// 12.5 pt (50 px), Tiêu ngữ and body 13.5 pt (54 px), the title 14 pt (56 px).
const char* const StyleSheet
    = "body { font-size: 54px; }"
      "p { margin-top: 0; margin-bottom: 0; }"
      "p.body { text-align: justify; text-indent: 112px; margin-top: 24px; }"
      "p.heading { font-weight: bold; margin-top: 24px; }"
      "p.caption { font-weight: bold; margin-top: 24px; margin-bottom: 12px; }"
      "table.grid { border-collapse: collapse; border-color: #000000; "
      "border-style: solid; font-size: 48px; margin-top: 12px; }"
      "th { font-weight: bold; text-align: center; vertical-align: middle; }"
      "td { vertical-align: top; }"; // cells start at the top of their row, as in Word: Qt centres
// the cells of a row broken across pages on its whole height, over the next page's header row.

QString paragraph(const QString& cssClass, const QString& html)
{
    return QStringLiteral("<p class=\"%1\">").arg(cssClass) + html + QStringLiteral("</p>");
}

} // namespace

DocumentComposer::DocumentComposer(const DocumentSettings& settings)
    : m_settings(settings)
{ }

QString DocumentComposer::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

void DocumentComposer::addHeader(bool withPlaceAndDate, bool withNumber)
{
    QString left = QStringLiteral("<p align=\"center\" style=\"font-size:50px\">")
        + escape(m_settings.parentAgency.toUpper()) + QStringLiteral("</p>")
        + QStringLiteral("<p align=\"center\" style=\"font-size:50px; font-weight:bold\">")
        + escape(m_settings.issuingAgency.toUpper()) + QStringLiteral("</p><hr width=\"30%\"/>");
    if (withNumber) {
        left += QStringLiteral("<p align=\"center\" style=\"font-size:52px; margin-top:16px\">")
            + escape(m_settings.numberLine()) + QStringLiteral("</p>");
    }
    QString right = QStringLiteral("<p align=\"center\" style=\"font-size:50px; font-weight:bold\">")
        + escape(DocumentWording::text("header.national_title")) + QStringLiteral("</p>")
        + QStringLiteral("<p align=\"center\" style=\"font-size:54px; font-weight:bold\">")
        + escape(DocumentWording::text("header.motto")) + QStringLiteral("</p><hr width=\"52%\"/>");
    if (withPlaceAndDate) {
        right += QStringLiteral("<p align=\"center\" style=\"font-size:54px; font-style:italic; "
                                "margin-top:16px\">")
            + escape(VietnameseDate::placeAndDate(m_settings.place, m_settings.date))
            + QStringLiteral("</p>");
    }
    m_body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                             "<td width=\"38%\" valign=\"top\">")
        + left + QStringLiteral("</td><td width=\"62%\" valign=\"top\">") + right
        + QStringLiteral("</td></tr></table>");
}

void DocumentComposer::addTitle(const QString& kind, const QString& subject)
{
    m_body += QStringLiteral("<p align=\"center\" style=\"font-size:56px; font-weight:bold; "
                             "margin-top:72px\">")
        + escape(kind.toUpper()) + QStringLiteral("</p>");
    if (!subject.isEmpty()) {
        m_body += QStringLiteral("<p align=\"center\" style=\"font-size:56px; font-weight:bold; "
                                 "margin-bottom:40px\">")
            + escape(subject) + QStringLiteral("</p>");
    }
}

void DocumentComposer::addParagraph(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        m_body += paragraph(QStringLiteral("body"), escape(line));
    }
}

void DocumentComposer::addLabelledParagraph(const QString& lead, const QString& text)
{
    m_body += paragraph(QStringLiteral("body"),
                        QStringLiteral("<b>") + escape(lead) + QStringLiteral("</b> ") + escape(text));
}

void DocumentComposer::addItalicParagraph(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        m_body += paragraph(QStringLiteral("body"),
                            QStringLiteral("<i>") + escape(line) + QStringLiteral("</i>"));
    }
}

void DocumentComposer::addHeading(const QString& text)
{
    m_body += paragraph(QStringLiteral("heading"), escape(text));
}

void DocumentComposer::addFields(const QList<QPair<QString, QString>>& fields)
{
    for (const auto& [label, value] : fields) {
        if (!value.trimmed().isEmpty()) {
            m_body += QStringLiteral("<p style=\"text-indent:112px; margin-top:6px\"><b>") + escape(label)
                + QStringLiteral("</b> ") + escape(value) + QStringLiteral("</p>");
        }
    }
}

void DocumentComposer::addCentered(const QString& text, bool bold, bool italic)
{
    QString style = QStringLiteral("margin-top:24px;");
    if (bold) {
        style += QStringLiteral(" font-weight:bold;");
    }
    if (italic) {
        style += QStringLiteral(" font-style:italic;");
    }
    m_body += QStringLiteral("<p align=\"center\" style=\"%1\">").arg(style) + escape(text)
        + QStringLiteral("</p>");
}

void DocumentComposer::addTable(const DocumentTable& table)
{
    m_body += table.toHtml();
    m_tables.append(table);
}

QString DocumentComposer::signatureCell(const DocumentSigner& signer, int widthPercent, bool hint) const
{
    QString cell = QStringLiteral("<td width=\"%1%\" align=\"center\" valign=\"top\">").arg(widthPercent);
    if (!signer.authority.isEmpty()) {
        cell += QStringLiteral("<p align=\"center\" style=\"font-weight:bold; font-size:54px\">")
            + escape(signer.authority.toUpper()) + QStringLiteral("</p>");
    }
    if (!signer.title.isEmpty()) {
        cell += QStringLiteral("<p align=\"center\" style=\"font-weight:bold; font-size:54px\">")
            + escape(signer.title.toUpper()) + QStringLiteral("</p>");
    }
    if (hint) {
        cell += QStringLiteral("<p align=\"center\" style=\"font-style:italic; font-size:48px\">")
            + escape(DocumentWording::text("signature.sign_hint")) + QStringLiteral("</p>");
    }
    // Room for the signature and the seal: about 3 cm.
    cell += QStringLiteral("<p style=\"font-size:54px; margin-top:248px\" align=\"center\"><b>")
        + escape(signer.name) + QStringLiteral("</b></p></td>");
    return cell;
}

void DocumentComposer::addSignatures(const DocumentSigner& left, const DocumentSigner& right)
{
    m_body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                             "style=\"margin-top:48px\"><tr>")
        + signatureCell(left, 50, true) + signatureCell(right, 50, true) + QStringLiteral("</tr></table>");
}

void DocumentComposer::addSignatureGrid(const QList<DocumentSigner>& signers)
{
    // A table per row: the renderer keeps each on one page, so no signature block is split.
    for (int i = 0; i < signers.size(); i += 2) {
        m_body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                 "style=\"margin-top:48px\"><tr>")
            + signatureCell(signers.at(i), 50, true);
        m_body += i + 1 < signers.size() ? signatureCell(signers.at(i + 1), 50, true)
                                         : QStringLiteral("<td width=\"50%\"></td>");
        m_body += QStringLiteral("</tr></table>");
    }
}

void DocumentComposer::addRecipientsAndSigner(const QStringList& recipients, const DocumentSigner& signer)
{
    QString left = QStringLiteral("<td width=\"45%\" valign=\"top\">"
                                  "<p style=\"font-size:48px; font-weight:bold; font-style:italic\">")
        + escape(DocumentWording::text("recipients.title")) + QStringLiteral("</p>");
    for (int i = 0; i < recipients.size(); ++i) {
        const bool last = i + 1 == recipients.size();
        QString line = recipients.at(i).trimmed();
        if (!line.endsWith(QLatin1Char(';')) && !line.endsWith(QLatin1Char('.'))) {
            line += last ? QStringLiteral(".") : QStringLiteral(";");
        }
        left += QStringLiteral("<p style=\"font-size:44px\">- ") + escape(line) + QStringLiteral("</p>");
    }
    left += QStringLiteral("</td>");
    m_body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                             "style=\"margin-top:48px\"><tr>")
        + left + signatureCell(signer, 55, false) + QStringLiteral("</tr></table>");
}

void DocumentComposer::addPageBreak()
{
    m_body += QStringLiteral("<p style=\"page-break-after:always\"></p>");
}

void DocumentComposer::addAnnexTitle(const QString& title, const QString& subject, const QString& attachedTo)
{
    m_body += QStringLiteral("<p align=\"center\" style=\"font-size:56px; font-weight:bold\">")
        + escape(title.toUpper()) + QStringLiteral("</p>");
    if (!subject.isEmpty()) {
        m_body += QStringLiteral("<p align=\"center\" style=\"font-size:56px; font-weight:bold\">")
            + escape(subject) + QStringLiteral("</p>");
    }
    if (!attachedTo.isEmpty()) {
        m_body += QStringLiteral("<p align=\"center\" style=\"font-style:italic; margin-bottom:32px\">")
            + escape(attachedTo) + QStringLiteral("</p>");
    }
}

PrintableDocument DocumentComposer::finish(const QString& title, const QString& fileName) const
{
    PrintableDocument document;
    document.title = title;
    document.fileName = fileName;
    document.html = QStringLiteral("<html><head><style>") + QLatin1String(StyleSheet)
        + QStringLiteral("</style></head><body>") + m_body + QStringLiteral("</body></html>");
    document.tables = m_tables;
    return document;
}

} // namespace danhgia
