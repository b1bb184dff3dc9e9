#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>

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
    // The postmaster is this process's child, started through setpriv with a parent-death signal
    // (and as nobody when root): a test that aborts, or that ctest kills at its timeout, leaves no
    // PostgreSQL running; its backends end when they see the postmaster gone.
    QStringList args{QStringLiteral("--pdeathsig"), QStringLiteral("KILL")};
    if (m_asNobody) {
        args << QStringLiteral("--reuid=nobody") << QStringLiteral("--regid=nogroup")
             << QStringLiteral("--clear-groups");
    }
    args << QStringLiteral("--") << Bin + QStringLiteral("postgres") << QStringLiteral("-D") << data
         << QStringLiteral("-c") << QStringLiteral("listen_addresses=") << QStringLiteral("-c")
         << QStringLiteral("unix_socket_directories=%1").arg(m_dir->path()) << QStringLiteral("-c")
         << QStringLiteral("fsync=on") << QStringLiteral("-c") << QStringLiteral("max_connections=200")
         << QStringLiteral("-c") << QStringLiteral("shared_buffers=64MB");
    m_postmaster = std::make_unique<QProcess>();
    m_postmaster->setWorkingDirectory(m_dir->path());
    m_postmaster->setProcessChannelMode(QProcess::MergedChannels);
    m_postmaster->setStandardOutputFile(m_dir->path() + QStringLiteral("/log"));
    m_postmaster->start(QStringLiteral("setpriv"), args);
    const auto log = [this] {
        QFile file(m_dir->path() + QStringLiteral("/log"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    if (!m_postmaster->waitForStarted(10000)) {
        *error = QStringLiteral("postgres: ") + m_postmaster->errorString();
        return false;
    }
    // Ready when it accepts connections: bounded, at most 60 s.
    bool ready = false;
    for (int i = 0; i < 600 && !ready; ++i) {
        if (m_postmaster->state() != QProcess::Running) {
            *error = QStringLiteral("postgres stopped: ") + log();
            return false;
        }
        QString notYet;
        ready = run(Bin + QStringLiteral("pg_isready"),
                    {QStringLiteral("-q"), QStringLiteral("-h"), m_dir->path(), QStringLiteral("-U"),
                     QStringLiteral("danhgia"), QStringLiteral("-d"), QStringLiteral("postgres")},
                    &notYet, 10000);
        if (!ready) {
            QThread::msleep(100);
        }
    }
    if (!ready) {
        *error = QStringLiteral("postgres did not accept connections within 60 s: ") + log();
        stop();
        return false;
    }
    m_running = true;
    return true;
}

void PostgresCluster::stop()
{
    if (m_postmaster && m_postmaster->state() != QProcess::NotRunning) {
        // SIGQUIT: an immediate shutdown (the data is thrown away with the directory).
        ::kill(static_cast<pid_t>(m_postmaster->processId()), SIGQUIT);
        if (!m_postmaster->waitForFinished(10000)) {
            m_postmaster->kill();
            m_postmaster->waitForFinished(10000);
        }
    }
    m_postmaster.reset();
    m_running = false;
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
