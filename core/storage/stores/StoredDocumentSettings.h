#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// The document settings of each unit as JSON text (table document_settings, schema 2): what the
// unit prints in the header and the signature block of its documents. This class only keeps the
// text; its fields are DocumentSettings' (core/documents/DocumentSettingsStore reads and writes
// them with their defaults). Every change is recorded in the outbox and the audit trail.
class StoredDocumentSettings
{
    Q_DECLARE_TR_FUNCTIONS(StoredDocumentSettings)

public:
    // The stored object of the unit, an empty object when nothing is stored. Empty (with
    // `error`) when there is no unit with that code or the database cannot be read.
    static std::optional<QJsonObject> load(QSqlDatabase& db, const QString& unitCode, QString* error);
    // Stores the object for the unit, in a transaction of its own; storing what is stored already
    // is not a change and records nothing.
    static bool save(Database& db, const QString& unitCode, const QJsonObject& settings, const QString& actor,
                     QString* error);
};

} // namespace danhgia
