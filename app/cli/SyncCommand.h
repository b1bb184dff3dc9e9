#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli sync --db FILE [--server URL] [--user LOGIN]: signs in (with the keychain's saved
// sign-in, else the password from DANHGIA_PASSWORD or standard input), pushes the outbox, pulls the
// server's changes and prints the summary.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace danhgia::cli
