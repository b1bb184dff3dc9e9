#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QEventLoop;
class QNetworkReply;

namespace danhgia {

// HTTP to danhgia-server (docs/api/openapi.yaml), synchronous-looking for the CLI (a local event
// loop runs while a request is in flight) and cancellable. Signs in with login and password and
// keeps the access token in memory only; refreshes it when it expires (signs in again when the
// refresh token is refused). Every request has a timeout; a network error or a 5xx answer is
// retried with exponential back-off and jitter, a bounded number of times.
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
    };

    struct Reply
    {
        int status = 0; // 0: no answer (network error, timeout, cancelled)
        QJsonObject json;
        QString code; // the error's code
        QString message; // the server's message (Vietnamese), or what went wrong on the way
        QByteArray body; // the answer as it came (the content of an evidence download)
        bool ok() const { return status >= 200 && status < 300; }
    };

    ServerConnection(const QUrl& server, const Options& options, QObject* parent = nullptr);

    // Signs in; false with the server's message (or the network's) in `error`.
    bool signIn(const QString& login, const QString& password, QString* error);
    Reply get(const QString& path);
    Reply post(const QString& path, const QJsonObject& body);
    // Raw bytes (a part of an evidence file's upload), sent as application/octet-stream.
    Reply put(const QString& path, const QByteArray& bytes);

    // Stops the request in flight and every later one (they answer status 0, "cancelled").
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    int retries() const { return m_retries; }
    int refreshes() const { return m_refreshes; } // access tokens renewed with the refresh token
    // The HTTP status of the last answer; 0: none (network error, timeout, cancelled).
    int lastStatus() const { return m_lastStatus; }

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body, bool authorised);
    Reply sendOnce(const QByteArray& method, const QString& path, const QByteArray& body, bool authorised);
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
    std::chrono::steady_clock::time_point m_expires{};
};

} // namespace danhgia
