#pragma once

#include <QString>

namespace danhgia {

// The spelling rules of a Vietnamese syllable (a written word between spaces): an optional
// initial consonant (b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x), a
// vowel nucleus from the closed list of Vietnamese vowels, diphthongs and triphthongs, an
// optional final consonant (c ch m n ng nh p t), and at most one tone mark, placed on a vowel
// of the nucleus. LegacyEncoding uses it to tell a right decoding ("Nguyễn") from a wrong
// one ("NguyÔn", "Nguyeãn").
class VietnameseSyllable
{
public:
    // Whether the word, in any case and normal form, is spelled as a Vietnamese syllable.
    // Accepts both the old and the new tone placement ("hóa" and "hoá", "thúy" and "thuý").
    // Checks spelling, not the dictionary: "nguyeng" passes, "nguyôn" and "viöt" do not.
    // Words with letters Vietnamese does not use (f j w z) fail.
    static bool isValid(const QString& word);
    // Whether the word, in any case and normal form, is one of some 270 syllables with
    // diacritics that make up most of the words of Vietnamese names and of administrative
    // text ("Nguyễn", "Văn", "Thị", "Sở", "Nội", "vụ"...). A wrong decoding can be spelled
    // right by chance ("Vón" for "Văn"), but is rarely a common word.
    static bool isCommon(const QString& word);
};

} // namespace danhgia
