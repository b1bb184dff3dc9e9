#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia::cli {

// The commands of danhgia-cli: the one table that main() dispatches through and that the main
// help lists, so that the help names every command the program runs.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)

public:
    using Handler = int (*)(const QStringList& arguments);

    struct Command
    {
        const char* name;
        // One line for the main help (English source; translated when the help is written).
        const char* summary;
        Handler run;
    };

    static const QList<Command>& all();
    // The command of that name; nullptr when there is none.
    static const Command* find(const QString& name);
    // "Usage: danhgia-cli COMMAND [OPTIONS]", every command with its line, and where to read more.
    static QString help();
};

} // namespace danhgia::cli
