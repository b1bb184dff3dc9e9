#include "DialogService.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

DialogService::Responder& responderSlot()
{
    static DialogService::Responder responder;
    return responder;
}

// Qt's own file dialog on Linux: the desktop's native one (GTK, KDE) speaks the language of the
// desktop session, not the program's, while Qt's is translated with the program (qtbase_vi.ts).
// Windows and macOS keep their native dialogs, which follow the language of the system.
QFileDialog::Options fileDialogOptions()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return {};
#else
    return QFileDialog::DontUseNativeDialog;
#endif
}

// A suggested name placed in the starting folder; an absolute path is kept.
QString inStartFolder(const QString& suggested)
{
    if (suggested.isEmpty()) {
        return DialogService::startFolder();
    }
    return QFileInfo(suggested).isAbsolute() ? suggested
                                             : QDir(DialogService::startFolder()).filePath(suggested);
}

// A dialog for a reason or a comment: several lines, OK only when something is written.
std::optional<QString> execTextDialog(QWidget* parent, const QString& title, const QString& label,
                                      const QString& initial, bool required)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* caption = new QLabel(label, &dialog);
    caption->setWordWrap(true);
    auto* edit = new QPlainTextEdit(initial, &dialog);
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(label);
    caption->setBuddy(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto updateOk
        = [ok, edit, required] { ok->setEnabled(!required || !edit->toPlainText().trimmed().isEmpty()); };
    QObject::connect(edit, &QPlainTextEdit::textChanged, &dialog, updateOk);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    updateOk();
    layout->addWidget(caption);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(440, 220);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return edit->toPlainText().trimmed();
}

} // namespace

void DialogService::setResponder(Responder responder)
{
    responderSlot() = std::move(responder);
}

std::optional<QVariant> DialogService::answerByResponder(const DialogRequest& request)
{
    if (!responderSlot()) {
        return std::nullopt;
    }
    return responderSlot()(request);
}

bool DialogService::ask(QWidget* parent, const QString& title, const QString& text)
{
    DialogRequest request{DialogRequest::Kind::Question, title, text, {}, {}, {}, false};
    if (const auto answer = answerByResponder(request)) {
        return answer->toBool();
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void DialogService::inform(QWidget* parent, const QString& title, const QString& text)
{
    DialogRequest request{DialogRequest::Kind::Information, title, text, {}, {}, {}, false};
    if (answerByResponder(request)) {
        return;
    }
    QMessageBox::information(parent, title, text);
}

void DialogService::warn(QWidget* parent, const QString& title, const QString& text)
{
    DialogRequest request{DialogRequest::Kind::Warning, title, text, {}, {}, {}, false};
    if (answerByResponder(request)) {
        return;
    }
    QMessageBox::warning(parent, title, text);
}

std::optional<QString> DialogService::askText(QWidget* parent, const QString& title, const QString& label,
                                              const QString& initial, bool required)
{
    DialogRequest request{DialogRequest::Kind::Text, title, label, {}, initial, {}, required};
    if (const auto answer = answerByResponder(request)) {
        if (!answer->isValid()) {
            return std::nullopt;
        }
        const QString text = answer->toString().trimmed();
        if (required && text.isEmpty()) {
            return std::nullopt;
        }
        return text;
    }
    return execTextDialog(parent, title, label, initial, required);
}

std::optional<int> DialogService::choose(QWidget* parent, const QString& title, const QString& label,
                                         const QStringList& choices, int current)
{
    DialogRequest request{DialogRequest::Kind::Choice, title, label, choices, {}, {}, false};
    if (const auto answer = answerByResponder(request)) {
        if (!answer->isValid()) {
            return std::nullopt;
        }
        const int index = answer->toInt();
        return index >= 0 && index < choices.size() ? std::optional<int>(index) : std::nullopt;
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, choices, current, false, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return static_cast<int>(choices.indexOf(item));
}

QString DialogService::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    DialogRequest request{DialogRequest::Kind::OpenFile, title, {}, {}, {}, filter, false};
    if (const auto answer = answerByResponder(request)) {
        return answer->toString();
    }
    return QFileDialog::getOpenFileName(parent, title, startFolder(), filter, nullptr, fileDialogOptions());
}

QStringList DialogService::openFiles(QWidget* parent, const QString& title, const QString& filter)
{
    DialogRequest request{DialogRequest::Kind::OpenFiles, title, {}, {}, {}, filter, false};
    if (const auto answer = answerByResponder(request)) {
        return answer->toStringList();
    }
    return QFileDialog::getOpenFileNames(parent, title, startFolder(), filter, nullptr, fileDialogOptions());
}

QString DialogService::saveFile(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter)
{
    DialogRequest request{DialogRequest::Kind::SaveFile, title, {}, {}, suggested, filter, false};
    if (const auto answer = answerByResponder(request)) {
        return answer->toString();
    }
    return QFileDialog::getSaveFileName(parent, title, inStartFolder(suggested), filter, nullptr,
                                        fileDialogOptions());
}

QString DialogService::chooseFolder(QWidget* parent, const QString& title, const QString& suggested)
{
    DialogRequest request{DialogRequest::Kind::Folder, title, {}, {}, suggested, {}, false};
    if (const auto answer = answerByResponder(request)) {
        return answer->toString();
    }
    return QFileDialog::getExistingDirectory(parent, title, inStartFolder(suggested),
                                             fileDialogOptions() | QFileDialog::ShowDirsOnly);
}

QString DialogService::startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace danhgia::ui
