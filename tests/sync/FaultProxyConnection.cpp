#include "FaultProxyConnection.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

FaultProxyConnection::FaultProxyConnection(QTcpSocket* client, FaultProxy& proxy, int number, QObject* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
    , m_number(number)
{
    client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &FaultProxyConnection::readClient);
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        m_clientGone = true;
        if (!m_atServer) {
            end(); // nothing on its way: the server's side closes too
        }
    });
    connect(m_upstream, &QTcpSocket::readyRead, this, &FaultProxyConnection::readUpstream);
    connect(m_upstream, &QTcpSocket::connected, this, &FaultProxyConnection::nextRequest);
    connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
        // The server closed: what it sent goes to the client, which then sees the close too.
        if (m_client && m_client->state() == QAbstractSocket::ConnectedState) {
            m_client->write(m_fromUpstream);
            m_proxy.sent(m_fromUpstream.size());
        }
        end();
    });
    connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_upstream->state() == QAbstractSocket::UnconnectedState) {
            end();
        }
    });
    m_upstream->connectToHost(QHostAddress::LocalHost, m_proxy.upstreamPort());
}

FaultProxyConnection::~FaultProxyConnection()
{
    endSlowRequest();
}

void FaultProxyConnection::endSlowRequest()
{
    if (m_sendingSlowly) {
        m_sendingSlowly = false;
        m_proxy.slowRequestEnded();
    }
}

int FaultProxyConnection::messageLength(const QByteArray& buffer, int* bodyOffset)
{
    const int headerEnd = static_cast<int>(buffer.indexOf("\r\n\r\n"));
    if (headerEnd < 0) {
        return -1;
    }
    *bodyOffset = headerEnd + 4;
    qint64 length = 0;
    for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
        const int colon = static_cast<int>(line.indexOf(':'));
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            length = line.mid(colon + 1).trimmed().toLongLong();
        }
    }
    const qint64 total = *bodyOffset + length;
    return buffer.size() >= total ? static_cast<int>(total) : -1;
}

void FaultProxyConnection::readClient()
{
    m_fromClient += m_client->readAll();
    nextRequest();
}

void FaultProxyConnection::note(const QString& what)
{
    m_proxy.record(m_step.fault,
                   QStringLiteral("#%1.%2 %3: %4").arg(m_number).arg(m_requests).arg(m_requestLine, what));
}

void FaultProxyConnection::nextRequest()
{
    if (m_atServer || m_ending || m_upstream->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    int bodyOffset = 0;
    const int size = messageLength(m_fromClient, &bodyOffset);
    if (size < 0) {
        return;
    }
    const QByteArray request = m_fromClient.left(size);
    m_fromClient.remove(0, size);
    m_atServer = true;
    ++m_requests;
    m_requestLine = QString::fromLatin1(request.left(request.indexOf(' ', request.indexOf(' ') + 1)));
    m_step = m_proxy.draw(request, size, bodyOffset);
    switch (m_step.fault) {
        case FaultProxy::Fault::DropRequest:
        case FaultProxy::Fault::TruncateUpload:
            note(QStringLiteral("%1 after %2 of %3 bytes")
                     .arg(FaultProxy::name(m_step.fault))
                     .arg(m_step.amount)
                     .arg(size));
            m_upstream->write(request.left(m_step.amount));
            if (m_client) {
                m_client->abort();
            }
            end();
            return;
        case FaultProxy::Fault::DelayRequest:
            note(QStringLiteral("delay-request %1 ms").arg(m_step.amount));
            QTimer::singleShot(m_step.amount, this, [this, request] { sendUpstream(request); });
            return;
        case FaultProxy::Fault::Duplicate:
            note(QStringLiteral("duplicate"));
            sendDuplicate(request);
            sendUpstream(request);
            return;
        case FaultProxy::Fault::None:
        case FaultProxy::Fault::DelayResponse:
        case FaultProxy::Fault::LoseResponse:
        case FaultProxy::Fault::DropResponse:
        case FaultProxy::Fault::Stall:
            sendUpstream(request);
            return;
    }
}

void FaultProxyConnection::sendUpstream(const QByteArray& request)
{
    if (m_proxy.uploadBytesPerSecond() > 0 && request.size() > FaultProxy::SlowRequestSize) {
        m_proxy.slowRequestStarted();
        m_sendingSlowly = true;
        note(QStringLiteral("slow line, %1 bytes").arg(request.size()));
        sendSlowly(request, 0);
        return;
    }
    if (m_upstream->state() == QAbstractSocket::ConnectedState) {
        m_upstream->write(request);
    }
}

void FaultProxyConnection::sendSlowly(const QByteArray& request, qsizetype sent)
{
    constexpr int tick = 10; // milliseconds between slices
    if (m_clientGone || m_upstream->state() != QAbstractSocket::ConnectedState) {
        note(QStringLiteral("the client left after %1 of %2 bytes reached the server")
                 .arg(sent)
                 .arg(request.size()));
        endSlowRequest();
        m_upstream->abort();
        end();
        return;
    }
    const qsizetype slice = std::max<qsizetype>(1, m_proxy.uploadBytesPerSecond() * tick / 1000);
    m_upstream->write(request.mid(sent, slice));
    if (sent + slice >= request.size()) {
        endSlowRequest();
        return;
    }
    QTimer::singleShot(tick, this, [this, request, sent, slice] { sendSlowly(request, sent + slice); });
}

// The same request on a second connection to the server, whose answer nobody reads.
void FaultProxyConnection::sendDuplicate(const QByteArray& request)
{
    auto* twin = new QTcpSocket(this);
    auto answer = std::make_shared<QByteArray>();
    connect(twin, &QTcpSocket::connected, twin, [twin, request] { twin->write(request); });
    connect(twin, &QTcpSocket::readyRead, twin, [twin, answer] {
        *answer += twin->readAll();
        int bodyOffset = 0;
        if (messageLength(*answer, &bodyOffset) >= 0) {
            twin->disconnectFromHost();
        }
    });
    connect(twin, &QTcpSocket::disconnected, twin, &QObject::deleteLater);
    connect(twin, &QTcpSocket::errorOccurred, twin, [twin](QAbstractSocket::SocketError) {
        if (twin->state() == QAbstractSocket::UnconnectedState) {
            twin->deleteLater();
        }
    });
    twin->connectToHost(QHostAddress::LocalHost, m_proxy.upstreamPort());
}

void FaultProxyConnection::readUpstream()
{
    m_fromUpstream += m_upstream->readAll();
    int bodyOffset = 0;
    const int size = messageLength(m_fromUpstream, &bodyOffset);
    if (size < 0 || !m_atServer) {
        return;
    }
    const QByteArray response = m_fromUpstream.left(size);
    m_fromUpstream.remove(0, size);
    if (m_clientGone) {
        note(QStringLiteral("the client left; the server's answer went nowhere"));
        end();
        return;
    }
    switch (m_step.fault) {
        case FaultProxy::Fault::LoseResponse:
            note(QStringLiteral("lose-response of %1 bytes").arg(size));
            m_client->abort();
            end();
            return;
        case FaultProxy::Fault::DropResponse: {
            const int sent = std::max(1, size * m_step.amount / 100);
            note(QStringLiteral("drop-response after %1 of %2 bytes").arg(sent).arg(size));
            m_client->write(response.left(sent));
            m_proxy.sent(sent);
            end();
            return;
        }
        case FaultProxy::Fault::DelayResponse:
            note(QStringLiteral("delay-response %1 ms").arg(m_step.amount));
            QTimer::singleShot(m_step.amount, this, [this, response] { answer(response); });
            return;
        case FaultProxy::Fault::Stall: {
            // The connection stays open with nothing more on it, until the client goes.
            const int sent = std::min(size, m_step.amount);
            note(QStringLiteral("stall after %1 of %2 bytes").arg(sent).arg(size));
            m_client->write(response.left(sent));
            m_proxy.sent(sent);
            return;
        }
        case FaultProxy::Fault::None:
        case FaultProxy::Fault::DropRequest:
        case FaultProxy::Fault::TruncateUpload:
        case FaultProxy::Fault::DelayRequest:
        case FaultProxy::Fault::Duplicate:
            answer(response);
            return;
    }
}

void FaultProxyConnection::answer(const QByteArray& response)
{
    m_atServer = false;
    if (!m_client || m_client->state() != QAbstractSocket::ConnectedState) {
        end();
        return;
    }
    m_client->write(response);
    m_proxy.sent(response.size());
    nextRequest();
}

void FaultProxyConnection::end()
{
    if (m_ending) {
        return;
    }
    m_ending = true;
    // Graceful: what was written goes out before the close (a request cut after N bytes reaches
    // the server as N bytes, then the end of the stream).
    for (QTcpSocket* socket : {m_client.data(), m_upstream.data()}) {
        if (socket) {
            connect(socket, &QTcpSocket::disconnected, this, &FaultProxyConnection::endIfClosed);
            socket->disconnectFromHost();
        }
    }
    // A peer that never closes does not keep the connection alive for ever.
    QTimer::singleShot(5000, this, &QObject::deleteLater);
    endIfClosed();
}

void FaultProxyConnection::endIfClosed()
{
    for (QTcpSocket* socket : {m_client.data(), m_upstream.data()}) {
        if (socket && socket->state() != QAbstractSocket::UnconnectedState) {
            return;
        }
    }
    deleteLater();
}
