#include "SyncAgreement.h"

#include "PgConnection.h"
#include "database/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace danhgia;

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The columns compared for each entity, as the server's data names them.
QString localRows(const QString& entity)
{
    if (entity == QLatin1String("units")) {
        return QStringLiteral("SELECT uuid, code, name FROM units");
    }
    if (entity == QLatin1String("people")) {
        return QStringLiteral("SELECT p.uuid, p.code, p.full_name, u.uuid FROM people p LEFT JOIN units u ON "
                              "u.id = p.unit_id");
    }
    if (entity == QLatin1String("campaigns")) {
        return QStringLiteral("SELECT uuid, code, title FROM campaigns");
    }
    if (entity == QLatin1String("evidence_files")) {
        return QStringLiteral("SELECT e.uuid, s.uuid, e.code, e.sha256, e.size, e.original_name FROM "
                              "evidence_files e JOIN score_sheets s ON s.id = e.sheet_id");
    }
    return QStringLiteral("SELECT s.uuid, s.subject_code, s.state, s.id FROM score_sheets s");
}

QStringList serverFields(const QString& entity)
{
    if (entity == QLatin1String("units")) {
        return {QStringLiteral("code"), QStringLiteral("name")};
    }
    if (entity == QLatin1String("people")) {
        return {QStringLiteral("code"), QStringLiteral("full_name"), QStringLiteral("unit_uuid")};
    }
    if (entity == QLatin1String("campaigns")) {
        return {QStringLiteral("code"), QStringLiteral("title")};
    }
    if (entity == QLatin1String("evidence_files")) {
        return {QStringLiteral("sheet_uuid"), QStringLiteral("code"), QStringLiteral("sha256"),
                QStringLiteral("size"), QStringLiteral("original_name")};
    }
    return {QStringLiteral("subject_code"), QStringLiteral("state")};
}

// A sheet's values as the server's data holds them: stage → code → value.
QJsonObject localValues(Database& db, qint64 sheet)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT stage, code, value FROM sheet_values WHERE sheet_id = ?"));
    query.addBindValue(sheet);
    query.exec();
    QJsonObject values;
    while (query.next()) {
        QJsonObject stage = values.value(query.value(0).toString()).toObject();
        stage.insert(query.value(1).toString(),
                     QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
        values.insert(query.value(0).toString(), stage);
    }
    return values;
}

QJsonObject withoutEmptyStages(const QJsonObject& values)
{
    QJsonObject kept;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!it.value().toObject().isEmpty()) {
            kept.insert(it.key(), it.value());
        }
    }
    return kept;
}

// A field of the server's data as text (a number without a fraction as an integer).
QString fieldText(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

QList<QJsonObject> SyncAgreement::serverRows(const QString& login, QString* error)
{
    const HttpTestClient client = m_province.client(login);
    QList<QJsonObject> rows;
    qint64 since = 0;
    for (int page = 0; page < 1000; ++page) {
        const auto answer = client.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=1000").arg(since));
        if (answer.status != 200) {
            *error = QStringLiteral("pull as %1: HTTP %2 %3")
                         .arg(login)
                         .arg(answer.status)
                         .arg(QString::fromUtf8(answer.body));
            return {};
        }
        const QJsonObject json = answer.json();
        for (const QJsonValue& change : json.value(QStringLiteral("changes")).toArray()) {
            rows.append(change.toObject());
        }
        since = json.value(QStringLiteral("next")).toInteger();
        if (!json.value(QStringLiteral("more")).toBool()) {
            break;
        }
    }
    return rows;
}

QStringList SyncAgreement::differences(Database& db, const QString& login)
{
    QString error;
    const QList<QJsonObject> rows = serverRows(login, &error);
    if (!error.isEmpty()) {
        return {error};
    }
    QStringList found;
    for (const QString& entity :
         {QStringLiteral("units"), QStringLiteral("people"), QStringLiteral("campaigns"),
          QStringLiteral("score_sheets"), QStringLiteral("evidence_files")}) {
        QMap<QString, QJsonObject> server;
        for (const QJsonObject& row : rows) {
            if (row.value(QStringLiteral("entity")).toString() == entity
                && !row.value(QStringLiteral("deleted")).toBool()) {
                server.insert(row.value(QStringLiteral("uuid")).toString(),
                              row.value(QStringLiteral("data")).toObject());
            }
        }
        const QStringList fields = serverFields(entity);
        QSet<QString> local;
        QSqlQuery query(db.connection());
        if (!query.exec(localRows(entity))) {
            return {QStringLiteral("cannot read %1").arg(entity)};
        }
        while (query.next()) {
            const QString uuid = query.value(0).toString();
            local.insert(uuid);
            if (!server.contains(uuid)) {
                found.append(QStringLiteral("%1 %2: here, not on the server").arg(entity, uuid));
                continue;
            }
            const QJsonObject data = server.value(uuid);
            for (int i = 0; i < fields.size(); ++i) {
                const QString mine = query.value(i + 1).toString();
                const QString theirs = fieldText(data.value(fields[i]));
                if (mine != theirs) {
                    found.append(QStringLiteral("%1 %2 %3: here \"%4\", on the server \"%5\"")
                                     .arg(entity, uuid, fields[i], mine, theirs));
                }
            }
            if (entity == QLatin1String("score_sheets")) {
                const QJsonObject mine = localValues(db, query.value(3).toLongLong());
                const QJsonObject theirs
                    = withoutEmptyStages(data.value(QStringLiteral("values")).toObject());
                if (mine != theirs) {
                    found.append(QStringLiteral("score_sheets %1 values: here %2, on the server %3")
                                     .arg(uuid, compact(mine), compact(theirs)));
                }
            }
        }
        for (auto it = server.begin(); it != server.end(); ++it) {
            if (!local.contains(it.key())) {
                found.append(QStringLiteral("%1 %2: on the server, not here").arg(entity, it.key()));
            }
        }
    }
    return found;
}

QStringList SyncAgreement::notExactlyOnce(Database& db)
{
    QStringList found;
    QSqlQuery state(db.connection());
    if (!state.exec(QStringLiteral("SELECT client_id FROM sync_state")) || !state.next()) {
        return {QStringLiteral("no sync state")};
    }
    const QString client = state.value(0).toString();
    // Each outbox entry's outcome here: applied, or a conflict; an entry superseded by the
    // resolution of a conflict before it was sent is never sent.
    QMap<QString, QString> expected; // op_id → status
    QSqlQuery outbox(db.connection());
    outbox.exec(QStringLiteral("SELECT o.id, coalesce(r.status, '(none)'), coalesce(r.error_code, '') FROM "
                               "outbox o LEFT JOIN outbox_outcomes r ON r.outbox_id = o.id ORDER BY o.id"));
    while (outbox.next()) {
        const QString status = outbox.value(1).toString();
        if (status == QLatin1String("conflict")
            && outbox.value(2).toString() == QLatin1String("superseded")) {
            continue;
        }
        expected.insert(client + QLatin1Char('-') + outbox.value(0).toString(), status);
        if (status != QLatin1String("applied") && status != QLatin1String("conflict")) {
            found.append(QStringLiteral("outbox %1: %2").arg(outbox.value(0).toString(), status));
        }
    }
    server::PgConnection pg;
    QString error;
    if (!pg.open(m_province.database(), &error)) {
        return {error};
    }
    const server::PgConnection::Param id = server::PgConnection::text(client);
    const auto operations
        = pg.exec("SELECT op_id, outcome->>'status' FROM operations WHERE client = $1", {id});
    QSet<QString> recorded;
    for (int i = 0; i < operations.rows(); ++i) {
        const QString opId = operations.text(i, 0);
        recorded.insert(opId);
        if (expected.contains(opId) && operations.text(i, 1) != expected.value(opId)) {
            found.append(QStringLiteral("server operation %1: %2, here %3")
                             .arg(opId, operations.text(i, 1), expected.value(opId)));
        }
    }
    const QSet<QString> sent(expected.keyBegin(), expected.keyEnd());
    if (recorded != sent) {
        found.append(
            QStringLiteral("the server recorded %1 operations of %2, the outbox sent %3 (%4 unknown, %5 "
                           "missing)")
                .arg(recorded.size())
                .arg(client)
                .arg(sent.size())
                .arg((recorded - sent).size())
                .arg((sent - recorded).size()));
    }
    const auto twice = pg.exec("SELECT op_id, count(*) FROM record_history WHERE client = $1 GROUP BY op_id "
                               "HAVING count(*) > 1",
                               {id});
    for (int i = 0; i < twice.rows(); ++i) {
        found.append(QStringLiteral("operation %1 made %2 versions").arg(twice.text(i, 0), twice.text(i, 1)));
    }
    const auto duplicates = pg.exec(
        "SELECT entity || ' ' || coalesce(data->>'code', (data->>'campaign_uuid') || '/' || "
        "(data->>'subject_code')) "
        "FROM records WHERE NOT deleted AND entity IN ('units', 'people', 'campaigns', 'score_sheets') "
        "GROUP BY entity, data->>'code', data->>'campaign_uuid', data->>'subject_code', data->>'period' "
        "HAVING count(*) > 1");
    for (int i = 0; i < duplicates.rows(); ++i) {
        found.append(QStringLiteral("duplicate row on the server: %1").arg(duplicates.text(i, 0)));
    }
    if (count(db,
              QStringLiteral(
                  "SELECT count(*) FROM (SELECT code FROM people GROUP BY code HAVING count(*) > 1)"))
        != 0) {
        found.append(QStringLiteral("duplicate people here"));
    }
    return found;
}

QStringList SyncAgreement::missing(const Expected& expected)
{
    QString error;
    const QList<QJsonObject> rows = serverRows(QStringLiteral("quantri"), &error);
    if (!error.isEmpty()) {
        return {error};
    }
    QStringList found;
    QMap<QString, QString> people;
    QMap<QString, QJsonObject> sheets;
    for (const QJsonObject& row : rows) {
        const QJsonObject data = row.value(QStringLiteral("data")).toObject();
        const QString entity = row.value(QStringLiteral("entity")).toString();
        if (entity == QLatin1String("people")) {
            people.insert(data.value(QStringLiteral("code")).toString(),
                          data.value(QStringLiteral("full_name")).toString());
        } else if (entity == QLatin1String("score_sheets")) {
            sheets.insert(
                row.value(QStringLiteral("uuid")).toString(),
                data.value(QStringLiteral("values")).toObject().value(QStringLiteral("self")).toObject());
        }
    }
    for (auto it = expected.people.begin(); it != expected.people.end(); ++it) {
        if (people.value(it.key()) != it.value()) {
            found.append(QStringLiteral("person %1: expected \"%2\", the server has \"%3\"")
                             .arg(it.key(), it.value(), people.value(it.key())));
        }
    }
    for (auto sheet = expected.selfValues.begin(); sheet != expected.selfValues.end(); ++sheet) {
        const QJsonObject values = sheets.value(sheet.key());
        for (auto it = sheet->begin(); it != sheet->end(); ++it) {
            const QJsonObject value = values.value(it.key()).toObject();
            const QJsonValue points = value.value(QStringLiteral("points"));
            const auto onServer
                = Decimal::fromString(points.isString() ? points.toString() : points.toVariant().toString());
            if (!onServer || *onServer != it.value()) {
                found.append(QStringLiteral("sheet %1 leaf %2: expected %3, the server has %4")
                                 .arg(sheet.key(), it.key(), it.value().toString(), compact(value)));
            }
        }
    }
    return found;
}
