#include "stores/CriteriaSetStore.h"

#include "criteria/CriteriaSetReader.h"
#include "criteria/CriteriaSetVersions.h"
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

std::optional<CriteriaTemplates::Loaded> CriteriaSetStore::loadWithIssues(QSqlDatabase& db, qint64 rowId,
                                                                          QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT document FROM criteria_sets WHERE id = ?"));
    query.addBindValue(rowId);
    if (!query.exec() || !query.next()) {
        *error = tr("the criteria set %1 is not in the database").arg(rowId);
        return std::nullopt;
    }
    CriteriaTemplates::Loaded loaded;
    loaded.set = CriteriaSetReader::read(query.value(0).toString().toUtf8(), &loaded.issues);
    return loaded;
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

std::optional<QString> CriteriaSetStore::status(QSqlDatabase& db, qint64 rowId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT status FROM criteria_sets WHERE id = ?"));
    query.addBindValue(rowId);
    if (!query.exec() || !query.next()) {
        *error = tr("the criteria set %1 is not in the database").arg(rowId);
        return std::nullopt;
    }
    return query.value(0).toString();
}

std::optional<QList<int>> CriteriaSetStore::versions(QSqlDatabase& db, const QString& setId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT version FROM criteria_sets WHERE set_id = ? ORDER BY version"));
    query.addBindValue(setId);
    if (!query.exec()) {
        *error = tr("cannot read the criteria sets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<int> result;
    while (query.next()) {
        result.append(query.value(0).toInt());
    }
    return result;
}

std::optional<qint64> CriteriaSetStore::writeDraft(QSqlDatabase& db, qint64 rowId, const CriteriaSet& set,
                                                   const QString& actor, QString* error)
{
    const QString document = QString::fromUtf8(QJsonDocument(set.toJson()).toJson(QJsonDocument::Compact));
    if (rowId == 0) {
        const auto existing = version(db, set.id, set.version, error);
        if (!existing) {
            return std::nullopt;
        }
        if (*existing != 0) {
            *error = tr("the criteria set %1 version %2 is already in the database; give the new one another "
                        "id or a higher version")
                         .arg(set.id)
                         .arg(set.version);
            return std::nullopt;
        }
    }
    const auto written
        = SyncedTable::upsert(db, QStringLiteral("criteria_sets"),
                              {{QStringLiteral("set_id"), set.id}, {QStringLiteral("version"), set.version}},
                              {{QStringLiteral("title"), set.title},
                               {QStringLiteral("kind"), set.kind},
                               {QStringLiteral("document"), document},
                               {QStringLiteral("status"), QLatin1String(CriteriaSetVersions::Draft)}},
                              actor, QString(), error);
    if (!written) {
        return std::nullopt;
    }
    if (rowId != 0 && written->id != rowId) {
        *error = tr("the criteria set %1 version %2 is stored in another row; its id and version cannot "
                    "change")
                     .arg(set.id)
                     .arg(set.version);
        return std::nullopt;
    }
    return written->id;
}

bool CriteriaSetStore::markPublished(QSqlDatabase& db, qint64 rowId, const QString& actor, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT set_id, version FROM criteria_sets WHERE id = ?"));
    query.addBindValue(rowId);
    if (!query.exec() || !query.next()) {
        *error = tr("the criteria set %1 is not in the database").arg(rowId);
        return false;
    }
    const QString setId = query.value(0).toString();
    const int setVersion = query.value(1).toInt();
    return SyncedTable::upsert(db, QStringLiteral("criteria_sets"),
                               {{QStringLiteral("set_id"), setId}, {QStringLiteral("version"), setVersion}},
                               {{QStringLiteral("status"), QLatin1String(CriteriaSetVersions::Published)}},
                               actor, QString(), error)
        .has_value();
}

} // namespace danhgia
