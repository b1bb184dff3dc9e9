#pragma once

#include <QString>
#include <QStringList>

namespace danhgia {

// Installs the application's translations (embedded in the core library) and Qt's own for a
// language: for Vietnamese, the catalogue of Qt's texts the project carries
// (translations/qtbase_vi.ts), since Qt ships none. The app and the CLI start in Vietnamese;
// tests may pick English.
class AppLanguage
{
public:
    static constexpr const char* DefaultLanguage = "vi";

    static QStringList available(); // "vi", "en"
    // Replaces the translators installed by an earlier call. Returns false when the language
    // has no translation file (the English source text is used then).
    static bool install(const QString& language);
    static QString current();
};

} // namespace danhgia
