#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace danhgia::test {

CliRun runCli(const QStringList& arguments, const QByteArray& language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DANHGIA_LANG"), QString::fromLatin1(language));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DANHGIA_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace danhgia::test
