#include "sync/EvidencePartial.h"

#include "database/Database.h"
#include "stores/EvidenceStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace danhgia {

namespace {

constexpr qint64 HashBlock = qint64(1024) * 1024;

} // namespace

EvidencePartial::EvidencePartial(Database& db, const EvidenceTransferState::File& file)
    : m_db(db)
    , m_file(file)
    , m_blobPath(EvidenceStore::blobPath(db, file.sha256))
    , m_partPath(m_blobPath + QStringLiteral(".partial"))
    , m_etagPath(m_blobPath + QStringLiteral(".partial-etag"))
{ }

qint64 EvidencePartial::offset() const
{
    const QFileInfo part(m_partPath);
    if (m_blobPath.isEmpty() || !part.isFile() || part.size() > m_file.size || etag().isEmpty()) {
        return 0;
    }
    return part.size();
}

QByteArray EvidencePartial::etag() const
{
    QFile file(m_etagPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

bool EvidencePartial::begin(qint64 offset, const QByteArray& etag, QString* error)
{
    m_part.close();
    if (offset != 0 && (offset != this->offset() || etag != this->etag())) {
        *error = tr("the server sent the evidence file \"%1\" from byte %2, not from the %3 bytes kept here")
                     .arg(m_file.name)
                     .arg(offset)
                     .arg(this->offset());
        return false;
    }
    if (m_blobPath.isEmpty() || !QDir().mkpath(QFileInfo(m_blobPath).absolutePath())) {
        *error = tr("cannot create the folder to store \"%1\" in %2")
                     .arg(m_file.name, QDir::toNativeSeparators(m_db.filesDirectory()));
        return false;
    }
    if (offset == 0) {
        // The ETag first: bytes are never kept without the version they belong to.
        QFile::remove(m_partPath);
        QSaveFile tag(m_etagPath);
        if (!tag.open(QIODevice::WriteOnly) || tag.write(etag) != etag.size() || !tag.commit()) {
            *error = tr("cannot store \"%1\" in %2: %3")
                         .arg(m_file.name, QDir::toNativeSeparators(QFileInfo(m_partPath).absolutePath()),
                              tag.errorString());
            return false;
        }
    }
    m_part.setFileName(m_partPath);
    if (!m_part.open(offset == 0 ? QIODevice::WriteOnly | QIODevice::Truncate
                                 : QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("cannot store \"%1\" in %2: %3")
                     .arg(m_file.name, QDir::toNativeSeparators(QFileInfo(m_partPath).absolutePath()),
                          m_part.errorString());
        return false;
    }
    return true;
}

bool EvidencePartial::append(const QByteArray& bytes, QString* error)
{
    // Flushed at once: a program killed now keeps what arrived.
    if (!m_part.isOpen() || m_part.write(bytes) != bytes.size() || !m_part.flush()) {
        *error = tr("cannot store \"%1\" in %2: %3")
                     .arg(m_file.name, QDir::toNativeSeparators(QFileInfo(m_partPath).absolutePath()),
                          m_part.errorString());
        return false;
    }
    return true;
}

bool EvidencePartial::finish(QString* error)
{
    m_part.close();
    QFile part(m_partPath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (part.open(QIODevice::ReadOnly)) {
        while (!part.atEnd()) {
            const QByteArray block = part.read(HashBlock);
            if (block.isEmpty()) {
                break;
            }
            hash.addData(block);
        }
    }
    const qint64 size = part.size();
    part.close();
    const QString actual = QString::fromLatin1(hash.result().toHex());
    if (size != m_file.size || actual != m_file.sha256) {
        *error = tr("the evidence file \"%1\" received from the server is not the one attached (%2 bytes, "
                    "SHA-256 %3; expected %4 bytes, %5): it was not kept and will be downloaded again at "
                    "the next synchronisation")
                     .arg(m_file.name)
                     .arg(size)
                     .arg(actual)
                     .arg(m_file.size)
                     .arg(m_file.sha256);
        discard();
        return false;
    }
    QFile::remove(m_blobPath);
    QFile moving(m_partPath);
    if (!moving.rename(m_blobPath)) {
        *error = tr("cannot store \"%1\" in %2: %3")
                     .arg(m_file.name, QDir::toNativeSeparators(QFileInfo(m_blobPath).absolutePath()),
                          moving.errorString());
        return false;
    }
    QFile::remove(m_etagPath);
    return true;
}

void EvidencePartial::discard()
{
    m_part.close();
    QFile::remove(m_partPath);
    QFile::remove(m_etagPath);
}

} // namespace danhgia
