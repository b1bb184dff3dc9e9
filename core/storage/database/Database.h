#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace danhgia {

// The local SQLite database: opened in one place with the settings this program relies on
// (WAL journal, foreign keys, synchronous=FULL, a busy timeout), migrated to the current
// schema, and refused when a newer program wrote it. Errors come back as text, in the user's
// language; nothing here shows a dialog.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when absent) and migrates. `create` false refuses a missing file.
    bool open(const QString& path, QString* error, bool create = true);
    void close();
    bool isOpen() const;

    QSqlDatabase& connection() { return m_db; }
    QString path() const { return m_path; }
    // Where evidence files of this database are kept: "<database>.files/" beside it.
    QString filesDirectory() const;

    // Runs `work` in a transaction; commits when it returns true, rolls back otherwise. Called
    // inside `work` of another, it runs in that one: the outer decides (one step made of several
    // services' changes, all or none).
    bool transaction(const std::function<bool(QString* error)>& work, QString* error);
    // Whether each commit waits for the disk (synchronous=FULL, the default). Only for a file
    // nobody relies on yet (the demo being made): a crash then may lose what was committed.
    void setDurableCommits(bool durable);
    // PRAGMA integrity_check and foreign_key_check; false with the first problem otherwise.
    bool checkIntegrity(QString* error);

    // A fresh UUID text (without braces) for a new synchronised row.
    static QString newUuid();
    static QString nowUtc();

private:
    bool configure(QString* error);

    QSqlDatabase m_db;
    int m_transactionDepth = 0;
    QString m_connectionName;
    QString m_path;
};

} // namespace danhgia
