#include "sync/SheetRefusals.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

// The sheets whose latest answered outbox entry was refused; `sheet` restricts to one (0: all).
const char* const RefusedSheets
    = "SELECT s.id, oo.error_code, oo.error_message, oo.recorded_at FROM score_sheets s "
      "JOIN outbox o ON o.id = (SELECT max(a.id) FROM outbox a JOIN outbox_outcomes ao ON ao.outbox_id = "
      "a.id "
      "WHERE a.entity = 'score_sheets' AND a.uuid = s.uuid) "
      "JOIN outbox_outcomes oo ON oo.outbox_id = o.id WHERE oo.status = 'refused' AND (? = 0 OR s.id = ?)";

bool read(Database& db, qint64 sheet, QHash<qint64, SheetRefusals::Refusal>* refusals, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QString::fromLatin1(RefusedSheets));
    query.addBindValue(sheet);
    query.addBindValue(sheet);
    if (!query.exec()) {
        *error = SheetRefusals::tr("cannot read the refused changes of the sheets: %1")
                     .arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        refusals->insert(query.value(0).toLongLong(),
                         {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    return true;
}

} // namespace

std::optional<QHash<qint64, SheetRefusals::Refusal>> SheetRefusals::all(Database& db, QString* error)
{
    QHash<qint64, Refusal> refusals;
    if (!read(db, 0, &refusals, error)) {
        return std::nullopt;
    }
    return refusals;
}

std::optional<SheetRefusals::Refusal> SheetRefusals::of(Database& db, qint64 sheetId, QString* error)
{
    QHash<qint64, Refusal> refusals;
    if (sheetId <= 0 || !read(db, sheetId, &refusals, error)) {
        return std::nullopt;
    }
    return refusals.value(sheetId);
}

} // namespace danhgia
