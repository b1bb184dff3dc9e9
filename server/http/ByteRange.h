#pragma once

#include <QByteArray>

#include <optional>

namespace danhgia::server {

// One range of bytes asked with a Range header (RFC 9110, 14.2): "bytes=N-" (from N to the end,
// what a client resuming a download asks) or "bytes=N-M". Anything else (several ranges, a suffix
// "bytes=-N", another unit) is not understood and the whole content is answered, as the RFC lets a
// server do.
class ByteRange
{
public:
    // nullopt for an absent or not understood header.
    static std::optional<ByteRange> parse(const QByteArray& header);

    qint64 first() const { return m_first; }
    // The last byte asked, within a content of `size` bytes (the end when open or past it).
    qint64 last(qint64 size) const;
    // Whether some of a content of `size` bytes is in the range (416 otherwise).
    bool satisfiable(qint64 size) const { return m_first < size; }

private:
    ByteRange(qint64 first, qint64 last)
        : m_first(first)
        , m_last(last)
    { }

    qint64 m_first = 0;
    qint64 m_last = -1; // -1: to the end
};

} // namespace danhgia::server
