#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

struct SheetComment
{
    qint64 id = 0;
    QString uuid;
    QString leafCode; // empty: about the whole sheet
    QString author;
    QString body;
    QString at; // UTC, ISO 8601
};

// Comments on a score sheet or one of its criteria (the appraiser's remarks, the unit's
// answers). Comments are only added: each is recorded in the outbox and the audit trail.
class CommentStore
{
    Q_DECLARE_TR_FUNCTIONS(CommentStore)

public:
    static std::optional<SheetComment> add(Database& db, qint64 sheetId, const QString& leafCode,
                                           const QString& author, const QString& body, QString* error);
    // The comments of a sheet in the order they were written (all of them when leafCode is null).
    static std::optional<QList<SheetComment>> list(QSqlDatabase& db, qint64 sheetId, const QString& leafCode,
                                                   QString* error);
};

} // namespace danhgia
