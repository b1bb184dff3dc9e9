#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli signout --db FILE [--server URL] [--user LOGIN]: revokes the saved sign-in on the
// server, deletes the refresh token from the keychain and ends the database's offline use.
class SignOutCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignOutCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace danhgia::cli
