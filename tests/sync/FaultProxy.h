#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>

class QThread;
class QTcpServer;

// A TCP proxy on loopback between a sync client and danhgia-server, written for the tests of a sync
// over a bad network. It forwards HTTP/1.1 requests and answers (bodies by Content-Length, as the
// server sends them) and, while faulty, picks for each request of a connection, from a seeded
// random generator, one fault: the connection dropped after N bytes of the request or of the
// answer, the request or the answer delayed (sometimes past the client's timeout), the request sent
// twice to the server, the answer lost after the server committed, an upload (a request body) cut
// off half way. It runs in a thread of its own, so that it goes on while the test waits in a sync
// or for a process, and it logs what it did. It can also be a slow line for large requests, so
// that a client is killed while the server receives its upload.
class FaultProxy
{
public:
    enum class Fault
    {
        None,
        DropRequest, // the first N bytes of the request reach the server, then both sides are closed
        TruncateUpload, // the headers and part of the body reach the server, then both sides are closed
        DelayRequest, // the request reaches the server late
        DelayResponse, // the answer reaches the client late
        Duplicate, // the request is sent twice to the server, on two connections
        LoseResponse, // the server answers (it committed); the client gets nothing, its connection closed
        DropResponse, // the first N bytes of the answer reach the client, then its connection is closed
        Stall // the first N bytes of the answer reach the client, then nothing more (only when scripted)
    };

    struct Step
    {
        Fault fault = Fault::None;
        int amount = 0; // bytes for a drop, a truncation or a stall, milliseconds for a delay
    };

    struct Options
    {
        int faultPercent = 40; // of requests, while faulty
        std::chrono::milliseconds maxDelay{150}; // an ordinary delay
        std::chrono::milliseconds longDelay{0}; // a delay past the client's timeout; 0: none
        // A slow line for large requests (an evidence upload): a request of more than 64 KiB goes
        // to the server at this many bytes a second; a client gone meanwhile cuts it off there,
        // as the server sees a killed client's upload. 0: at once.
        qint64 uploadBytesPerSecond = 0;
    };
    static constexpr int SlowRequestSize = 64 * 1024;

    FaultProxy(quint16 upstreamPort, quint32 seed, const Options& options);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    // Listens on 127.0.0.1 on a free port.
    bool start(QString* error);
    quint16 port() const { return m_port; }
    quint16 upstreamPort() const { return m_upstreamPort; }

    // Faulty (the default) or a clean wire.
    void setFaulty(bool faulty) { m_faulty = faulty; }
    // The next requests whose request line starts with `requestStart` ("GET /api/v1/evidence/")
    // get these steps, in order, whether faulty or not; then the usual draw.
    void script(const QByteArray& requestStart, const QList<Step>& steps);
    // The bytes of answers that reached the client, and each request as "METHOD PATH Range",
    // since the start or the last clearCounts().
    qint64 bytesToClient() const { return m_bytesToClient; }
    QStringList requests() const;
    void clearCounts();

    // What it did, one line per fault; and how many of each.
    QStringList log() const;
    // Large requests on their way to the server on the slow line now.
    int slowRequestsInFlight() const { return m_slowInFlight; }
    qint64 uploadBytesPerSecond() const { return m_options.uploadBytesPerSecond; }
    void slowRequestStarted() { ++m_slowInFlight; }
    void slowRequestEnded() { --m_slowInFlight; }
    QHash<Fault, int> counts() const;
    static QString name(Fault fault);

    // For the connections (the proxy's thread): the step of a request of `size` bytes whose body
    // starts at `bodyOffset` (== size: no body), and a line of the log.
    Step draw(const QByteArray& request, int size, int bodyOffset);
    void record(Fault fault, const QString& line);
    void sent(qint64 bytes) { m_bytesToClient += bytes; }

private:
    quint16 m_upstreamPort;
    Options m_options;
    QRandomGenerator m_random;
    std::atomic<bool> m_faulty{true};
    std::atomic<int> m_slowInFlight{0};
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    QTcpServer* m_listener = nullptr; // lives in m_thread
    int m_connections = 0; // touched in m_thread only
    mutable QMutex m_mutex;
    QStringList m_log;
    QHash<Fault, int> m_counts;
    QByteArray m_scriptFor;
    QList<Step> m_script;
    QStringList m_requests;
    std::atomic<qint64> m_bytesToClient{0};
};
