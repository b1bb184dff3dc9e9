#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace danhgia {

// A person who signs a document, as the signature block prints them.
struct DocumentSigner
{
    QString authority; // "KT. GIÁM ĐỐC" when signing on behalf of the head; may be empty
    QString title; // "PHÓ GIÁM ĐỐC", "CHỦ TỌA", "THƯ KÝ"
    QString name;
};

// What a printed document says about who issues it, under which number, where and when, and who
// signs: Decree 30/2020/NĐ-CP's header and signature fields. Kept per unit in the database (with
// defaults from its catalogue) and editable before printing.
struct DocumentSettings
{
    QString parentAgency; // "UBND TỈNH LẠNG SƠN"
    QString issuingAgency; // "SỞ NỘI VỤ", "HỘI ĐỒNG THẨM ĐỊNH"
    int number = 0; // 0: left blank for the clerk ("Số:      /BB-HĐTĐ")
    QString symbol; // "BB-HĐTĐ", "QĐ-SNV", "BC-SNV"
    QString place; // "Lạng Sơn"
    QDate date;
    QString basis; // the decision that formed the council, the plan...; one per line
    QDateTime meetingStart; // minutes: when the meeting began
    QDateTime meetingEnd; // minutes: when it closed
    QString meetingPlace; // minutes: where it was held
    DocumentSigner signer; // reports and decisions
    DocumentSigner chair; // minutes: right
    DocumentSigner secretary; // minutes: left
    QStringList recipients; // "Nơi nhận": one line each, without the leading "- "

    // "Số: 05/BB-SNV": numbers under 10 take a leading zero; an empty number leaves room to write.
    QString numberLine() const;
    // The issuing agency's code as it ends a symbol ("SNV" from "BC-SNV").
    QString agencyCode() const;

    QJsonObject toJson() const;
    // Fields missing from the object keep the values of `defaults`.
    static DocumentSettings fromJson(const QJsonObject& object, const DocumentSettings& defaults);
    // Sensible values for a Home Affairs department of Lạng Sơn, dated `date`.
    static DocumentSettings defaults(const QDate& date);
};

} // namespace danhgia
