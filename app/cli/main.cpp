// danhgia-cli: the scoring core on the command line, for officers' batch work and for tests.

#include "AppLanguage.h"
#include "CliIo.h"
#include "CouncilCommand.h"
#include "DatabaseCommands.h"
#include "DocumentCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ScoreCommand.h"
#include "ValidateCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace {

QString mainHelp()
{
    return QCoreApplication::translate(
        "CliMain",
        "Usage: danhgia-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  score     score sheets against a criteria set (JSON results)\n"
        "  council   results of an interview council (JSON)\n"
        "  validate  check a criteria set and summarise it\n"
        "  document  print minutes, reports and decisions to PDF, .xlsx and CSV\n"
        "\n"
        "\"danhgia-cli COMMAND --help\" describes a command. Set DANHGIA_LANG=en for English\n"
        "messages. Exit statuses are listed in docs/cli.md.\n");
}

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
    if (arguments.isEmpty()) {
        danhgia::cli::CliIo::writeErr(mainHelp());
        return danhgia::cli::ExitUsage;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("score")) {
        return danhgia::cli::ScoreCommand::run(arguments);
    }
    if (command == QLatin1String("council")) {
        return danhgia::cli::CouncilCommand::run(arguments);
    }
    if (command == QLatin1String("validate")) {
        return danhgia::cli::ValidateCommand::run(arguments);
    }
    if (command == QLatin1String("document")) {
        return danhgia::cli::DocumentCommand::run(arguments);
    }
    using Handler = int (*)(const QStringList&);
    const QList<QPair<const char*, Handler>> handlers{
        {"db", &danhgia::cli::DatabaseCommands::runDb},
        {"import", &danhgia::cli::ImportCommand::run},
        {"export", &danhgia::cli::ExportCommand::run},
        {"backup", &danhgia::cli::DatabaseCommands::runBackup},
        {"restore", &danhgia::cli::DatabaseCommands::runRestore},
        {"audit", &danhgia::cli::DatabaseCommands::runAudit},
    };
    for (const auto& handler : handlers) {
        if (command == QLatin1String(handler.first)) {
            return handler.second(arguments);
        }
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        danhgia::cli::CliIo::writeOut(mainHelp());
        return danhgia::cli::ExitOk;
    }
    danhgia::cli::CliIo::writeErr(
        QCoreApplication::translate("CliMain", "danhgia-cli: unknown command \"%1\"").arg(command));
    danhgia::cli::CliIo::writeErr(mainHelp());
    return danhgia::cli::ExitUsage;
}
