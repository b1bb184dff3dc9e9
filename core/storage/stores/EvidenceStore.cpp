#include "stores/EvidenceStore.h"

#include "database/ChangeLog.h"
#include "database/Database.h"
#include "stores/SheetContextStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <functional>
#include <limits>

namespace danhgia {

namespace {

constexpr qint64 ChunkSize = qint64(1) << 20;
std::atomic<qint64> maximumBytes{EvidenceStore::DefaultMaximumSize};

const QString Columns
    = QStringLiteral("id, uuid, sheet_id, code, sha256, size, original_name, added_by, revision");

// `return fail(error, message);` sets the message and returns false or std::nullopt.
struct Failure
{
    operator bool() const { return false; }
    template <typename T> operator std::optional<T>() const { return std::nullopt; }
};

Failure fail(QString* error, const QString& message)
{
    *error = message;
    return {};
}

struct Digest
{
    QString sha256;
    qint64 size = 0;
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString tooLarge(const QString& name, qint64 size)
{
    const QLocale locale;
    return EvidenceStore::tr(
               "\"%1\" is too large to attach (%2); an evidence file may be at most %3. Scan it "
               "at a lower resolution or split it into several files.")
        .arg(name, locale.formattedDataSize(size), locale.formattedDataSize(maximumBytes.load()));
}

QString writeFailure(const QFileDevice& file, const QString& name)
{
    const QString folder = native(QFileInfo(file.fileName()).absolutePath());
    if (file.error() == QFileDevice::ResourceError) {
        return EvidenceStore::tr("there is not enough space on the disk to store \"%1\" in %2")
            .arg(name, folder);
    }
    return EvidenceStore::tr("cannot store \"%1\" in %2: %3").arg(name, folder, file.errorString());
}

// Writes everything; a short write (the disk filled up) is retried so that the error is known.
bool writeAll(QFileDevice& out, const char* data, qint64 size, const QString& name, QString* error)
{
    for (qint64 done = 0, written = 0; done < size; done += written) {
        if ((written = out.write(data + done, size - done)) <= 0) {
            return fail(error, writeFailure(out, name));
        }
    }
    return true;
}

// Reads `in` to its end in chunks into the hash and, when given, into `out`; refuses more than
// `limit` bytes. `name` is the file as the messages show it.
bool stream(QIODevice& in, QFileDevice* out, qint64 limit, const QString& name, Digest* digest,
            QString* error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(static_cast<int>(ChunkSize), Qt::Uninitialized);
    digest->size = 0;
    for (qint64 read = 0; (read = in.read(buffer.data(), ChunkSize)) != 0;) {
        if (read < 0) {
            return fail(error,
                        EvidenceStore::tr("cannot read the file \"%1\": %2").arg(name, in.errorString()));
        }
        digest->size += read;
        if (digest->size > limit) {
            return fail(error, tooLarge(name, digest->size));
        }
        hash.addData(QByteArrayView(buffer.constData(), read));
        if (out && !writeAll(*out, buffer.constData(), read, name, error)) {
            return false;
        }
    }
    digest->sha256 = QString::fromLatin1(hash.result().toHex());
    return true;
}

bool checkSize(qint64 size, const QString& name, QString* error)
{
    if (size == 0) {
        *error = EvidenceStore::tr("the file \"%1\" is empty").arg(name);
    } else if (size > maximumBytes.load()) {
        *error = tooLarge(name, size);
    }
    return size > 0 && size <= maximumBytes.load();
}

std::optional<QList<EvidenceRecord>> select(Database& db, const QString& where, const QVariantList& binds,
                                            QString* error)
{
    if (!db.isOpen()) {
        return fail(error, EvidenceStore::tr("the database is not open"));
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM evidence_files WHERE %2 ORDER BY id").arg(Columns, where));
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return fail(error,
                    EvidenceStore::tr("cannot read the evidence files: %1").arg(query.lastError().text()));
    }
    QList<EvidenceRecord> records;
    while (query.next()) {
        records.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                        query.value(6).toString(), query.value(7).toString(), query.value(8).toLongLong()});
    }
    return records;
}

// Outbox and audit entry for an inserted or deleted row, with the row's fields as its value.
bool recordChange(Database& db, const EvidenceRecord& r, const QString& operation, qint64 revision,
                  const QString& actor, const QString& reason, QString* error)
{
    const QJsonObject fields{
        {QStringLiteral("uuid"), r.uuid},       {QStringLiteral("sheet_id"), r.sheetId},
        {QStringLiteral("code"), r.leafCode},   {QStringLiteral("sha256"), r.sha256},
        {QStringLiteral("size"), r.size},       {QStringLiteral("original_name"), r.originalName},
        {QStringLiteral("added_by"), r.addedBy}};
    const bool inserted = operation == QLatin1String("insert");
    // Qt binds a null QString as SQL NULL; the audit trail holds '' for "nobody".
    const RowChange change{QStringLiteral("evidence_files"),
                           r.uuid,
                           operation,
                           revision,
                           inserted ? QJsonObject() : fields,
                           inserted ? fields : QJsonObject(),
                           actor.isNull() ? QStringLiteral("") : actor,
                           QString(),
                           reason};
    return ChangeLog::record(db.connection(), change, error);
}

void removeIfUnreferenced(Database& db, const QString& sha256)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM evidence_files WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (query.exec() && query.next() && query.value(0).toLongLong() == 0) {
        const QString path = EvidenceStore::blobPath(db, sha256);
        QFile::remove(path);
        QDir().rmdir(QFileInfo(path).absolutePath()); // only when empty
    }
}

// The sheet exists and `leafCode` is a leaf criterion of its campaign's criteria set.
bool checkTarget(Database& db, qint64 sheetId, const QString& leafCode, QString* error)
{
    if (!db.isOpen()) {
        return fail(error, EvidenceStore::tr("the database is not open"));
    }
    QString detail;
    const auto sheet = SheetContextStore::load(db.connection(), sheetId, &detail);
    if (!sheet) {
        return fail(error, detail);
    }
    const CriteriaSet& set = sheet->criteriaSet;
    const int index = set.indexOf(leafCode);
    if (index < 0 || set.node(index).isGroup) {
        return fail(error,
                    EvidenceStore::tr("\"%1\" is not a leaf criterion of the set \"%2\"; evidence is "
                                      "attached to leaf criteria")
                        .arg(leafCode, set.id));
    }
    return true;
}

// Stores the content under its hash unless it is already there (`write` fills a temporary file
// beside the final name, renamed on success), then inserts the row. Content written by this call
// is removed again when the row cannot be stored.
std::optional<EvidenceRecord> store(Database& db, EvidenceRecord record, const QString& name,
                                    const std::function<bool(QSaveFile&, QString*)>& write, QString* error)
{
    const QString path = EvidenceStore::blobPath(db, record.sha256);
    const QFileInfo existing(path);
    const bool created = !existing.isFile() || existing.size() != record.size;
    if (created) {
        if (!QDir().mkpath(existing.absolutePath())) {
            return fail(error,
                        EvidenceStore::tr("cannot create the folder %1 to store \"%2\"")
                            .arg(native(existing.absolutePath()), name));
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(error, writeFailure(file, name));
        }
        if (!write(file, error)) {
            file.cancelWriting();
            return std::nullopt;
        }
        if (!file.commit()) {
            return fail(error, writeFailure(file, name));
        }
    }
    record.uuid = Database::newUuid();
    if (record.addedBy.isNull()) {
        record.addedBy = QStringLiteral("");
    }
    QString detail;
    const bool ok = db.transaction(
        [&](QString* e) -> bool {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral("INSERT INTO evidence_files (uuid, sheet_id, code, sha256, size, "
                                         "original_name, added_by) VALUES (?,?,?,?,?,?,?)"));
            for (const QVariant& value :
                 {QVariant(record.uuid), QVariant(record.sheetId), QVariant(record.leafCode),
                  QVariant(record.sha256), QVariant(record.size), QVariant(record.originalName),
                  QVariant(record.addedBy)}) {
                query.addBindValue(value);
            }
            if (!query.exec()) {
                return fail(e, query.lastError().text());
            }
            record.id = query.lastInsertId().toLongLong();
            return recordChange(db, record, QStringLiteral("insert"), 1, record.addedBy, QString(), e);
        },
        &detail);
    if (!ok) {
        if (created) {
            removeIfUnreferenced(db, record.sha256);
        }
        return fail(
            error,
            EvidenceStore::tr("cannot record the evidence file \"%1\": %2").arg(record.originalName, detail));
    }
    return record;
}

} // namespace

qint64 EvidenceStore::maximumSize()
{
    return maximumBytes.load();
}

void EvidenceStore::setMaximumSize(qint64 bytes)
{
    maximumBytes.store(bytes > 0 ? bytes : DefaultMaximumSize);
}

QString EvidenceStore::blobPath(const Database& db, const QString& sha256)
{
    static const QRegularExpression hexDigest(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hexDigest.match(sha256).hasMatch() || db.path().isEmpty()) {
        return QString();
    }
    return QDir(db.filesDirectory())
        .absoluteFilePath(QStringLiteral("sha256/") + sha256.left(2) + QLatin1Char('/') + sha256.mid(2));
}

std::optional<EvidenceRecord> EvidenceStore::attach(Database& db, qint64 sheetId, const QString& leafCode,
                                                    const QString& sourcePath, const QString& actor,
                                                    QString* error)
{
    const QFileInfo info(sourcePath);
    const QString shown = native(sourcePath);
    if (!checkTarget(db, sheetId, leafCode, error)) {
        return std::nullopt;
    }
    if (!info.exists() || !info.isFile()) {
        return fail(error,
                    info.exists() ? tr("\"%1\" is not a file").arg(shown)
                                  : tr("the file \"%1\" does not exist").arg(shown));
    }
    if (!checkSize(info.size(), shown, error)) {
        return std::nullopt;
    }
    const auto read = [&](QFileDevice* out, Digest* digest, QString* e) -> bool {
        QFile source(sourcePath);
        if (!source.open(QIODevice::ReadOnly)) {
            return fail(e, tr("cannot read the file \"%1\": %2").arg(shown, source.errorString()));
        }
        return stream(source, out, maximumSize(), shown, digest, e);
    };
    // First pass: the hash names the stored file. Second pass, only for new content: the copy,
    // hashed again so that a file changed in between is noticed.
    Digest digest;
    if (!read(nullptr, &digest, error)) {
        return std::nullopt;
    }
    const auto copy = [&](QSaveFile& file, QString* e) {
        Digest copied;
        if (!read(&file, &copied, e)) {
            return false;
        }
        return copied.sha256 == digest.sha256 && copied.size == digest.size
            ? true
            : fail(e, tr("the file \"%1\" changed while it was being read; attach it again").arg(shown));
    };
    return store(db, {0, QString(), sheetId, leafCode, digest.sha256, digest.size, info.fileName(), actor},
                 shown, copy, error);
}

std::optional<EvidenceRecord> EvidenceStore::attachData(Database& db, qint64 sheetId, const QString& leafCode,
                                                        const QByteArray& data, const QString& originalName,
                                                        const QString& actor, QString* error)
{
    if (!checkTarget(db, sheetId, leafCode, error)) {
        return std::nullopt;
    }
    if (originalName.trimmed().isEmpty()) {
        return fail(error, tr("an evidence file needs a name"));
    }
    if (!checkSize(data.size(), originalName, error)) {
        return std::nullopt;
    }
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const auto write = [&](QSaveFile& file, QString* e) {
        return writeAll(file, data.constData(), data.size(), originalName, e);
    };
    return store(db, {0, QString(), sheetId, leafCode, sha256, data.size(), originalName, actor},
                 originalName, write, error);
}

std::optional<QList<EvidenceRecord>> EvidenceStore::list(Database& db, qint64 sheetId,
                                                         const QString& leafCode, QString* error)
{
    return select(db, QStringLiteral("sheet_id = ? AND code = ?"), {sheetId, leafCode}, error);
}

std::optional<QList<EvidenceRecord>> EvidenceStore::listForSheet(Database& db, qint64 sheetId, QString* error)
{
    return select(db, QStringLiteral("sheet_id = ?"), {sheetId}, error);
}

std::optional<EvidenceRecord> EvidenceStore::find(Database& db, qint64 evidenceId, QString* error)
{
    const auto rows = select(db, QStringLiteral("id = ?"), {evidenceId}, error);
    if (rows && rows->isEmpty()) {
        *error = tr("there is no evidence file with the number %1").arg(evidenceId);
    }
    return rows && !rows->isEmpty() ? std::optional<EvidenceRecord>(rows->first()) : std::nullopt;
}

std::optional<QString> EvidenceStore::open(Database& db, qint64 evidenceId, QString* error)
{
    const auto record = find(db, evidenceId, error);
    if (!record) {
        return std::nullopt;
    }
    const QString path = blobPath(db, record->sha256);
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        return fail(error,
                    tr("the stored copy of \"%1\" is missing from %2")
                        .arg(record->originalName, native(db.filesDirectory())));
    }
    return path;
}

bool EvidenceStore::verify(Database& db, qint64 evidenceId, QString* error)
{
    const auto record = find(db, evidenceId, error);
    const auto path = record ? open(db, evidenceId, error) : std::nullopt;
    if (!path) {
        return false;
    }
    QFile file(*path);
    Digest digest;
    QString detail;
    if (!file.open(QIODevice::ReadOnly)
        || !stream(file, nullptr, std::numeric_limits<qint64>::max(), *path, &digest, &detail)) {
        return fail(error,
                    tr("cannot read the stored copy of \"%1\" (%2): %3")
                        .arg(record->originalName, native(*path), file.errorString()));
    }
    if (digest.size != record->size || digest.sha256 != record->sha256) {
        return fail(error,
                    tr("the stored copy of \"%1\" (%2) is damaged: its content is not what was attached")
                        .arg(record->originalName, native(*path)));
    }
    return true;
}

bool EvidenceStore::remove(Database& db, qint64 evidenceId, const QString& actor, const QString& reason,
                           QString* error)
{
    const auto record = find(db, evidenceId, error);
    if (!record) {
        return false;
    }
    QString detail;
    const bool ok = db.transaction(
        [&](QString* e) -> bool {
            QSqlQuery query(db.connection());
            if (!query.exec(QStringLiteral("DELETE FROM evidence_files WHERE id = %1").arg(evidenceId))) {
                return fail(e, query.lastError().text());
            }
            return recordChange(db, *record, QStringLiteral("delete"), record->revision + 1, actor, reason,
                                e);
        },
        &detail);
    if (!ok) {
        return fail(error,
                    tr("cannot remove the evidence file \"%1\": %2").arg(record->originalName, detail));
    }
    // A stored file that cannot be removed now is left to collectGarbage().
    removeIfUnreferenced(db, record->sha256);
    return true;
}

std::optional<int> EvidenceStore::collectGarbage(Database& db, QString* error)
{
    const auto rows = select(db, QStringLiteral("1"), {}, error);
    if (!rows) {
        return std::nullopt;
    }
    QSet<QString> referenced;
    for (const EvidenceRecord& row : *rows) {
        referenced.insert(blobPath(db, row.sha256));
        // A download under way (sync/EvidencePartial) resumes from what it kept.
        referenced.insert(blobPath(db, row.sha256) + QStringLiteral(".partial"));
        referenced.insert(blobPath(db, row.sha256) + QStringLiteral(".partial-etag"));
    }
    // Anything else under the store: unreferenced content, temporary files of interrupted writes.
    const QString root = QDir(db.filesDirectory()).absoluteFilePath(QStringLiteral("sha256"));
    int removed = 0;
    QStringList folders;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        if (!referenced.contains(file.absoluteFilePath())) {
            if (!QFile::remove(file.absoluteFilePath())) {
                return fail(error,
                            tr("cannot remove the unused file %1").arg(native(file.absoluteFilePath())));
            }
            ++removed;
            folders.append(file.absolutePath());
        }
    }
    for (const QString& folder : folders) {
        QDir().rmdir(folder); // only when empty
    }
    return removed;
}

} // namespace danhgia
