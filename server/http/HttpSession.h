#pragma once

#include "ApiExchange.h"
#include "ServerConfig.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace danhgia::server {

// One client connection (Beast's advanced_server shape): reads requests with limits on the
// header and the body (413 past them), a deadline for the whole request (a slow client is cut
// off) which is also the idle time of a kept-alive connection, answers each in turn on the worker
// thread that read it (a large body piece by piece, ApiStream), and keeps the connection open when the client
// wants it.
class HttpSession : public std::enable_shared_from_this<HttpSession>
{
public:
    using Handler = std::function<ApiResponse(ApiRequest&)>;

    HttpSession(boost::asio::ip::tcp::socket&& socket, const ServerConfig& config, const Handler& handler,
                std::atomic<int>& open);
    ~HttpSession();

    void start();

private:
    void read();
    void onRead(boost::beast::error_code ec, std::size_t bytes);
    template <typename Message> static void head(Message& message, const ApiResponse& answer, bool keepAlive);
    void write(const ApiResponse& response, bool keepAlive);
    void writeStream(const ApiResponse& response, bool keepAlive);
    void writePiece(bool keepAlive);
    void onWrite(bool keepAlive, boost::beast::error_code ec, std::size_t bytes);
    void drain();
    void close();

    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    std::shared_ptr<boost::beast::http::response<boost::beast::http::string_body>> m_response;
    // A streamed answer (ApiStream): its header and serializer, where it stands, the piece in flight.
    std::shared_ptr<boost::beast::http::response<boost::beast::http::buffer_body>> m_streamed;
    std::shared_ptr<boost::beast::http::response_serializer<boost::beast::http::buffer_body>> m_serializer;
    std::function<std::optional<QByteArray>(qint64)> m_pieces;
    qint64 m_streamLength = 0;
    qint64 m_streamSent = 0;
    QByteArray m_piece;
    std::shared_ptr<std::array<char, 65536>> m_discard;
    std::size_t m_drained = 0;
    const ServerConfig& m_config;
    const Handler& m_handler;
    std::atomic<int>& m_open;
    QString m_remote;
};

} // namespace danhgia::server
