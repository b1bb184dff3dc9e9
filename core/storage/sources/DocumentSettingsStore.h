#pragma once

#include "documentdata/DocumentSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// The document settings of each unit, kept in the database (StoredDocumentSettings) over
// defaults taken from the catalogue, so that a unit's documents print its own header and signer
// without typing them each time:
// - parent agency: the unit's parent, a people's committee shortened ("UBND tỉnh Lạng Sơn");
// - issuing agency: the unit's name; symbol "BC-<unit code>";
// - place: the province the unit belongs to ("Lạng Sơn");
// - signer: the title of the unit's kind of head ("KT. Giám đốc / Phó Giám đốc" for a
//   department), without a name until one is stored.
// A unit keeps what is the same on all its documents; the number, the date and the meeting
// times belong to one document and are never stored.
class DocumentSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSettingsStore)

public:
    struct Loaded
    {
        DocumentSettings settings;
        bool stored = false; // false: the defaults only
    };

    // The defaults of the unit, dated `date`. Empty with `error` for an unknown unit.
    static std::optional<DocumentSettings> defaults(QSqlDatabase& db, const QString& unitCode,
                                                    const QDate& date, QString* error);
    // The defaults with what is stored for the unit over them.
    static std::optional<Loaded> load(QSqlDatabase& db, const QString& unitCode, const QDate& date,
                                      QString* error);
    // Keeps the unit's part of `settings` (see unitFields()); recorded in the outbox and the
    // audit trail under `actor`.
    static bool save(Database& db, const QString& unitCode, const DocumentSettings& settings,
                     const QString& actor, QString* error);
    // The JSON of `settings` without the fields of one document (number, date, meeting times).
    static QJsonObject unitFields(const DocumentSettings& settings);

    // The code of the catalogue's Department of Home Affairs (a department named "Sở Nội vụ"),
    // which issues the province's documents when no unit is chosen; empty when there is none.
    static std::optional<QString> homeAffairsUnit(QSqlDatabase& db, QString* error);
};

} // namespace danhgia
