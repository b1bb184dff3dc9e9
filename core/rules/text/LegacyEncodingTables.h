#pragma once

// The byte-to-Unicode tables of the legacy Vietnamese encodings read by LegacyEncoding. Data
// only; the sources of each table are cited in LegacyEncodingTables.cpp.

namespace danhgia::legacy {

// TCVN 5712:1993 (the "ABC" code, fonts .VnTime/.VnArial): the character of each byte
// 0x80..0xFF, and of each byte 0x00..0x1F (the control range, where VN1 puts 12 capitals).
// Every byte has a character: 0xB0..0xB4 are the combining tone marks.
extern const char16_t tcvn3High[128];
extern const char16_t tcvn3Control[32];

// Windows-1258 (Microsoft's Vietnamese code page): the character of each byte 0x80..0xFF;
// 0 where the code page leaves the byte undefined.
extern const char16_t windows1258High[128];

// Windows-1252: the character of each byte 0x80..0x9F (0 where undefined); 0xA0..0xFF are
// the Latin-1 characters of the same number.
extern const char16_t windows1252Controls[32];

// VNI Windows (fonts VNI-Times, VNI-Helve...): what each byte 0xC0..0xFF stands for, a letter
// or one or two combining marks written after the base letter; an empty string where the VNI
// fonts keep the Windows-1252 character.
extern const char16_t* const vniHigh[64];

} // namespace danhgia::legacy
