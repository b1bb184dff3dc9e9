#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace danhgia {

// Dates and times as Vietnamese administrative documents write them (Decree 30/2020/NĐ-CP,
// annex I): the day takes a leading zero under 10; the month only for January and February.
class VietnameseDate
{
public:
    // "ngày 05 tháng 01 năm 2026", "ngày 29 tháng 6 năm 2026"
    static QString dayMonthYear(const QDate& date);
    // "Lạng Sơn, ngày 05 tháng 01 năm 2026"
    static QString placeAndDate(const QString& place, const QDate& date);
    // "08 giờ 00 phút, ngày 05 tháng 01 năm 2026"
    static QString timeAndDate(const QDateTime& moment);
    // "05/01/2026" for tables.
    static QString shortDate(const QDate& date);
};

} // namespace danhgia
