#include "text/VietnameseText.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <vector>

namespace danhgia {

namespace {

// The 134 precomposed letters with a diacritic, sorted by code point: every vowel with and
// without a vowel mark, with each of the five tones (the toneless plain vowels excepted),
// and đ; lower case and capitals.
const std::vector<char16_t>& vietnameseLetters()
{
    static const std::vector<char16_t> letters = [] {
        const QString vowels = QStringLiteral("aăâeêioôơuưy");
        const char16_t tones[] = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};
        std::vector<char16_t> list;
        for (const QChar vowel : vowels) {
            for (const char16_t tone : tones) {
                QString letter(vowel);
                if (tone != 0) {
                    letter += QChar(tone);
                }
                letter = letter.normalized(QString::NormalizationForm_C);
                if (letter.size() == 1 && letter.at(0).unicode() >= 0x80) {
                    list.push_back(letter.at(0).unicode());
                    list.push_back(letter.at(0).toUpper().unicode());
                }
            }
        }
        list.push_back(0x0111); // đ
        list.push_back(0x0110); // Đ
        std::sort(list.begin(), list.end());
        return list;
    }();
    return letters;
}

int collate(const QString& a, const QString& b)
{
    // Vietnamese collation (ICU): the alphabet order, tones as secondary differences. One
    // collator per thread: building one is costly, and sharing one across threads is not safe.
    static thread_local const QCollator collator = [] {
        QCollator c{QLocale(QLocale::Vietnamese)};
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator.compare(a, b);
}

// A name split the Vietnamese way: family name, middle name(s), given name.
struct NameParts
{
    QString full;
    QString given;
    QString family;
    QString middle;
};

NameParts nameParts(const QString& fullName)
{
    NameParts parts;
    parts.full = VietnameseText::normalize(fullName);
    const QStringList words = parts.full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return parts;
    }
    parts.given = words.last();
    if (words.size() >= 2) {
        parts.family = words.first();
    }
    if (words.size() >= 3) {
        parts.middle = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
    }
    return parts;
}

int compareParts(const NameParts& a, const NameParts& b)
{
    for (QString NameParts::*member :
         {&NameParts::given, &NameParts::family, &NameParts::middle, &NameParts::full}) {
        const int order = collate(a.*member, b.*member);
        if (order != 0) {
            return order;
        }
    }
    return a.full.compare(b.full);
}

} // namespace

QString VietnameseText::normalize(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString VietnameseText::fileNameSlug(const QString& text)
{
    const QString key = searchKey(text);
    QString slug;
    slug.reserve(key.size());
    for (const QChar c : key) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (plain) {
            slug += c;
        } else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-'))) {
            slug += QLatin1Char('-');
        }
    }
    while (slug.endsWith(QLatin1Char('-'))) {
        slug.chop(1);
    }
    return slug;
}

QString VietnameseText::searchKey(const QString& text)
{
    // Compatibility decomposition also folds full-width letters and ligatures; the marks
    // (tones, circumflex, breve, horn) are then separate characters and are dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        switch (c.unicode()) {
            case 0x0110: // Đ
            case 0x0111: // đ
            case 0x00D0: // Ð, the Icelandic eth that some old fonts and converters used for Đ
                key += QLatin1Char('d');
                break;
            default:
                key += c;
        }
    }
    return key.toCaseFolded().simplified();
}

bool VietnameseText::matches(const QString& haystack, const QString& query)
{
    const QString needle = searchKey(query);
    return needle.isEmpty() || searchKey(haystack).contains(needle);
}

QString VietnameseText::personSortKey(const QString& fullName)
{
    const NameParts parts = nameParts(fullName);
    QStringList words;
    for (const QString& part : {parts.given, parts.family, parts.middle}) {
        if (!part.isEmpty()) {
            words.append(part);
        }
    }
    return words.join(QLatin1Char(' '));
}

int VietnameseText::comparePersonNames(const QString& a, const QString& b)
{
    return compareParts(nameParts(a), nameParts(b));
}

void VietnameseText::sortPeople(QStringList& names)
{
    std::vector<NameParts> parts;
    parts.reserve(static_cast<size_t>(names.size()));
    for (const QString& name : std::as_const(names)) {
        parts.push_back(nameParts(name));
    }
    std::vector<size_t> order(parts.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&parts](size_t x, size_t y) { return compareParts(parts[x], parts[y]) < 0; });
    QStringList sorted;
    sorted.reserve(names.size());
    for (const size_t index : order) {
        sorted.append(names.at(static_cast<qsizetype>(index)));
    }
    names = sorted;
}

bool VietnameseText::isVietnameseLetter(QChar c)
{
    const std::vector<char16_t>& letters = vietnameseLetters();
    return std::binary_search(letters.begin(), letters.end(), c.unicode());
}

bool VietnameseText::hasVietnameseLetters(const QString& text)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    return std::any_of(composed.begin(), composed.end(), [](QChar c) { return isVietnameseLetter(c); });
}

} // namespace danhgia
