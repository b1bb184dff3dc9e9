// danhgia-cli: the scoring core on the command line, for officers' batch work and for tests.

#include "CliCommands.h"
#include "CliIo.h"
#include "text/AppLanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace {

// Documents lay text out with the fonts of the platform, so `document` runs a QGuiApplication;
// without a display (a server, CI) it uses the offscreen platform. Every other command needs
// only QtCore.
QtMessageHandler qtHandler = nullptr;

// Qt's own notes about the platform (no XDG_RUNTIME_DIR on a server) are not the user's business:
// standard error carries only the command's messages.
void quietPlatformNotes(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR"))) {
        return;
    }
    if (qtHandler) {
        qtHandler(type, context, message);
    } else {
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    }
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "document") == 0) {
        qtHandler = qInstallMessageHandler(quietPlatformNotes);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
            && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
#endif
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("danhgia-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("danhgia"));
    const QString language = qEnvironmentVariableIsSet("DANHGIA_LANG")
        ? qEnvironmentVariable("DANHGIA_LANG")
        : QString::fromLatin1(danhgia::AppLanguage::DefaultLanguage);
    danhgia::AppLanguage::install(language);
    QLocale::setDefault(QLocale(language));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    using danhgia::cli::CliCommands;
    if (arguments.isEmpty()) {
        danhgia::cli::CliIo::writeErr(CliCommands::help());
        return danhgia::cli::ExitUsage;
    }
    const QString command = arguments.takeFirst();
    if (const CliCommands::Command* found = CliCommands::find(command)) {
        return found->run(arguments);
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        danhgia::cli::CliIo::writeOut(CliCommands::help());
        return danhgia::cli::ExitOk;
    }
    danhgia::cli::CliIo::writeErr(
        QCoreApplication::translate("CliMain", "danhgia-cli: unknown command \"%1\"").arg(command));
    danhgia::cli::CliIo::writeErr(CliCommands::help());
    return danhgia::cli::ExitUsage;
}
