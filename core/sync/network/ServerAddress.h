#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace danhgia {

// What the provincial server's address and its pinned CA certificate must be (the app's settings):
// an http:// or https:// address with a host; a readable PEM file holding at least one certificate.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // The address, or nullopt with what is wrong in `error`.
    static std::optional<QUrl> parse(const QString& text, QString* error);
    // An empty path is no pinning and is fine.
    static bool checkCaCertificate(const QString& path, QString* error);
};

} // namespace danhgia
