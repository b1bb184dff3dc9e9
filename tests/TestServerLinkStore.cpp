// The server and account a database is linked to (schema 10, sync/ServerLinkStore): a schema 9 file
// upgraded keeps its data and is not linked; a link is saved and read back with the account's roles
// and the end of offline use; a sign-out ends offline use but keeps the account, whose roles still
// bind. Once the account's offline use ended (its time passed, or it signed out), every change is
// refused by the storage itself and nothing is written; a sign-in (or a rotated token) gives it back.

#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "stores/CriteriaSetStore.h"
#include "sync/ServerLinkStore.h"
#include "sync/SyncStateStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace danhgia;

class TestServerLinkStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    static ServerLinkStore::Link sampleLink()
    {
        ServerLinkStore::Link link;
        link.serverUrl = QStringLiteral("https://danhgia.tinh.gov.vn:8443");
        link.caCertificate = QStringLiteral("/etc/danhgia/tinh-ca.pem");
        link.account.login = QStringLiteral("xcl-head");
        link.account.fullName = QStringLiteral("Nguyễn Văn Lâm");
        link.account.unitCode = QStringLiteral("XCL");
        link.account.unitName = QStringLiteral("UBND xã Cẩm Lệ");
        link.account.roles = {Role::UnitHead, Role::SelfAssessor};
        link.account.offlineUntil = QDateTime(QDate(2027, 1, 6), QTime(8, 30, 15, 250), Qt::UTC);
        return link;
    }

    // A small criteria set imported as `actor`, through the store and the change log, in one
    // transaction; false with why.
    static bool importSet(Database& db, const QString& id, QString* error)
    {
        const QByteArray document = QStringLiteral(
                                        R"({"format": "danhgia.criteria/1", "id": "%1", "version": 1,
"title": "Bộ tiêu chí cấp xã", "kind": "par_index", "decimals": 2,
"criteria": [{"code": "1", "title": "Lĩnh vực 1", "max": 10, "method": {"type": "points"}}],
"grades": [{"code": "A", "title": "Nhóm A", "min": 90}, {"code": "B", "title": "Nhóm B", "min": 0}]})")
                                        .arg(id)
                                        .toUtf8();
        return db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                return CriteriaSetStore::import(db.connection(), document, QStringLiteral("xcl-head"),
                                                &issues, e)
                    .has_value();
            },
            error);
    }
    static int count(Database& db, const QString& table)
    {
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void aSchema9FileIsUpgradedUnlinked()
    {
        const QString path = m_dir->filePath(QStringLiteral("v9.sqlite"));
        QString clientId;
        {
            // A file as version 9 of the program left it.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            for (int version = 1; version <= 9; ++version) {
                for (const QString& statement : SchemaMigrations::statements(version)) {
                    QVERIFY2(query.exec(statement), qPrintable(statement));
                }
            }
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 9")));
            QVERIFY(query.exec(QStringLiteral("UPDATE sync_state SET cursor = 42")));
            QVERIFY(query.exec(QStringLiteral("SELECT client_id FROM sync_state")) && query.next());
            clientId = query.value(0).toString();
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(db.connection(), &error), SchemaMigrations::latestVersion());
        const auto state = SyncStateStore::read(db.connection(), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->clientId, clientId);
        QCOMPARE(state->cursor, qint64(42));
        QVERIFY(!ServerLinkStore::read(db.connection(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aNewDatabaseIsNotLinked()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("new.sqlite")), &error));
        QVERIFY(!ServerLinkStore::read(db.connection(), &error));
        QVERIFY(error.isEmpty());
    }

    void aLinkIsSavedAndReadBack()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("a.sqlite")), &error));
        QVERIFY2(ServerLinkStore::save(db.connection(), sampleLink(), &error), qPrintable(error));
        const auto link = ServerLinkStore::read(db.connection(), &error);
        QVERIFY2(link, qPrintable(error));
        const ServerLinkStore::Link expected = sampleLink();
        QCOMPARE(link->serverUrl, expected.serverUrl);
        QCOMPARE(link->caCertificate, expected.caCertificate);
        QCOMPARE(link->account.login, expected.account.login);
        QCOMPARE(link->account.fullName, expected.account.fullName);
        QCOMPARE(link->account.unitCode, expected.account.unitCode);
        QCOMPARE(link->account.unitName, expected.account.unitName);
        QCOMPARE(link->account.roles, expected.account.roles);
        QCOMPARE(link->account.offlineUntil, expected.account.offlineUntil);
        QVERIFY(link->account.usableOffline(QDateTime(QDate(2027, 1, 6), QTime(8, 30), Qt::UTC)));
        QVERIFY(!link->account.usableOffline(QDateTime(QDate(2027, 1, 6), QTime(8, 31), Qt::UTC)));
    }

    void anAccountWithoutFullNameOrPinnedCaIsSaved()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("d.sqlite")), &error));
        ServerLinkStore::Link link = sampleLink();
        link.caCertificate = QString();
        link.account.fullName = QString();
        link.account.unitName = QString();
        QVERIFY2(ServerLinkStore::save(db.connection(), link, &error), qPrintable(error));
        const auto read = ServerLinkStore::read(db.connection(), &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->caCertificate.isEmpty());
        QCOMPARE(read->account.displayName(), QStringLiteral("xcl-head"));
    }

    void aSecondSignInReplacesTheAccount()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("b.sqlite")), &error));
        QVERIFY(ServerLinkStore::save(db.connection(), sampleLink(), &error));
        ServerLinkStore::Link other = sampleLink();
        other.account.login = QStringLiteral("xcl");
        other.account.roles = {Role::SelfAssessor};
        QVERIFY(ServerLinkStore::save(db.connection(), other, &error));
        const auto link = ServerLinkStore::read(db.connection(), &error);
        QVERIFY(link);
        QCOMPARE(link->account.login, QStringLiteral("xcl"));
        QCOMPARE(link->account.roles, QList<Role>{Role::SelfAssessor});
    }

    void signOutEndsOfflineUseButKeepsTheAccount()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("c.sqlite")), &error));
        QVERIFY(ServerLinkStore::save(db.connection(), sampleLink(), &error));
        QVERIFY2(ServerLinkStore::endOfflineUse(db.connection(), &error), qPrintable(error));
        const auto link = ServerLinkStore::read(db.connection(), &error);
        QVERIFY(link);
        QVERIFY(!link->account.offlineUntil.isValid());
        QVERIFY(!link->account.usableOffline(QDateTime::currentDateTimeUtc()));
        QCOMPARE(link->account.roles, sampleLink().account.roles);
    }

    void aChangeAfterOfflineUseEndedIsRefusedAndWritesNothing()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("e.sqlite")), &error));
        ServerLinkStore::Link link = sampleLink();
        link.account.offlineUntil = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(ServerLinkStore::save(db.connection(), link, &error));
        QVERIFY(!importSet(db, QStringLiteral("het-han"), &error));
        QVERIFY2(error.contains(QStringLiteral("xcl-head"))
                     && error.contains(link.account.offlineUntil.toLocalTime().toString(
                         QStringLiteral("HH:mm dd/MM/yyyy"))),
                 qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("criteria_sets")), 0);
        QCOMPARE(count(db, QStringLiteral("outbox")), 0);
        QCOMPARE(count(db, QStringLiteral("audit_log")), 0);

        // Signed in again: the link says until when; the change goes through.
        link.account.offlineUntil = QDateTime::currentDateTimeUtc().addDays(30);
        QVERIFY(ServerLinkStore::save(db.connection(), link, &error));
        QVERIFY2(importSet(db, QStringLiteral("het-han"), &error), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("criteria_sets")), 1);
    }

    void aChangeAfterSignOutIsRefusedUntilTheTokenIsRenewed()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("f.sqlite")), &error));
        QVERIFY(ServerLinkStore::save(db.connection(), sampleLink(), &error));
        QVERIFY(ServerLinkStore::endOfflineUse(db.connection(), &error));
        QVERIFY(!importSet(db, QStringLiteral("dang-xuat"), &error));
        QVERIFY2(error.contains(QStringLiteral("xcl-head")), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("criteria_sets")), 0);

        // A token of another login does not extend this account's offline use; its own does.
        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(30);
        QVERIFY(ServerLinkStore::extendOfflineUse(db.connection(), QStringLiteral("xdd"), until, &error));
        QVERIFY(!importSet(db, QStringLiteral("dang-xuat"), &error));
        QVERIFY2(
            ServerLinkStore::extendOfflineUse(db.connection(), QStringLiteral("xcl-head"), until, &error),
            qPrintable(error));
        QVERIFY2(importSet(db, QStringLiteral("dang-xuat"), &error), qPrintable(error));
        QCOMPARE(ServerLinkStore::read(db.connection(), &error)->account.offlineUntil,
                 QDateTime::fromString(until.toString(Qt::ISODateWithMs), Qt::ISODateWithMs));
    }

    void aDatabaseNeverLinkedIsNeverRefused()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("g.sqlite")), &error));
        QVERIFY2(importSet(db, QStringLiteral("mot-may"), &error), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("outbox")), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerLinkStore)
#include "TestServerLinkStore.moc"
