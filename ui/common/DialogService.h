#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QWidget;

namespace danhgia::ui {

// One question the app asks the user through a dialog.
struct DialogRequest
{
    enum class Kind
    {
        Question, // yes or no; answer: bool
        Information, // answer ignored
        Warning, // answer ignored
        Text, // a line or a reason; answer: QString, or an invalid QVariant for Cancel
        Choice, // one of `choices`; answer: int index, or invalid for Cancel
        OpenFile, // answer: QString path, empty for Cancel
        OpenFiles, // answer: QStringList
        SaveFile, // answer: QString path, empty for Cancel
        Folder, // answer: QString path of a folder, empty for Cancel
    };
    Kind kind = Kind::Information;
    QString title;
    QString text;
    QStringList choices; // Choice
    QString initial; // Text: the text shown at first; SaveFile: the suggested file name
    QString filter; // OpenFile(s), SaveFile
    bool required = false; // Text: empty answers are refused
};

// Every dialog of the app goes through here, so that a test can answer it: with a responder
// set, nothing is shown and the responder's answer is used. Without one, the usual Qt dialogs
// are shown (modal, parented to `parent`). File dialogs start in the user's Documents folder (a
// suggested name without a folder goes there), and on Linux they are Qt's own, translated with
// the program, rather than the desktop's.
class DialogService
{
    Q_DECLARE_TR_FUNCTIONS(DialogService)

public:
    using Responder = std::function<QVariant(const DialogRequest&)>;

    // Installs (or, with an empty function, removes) the answering function for tests.
    static void setResponder(Responder responder);

    static bool ask(QWidget* parent, const QString& title, const QString& text);
    static void inform(QWidget* parent, const QString& title, const QString& text);
    static void warn(QWidget* parent, const QString& title, const QString& text);
    // Several lines of text, e.g. the reason for a change; nothing when cancelled. With
    // `required`, the OK button stays disabled while the text is blank.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                          const QString& initial = {}, bool required = true);
    static std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& choices, int current = 0);
    static QString openFile(QWidget* parent, const QString& title, const QString& filter);
    static QStringList openFiles(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                            const QString& filter);
    // A folder to write into (a batch export); empty when cancelled.
    static QString chooseFolder(QWidget* parent, const QString& title, const QString& suggested);
    // Where file dialogs start: the user's Documents folder, or the home folder without one.
    static QString startFolder();

private:
    static std::optional<QVariant> answerByResponder(const DialogRequest& request);
};

} // namespace danhgia::ui
