#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A private PostgreSQL 15 for one test process: initdb into a temporary directory, listening only
// on a Unix socket in that directory. As root (CI), the server runs as the unprivileged user
// "nobody" on a directory it owns, as PostgreSQL requires. It runs as a child of the test process
// that dies with it, so that a test that aborts leaves no PostgreSQL behind.
class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster();

    bool start(QString* error);
    void stop();
    // A libpq connection string for a new database of that name (created on first call).
    QString createDatabase(const QString& name, QString* error);
    QString socketDirectory() const { return m_dir ? m_dir->path() : QString(); }

private:
    bool run(const QString& program, const QStringList& arguments, QString* error, int timeoutMs = 120000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_postmaster; // through setpriv, which execs postgres
    bool m_running = false;
    bool m_asNobody = false;
};
