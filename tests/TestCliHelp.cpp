// "danhgia-cli --help" against the table of commands that danhgia-cli dispatches through
// (CliCommands): the help lists every command, each on one line with what it does, and nothing
// else; each command it lists runs (its own --help answers).

#include "CliCommands.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include <QRegularExpression>

using namespace danhgia;
using namespace danhgia::test;
using danhgia::cli::CliCommands;

namespace {

// The lines of the "Commands:" section of the main help: command name -> what it does.
QMap<QString, QString> listedCommands(const QString& help)
{
    QMap<QString, QString> listed;
    const QStringList lines = help.split(QLatin1Char('\n'));
    const auto start = lines.indexOf(QRegularExpression(QStringLiteral("^\\S.*:$")), 1);
    static const QRegularExpression line(QStringLiteral("^  ([a-z]+)\\s+(\\S.*)$"));
    for (qsizetype i = start + 1; start >= 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const auto match = line.match(lines.at(i));
        if (match.hasMatch()) {
            listed.insert(match.captured(1), match.captured(2));
        } else {
            listed.insert(lines.at(i), QString());
        }
    }
    return listed;
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsEveryDispatchedCommand_data()
    {
        QTest::addColumn<QByteArray>("language");
        QTest::newRow("vi") << QByteArrayLiteral("vi");
        QTest::newRow("en") << QByteArrayLiteral("en");
    }

    void helpListsEveryDispatchedCommand()
    {
        QFETCH(QByteArray, language);
        const CliRun run = runCli({QStringLiteral("--help")}, language);
        QCOMPARE(run.exitCode, 0);
        const QMap<QString, QString> listed = listedCommands(QString::fromUtf8(run.out));
        QStringList dispatched;
        for (const CliCommands::Command& command : CliCommands::all()) {
            dispatched.append(QString::fromLatin1(command.name));
        }
        dispatched.sort();
        QCOMPARE(listed.keys(), dispatched);
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            QVERIFY2(it.value().size() > 10, qPrintable(it.key() + QStringLiteral(": ") + it.value()));
        }
        QCOMPARE(CliCommands::all().size(), 15);
    }

    void withoutACommandTheHelpGoesToStandardError()
    {
        const CliRun run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(listedCommands(run.err).size(), CliCommands::all().size());
    }

    void everyListedCommandRuns()
    {
        const QMap<QString, QString> listed
            = listedCommands(QString::fromUtf8(runCli({QStringLiteral("--help")}).out));
        QVERIFY(!listed.isEmpty());
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            const CliRun run = runCli({it.key(), QStringLiteral("--help")});
            QVERIFY2(run.exitCode == 0, qPrintable(it.key() + QStringLiteral(": ") + run.err));
            const QString out = QString::fromUtf8(run.out);
            QVERIFY2(out.startsWith(QStringLiteral("Usage: danhgia-cli ") + it.key())
                         || out.startsWith(QStringLiteral("Cách dùng: danhgia-cli ") + it.key()),
                     qPrintable(out));
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliHelp)
#include "TestCliHelp.moc"
