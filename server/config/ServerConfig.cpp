#include "ServerConfig.h"

#include "PgConnection.h"

#include <QFile>

namespace danhgia::server {

namespace {

bool toInt(const QString& value, qint64 low, qint64 high, qint64* out)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < low || n > high) {
        return false;
    }
    *out = n;
    return true;
}

} // namespace

QList<ServerConfig::Option> ServerConfig::options()
{
    return {
        {QStringLiteral("config"),
         ServerConfigText::tr("a file of \"key = value\" lines (flags and the environment win)")},
        {QStringLiteral("database"),
         ServerConfigText::tr("libpq connection string or URI of the PostgreSQL database"), true},
        {QStringLiteral("listen"),
         ServerConfigText::tr("HOST:PORT to listen on (port 0: any free port); default "
                              "127.0.0.1:8470")},
        {QStringLiteral("port_file"),
         ServerConfigText::tr("file where `serve` writes the port it listens on")},
        {QStringLiteral("workers"), ServerConfigText::tr("threads serving requests (default 2)")},
        {QStringLiteral("max_connections"),
         ServerConfigText::tr("open connections accepted at once (default 512)")},
        {QStringLiteral("header_limit"),
         ServerConfigText::tr("bytes of request headers (default 16384; more: 413)")},
        {QStringLiteral("body_limit"),
         ServerConfigText::tr("bytes of a request body (default 8388608; more: 413)")},
        {QStringLiteral("request_timeout_ms"),
         ServerConfigText::tr(
             "milliseconds to receive a whole request, and to keep an idle connection (default "
             "30000)")},
        {QStringLiteral("access_ttl"), ServerConfigText::tr("seconds an access token lives (default 900)")},
        {QStringLiteral("refresh_ttl"),
         ServerConfigText::tr("seconds a refresh token lives (default 2592000)")},
        {QStringLiteral("account_failures"),
         ServerConfigText::tr("failed sign-ins of one login before it is locked (default 5)")},
        {QStringLiteral("address_failures"),
         ServerConfigText::tr("failed sign-ins from one address before it is locked (default 30)")},
        {QStringLiteral("lockout_seconds"), ServerConfigText::tr("how long a lock lasts (default 300)")},
        {QStringLiteral("push_limit"),
         ServerConfigText::tr("operations accepted in one push (default 1000)")},
        {QStringLiteral("pull_limit"), ServerConfigText::tr("changes in one page of a pull (default 1000)")},
        {QStringLiteral("trust_forwarded_for"),
         ServerConfigText::tr(
             "true behind nginx: a client's address is the last of X-Forwarded-For (default false)")},
        {QStringLiteral("log_requests"),
         ServerConfigText::tr("one log line per request on stderr: true or false")},
    };
}

QString ServerConfig::flagName(const QString& key)
{
    return QStringLiteral("--") + QString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString ServerConfig::environmentName(const QString& key)
{
    return QStringLiteral("DANHGIA_SERVER_") + key.toUpper();
}

bool ServerConfig::set(const QString& key, const QString& value, QString* error)
{
    qint64 n = 0;
    auto number = [&](qint64 low, qint64 high) {
        if (!toInt(value, low, high, &n)) {
            *error = key;
            return false;
        }
        return true;
    };
    if (key == QLatin1String("database")) {
        database = value;
    } else if (key == QLatin1String("listen")) {
        const int colon = value.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || !toInt(value.mid(colon + 1), 0, 65535, &n)) {
            *error = key;
            return false;
        }
        listenHost = value.left(colon);
        if (listenHost.startsWith(QLatin1Char('[')) && listenHost.endsWith(QLatin1Char(']'))) {
            listenHost = listenHost.mid(1, listenHost.size() - 2);
        }
        listenPort = static_cast<quint16>(n);
    } else if (key == QLatin1String("port_file")) {
        portFile = value;
    } else if (key == QLatin1String("workers")) {
        if (!number(1, 256)) {
            return false;
        }
        workers = static_cast<int>(n);
    } else if (key == QLatin1String("max_connections")) {
        if (!number(1, 100000)) {
            return false;
        }
        maxConnections = static_cast<int>(n);
    } else if (key == QLatin1String("header_limit")) {
        if (!number(1024, 1024 * 1024)) {
            return false;
        }
        headerLimit = static_cast<int>(n);
    } else if (key == QLatin1String("body_limit")) {
        if (!number(1024, qint64(1) << 32)) {
            return false;
        }
        bodyLimit = n;
    } else if (key == QLatin1String("request_timeout_ms")) {
        if (!number(100, 3600000)) {
            return false;
        }
        requestTimeoutMs = static_cast<int>(n);
    } else if (key == QLatin1String("access_ttl")) {
        if (!number(1, 86400)) {
            return false;
        }
        accessTtl = static_cast<int>(n);
    } else if (key == QLatin1String("refresh_ttl")) {
        if (!number(60, 365 * 86400)) {
            return false;
        }
        refreshTtl = static_cast<int>(n);
    } else if (key == QLatin1String("account_failures")) {
        if (!number(1, 1000)) {
            return false;
        }
        accountFailures = static_cast<int>(n);
    } else if (key == QLatin1String("address_failures")) {
        if (!number(1, 100000)) {
            return false;
        }
        addressFailures = static_cast<int>(n);
    } else if (key == QLatin1String("lockout_seconds")) {
        if (!number(1, 86400)) {
            return false;
        }
        lockoutSeconds = static_cast<int>(n);
    } else if (key == QLatin1String("push_limit")) {
        if (!number(1, 100000)) {
            return false;
        }
        pushLimit = static_cast<int>(n);
    } else if (key == QLatin1String("pull_limit")) {
        if (!number(1, 100000)) {
            return false;
        }
        pullLimit = static_cast<int>(n);
    } else if (key == QLatin1String("trust_forwarded_for")) {
        if (value != QLatin1String("true") && value != QLatin1String("false")) {
            *error = key;
            return false;
        }
        trustForwardedFor = value == QLatin1String("true");
    } else if (key == QLatin1String("log_requests")) {
        if (value != QLatin1String("true") && value != QLatin1String("false")) {
            *error = key;
            return false;
        }
        logRequests = value == QLatin1String("true");
    }
    return true;
}

std::optional<ServerConfig> ServerConfig::load(const QHash<QString, QString>& flags,
                                               const QHash<QString, QString>& environment, QString* error)
{
    ServerConfig config;
    QList<QPair<QString, QString>> fileValues;
    const QString path
        = flags.value(QStringLiteral("config"), environment.value(environmentName(QStringLiteral("config"))));
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ServerConfigText::unreadableFile(path);
            return std::nullopt;
        }
        int number = 0;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString& raw : lines) {
            ++number;
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const int equals = line.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                *error = ServerConfigText::badLine(path, number);
                return std::nullopt;
            }
            fileValues.append({line.left(equals).trimmed(), line.mid(equals + 1).trimmed()});
        }
    }
    for (const Option& option : options()) {
        if (option.key == QLatin1String("config")) {
            continue;
        }
        QList<QPair<QString, QString>> sources; // value, where it came from
        for (const auto& [key, value] : fileValues) {
            if (key == option.key) {
                sources.append({value, path});
            }
        }
        const QString env = environmentName(option.key);
        if (environment.contains(env)) {
            sources.append({environment.value(env), env});
        }
        if (flags.contains(option.key)) {
            sources.append({flags.value(option.key), flagName(option.key)});
        }
        for (const auto& [value, source] : sources) {
            QString bad;
            if (!config.set(option.key, value, &bad)) {
                *error = ServerConfigText::badValue(option.key, option.secret ? QStringLiteral("***") : value,
                                                    source);
                return std::nullopt;
            }
        }
    }
    return config;
}

QStringList ServerConfig::describe() const
{
    return {
        QStringLiteral("database = %1").arg(PgConnection::masked(database)),
        QStringLiteral("listen = %1:%2").arg(listenHost).arg(listenPort),
        QStringLiteral("port_file = %1").arg(portFile),
        QStringLiteral("workers = %1").arg(workers),
        QStringLiteral("max_connections = %1").arg(maxConnections),
        QStringLiteral("header_limit = %1").arg(headerLimit),
        QStringLiteral("body_limit = %1").arg(bodyLimit),
        QStringLiteral("request_timeout_ms = %1").arg(requestTimeoutMs),
        QStringLiteral("access_ttl = %1").arg(accessTtl),
        QStringLiteral("refresh_ttl = %1").arg(refreshTtl),
        QStringLiteral("account_failures = %1").arg(accountFailures),
        QStringLiteral("address_failures = %1").arg(addressFailures),
        QStringLiteral("lockout_seconds = %1").arg(lockoutSeconds),
        QStringLiteral("push_limit = %1").arg(pushLimit),
        QStringLiteral("pull_limit = %1").arg(pullLimit),
        QStringLiteral("log_requests = %1")
            .arg(logRequests ? QStringLiteral("true") : QStringLiteral("false")),
        QStringLiteral("trust_forwarded_for = %1")
            .arg(trustForwardedFor ? QStringLiteral("true") : QStringLiteral("false")),
    };
}

QString ServerConfig::clientAddress(const QString& peer, const QString& forwardedFor) const
{
    if (!trustForwardedFor || forwardedFor.trimmed().isEmpty()) {
        return peer;
    }
    return forwardedFor.split(QLatin1Char(',')).last().trimmed();
}

QString ServerConfigText::badValue(const QString& key, const QString& value, const QString& source)
{
    return tr("The setting \"%1\" has a value that is not valid: \"%2\" (from %3).").arg(key, value, source);
}

QString ServerConfigText::unreadableFile(const QString& path)
{
    return tr("The configuration file %1 cannot be read.").arg(path);
}

QString ServerConfigText::badLine(const QString& path, int line)
{
    return tr("Line %2 of the configuration file %1 is not \"key = value\".").arg(path).arg(line);
}

} // namespace danhgia::server
