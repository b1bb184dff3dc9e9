// Evidence files: stored once per content under the database's files folder, original names kept
// as data only, removal that keeps shared content, verification, the outbox and audit entries,
// and failures that leave nothing behind.

#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/EvidenceStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QString Actor = QStringLiteral("Nguyễn Văn A");

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qFatal("query failed: %s", qPrintable(query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

// Every file under the database's files folder, relative to it.
QStringList storedFiles(Database& db)
{
    QStringList files;
    const QDir root(db.filesDirectory());
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(root.relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Opens a database in `dir` and makes a score sheet (a campaign of the example CCHC set).
qint64 openWithSheet(Database& db, const QTemporaryDir& dir, const QString& subject = QStringLiteral("SNV"))
{
    QString error;
    if (!db.isOpen() && !db.open(dir.filePath(QStringLiteral("evidence.sqlite")), &error)) {
        qFatal("open failed: %s", qPrintable(error));
    }
    qint64 sheetId = 0;
    const bool ok = db.transaction(
        [&](QString* e) {
            ValidationIssues issues;
            const auto set = CriteriaSetStore::import(
                db.connection(), readData(QStringLiteral("examples/cchc-so-2026.criteria.json")), Actor,
                &issues, e);
            if (!set) {
                return false;
            }
            const auto campaign = CampaignStore::ensure(db.connection(),
                                                        {0,
                                                         QStringLiteral("CCHC-2026"),
                                                         QStringLiteral("Chỉ số CCHC 2026"),
                                                         QStringLiteral("par_index"),
                                                         *set,
                                                         {QStringLiteral("2026")},
                                                         {},
                                                         QString(),
                                                         QString()},
                                                        Actor, e);
            if (!campaign) {
                return false;
            }
            const auto sheet
                = SyncedTable::upsert(db.connection(), QStringLiteral("score_sheets"),
                                      {{QStringLiteral("campaign_id"), campaign->id},
                                       {QStringLiteral("subject_code"), subject},
                                       {QStringLiteral("period"), QStringLiteral("2026")}},
                                      {{QStringLiteral("subject_name"), subject}}, Actor, QString(), e);
            sheetId = sheet ? sheet->id : 0;
            return sheet.has_value();
        },
        &error);
    if (!ok) {
        qFatal("sheet setup failed: %s", qPrintable(error));
    }
    return sheetId;
}

} // namespace

class TestEvidenceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameContentIsStoredOnce()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheetA = openWithSheet(db, dir, QStringLiteral("SNV"));
        const qint64 sheetB = openWithSheet(db, dir, QStringLiteral("STP"));
        const QByteArray content("%PDF-1.7 kế hoạch cải cách hành chính năm 2026");
        const QString hash = sha256(content);
        QString error;

        const auto first = EvidenceStore::attachData(db, sheetA, QStringLiteral("1.2"), content,
                                                     QStringLiteral("ke-hoach.pdf"), Actor, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->sha256, hash);
        QCOMPARE(first->size, qint64(content.size()));
        QCOMPARE(first->originalName, QStringLiteral("ke-hoach.pdf"));
        QCOMPARE(first->addedBy, Actor);
        QVERIFY(first->id > 0);
        QVERIFY(!first->uuid.isEmpty());

        const QString source = dir.filePath(QStringLiteral("copy.pdf"));
        writeFile(source, content);
        const auto second = EvidenceStore::attach(db, sheetB, QStringLiteral("1.4"), source, Actor, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->sha256, hash);
        QCOMPARE(second->originalName, QStringLiteral("copy.pdf"));
        QVERIFY(second->uuid != first->uuid);
        const auto third = EvidenceStore::attachData(db, sheetA, QStringLiteral("1.2"), content,
                                                     QStringLiteral("lần 2.pdf"), Actor, &error);
        QVERIFY2(third, qPrintable(error));

        // One file, named by its hash, with the content; three rows.
        const QString relative = QStringLiteral("sha256/") + hash.left(2) + QLatin1Char('/') + hash.mid(2);
        QCOMPARE(storedFiles(db), QStringList{relative});
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM evidence_files")), 3);
        const auto path = EvidenceStore::open(db, second->id, &error);
        QVERIFY2(path, qPrintable(error));
        QCOMPARE(*path, QDir(db.filesDirectory()).absoluteFilePath(relative));
        QCOMPARE(readFile(*path), content);
        QVERIFY2(EvidenceStore::verify(db, first->id, &error), qPrintable(error));

        const auto leaf = EvidenceStore::list(db, sheetA, QStringLiteral("1.2"), &error);
        QVERIFY(leaf);
        QCOMPARE(leaf->size(), 2);
        QCOMPARE(leaf->at(0).id, first->id);
        QCOMPARE(leaf->at(1).originalName, QStringLiteral("lần 2.pdf"));
        QCOMPARE(EvidenceStore::list(db, sheetA, QStringLiteral("1.4"), &error)->size(), 0);
        const auto all = EvidenceStore::listForSheet(db, sheetB, &error);
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().leafCode, QStringLiteral("1.4"));
        QCOMPARE(all->first().sheetId, sheetB);
    }

    void largeFileIsStreamed()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        QByteArray content;
        content.reserve(5 * 1024 * 1024 + 17);
        for (int i = 0; i < 5 * 1024 * 1024 + 17; ++i) {
            content.append(char((quint32(i) * 2654435761u) >> 24));
        }
        const QString source = dir.filePath(QStringLiteral("scan.tif"));
        writeFile(source, content);
        QString error;
        const auto record = EvidenceStore::attach(db, sheet, QStringLiteral("2.1"), source, Actor, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->sha256, sha256(content));
        QCOMPARE(record->size, qint64(content.size()));
        QVERIFY2(EvidenceStore::verify(db, record->id, &error), qPrintable(error));
        QCOMPARE(readFile(*EvidenceStore::open(db, record->id, &error)), content);
    }

    void originalNamesAreOnlyData_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent folders") << QStringLiteral("../../etc/passwd");
        QTest::newRow("device name") << QStringLiteral("CON");
        QTest::newRow("separators") << QStringLiteral("a/b\\c.pdf");
        QTest::newRow("absolute") << QStringLiteral("/tmp/evil.pdf");
        QTest::newRow("dot dot") << QStringLiteral("..");
        QTest::newRow("Vietnamese") << QStringLiteral("Báo cáo CCHC năm 2026.pdf");
    }

    void originalNamesAreOnlyData()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QString error;
        const QByteArray content = name.toUtf8() + " nội dung";
        const auto record
            = EvidenceStore::attachData(db, sheet, QStringLiteral("1.5"), content, name, Actor, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->originalName, name);
        QCOMPARE(EvidenceStore::find(db, record->id, &error)->originalName, name);
        const QString hash = sha256(content);
        QCOMPARE(storedFiles(db),
                 QStringList{QStringLiteral("sha256/") + hash.left(2) + QLatin1Char('/') + hash.mid(2)});
        // Nothing appeared beside the database but its files folder.
        QStringList after = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        after.removeAll(QStringLiteral("evidence.sqlite.files"));
        QCOMPARE(after, before);
    }

    void vietnameseFileNameFromDisk()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        const QString name = QStringLiteral("Báo cáo CCHC năm 2026.pdf");
        writeFile(dir.filePath(name), "báo cáo");
        QString error;
        const auto record
            = EvidenceStore::attach(db, sheet, QStringLiteral("1.4"), dir.filePath(name), Actor, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->originalName, name);
    }

    void removeKeepsSharedContentUntilTheLastRow()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        const qint64 outboxBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const qint64 auditBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const QByteArray content("quyết định số 12/QĐ-UBND");
        QString error;
        const auto a = EvidenceStore::attachData(db, sheet, QStringLiteral("1.2"), content,
                                                 QStringLiteral("qd-12.pdf"), Actor, &error);
        const auto b = EvidenceStore::attachData(db, sheet, QStringLiteral("1.6"), content,
                                                 QStringLiteral("qd-12 (bản sao).pdf"), Actor, &error);
        QVERIFY(a && b);
        const QString blob = *EvidenceStore::open(db, a->id, &error);
        QCOMPARE(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'evidence_files' AND "
                                      "operation = 'insert'")),
                 2);

        QVERIFY2(EvidenceStore::remove(db, a->id, QStringLiteral("Trần Thị B"), QStringLiteral("nhầm tệp"),
                                       &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(blob));
        QVERIFY(!EvidenceStore::open(db, a->id, &error));
        QVERIFY2(error.contains(QString::number(a->id)), qPrintable(error));
        QVERIFY2(EvidenceStore::verify(db, b->id, &error), qPrintable(error));

        QVERIFY(EvidenceStore::remove(db, b->id, Actor, QString(), &error));
        QVERIFY(!QFile::exists(blob));
        QCOMPARE(storedFiles(db), QStringList());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM evidence_files")), 0);

        // Two inserts and two deletes, in the outbox and in the audit trail.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore + 4);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 4);
        QSqlQuery query(db.connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT payload, revision FROM outbox WHERE entity = 'evidence_files' "
                                      "AND operation = 'delete' ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        const QJsonObject deleted = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        QCOMPARE(deleted.value(QStringLiteral("uuid")).toString(), a->uuid);
        QCOMPARE(deleted.value(QStringLiteral("sha256")).toString(), a->sha256);
        QCOMPARE(deleted.value(QStringLiteral("original_name")).toString(), QStringLiteral("qd-12.pdf"));
        QCOMPARE(deleted.value(QStringLiteral("code")).toString(), QStringLiteral("1.2"));
        QCOMPARE(query.value(1).toLongLong(), qint64(2));
        QVERIFY(query.exec(QStringLiteral("SELECT actor, action, old_value, new_value, reason FROM audit_log "
                                          "WHERE entity = 'evidence_files' ORDER BY id")));
        QStringList actions;
        while (query.next()) {
            actions.append(query.value(1).toString());
            if (query.value(1).toString() == QLatin1String("delete") && actions.size() == 3) {
                QCOMPARE(query.value(0).toString(), QStringLiteral("Trần Thị B"));
                QCOMPARE(query.value(4).toString(), QStringLiteral("nhầm tệp"));
                QVERIFY(query.value(2).toString().contains(a->uuid));
                QVERIFY(query.value(3).toString().isEmpty());
            }
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("insert"), QStringLiteral("insert"), QStringLiteral("delete"),
                              QStringLiteral("delete")}));
        const AuditLog::Verification chain = AuditLog::verify(db.connection());
        QVERIFY2(chain.ok, qPrintable(chain.message));

        // Removing again names the missing row.
        QVERIFY(!EvidenceStore::remove(db, b->id, Actor, QString(), &error));
        QVERIFY2(error.contains(QString::number(b->id)), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore + 4);
    }

    void verifyDetectsADamagedCopy()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        QString error;
        const auto record = EvidenceStore::attachData(db, sheet, QStringLiteral("3.1"), QByteArray(4096, 'x'),
                                                      QStringLiteral("biên bản.pdf"), Actor, &error);
        QVERIFY(record);
        QVERIFY(EvidenceStore::verify(db, record->id, &error));
        const QString path = *EvidenceStore::open(db, record->id, &error);

        // Same size, one byte changed.
        QByteArray changed(4096, 'x');
        changed[100] = 'y';
        writeFile(path, changed);
        QVERIFY(!EvidenceStore::verify(db, record->id, &error));
        QVERIFY2(error.contains(QStringLiteral("biên bản.pdf")), qPrintable(error));
        // Truncated.
        writeFile(path, QByteArray(10, 'x'));
        QVERIFY(!EvidenceStore::verify(db, record->id, &error));
        // Gone.
        QVERIFY(QFile::remove(path));
        QVERIFY(!EvidenceStore::open(db, record->id, &error));
        QVERIFY2(error.contains(QStringLiteral("biên bản.pdf")), qPrintable(error));
        QVERIFY(!EvidenceStore::verify(db, record->id, &error));

        // Attaching the same content again restores the stored copy.
        QVERIFY(EvidenceStore::attachData(db, sheet, QStringLiteral("3.2"), QByteArray(4096, 'x'),
                                          QStringLiteral("lại.pdf"), Actor, &error));
        QVERIFY2(EvidenceStore::verify(db, record->id, &error), qPrintable(error));
    }

    void failingAttachWritesNothing()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        const qint64 outbox = count(db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const qint64 audit = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const auto nothingWritten = [&] {
            return count(db, QStringLiteral("SELECT COUNT(*) FROM evidence_files")) == 0
                && count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")) == outbox
                && count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) == audit
                && storedFiles(db).isEmpty();
        };
        QString error;

        const QString missing = dir.filePath(QStringLiteral("không có.pdf"));
        QVERIFY(!EvidenceStore::attach(db, sheet, QStringLiteral("1.2"), missing, Actor, &error));
        QVERIFY2(error.contains(QStringLiteral("không có.pdf")), qPrintable(error));
        QVERIFY(nothingWritten());

        QVERIFY(!EvidenceStore::attach(db, sheet, QStringLiteral("1.2"), dir.path(), Actor, &error));
        QVERIFY(nothingWritten());

        const QString empty = dir.filePath(QStringLiteral("rỗng.pdf"));
        writeFile(empty, QByteArray());
        QVERIFY(!EvidenceStore::attach(db, sheet, QStringLiteral("1.2"), empty, Actor, &error));
        QVERIFY2(error.contains(QStringLiteral("rỗng.pdf")), qPrintable(error));

        QVERIFY(!EvidenceStore::attachData(db, sheet + 100, QStringLiteral("1.2"), "x",
                                           QStringLiteral("a.pdf"), Actor, &error));
        QVERIFY2(error.contains(QString::number(sheet + 100)), qPrintable(error));
        // A group is not a leaf; an unknown code is nothing.
        QVERIFY(!EvidenceStore::attachData(db, sheet, QStringLiteral("1.1"), "x", QStringLiteral("a.pdf"),
                                           Actor, &error));
        QVERIFY2(error.contains(QStringLiteral("1.1")), qPrintable(error));
        QVERIFY(!EvidenceStore::attachData(db, sheet, QStringLiteral("9.9"), "x", QStringLiteral("a.pdf"),
                                           Actor, &error));
        QVERIFY(!EvidenceStore::attachData(db, sheet, QStringLiteral("1.2"), "x", QString(), Actor, &error));
        QVERIFY(nothingWritten());

        QVERIFY(!EvidenceStore::open(db, 4242, &error));
        QVERIFY2(error.contains(QStringLiteral("4242")), qPrintable(error));
        QVERIFY(!EvidenceStore::verify(db, 4242, &error));
        QVERIFY(!EvidenceStore::remove(db, 4242, Actor, QString(), &error));
        QVERIFY(nothingWritten());
    }

    void sizeLimitIsEnforced()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        QCOMPARE(EvidenceStore::maximumSize(), qint64(200) * 1024 * 1024);
        EvidenceStore::setMaximumSize(1000);
        QString error;
        const QString source = dir.filePath(QStringLiteral("ảnh chụp.jpg"));
        writeFile(source, QByteArray(1001, 'z'));
        const bool fileRefused
            = !EvidenceStore::attach(db, sheet, QStringLiteral("1.2"), source, Actor, &error);
        const QString fileError = error;
        const bool dataRefused
            = !EvidenceStore::attachData(db, sheet, QStringLiteral("1.2"), QByteArray(1001, 'z'),
                                         QStringLiteral("kéo thả.jpg"), Actor, &error);
        const QString dataError = error;
        const bool limitAccepted
            = EvidenceStore::attachData(db, sheet, QStringLiteral("1.2"), QByteArray(1000, 'z'),
                                        QStringLiteral("vừa.jpg"), Actor, &error)
                  .has_value();
        EvidenceStore::setMaximumSize(EvidenceStore::DefaultMaximumSize);
        QVERIFY(fileRefused);
        QVERIFY2(fileError.contains(QStringLiteral("ảnh chụp.jpg")), qPrintable(fileError));
        QVERIFY(dataRefused);
        QVERIFY2(dataError.contains(QStringLiteral("kéo thả.jpg")), qPrintable(dataError));
        QVERIFY2(limitAccepted, qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM evidence_files")), 1);
    }

    void failedDatabaseWriteRemovesTheNewFile()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        QString error;
        const auto kept = EvidenceStore::attachData(db, sheet, QStringLiteral("1.2"), "dùng chung",
                                                    QStringLiteral("chung.pdf"), Actor, &error);
        QVERIFY(kept);
        const QStringList before = storedFiles(db);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON evidence_files "
                                          "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
        const qint64 outbox = count(db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        // New content: written, then removed when the row cannot be stored.
        QVERIFY(!EvidenceStore::attachData(db, sheet, QStringLiteral("1.2"), "mới", QStringLiteral("mới.pdf"),
                                           Actor, &error));
        QVERIFY2(error.contains(QStringLiteral("mới.pdf")), qPrintable(error));
        QCOMPARE(storedFiles(db), before);
        // Content another row refers to stays.
        QVERIFY(!EvidenceStore::attachData(db, sheet, QStringLiteral("1.4"), "dùng chung",
                                           QStringLiteral("chung 2.pdf"), Actor, &error));
        QCOMPARE(storedFiles(db), before);
        QVERIFY(EvidenceStore::verify(db, kept->id, &error));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox);
        QVERIFY(AuditLog::verify(db.connection()).ok);
    }

    void unwritableStorageIsReported()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        // A file where the files folder should be: nothing can be stored below it.
        writeFile(db.filesDirectory(), "in the way");
        QString error;
        QVERIFY(!EvidenceStore::attachData(db, sheet, QStringLiteral("1.2"), "x",
                                           QStringLiteral("tờ trình.pdf"), Actor, &error));
        QVERIFY2(error.contains(QStringLiteral("tờ trình.pdf")), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM evidence_files")), 0);
    }

    void closedDatabaseIsReported()
    {
        Database db;
        QString error;
        QVERIFY(!EvidenceStore::attachData(db, 1, QStringLiteral("1.2"), "x", QStringLiteral("a.pdf"), Actor,
                                           &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!EvidenceStore::listForSheet(db, 1, &error));
        QVERIFY(!EvidenceStore::collectGarbage(db, &error));
        QVERIFY(EvidenceStore::blobPath(db, sha256("x")).isEmpty());
    }

    void garbageIsCollected()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 sheet = openWithSheet(db, dir);
        QString error;
        const auto kept = EvidenceStore::attachData(db, sheet, QStringLiteral("1.2"), "giữ lại",
                                                    QStringLiteral("giữ.pdf"), Actor, &error);
        const auto orphan = EvidenceStore::attachData(db, sheet, QStringLiteral("1.4"), "mồ côi",
                                                      QStringLiteral("mồ côi.pdf"), Actor, &error);
        QVERIFY(kept && orphan);
        const QString orphanPath = *EvidenceStore::open(db, orphan->id, &error);
        // A row removed behind the store's back, and a temporary file of an interrupted write.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM evidence_files WHERE id = %1").arg(orphan->id)));
        writeFile(QFileInfo(orphanPath).absolutePath() + QStringLiteral("/half.XXXXXX"), "half");
        const auto removed = EvidenceStore::collectGarbage(db, &error);
        QVERIFY2(removed, qPrintable(error));
        QCOMPARE(*removed, 2);
        QVERIFY(!QFile::exists(orphanPath));
        QVERIFY(EvidenceStore::verify(db, kept->id, &error));
        QCOMPARE(storedFiles(db).size(), 1);
        QCOMPARE(*EvidenceStore::collectGarbage(db, &error), 0);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestEvidenceStore)
#include "TestEvidenceStore.moc"
