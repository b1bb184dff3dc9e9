#pragma once

#include "documentdata/DocumentSettings.h"
#include "documents/PrintableDocument.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace danhgia {

// Writes a document in the layout of Decree 30/2020/NĐ-CP (annex I): the two-column header
// (agencies and number on the left, Quốc hiệu and Tiêu ngữ with the place and date on the right),
// the title, a justified body with first-line indents, tables, signature blocks and "Nơi nhận".
// Documents (minutes, reports, decisions) call these in the order of the form they print.
class DocumentComposer
{
public:
    explicit DocumentComposer(const DocumentSettings& settings);

    // The header; minutes have no place-and-date line (their time is in the body), forms such
    // as a score sheet have no number line.
    void addHeader(bool withPlaceAndDate, bool withNumber = true);
    // "BIÊN BẢN" and the subject line below it, both bold and centred.
    void addTitle(const QString& kind, const QString& subject);
    // A body paragraph: justified, first line indented. Plain text; "\n" starts a new paragraph.
    void addParagraph(const QString& text);
    // A paragraph whose first words (up to `lead`'s end) are bold: "Thời gian: 08 giờ ...".
    void addLabelledParagraph(const QString& lead, const QString& text);
    // A body paragraph in italics: the "Căn cứ ...;" lines of a decision. "\n" as above.
    void addItalicParagraph(const QString& text);
    void addHeading(const QString& text);
    // The filled-in lines of a form, "label value" each ("Họ và tên: Nguyễn Văn An"): the
    // label bold, lines close together, not justified. Lines with an empty value are left out.
    void addFields(const QList<QPair<QString, QString>>& fields);
    void addCentered(const QString& text, bool bold, bool italic);
    void addTable(const DocumentTable& table);
    // Secretary on the left, chair on the right (minutes); either may be empty.
    void addSignatures(const DocumentSigner& left, const DocumentSigner& right);
    // A signature line for every member, two to a row (council summaries).
    void addSignatureGrid(const QList<DocumentSigner>& signers);
    // "Nơi nhận" on the left and the signer on the right (reports, decisions).
    void addRecipientsAndSigner(const QStringList& recipients, const DocumentSigner& signer);
    void addPageBreak();
    // The annex heading: "Phụ lục" + its subject + "(Kèm theo Biên bản số ...)".
    void addAnnexTitle(const QString& title, const QString& subject, const QString& attachedTo);

    const DocumentSettings& settings() const { return m_settings; }
    PrintableDocument finish(const QString& title, const QString& fileName) const;

    static QString escape(const QString& text);

private:
    // `hint`: "(Ký, ghi rõ họ tên)" under the title, for minutes signed by people in person.
    QString signatureCell(const DocumentSigner& signer, int widthPercent, bool hint) const;

    DocumentSettings m_settings;
    QString m_body;
    QList<DocumentTable> m_tables;
};

} // namespace danhgia
