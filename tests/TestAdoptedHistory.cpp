// What was done to a row before its database linked to the province stays in view after the row
// takes the server's UUID (core/storage/sync/AdoptedRows): the audit trail names rows by UUID and
// cannot be rewritten, so a sheet of the demo (scored, submitted and appraised with reasons on this
// machine alone) adopted by the server's sheet of the same campaign, subject and period keeps its
// history, the queue's dates, the appraiser's reasons on its printout, and the conflicts inbox names
// who changed it here and when.

#include "PulledChange.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "queries/SheetHistory.h"
#include "queries/SheetQueue.h"
#include "sources/AppraisalReasonTrail.h"
#include "sources/SheetPrintoutSource.h"
#include "sync/ConflictInbox.h"
#include "sync/PulledPageApplier.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QString ServerSheetUuid = QStringLiteral("6e1b8d3f-0000-4000-8000-000000000001");

// What the history, the queue, the reasons and the printout say of one sheet, in one text.
struct SheetTrail
{
    QStringList history;
    QString progress;
    QStringList reasons;
    QStringList printedComments;
};

} // namespace

class TestAdoptedHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sheet = 0;

    QString text(const QString& sql) const { return firstText(m_db->connection(), sql); }

    SheetTrail trail()
    {
        SheetTrail read;
        QString error;
        const auto history = SheetHistory::load(m_db->connection(), m_sheet, &error);
        if (!history) {
            qWarning("%s", qPrintable(error));
            return read;
        }
        for (const SheetHistoryEntry& entry : *history) {
            read.history.append(
                QStringLiteral("%1 %2 %3 %4").arg(entry.actor, entry.entity, entry.action, entry.change));
        }
        const auto item = SheetQueue::find(m_db->connection(), m_sheet, QDate(2026, 12, 6), &error);
        if (item) {
            read.progress = QStringLiteral("%1 / %2 / %3")
                                .arg(item->progress.submittedAt.toString(Qt::ISODate),
                                     item->progress.appraisedAt.toString(Qt::ISODate),
                                     item->progress.approvedAt.toString(Qt::ISODate));
        }
        const auto reasons = AppraisalReasonTrail::load(m_db->connection(), m_sheet, &error);
        if (reasons) {
            for (auto it = reasons->cbegin(); it != reasons->cend(); ++it) {
                read.reasons.append(it.key() + QLatin1Char(' ') + it.value());
            }
            read.reasons.sort();
        }
        SheetPrintoutSource source(m_db->connection());
        if (const auto printout = source.load(m_sheet, &error)) {
            for (const SheetPrintoutData::Comment& comment : printout->comments) {
                read.printedComments.append(comment.code + QLatin1Char(' ') + comment.text);
            }
        }
        return read;
    }

    // The server's copy of the sheet pulled: `uuid` at `version`.
    void adopt(const QString& uuid, qint64 version, PulledPageApplier::Result* result)
    {
        QJsonObject change = serverSheet();
        change.insert(QStringLiteral("uuid"), uuid);
        change.insert(QStringLiteral("version"), version);
        PulledPageApplier applier(*m_db);
        QString error;
        QVERIFY2(applier.apply({change}, version, result, &error), qPrintable(error));
    }

    // The server's copy of the sheet: same campaign, subject and period, its own UUID and no values
    // (a difference, so the adoption is a conflict to resolve).
    QJsonObject serverSheet() const
    {
        QSqlQuery query(m_db->connection());
        query.prepare(
            QStringLiteral("SELECT c.uuid, s.subject_code, s.subject_name, s.subject_group, s.period, "
                           "s.state FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                           "WHERE s.id = ?"));
        query.addBindValue(m_sheet);
        if (!query.exec() || !query.next()) {
            return {};
        }
        const QJsonObject data{{QStringLiteral("campaign_uuid"), query.value(0).toString()},
                               {QStringLiteral("subject_code"), query.value(1).toString()},
                               {QStringLiteral("subject_name"), query.value(2).toString()},
                               {QStringLiteral("subject_group"), query.value(3).toString()},
                               {QStringLiteral("period"), query.value(4).toString()},
                               {QStringLiteral("flags"), QJsonArray()},
                               {QStringLiteral("state"), query.value(5).toString()},
                               {QStringLiteral("values"), QJsonObject()},
                               {QStringLiteral("reasons"), QJsonObject()},
                               {QStringLiteral("explanations"), QJsonObject()},
                               {QStringLiteral("totals"), QJsonObject()}};
        return pulledChange(QStringLiteral("score_sheets"), ServerSheetUuid, 7, data);
    }

private Q_SLOTS:
    // Each function on a demo database of its own (they also run alone and in reverse order).
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        const QString path = m_dir->filePath(QStringLiteral("alone.sqlite"));
        QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(path, &error), qPrintable(error));
        // A PAR-index sheet submitted and appraised here, with the appraiser's reasons.
        m_sheet = text(QStringLiteral(
                           "SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                           "WHERE c.code = '%1' AND s.state = 'appraised' AND EXISTS (SELECT 1 FROM "
                           "audit_log a WHERE a.entity_uuid = s.uuid AND a.reason <> '') ORDER BY s.id "
                           "LIMIT 1")
                           .arg(QString::fromLatin1(DemoDatabase::ParCampaign)))
                      .toLongLong();
        QVERIFY(m_sheet > 0);
        // The province holds the campaign and its criteria set already (they were adopted by their
        // codes on an earlier page).
        QSqlQuery linked(m_db->connection());
        QVERIFY(linked.exec(QStringLiteral("UPDATE campaigns SET server_version = 1")));
        QVERIFY(linked.exec(QStringLiteral("UPDATE criteria_sets SET server_version = 1")));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void aSheetAdoptedKeepsWhatWasDoneToItBeforeTheLink()
    {
        const SheetTrail before = trail();
        QVERIFY(before.history.size() >= 3);
        QVERIFY2(!before.progress.startsWith(QLatin1String(" /")), qPrintable(before.progress));
        QVERIFY(!before.reasons.isEmpty());
        QVERIFY(!before.printedComments.isEmpty());
        const QString localUuid
            = text(QStringLiteral("SELECT uuid FROM score_sheets WHERE id = %1").arg(m_sheet));
        const QString lastActor
            = text(QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'score_sheets' "
                                  "AND entity_uuid = '%1' ORDER BY id DESC LIMIT 1")
                       .arg(localUuid));
        QVERIFY(!lastActor.isEmpty());

        PulledPageApplier::Result result;
        adopt(ServerSheetUuid, 7, &result);
        QCOMPARE(result.conflicts, 1);
        QCOMPARE(text(QStringLiteral("SELECT uuid FROM score_sheets WHERE id = %1").arg(m_sheet)),
                 ServerSheetUuid);
        QCOMPARE(text(QStringLiteral("SELECT former_uuid FROM adopted_rows WHERE entity = 'score_sheets' AND "
                                     "uuid = '%1'")
                          .arg(ServerSheetUuid)),
                 localUuid);

        const SheetTrail after = trail();
        QCOMPARE(after.history, before.history);
        QCOMPARE(after.progress, before.progress);
        QCOMPARE(after.reasons, before.reasons);
        QCOMPARE(after.printedComments, before.printedComments);

        // The inbox says who changed the sheet here, and when, beside the server's version.
        QString error;
        const auto listed = ConflictInbox::list(*m_db, &error);
        QVERIFY2(listed && listed->size() == 1, qPrintable(error));
        const auto detail = ConflictInbox::load(*m_db, listed->first().id, &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(detail->localActor, lastActor);
        QVERIFY(detail->localChangedAt.isValid());
        QVERIFY(AuditLog::verify(m_db->connection()).ok);
    }

    void aRowLinkedTwiceKeepsEveryUuidItHad()
    {
        // Linked, then linked again (the server's row replaced by another of the same key): the trail
        // follows.
        const SheetTrail before = trail();
        PulledPageApplier::Result result;
        adopt(ServerSheetUuid, 7, &result);
        QSqlQuery again(m_db->connection());
        const QString later = QStringLiteral("6e1b8d3f-0000-4000-8000-000000000002");
        QVERIFY(again.exec(
            QStringLiteral("UPDATE score_sheets SET server_version = NULL WHERE id = %1").arg(m_sheet)));
        adopt(later, 9, &result);
        QCOMPARE(text(QStringLiteral("SELECT uuid FROM score_sheets WHERE id = %1").arg(m_sheet)), later);
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM adopted_rows WHERE uuid = '%1'").arg(later)),
                 QStringLiteral("2"));
        const SheetTrail after = trail();
        QCOMPARE(after.history, before.history);
        QCOMPARE(after.progress, before.progress);
        QCOMPARE(after.reasons, before.reasons);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestAdoptedHistory)
#include "TestAdoptedHistory.moc"
