#include "HttpSession.h"

#include <boost/asio/dispatch.hpp>

#include <QUrlQuery>

namespace danhgia::server {

namespace beast = boost::beast;
namespace http = boost::beast::http;

HttpSession::HttpSession(boost::asio::ip::tcp::socket&& socket, const ServerConfig& config,
                         const Handler& handler, std::atomic<int>& open)
    : m_stream(std::move(socket))
    , m_config(config)
    , m_handler(handler)
    , m_open(open)
{
    boost::system::error_code ec;
    const auto endpoint = m_stream.socket().remote_endpoint(ec);
    m_remote = ec ? QString() : QString::fromStdString(endpoint.address().to_string());
}

HttpSession::~HttpSession()
{
    --m_open;
}

void HttpSession::start()
{
    boost::asio::dispatch(m_stream.get_executor(),
                          beast::bind_front_handler(&HttpSession::read, shared_from_this()));
}

void HttpSession::read()
{
    m_parser.emplace();
    m_parser->header_limit(static_cast<std::uint32_t>(m_config.headerLimit));
    m_parser->body_limit(static_cast<std::uint64_t>(m_config.bodyLimit));
    m_stream.expires_after(std::chrono::milliseconds(m_config.requestTimeoutMs));
    http::async_read(m_stream, m_buffer, *m_parser,
                     beast::bind_front_handler(&HttpSession::onRead, shared_from_this()));
}

void HttpSession::onRead(beast::error_code ec, std::size_t)
{
    if (ec == http::error::body_limit) {
        write(ApiResponse::error(ApiErrors::bodyTooLarge(m_config.bodyLimit)), false);
        return;
    }
    if (ec == http::error::header_limit) {
        write(ApiResponse::error(ApiErrors::headerTooLarge(m_config.headerLimit)), false);
        return;
    }
    if (ec) {
        close(); // end of stream, timeout (a slow or idle client), or a broken request
        return;
    }
    const auto& message = m_parser->get();
    ApiRequest request;
    request.method
        = QByteArray(message.method_string().data(), static_cast<int>(message.method_string().size()));
    const QByteArray target(message.target().data(), static_cast<int>(message.target().size()));
    const int question = target.indexOf('?');
    request.path = QString::fromUtf8(question < 0 ? target : target.left(question));
    if (question >= 0) {
        const QUrlQuery query(QString::fromUtf8(target.mid(question + 1)));
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            request.query.insert(key, value);
        }
    }
    const auto authorization = message.find(http::field::authorization);
    if (authorization != message.end()) {
        request.authorization
            = QByteArray(authorization->value().data(), static_cast<int>(authorization->value().size()));
    }
    const auto forwarded = message.find("X-Forwarded-For");
    if (forwarded != message.end()) {
        request.forwardedFor
            = QString::fromLatin1(forwarded->value().data(), static_cast<int>(forwarded->value().size()));
    }
    const auto range = message.find(http::field::range);
    if (range != message.end()) {
        request.range = QByteArray(range->value().data(), static_cast<int>(range->value().size()));
    }
    const auto ifRange = message.find(http::field::if_range);
    if (ifRange != message.end()) {
        request.ifRange = QByteArray(ifRange->value().data(), static_cast<int>(ifRange->value().size()));
    }
    request.body = QByteArray(message.body().data(), static_cast<int>(message.body().size()));
    request.remoteAddress = m_remote;
    const bool keepAlive = message.keep_alive();
    m_stream.expires_never(); // the handler's time is not the client's
    write(m_handler(request), keepAlive);
}

template <typename Message>
void HttpSession::head(Message& message, const ApiResponse& answer, bool keepAlive)
{
    message.version(11);
    message.result(static_cast<unsigned>(answer.status));
    message.set(http::field::server, "danhgia-server");
    message.set(http::field::content_type, std::string(answer.contentType.constData()));
    message.set(http::field::cache_control, "no-store");
    for (const auto& [name, value] : answer.headers) {
        message.set(std::string(name.constData()), std::string(value.constData()));
    }
    message.keep_alive(keepAlive);
}

void HttpSession::write(const ApiResponse& answer, bool keepAlive)
{
    if (answer.stream) {
        writeStream(answer, keepAlive);
        return;
    }
    m_response = std::make_shared<http::response<http::string_body>>();
    head(*m_response, answer, keepAlive);
    m_response->body().assign(answer.body.constData(), static_cast<std::size_t>(answer.body.size()));
    m_response->prepare_payload();
    m_stream.expires_after(std::chrono::milliseconds(m_config.requestTimeoutMs));
    http::async_write(m_stream, *m_response,
                      beast::bind_front_handler(&HttpSession::onWrite, shared_from_this(), keepAlive));
}

// The header, then each piece as the last one went out (each write has the request's deadline: a
// client that stops reading is cut off); a piece that cannot be read closes the connection.
void HttpSession::writeStream(const ApiResponse& answer, bool keepAlive)
{
    m_streamed = std::make_shared<http::response<http::buffer_body>>();
    head(*m_streamed, answer, keepAlive);
    m_streamed->content_length(static_cast<std::uint64_t>(answer.stream->length));
    m_streamed->body().data = nullptr;
    m_streamed->body().more = true;
    m_serializer = std::make_shared<http::response_serializer<http::buffer_body>>(*m_streamed);
    m_pieces = answer.stream->next;
    m_streamLength = answer.stream->length;
    m_streamSent = 0;
    m_stream.expires_after(std::chrono::milliseconds(m_config.requestTimeoutMs));
    http::async_write_header(m_stream, *m_serializer,
                             [self = shared_from_this(), keepAlive](beast::error_code ec, std::size_t) {
                                 if (ec) {
                                     self->close();
                                     return;
                                 }
                                 self->writePiece(keepAlive);
                             });
}

void HttpSession::writePiece(bool keepAlive)
{
    if (m_streamSent >= m_streamLength) {
        m_streamed->body().data = nullptr;
        m_streamed->body().size = 0;
        m_streamed->body().more = false;
    } else {
        const auto piece = m_pieces(m_streamSent);
        if (!piece || piece->isEmpty() || m_streamSent + piece->size() > m_streamLength) {
            close(); // the client sees the answer cut short, and asks for the rest
            return;
        }
        m_piece = *piece;
        m_streamSent += m_piece.size();
        m_streamed->body().data = m_piece.data();
        m_streamed->body().size = static_cast<std::size_t>(m_piece.size());
        m_streamed->body().more = true;
    }
    m_stream.expires_after(std::chrono::milliseconds(m_config.requestTimeoutMs));
    http::async_write(m_stream, *m_serializer,
                      [self = shared_from_this(), keepAlive](beast::error_code ec, std::size_t bytes) {
                          if (ec == http::error::need_buffer) {
                              self->writePiece(keepAlive);
                              return;
                          }
                          if (!ec && !self->m_serializer->is_done()) {
                              self->writePiece(keepAlive);
                              return;
                          }
                          self->m_serializer.reset();
                          self->m_streamed.reset();
                          self->m_pieces = nullptr;
                          self->m_piece.clear();
                          self->onWrite(keepAlive, ec, bytes);
                      });
}

void HttpSession::onWrite(bool keepAlive, beast::error_code ec, std::size_t)
{
    if (ec) {
        close();
        return;
    }
    m_response.reset();
    if (!keepAlive) {
        // Refusing a request whose body was not read: stop sending, read what the client still
        // sends (bounded) so that it can read the answer before the connection closes.
        beast::error_code ignored;
        m_stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
        m_discard = std::make_shared<std::array<char, 65536>>();
        m_stream.expires_after(std::chrono::seconds(2));
        drain();
        return;
    }
    read();
}

void HttpSession::drain()
{
    m_stream.async_read_some(boost::asio::buffer(*m_discard),
                             [self = shared_from_this()](beast::error_code ec, std::size_t bytes) {
                                 self->m_drained += bytes;
                                 if (ec || self->m_drained > std::size_t(64) * 1024 * 1024) {
                                     self->close();
                                     return;
                                 }
                                 self->drain();
                             });
}

void HttpSession::close()
{
    beast::error_code ignored;
    m_stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ignored);
    m_stream.socket().close(ignored);
}

} // namespace danhgia::server
