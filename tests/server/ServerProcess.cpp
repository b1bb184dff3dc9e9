#include "ServerProcess.h"

#include <QFile>
#include <QThread>

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::executable()
{
    // DANHGIA_SERVER_UNDER_TEST runs the tests against another build (an installed server, or the
    // build before a change, to see a new test fail).
    const QString other = qEnvironmentVariable("DANHGIA_SERVER_UNDER_TEST");
    return other.isEmpty() ? QStringLiteral(DANHGIA_SERVER_PATH) : other;
}

bool ServerProcess::start(QString* error, const QStringList& extra)
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_port = 0;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("log")), QIODevice::Append);
    // Through setpriv, which execs the server with a parent-death signal: a test that aborts (or
    // that ctest kills at its timeout) leaves no server running.
    m_process.start(QStringLiteral("setpriv"),
                    QStringList{QStringLiteral("--pdeathsig"), QStringLiteral("KILL"), QStringLiteral("--"),
                                executable(), QStringLiteral("serve"), QStringLiteral("--database"),
                                m_database, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--port-file"), portFile}
                        + extra);
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    // Bounded: at most 30 s for the migration and the listening socket.
    for (int i = 0; i < 1500 && m_port == 0; ++i) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_port = static_cast<quint16>(file.readAll().trimmed().toUInt());
        }
        if (m_port == 0) {
            if (m_process.state() != QProcess::Running) {
                *error = QString::fromUtf8(log());
                return false;
            }
            QThread::msleep(20);
        }
    }
    if (m_port == 0) {
        *error = QStringLiteral("the server wrote no port: ") + QString::fromUtf8(log());
    }
    return m_port != 0;
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            kill();
        }
    }
}

QByteArray ServerProcess::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ServerProcess::Result ServerProcess::command(const QString& database, const QStringList& arguments,
                                             const QByteArray& input)
{
    QProcess process;
    process.start(executable(), arguments + QStringList{QStringLiteral("--database"), database});
    Result result;
    if (!process.waitForStarted(10000)) {
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
