#pragma once

#include <QFont>
#include <QString>

namespace danhgia {

// The typeface of printed documents. Decree 30/2020/NĐ-CP asks for Times New Roman; where it is
// not installed (Linux, a bare Windows image) the bundled Liberation Serif is used: it has the
// same metrics and covers Vietnamese, and it is embedded in every PDF, so a document lays out the
// same everywhere. Needs a QGuiApplication (the font database belongs to the platform).
class DocumentFonts
{
public:
    // "Times New Roman" when installed, otherwise the bundled "Liberation Serif". Setting the
    // environment variable DANHGIA_DOCUMENT_FONT=bundled forces the bundled font (the tests and
    // the reference pictures use it, so they do not depend on the machine).
    static QString serifFamily();
    static QFont serif(qreal pointSize);
    // Registers the bundled font files once; false when one of them could not be loaded.
    static bool registerBundledFonts();
};

} // namespace danhgia
