#include "documentdata/DocumentSettings.h"

#include "documentdata/DocumentWording.h"

#include <QJsonArray>

namespace danhgia {

namespace {

QJsonObject signerJson(const DocumentSigner& signer)
{
    return QJsonObject{{QStringLiteral("authority"), signer.authority},
                       {QStringLiteral("title"), signer.title},
                       {QStringLiteral("name"), signer.name}};
}

DocumentSigner signerFromJson(const QJsonValue& value, const DocumentSigner& fallback)
{
    if (!value.isObject()) {
        return fallback;
    }
    const QJsonObject object = value.toObject();
    DocumentSigner signer = fallback;
    signer.authority = object.value(QStringLiteral("authority")).toString(fallback.authority);
    signer.title = object.value(QStringLiteral("title")).toString(fallback.title);
    signer.name = object.value(QStringLiteral("name")).toString(fallback.name);
    return signer;
}

QString text(const QJsonObject& object, const char* key, const QString& fallback)
{
    return object.value(QLatin1String(key)).toString(fallback);
}

QDateTime moment(const QJsonObject& object, const char* key, const QDateTime& fallback)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        return fallback;
    }
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? parsed : fallback;
}

} // namespace

QString DocumentSettings::numberLine() const
{
    // No-break spaces keep the room for the number: the layout collapses other white space.
    const QString numberText = number > 0
        ? QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'))
        : QStringLiteral("\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0");
    return DocumentWording::text("header.number").arg(numberText, symbol);
}

QString DocumentSettings::agencyCode() const
{
    const int dash = symbol.lastIndexOf(QLatin1Char('-'));
    return dash < 0 ? symbol : symbol.mid(dash + 1);
}

QJsonObject DocumentSettings::toJson() const
{
    QJsonArray recipientList;
    for (const QString& recipient : recipients) {
        recipientList.append(recipient);
    }
    return QJsonObject{
        {QStringLiteral("parent_agency"), parentAgency},
        {QStringLiteral("issuing_agency"), issuingAgency},
        {QStringLiteral("number"), number},
        {QStringLiteral("symbol"), symbol},
        {QStringLiteral("place"), place},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("basis"), basis},
        {QStringLiteral("meeting_start"), meetingStart.toString(Qt::ISODate)},
        {QStringLiteral("meeting_end"), meetingEnd.toString(Qt::ISODate)},
        {QStringLiteral("meeting_place"), meetingPlace},
        {QStringLiteral("signer"), signerJson(signer)},
        {QStringLiteral("chair"), signerJson(chair)},
        {QStringLiteral("secretary"), signerJson(secretary)},
        {QStringLiteral("recipients"), recipientList},
    };
}

DocumentSettings DocumentSettings::fromJson(const QJsonObject& object, const DocumentSettings& defaults)
{
    DocumentSettings settings = defaults;
    settings.parentAgency = text(object, "parent_agency", defaults.parentAgency);
    settings.issuingAgency = text(object, "issuing_agency", defaults.issuingAgency);
    settings.number = object.value(QStringLiteral("number")).toInt(defaults.number);
    settings.symbol = text(object, "symbol", defaults.symbol);
    settings.place = text(object, "place", defaults.place);
    const QDate parsedDate = QDate::fromString(text(object, "date", QString()), Qt::ISODate);
    settings.date = parsedDate.isValid() ? parsedDate : defaults.date;
    settings.basis = text(object, "basis", defaults.basis);
    settings.meetingStart = moment(object, "meeting_start", defaults.meetingStart);
    settings.meetingEnd = moment(object, "meeting_end", defaults.meetingEnd);
    settings.meetingPlace = text(object, "meeting_place", defaults.meetingPlace);
    settings.signer = signerFromJson(object.value(QStringLiteral("signer")), defaults.signer);
    settings.chair = signerFromJson(object.value(QStringLiteral("chair")), defaults.chair);
    settings.secretary = signerFromJson(object.value(QStringLiteral("secretary")), defaults.secretary);
    const QJsonValue recipientList = object.value(QStringLiteral("recipients"));
    if (recipientList.isArray()) {
        settings.recipients.clear();
        for (const QJsonValue& recipient : recipientList.toArray()) {
            settings.recipients.append(recipient.toString());
        }
    }
    return settings;
}

DocumentSettings DocumentSettings::defaults(const QDate& date)
{
    DocumentSettings settings;
    settings.parentAgency = DocumentWording::text("defaults.parent_agency");
    settings.issuingAgency = DocumentWording::text("defaults.issuing_agency");
    settings.symbol = DocumentWording::text("defaults.symbol");
    settings.place = DocumentWording::text("defaults.place");
    settings.date = date;
    settings.meetingPlace = DocumentWording::text("defaults.meeting_place");
    settings.meetingStart = QDateTime(date, QTime(8, 0));
    settings.meetingEnd = QDateTime(date, QTime(11, 30));
    settings.signer = {DocumentWording::text("defaults.signer_authority"),
                       DocumentWording::text("defaults.signer_title"), QString()};
    settings.chair = {QString(), DocumentWording::text("signature.chair"), QString()};
    settings.secretary = {QString(), DocumentWording::text("signature.secretary"), QString()};
    settings.recipients = DocumentWording::text("defaults.recipients").split(QLatin1Char('\n'));
    return settings;
}

} // namespace danhgia
