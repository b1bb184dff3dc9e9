#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace danhgia::test {

// Finds the English a Vietnamese user would see in a window: the visible texts of its widgets
// (window title, labels, buttons, group titles, tab texts, tooltips, line edits and their
// placeholders, every item of a combo box, the headers of tables and lists) and the cells of its
// item views. A text is English when
//   1. it is, apart from its mnemonic "&", the English source text of a message of the project's
//      translations (translations/danhgia_vi.ts, and qtbase_vi.ts for Qt's own dialogs) whose
//      Vietnamese differs from it: the translation was not applied; or
//   2. (not for cells, which hold data such as file names) it has a word of two or more ASCII
//      letters that is neither spelled as a Vietnamese syllable (VietnameseSyllable), nor a word
//      of the Vietnamese translations written without its diacritics (the "bieu-do" of a suggested
//      file name), nor in capitals (a code or an abbreviation: PDF, CCHC, UBND), nor one of the
//      few names and technical words a Vietnamese interface keeps (file extensions, Excel, paper
//      sizes, the names of keys).
// Paths are left out (texts with a / or \), and so is the body of a document shown in a text
// browser (the user guide is documentation, checked by its own tests).
class UntranslatedTextFinder
{
public:
    // Reads the English sources and their translations from the project's .ts files.
    explicit UntranslatedTextFinder(const QString& sourceDir);

    // "QLabel «Look in:»" for every English text found in the window (visible widgets only).
    QStringList find(const QWidget* window) const;
    // Whether one text shown to people is English (rules 1 and 2).
    bool isEnglish(const QString& text) const;

    int knownSources() const { return static_cast<int>(m_translated.size()); }

private:
    bool isTranslatedSource(const QString& text) const;
    static QString withoutMnemonic(QString text);

    QSet<QString> m_translated; // English sources whose translation differs
    QSet<QString> m_plainWords; // Vietnamese words of the translations, without diacritics
};

} // namespace danhgia::test
