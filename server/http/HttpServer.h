#pragma once

#include "HttpSession.h"
#include "ServerConfig.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>

#include <atomic>

namespace danhgia::server {

// Listens on the configured address and serves connections on a pool of worker threads (each
// runs the I/O loop and the handlers of the connections it reads). Past max_connections a new
// connection gets 503 and is closed. SIGINT and SIGTERM stop it.
class HttpServer
{
public:
    HttpServer(const ServerConfig& config, HttpSession::Handler handler);

    bool listen(QString* error);
    quint16 port() const { return m_port; }
    // Runs until a signal stops the server.
    void run();

private:
    void accept();

    const ServerConfig& m_config;
    HttpSession::Handler m_handler;
    std::atomic<int> m_open{0}; // before m_io: sessions still count down while it is destroyed
    boost::asio::io_context m_io;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::signal_set m_signals;
    quint16 m_port = 0;
};

} // namespace danhgia::server
