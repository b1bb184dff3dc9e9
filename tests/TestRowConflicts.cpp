// The conflicts inbox on rows other than a score sheet (core/storage/sync): a person, a unit and a
// campaign changed here and on the server, compared column by column with references by the UUID
// of the row they name (shown by its title) and NULL kept null, and resolved per column in one
// transaction: the row takes the server's version, the columns kept mine or typed become a normal
// change on it (outbox based on the server's version, audit trail), the stale entry is superseded.
// A kept value is checked (a required name, a date, a code unique in its table, the role that may
// write the row); a refusal writes nothing.

#include "ConflictFixture.h"
#include "RowConflictFixture.h"
#include "database/AuditLog.h"
#include "sync/ConflictResolver.h"
#include "sync/SyncOutbox.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace danhgia;
using namespace danhgia::test;

namespace {

QStringList differingPaths(const ConflictDetail& detail)
{
    QStringList paths;
    for (const ConflictField& field : ConflictComparison::differing(detail.fields)) {
        paths.append(field.path);
    }
    return paths;
}

const ConflictField* fieldOf(const ConflictDetail& detail, const QString& path)
{
    for (const ConflictField& field : detail.fields) {
        if (field.path == path) {
            return &field;
        }
    }
    return nullptr;
}

} // namespace

class TestRowConflicts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RowConflictFixture> m_rows;

    QString text(const QString& sql) const { return m_rows->text(sql); }
    bool resolve(const QList<ConflictChoice>& choices, QString* error, Role role = Role::Administrator)
    {
        return ConflictResolver::resolve(*m_db, m_rows->lastConflict(), ConflictKeep::Server, choices, role,
                                         QStringLiteral("quantri"), error);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("rows.sqlite")), &error), qPrintable(error));
        m_rows = std::make_unique<RowConflictFixture>(*m_db);
        QVERIFY2(m_rows->createSyncedCatalogue(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_rows.reset();
        m_db.reset();
        m_dir.reset();
    }

    void aPersonIsComparedColumnByColumnWithItsUnitByTitle()
    {
        QString error;
        QVERIFY2(m_rows->makePersonConflict(&error), qPrintable(error));
        const auto detail = ConflictInbox::load(*m_db, m_rows->lastConflict(), &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(detail->summary.title, QStringLiteral("Person: CB01 — Nguyễn Văn Anh"));
        QCOMPARE(differingPaths(*detail),
                 (QStringList{QStringLiteral("full_name"), QStringLiteral("is_leader"),
                              QStringLiteral("position"), QStringLiteral("unit_uuid")}));
        const ConflictField* unit = fieldOf(*detail, QStringLiteral("unit_uuid"));
        QVERIFY(unit);
        QCOMPARE(ConflictComparison::display(unit->path, unit->local, detail->titles),
                 QStringLiteral("XDD — Ủy ban nhân dân xã Đồng Đăng"));
        QCOMPARE(ConflictComparison::display(unit->path, unit->server, detail->titles),
                 QStringLiteral("XCL — Ủy ban nhân dân xã Chi Lăng"));
        // Bookkeeping is not offered, nor the local id of the reference.
        QVERIFY(!fieldOf(*detail, QStringLiteral("unit_id"))
                && !fieldOf(*detail, QStringLiteral("search_key"))
                && !fieldOf(*detail, QStringLiteral("revision")));
    }

    void aPersonsColumnsAreKeptPerColumnAsAChangeOnTheServersVersion()
    {
        QString error;
        QVERIFY2(m_rows->makePersonConflict(&error), qPrintable(error));
        const qint64 stale = text(QStringLiteral("SELECT max(id) FROM outbox")).toLongLong();
        QVERIFY2(resolve({{QStringLiteral("full_name"), ConflictKeep::Mine, QString()},
                          {QStringLiteral("unit_uuid"), ConflictKeep::Mine, QString()},
                          {QStringLiteral("position"), ConflictKeep::Server, QString()}},
                         &error),
                 qPrintable(error));
        QCOMPARE(
            text(QStringLiteral("SELECT p.full_name || '|' || p.position || '|' || u.code || '|' || "
                                "p.is_leader || '|' || p.server_version || '|' || p.search_key FROM people p "
                                "JOIN units u ON u.id = p.unit_id WHERE p.code = 'CB01'")),
            QStringLiteral("Nguyễn Văn Anh|Chủ tịch UBND xã|XDD|1|9|nguyen van anh"));
        QCOMPARE(
            text(QStringLiteral("SELECT error_code FROM outbox_outcomes WHERE outbox_id = %1").arg(stale)),
            QStringLiteral("superseded"));
        SyncOutbox::Tally refused;
        const auto pending = SyncOutbox::pending(*m_db, QStringLiteral("c"), 10, &refused, &error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), 1);
        const QJsonObject wire = pending->first().wire;
        QCOMPARE(wire.value(QLatin1String("base_version")).toInteger(), 9);
        const QJsonObject payload = wire.value(QLatin1String("payload")).toObject();
        QCOMPARE(payload.value(QLatin1String("full_name")).toString(), QStringLiteral("Nguyễn Văn Anh"));
        QCOMPARE(payload.value(QLatin1String("unit_uuid")).toString(),
                 m_rows->uuidOf(QStringLiteral("units"), QStringLiteral("XDD")));
        QVERIFY(!payload.contains(QLatin1String("position")));
        QCOMPARE(text(QStringLiteral("SELECT resolution FROM sync_conflicts")),
                 QStringLiteral("{\"full_name\":\"mine\",\"is_leader\":\"server\",\"position\":\"server\","
                                "\"unit_uuid\":\"mine\"}"));
        QCOMPARE(*ConflictInbox::count(*m_db, &error), 0);
        QCOMPARE(text(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("resolve_conflict"));
        QVERIFY(AuditLog::verify(m_db->connection()).ok);
    }

    void aRefusedKeepWritesNothing()
    {
        QString error;
        QVERIFY2(m_rows->makePersonConflict(&error), qPrintable(error));
        const QString before
            = text(QStringLiteral("SELECT full_name || revision FROM people WHERE code = 'CB01'"));
        // A required name typed empty.
        QVERIFY(
            !resolve({{QStringLiteral("full_name"), ConflictKeep::Edited, QStringLiteral("  ")}}, &error));
        QVERIFY2(error.contains(QStringLiteral("full_name")), qPrintable(error));
        // Who may not write the catalogue may not keep a person's column.
        QVERIFY(!resolve({{QStringLiteral("full_name"), ConflictKeep::Mine, QString()}}, &error,
                         Role::SelfAssessor));
        QVERIFY2(error.contains(QStringLiteral("Person")), qPrintable(error));
        QCOMPARE(text(QStringLiteral("SELECT full_name || revision FROM people WHERE code = 'CB01'")),
                 before);
        QCOMPARE(*ConflictInbox::count(*m_db, &error), 1);
    }

    void aCodeKeptMustBeUniqueInItsTable()
    {
        QString error;
        QVERIFY2(m_rows->write(QStringLiteral("people"), QStringLiteral("CB01"),
                               {{QStringLiteral("code"), QStringLiteral("CB01A")}}, &error),
                 qPrintable(error));
        QJsonObject server = m_rows->serverPerson();
        QVERIFY2(m_rows->pull(QStringLiteral("people"),
                              text(QStringLiteral("SELECT uuid FROM people WHERE code = 'CB01A'")), 9, server,
                              &error),
                 qPrintable(error));
        QVERIFY(!resolve({{QStringLiteral("code"), ConflictKeep::Edited, QStringLiteral("CB02")}}, &error));
        QVERIFY2(error.contains(QStringLiteral("code")) && error.contains(QStringLiteral("CB02")),
                 qPrintable(error));
        QVERIFY2(resolve({{QStringLiteral("code"), ConflictKeep::Edited, QStringLiteral("CB03")}}, &error),
                 qPrintable(error));
        QCOMPARE(text(QStringLiteral("SELECT full_name FROM people WHERE code = 'CB03'")),
                 QStringLiteral("Nguyễn Văn Ân"));
    }

    void aKeptReferenceMustNameARowThatIsHere()
    {
        QString error;
        QVERIFY2(m_rows->makePersonConflict(&error), qPrintable(error));
        // The unit kept here is gone (a database damaged by hand): the choice is refused by name.
        QVERIFY(m_rows->exec(QStringLiteral("PRAGMA foreign_keys = OFF"))
                && m_rows->exec(QStringLiteral("DELETE FROM units WHERE code = 'XDD'")));
        QVERIFY(!resolve({{QStringLiteral("unit_uuid"), ConflictKeep::Mine, QString()}}, &error));
        QVERIFY2(error.contains(QStringLiteral("unit_uuid")), qPrintable(error));
        QCOMPARE(*ConflictInbox::count(*m_db, &error), 1);
    }

    void aNullStaysNullInTheConflictOfAUnit()
    {
        QString error;
        QVERIFY2(m_rows->makeUnitConflict(&error), qPrintable(error));
        // The local row as the conflict recorded it: the parent none, not 0.
        const QJsonObject local
            = QJsonDocument::fromJson(text(QStringLiteral("SELECT local FROM sync_conflicts")).toUtf8())
                  .object();
        QVERIFY(local.contains(QLatin1String("parent_uuid")));
        QVERIFY(local.value(QLatin1String("parent_uuid")).isNull());
        QVERIFY(!local.contains(QLatin1String("parent_id")));
        QCOMPARE(text(QStringLiteral("SELECT fields FROM sync_conflicts")), QStringLiteral("[\"name\"]"));
        const auto detail = ConflictInbox::load(*m_db, m_rows->lastConflict(), &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(differingPaths(*detail), QStringList{QStringLiteral("name")});
        const ConflictField* parent = fieldOf(*detail, QStringLiteral("parent_uuid"));
        QVERIFY(parent && parent->local.isNull());
        QCOMPARE(ConflictComparison::display(parent->path, parent->local, detail->titles),
                 QStringLiteral("—"));
        QVERIFY2(resolve({{QStringLiteral("name"), ConflictKeep::Mine, QString()}}, &error),
                 qPrintable(error));
        QCOMPARE(text(QStringLiteral(
                     "SELECT name || '|' || coalesce(parent_id, 'NULL') || '|' || server_version FROM "
                     "units WHERE code = 'XDD'")),
                 QStringLiteral("Xã Đồng Đăng|NULL|8"));
    }

    void aCampaignsDeadlineIsTypedAsADate()
    {
        ConflictFixture sheets(*m_db);
        QString error;
        QVERIFY2(sheets.createSyncedSheet(&error), qPrintable(error));
        QVERIFY2(m_rows->write(QStringLiteral("campaigns"), QStringLiteral("CCHC-2026"),
                               {{QStringLiteral("self_deadline"), QStringLiteral("2026-12-10")}}, &error),
                 qPrintable(error));
        const QJsonObject server{
            {QStringLiteral("code"), QStringLiteral("CCHC-2026")},
            {QStringLiteral("title"), QStringLiteral("Chỉ số CCHC năm 2026")},
            {QStringLiteral("kind"), QStringLiteral("par_index")},
            {QStringLiteral("criteria_set_uuid"), text(QStringLiteral("SELECT uuid FROM criteria_sets"))},
            {QStringLiteral("self_deadline"), QStringLiteral("2026-12-15")},
            {QStringLiteral("appraisal_deadline"), QJsonValue(QJsonValue::Null)}};
        QVERIFY2(m_rows->pull(QStringLiteral("campaigns"),
                              m_rows->uuidOf(QStringLiteral("campaigns"), QStringLiteral("CCHC-2026")), 11,
                              server, &error),
                 qPrintable(error));
        const auto detail = ConflictInbox::load(*m_db, m_rows->lastConflict(), &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(differingPaths(*detail),
                 (QStringList{QStringLiteral("self_deadline"), QStringLiteral("title")}));
        const ConflictField* set = fieldOf(*detail, QStringLiteral("criteria_set_uuid"));
        QVERIFY(set && !set->differs());
        QVERIFY2(ConflictComparison::display(set->path, set->server, detail->titles)
                     .contains(QStringLiteral("cchc-so-2026 v")),
                 qPrintable(ConflictComparison::display(set->path, set->server, detail->titles)));
        QVERIFY(!resolve(
            {{QStringLiteral("self_deadline"), ConflictKeep::Edited, QStringLiteral("32/12/2026")}}, &error));
        QVERIFY2(error.contains(QStringLiteral("self_deadline")), qPrintable(error));
        QVERIFY2(
            resolve({{QStringLiteral("self_deadline"), ConflictKeep::Edited, QStringLiteral("20/12/2026")}},
                    &error),
            qPrintable(error));
        QCOMPARE(
            text(QStringLiteral("SELECT title || '|' || self_deadline || '|' || coalesce(appraisal_deadline, "
                                "'NULL') || '|' || server_version FROM campaigns")),
            QStringLiteral("Chỉ số CCHC năm 2026|2026-12-20|NULL|11"));
    }
};

QTEST_GUILESS_MAIN(TestRowConflicts)
#include "TestRowConflicts.moc"
