#pragma once

#include <QSqlDatabase>

namespace danhgia {

// Tells whether the data of an open database changed since it last looked: rows written through
// this connection (total_changes()) or a commit made by any other connection, in this process or
// another one (PRAGMA data_version: the CLI, a second window, the sync). The screens poll it to
// show what is in the file, not what was there when they read it. Reading it costs two tiny
// queries and takes no lock that a writer waits for.
class DatabaseChangeMonitor
{
public:
    explicit DatabaseChangeMonitor(QSqlDatabase db);

    // True when something changed since the last call (or since construction or acknowledge());
    // false as well when the database cannot be read (its errors show where it is used).
    bool changed();
    // Takes the database as it is now as seen (after a screen reloaded on its own write).
    void acknowledge();

private:
    bool read(qint64* version, qint64* changes);

    QSqlDatabase m_db;
    qint64 m_version = -1;
    qint64 m_changes = -1;
};

} // namespace danhgia
