#include "documents/VietnameseDate.h"

#include "documentdata/DocumentWording.h"

namespace danhgia {

namespace {

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString VietnameseDate::dayMonthYear(const QDate& date)
{
    if (!date.isValid()) {
        return DocumentWording::text("date.blank");
    }
    const int month = date.month();
    const QString monthText = month <= 2 ? twoDigits(month) : QString::number(month);
    return DocumentWording::text("date.day_month_year")
        .arg(twoDigits(date.day()), monthText, QString::number(date.year()));
}

QString VietnameseDate::placeAndDate(const QString& place, const QDate& date)
{
    return DocumentWording::text("date.place_and_date").arg(place, dayMonthYear(date));
}

QString VietnameseDate::timeAndDate(const QDateTime& moment)
{
    if (!moment.isValid()) {
        return DocumentWording::text("date.blank_time");
    }
    return DocumentWording::text("date.time_and_date")
        .arg(twoDigits(moment.time().hour()), twoDigits(moment.time().minute()), dayMonthYear(moment.date()));
}

QString VietnameseDate::shortDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace danhgia
