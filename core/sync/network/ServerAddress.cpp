#include "network/ServerAddress.h"

#include <QFileInfo>
#include <QSslCertificate>

namespace danhgia {

std::optional<QUrl> ServerAddress::parse(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Write the address of the provincial server, for example https://danhgia.tinh.gov.vn.");
        return std::nullopt;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        *error = tr("The server address \"%1\" is not an http:// or https:// address.").arg(trimmed);
        return std::nullopt;
    }
    return url;
}

bool ServerAddress::checkCaCertificate(const QString& path, QString* error)
{
    if (path.trimmed().isEmpty()) {
        return true;
    }
    const QFileInfo info(path.trimmed());
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("The CA certificate file \"%1\" does not exist or cannot be read.").arg(path.trimmed());
        return false;
    }
    if (QSslCertificate::fromPath(info.filePath()).isEmpty()) {
        *error = tr("The file \"%1\" holds no certificate in PEM form (-----BEGIN CERTIFICATE-----).")
                     .arg(path.trimmed());
        return false;
    }
    return true;
}

} // namespace danhgia
