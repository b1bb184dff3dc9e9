#pragma once

#include <QString>

namespace danhgia::test {

// The first column of the first row of `sql` run on a database file (another connection than the
// code under test uses), -1 when it cannot be read.
qint64 countRows(const QString& dbPath, const QString& sql);

} // namespace danhgia::test
