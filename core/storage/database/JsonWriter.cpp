#include "database/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>

namespace danhgia {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

char* escapeUnit(char* cursor, char16_t u)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = HexDigits[(u >> 12) & 0xf];
    *cursor++ = HexDigits[(u >> 8) & 0xf];
    *cursor++ = HexDigits[(u >> 4) & 0xf];
    *cursor++ = HexDigits[u & 0xf];
    return cursor;
}

// A JSON string as QJsonDocument writes it: ", \ and the control characters escaped (\b \f \n
// \r \t by name, the others as \u00xx), everything else as UTF-8, except a lone surrogate, which
// becomes \udxxx. `Unit` is char16_t (UTF-16) or uchar (Latin-1, the first 256 code points).
template <typename Unit> void appendQuoted(QByteArray& out, const Unit* src, const Unit* const end)
{
    const qsizetype start = out.size();
    // At most six bytes per unit (\uxxxx) and the quotes.
    out.resize(start + 2 + 6 * (end - src));
    char* const begin = out.data();
    char* cursor = begin + start;
    *cursor++ = '"';
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *cursor++ = static_cast<char>(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
                case u'"':
                    *cursor++ = '"';
                    break;
                case u'\\':
                    *cursor++ = '\\';
                    break;
                case u'\b':
                    *cursor++ = 'b';
                    break;
                case u'\f':
                    *cursor++ = 'f';
                    break;
                case u'\n':
                    *cursor++ = 'n';
                    break;
                case u'\r':
                    *cursor++ = 'r';
                    break;
                case u'\t':
                    *cursor++ = 't';
                    break;
                default:
                    cursor = escapeUnit(cursor - 1, u);
                    break;
            }
        } else if (u < 0x800) {
            *cursor++ = static_cast<char>(0xc0 | (u >> 6));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = static_cast<char>(0xe0 | (u >> 12));
            *cursor++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(u, static_cast<char16_t>(*src++));
            *cursor++ = static_cast<char>(0xf0 | (ucs4 >> 18));
            *cursor++ = static_cast<char>(0x80 | ((ucs4 >> 12) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | ((ucs4 >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (ucs4 & 0x3f));
        } else {
            cursor = escapeUnit(cursor, u);
        }
    }
    *cursor++ = '"';
    out.truncate(cursor - begin);
}

void appendQuoted(QByteArray& out, QStringView text)
{
    appendQuoted(out, text.utf16(), text.utf16() + text.size());
}

void appendQuoted(QByteArray& out, QLatin1String text)
{
    const auto* latin1 = reinterpret_cast<const uchar*>(text.data());
    appendQuoted(out, latin1, latin1 + text.size());
}

} // namespace

void JsonWriter::separate()
{
    if (!m_text.isEmpty()) {
        const char last = m_text.back();
        if (last != '{' && last != '[' && last != ':') {
            m_text.append(',');
        }
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_text.append('{');
}

void JsonWriter::endObject()
{
    m_text.append('}');
}

void JsonWriter::beginArray()
{
    separate();
    m_text.append('[');
}

void JsonWriter::endArray()
{
    m_text.append(']');
}

void JsonWriter::key(QStringView name)
{
    separate();
    appendQuoted(m_text, name);
    m_text.append(':');
}

void JsonWriter::key(QLatin1String name)
{
    separate();
    appendQuoted(m_text, name);
    m_text.append(':');
}

void JsonWriter::string(QStringView text)
{
    separate();
    appendQuoted(m_text, text);
}

void JsonWriter::string(QLatin1String text)
{
    separate();
    appendQuoted(m_text, text);
}

void JsonWriter::number(double value)
{
    // QJsonValue keeps a whole number up to 2^53 as an integer (so -0 is 0); other numbers are
    // written in the shortest form that reads back the same; infinities and NaN are null.
    constexpr double ExactIntegers = 9007199254740992.0;
    if (!std::isfinite(value)) {
        null();
    } else if (std::trunc(value) == value && std::fabs(value) <= ExactIntegers) {
        integer(static_cast<qint64>(value));
    } else {
        separate();
        m_text.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    }
}

void JsonWriter::integer(qint64 value)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_text.append(buffer, result.ptr - buffer);
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_text.append(value ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::null()
{
    separate();
    m_text.append(QByteArrayView("null"));
}

void JsonWriter::raw(QByteArrayView json)
{
    Q_ASSERT(!json.isEmpty());
    separate();
    m_text.append(json);
}

void JsonWriter::variant(const QVariant& value)
{
    switch (value.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            null();
            return;
        case QMetaType::Bool:
            boolean(value.toBool());
            return;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            integer(value.toLongLong());
            return;
        case QMetaType::Double:
            number(value.toDouble());
            return;
        case QMetaType::QString:
            string(value.toString());
            return;
        default: {
            // Anything else (lists, maps, dates, ...) as Qt converts and writes it.
            const QByteArray array
                = QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
            raw(QByteArrayView(array).sliced(1, array.size() - 2));
            return;
        }
    }
}

void JsonWriter::object(QList<Member> members)
{
    std::stable_sort(members.begin(), members.end(),
                     [](const Member& a, const Member& b) { return keyLess(a.key, b.key); });
    beginObject();
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i + 1 < members.size() && members[i + 1].key == members[i].key) {
            continue;
        }
        key(members[i].key);
        raw(members[i].json);
    }
    endObject();
}

QByteArray JsonWriter::take()
{
    return std::exchange(m_text, QByteArray());
}

} // namespace danhgia
