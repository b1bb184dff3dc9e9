#pragma once

#include "workflow/ServerAccount.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QEventLoop;
class QNetworkReply;

namespace danhgia {

// HTTP to danhgia-server (docs/api/openapi.yaml), synchronous-looking for the CLI (a local event
// loop runs while a request is in flight) and cancellable. Signs in with login and password, or
// resumes with a refresh token kept in the keychain (credentials/TokenVault); keeps the access token
// in memory only; refreshes it when it expires (signs in again when the refresh token is refused and
// a password was given). The server rotates the refresh token at every refresh: refreshTokenChanged
// tells the owner to store the new one. Every request has a timeout; a network error or a 5xx answer
// is retried with exponential back-off and jitter, a bounded number of times. With a CA certificate
// file in the options, HTTPS trusts that CA only (the provincial server's, pinned).
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds timeout{30000};
        int attempts = 5; // tries of one request, the first included
        std::chrono::milliseconds backoff{500}; // the first wait; doubled each time, plus jitter
        std::chrono::milliseconds maxBackoff{8000};
        QString caCertificate; // a PEM file: the only CA trusted over HTTPS; empty: the system's
    };

    struct Reply
    {
        int status = 0; // 0: no answer (network error, timeout, cancelled)
        QJsonObject json;
        QString code; // the error's code
        QString message; // the server's message (Vietnamese), or what went wrong on the way
        QByteArray body; // the answer as it came (not a download's content: that went to its sink)
        QHash<QByteArray, QByteArray> headers; // the answer's headers, names in lower case
        bool stopped = false; // a download's sink refused its bytes (not retried)
        bool ok() const { return status >= 200 && status < 300; }
    };

    // Where a download's content goes as it arrives (an evidence file, kept on disk as it comes,
    // so that a cut answer leaves what arrived). `headers` is asked before every attempt (a Range
    // from what the sink holds); `begin` gets a 2xx answer's status and headers before its first
    // byte, `write` its bytes; false from either stops the download (Reply::stopped).
    struct Sink
    {
        std::function<QList<QPair<QByteArray, QByteArray>>()> headers;
        std::function<bool(const Reply& head)> begin;
        std::function<bool(const QByteArray& bytes)> write;
    };

    ServerConnection(const QUrl& server, const Options& options, QObject* parent = nullptr);

    // Signs in; false with the server's message (or the network's) in `error`.
    bool signIn(const QString& login, const QString& password, QString* error);
    // Signs in without a password, with a refresh token from the keychain (it is used up: the new
    // one comes with refreshTokenChanged). False with the reason in `error`; lastStatus() 401: the
    // server refused the token (expired, revoked), ask for the password.
    bool resume(const QString& login, const QString& refreshToken, QString* error);
    // Revokes the session on the server and forgets the tokens. True when the server revoked it or
    // there was no session to revoke.
    bool signOut(QString* error);
    // The signed-in account (/api/v1/me), usable offline until the refresh token expires.
    std::optional<ServerAccount> account(QString* error);
    // The newest refresh token (to keep in the keychain) and when it expires (UTC).
    QString refreshToken() const { return m_refreshToken; }
    QDateTime refreshExpires() const { return m_refreshExpires; }
    bool isSignedIn() const { return !m_accessToken.isEmpty() || !m_refreshToken.isEmpty(); }
    const QUrl& server() const { return m_server; }
    QString login() const { return m_login; }
    Reply get(const QString& path);
    Reply post(const QString& path, const QJsonObject& body);
    // Raw bytes (a part of an evidence file's upload), sent as application/octet-stream.
    Reply put(const QString& path, const QByteArray& bytes);
    // A GET whose 2xx content goes to `sink` as it arrives; retried like any request, each attempt
    // with the sink's headers of the moment (a cut download resumes from what arrived).
    Reply download(const QString& path, const Sink& sink);

    // Stops the request in flight and every later one (they answer status 0, "cancelled").
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    int retries() const { return m_retries; }
    // How many times each request is tried (Options::attempts); an officer waiting for a file asks
    // for fewer than the sync.
    int attempts() const { return m_options.attempts; }
    void setAttempts(int attempts) { m_options.attempts = attempts; }
    int refreshes() const { return m_refreshes; } // access tokens renewed with the refresh token
    // The HTTP status of the last answer; 0: none (network error, timeout, cancelled).
    int lastStatus() const { return m_lastStatus; }

Q_SIGNALS:
    // A new refresh token arrived (sign-in, refresh): store refreshToken() now, the old one is used up.
    void refreshTokenChanged();

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body, bool authorised,
               const Sink* sink = nullptr);
    Reply sendOnce(const QByteArray& method, const QString& path, const QByteArray& body, bool authorised,
                   const Sink* sink);
    bool authorise(QString* error);
    bool takeTokens(const Reply& reply, QString* error);
    bool wait(std::chrono::milliseconds delay);

    QUrl m_server;
    Options m_options;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_inFlight;
    QPointer<QEventLoop> m_waiting;
    bool m_cancelled = false;
    int m_retries = 0;
    int m_refreshes = 0;
    int m_lastStatus = 0;
    QString m_login;
    QString m_password;
    QByteArray m_accessToken;
    QString m_refreshToken;
    QDateTime m_refreshExpires;
    std::chrono::steady_clock::time_point m_expires{};
};

} // namespace danhgia
