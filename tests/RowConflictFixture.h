#pragma once

// Header-only helper of the conflicts tests on rows other than a score sheet (storage, CLI): the
// communes XCL and XDD (XDD without a parent: NULL) and the person CB01 "Nguyễn Văn An", công chức
// of XCL, all acknowledged by the server (units at version 3, the person at 4); then a conflict on
// purpose: the person renamed "Nguyễn Văn Anh" and moved to XDD here and not sent, and the server's
// change pulled (version 9: renamed "Nguyễn Văn Ân", position "Chủ tịch UBND xã").

#include "RowCount.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "sync/PulledPageApplier.h"
#include "text/VietnameseText.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace danhgia::test {

class RowConflictFixture
{
public:
    explicit RowConflictFixture(Database& db)
        : m_db(db)
    { }

    QString text(const QString& sql) const { return firstText(m_db.connection(), sql); }
    bool exec(const QString& sql) const
    {
        QSqlQuery query(m_db.connection());
        return query.exec(sql);
    }
    qint64 lastConflict() const
    {
        return text(QStringLiteral("SELECT max(id) FROM sync_conflicts")).toLongLong();
    }
    QString uuidOf(const QString& table, const QString& code) const
    {
        return text(QStringLiteral("SELECT uuid FROM %1 WHERE code = '%2'").arg(table, code));
    }

    bool write(const QString& table, const QString& code, const QVariantMap& values, QString* error)
    {
        return m_db.transaction(
            [&](QString* e) {
                return SyncedTable::upsert(m_db.connection(), table, {{QStringLiteral("code"), code}}, values,
                                           QStringLiteral("quantri"), QString(), e)
                    .has_value();
            },
            error);
    }

    bool createSyncedCatalogue(QString* error)
    {
        const bool written = write(QStringLiteral("units"), QStringLiteral("XCL"),
                                   {{QStringLiteral("name"), QStringLiteral("Ủy ban nhân dân xã Chi Lăng")},
                                    {QStringLiteral("kind"), QStringLiteral("commune")}},
                                   error)
            && write(QStringLiteral("units"), QStringLiteral("XDD"),
                     {{QStringLiteral("name"), QStringLiteral("Ủy ban nhân dân xã Đồng Đăng")},
                      {QStringLiteral("kind"), QStringLiteral("commune")}},
                     error)
            && write(QStringLiteral("people"), QStringLiteral("CB01"),
                     person(QStringLiteral("Nguyễn Văn An"), QStringLiteral("XCL")), error)
            && write(QStringLiteral("people"), QStringLiteral("CB02"),
                     person(QStringLiteral("Trần Thị Bình"), QStringLiteral("XCL")), error);
        return written
            && exec(QStringLiteral(
                "INSERT INTO outbox_outcomes (outbox_id, status, server_version) SELECT id, "
                "'applied', 3 FROM outbox"))
            && exec(QStringLiteral("UPDATE units SET server_version = 3"))
            && exec(QStringLiteral("UPDATE people SET server_version = 4"));
    }

    QVariantMap person(const QString& name, const QString& unit) const
    {
        return {{QStringLiteral("full_name"), name},
                {QStringLiteral("position"), QStringLiteral("Công chức")},
                {QStringLiteral("task_group"), QString()},
                {QStringLiteral("is_leader"), 0},
                {QStringLiteral("unit_id"),
                 text(QStringLiteral("SELECT id FROM units WHERE code = '%1'").arg(unit)).toLongLong()},
                {QStringLiteral("search_key"), VietnameseText::searchKey(name)}};
    }

    // The person as the server sends it at version 9.
    QJsonObject serverPerson() const
    {
        return {{QStringLiteral("code"), QStringLiteral("CB01")},
                {QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn Ân")},
                {QStringLiteral("position"), QStringLiteral("Chủ tịch UBND xã")},
                {QStringLiteral("task_group"), QString()},
                {QStringLiteral("is_leader"), 1},
                {QStringLiteral("unit_uuid"), uuidOf(QStringLiteral("units"), QStringLiteral("XCL"))}};
    }

    bool pull(const QString& entity, const QString& uuid, qint64 version, const QJsonObject& data,
              QString* error)
    {
        PulledPageApplier applier(m_db);
        PulledPageApplier::Result result;
        const QJsonObject change{{QStringLiteral("entity"), entity},
                                 {QStringLiteral("uuid"), uuid},
                                 {QStringLiteral("version"), version},
                                 {QStringLiteral("deleted"), false},
                                 {QStringLiteral("data"), data}};
        return applier.apply({change}, version, &result, error) && result.conflicts == 1;
    }

    bool makePersonConflict(QString* error)
    {
        QVariantMap mine = person(QStringLiteral("Nguyễn Văn Anh"), QStringLiteral("XDD"));
        return write(QStringLiteral("people"), QStringLiteral("CB01"), mine, error)
            && pull(QStringLiteral("people"), uuidOf(QStringLiteral("people"), QStringLiteral("CB01")), 9,
                    serverPerson(), error);
    }

    // XDD renamed here, and the server's rename of it pulled (its parent stays none: NULL).
    bool makeUnitConflict(QString* error)
    {
        const QJsonObject server{{QStringLiteral("code"), QStringLiteral("XDD")},
                                 {QStringLiteral("name"), QStringLiteral("UBND xã Đồng Đăng")},
                                 {QStringLiteral("kind"), QStringLiteral("commune")},
                                 {QStringLiteral("parent_uuid"), QJsonValue(QJsonValue::Null)}};
        return write(QStringLiteral("units"), QStringLiteral("XDD"),
                     {{QStringLiteral("name"), QStringLiteral("Xã Đồng Đăng")},
                      {QStringLiteral("kind"), QStringLiteral("commune")}},
                     error)
            && pull(QStringLiteral("units"), uuidOf(QStringLiteral("units"), QStringLiteral("XDD")), 8,
                    server, error);
    }

private:
    Database& m_db;
};

} // namespace danhgia::test
