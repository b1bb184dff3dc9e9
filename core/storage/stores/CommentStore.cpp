#include "stores/CommentStore.h"

#include "database/ChangeLog.h"
#include "database/Database.h"
#include "text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<SheetComment> CommentStore::add(Database& db, qint64 sheetId, const QString& leafCode,
                                              const QString& author, const QString& body, QString* error)
{
    SheetComment comment;
    comment.leafCode = leafCode.trimmed();
    comment.author = VietnameseText::normalize(author);
    comment.body = body.trimmed().normalized(QString::NormalizationForm_C);
    if (comment.body.isEmpty()) {
        *error = tr("a comment needs some text");
        return std::nullopt;
    }
    if (comment.author.isEmpty()) {
        *error = tr("a comment needs the name of its author");
        return std::nullopt;
    }
    comment.uuid = Database::newUuid();
    const bool ok = db.transaction(
        [&](QString* e) {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM score_sheets WHERE id = ?"));
            query.addBindValue(sheetId);
            if (!query.exec() || !query.next() || query.value(0).toInt() == 0) {
                *e = tr("there is no score sheet with the number %1").arg(sheetId);
                return false;
            }
            query.prepare(QStringLiteral("INSERT INTO comments (sheet_id, code, author, body, uuid) "
                                         "VALUES (?, COALESCE(?, ''), ?, ?, ?)"));
            for (const QVariant& v : {QVariant(sheetId), QVariant(comment.leafCode), QVariant(comment.author),
                                      QVariant(comment.body), QVariant(comment.uuid)}) {
                query.addBindValue(v);
            }
            if (!query.exec()) {
                *e = tr("cannot write the comment: %1").arg(query.lastError().text());
                return false;
            }
            comment.id = query.lastInsertId().toLongLong();
            query.prepare(QStringLiteral("SELECT updated_at FROM comments WHERE id = ?"));
            query.addBindValue(comment.id);
            if (query.exec() && query.next()) {
                comment.at = query.value(0).toString();
            }
            const RowChange change{QStringLiteral("comments"),
                                   comment.uuid,
                                   QStringLiteral("insert"),
                                   1,
                                   {},
                                   {{QStringLiteral("sheet_id"), sheetId},
                                    {QStringLiteral("code"), comment.leafCode},
                                    {QStringLiteral("author"), comment.author},
                                    {QStringLiteral("body"), comment.body}},
                                   comment.author,
                                   QStringLiteral("comment"),
                                   QString()};
            return ChangeLog::record(db.connection(), change, e);
        },
        error);
    if (!ok) {
        return std::nullopt;
    }
    return comment;
}

std::optional<QList<SheetComment>> CommentStore::list(QSqlDatabase& db, qint64 sheetId,
                                                      const QString& leafCode, QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, uuid, code, author, body, updated_at FROM comments WHERE sheet_id = ? "
                       "AND (? IS NULL OR code = ?) ORDER BY id"));
    query.addBindValue(sheetId);
    query.addBindValue(leafCode.isNull() ? QVariant() : QVariant(leafCode));
    query.addBindValue(leafCode.isNull() ? QVariant() : QVariant(leafCode));
    if (!query.exec()) {
        *error = tr("cannot read the comments: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<SheetComment> comments;
    while (query.next()) {
        comments.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return comments;
}

} // namespace danhgia
