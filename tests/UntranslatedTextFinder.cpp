#include "UntranslatedTextFinder.h"

#include "text/VietnameseSyllable.h"
#include "text/VietnameseText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QXmlStreamReader>

#include <algorithm>

namespace danhgia::test {

namespace {

// Words a Vietnamese interface keeps as they are: file types, product names, units and the
// names of paper sizes (as printers and Windows write them).
const QSet<QString>& keptWords()
{
    static const QSet<QString> words{
        QStringLiteral("png"),
        QStringLiteral("pdf"),
        QStringLiteral("csv"),
        QStringLiteral("xlsx"),
        QStringLiteral("xls"),
        QStringLiteral("json"),
        QStringLiteral("sqlite"),
        QStringLiteral("doc"),
        QStringLiteral("docx"),
        QStringLiteral("odt"),
        QStringLiteral("ods"),
        QStringLiteral("jpg"),
        QStringLiteral("jpeg"),
        QStringLiteral("excel"),
        QStringLiteral("libreoffice"),
        QStringLiteral("slovin"), // Slovin's formula of a sample size, a name
        QStringLiteral("windows"),
        QStringLiteral("qt"),
        QStringLiteral("unicode"),
        QStringLiteral("danhgia"),
        QStringLiteral("mm"),
        QStringLiteral("pt"),
        QStringLiteral("letter"),
        QStringLiteral("legal"),
        QStringLiteral("tabloid"),
        QStringLiteral("ledger"),
        QStringLiteral("executive"),
        QStringLiteral("folio"),
        QStringLiteral("quarto"),
        QStringLiteral("statement"),
        QStringLiteral("note"),
        QStringLiteral("super"),
        QStringLiteral("plus"),
        QStringLiteral("monarch"),
        QStringLiteral("personal"),
        QStringLiteral("chou"),
        QStringLiteral("kaku"),
        QStringLiteral("you"),
        QStringLiteral("didot"),
        QStringLiteral("cicero"),
        QStringLiteral("pica"),
        QStringLiteral("inch"),
        QStringLiteral("point"),
        // Keys, named as they are printed on the keyboard.
        QStringLiteral("ctrl"),
        QStringLiteral("shift"),
        QStringLiteral("alt"),
        QStringLiteral("enter"),
        QStringLiteral("insert"),
        QStringLiteral("delete"),
        QStringLiteral("space"),
        QStringLiteral("esc"),
        QStringLiteral("home"),
        QStringLiteral("end"),
        QStringLiteral("backspace"),
    };
    return words;
}

bool isAscii(const QString& word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// The Vietnamese words of the translations written without diacritics ("biểu" -> "bieu"), as file
// names suggested by the program write them.
void addPlainWords(const QString& translation, QSet<QString>* plainWords)
{
    QString word;
    const QString text = translation + QLatin1Char(' ');
    for (const QChar c : text) {
        if (c.isLetter()) {
            word += c;
            continue;
        }
        if (VietnameseText::hasVietnameseLetters(word)) {
            plainWords->insert(VietnameseText::searchKey(word));
        }
        word.clear();
    }
}

void readTs(const QString& path, QSet<QString>* translated, QSet<QString>* plainWords,
            const std::function<QString(QString)>& normal)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            addPlainWords(translation, plainWords);
            if (!source.contains(QLatin1Char('%')) && normal(source) != normal(translation)
                && !normal(source).isEmpty()) {
                translated->insert(normal(source));
            }
        }
    }
}

} // namespace

UntranslatedTextFinder::UntranslatedTextFinder(const QString& sourceDir)
{
    for (const char* name : {"danhgia_vi.ts", "qtbase_vi.ts"}) {
        readTs(sourceDir + QStringLiteral("/translations/") + QLatin1String(name), &m_translated,
               &m_plainWords, &UntranslatedTextFinder::withoutMnemonic);
    }
}

QString UntranslatedTextFinder::withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

bool UntranslatedTextFinder::isTranslatedSource(const QString& text) const
{
    return m_translated.contains(withoutMnemonic(text));
}

bool UntranslatedTextFinder::isEnglish(const QString& text) const
{
    if (text.trimmed().isEmpty() || text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('\\'))) {
        return false;
    }
    if (isTranslatedSource(text)) {
        return true;
    }
    QString word;
    const auto englishWord = [this, &word] {
        const bool english = word.size() >= 2 && isAscii(word) && word != word.toUpper()
            && !keptWords().contains(word.toLower()) && !VietnameseSyllable::isValid(word)
            && !m_plainWords.contains(word.toLower());
        word.clear();
        return english;
    };
    const QString words = withoutMnemonic(text) + QLatin1Char(' ');
    for (const QChar c : words) {
        if (c.isLetter()) {
            word += c;
        } else if (englishWord()) {
            return true;
        }
    }
    return false;
}

QStringList UntranslatedTextFinder::find(const QWidget* window) const
{
    QStringList found;
    const auto check = [&](const QWidget* widget, const QString& what, const QString& text) {
        if (isEnglish(text)) {
            found.append(QStringLiteral("%1 %2 «%3»")
                             .arg(QString::fromLatin1(widget->metaObject()->className()), what, text));
        }
    };
    check(window, QStringLiteral("window title"), window->windowTitle());
    QList<const QWidget*> widgets{window};
    for (const QWidget* child : window->findChildren<const QWidget*>()) {
        if (child->isVisibleTo(window) && !child->isWindow()) {
            widgets.append(child);
        }
    }
    for (const QWidget* widget : widgets) {
        check(widget, QStringLiteral("tooltip"), widget->toolTip());
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            const QString text = Qt::mightBeRichText(label->text())
                ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                : label->text();
            for (const QString& line : text.split(QLatin1Char('\n'))) {
                check(widget, QString(), line);
            }
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            check(widget, QString(), button->text());
        } else if (const auto* group = qobject_cast<const QGroupBox*>(widget)) {
            check(widget, QString(), group->title());
        } else if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) {
            if (edit->echoMode() == QLineEdit::Normal) {
                check(widget, QString(), edit->text());
            }
            check(widget, QStringLiteral("placeholder"), edit->placeholderText());
        } else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                check(widget, QStringLiteral("item"), combo->itemText(i));
            }
        } else if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(widget, QStringLiteral("tab"), tabs->tabText(i));
                check(widget, QStringLiteral("tab tooltip"), tabs->tabToolTip(i));
            }
        } else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget)) {
            check(widget, QString(), spin->text());
            check(widget, QStringLiteral("special value"), spin->specialValueText());
        } else if (const auto* text = qobject_cast<const QTextEdit*>(widget)) {
            check(widget, QStringLiteral("placeholder"), text->placeholderText());
        } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget)) {
            check(widget, QStringLiteral("placeholder"), plain->placeholderText());
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
            const QAbstractItemModel* model = view->model();
            if (!model) {
                continue;
            }
            for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                check(widget, QStringLiteral("header"), model->headerData(column, Qt::Horizontal).toString());
            }
            // Cells are data (file names, rows of a list): only a text of Qt or of the program
            // left in English counts (rule 1).
            const int rows = std::min(model->rowCount(view->rootIndex()), 200);
            for (int row = 0; row < rows; ++row) {
                for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                    const QString cell = model->index(row, column, view->rootIndex()).data().toString();
                    if (isTranslatedSource(cell)) {
                        found.append(QStringLiteral("%1 cell «%2»")
                                         .arg(QString::fromLatin1(widget->metaObject()->className()), cell));
                    }
                }
            }
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace danhgia::test
