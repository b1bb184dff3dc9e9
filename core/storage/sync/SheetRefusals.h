#pragma once

#include "database/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace danhgia {

// Score sheets whose last change the server answered was refused (an approval by a role that may
// not approve, a value on a sheet approved meanwhile): the sheet shows the server's reason, the
// approval queue marks the row. A later change the server applied clears it.
class SheetRefusals
{
    Q_DECLARE_TR_FUNCTIONS(SheetRefusals)

public:
    struct Refusal
    {
        QString code;
        QString message; // the server's reason, in Vietnamese
        QString recordedAt; // UTC, as stored
    };

    // Every such sheet: id → the refusal.
    static std::optional<QHash<qint64, Refusal>> all(Database& db, QString* error);
    // The refusal of one sheet, if its last answered change was refused.
    static std::optional<Refusal> of(Database& db, qint64 sheetId, QString* error);
};

} // namespace danhgia
