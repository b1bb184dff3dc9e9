#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// A small blocking HTTP/1.1 client for the server's tests, over a plain socket so that a test can
// also send what a real client would not (a body cut off half way, oversize headers).
class HttpTestClient
{
public:
    struct Response
    {
        int status = 0; // 0: no answer (connection refused or closed)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QJsonObject json() const;
        // The value of the header `name` (any case), empty when absent.
        QByteArray header(const QByteArray& name) const;
        QString errorCode() const;
    };

    explicit HttpTestClient(quint16 port)
        : m_port(port)
    { }

    void setToken(const QByteArray& token) { m_token = token; }
    Response get(const QString& path) const;
    Response post(const QString& path, const QJsonObject& body) const;
    Response put(const QString& path, const QByteArray& body) const;
    Response request(const QByteArray& method, const QString& path, const QByteArray& body,
                     const QList<QPair<QByteArray, QByteArray>>& headers = {}) const;
    // Sends the headers of a request announcing `announced` bytes, then only `sent` of them, and
    // closes the connection: a client cut off half way.
    bool sendTruncated(const QString& path, const QByteArray& body, int sent) const;

    quint16 port() const { return m_port; }

private:
    quint16 m_port;
    QByteArray m_token;
};
