// The local database: schema, settings, migrations, refusal of newer files, the outbox written
// with every change, the audit hash chain, immutability of published criteria sets, backups.

#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/DatabaseBackup.h"
#include "database/SchemaMigrations.h"
#include "scoring/ScoreSheetReader.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qFatal("query failed: %s", qPrintable(query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

QString pragma(Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("PRAGMA ") + name);
    query.next();
    return query.value(0).toString();
}

qint64 importExampleSet(Database& db, const QString& name)
{
    ValidationIssues issues;
    QString error;
    qint64 id = 0;
    const bool ok = db.transaction(
        [&](QString* e) {
            const auto row
                = CriteriaSetStore::import(db.connection(), readData(QStringLiteral("examples/") + name),
                                           QStringLiteral("tester"), &issues, e);
            id = row.value_or(0);
            return row.has_value();
        },
        &error);
    if (!ok) {
        qFatal("import failed: %s", qPrintable(error));
    }
    return id;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsConfigured()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(SchemaMigrations::userVersion(db.connection(), &error), SchemaMigrations::latestVersion());
        QVERIFY(db.checkIntegrity(&error));
    }

    void missingFileIsRefusedWhenNotCreating()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("none.sqlite")), &error, false));
        QVERIFY(error.contains(QStringLiteral("none.sqlite")));
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() + 1)));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QString::number(SchemaMigrations::latestVersion() + 1)), qPrintable(error));
        QVERIFY(!db.isOpen());
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("text.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY(!error.isEmpty());
    }

    // Each released schema has a fixture file; opening it brings it to the latest version with
    // its data intact.
    void upgradesEveryReleasedSchema_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("schema 1") << QStringLiteral("db/schema-v1.sqlite");
        QTest::newRow("schema 2") << QStringLiteral("db/schema-v2.sqlite");
        QTest::newRow("schema 3") << QStringLiteral("db/schema-v3.sqlite");
    }

    void upgradesEveryReleasedSchema()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(dataPath(fixture), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(db.connection(), &error), SchemaMigrations::latestVersion());
        QVERIFY(db.checkIntegrity(&error));
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM criteria_sets")) >= 1);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM score_sheets")) >= 1);
        // The tables of later schemas are there, empty.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM appraisal_councils")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM quota_ceilings")), 0);
        QVERIFY(AuditLog::verify(db.connection()).ok);
    }

    void everyChangeWritesOutboxAndAudit()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("b.sqlite")), &error));
        const qint64 setRow = importExampleSet(db, QStringLiteral("cchc-so-2026.criteria.json"));
        QVERIFY(setRow > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'criteria_sets'")), 1);
        // The same set again is not a change.
        QCOMPARE(importExampleSet(db, QStringLiteral("cchc-so-2026.criteria.json")), setRow);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 1);

        ValidationIssues issues;
        ScoreSheet sheet
            = ScoreSheetReader::read(readData(QStringLiteral("examples/cchc/SNV.scores.json")), &issues);
        QVERIFY(issues.isEmpty());
        QVERIFY(db.transaction(
            [&](QString* e) {
                const auto campaign = CampaignStore::ensure(db.connection(),
                                                            {0,
                                                             QStringLiteral("CCHC-2026"),
                                                             QStringLiteral("t"),
                                                             QStringLiteral("par_index"),
                                                             setRow,
                                                             {QStringLiteral("2026")},
                                                             {},
                                                             QString(),
                                                             QString()},
                                                            QStringLiteral("tester"), e);
                return campaign
                    && SheetStore::save(db.connection(), campaign->id, sheet, QStringLiteral("tester"),
                                        QString(), e);
            },
            &error));
        // set, campaign, and the new sheet with its values recorded as one change
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT revision FROM score_sheets")), 1);
        QVERIFY(
            count(db,
                  QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'score_sheets' AND payload LIKE "
                                 "'%\"values\"%1.4%'"))
            == 1);

        // A failed transaction leaves neither data nor outbox nor audit rows behind.
        sheet.values[QStringLiteral("1.4")].number = Decimal::fromUnits(5000);
        QVERIFY(!db.transaction(
            [&](QString* e) {
                const auto campaign = CampaignStore::find(db.connection(), QStringLiteral("CCHC-2026"), e);
                SheetStore::save(db.connection(), campaign->id, sheet, QStringLiteral("tester"), QString(),
                                 e);
                *e = QStringLiteral("cancelled");
                return false;
            },
            &error));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT revision FROM score_sheets")), 1);
        QVERIFY(AuditLog::verify(db.connection()).ok);

        // Changing a value is one more change, with the old and the new values.
        QVERIFY(db.transaction(
            [&](QString* e) {
                const auto campaign = CampaignStore::find(db.connection(), QStringLiteral("CCHC-2026"), e);
                return SheetStore::save(db.connection(), campaign->id, sheet, QStringLiteral("tester"),
                                        QStringLiteral("sửa số liệu"), e)
                    .has_value();
            },
            &error));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 4);
        QCOMPARE(count(db, QStringLiteral("SELECT revision FROM score_sheets")), 2);
        QCOMPARE(count(db,
                       QStringLiteral(
                           "SELECT COUNT(*) FROM audit_log WHERE reason = 'sửa số liệu' AND old_value LIKE "
                           "'%1.75%' AND new_value LIKE '%0.5%'")),
                 1);
    }

    void publishedCriteriaSetIsImmutable()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
        importExampleSet(db, QStringLiteral("cong-chuc-2026.criteria.json"));
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE criteria_sets SET document = '{}'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM criteria_sets")));
        // Different content under the same id and version is refused.
        QByteArray changed = readData(QStringLiteral("examples/cong-chuc-2026.criteria.json"));
        changed.replace("Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt");
        ValidationIssues issues;
        QVERIFY(!db.transaction(
            [&](QString* e) {
                return CriteriaSetStore::import(db.connection(), changed, QStringLiteral("tester"), &issues,
                                                e)
                    .has_value();
            },
            &error));
        QVERIFY2(error.contains(QStringLiteral("cong-chuc-2026")), qPrintable(error));
    }

    void auditChainDetectsTampering_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("brokenRow");
        QTest::newRow("edit a value")
            << QStringLiteral("UPDATE audit_log SET new_value = 'x' WHERE id = 2") << qint64(2);
        QTest::newRow("edit the actor")
            << QStringLiteral("UPDATE audit_log SET actor = 'ai đó' WHERE id = 1") << qint64(1);
        QTest::newRow("delete a middle row")
            << QStringLiteral("DELETE FROM audit_log WHERE id = 2") << qint64(3);
        QTest::newRow("delete the last row")
            << QStringLiteral("DELETE FROM audit_log WHERE id = 3") << qint64(3);
    }

    void auditChainDetectsTampering()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, brokenRow);
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("d.sqlite")), &error));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(db.transaction(
                [&](QString* e) {
                    return AuditLog::append(db.connection(),
                                            {QStringLiteral("Nguyễn Văn A"), QStringLiteral("score_sheets"),
                                             QStringLiteral("uuid-%1").arg(i), QStringLiteral("update"),
                                             QStringLiteral("{\"1.1\":1}"), QStringLiteral("{\"1.1\":2}"),
                                             QStringLiteral("sửa theo thẩm định")},
                                            e);
                },
                &error));
        }
        QVERIFY(AuditLog::verify(db.connection()).ok);
        QCOMPARE(AuditLog::verify(db.connection()).rows, 3);
        QSqlQuery query(db.connection());
        // The program itself refuses to change the trail...
        QVERIFY(!query.exec(tamper));
        // ...so a tamperer has to drop the guards first, and the chain still tells.
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(query.exec(tamper));
        const AuditLog::Verification verification = AuditLog::verify(db.connection());
        QVERIFY(!verification.ok);
        QCOMPARE(verification.firstBrokenRow, brokenRow);
        QVERIFY(!verification.message.isEmpty());
    }

    void backupRestoreAndRotation()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("live.sqlite")), &error));
        importExampleSet(db, QStringLiteral("cchc-so-2026.criteria.json"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY2(DatabaseBackup::backupTo(db, backup, &error), qPrintable(error));
        QVERIFY(DatabaseBackup::checkFile(backup, &error));
        importExampleSet(db, QStringLiteral("cong-chuc-2026.criteria.json"));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM criteria_sets")), 2);
        QVERIFY2(DatabaseBackup::restoreFrom(db, backup, &error), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM criteria_sets")), 1);
        QVERIFY(AuditLog::verify(db.connection()).ok);

        // A damaged backup is refused and the live data stays.
        QFile damaged(dir.filePath(QStringLiteral("damaged.sqlite")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, '\x42'));
        damaged.close();
        QVERIFY(!DatabaseBackup::restoreFrom(db, damaged.fileName(), &error));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM criteria_sets")), 1);

        // Daily rotation keeps the newest seven.
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QStringList kept;
        for (int day = 1; day <= 9; ++day) {
            QVERIFY(DatabaseBackup::rotate(db, folder, 7,
                                           QStringLiteral("2026-12-%1").arg(day, 2, 10, QLatin1Char('0')),
                                           &kept, &error));
        }
        QCOMPARE(kept.size(), 7);
        QVERIFY(kept.first().endsWith(QStringLiteral("live-2026-12-09.sqlite")));
        QVERIFY(kept.last().endsWith(QStringLiteral("live-2026-12-03.sqlite")));
        QVERIFY(DatabaseBackup::rotate(db, folder, 7, QStringLiteral("2026-12-09"), &kept, &error));
        QCOMPARE(kept.size(), 7);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
