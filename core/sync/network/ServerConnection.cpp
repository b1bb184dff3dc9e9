#include "network/ServerConnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

namespace danhgia {

namespace {

// A refresh a little before the token's end, so that a request does not arrive with a dead one.
constexpr std::chrono::seconds RefreshMargin{30};

bool retryable(const ServerConnection::Reply& reply)
{
    return !reply.stopped && (reply.status == 0 || reply.status >= 500);
}

void takeHeaders(const QNetworkReply& reply, ServerConnection::Reply* result)
{
    result->headers.clear();
    for (const auto& [name, value] : reply.rawHeaderPairs()) {
        result->headers.insert(name.toLower(), value);
    }
}

} // namespace

ServerConnection::ServerConnection(const QUrl& server, const Options& options, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_options(options)
{ }

bool ServerConnection::signIn(const QString& login, const QString& password, QString* error)
{
    m_login = login;
    m_password = password;
    const QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    const Reply reply = send("POST", QStringLiteral("/api/v1/auth/sign-in"),
                             QJsonDocument(body).toJson(QJsonDocument::Compact), false);
    if (!reply.ok()) {
        *error = tr("Sign-in to the server failed: %1").arg(reply.message);
        return false;
    }
    return takeTokens(reply, error);
}

bool ServerConnection::resume(const QString& login, const QString& refreshToken, QString* error)
{
    m_login = login;
    m_password.clear();
    m_accessToken.clear();
    m_refreshToken = refreshToken;
    if (!authorise(error)) {
        return false;
    }
    return true;
}

bool ServerConnection::signOut(QString* error)
{
    if (!isSignedIn()) {
        return true;
    }
    const Reply reply = post(QStringLiteral("/api/v1/auth/sign-out"), QJsonObject{});
    m_accessToken.clear();
    m_refreshToken.clear();
    m_refreshExpires = QDateTime();
    m_password.clear();
    // 401: the session was already over (revoked, expired): nothing left to revoke.
    if (!reply.ok() && reply.status != 401) {
        *error = tr("The sign-out could not reach the server: %1").arg(reply.message);
        return false;
    }
    return true;
}

std::optional<ServerAccount> ServerConnection::account(QString* error)
{
    const Reply reply = get(QStringLiteral("/api/v1/me"));
    if (!reply.ok()) {
        *error = tr("The server did not say who the account is: %1").arg(reply.message);
        return std::nullopt;
    }
    return ServerAccount::fromJson(reply.json, m_refreshExpires, error);
}

bool ServerConnection::takeTokens(const Reply& reply, QString* error)
{
    m_accessToken = reply.json.value(QLatin1String("access_token")).toString().toLatin1();
    m_refreshToken = reply.json.value(QLatin1String("refresh_token")).toString();
    // The server says how long the refresh token lives; an older server does not: then until the
    // access token's end, so that offline use never outlasts what the server granted.
    const qint64 refreshLife = reply.json.value(QLatin1String("refresh_expires_in"))
                                   .toInteger(reply.json.value(QLatin1String("expires_in")).toInteger());
    m_refreshExpires = QDateTime::currentDateTimeUtc().addSecs(refreshLife);
    const qint64 seconds = reply.json.value(QLatin1String("expires_in")).toInteger();
    const std::chrono::seconds life(seconds);
    m_expires
        = std::chrono::steady_clock::now() + life - std::min<std::chrono::seconds>(RefreshMargin, life / 4);
    if (m_accessToken.isEmpty()) {
        *error = tr("The server's answer to the sign-in has no access token.");
        return false;
    }
    if (!m_refreshToken.isEmpty()) {
        Q_EMIT refreshTokenChanged();
    }
    return true;
}

// A valid access token: refreshed when it is about to expire, else signed in again.
bool ServerConnection::authorise(QString* error)
{
    if (!m_accessToken.isEmpty() && std::chrono::steady_clock::now() < m_expires) {
        return true;
    }
    if (!m_refreshToken.isEmpty()) {
        const QJsonObject body{{QStringLiteral("refresh_token"), m_refreshToken}};
        const Reply reply = send("POST", QStringLiteral("/api/v1/auth/refresh"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), false);
        if (reply.ok()) {
            ++m_refreshes;
            return takeTokens(reply, error);
        }
        m_refreshToken.clear();
        if (reply.status == 0 || m_password.isEmpty()) {
            *error = reply.status == 0
                ? reply.message
                : tr("The server no longer accepts the saved sign-in: %1").arg(reply.message);
            return false;
        }
    }
    if (m_login.isEmpty() || m_password.isEmpty()) {
        *error = tr("Sign in to the server first.");
        return false;
    }
    return signIn(m_login, m_password, error);
}

ServerConnection::Reply ServerConnection::get(const QString& path)
{
    return send("GET", path, {}, true);
}

ServerConnection::Reply ServerConnection::post(const QString& path, const QJsonObject& body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), true);
}

ServerConnection::Reply ServerConnection::put(const QString& path, const QByteArray& bytes)
{
    return send("PUT", path, bytes, true);
}

ServerConnection::Reply ServerConnection::download(const QString& path, const Sink& sink)
{
    return send("GET", path, {}, true, &sink);
}

void ServerConnection::cancel()
{
    m_cancelled = true;
    if (m_inFlight) {
        m_inFlight->abort();
    }
    if (m_waiting) {
        m_waiting->quit();
    }
}

ServerConnection::Reply ServerConnection::send(const QByteArray& method, const QString& path,
                                               const QByteArray& body, bool authorised, const Sink* sink)
{
    Reply reply;
    bool refreshed = false;
    for (int attempt = 0; attempt < std::max(1, m_options.attempts); ++attempt) {
        if (attempt > 0) {
            ++m_retries;
            // Exponential back-off with jitter: base × 2^(attempt-1), capped, plus up to one base.
            const qint64 base = m_options.backoff.count();
            const auto exponential
                = std::min<qint64>(base << std::min(attempt - 1, 20), m_options.maxBackoff.count());
            const qint64 jitter = base > 0 ? QRandomGenerator::global()->bounded(base) : 0;
            if (!wait(std::chrono::milliseconds(exponential + jitter))) {
                break;
            }
        }
        if (authorised) {
            QString error;
            if (!authorise(&error)) {
                reply = Reply{};
                reply.message = error;
                return reply;
            }
        }
        reply = sendOnce(method, path, body, authorised, sink);
        if (authorised && reply.status == 401 && !refreshed) {
            // The token expired or was revoked on the way: once more with a new one.
            refreshed = true;
            m_accessToken.clear();
            --attempt;
            continue;
        }
        if (!retryable(reply) || m_cancelled) {
            break;
        }
    }
    if (m_cancelled) {
        reply = Reply{};
        reply.message = tr("The synchronisation was cancelled.");
    }
    m_lastStatus = reply.status;
    return reply;
}

ServerConnection::Reply ServerConnection::sendOnce(const QByteArray& method, const QString& path,
                                                   const QByteArray& body, bool authorised, const Sink* sink)
{
    Reply result;
    if (m_cancelled) {
        result.message = tr("The synchronisation was cancelled.");
        return result;
    }
    QUrl url = m_server;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_server.path().chopped(m_server.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + (query < 0 ? path : path.left(query)));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_options.timeout.count()));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      method == "PUT" ? QByteArrayLiteral("application/octet-stream")
                                      : QByteArrayLiteral("application/json"));
    if (authorised) {
        request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    }
    if (!m_options.caCertificate.isEmpty() && url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_options.caCertificate));
        request.setSslConfiguration(ssl);
    }
    if (sink && sink->headers) {
        for (const auto& [name, value] : sink->headers()) {
            request.setRawHeader(name, value);
        }
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    m_inFlight = reply;
    // A download's content goes to its sink as it arrives; an error's body is read as usual.
    bool begun = false;
    qint64 delivered = 0; // bytes of the answer's body already handed to the sink
    const auto deliver = [&] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!sink || result.stopped || status < 200 || status >= 300) {
            return;
        }
        if (!begun) {
            begun = true;
            result.status = status;
            takeHeaders(*reply, &result);
            result.stopped = !sink->begin(result);
        }
        const QByteArray bytes = reply->readAll();
        if (!result.stopped && !bytes.isEmpty()) {
            delivered += bytes.size();
            result.stopped = !sink->write(bytes);
        }
        if (result.stopped) {
            reply->abort();
        }
    };
    if (sink) {
        connect(reply, &QNetworkReply::readyRead, this, deliver);
    }
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    m_inFlight = nullptr;
    if (sink) {
        disconnect(reply, &QNetworkReply::readyRead, this, nullptr);
        if (reply->isOpen()) {
            // What is left (of an answer cut off too: those bytes are good), or an empty file's begin.
            deliver();
        }
        if (result.stopped) {
            result.status = 0;
            result.message = tr("The download was stopped.");
            reply->deleteLater();
            return result;
        }
    }
    takeHeaders(*reply, &result);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An answer cut off on the way (the connection closed before its Content-Length arrived, a
    // timeout half way) is no answer, whatever status its headers had: "200" with half of the
    // outcomes must be asked again, not taken for a push the server answered with nothing.
    const QNetworkReply::NetworkError network = reply->error();
    if (network != QNetworkReply::NoError && network < QNetworkReply::ContentAccessDenied) {
        result.status = 0;
    }
    const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
    // Qt ends a reply without an error when the connection closes after part of the body, the
    // close arriving apart from the data (as for an answer without a Content-Length): the length
    // the headers announced tells the cut. (A compressed body's length is not the announced one.)
    // A download's body went to its sink as it came: those bytes count too.
    bool lengthKnown = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthKnown);
    const qint64 received = delivered + answer.size();
    const bool cut = result.status != 0 && lengthKnown && reply->rawHeader("Content-Encoding").isEmpty()
        && received != announced;
    if (cut) {
        result.status = 0;
    }
    const QJsonObject json = QJsonDocument::fromJson(answer).object();
    result.json = json;
    result.body = answer;
    const QJsonObject error = json.value(QLatin1String("error")).toObject();
    result.code = error.value(QLatin1String("code")).toString();
    result.message = error.value(QLatin1String("message")).toString();
    if (cut) {
        result.message
            = tr("The server's answer was cut off after %1 of its %2 bytes.").arg(received).arg(announced);
    } else if (result.status == 0) {
        result.message = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("The server did not answer within %1 seconds.").arg(m_options.timeout.count() / 1000.0)
            : tr("The server cannot be reached: %1").arg(reply->errorString());
    } else if (!result.ok() && result.message.isEmpty()) {
        result.message = tr("The server answered HTTP %1.").arg(result.status);
    }
    reply->deleteLater();
    return result;
}

bool ServerConnection::wait(std::chrono::milliseconds delay)
{
    if (m_cancelled) {
        return false;
    }
    QEventLoop loop;
    m_waiting = &loop;
    QTimer::singleShot(delay, &loop, &QEventLoop::quit);
    loop.exec();
    m_waiting = nullptr;
    return !m_cancelled;
}

} // namespace danhgia
