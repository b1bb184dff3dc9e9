#include "sources/DocumentSettingsStore.h"

#include "documentdata/DocumentWording.h"
#include "queries/Listings.h"
#include "stores/StoredDocumentSettings.h"
#include "text/VietnameseText.h"

#include <QHash>

namespace danhgia {

namespace {

// `text` without its first words when they are `prefix` (compared without case and diacritics,
// so "Uỷ ban" matches "Ủy ban"); empty when they are not.
std::optional<QString> withoutPrefix(const QString& text, const QString& prefix)
{
    const QStringList words = VietnameseText::normalize(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList prefixWords
        = VietnameseText::normalize(prefix).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (prefixWords.isEmpty() || words.size() <= prefixWords.size()) {
        return std::nullopt;
    }
    for (int i = 0; i < prefixWords.size(); ++i) {
        if (VietnameseText::searchKey(words.at(i)) != VietnameseText::searchKey(prefixWords.at(i))) {
            return std::nullopt;
        }
    }
    return words.mid(prefixWords.size()).join(QLatin1Char(' '));
}

// "Ủy ban nhân dân tỉnh Lạng Sơn" -> "UBND tỉnh Lạng Sơn"; other names as they are.
QString shortAgencyName(const QString& name)
{
    const auto rest = withoutPrefix(name, DocumentWording::text("settings.people_committee"));
    if (!rest) {
        return VietnameseText::normalize(name);
    }
    return DocumentWording::text("settings.people_committee_short") + QLatin1Char(' ') + *rest;
}

// "Ủy ban nhân dân tỉnh Lạng Sơn" -> "Lạng Sơn".
QString placeOf(const QString& provinceName)
{
    QString place = VietnameseText::normalize(provinceName);
    if (const auto rest = withoutPrefix(place, DocumentWording::text("settings.people_committee"))) {
        place = *rest;
    }
    for (const QString& word : DocumentWording::text("settings.province_words").split(QLatin1Char('\n'))) {
        if (const auto rest = withoutPrefix(place, word)) {
            return *rest;
        }
    }
    return place;
}

// The wording of a unit kind, or of "other" when the kind has none of its own.
QString byKind(const char* key, const QString& kind)
{
    const QByteArray own = QByteArray(key) + '.' + kind.toUtf8();
    if (DocumentWording::contains(own.constData())) {
        return DocumentWording::text(own.constData());
    }
    const QByteArray other = QByteArray(key) + ".other";
    return DocumentWording::text(other.constData());
}

} // namespace

std::optional<DocumentSettings> DocumentSettingsStore::defaults(QSqlDatabase& db, const QString& unitCode,
                                                                const QDate& date, QString* error)
{
    const auto units = Listings::units(db, error);
    if (!units) {
        return std::nullopt;
    }
    QHash<QString, UnitRecord> byCode;
    for (const UnitRecord& unit : *units) {
        byCode.insert(unit.code, unit);
    }
    const auto found = byCode.constFind(unitCode);
    if (found == byCode.constEnd()) {
        *error = tr("there is no unit with the code \"%1\"").arg(unitCode);
        return std::nullopt;
    }
    const UnitRecord& unit = *found;
    DocumentSettings settings = DocumentSettings::defaults(date);
    settings.issuingAgency = VietnameseText::normalize(unit.name);
    settings.parentAgency
        = byCode.contains(unit.parentCode) ? shortAgencyName(byCode.value(unit.parentCode).name) : QString();
    settings.symbol = DocumentWording::text("settings.symbol").arg(unit.code);
    // The province the unit belongs to (a loop in the catalogue ends the walk).
    const UnitRecord* step = &unit;
    for (int depth = 0; step && depth < units->size(); ++depth) {
        if (step->kind == QLatin1String("province")) {
            settings.place = placeOf(step->name);
            break;
        }
        const auto parent = byCode.constFind(step->parentCode);
        step = parent == byCode.constEnd() ? nullptr : &*parent;
    }
    settings.meetingPlace = DocumentWording::text("settings.meeting_place").arg(settings.issuingAgency);
    settings.signer = {byKind("settings.signer_authority", unit.kind),
                       byKind("settings.signer_title", unit.kind), QString()};
    settings.recipients = byKind("settings.recipients", unit.kind).split(QLatin1Char('\n'));
    return settings;
}

std::optional<DocumentSettingsStore::Loaded>
DocumentSettingsStore::load(QSqlDatabase& db, const QString& unitCode, const QDate& date, QString* error)
{
    const auto base = defaults(db, unitCode, date, error);
    const auto stored = base ? StoredDocumentSettings::load(db, unitCode, error) : std::nullopt;
    if (!stored) {
        return std::nullopt;
    }
    Loaded loaded;
    loaded.stored = !stored->isEmpty();
    loaded.settings = DocumentSettings::fromJson(*stored, *base);
    // What belongs to one document is never taken from the unit's settings.
    loaded.settings.number = base->number;
    loaded.settings.date = base->date;
    loaded.settings.meetingStart = base->meetingStart;
    loaded.settings.meetingEnd = base->meetingEnd;
    return loaded;
}

bool DocumentSettingsStore::save(Database& db, const QString& unitCode, const DocumentSettings& settings,
                                 const QString& actor, QString* error)
{
    return StoredDocumentSettings::save(db, unitCode, unitFields(settings), actor, error);
}

QJsonObject DocumentSettingsStore::unitFields(const DocumentSettings& settings)
{
    QJsonObject object = settings.toJson();
    for (const char* key : {"number", "date", "meeting_start", "meeting_end"}) {
        object.remove(QLatin1String(key));
    }
    return object;
}

std::optional<QString> DocumentSettingsStore::homeAffairsUnit(QSqlDatabase& db, QString* error)
{
    const auto units = Listings::units(db, error);
    if (!units) {
        return std::nullopt;
    }
    const QString wanted = VietnameseText::searchKey(DocumentWording::text("defaults.issuing_agency"));
    for (const UnitRecord& unit : *units) {
        if (unit.kind == QLatin1String("department") && VietnameseText::searchKey(unit.name) == wanted) {
            return unit.code;
        }
    }
    return QString();
}

} // namespace danhgia
