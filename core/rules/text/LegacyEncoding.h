#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace danhgia {

// Reads Vietnamese text saved in the encodings used before Unicode, as found in old Excel
// sheets and CSV staff lists:
// - TCVN3 (ABC): TCVN 5712:1993, fonts .VnTime, .VnArial; one byte per letter ("NguyÔn" when
//   opened as Latin-1 is "Nguyễn", "ViÖt Nam" is "Việt Nam"). Capitals with a tone have codes
//   only in the full VN1 table; .VnTime files usually write capitals with the lower-case codes
//   in the capital fonts (.VnTimeH), which this class reads as lower case.
// - VNI Windows: fonts VNI-Times, VNI-Helve; an ASCII letter followed by a byte that draws its
//   marks ("Nguyeãn" is "Nguyễn", "Vieät Nam" is "Việt Nam").
// - Windows-1258: Microsoft's Vietnamese code page, letters partly precomposed and partly
//   followed by a combining tone mark. Decoded with a table of its own, since Qt's decoders
//   do not have this code page everywhere.
// - UTF-8, which is returned unchanged (but for the byte order mark and NFC).
// All results are NFC.
class LegacyEncoding
{
    Q_DECLARE_TR_FUNCTIONS(LegacyEncoding)

public:
    enum class Encoding
    {
        Utf8,
        Tcvn3,
        Vni,
        Windows1258,
        Unknown,
    };

    // Guesses the encoding of a file or cell. Plain ASCII and valid UTF-8 with Vietnamese
    // letters are Utf8. Otherwise each candidate decoding (Tcvn3, Vni, Windows1258) is scored
    // by its words that have non-ASCII characters: +3 for a common Vietnamese syllable, +2 for
    // another word spelled as a Vietnamese syllable, -1 for any other word; the highest score
    // wins, ties going to the earlier of Tcvn3, Vni, Windows1258. When no candidate scores
    // above 0 the result is Utf8 for valid UTF-8 and Unknown otherwise. A whole list is
    // recognised reliably; a single short cell ("Lưu Thu Giang") may be ambiguous.
    // Looks at 256 KiB from the first line with a non-ASCII byte. Deterministic: the same
    // bytes give the same answer.
    static Encoding detect(const QByteArray& data);

    // The text of the bytes in the given encoding, NFC. Bytes that the encoding does not
    // define become U+FFFD. Unknown decodes as UTF-8 when the bytes are valid UTF-8, and as
    // Windows-1258 otherwise (which reads Western European text like Windows-1252).
    static QString decode(const QByteArray& data, Encoding encoding);
    // detect() then decode(); the encoding found is stored in *detected when given.
    static QString toUnicode(const QByteArray& data, Encoding* detected = nullptr);

    // The bytes of the text in the encoding (the inverse of decode(), for exports to old
    // systems and for tests). Characters the encoding cannot write become '?'. TCVN3 writes
    // capitals with a tone with their VN1 codes, which the .VnTime fonts do not draw. Utf8
    // and Unknown give UTF-8.
    static QByteArray encode(const QString& text, Encoding encoding);

    // The name to show: "UTF-8", "TCVN3 (ABC)", "VNI Windows", "Windows-1258", or
    // "unknown" in the user's language.
    static QString name(Encoding encoding);
};

} // namespace danhgia
