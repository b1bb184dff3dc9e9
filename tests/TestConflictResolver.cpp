// The conflicts inbox of the client (core/storage/sync): a pulled change against an edit not yet
// sent listed once per row with its fields side by side, and resolved in one transaction: the row
// takes the server's version, the fields kept "mine" or typed become a normal change on it (the
// outbox entry based on the server's version), the stale entry is superseded, the conflict is
// marked resolved with who and what, and the audit trail records it; a sheet approved meanwhile
// refuses "keep mine" and changes nothing; schema 9 upgraded to 12 keeps the conflicts.

#include "ConflictFixture.h"
#include "OldSchemaFile.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "scoring/ScoreSheetReader.h"
#include "services/SheetEditor.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"
#include "sync/ConflictInbox.h"
#include "sync/ConflictResolver.h"
#include "sync/PulledPageApplier.h"
#include "sync/SyncOutbox.h"
#include "sync/SyncStateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestConflictResolver : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<ConflictFixture> m_fixture;

    QString text(const QString& sql) const { return m_fixture->text(sql); }
    bool makeConflict(const QString& state, double points, QString* error)
    {
        return m_fixture->makeConflict(state, points, error);
    }
    QString selfValue(const QString& code) const { return m_fixture->selfValue(code); }
    qint64 conflictId() const { return m_fixture->lastConflict(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("conflicts.sqlite")), &error), qPrintable(error));
        m_fixture = std::make_unique<ConflictFixture>(*m_db);
        QVERIFY2(m_fixture->createSyncedSheet(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_fixture.reset();
        m_db.reset();
        m_dir.reset();
    }

    void theInboxListsTheRowWithItsFieldsSideBySide()
    {
        QString error;
        QCOMPARE(*ConflictInbox::count(*m_db, &error), 0);
        QVERIFY2(makeConflict(QStringLiteral("draft"), 1, &error), qPrintable(error));
        QCOMPARE(*ConflictInbox::count(*m_db, &error), 1);
        const auto list = ConflictInbox::list(*m_db, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().title, QStringLiteral("Sở Nội vụ — CCHC-2026"));
        QCOMPARE(list->first().serverVersion, 9);
        const auto detail = ConflictInbox::load(*m_db, list->first().id, &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(detail->localActor, QStringLiteral("can-bo-xa"));
        const QList<ConflictField> differing = ConflictComparison::differing(detail->fields);
        QCOMPARE(differing.size(), 1);
        QCOMPARE(differing.first().path, QStringLiteral("values.self.1.4"));
        QCOMPARE(ConflictComparison::display(differing.first().path, differing.first().server),
                 QStringLiteral("1"));
        QCOMPARE(ConflictComparison::display(differing.first().path, differing.first().local),
                 QStringLiteral("1.5"));
        QVERIFY(!ConflictInbox::load(*m_db, 999, &error));
        QVERIFY(error.contains(QStringLiteral("999")));
    }

    void keepingMineWritesAChangeOnTheServersVersion()
    {
        QString error;
        QVERIFY2(makeConflict(QStringLiteral("draft"), 1, &error), qPrintable(error));
        const QString stale = text(QStringLiteral("SELECT max(id) FROM outbox"));
        QVERIFY2(ConflictResolver::resolve(*m_db, conflictId(), ConflictKeep::Mine, {}, Role::SelfAssessor,
                                           QStringLiteral("can-bo-xa"), &error),
                 qPrintable(error));
        QCOMPARE(selfValue(QStringLiteral("1.4")), QStringLiteral("1.5"));
        QCOMPARE(text(QStringLiteral("SELECT server_version FROM score_sheets")), QStringLiteral("9"));
        QCOMPARE(
            text(QStringLiteral("SELECT error_code FROM outbox_outcomes WHERE outbox_id = %1").arg(stale)),
            QStringLiteral("superseded"));
        SyncOutbox::Tally refused;
        const auto pending = SyncOutbox::pending(*m_db, QStringLiteral("c"), 10, &refused, &error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().wire.value(QLatin1String("base_version")).toInteger(), 9);
        QVERIFY(QJsonDocument(pending->first().wire).toJson().contains("1.4"));
        QCOMPARE(text(QStringLiteral("SELECT resolved_by || ' ' || resolution FROM sync_conflicts")),
                 QStringLiteral("can-bo-xa {\"values.self.1.4\":\"mine\"}"));
        QCOMPARE(*ConflictInbox::count(*m_db, &error), 0);
        QCOMPARE(text(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("resolve_conflict"));
        QVERIFY(AuditLog::verify(m_db->connection()).ok);
    }

    void keepingTheServersLeavesNothingToSend()
    {
        QString error;
        QVERIFY2(makeConflict(QStringLiteral("draft"), 1, &error), qPrintable(error));
        QVERIFY2(ConflictResolver::resolve(*m_db, conflictId(), ConflictKeep::Server, {}, Role::SelfAssessor,
                                           QStringLiteral("can-bo-xa"), &error),
                 qPrintable(error));
        QCOMPARE(selfValue(QStringLiteral("1.4")), QStringLiteral("1"));
        QCOMPARE(*SyncOutbox::pendingCount(*m_db, &error), 0);
        QVERIFY(!ConflictResolver::resolve(*m_db, conflictId(), ConflictKeep::Server, {}, Role::SelfAssessor,
                                           QStringLiteral("can-bo-xa"), &error));
        QVERIFY(error.contains(QStringLiteral("resolved")));
    }

    void aTypedValueIsCheckedByItsMethod()
    {
        QString error;
        QVERIFY2(makeConflict(QStringLiteral("draft"), 1, &error), qPrintable(error));
        QVERIFY(!ConflictResolver::resolve(
            *m_db, conflictId(), ConflictKeep::Server,
            {{QStringLiteral("values.self.1.4"), ConflictKeep::Edited, QStringLiteral("0,3")}},
            Role::SelfAssessor, QStringLiteral("can-bo-xa"), &error));
        QVERIFY2(error.contains(QStringLiteral("values.self.1.4")), qPrintable(error));
        QCOMPARE(*ConflictInbox::count(*m_db, &error), 1);
        QCOMPARE(selfValue(QStringLiteral("1.4")), QStringLiteral("1.5"));
        QVERIFY2(ConflictResolver::resolve(
                     *m_db, conflictId(), ConflictKeep::Server,
                     {{QStringLiteral("values.self.1.4"), ConflictKeep::Edited, QStringLiteral("0,75")}},
                     Role::SelfAssessor, QStringLiteral("can-bo-xa"), &error),
                 qPrintable(error));
        QCOMPARE(selfValue(QStringLiteral("1.4")), QStringLiteral("0.75"));
        QCOMPARE(*SyncOutbox::pendingCount(*m_db, &error), 1);
    }

    void aSheetApprovedMeanwhileRefusesKeepMineAndChangesNothing()
    {
        QString error;
        QVERIFY2(makeConflict(QStringLiteral("approved"), 1, &error), qPrintable(error));
        const QString outboxBefore = text(QStringLiteral("SELECT count(*) FROM outbox_outcomes"));
        QVERIFY(!ConflictResolver::resolve(*m_db, conflictId(), ConflictKeep::Mine, {}, Role::SelfAssessor,
                                           QStringLiteral("can-bo-xa"), &error));
        QVERIFY2(error.contains(QStringLiteral("reopen")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("state")) && error.contains(QStringLiteral("values.self.1.4")),
                 qPrintable(error));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM outbox_outcomes")), outboxBefore);
        QCOMPARE(text(QStringLiteral("SELECT state FROM score_sheets")), QStringLiteral("draft"));
        QCOMPARE(*ConflictInbox::count(*m_db, &error), 1);
        QVERIFY2(ConflictResolver::resolve(*m_db, conflictId(), ConflictKeep::Server, {}, Role::SelfAssessor,
                                           QStringLiteral("can-bo-xa"), &error),
                 qPrintable(error));
        QCOMPARE(text(QStringLiteral("SELECT state FROM score_sheets")), QStringLiteral("approved"));
        QCOMPARE(selfValue(QStringLiteral("1.4")), QStringLiteral("1"));
        // The local version stays in the conflict's record.
        QVERIFY(text(QStringLiteral("SELECT local FROM sync_conflicts")).contains(QStringLiteral("1.5")));
    }

    void schemaNineIsUpgradedKeepingItsConflicts()
    {
        const QString path = m_dir->filePath(QStringLiteral("schema-9.sqlite"));
        QString oldError;
        QVERIFY2(writeOldSchemaFile(
                     path, 9,
                     {QString::fromUtf8(
                         "INSERT INTO sync_conflicts (entity, uuid, origin, server_version, server, local, "
                         "fields) "
                         "VALUES ('units', 'u-1', 'pull', 3, '{\"name\":\"Xã A\"}', '{}', '[\"name\"]')")},
                     &oldError),
                 qPrintable(oldError));
        Database upgraded;
        QString error;
        QVERIFY2(upgraded.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(upgraded.connection(), &error),
                 SchemaMigrations::latestVersion());
        QCOMPARE(*ConflictInbox::count(upgraded, &error), 1);
        QSqlQuery query(upgraded.connection());
        QVERIFY2(query.exec(QStringLiteral("SELECT resolved_by, resolution FROM sync_conflicts"))
                     && query.next(),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.value(0).isNull());
    }
};

QTEST_GUILESS_MAIN(TestConflictResolver)
#include "TestConflictResolver.moc"
