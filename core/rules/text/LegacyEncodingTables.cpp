#include "text/LegacyEncodingTables.h"

namespace danhgia::legacy {

// clang-format off

// TCVN 5712:1993, the Vietnamese standard 8-bit character code for information interchange,
// table VN1 (the code is known as TCVN3 or ABC after its fonts). VN3, the subset that
// the .VnTime fonts draw, has the 67 lower-case letters at 0xA8..0xFE (minus the positions
// listed below) and the 7 capitals Ă Â Ê Ô Ơ Ư Đ at 0xA1..0xA7; upper-case text was written with
// the same lower-case codes in the separate .VnTimeH fonts. VN1 adds the other capitals in the
// positions VN3 leaves free: 0x80..0x9F, 0xAF, 0xBA, 0xBF..0xC5, 0xCD, 0xD9..0xDB, 0xE0, 0xF0,
// 0xFF, and 12 bytes of the control range. 0xB0..0xB4 are the five tone marks (combining).
const char16_t tcvn3High[128] = {
    // 0x80  À       Ả       Ã       Á       Ạ       Ặ       Ậ       È
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,
    // 0x88  Ẻ       Ẽ       É       Ẹ       Ệ       Ì       Ỉ       Ĩ
    0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
    // 0x90  Í       Ị       Ò       Ỏ       Õ       Ó       Ọ       Ộ
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,
    // 0x98  Ờ       Ở       Ỡ       Ớ       Ợ       Ù       Ủ       Ũ
    0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
    // 0xA0  NBSP    Ă       Â       Ê       Ô       Ơ       Ư       Đ
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
    // 0xA8  ă       â       ê       ô       ơ       ư       đ       Ằ
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    // 0xB0  ◌̀       ◌̉       ◌̃       ◌́       ◌̣       à       ả       ã
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
    // 0xB8  á       ạ       Ẳ       ằ       ẳ       ẵ       ắ       Ẵ
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    // 0xC0  Ắ       Ầ       Ẩ       Ẫ       Ấ       Ề       ặ       ầ
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
    // 0xC8  ẩ       ẫ       ấ       ậ       è       Ể       ẻ       ẽ
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    // 0xD0  é       ẹ       ề       ể       ễ       ế       ệ       ì
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
    // 0xD8  ỉ       Ễ       Ế       Ồ       ĩ       í       ị       ò
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    // 0xE0  Ổ       ỏ       õ       ó       ọ       ồ       ổ       ỗ
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    // 0xE8  ố       ộ       ờ       ở       ỡ       ớ       ợ       ù
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    // 0xF0  Ỗ       ủ       ũ       ú       ụ       ừ       ử       ữ
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
    // 0xF8  ứ       ự       ỳ       ỷ       ỹ       ý       ỵ       Ố
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
};

// TCVN 5712:1993 VN1, bytes 0x00..0x1F: the controls used in text files (tab, line feed,
// carriage return, escape...) stay; 0x01, 0x02, 0x04..0x06 and 0x11..0x17 are capitals.
const char16_t tcvn3Control[32] = {
    // 0x00  NUL     Ú       Ụ       ETX     Ừ       Ử       Ữ       BEL
    0x0000, 0x00DA, 0x1EE4, 0x0003, 0x1EEA, 0x1EEC, 0x1EEE, 0x0007,
    0x0008, 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x000E, 0x000F,
    // 0x10  DLE     Ứ       Ự       Ỳ       Ỷ       Ỹ       Ý       Ỵ
    0x0010, 0x1EE8, 0x1EF0, 0x1EF2, 0x1EF6, 0x1EF8, 0x00DD, 0x1EF4,
    0x0018, 0x0019, 0x001A, 0x001B, 0x001C, 0x001D, 0x001E, 0x001F,
};

// Windows-1258, Microsoft's "Vietnamese (Windows)" code page (as in its best-fit table
// bestfit1258.txt): Windows-1252 with Ă ă Ơ ơ Ư ư Đ đ ₫ and the five combining tone marks in
// place of some Western letters. Letters with a tone are written as letter + tone mark, except
// where the code page has the letter itself (à á â è é ê í ó ô ù ú ă đ ơ ư and capitals).
const char16_t windows1258High[128] = {
    // 0x80
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0000, 0x2039, 0x0152, 0x0000, 0x0000, 0x0000,
    // 0x90
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0000, 0x203A, 0x0153, 0x0000, 0x0000, 0x0178,
    // 0xA0
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    // 0xB0
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    // 0xC0  À       Á       Â       Ă       Ä       Å       Æ       Ç
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    // 0xC8  È       É       Ê       Ë       ◌̀       Í       Î       Ï
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
    // 0xD0  Đ       Ñ       ◌̉       Ó       Ô       Ơ       Ö       ×
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,
    // 0xD8  Ø       Ù       Ú       Û       Ü       Ư       ◌̃       ß
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
    // 0xE0  à       á       â       ă       ä       å       æ       ç
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    // 0xE8  è       é       ê       ë       ◌́       í       î       ï
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
    // 0xF0  đ       ñ       ◌̣       ó       ô       ơ       ö       ÷
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,
    // 0xF8  ø       ù       ú       û       ü       ư       ₫       ÿ
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
};

// Windows-1252, bytes 0x80..0x9F (Microsoft's bestfit1252.txt); used under the VNI fonts.
const char16_t windows1252Controls[32] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000, 0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,
};

// VNI Windows, the code of the VNI fonts (VNI Software Co., Ho Chi Minh City): a Vietnamese
// letter is its ASCII base letter followed by one byte that draws the marks over or under it;
// the lower-case and the capital fonts' marks sit 0x20 apart (ù/Ù acute, ø/Ø grave, û/Û hook,
// õ/Õ tilde, ï/Ï dot below, â/Â circumflex, ê/Ê breve, á à å ã ä circumflex with a tone,
// é è ú ü ë breve with a tone). Ơ Ư Đ and the i's with a tone have bytes of their own (ô ö ñ
// ì í æ ó ò), and so has ỵ (î); ơ and ư take the tone bytes too: "ôø" is ờ, "öù" is ứ.
// Examples: "Vieät Nam" Việt Nam, "Nguyeãn" Nguyễn, "Tröôøng" Trường, "Ñaø Naüng" Đà Nẵng.
const char16_t* const vniHigh[64] = {
    u"\u0302\u0300", // 0xC0 À  capital circumflex + grave: AÀ = Ầ
    u"\u0302\u0301", // 0xC1 Á  circumflex + acute: AÁ = Ấ
    u"\u0302", //       0xC2 Â  circumflex: AÂ = Â, EÂ = Ê, OÂ = Ô
    u"\u0302\u0303", // 0xC3 Ã  circumflex + tilde
    u"\u0302\u0323", // 0xC4 Ä  circumflex + dot below
    u"\u0302\u0309", // 0xC5 Å  circumflex + hook above
    u"\u1EC8", //       0xC6 Æ  Ỉ
    u"", //             0xC7 Ç
    u"\u0306\u0300", // 0xC8 È  breve + grave: AÈ = Ằ
    u"\u0306\u0301", // 0xC9 É  breve + acute
    u"\u0306", //       0xCA Ê  breve: AÊ = Ă
    u"\u0306\u0323", // 0xCB Ë  breve + dot below
    u"\u00CC", //       0xCC Ì  Ì
    u"\u00CD", //       0xCD Í  Í
    u"\u1EF4", //       0xCE Î  Ỵ
    u"\u0323", //       0xCF Ï  dot below
    u"", //             0xD0 Ð
    u"\u0110", //       0xD1 Ñ  Đ
    u"\u1ECA", //       0xD2 Ò  Ị
    u"\u0128", //       0xD3 Ó  Ĩ
    u"\u01A0", //       0xD4 Ô  Ơ
    u"\u0303", //       0xD5 Õ  tilde
    u"\u01AF", //       0xD6 Ö  Ư
    u"", //             0xD7 ×
    u"\u0300", //       0xD8 Ø  grave
    u"\u0301", //       0xD9 Ù  acute
    u"\u0306\u0309", // 0xDA Ú  breve + hook above
    u"\u0309", //       0xDB Û  hook above
    u"\u0306\u0303", // 0xDC Ü  breve + tilde
    u"", //             0xDD Ý
    u"", //             0xDE Þ
    u"", //             0xDF ß
    u"\u0302\u0300", // 0xE0 à  lower-case circumflex + grave: aà = ầ
    u"\u0302\u0301", // 0xE1 á  circumflex + acute
    u"\u0302", //       0xE2 â  circumflex: aâ = â, eâ = ê, oâ = ô
    u"\u0302\u0303", // 0xE3 ã  circumflex + tilde: eã = ễ
    u"\u0302\u0323", // 0xE4 ä  circumflex + dot below: eä = ệ
    u"\u0302\u0309", // 0xE5 å  circumflex + hook above
    u"\u1EC9", //       0xE6 æ  ỉ
    u"", //             0xE7 ç
    u"\u0306\u0300", // 0xE8 è  breve + grave
    u"\u0306\u0301", // 0xE9 é  breve + acute
    u"\u0306", //       0xEA ê  breve: aê = ă
    u"\u0306\u0323", // 0xEB ë  breve + dot below
    u"\u00EC", //       0xEC ì  ì
    u"\u00ED", //       0xED í  í
    u"\u1EF5", //       0xEE î  ỵ
    u"\u0323", //       0xEF ï  dot below
    u"", //             0xF0 ð
    u"\u0111", //       0xF1 ñ  đ
    u"\u1ECB", //       0xF2 ò  ị
    u"\u0129", //       0xF3 ó  ĩ
    u"\u01A1", //       0xF4 ô  ơ
    u"\u0303", //       0xF5 õ  tilde
    u"\u01B0", //       0xF6 ö  ư
    u"", //             0xF7 ÷
    u"\u0300", //       0xF8 ø  grave
    u"\u0301", //       0xF9 ù  acute
    u"\u0306\u0309", // 0xFA ú  breve + hook above
    u"\u0309", //       0xFB û  hook above
    u"\u0306\u0303", // 0xFC ü  breve + tilde
    u"", //             0xFD ý
    u"", //             0xFE þ
    u"", //             0xFF ÿ
};

// clang-format on

} // namespace danhgia::legacy
