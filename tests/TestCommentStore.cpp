// Comments on a sheet and its criteria: kept in order, recorded in the outbox and the audit
// trail, refused when empty or on a sheet that does not exist.

#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "scoring/ScoreSheetReader.h"
#include "stores/CampaignStore.h"
#include "stores/CommentStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestCommentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commentsAreKeptAndRecorded()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
        qint64 sheetId = 0;
        QVERIFY(db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(
                    db.connection(), readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                    QStringLiteral("admin"), &issues, e);
                const auto campaign = set ? CampaignStore::ensure(db.connection(),
                                                                  {0,
                                                                   QStringLiteral("C"),
                                                                   QStringLiteral("C"),
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
                const auto id = campaign ? SheetStore::save(db.connection(), campaign->id, sheet,
                                                            QStringLiteral("admin"), QString(), e)
                                         : std::nullopt;
                sheetId = id.value_or(0);
                return id.has_value();
            },
            &error));
        const qint64 outboxBefore = countRows(db.path(), QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QVERIFY(CommentStore::add(db, sheetId, QStringLiteral("1.4"), QStringLiteral("Lê Thị Thu"),
                                  QStringLiteral("Đề nghị bổ sung kế hoạch tuyên truyền"), &error));
        QVERIFY(CommentStore::add(db, sheetId, QString(), QStringLiteral("Trần Văn Nam"),
                                  QStringLiteral("Đã bổ sung tài liệu kiểm chứng"), &error));
        QVERIFY(!CommentStore::add(db, sheetId, QString(), QStringLiteral("Trần Văn Nam"),
                                   QStringLiteral("   "), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!CommentStore::add(db, sheetId + 99, QString(), QStringLiteral("A"), QStringLiteral("x"),
                                   &error));
        QVERIFY(error.contains(QString::number(sheetId + 99)));

        const auto all = CommentStore::list(db.connection(), sheetId, QString(), &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().author, QStringLiteral("Lê Thị Thu"));
        QCOMPARE(all->at(1).leafCode, QString());
        const auto onLeaf = CommentStore::list(db.connection(), sheetId, QStringLiteral("1.4"), &error);
        QCOMPARE(onLeaf->size(), 1);
        QCOMPARE(onLeaf->first().body, QStringLiteral("Đề nghị bổ sung kế hoạch tuyên truyền"));
        QCOMPARE(countRows(db.path(), QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore + 2);
        QCOMPARE(
            countRows(db.path(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'comment'")),
            2);
        QVERIFY(AuditLog::verify(db.connection()).ok);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCommentStore)
#include "TestCommentStore.moc"
