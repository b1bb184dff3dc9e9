#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace danhgia::ui {

// Starts the program again, e.g. after a change of language: the same program with the same
// arguments less those meant for one start only (--page, --screenshot, --reset-demo,
// --measure-startup) and without DANHGIA_LANG (the saved language applies), then closes the
// window (which saves its settings) and quits. Tests set a restarter instead, so that nothing is
// started and nothing quits.
class AppRestart
{
public:
    using Restarter = std::function<void(const QString& program, const QStringList& arguments)>;

    // Installs (or, with an empty function, removes) what restart() does instead of starting
    // the program again.
    static void setRestarter(Restarter restarter);

    // The arguments for the next start, from this start's arguments without the program.
    static QStringList argumentsForRestart(const QStringList& arguments);

    // Starts the program again and quits this one (the window is closed first). False, with
    // nothing closed, when the program cannot be started.
    static bool restart(QWidget* window);
};

} // namespace danhgia::ui
