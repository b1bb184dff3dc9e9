#include "SyncComparison.h"

#include "stores/EvidenceStore.h"
#include "workflow/SyncedEntities.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

using namespace danhgia;

namespace {

// A value as text, the same for a column and for its JSON on the wire.
QString normalised(const QJsonValue& value)
{
    switch (value.type()) {
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        case QJsonValue::Double: {
            const double d = value.toDouble();
            return std::floor(d) == d ? QString::number(value.toInteger()) : QString::number(d);
        }
        case QJsonValue::Object:
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        default:
            return QString();
    }
}

// An object without its empty members (an empty stage of reasons, an empty explanation).
QJsonObject withoutEmpty(const QJsonObject& object)
{
    QJsonObject kept;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue value = it.value();
        if (value.isObject()) {
            value = withoutEmpty(value.toObject());
        }
        if ((value.isObject() && value.toObject().isEmpty())
            || (value.isString() && value.toString().isEmpty()) || value.isNull()) {
            continue;
        }
        kept.insert(it.key(), value);
    }
    return kept;
}

const QSet<QString> Bookkeeping{QStringLiteral("id"),         QStringLiteral("uuid"),
                                QStringLiteral("revision"),   QStringLiteral("server_version"),
                                QStringLiteral("updated_at"), QStringLiteral("search_key")};

} // namespace

SyncComparison::SyncComparison(const HttpTestClient& account)
    : m_account(account)
{ }

bool SyncComparison::load()
{
    m_rows.clear();
    m_loadErrors.clear();
    qint64 cursor = 0;
    for (int page = 0; page < 10000; ++page) {
        const auto answer
            = m_account.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=1000").arg(cursor));
        if (answer.status != 200) {
            m_loadErrors.append(QStringLiteral("the server's changes: HTTP %1").arg(answer.status));
            return false;
        }
        const QJsonObject json = answer.json();
        for (const QJsonValue& value : json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            const QString entity = change.value(QStringLiteral("entity")).toString();
            const QString uuid = change.value(QStringLiteral("uuid")).toString();
            if (change.value(QStringLiteral("deleted")).toBool()) {
                m_rows[entity].remove(uuid);
            } else {
                m_rows[entity].insert(uuid, change.value(QStringLiteral("data")).toObject());
            }
        }
        cursor = json.value(QStringLiteral("next")).toInteger();
        if (!json.value(QStringLiteral("more")).toBool()) {
            return true;
        }
    }
    m_loadErrors.append(QStringLiteral("the server's changes did not end"));
    return false;
}

QStringList SyncComparison::differences(Database& db) const
{
    QStringList lines = m_loadErrors;
    for (const QString& entity : SyncedEntities::all()) {
        const QHash<QString, QJsonObject> server = m_rows.value(entity);
        QSet<QString> seen;
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(entity))) {
            lines.append(QStringLiteral("%1: %2").arg(entity, query.lastError().text()));
            continue;
        }
        while (query.next()) {
            const QSqlRecord record = query.record();
            QJsonObject local;
            for (int i = 0; i < record.count(); ++i) {
                local.insert(record.fieldName(i),
                             record.isNull(i) ? QJsonValue() : QJsonValue::fromVariant(record.value(i)));
            }
            const QString uuid = local.value(QStringLiteral("uuid")).toString();
            seen.insert(uuid);
            if (!server.contains(uuid)) {
                lines.append(QStringLiteral("%1 %2: here, not on the server").arg(entity, uuid));
                continue;
            }
            compareRow(db, entity, local, server.value(uuid), &lines);
        }
        for (auto it = server.begin(); it != server.end(); ++it) {
            if (!seen.contains(it.key())) {
                lines.append(QStringLiteral("%1 %2: on the server, not here").arg(entity, it.key()));
            }
        }
    }
    compareEvidence(db, &lines);
    return lines;
}

void SyncComparison::compareRow(Database& db, const QString& entity, const QJsonObject& local,
                                const QJsonObject& server, QStringList* lines) const
{
    const QString uuid = local.value(QStringLiteral("uuid")).toString();
    QJsonObject wire;
    for (auto it = local.begin(); it != local.end(); ++it) {
        if (!Bookkeeping.contains(it.key())) {
            wire.insert(it.key(), it.value());
        }
    }
    // The wire's translation: a local id as the UUID of the row it names.
    for (const SyncedEntities::Reference& ref : SyncedEntities::references(entity)) {
        const QJsonValue id = wire.take(ref.localField);
        QString named;
        if (!id.isNull()) {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(ref.entity));
            query.addBindValue(id.toInteger());
            named = query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("(missing)");
        }
        const QString onServer = server.value(ref.wireField).toString();
        // A reference to a row the account does not see (a commune's province) is kept empty here.
        if (named.isEmpty() && ref.optional && !m_rows.value(ref.entity).contains(onServer)) {
            continue;
        }
        if (named != onServer) {
            lines->append(QStringLiteral("%1 %2 %3: here %4, on the server %5")
                              .arg(entity, uuid, ref.wireField, named, onServer));
        }
    }
    for (auto it = wire.begin(); it != wire.end(); ++it) {
        if (!server.contains(it.key())) {
            if (it.value().isNull()) {
                continue; // an empty column is not on the wire
            }
            lines->append(QStringLiteral("%1 %2 %3: here \"%4\", not on the server")
                              .arg(entity, uuid, it.key(), normalised(it.value())));
            continue;
        }
        const QString here = normalised(it.value());
        const QString there = normalised(server.value(it.key()));
        if (here != there) {
            lines->append(QStringLiteral("%1 %2 %3: here \"%4\", on the server \"%5\"")
                              .arg(entity, uuid, it.key(), here, there));
        }
    }
    if (entity == QLatin1String("score_sheets")) {
        compareSheetValues(db, local.value(QStringLiteral("id")).toInteger(), uuid, server, lines);
    }
}

void SyncComparison::compareSheetValues(Database& db, qint64 sheetId, const QString& uuid,
                                        const QJsonObject& server, QStringList* lines) const
{
    QJsonObject values;
    QJsonObject reasons;
    QJsonObject explanations;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT stage, code, value, explanation, change_reason FROM sheet_values WHERE sheet_id = ?"));
    query.addBindValue(sheetId);
    if (!query.exec()) {
        lines->append(QStringLiteral("sheet_values of %1: %2").arg(uuid, query.lastError().text()));
        return;
    }
    while (query.next()) {
        const QString stage = query.value(0).toString();
        const QString code = query.value(1).toString();
        QJsonObject stageValues = values.value(stage).toObject();
        stageValues.insert(code, QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
        values.insert(stage, stageValues);
        QJsonObject stageReasons = reasons.value(stage).toObject();
        stageReasons.insert(code, query.value(4).toString());
        reasons.insert(stage, stageReasons);
        if (stage == QLatin1String("self")) {
            explanations.insert(code, query.value(3).toString());
        }
    }
    const QJsonObject here{{QStringLiteral("values"), values},
                           {QStringLiteral("reasons"), reasons},
                           {QStringLiteral("explanations"), explanations}};
    for (auto it = here.begin(); it != here.end(); ++it) {
        const QJsonObject mine = withoutEmpty(it.value().toObject());
        const QJsonObject theirs = withoutEmpty(server.value(it.key()).toObject());
        if (mine != theirs) {
            lines->append(QStringLiteral("score_sheets %1 %2: here %3, on the server %4")
                              .arg(uuid, it.key(), normalised(mine), normalised(theirs)));
        }
    }
}

void SyncComparison::compareEvidence(Database& db, QStringList* lines) const
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT DISTINCT sha256 FROM evidence_files"))) {
        lines->append(QStringLiteral("evidence_files: %1").arg(query.lastError().text()));
        return;
    }
    while (query.next()) {
        const QString sha256 = query.value(0).toString();
        QFile file(EvidenceStore::blobPath(db, sha256));
        const QByteArray here = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        const QByteArray there = m_account.get(QStringLiteral("/api/v1/evidence/%1").arg(sha256)).body;
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(here, QCryptographicHash::Sha256).toHex());
        if (here.isEmpty() || here != there || hash != sha256) {
            lines->append(QStringLiteral("evidence %1: %2 bytes here, %3 on the server")
                              .arg(sha256)
                              .arg(here.size())
                              .arg(there.size()));
        }
    }
}
