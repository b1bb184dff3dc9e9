#include "stores/StoredDocumentSettings.h"

#include "database/Database.h"
#include "database/JsonWriter.h"
#include "database/SyncedTable.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

// The unit's row id; 0 when there is none, empty when the database cannot be read.
std::optional<qint64> unitId(QSqlDatabase& db, const QString& unitCode, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM units WHERE code = ?"));
    query.addBindValue(unitCode);
    if (!query.exec()) {
        *error = StoredDocumentSettings::tr("cannot read the units: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString noUnit(const QString& unitCode)
{
    return StoredDocumentSettings::tr("there is no unit with the code \"%1\"").arg(unitCode);
}

} // namespace

std::optional<QJsonObject> StoredDocumentSettings::load(QSqlDatabase& db, const QString& unitCode,
                                                        QString* error)
{
    const auto unit = unitId(db, unitCode, error);
    if (!unit) {
        return std::nullopt;
    }
    if (*unit == 0) {
        *error = noUnit(unitCode);
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT settings FROM document_settings WHERE unit_id = ?"));
    query.addBindValue(*unit);
    if (!query.exec()) {
        *error = tr("cannot read the document settings: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        return QJsonObject();
    }
    const QString text = query.value(0).toString();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!json.isObject()) {
        *error = tr("the document settings of the unit %1 are damaged (%2)")
                     .arg(unitCode, parseError.errorString());
        return std::nullopt;
    }
    return json.object();
}

bool StoredDocumentSettings::save(Database& db, const QString& unitCode, const QJsonObject& settings,
                                  const QString& actor, QString* error)
{
    return db.transaction(
        [&](QString* e) {
            const auto unit = unitId(db.connection(), unitCode, e);
            if (!unit) {
                return false;
            }
            if (*unit == 0) {
                *e = noUnit(unitCode);
                return false;
            }
            // The server knows units by code, not by this database's row ids.
            JsonWriter code;
            code.string(unitCode);
            const QString text = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
            return SyncedTable::upsert(db.connection(), QStringLiteral("document_settings"),
                                       {{QStringLiteral("unit_id"), *unit}},
                                       {{QStringLiteral("settings"), text}}, actor, QString(), e,
                                       {{QStringLiteral("unit_code"), code.take()}})
                .has_value();
        },
        error);
}

} // namespace danhgia
