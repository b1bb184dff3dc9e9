#include "stores/CriteriaSetStore.h"

#include "criteria/CriteriaSetReader.h"
#include "database/SyncedTable.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<qint64> CriteriaSetStore::import(QSqlDatabase& db, const QByteArray& json, const QString& actor,
                                               ValidationIssues* issues, QString* error)
{
    const CriteriaSet set = CriteriaSetReader::read(json, issues);
    if (ValidationIssue::hasErrors(*issues)) {
        *error = tr("the criteria set has errors and was not imported");
        return std::nullopt;
    }
    const QString document = QString::fromUtf8(QJsonDocument(set.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, document FROM criteria_sets WHERE set_id = ? AND version = ?"));
    query.addBindValue(set.id);
    query.addBindValue(set.version);
    if (!query.exec()) {
        *error = tr("cannot read the criteria sets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (query.next()) {
        if (query.value(1).toString() == document) {
            return query.value(0).toLongLong();
        }
        *error = tr("the criteria set %1 version %2 is already in the database with different content; a "
                    "published "
                    "version cannot change: give the new content a higher \"version\"")
                     .arg(set.id)
                     .arg(set.version);
        return std::nullopt;
    }
    const auto written
        = SyncedTable::upsert(db, QStringLiteral("criteria_sets"),
                              {{QStringLiteral("set_id"), set.id}, {QStringLiteral("version"), set.version}},
                              {{QStringLiteral("title"), set.title},
                               {QStringLiteral("kind"), set.kind},
                               {QStringLiteral("document"), document},
                               {QStringLiteral("status"), QStringLiteral("published")}},
                              actor, QString(), error);
    if (!written) {
        return std::nullopt;
    }
    return written->id;
}

std::optional<CriteriaSet> CriteriaSetStore::load(QSqlDatabase& db, qint64 rowId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT document FROM criteria_sets WHERE id = ?"));
    query.addBindValue(rowId);
    if (!query.exec() || !query.next()) {
        *error = tr("the criteria set %1 is not in the database").arg(rowId);
        return std::nullopt;
    }
    ValidationIssues issues;
    CriteriaSet set = CriteriaSetReader::read(query.value(0).toString().toUtf8(), &issues);
    if (ValidationIssue::hasErrors(issues)) {
        *error = tr("the stored criteria set %1 is damaged: %2").arg(rowId).arg(issues.first().toText());
        return std::nullopt;
    }
    return set;
}

std::optional<qint64> CriteriaSetStore::latest(QSqlDatabase& db, const QString& setId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id FROM criteria_sets WHERE set_id = ? ORDER BY version DESC LIMIT 1"));
    query.addBindValue(setId);
    if (!query.exec()) {
        *error = tr("cannot read the criteria sets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<qint64> CriteriaSetStore::version(QSqlDatabase& db, const QString& setId, int version,
                                                QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM criteria_sets WHERE set_id = ? AND version = ?"));
    query.addBindValue(setId);
    query.addBindValue(version);
    if (!query.exec()) {
        *error = tr("cannot read the criteria sets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace danhgia
