#include "EvidenceAgreement.h"

#include "PgConnection.h"
#include "database/Database.h"
#include "stores/EvidenceStore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace danhgia;

namespace {

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QStringList EvidenceAgreement::onServer(const QMap<QString, QByteArray>& attached)
{
    server::PgConnection pg;
    QString error;
    if (!pg.open(m_province.database(), &error)) {
        return {error};
    }
    QStringList found;
    for (auto it = attached.begin(); it != attached.end(); ++it) {
        const server::PgConnection::Param sha = server::PgConnection::text(it.key());
        const auto upload
            = pg.exec("SELECT size, committed, complete FROM evidence_uploads WHERE sha256 = $1", {sha});
        if (upload.rows() != 1 || !upload.boolean(0, 2) || upload.integer(0, 0) != it->size()
            || upload.integer(0, 1) != it->size()) {
            found.append(QStringLiteral("evidence %1 (%2 bytes): not complete on the server (%3)")
                             .arg(it.key())
                             .arg(it->size())
                             .arg(upload.rows() == 1 ? QStringLiteral("%1 of %2 bytes committed")
                                                           .arg(upload.integer(0, 1))
                                                           .arg(upload.integer(0, 0))
                                                     : QStringLiteral("no upload")));
            continue;
        }
        const auto parts = pg.exec("SELECT offset_bytes, encode(data, 'hex') FROM evidence_chunks WHERE "
                                   "sha256 = $1 ORDER BY offset_bytes",
                                   {sha});
        QByteArray content;
        for (int i = 0; i < parts.rows(); ++i) {
            if (parts.integer(i, 0) != content.size()) {
                found.append(QStringLiteral("evidence %1: a part at %2 after %3 bytes (a gap or an overlap)")
                                 .arg(it.key())
                                 .arg(parts.integer(i, 0))
                                 .arg(content.size()));
            }
            content += QByteArray::fromHex(parts.bytes(i, 1));
        }
        if (content != *it) {
            found.append(
                QStringLiteral("evidence %1: the server holds %2 bytes, SHA-256 %3, not the %4 attached")
                    .arg(it.key())
                    .arg(content.size())
                    .arg(sha256Of(content))
                    .arg(it->size()));
        }
        const auto rows = pg.exec("SELECT count(*) FROM records WHERE entity = 'evidence_files' AND NOT "
                                  "deleted AND data->>'sha256' = $1",
                                  {sha});
        if (rows.integer(0, 0) != 1) {
            found.append(QStringLiteral("evidence %1: %2 rows on the server name it, not one")
                             .arg(it.key())
                             .arg(rows.integer(0, 0)));
        }
    }
    return found;
}

QStringList EvidenceAgreement::onDatabase(Database& db, const QMap<QString, QByteArray>& attached,
                                          bool temporaryAllowed)
{
    QStringList found;
    QSqlQuery rows(db.connection());
    if (!rows.exec(QStringLiteral("SELECT sha256, size, original_name FROM evidence_files"))) {
        return {QStringLiteral("cannot read evidence_files")};
    }
    while (rows.next()) {
        const QString sha = rows.value(0).toString();
        QFile stored(EvidenceStore::blobPath(db, sha));
        const QByteArray content = stored.open(QIODevice::ReadOnly) ? stored.readAll() : QByteArray();
        if (!stored.isOpen() || content.size() != rows.value(1).toLongLong() || sha256Of(content) != sha) {
            found.append(QStringLiteral("evidence %1 (\"%2\", %3 bytes): %4")
                             .arg(sha, rows.value(2).toString(), rows.value(1).toString(),
                                  stored.isOpen() ? QStringLiteral("stored here as %1 bytes, SHA-256 %2")
                                                        .arg(content.size())
                                                        .arg(sha256Of(content))
                                                  : QStringLiteral("not stored here")));
        } else if (attached.contains(sha) && attached.value(sha) != content) {
            found.append(QStringLiteral("evidence %1: stored here, not the bytes attached").arg(sha));
        }
    }
    // The store: sha256/ab/cdef… for each content.
    const QString root
        = QFileInfo(QFileInfo(EvidenceStore::blobPath(db, QString(64, QLatin1Char('0')))).absolutePath())
              .absolutePath();
    QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QFileInfo info(path);
        const QString name = info.dir().dirName() + info.fileName();
        if (EvidenceStore::blobPath(db, name) == path) {
            QFile stored(path);
            if (!stored.open(QIODevice::ReadOnly) || sha256Of(stored.readAll()) != name) {
                found.append(
                    QStringLiteral("%1: under the final name of content it does not hold").arg(path));
            }
        } else if (!temporaryAllowed) {
            found.append(QStringLiteral("%1: a file left in the evidence store").arg(path));
        }
    }
    return found;
}
