// danhgia: the desktop app. It only wires things up: language, locale, the command line, the
// session and the main window; everything else lives in danhgia_ui and danhgia_core.

#include "AppSession.h"
#include "DatabaseActions.h"
#include "MainWindow.h"
#include "SettingsView.h"
#include "SyncController.h"
#include "demo/DemoDatabase.h"
#include "text/AppLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("main", text);
}

void printError(const QString& text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
}

// Renders the shown window to a PNG and ends the program (for scripts that take screenshots).
void scheduleScreenshot(QWidget* window, const QString& path)
{
    // Give the window a moment to lay itself out, load its data and paint once.
    QTimer::singleShot(700, window, [window, path] {
        const bool saved = window->grab().save(path, "PNG");
        if (!saved) {
            printError(
                translate("danhgia: cannot write the screenshot \"%1\"").arg(QDir::toNativeSeparators(path)));
        }
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// Where `--demo` keeps its database: beside the program's other data of this user.
QString demoDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("danhgia-demo.sqlite"));
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("danhgia"));
    QCoreApplication::setApplicationName(QStringLiteral("danhgia"));

    const QString language = qEnvironmentVariableIsSet("DANHGIA_LANG")
        ? qEnvironmentVariable("DANHGIA_LANG")
        : danhgia::ui::SettingsView::savedLanguage();
    danhgia::AppLanguage::install(language);
    // Numbers and dates are written the Vietnamese way (85,67; 05/01/2026) whatever the
    // language of the texts: they must read as in the official documents.
    QLocale::setDefault(QLocale(QLocale::Vietnamese));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translate("Scoring, appraisal and classification for Home Affairs officers."));
    parser.addHelpOption();
    parser.addPositionalArgument(translate("database"), translate("The database file to open."),
                                 translate("[database]"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        translate("Open the demo database (a province with its departments, communes, "
                  "civil servants, campaigns and a council), creating it when absent."));
    const QCommandLineOption resetDemo(QStringLiteral("reset-demo"),
                                       translate("With --demo: create the demo database afresh."));
    const QCommandLineOption page(
        QStringLiteral("page"),
        translate("Start on this screen: %1.")
            .arg(QStringLiteral("campaigns, queue, sheets, councils, "
                                "surveys, results, catalogues, conflicts, settings")),
        translate("screen"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        translate("Save a picture of the window as a PNG file, then quit."),
                                        translate("file"));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        translate("Print how long the start took until the window was usable, then "
                  "quit."));
    parser.addOptions({demo, resetDemo, page, screenshot, measure});
    parser.process(app);

    danhgia::ui::AppSession session;
    danhgia::ui::SettingsView::restoreUser(session);
    danhgia::ui::MainWindow window(session);
    qint64 demoCreation = -1;
    if (parser.isSet(demo)) {
        const QString path = demoDatabasePath();
        if (parser.isSet(resetDemo) && QFileInfo::exists(path)) {
            QFile::remove(path);
            QFile::remove(path + QLatin1String("-wal"));
            QFile::remove(path + QLatin1String("-shm"));
            QDir(path + QLatin1String(".files")).removeRecursively();
        }
        if (!QFileInfo::exists(path)) {
            QElapsedTimer creation;
            creation.start();
            QString error;
            if (!danhgia::DemoDatabase::create(path, &error)) {
                printError(translate("danhgia: the demo database cannot be created: %1").arg(error));
                return 1;
            }
            demoCreation = creation.elapsed();
        }
        window.databaseActions()->open(path);
    } else if (!parser.positionalArguments().isEmpty()) {
        window.databaseActions()->open(parser.positionalArguments().constFirst());
    } else {
        window.databaseActions()->reopenLast();
    }
    if (parser.isSet(page)) {
        const auto chosen = danhgia::ui::MainWindow::pageFromName(parser.value(page));
        if (!chosen) {
            printError(translate("danhgia: unknown screen \"%1\"").arg(parser.value(page)));
            return 2;
        }
        window.showPage(*chosen);
    }
    window.show();
    if (parser.isSet(screenshot)) {
        // The same picture on every machine, whatever size the window was left at.
        window.resize(danhgia::ui::MainWindow::defaultSize());
        scheduleScreenshot(&window, parser.value(screenshot));
    }
    if (parser.isSet(measure)) {
        // Runs once the events queued by show() (layout, the first paint) are processed.
        QTimer::singleShot(0, &window, [&startup, &window, demoCreation] {
            window.repaint();
            std::printf("startup_ms=%lld demo_created_ms=%lld\n", static_cast<long long>(startup.elapsed()),
                        static_cast<long long>(demoCreation));
            QCoreApplication::exit(0);
        });
    }
    return QApplication::exec();
}
