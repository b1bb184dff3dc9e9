#include "HttpTestClient.h"

#include <QJsonDocument>
#include <QTcpSocket>

QJsonObject HttpTestClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpTestClient::Response::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QByteArray HttpTestClient::Response::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return QByteArray();
}

HttpTestClient::Response HttpTestClient::get(const QString& path) const
{
    return request("GET", path, {});
}

HttpTestClient::Response HttpTestClient::post(const QString& path, const QJsonObject& body) const
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                   {{"Content-Type", "application/json"}});
}

HttpTestClient::Response HttpTestClient::put(const QString& path, const QByteArray& body) const
{
    return request("PUT", path, body, {{"Content-Type", "application/octet-stream"}});
}

HttpTestClient::Response HttpTestClient::request(const QByteArray& method, const QString& path,
                                                 const QByteArray& body,
                                                 const QList<QPair<QByteArray, QByteArray>>& headers) const
{
    Response response;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    if (!socket.waitForConnected(10000)) {
        return response;
    }
    QByteArray head = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!m_token.isEmpty()) {
        head += "Authorization: Bearer " + m_token + "\r\n";
    }
    for (const auto& [name, value] : headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    socket.write(head);
    socket.write(body);
    QByteArray all;
    // Bounded: the server answers within its request timeout, then closes (Connection: close).
    for (int i = 0; i < 600 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.waitForBytesWritten(100);
        if (socket.waitForReadyRead(100)) {
            all += socket.readAll();
        }
    }
    all += socket.readAll();
    const int end = all.indexOf("\r\n\r\n");
    if (!all.startsWith("HTTP/1.1 ") || end < 0) {
        return response;
    }
    response.status = all.mid(9, 3).toInt();
    response.body = all.mid(end + 4);
    const QList<QByteArray> lines = all.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            response.headers.append(
                qMakePair(lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()));
        }
    }
    return response;
}

bool HttpTestClient::sendTruncated(const QString& path, const QByteArray& body, int sent) const
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    if (!socket.waitForConnected(10000)) {
        return false;
    }
    QByteArray head = "PUT " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!m_token.isEmpty()) {
        head += "Authorization: Bearer " + m_token + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    socket.write(head + body.left(sent));
    socket.waitForBytesWritten(5000);
    socket.abort();
    return true;
}
