#include "CliRunner.h"

#include "TestSupport.h"

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

QString civilServantSheet(int number)
{
    return dataPath(
        QStringLiteral("examples/cong-chuc/CC%1-2026-01.scores.json").arg(number, 2, 10, QLatin1Char('0')));
}

QString createCivilServantCampaign(const QString& db, int sheets)
{
    QStringList files;
    for (int i = 1; i <= sheets; ++i) {
        files << civilServantSheet(i);
    }
    for (const QStringList& step :
         {QStringList{QStringLiteral("db"), QStringLiteral("init"), db},
          QStringList{QStringLiteral("import"), QStringLiteral("criteria"), QStringLiteral("--db"), db,
                      dataPath(QStringLiteral("examples/cong-chuc-2026.criteria.json"))},
          QStringList{QStringLiteral("import"), QStringLiteral("sheets"), QStringLiteral("--db"), db,
                      QStringLiteral("--campaign"), QStringLiteral("T1")}
              + files}) {
        const CliRun run = runCli(step);
        if (run.exitCode != 0) {
            return step.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.err;
        }
    }
    return QString();
}

} // namespace danhgia::test
