#include "ByteRange.h"

#include <algorithm>

namespace danhgia::server {

namespace {

// A non-negative decimal number of at most 18 digits (no sign, no space).
std::optional<qint64> position(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > 18) {
        return std::nullopt;
    }
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    return text.toLongLong();
}

} // namespace

std::optional<ByteRange> ByteRange::parse(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes=")) {
        return std::nullopt;
    }
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash <= 0 || spec.contains(',')) {
        return std::nullopt; // a suffix range, several ranges, or no dash
    }
    const auto first = position(spec.left(dash).trimmed());
    if (!first) {
        return std::nullopt;
    }
    const QByteArray end = spec.mid(dash + 1).trimmed();
    if (end.isEmpty()) {
        return ByteRange(*first, -1);
    }
    const auto last = position(end);
    if (!last || *last < *first) {
        return std::nullopt;
    }
    return ByteRange(*first, *last);
}

qint64 ByteRange::last(qint64 size) const
{
    return m_last < 0 ? size - 1 : std::min(m_last, size - 1);
}

} // namespace danhgia::server
