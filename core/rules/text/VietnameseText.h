#pragma once

#include <QString>
#include <QStringList>

namespace danhgia {

// Vietnamese text as people type and search it: one normal form for storage, search keys that
// ignore case and diacritics, and the order of people's names used in Vietnamese lists.
class VietnameseText
{
public:
    // NFC (the precomposed form: "ễ" is one character, whatever the keyboard or the old file
    // produced), trimmed, and every run of white space inside (tabs, no-break spaces, new
    // lines) made one space.
    static QString normalize(const QString& text);

    // The text lower-cased, without tones and vowel marks, with đ/Đ as d and white space
    // collapsed: "Nguyễn  Văn Á" -> "nguyen van a", "Đỗ" -> "do". Two texts that a user would
    // call "the same when typed without accents" have the same key.
    static QString searchKey(const QString& text);
    // Whether the query, typed with or without accents, occurs in the text: "nguyen van a"
    // matches "Nguyễn Văn A", "d" matches "Đỗ". An empty (or blank) query matches everything.
    // Filters over long lists should keep the searchKey() of each row and compare keys.
    static bool matches(const QString& haystack, const QString& query);
    // A file name part from a title: the search key with every run of other characters than
    // a-z and 0-9 made one "-": "Biên bản thẩm định - Sở Y tế" -> "bien-ban-tham-dinh-so-y-te".
    static QString fileNameSlug(const QString& text);

    // Vietnamese personal names are written family name first, middle name(s), given name last
    // ("Nguyễn Thị An": family Nguyễn, middle Thị, given An). Some ten family names (Nguyễn,
    // Trần, Lê, Phạm...) are shared by most of the population, so an order by the first word
    // groups half a list under "Nguyễn" and finds nobody; people are known and called by their
    // given name, and official lists (staff lists, appraisal results, exam and voter lists)
    // are sorted by given name, then family name, then middle name. These functions do that,
    // comparing words in the Vietnamese alphabet order (a ă â b c d đ e ê ... ơ p ... ư v x y,
    // tones after the letter) of ICU's Vietnamese collation, ignoring case.
    //
    // The name rearranged to that order: "Nguyễn Thị Minh Khai" -> "Khai Nguyễn Thị Minh".
    static QString personSortKey(const QString& fullName);
    // Negative, zero or positive as a sorts before, with or after b. Names equal in every word
    // are ordered by case and then code points, so the order is total and deterministic.
    static int comparePersonNames(const QString& a, const QString& b);
    // Sorts in that order (stable).
    static void sortPeople(QStringList& names);

    // Whether c is one of the 134 precomposed letters of Vietnamese with a diacritic
    // (à ả ã á ạ ă ... ỵ đ and their capitals).
    static bool isVietnameseLetter(QChar c);
    // Whether the text (in any normal form) has at least one of those letters.
    static bool hasVietnameseLetters(const QString& text);
};

} // namespace danhgia
