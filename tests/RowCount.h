#pragma once

#include <QSqlDatabase>
#include <QString>

namespace danhgia::test {

// The first column of the first row of `sql` run on a database file (another connection than the
// code under test uses), -1 when it cannot be read.
qint64 countRows(const QString& dbPath, const QString& sql);

// The first column of the first row of `sql` run on `db` (the connection under test), as text; empty
// when there is none.
QString firstText(QSqlDatabase& db, const QString& sql);

} // namespace danhgia::test
