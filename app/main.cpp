// danhgia: the desktop app. It only wires things up: language, locale, the command line and the
// main window; everything else lives in danhgia_ui and danhgia_core.

#include "AppLanguage.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("main", text);
}

// Renders the shown window to a PNG and ends the program (for scripts that take screenshots).
void scheduleScreenshot(QWidget* window, const QString& path)
{
    // Give the window a moment to lay itself out and paint once.
    QTimer::singleShot(300, window, [window, path] {
        const bool saved = window->grab().save(path, "PNG");
        if (!saved) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(translate("danhgia: cannot write the screenshot \"%1\"")
                                        .arg(QDir::toNativeSeparators(path))));
        }
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("danhgia"));
    QCoreApplication::setApplicationName(QStringLiteral("danhgia"));

    const QString language = qEnvironmentVariableIsSet("DANHGIA_LANG")
        ? qEnvironmentVariable("DANHGIA_LANG")
        : QString::fromLatin1(danhgia::AppLanguage::DefaultLanguage);
    danhgia::AppLanguage::install(language);
    // Numbers are written the Vietnamese way (1.234,5) whatever the language of the texts:
    // they must read as in the official documents.
    QLocale::setDefault(QLocale(QLocale::Vietnamese));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translate("Scoring, appraisal and classification for Home Affairs officers."));
    parser.addHelpOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), translate("Start with the built-in criteria set templates as sample data."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        translate("Save a picture of the window as a PNG file, then quit."),
                                        translate("file"));
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.process(app);

    // --demo: the window shows the built-in templates, which is all there is until storage
    // exists; the option is accepted now so that scripts can already use it.
    danhgia::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        // The same picture on every machine, whatever size the window was left at.
        window.resize(danhgia::ui::MainWindow::defaultSize());
        scheduleScreenshot(&window, parser.value(screenshot));
    }
    return QApplication::exec();
}
