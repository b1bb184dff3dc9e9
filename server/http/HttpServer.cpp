#include "HttpServer.h"

#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>

#include <thread>
#include <vector>

namespace danhgia::server {

namespace asio = boost::asio;
using tcp = boost::asio::ip::tcp;

HttpServer::HttpServer(const ServerConfig& config, HttpSession::Handler handler)
    : m_config(config)
    , m_handler(std::move(handler))
    , m_io(config.workers)
    , m_acceptor(asio::make_strand(m_io))
    , m_signals(m_io, SIGINT, SIGTERM)
{ }

bool HttpServer::listen(QString* error)
{
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(m_config.listenHost.toStdString(), ec);
    if (ec) {
        *error = QString::fromStdString(ec.message());
        return false;
    }
    const tcp::endpoint endpoint(address, m_config.listenPort);
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec) {
        m_acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    }
    if (!ec) {
        m_acceptor.bind(endpoint, ec);
    }
    if (!ec) {
        m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
    }
    if (ec) {
        *error = QString::fromStdString(ec.message());
        return false;
    }
    m_port = m_acceptor.local_endpoint().port();
    return true;
}

void HttpServer::accept()
{
    m_acceptor.async_accept(
        asio::make_strand(m_io), [this](boost::system::error_code ec, tcp::socket socket) {
            if (ec) {
                if (ec != asio::error::operation_aborted) {
                    accept();
                }
                return;
            }
            if (m_open.load() >= m_config.maxConnections) {
                static const std::string busy = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: "
                                                "application/json\r\nConnection: close\r\n"
                                                "Content-Length: "
                    + std::to_string(ApiErrors::busy().body().size()) + "\r\n\r\n"
                    + ApiErrors::busy().body().toStdString();
                boost::system::error_code ignored;
                asio::write(socket, asio::buffer(busy), ignored);
                socket.close(ignored);
            } else {
                ++m_open;
                std::make_shared<HttpSession>(std::move(socket), m_config, m_handler, m_open)->start();
            }
            accept();
        });
}

void HttpServer::run()
{
    m_signals.async_wait([this](const boost::system::error_code&, int) { m_io.stop(); });
    accept();
    std::vector<std::thread> threads;
    for (int i = 1; i < m_config.workers; ++i) {
        threads.emplace_back([this] { m_io.run(); });
    }
    m_io.run();
    for (std::thread& thread : threads) {
        thread.join();
    }
}

} // namespace danhgia::server
