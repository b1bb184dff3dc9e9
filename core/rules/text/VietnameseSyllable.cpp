#include "text/VietnameseSyllable.h"

#include <QSet>
#include <QStringView>

#include <algorithm>

namespace danhgia {

namespace {

constexpr char16_t Acute = 0x0301;
constexpr char16_t DotBelow = 0x0323;

// Longest first, so that "ngh" is tried before "ng" and "n".
const char16_t* const initials[]
    = {u"ngh", u"ng", u"gh", u"gi", u"kh", u"nh", u"ph", u"th", u"tr", u"ch", u"qu", u"b", u"c", u"d",
       u"đ",   u"g",  u"h",  u"k",  u"l",  u"m",  u"n",  u"p",  u"r",  u"s",  u"t",  u"v", u"x"};
const char16_t* const finals[] = {u"ch", u"ng", u"nh", u"c", u"m", u"n", u"p", u"t"};

// Nuclei of syllables without a final consonant ("hai", "của", "người", "khuya")...
const char16_t* const openNuclei[]
    = {u"a",   u"e",   u"ê",   u"i",   u"o",   u"ô",   u"ơ",   u"u",   u"ư",   u"y",   u"ai",
       u"ao",  u"au",  u"ay",  u"âu",  u"ây",  u"eo",  u"êu",  u"ia",  u"iu",  u"oa",  u"oe",
       u"oi",  u"ôi",  u"ơi",  u"ua",  u"uê",  u"ui",  u"uơ",  u"uy",  u"ưa",  u"ưi",  u"ưu",
       u"iêu", u"yêu", u"oai", u"oay", u"oeo", u"uây", u"uôi", u"ươi", u"ươu", u"uya", u"uyu"};
// ...and with one ("ăn", "tiên", "Nguyễn", "xoong").
const char16_t* const closedNuclei[]
    = {u"a",  u"ă",  u"â",  u"e",  u"ê",  u"i",  u"o",  u"ô",  u"ơ",  u"u",  u"ư",  u"iê",
       u"yê", u"oa", u"oă", u"oe", u"oo", u"uâ", u"uê", u"uô", u"ươ", u"uy", u"uyê"};

// Common syllables with diacritics, NFC: family, middle and given names, and the words of job
// titles, units and forms.
const char16_t* const commonSyllables[] = {
    u"bình",   u"bích",   u"bùi",    u"bảo",    u"bậc",    u"bộ",    u"chuyên", u"chánh",  u"châu",
    u"chính",  u"chú",    u"chủ",    u"chức",   u"các",    u"cán",   u"có",     u"công",   u"cũng",
    u"cường",  u"cộng",   u"cục",    u"của",    u"diệp",   u"diệu",  u"doãn",   u"dân",    u"dũng",
    u"dương",  u"dục",    u"dựng",   u"giá",    u"giám",   u"giáo",  u"hiên",   u"hiếu",   u"hiền",
    u"hiển",   u"hiệp",   u"hiệu",   u"hoà",    u"hoài",   u"hoàn",  u"hoàng",  u"hoá",    u"hoạch",
    u"huyền",  u"huyện",  u"huỳnh",  u"hà",     u"hành",   u"hòa",   u"hóa",    u"hùng",   u"hưng",
    u"hương",  u"hạng",   u"hạnh",   u"hải",    u"hậu",    u"hằng",  u"hệ",     u"họ",     u"học",
    u"hồ",     u"hồng",   u"hộ",     u"hội",    u"hữu",    u"khuê",  u"khánh",  u"khôi",   u"không",
    u"khải",   u"kiều",   u"kế",     u"kết",    u"loại",   u"luân",  u"làm",    u"lâm",    u"lê",
    u"lý",     u"lưu",    u"lương",  u"lượng",  u"lễ",     u"lệ",    u"lịch",   u"lộc",    u"lợi",
    u"lụa",    u"lực",    u"môi",    u"mạnh",   u"mến",    u"một",   u"mức",    u"mỹ",     u"nghiệp",
    u"nghĩa",  u"nghệ",   u"nguyên", u"nguyễn", u"nguyệt", u"ngày",  u"ngô",    u"ngũ",    u"người",
    u"ngọc",   u"nhiều",  u"nhiệm",  u"nhàn",   u"nhân",   u"nhã",   u"như",    u"nhật",   u"những",
    u"này",    u"nông",   u"năm",    u"năng",   u"nội",    u"pháp",  u"phát",   u"phòng",  u"phó",
    u"phú",    u"phúc",   u"phương", u"phường", u"phượng", u"phạm",  u"phải",   u"phố",    u"quách",
    u"quân",   u"quý",    u"quả",    u"quản",   u"quận",   u"quế",   u"quốc",   u"quỳnh",  u"sách",
    u"sáng",   u"sơn",    u"sắc",    u"số",     u"sở",     u"sử",    u"thuý",   u"thuận",  u"thuỷ",
    u"thành",  u"thái",   u"tháng",  u"thôn",   u"thông",  u"thúy",  u"thư",    u"thưởng", u"thảo",
    u"thắng",  u"thế",    u"thể",    u"thị",    u"thịnh",  u"thủy",  u"thứ",    u"tiên",   u"tiến",
    u"toàn",   u"toán",   u"triển",  u"triệu",  u"truyền", u"trà",   u"trâm",   u"trên",   u"trí",
    u"trương", u"trường", u"trưởng", u"trấn",   u"trần",   u"trịnh", u"trọng",  u"trữ",    u"tuấn",
    u"tài",    u"tâm",    u"tên",    u"tình",   u"tín",    u"tô",    u"tùng",   u"tú",     u"tư",
    u"tươi",   u"tường",  u"tạ",     u"tạo",    u"tải",    u"tế",    u"tỉnh",   u"tịch",   u"tịnh",
    u"tốt",    u"tổ",     u"tổng",   u"từ",     u"uyên",   u"uỷ",    u"viên",   u"việc",   u"việt",
    u"và",     u"vân",    u"võ",     u"văn",    u"vĩnh",   u"vũ",    u"vương",  u"vận",    u"về",
    u"vị",     u"với",    u"vụ",     u"xuân",   u"xuất",   u"xây",   u"xã",     u"xếp",    u"yên",
    u"yến",    u"ánh",    u"ý",      u"đinh",   u"điều",   u"điểm",  u"điệp",   u"đoàn",   u"đua",
    u"đào",    u"đánh",   u"đã",     u"đình",   u"đó",     u"đông",  u"đơn",    u"được",   u"đại",
    u"đạt",    u"đảng",   u"đầu",    u"đẳng",   u"đặng",   u"đến",   u"để",     u"đốc",    u"đồng",
    u"đỗ",     u"độ",     u"động",   u"đức",    u"ủy",
};

template <size_t N> bool listed(const char16_t* const (&list)[N], QStringView text)
{
    return std::any_of(std::begin(list), std::end(list),
                       [text](const char16_t* item) { return text == QStringView(item); });
}

bool isTone(char16_t c)
{
    return c == 0x0300 || c == Acute || c == 0x0303 || c == 0x0309 || c == DotBelow;
}

bool isVowel(QChar c)
{
    return QStringView(u"aăâeêioôơuưy").contains(c);
}

bool hasVowelMark(QChar c)
{
    return QStringView(u"ăâêôơư").contains(c);
}

// Spelling rules that tie the initial to the first vowel: k, gh, ngh before e ê i (k also
// before y); c, g, ng never there.
bool initialFitsVowel(QStringView initial, QChar front)
{
    const bool frontVowel = QStringView(u"eêi").contains(front);
    if (initial == u"gh" || initial == u"ngh") {
        return frontVowel;
    }
    if (initial == u"k") {
        return frontVowel || front == u'y';
    }
    if (initial == u"c") {
        return !frontVowel && front != u'y';
    }
    if (initial == u"ng") {
        return !frontVowel;
    }
    if (initial == u"g") { // "gi" before a consonant ("gìn") is g + i
        return front != u'e' && front != u'ê';
    }
    return true;
}

// The tone sits on a vowel of the nucleus: on the one with a vowel mark when there is one (on
// ơ in ươ); never on the closing i, y, o, u of an open diphthong ("hài", not "haì"), nor on the
// a of ia, ua.
bool toneFits(QStringView nucleus, qsizetype at, bool open)
{
    if (at < 0 || at >= nucleus.size()) {
        return false;
    }
    if (std::any_of(nucleus.begin(), nucleus.end(), hasVowelMark)) {
        return hasVowelMark(nucleus.at(at));
    }
    if (!open || nucleus.size() < 2 || at != nucleus.size() - 1 || nucleus == u"uy") {
        return true;
    }
    return !QStringView(u"iyou").contains(nucleus.back()) && nucleus != u"ia" && nucleus != u"ua";
}

} // namespace

bool VietnameseSyllable::isValid(const QString& word)
{
    // Split off the tone: NFD puts every mark after its letter; the vowel marks (circumflex,
    // breve, horn) stay with the letters, the tone is remembered with the letter it is on.
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString letters;
    char16_t tone = 0;
    qsizetype toneAt = -1;
    qsizetype count = 0;
    for (const QChar c : decomposed) {
        if (isTone(c.unicode())) {
            if (tone != 0 || count == 0) {
                return false;
            }
            tone = c.unicode();
            toneAt = count - 1;
            continue;
        }
        if (!c.isMark()) {
            ++count;
        }
        letters += c;
    }
    const QString base = letters.normalized(QString::NormalizationForm_C);
    if (base.isEmpty() || base.size() > 7) { // "nghiêng" is the longest
        return false;
    }
    const QStringView alphabet(u"abcdđeghiklmnopqrstuvxyăâêôơư");
    if (!std::all_of(base.begin(), base.end(), [alphabet](QChar c) { return alphabet.contains(c); })) {
        return false;
    }

    QStringView rest(base);
    QStringView initial;
    for (const char16_t* candidate : initials) {
        if (rest.startsWith(QStringView(candidate))) {
            initial = QStringView(candidate);
            break;
        }
    }
    const bool vowelAfterTwo = rest.size() > 2 && isVowel(rest.at(2));
    if (initial == u"gi" && !vowelAfterTwo) {
        initial = QStringView(u"g");
    }
    if (initial == u"qu" && !vowelAfterTwo) {
        return false;
    }
    rest = rest.mid(initial.size());

    QStringView final;
    for (const char16_t* candidate : finals) {
        const QStringView consonant(candidate);
        if (rest.size() > consonant.size() && rest.endsWith(consonant)) {
            final = consonant;
            break;
        }
    }
    const QStringView nucleus = rest.chopped(final.size());
    if (nucleus.isEmpty() || !std::all_of(nucleus.begin(), nucleus.end(), isVowel)) {
        return false;
    }
    const bool open = final.isEmpty();
    if (!(open ? listed(openNuclei, nucleus) : listed(closedNuclei, nucleus))) {
        return false;
    }
    if (!initialFitsVowel(initial, nucleus.front())) {
        return false;
    }
    if ((final == u"ch" || final == u"nh") && !QStringView(u"aêiy").contains(nucleus.back())) {
        return false;
    }
    // Syllables closed by c, ch, p, t take only the acute or the dot below.
    const bool stop = final == u"c" || final == u"ch" || final == u"p" || final == u"t";
    if (stop && tone != Acute && tone != DotBelow) {
        return false;
    }
    return tone == 0 || toneFits(nucleus, toneAt - initial.size(), open);
}

bool VietnameseSyllable::isCommon(const QString& word)
{
    static const QSet<QString> common = [] {
        QSet<QString> set;
        for (const char16_t* item : commonSyllables) {
            set.insert(QString::fromUtf16(item));
        }
        return set;
    }();
    return common.contains(word.toLower().normalized(QString::NormalizationForm_C));
}

} // namespace danhgia
