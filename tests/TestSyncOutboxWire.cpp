// The outbox as the server wants it (docs/sync.md, "Push"): a return or a reopen carries its
// workflow action and reason on the operation, a local delete goes on the row's known server
// version (not 0), schema 9 upgraded to 11 keeps unsent work and records deleted versions, and a
// reference to no row (a root unit's parent) goes as null, and the changes of a sheet whose creation
// the server refused are refused here with that reason.

#include "OldSchemaFile.h"
#include "SheetFixture.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "database/SyncedTable.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "stores/EvidenceStore.h"
#include "sync/SyncOutbox.h"
#include "sync/SyncStateStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QString Actor = QStringLiteral("Nguyễn Thị Hoa (self_assessor)");
const QString Appraiser = QStringLiteral("Lê Văn Nam (appraiser)");

} // namespace

class TestSyncOutboxWire : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SheetFixture m_fixture;

    QString clientId()
    {
        QString error;
        return SyncStateStore::read(m_db->connection(), &error)->clientId;
    }
    // Every pending operation acknowledged by the server at version `version`.
    bool acknowledgeAll(qint64 version, QString* error)
    {
        SyncOutbox::Tally tally;
        const auto ops = SyncOutbox::pending(*m_db, clientId(), 1000, &tally, error);
        if (!ops) {
            return false;
        }
        QJsonArray outcomes;
        for (const SyncOutbox::Operation& op : *ops) {
            outcomes.append(QJsonObject{{QStringLiteral("op_id"), op.wire.value(QLatin1String("op_id"))},
                                        {QStringLiteral("status"), QStringLiteral("applied")},
                                        {QStringLiteral("version"), version}});
        }
        return SyncOutbox::record(*m_db, *ops, outcomes, &tally, error);
    }
    QList<SyncOutbox::Operation> pending()
    {
        SyncOutbox::Tally tally;
        QString error;
        return SyncOutbox::pending(*m_db, clientId(), 1000, &tally, &error)
            .value_or(QList<SyncOutbox::Operation>());
    }
    // CV01 self-assessed with a scan for 1.1 and an explanation for 2.1, and submitted.
    bool submit(QString* error)
    {
        SheetEditor editor(*m_db);
        if (!editor.load(m_fixture.sheet, error)) {
            return false;
        }
        for (const auto& [code, value] : SheetFixture::everyValue()) {
            if (!editor.write({Stage::Self, code, value, {}}, Role::SelfAssessor, Actor, error)) {
                return false;
            }
        }
        return EvidenceStore::attachData(*m_db, m_fixture.sheet, QStringLiteral("1.1"), "scan",
                                         QStringLiteral("a.pdf"), Actor, error)
            && editor.writeExplanation(QStringLiteral("2.1"), QStringLiteral("Sổ theo dõi lưu tại phòng"),
                                       Role::SelfAssessor, Actor, error)
            && SheetTransitions::apply(*m_db, m_fixture.sheet, WorkflowAction::Submit, Role::SelfAssessor,
                                       Actor, {}, error);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        m_fixture = SheetFixture();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("wire.sqlite")), &error), qPrintable(error));
        QVERIFY2(m_fixture.populate(*m_db, &error), qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void returnCarriesItsActionAndReasonOnTheOperation()
    {
        QString error;
        QVERIFY2(submit(&error), qPrintable(error));
        QVERIFY2(acknowledgeAll(5, &error), qPrintable(error));
        const QString reason = QStringLiteral("Tiêu chí 1.1 thiếu văn bản kèm theo");
        QVERIFY2(SheetTransitions::apply(*m_db, m_fixture.sheet, WorkflowAction::Return, Role::Appraiser,
                                         Appraiser, reason, &error),
                 qPrintable(error));
        const QList<SyncOutbox::Operation> ops = pending();
        QCOMPARE(ops.size(), 1);
        const QJsonObject wire = ops.first().wire;
        QCOMPARE(wire.value(QLatin1String("action")).toString(), QStringLiteral("return"));
        QCOMPARE(wire.value(QLatin1String("reason")).toString(), reason);
        QCOMPARE(wire.value(QLatin1String("role")).toString(), QStringLiteral("appraiser"));
        QCOMPARE(wire.value(QLatin1String("base_version")).toInteger(), 5);
        const QJsonObject payload = wire.value(QLatin1String("payload")).toObject();
        QCOMPARE(payload.value(QLatin1String("state")).toString(), QStringLiteral("draft"));
        // The action and the reason are the operation's, not fields of the sheet.
        QVERIFY(!payload.contains(QLatin1String("reason")));
        QVERIFY(!payload.contains(QLatin1String("action")));
    }

    void submitWithoutReasonSendsItsActionOnly()
    {
        QString error;
        QVERIFY2(submit(&error), qPrintable(error));
        const QList<SyncOutbox::Operation> ops = pending();
        QVERIFY(!ops.isEmpty());
        const QJsonObject wire = ops.last().wire;
        QCOMPARE(wire.value(QLatin1String("payload")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(wire.value(QLatin1String("action")).toString(), QStringLiteral("submit"));
        QVERIFY(!wire.contains(QLatin1String("reason")));
    }

    void localDeleteGoesOnTheRowsKnownServerVersion()
    {
        QString error;
        const auto record = EvidenceStore::attachData(*m_db, m_fixture.sheet, QStringLiteral("1.1"), "scan",
                                                      QStringLiteral("a.pdf"), Actor, &error);
        QVERIFY2(record, qPrintable(error));
        QVERIFY2(acknowledgeAll(12, &error), qPrintable(error));
        QVERIFY2(EvidenceStore::remove(*m_db, record->id, Actor, QStringLiteral("Đính kèm nhầm"), &error),
                 qPrintable(error));
        const QList<SyncOutbox::Operation> ops = pending();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().wire.value(QLatin1String("operation")).toString(), QStringLiteral("delete"));
        QCOMPARE(ops.first().wire.value(QLatin1String("uuid")).toString(), record->uuid);
        QCOMPARE(ops.first().wire.value(QLatin1String("base_version")).toInteger(), 12);
    }

    void rowNeverSentIsDeletedOnVersionZero()
    {
        QString error;
        const auto record = EvidenceStore::attachData(*m_db, m_fixture.sheet, QStringLiteral("1.1"), "scan",
                                                      QStringLiteral("a.pdf"), Actor, &error);
        QVERIFY2(record, qPrintable(error));
        QVERIFY2(EvidenceStore::remove(*m_db, record->id, Actor, QStringLiteral("Đính kèm nhầm"), &error),
                 qPrintable(error));
        const QList<SyncOutbox::Operation> ops = pending();
        QVERIFY(!ops.isEmpty());
        QCOMPARE(ops.last().wire.value(QLatin1String("operation")).toString(), QStringLiteral("delete"));
        QCOMPARE(ops.last().wire.value(QLatin1String("base_version")).toInteger(), 0);
    }

    void schemaNineIsUpgradedKeepingUnsentWork()
    {
        const QString path = m_dir->filePath(QStringLiteral("schema-9.sqlite"));
        QString oldError;
        QVERIFY2(
            writeOldSchemaFile(
                path, 9,
                {QString::fromUtf8("INSERT INTO units (code, name, kind, uuid, server_version) VALUES "
                                   "('XCL', 'Xã Chi Lăng', "
                                   "'commune', 'u-1', 4)"),
                 QString::fromUtf8("INSERT INTO outbox (entity, uuid, operation, revision, payload) VALUES "
                                   "('units', 'u-1', 'update', 2, '{\"code\":\"XCL\"}')")},
                &oldError),
            qPrintable(oldError));
        Database upgraded;
        QString error;
        QVERIFY2(upgraded.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(upgraded.connection(), &error),
                 SchemaMigrations::latestVersion());
        QCOMPARE(*SyncOutbox::pendingCount(upgraded, &error), 1);
        // A row deleted after the upgrade leaves its server version behind.
        QSqlQuery query(upgraded.connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM units WHERE uuid = 'u-1'")));
        QVERIFY(
            query.exec(QStringLiteral("SELECT server_version FROM sync_deleted_rows WHERE entity = 'units' "
                                      "AND uuid = 'u-1'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 4);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM evidence_transfers")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void changesOfASheetWhoseCreationWasRefusedAreRefusedHere()
    {
        // The server refused the sheet's creation in one push; its values, evidence and submission,
        // made after, are refused here with that reason instead of going up to be "not found".
        QString error;
        const QString sheetUuid = [&] {
            QSqlQuery query(m_db->connection());
            query.prepare(QStringLiteral("SELECT uuid FROM score_sheets WHERE id = ?"));
            query.addBindValue(m_fixture.sheet);
            return query.exec() && query.next() ? query.value(0).toString() : QString();
        }();
        const QList<SyncOutbox::Operation> before = pending();
        QJsonArray outcomes;
        for (const SyncOutbox::Operation& op : before) {
            const bool sheet = op.wire.value(QLatin1String("uuid")).toString() == sheetUuid;
            outcomes.append(
                sheet ? QJsonObject{{QStringLiteral("op_id"), op.wire.value(QLatin1String("op_id"))},
                                    {QStringLiteral("status"), QStringLiteral("refused")},
                                    {QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                                 {QStringLiteral("message"),
                                                  QStringLiteral("Quản trị viên không có quyền")}}}}
                      : QJsonObject{{QStringLiteral("op_id"), op.wire.value(QLatin1String("op_id"))},
                                    {QStringLiteral("status"), QStringLiteral("applied")},
                                    {QStringLiteral("version"), 3}});
        }
        SyncOutbox::Tally tally;
        QVERIFY2(SyncOutbox::record(*m_db, before, outcomes, &tally, &error), qPrintable(error));
        QCOMPARE(tally.refused, 1);
        QVERIFY2(submit(&error), qPrintable(error));
        SyncOutbox::Tally local;
        const auto after = SyncOutbox::pending(*m_db, clientId(), 1000, &local, &error);
        QVERIFY2(after, qPrintable(error));
        QVERIFY(after->isEmpty());
        QVERIFY(local.refused >= 3);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT o.entity, oc.error_code, oc.error_message FROM outbox_outcomes oc "
                           "JOIN outbox o ON o.id = oc.outbox_id WHERE oc.error_code LIKE 'refused_%' "
                           "ORDER BY o.id")));
        QSet<QString> codes;
        int refusedHere = 0;
        while (query.next()) {
            ++refusedHere;
            const QString entity = query.value(0).toString();
            codes.insert(entity + QLatin1Char(' ') + query.value(1).toString());
            QVERIFY2(query.value(2).toString().contains(QStringLiteral("Quản trị viên không có quyền")),
                     qPrintable(query.value(2).toString()));
        }
        QCOMPARE(refusedHere, local.refused);
        QVERIFY(codes.contains(QStringLiteral("score_sheets refused_earlier")));
        QVERIFY(codes.contains(QStringLiteral("evidence_files refused_reference")));

        // Once the server holds the sheet after all (a pull linked it to the server's), its changes go.
        QVERIFY(query.exec(
            QStringLiteral("UPDATE score_sheets SET server_version = 9 WHERE id = %1").arg(m_fixture.sheet)));
        QVERIFY2(SheetTransitions::apply(*m_db, m_fixture.sheet, WorkflowAction::Return, Role::Appraiser,
                                         Appraiser, QStringLiteral("Thiếu văn bản"), &error),
                 qPrintable(error));
        const QList<SyncOutbox::Operation> linked = pending();
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.first().wire.value(QLatin1String("uuid")).toString(), sheetUuid);
    }

    void referenceToNoRowGoesAsNull()
    {
        // A root unit made here: its parent is no row. The outbox records null (it recorded 0, and
        // the push refused the unit locally: "row 0 of units ... no longer exists"); an entry
        // recorded so before still goes, with no parent.
        QString error;
        const auto root
            = SyncedTable::upsert(m_db->connection(), QStringLiteral("units"),
                                  {{QStringLiteral("code"), QStringLiteral("UBND-CB")}},
                                  {{QStringLiteral("name"), QStringLiteral("UBND tỉnh Cao Bằng")},
                                   {QStringLiteral("kind"), QStringLiteral("province")},
                                   {QStringLiteral("parent_id"), QVariant(QMetaType::fromType<qint64>())}},
                                  Actor, QString(), &error);
        QVERIFY2(root, qPrintable(error));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT payload FROM outbox WHERE uuid = '%1'").arg(root->uuid)));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toString().contains(QLatin1String("\"parent_id\":null")),
                 qPrintable(query.value(0).toString()));
        const auto wireOf = [&](const QString& uuid) {
            for (const SyncOutbox::Operation& op : pending()) {
                if (op.wire.value(QLatin1String("uuid")).toString() == uuid) {
                    return op.wire.value(QLatin1String("payload")).toObject();
                }
            }
            return QJsonObject();
        };
        QJsonObject payload = wireOf(root->uuid);
        QVERIFY(payload.contains(QLatin1String("parent_uuid")));
        QVERIFY(payload.value(QLatin1String("parent_uuid")).isNull());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE outbox SET payload = replace(payload, '\"parent_id\":null', "
                                      "'\"parent_id\":0') WHERE uuid = '%1'")
                           .arg(root->uuid)));
        payload = wireOf(root->uuid);
        QVERIFY(payload.contains(QLatin1String("parent_uuid")));
        QVERIFY(payload.value(QLatin1String("parent_uuid")).isNull());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox_outcomes")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSyncOutboxWire)
#include "TestSyncOutboxWire.moc"
