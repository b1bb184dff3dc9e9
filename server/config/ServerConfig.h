#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia::server {

// Everything the server can be told, in one struct, read from a file (--config FILE, lines of
// "key = value"), then the environment (DANHGIA_SERVER_<KEY>), then flags (--key value): a later
// source overrides an earlier one. `danhgia-server --help` lists every key (options()).
struct ServerConfig
{
    QString database; // a libpq connection string or URI
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8470;
    QString portFile; // where `serve` writes the port it got (for test harnesses)
    int workers = 2; // threads that serve requests, each with its own database connection
    int maxConnections = 512;
    int headerLimit = 16 * 1024; // bytes
    qint64 bodyLimit = 8 * 1024 * 1024; // bytes; an evidence chunk is at most this
    int requestTimeoutMs = 30000; // to read a whole request; also the idle keep-alive time
    int accessTtl = 900; // seconds an access token lives
    int refreshTtl = 30 * 24 * 3600; // seconds a refresh token lives
    int accountFailures = 5; // failed sign-ins of one login before it is locked for a while
    int addressFailures = 30; // failed sign-ins from one address before it is locked
    int lockoutSeconds = 300;
    int pushLimit = 1000; // operations in one push
    int pullLimit = 1000; // changes in one page of a pull
    bool logRequests = true;
    // Behind nginx every request comes from nginx: the address of a client (for the throttling of
    // failed sign-ins) is then the last one nginx adds to X-Forwarded-For.
    bool trustForwardedFor = false;

    // The client's address as the server counts it.
    QString clientAddress(const QString& peer, const QString& forwardedFor) const;

    struct Option
    {
        QString key; // "body_limit": the file's key; --body-limit; DANHGIA_SERVER_BODY_LIMIT
        QString help;
        bool secret = false;
    };
    static QList<Option> options();
    static QString flagName(const QString& key);
    static QString environmentName(const QString& key);

    // Reads the sources into a config; `flags` are the command line's "--key value" pairs already
    // split (keys without dashes, "body_limit"); unknown keys of `flags` are left to the caller.
    static std::optional<ServerConfig> load(const QHash<QString, QString>& flags,
                                            const QHash<QString, QString>& environment, QString* error);
    // One line per key, the database password masked, for the start-up log.
    QStringList describe() const;

private:
    bool set(const QString& key, const QString& value, QString* error);
};

class ServerConfigText
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    static QString badValue(const QString& key, const QString& value, const QString& source);
    static QString unreadableFile(const QString& path);
    static QString badLine(const QString& path, int line);
};

} // namespace danhgia::server
