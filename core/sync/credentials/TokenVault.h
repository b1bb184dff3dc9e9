#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>

namespace danhgia {

// The refresh token of a server account, kept only in the operating system's keychain through
// QtKeychain (Windows Credential Manager, the Secret Service on Linux, the macOS Keychain), under a
// key made of the server's address and the login. Never a plain-text fallback: without a usable
// keychain every call answers Unavailable with the reason in the user's language, and the caller
// asks for the password. QtKeychain's jobs are asynchronous; each runs here in a local event loop
// with a timeout, and is tried once more when the backend is not up yet.
class TokenVault
{
    Q_DECLARE_TR_FUNCTIONS(TokenVault)

public:
    enum class Status
    {
        Ok,
        NotFound, // the keychain works; it holds no token for this server and login
        Unavailable, // no usable keychain: `reason` says why
    };

    struct Result
    {
        Status status = Status::Unavailable;
        QString token; // read: the stored token
        QString reason; // Unavailable: why, for people
        bool ok() const { return status == Status::Ok; }
    };

    explicit TokenVault(std::chrono::milliseconds timeout = std::chrono::milliseconds(10000));

    // The keychain's service name and the key of one account on one server.
    static QString service();
    static QString key(const QUrl& server, const QString& login);

    Result read(const QUrl& server, const QString& login) const;
    Result store(const QUrl& server, const QString& login, const QString& token) const;
    // Deleting a token that is not there is Ok.
    Result remove(const QUrl& server, const QString& login) const;

private:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };
    Result run(Operation operation, const QString& key, const QString& token) const;
    Result runOnce(Operation operation, const QString& key, const QString& token) const;

    std::chrono::milliseconds m_timeout;
};

} // namespace danhgia
