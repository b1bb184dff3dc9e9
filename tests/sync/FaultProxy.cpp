#include "FaultProxy.h"

#include "FaultProxyConnection.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

FaultProxy::FaultProxy(quint16 upstreamPort, quint32 seed, const Options& options)
    : m_upstreamPort(upstreamPort)
    , m_options(options)
    , m_random(seed)
{ }

FaultProxy::~FaultProxy()
{
    if (m_listener) {
        // The listener, its connections and their sockets go in the thread they live in.
        QMetaObject::invokeMethod(
            m_listener, [this] { delete m_listener; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool FaultProxy::start(QString* error)
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("fault-proxy"));
    m_thread->start();
    m_listener = new QTcpServer;
    m_listener->moveToThread(m_thread.get());
    bool listening = false;
    QMetaObject::invokeMethod(
        m_listener,
        [this, &listening, error] {
            listening = m_listener->listen(QHostAddress::LocalHost, 0);
            if (!listening) {
                *error = m_listener->errorString();
                return;
            }
            m_port = m_listener->serverPort();
            QObject::connect(m_listener, &QTcpServer::newConnection, m_listener, [this] {
                while (QTcpSocket* client = m_listener->nextPendingConnection()) {
                    new FaultProxyConnection(client, *this, ++m_connections, m_listener);
                }
            });
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

FaultProxy::Step FaultProxy::draw(int size, int bodyOffset)
{
    Step step;
    ++m_requests;
    if (!m_faulty || static_cast<int>(m_random.bounded(100)) >= m_options.faultPercent) {
        return step;
    }
    static const Fault kinds[]
        = {Fault::DropRequest, Fault::TruncateUpload, Fault::DelayRequest, Fault::DelayResponse,
           Fault::Duplicate,   Fault::LoseResponse,   Fault::DropResponse};
    step.fault = kinds[m_random.bounded(static_cast<int>(std::size(kinds)))];
    if (step.fault == Fault::TruncateUpload && bodyOffset >= size) {
        step.fault = Fault::DropRequest; // nothing to upload: the request itself is cut
    }
    const auto delay = [this] {
        if (m_options.longDelay.count() > 0 && m_random.bounded(6) == 0) {
            return static_cast<int>(m_options.longDelay.count());
        }
        return 1 + static_cast<int>(m_random.bounded(std::max<qint64>(1, m_options.maxDelay.count())));
    };
    switch (step.fault) {
        case Fault::DropRequest:
            step.amount = static_cast<int>(m_random.bounded(std::max(1, size))); // 0 .. size-1 bytes
            break;
        case Fault::TruncateUpload:
            step.amount = bodyOffset + static_cast<int>(m_random.bounded(size - bodyOffset));
            break;
        case Fault::DelayRequest:
        case Fault::DelayResponse:
            step.amount = delay();
            break;
        case Fault::DropResponse:
            step.amount = 1 + static_cast<int>(m_random.bounded(99)); // a percentage of the answer
            break;
        case Fault::None:
        case Fault::Duplicate:
        case Fault::LoseResponse:
            break;
    }
    return step;
}

void FaultProxy::record(Fault fault, const QString& line)
{
    QMutexLocker lock(&m_mutex);
    m_log.append(line);
    ++m_counts[fault];
}

QStringList FaultProxy::log() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

QHash<FaultProxy::Fault, int> FaultProxy::counts() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

QString FaultProxy::name(Fault fault)
{
    switch (fault) {
        case Fault::None:
            return QStringLiteral("none");
        case Fault::DropRequest:
            return QStringLiteral("drop-request");
        case Fault::TruncateUpload:
            return QStringLiteral("truncate-upload");
        case Fault::DelayRequest:
            return QStringLiteral("delay-request");
        case Fault::DelayResponse:
            return QStringLiteral("delay-response");
        case Fault::Duplicate:
            return QStringLiteral("duplicate");
        case Fault::LoseResponse:
            return QStringLiteral("lose-response");
        case Fault::DropResponse:
            return QStringLiteral("drop-response");
    }
    return QString();
}
