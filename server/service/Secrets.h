#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace danhgia::server {

// Passwords and tokens, with libsodium: passwords hashed with argon2id (crypto_pwhash_str, the
// interactive limits), tokens of 256 random bits written as base64url and stored only as their
// SHA-256 (a token has the entropy that makes a slow hash unnecessary).
class Secrets
{
public:
    static bool initialise();
    static std::optional<QString> hashPassword(const QByteArray& password);
    static bool verifyPassword(const QString& hash, const QByteArray& password);
    static QByteArray newToken();
    static QByteArray tokenHash(const QByteArray& token);
};

} // namespace danhgia::server
