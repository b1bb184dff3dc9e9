#pragma once

#include "FaultProxy.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpSocket;

// One client connection through the FaultProxy and its connection to the server: requests are
// taken whole from the client (headers, then Content-Length bytes), each given the proxy's next
// step, and forwarded; the server's answer is taken whole and forwarded, late, cut or not at all.
// A client that gives up (its timeout) does not stop a request already on its way: the server
// still gets it and answers into the void, as on a real network.
class FaultProxyConnection : public QObject
{
    Q_OBJECT

public:
    FaultProxyConnection(QTcpSocket* client, FaultProxy& proxy, int number, QObject* parent);
    ~FaultProxyConnection() override;

    // The length of the first whole HTTP message of `buffer` (-1: not whole yet) and where its
    // body starts.
    static int messageLength(const QByteArray& buffer, int* bodyOffset);

private:
    void readClient();
    void readUpstream();
    void nextRequest();
    void sendUpstream(const QByteArray& request);
    // The next slice of a large request on the slow line; cut off when the client went.
    void sendSlowly(const QByteArray& request, qsizetype sent);
    void endSlowRequest();
    void sendDuplicate(const QByteArray& request);
    void answer(const QByteArray& response);
    void note(const QString& what);
    // Closes both sides (the server's after what was written to it went out) and goes.
    void end();
    void endIfClosed();

    FaultProxy& m_proxy;
    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_upstream;
    int m_number;
    int m_requests = 0;
    QByteArray m_fromClient;
    QByteArray m_fromUpstream;
    bool m_atServer = false; // a request was taken and its answer has not been handled yet
    bool m_clientGone = false;
    bool m_ending = false;
    bool m_sendingSlowly = false;
    FaultProxy::Step m_step;
    QString m_requestLine;
};
