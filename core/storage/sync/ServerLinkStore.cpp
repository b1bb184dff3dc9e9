#include "sync/ServerLinkStore.h"

#include "database/SqliteStatement.h"
#include "database/StatementCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

// The columns are NOT NULL: an empty value (no pinned CA, no full name) is ''.
QString notNull(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace

std::optional<ServerLinkStore::Link> ServerLinkStore::read(QSqlDatabase& db, QString* error)
{
    error->clear();
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT server_url, ca_certificate, login, full_name, unit_code, unit_name, "
                           "roles, offline_until FROM server_link WHERE id = 1"))) {
        *error = tr("cannot read the server the database is linked to: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    Link link;
    link.serverUrl = query.value(0).toString();
    link.caCertificate = query.value(1).toString();
    link.account.login = query.value(2).toString();
    link.account.fullName = query.value(3).toString();
    link.account.unitCode = query.value(4).toString();
    link.account.unitName = query.value(5).toString();
    for (const QJsonValue& name : QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array()) {
        if (const auto role = Roles::fromName(name.toString())) {
            link.account.roles.append(*role);
        }
    }
    if (!query.value(7).isNull()) {
        link.account.offlineUntil = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    }
    return link;
}

bool ServerLinkStore::save(QSqlDatabase& db, const Link& link, QString* error)
{
    QJsonArray roles;
    for (const Role role : link.account.roles) {
        roles.append(Roles::name(role));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO server_link (id, server_url, ca_certificate, login, full_name, unit_code, unit_name, "
        "roles, "
        "offline_until) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "server_url = excluded.server_url, ca_certificate = excluded.ca_certificate, login = excluded.login, "
        "full_name = excluded.full_name, unit_code = excluded.unit_code, unit_name = excluded.unit_name, "
        "roles = excluded.roles, offline_until = excluded.offline_until"));
    query.addBindValue(notNull(link.serverUrl));
    query.addBindValue(notNull(link.caCertificate));
    query.addBindValue(notNull(link.account.login));
    query.addBindValue(notNull(link.account.fullName));
    query.addBindValue(notNull(link.account.unitCode));
    query.addBindValue(notNull(link.account.unitName));
    query.addBindValue(QString::fromUtf8(QJsonDocument(roles).toJson(QJsonDocument::Compact)));
    query.addBindValue(link.account.offlineUntil.isValid()
                           ? QVariant(link.account.offlineUntil.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec()) {
        *error = tr("cannot link the database to the server: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool ServerLinkStore::endOfflineUse(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("UPDATE server_link SET offline_until = NULL WHERE id = 1"))) {
        *error = tr("cannot record the sign-out in the database: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool ServerLinkStore::extendOfflineUse(QSqlDatabase& db, const QString& login, const QDateTime& until,
                                       QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE server_link SET offline_until = ? WHERE id = 1 AND login = ?"));
    query.addBindValue(until.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(login);
    if (!query.exec()) {
        *error = tr("cannot record how long the account may work offline: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool ServerLinkStore::mayWriteAsAccount(QSqlDatabase& db, const QDateTime& now, QString* refusal)
{
    // Asked for every change (a bulk import writes thousands): one prepared statement, no JSON.
    QString detail;
    SqliteStatement* link = StatementCache::prepared(
        db, QStringLiteral("SELECT login, offline_until FROM server_link WHERE id = 1"), &detail);
    if (!link || !link->run(&detail)) {
        *refusal = tr("cannot read the server the database is linked to: %1").arg(detail);
        return false;
    }
    if (!link->hasRow()) {
        link->finish();
        return true;
    }
    ServerAccount account;
    account.login = QString::fromUtf8(link->text(0));
    const QByteArray until = link->text(1);
    link->finish();
    if (!until.isEmpty()) {
        account.offlineUntil = QDateTime::fromString(QString::fromLatin1(until), Qt::ISODateWithMs);
    }
    *refusal = account.offlineUseRefusal(now);
    return refusal->isEmpty();
}

} // namespace danhgia
