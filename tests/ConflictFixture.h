#pragma once

// Header-only helper of the conflicts inbox tests (storage, CLI, GUI): a database with a sheet the
// server acknowledged at version 5 (criteria set cchc-so-2026, the sheet of Sở Nội vụ; leaf 1.4
// self-assessed 1.75 points, points in steps of 0.25 up to 2), and a conflict on purpose: 1.4
// edited here to 1.5 and not sent, then the server's change of the same leaf pulled (version 9).

#include "RowCount.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "scoring/ScoreSheetReader.h"
#include "services/SheetEditor.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"
#include "sync/ConflictInbox.h"
#include "sync/PulledPageApplier.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace danhgia::test {

class ConflictFixture
{
public:
    explicit ConflictFixture(Database& db)
        : m_db(db)
    { }

    qint64 sheetId() const { return m_sheetId; }
    const QString& sheetUuid() const { return m_sheetUuid; }

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

    bool createSyncedSheet(QString* error)
    {
        const bool written = m_db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(
                    m_db.connection(), readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                    QStringLiteral("admin"), &issues, e);
                const auto campaign = set ? CampaignStore::ensure(m_db.connection(),
                                                                  {0,
                                                                   QStringLiteral("CCHC-2026"),
                                                                   QStringLiteral("Chỉ số CCHC"),
                                                                   QStringLiteral("par_index"),
                                                                   *set,
                                                                   {},
                                                                   {},
                                                                   QString(),
                                                                   QString()},
                                                                  QStringLiteral("admin"), e)
                                          : std::nullopt;
                const ScoreSheet sheet = ScoreSheetReader::read(
                    readData(QStringLiteral("examples/cchc/SNV.scores.json")), &issues);
                const auto id = campaign ? SheetStore::save(m_db.connection(), campaign->id, sheet,
                                                            QStringLiteral("admin"), QString(), e)
                                         : std::nullopt;
                m_sheetId = id.value_or(0);
                return id.has_value();
            },
            error);
        m_sheetUuid = text(QStringLiteral("SELECT uuid FROM score_sheets"));
        return written
            && exec(QStringLiteral(
                "INSERT INTO outbox_outcomes (outbox_id, status, server_version) SELECT id, "
                "'applied', 5 FROM outbox WHERE id NOT IN (SELECT outbox_id FROM outbox_outcomes)"))
            && exec(QStringLiteral("UPDATE score_sheets SET server_version = 5"))
            && exec(QStringLiteral("UPDATE campaigns SET server_version = 4"));
    }

    // The sheet as the server sends it: the row here, its campaign by UUID, 1.4 at `points`.
    QJsonObject serverSheet(const QString& state, double points) const
    {
        qint64 id = 0;
        QString error;
        QJsonObject row
            = ConflictInbox::localRow(m_db, QStringLiteral("score_sheets"), m_sheetUuid, &id, &error)
                  .value_or(QJsonObject());
        for (const char* local : {"id", "uuid", "campaign_id", "revision", "server_version", "updated_at"}) {
            row.remove(QLatin1String(local));
        }
        row.insert(QStringLiteral("campaign_uuid"), text(QStringLiteral("SELECT uuid FROM campaigns")));
        row.insert(QStringLiteral("flags"), QJsonArray());
        row.insert(QStringLiteral("state"), state);
        QJsonObject values = row.value(QLatin1String("values")).toObject();
        QJsonObject self = values.value(QLatin1String("self")).toObject();
        self.insert(QStringLiteral("1.4"), QJsonObject{{QStringLiteral("points"), points}});
        values.insert(QStringLiteral("self"), self);
        row.insert(QStringLiteral("values"), values);
        return row;
    }

    bool makeConflict(const QString& serverState, double serverPoints, QString* error)
    {
        const QJsonObject server = serverSheet(serverState, serverPoints);
        SheetEditor editor(m_db);
        if (!editor.load(m_sheetId, error)
            || !editor.write({Stage::Self, QStringLiteral("1.4"), points(QStringLiteral("1.5")), QString()},
                             Role::SelfAssessor, QStringLiteral("can-bo-xa"), error)) {
            return false;
        }
        PulledPageApplier applier(m_db);
        PulledPageApplier::Result result;
        const QJsonObject change{{QStringLiteral("entity"), QStringLiteral("score_sheets")},
                                 {QStringLiteral("uuid"), m_sheetUuid},
                                 {QStringLiteral("version"), 9},
                                 {QStringLiteral("deleted"), false},
                                 {QStringLiteral("data"), server}};
        return applier.apply({change}, 9, &result, error) && result.conflicts == 1;
    }

    static std::optional<LeafValue> points(const QString& number)
    {
        LeafValue v;
        v.kind = LeafValue::Kind::Points;
        v.number = Decimal::fromString(number).value_or(Decimal());
        return v;
    }

    // The self-assessed value of a leaf as stored, "" when none.
    QString selfValue(const QString& code) const
    {
        SheetEditor editor(m_db);
        QString error;
        if (!editor.load(m_sheetId, &error)) {
            return error;
        }
        const auto v = editor.value(Stage::Self, code);
        return v ? v->number.toString() : QString();
    }

private:
    Database& m_db;
    qint64 m_sheetId = 0;
    QString m_sheetUuid;
};

} // namespace danhgia::test
