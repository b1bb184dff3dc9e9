#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace {

const QString Bin = QStringLiteral("/usr/lib/postgresql/15/bin/");

} // namespace

PostgresCluster::~PostgresCluster()
{
    stop();
}

bool PostgresCluster::run(const QString& program, const QStringList& arguments, QString* error, int timeoutMs)
{
    QProcess process;
    QString command = program;
    QStringList args = arguments;
    if (m_asNobody) {
        args.prepend(program);
        args = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                           QStringLiteral("--clear-groups"), QStringLiteral("--")}
            + args;
        command = QStringLiteral("setpriv");
    }
    process.setWorkingDirectory(m_dir->path());
    process.start(command, args);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = program + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError())
            + QString::fromUtf8(process.readAllStandardOutput());
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString* error)
{
    // A short path: a Unix socket's path is limited to about 100 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/dgpg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    m_asNobody = geteuid() == 0;
    if (m_asNobody) {
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), m_dir->path()});
    }
    const QString data = m_dir->path() + QStringLiteral("/data");
    if (!run(Bin + QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("danhgia"),
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-sync"), QStringLiteral("--locale=C.UTF-8")},
             error)) {
        return false;
    }
    const QString options
        = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c fsync=on "
                         "-c max_connections=200 -c shared_buffers=64MB")
              .arg(m_dir->path());
    if (!run(Bin + QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir->path() + QStringLiteral("/log"),
              QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("start")},
             error)) {
        QFile log(m_dir->path() + QStringLiteral("/log"));
        if (log.open(QIODevice::ReadOnly)) {
            *error += QString::fromUtf8(log.readAll());
        }
        return false;
    }
    m_running = true;
    return true;
}

void PostgresCluster::stop()
{
    if (m_running) {
        QString ignored;
        run(Bin + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
        m_running = false;
    }
}

QString PostgresCluster::createDatabase(const QString& name, QString* error)
{
    if (!run(Bin + QStringLiteral("createdb"),
             {QStringLiteral("-h"), m_dir->path(), QStringLiteral("-U"), QStringLiteral("danhgia"), name},
             error)) {
        return {};
    }
    return QStringLiteral("host=%1 user=danhgia dbname=%2").arg(m_dir->path(), name);
}
