#include "AppRestart.h"

#include <QCoreApplication>
#include <QProcess>
#include <QWidget>

namespace danhgia::ui {

namespace {

AppRestart::Restarter& restarterSlot()
{
    static AppRestart::Restarter restarter;
    return restarter;
}

} // namespace

void AppRestart::setRestarter(Restarter restarter)
{
    restarterSlot() = std::move(restarter);
}

QStringList AppRestart::argumentsForRestart(const QStringList& arguments)
{
    // Options for one start only: a screen to show and a picture to take (with their value),
    // a demo made afresh (it would lose the work), a measured start (it quits at once).
    const QStringList withValue{QStringLiteral("--page"), QStringLiteral("--screenshot")};
    const QStringList flags{QStringLiteral("--reset-demo"), QStringLiteral("--measure-startup")};
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            kept += arguments.mid(i); // the rest are file names
            break;
        }
        if (withValue.contains(argument)) {
            ++i; // and its value
            continue;
        }
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (flags.contains(argument) || (argument.contains(QLatin1Char('=')) && withValue.contains(name))) {
            continue;
        }
        kept.append(argument);
    }
    return kept;
}

bool AppRestart::restart(QWidget* window)
{
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList arguments = argumentsForRestart(QCoreApplication::arguments().mid(1));
    if (restarterSlot()) {
        restarterSlot()(program, arguments);
        return true;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    // The language chosen in the settings, not one forced on this start by the environment.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DANHGIA_LANG"));
    process.setProcessEnvironment(environment);
    if (!process.startDetached()) {
        return false;
    }
    if (window) {
        window->window()->close();
    }
    QCoreApplication::quit();
    return true;
}

} // namespace danhgia::ui
