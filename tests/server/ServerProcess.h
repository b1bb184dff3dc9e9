#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real danhgia-server process on loopback for the tests: `serve` on port 0, the port read
// from --port-file (a bounded wait). Also runs the one-shot commands (migrate, admin ...).
class ServerProcess
{
public:
    explicit ServerProcess(const QString& database)
        : m_database(database)
    { }
    ~ServerProcess();

    bool start(QString* error, const QStringList& extra = {});
    void kill(); // SIGKILL
    void stop(); // SIGTERM, then SIGKILL
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QByteArray log() const;

    // Runs a command with the database; standard input, output and error; the exit code.
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result command(const QString& database, const QStringList& arguments,
                          const QByteArray& input = {});

    // The built danhgia-server, or the one DANHGIA_SERVER_UNDER_TEST names.
    static QString executable();

private:
    QString m_database;
    QProcess m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QByteArray m_log;
};
