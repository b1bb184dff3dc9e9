#include "text/LegacyEncoding.h"

#include "text/LegacyEncodingTables.h"
#include "text/VietnameseSyllable.h"
#include "text/VietnameseText.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <bitset>
#include <optional>

namespace danhgia {

namespace {

using Encoding = LegacyEncoding::Encoding;

constexpr qsizetype SampleSize = 256 * 1024;
constexpr char16_t Replacement = 0xFFFD;

QByteArrayView withoutBom(QByteArrayView data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
}

// SampleSize bytes from the start of the line with the first non-ASCII byte, cut after a line
// feed (or else after an ASCII byte) so that no UTF-8 sequence is cut in two.
QByteArrayView sampleOf(const QByteArray& data)
{
    const QByteArrayView view(data);
    const auto firstNonAscii
        = std::find_if(view.begin(), view.end(), [](char c) { return static_cast<uchar>(c) >= 0x80; });
    if (firstNonAscii == view.end()) {
        return {};
    }
    const qsizetype lineStart = view.first(firstNonAscii - view.begin()).lastIndexOf('\n') + 1;
    const QByteArrayView rest = view.sliced(lineStart);
    if (rest.size() <= SampleSize) {
        return rest;
    }
    qsizetype end = rest.first(SampleSize).lastIndexOf('\n');
    if (end < 0) {
        end = SampleSize - 1;
        while (end > 0 && static_cast<uchar>(rest.at(end)) >= 0x80) {
            --end;
        }
    }
    return rest.first(end + 1);
}

std::optional<QString> fromUtf8(QByteArrayView data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(withoutBom(data));
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

char16_t windows1252(uchar byte)
{
    if (byte >= 0x80 && byte < 0xA0) {
        const char16_t c = legacy::windows1252Controls[byte - 0x80];
        return c != 0 ? c : Replacement;
    }
    return byte;
}

// What the byte stands for: one character, or for VNI possibly one or two combining marks.
QStringView byteText(uchar byte, Encoding encoding, char16_t& storage)
{
    if (byte < 0x80) {
        storage = encoding == Encoding::Tcvn3 && byte < 0x20 ? legacy::tcvn3Control[byte] : byte;
    } else if (encoding == Encoding::Tcvn3) {
        storage = legacy::tcvn3High[byte - 0x80];
    } else if (encoding == Encoding::Windows1258) {
        storage = legacy::windows1258High[byte - 0x80];
        storage = storage != 0 ? storage : Replacement;
    } else if (byte >= 0xC0 && *legacy::vniHigh[byte - 0xC0] != 0) {
        return QStringView(legacy::vniHigh[byte - 0xC0]);
    } else {
        storage = windows1252(byte);
    }
    return QStringView(&storage, 1);
}

// Byte by byte, then NFC, which also joins the letters and the combining marks that follow
// them (TCVN3's and Windows-1258's tone marks, all of VNI's marks).
QString decodeSingleByte(QByteArrayView data, Encoding encoding)
{
    QString text;
    text.reserve(data.size());
    char16_t storage = 0;
    for (const char byte : data) {
        text += byteText(static_cast<uchar>(byte), encoding, storage);
    }
    return text.normalized(QString::NormalizationForm_C);
}

// How Vietnamese a decoding looks: for each word with a non-ASCII character, +3 when it is a
// common Vietnamese syllable, +2 when it is spelled as one, -1 otherwise. ASCII words read the
// same in every candidate and do not count.
int plausibility(const QString& text)
{
    int score = 0;
    QString word;
    bool nonAscii = false;
    const auto endWord = [&] {
        if (nonAscii) {
            score += !VietnameseSyllable::isValid(word) ? -1 : VietnameseSyllable::isCommon(word) ? 3 : 2;
        }
        word.clear();
        nonAscii = false;
    };
    for (const QChar c : text) {
        if (c.isSpace() || (c.unicode() < 0x80 && !c.isLetter())) {
            endWord();
            continue;
        }
        word += c;
        nonAscii = nonAscii || c.unicode() >= 0x80;
    }
    endWord();
    return score;
}

// The inverse of a decoding table.
struct EncoderTable
{
    QHash<char16_t, char> letters; // a character and its byte
    // Combining marks (in NFD order) and the byte that writes them after a lower-case or a
    // capital letter (the same byte but for VNI).
    QHash<QString, char> lowerMarks;
    QHash<QString, char> upperMarks;
};

EncoderTable buildEncoderTable(Encoding encoding)
{
    EncoderTable table;
    char16_t storage = 0;
    const auto add = [&](int byte) {
        const QStringView text = byteText(static_cast<uchar>(byte), encoding, storage);
        if (text.front() == Replacement || (byte < 0x20 && text.front() == QChar(byte))) {
            return;
        }
        if (text.front().isMark()) {
            QString key = QStringLiteral("a");
            key += text;
            key = key.normalized(QString::NormalizationForm_D).mid(1);
            const bool capitalOnly = encoding == Encoding::Vni && byte < 0xE0;
            const bool lowerOnly = encoding == Encoding::Vni && byte >= 0xE0;
            if (!capitalOnly) {
                table.lowerMarks.insert(key, static_cast<char>(byte));
            }
            if (!lowerOnly) {
                table.upperMarks.insert(key, static_cast<char>(byte));
            }
            return;
        }
        // The VNI fonts keep the Windows-1252 characters they have no use for; a Vietnamese
        // letter among them (ý, Ý) is written the VNI way, as a letter and a mark.
        const bool vniFallback
            = encoding == Encoding::Vni && (byte < 0xC0 || *legacy::vniHigh[byte - 0xC0] == 0);
        if (vniFallback && VietnameseText::isVietnameseLetter(text.front())) {
            return;
        }
        if (!table.letters.contains(text.front().unicode())) {
            table.letters.insert(text.front().unicode(), static_cast<char>(byte));
        }
    };
    for (int byte = 0x01; byte < 0x20; ++byte) {
        add(byte);
    }
    for (int byte = 0x80; byte <= 0xFF; ++byte) {
        add(byte);
    }
    return table;
}

const EncoderTable& encoderTable(Encoding encoding)
{
    static const EncoderTable tcvn3 = buildEncoderTable(Encoding::Tcvn3);
    static const EncoderTable vni = buildEncoderTable(Encoding::Vni);
    static const EncoderTable windows1258 = buildEncoderTable(Encoding::Windows1258);
    switch (encoding) {
        case Encoding::Tcvn3:
            return tcvn3;
        case Encoding::Vni:
            return vni;
        default:
            return windows1258;
    }
}

std::optional<char> letterByte(const EncoderTable& table, QChar c)
{
    if (c.unicode() < 0x80) {
        return static_cast<char>(c.unicode());
    }
    const auto found = table.letters.constFind(c.unicode());
    if (found == table.letters.cend()) {
        return std::nullopt;
    }
    return *found;
}

// A character the encoding has no byte for, written as a letter with some of its marks
// followed by a byte for the other marks: "ế" as "ê" + acute in Windows-1258, "e" + "á" in VNI.
// The fewest marks go to the mark byte.
QByteArray encodeDecomposed(const EncoderTable& table, QChar c)
{
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    const QChar base = decomposed.front();
    const QString marks = decomposed.mid(1);
    const auto& markBytes = c.isUpper() ? table.upperMarks : table.lowerMarks;
    const unsigned subsets = 1U << std::min<qsizetype>(marks.size(), 8);
    for (size_t count = 1; count <= size_t(marks.size()); ++count) {
        for (unsigned subset = 1; subset < subsets; ++subset) {
            if (std::bitset<8>(subset).count() != count) {
                continue;
            }
            QString head(base);
            QString tail;
            for (qsizetype i = 0; i < marks.size(); ++i) {
                ((subset & (1U << i)) != 0 ? tail : head) += marks.at(i);
            }
            head = head.normalized(QString::NormalizationForm_C);
            const std::optional<char> letter
                = head.size() == 1 ? letterByte(table, head.front()) : std::nullopt;
            const auto mark = markBytes.constFind(tail);
            if (letter && mark != markBytes.cend()) {
                return QByteArray(1, *letter) + *mark;
            }
        }
    }
    return QByteArrayLiteral("?");
}

} // namespace

LegacyEncoding::Encoding LegacyEncoding::detect(const QByteArray& data)
{
    const QByteArrayView sample = sampleOf(data);
    if (sample.isEmpty()) { // ASCII
        return Encoding::Utf8;
    }
    const std::optional<QString> utf8 = fromUtf8(sample);
    if (utf8 && VietnameseText::hasVietnameseLetters(*utf8)) {
        return Encoding::Utf8;
    }
    // (UTF-8 without Vietnamese letters has no word that scores, so it is not a candidate.)
    Encoding best = Encoding::Unknown;
    int bestScore = 0;
    for (const Encoding candidate : {Encoding::Tcvn3, Encoding::Vni, Encoding::Windows1258}) {
        const int score = plausibility(decodeSingleByte(sample, candidate));
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best == Encoding::Unknown && utf8 ? Encoding::Utf8 : best;
}

QString LegacyEncoding::decode(const QByteArray& data, Encoding encoding)
{
    switch (encoding) {
        case Encoding::Utf8:
            return QString::fromUtf8(withoutBom(data)).normalized(QString::NormalizationForm_C);
        case Encoding::Tcvn3:
        case Encoding::Vni:
        case Encoding::Windows1258:
            return decodeSingleByte(data, encoding);
        case Encoding::Unknown:
            break;
    }
    if (const std::optional<QString> text = fromUtf8(data)) {
        return text->normalized(QString::NormalizationForm_C);
    }
    return decodeSingleByte(data, Encoding::Windows1258);
}

QString LegacyEncoding::toUnicode(const QByteArray& data, Encoding* detected)
{
    const Encoding encoding = detect(data);
    if (detected != nullptr) {
        *detected = encoding;
    }
    return decode(data, encoding);
}

QByteArray LegacyEncoding::encode(const QString& text, Encoding encoding)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    if (encoding == Encoding::Utf8 || encoding == Encoding::Unknown) {
        return composed.toUtf8();
    }
    const EncoderTable& table = encoderTable(encoding);
    QByteArray bytes;
    bytes.reserve(composed.size() * 2);
    for (const QChar c : composed) {
        const auto mark = table.lowerMarks.constFind(QString(c)); // a mark on no letter
        if (const std::optional<char> letter = letterByte(table, c)) {
            bytes += *letter;
        } else if (mark != table.lowerMarks.cend()) {
            bytes += *mark;
        } else {
            bytes += encodeDecomposed(table, c);
        }
    }
    return bytes;
}

QString LegacyEncoding::name(Encoding encoding)
{
    switch (encoding) {
        case Encoding::Utf8:
            return QStringLiteral("UTF-8");
        case Encoding::Tcvn3:
            return QStringLiteral("TCVN3 (ABC)");
        case Encoding::Vni:
            return QStringLiteral("VNI Windows");
        case Encoding::Windows1258:
            return QStringLiteral("Windows-1258");
        case Encoding::Unknown:
            break;
    }
    return tr("unknown");
}

} // namespace danhgia
