#include "Secrets.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace danhgia::server {

bool Secrets::initialise()
{
    return sodium_init() >= 0;
}

std::optional<QString> Secrets::hashPassword(const QByteArray& password)
{
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.constData(), static_cast<unsigned long long>(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return std::nullopt;
    }
    return QString::fromLatin1(hash);
}

bool Secrets::verifyPassword(const QString& hash, const QByteArray& password)
{
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty()) {
        return false;
    }
    return crypto_pwhash_str_verify(stored.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size()))
        == 0;
}

QByteArray Secrets::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Secrets::tokenHash(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace danhgia::server
