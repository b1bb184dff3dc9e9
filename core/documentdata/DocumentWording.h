#pragma once

#include <QString>

namespace danhgia {

// The fixed wording of printed documents, kept as data in resources/documents/wording.vi.json.
// Official documents are written in Vietnamese whatever language the program speaks (Decree
// 30/2020/NĐ-CP), so their wording is not translated with the user interface; a legal officer
// can review it in one file.
class DocumentWording
{
public:
    // The text under `key`; "⟦key⟧" when the file lacks it (a test fails on that mark).
    static QString text(const char* key);
    static bool contains(const char* key);
};

} // namespace danhgia
