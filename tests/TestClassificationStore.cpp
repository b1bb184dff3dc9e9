// Classification of a campaign's people: the quota per task group, and recorded grade decisions
// where keeping a person above the quota needs an override with a reason and an approver.
// Campaign deadlines are reported as overdue while sheets are not approved.

#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "scoring/ScoreSheetReader.h"
#include "stores/CampaignStore.h"
#include "stores/ClassificationStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestClassificationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;

    const SubjectResult* find(const ClassificationStore::Classification& c, const QString& subject)
    {
        for (const auto& group : c.groups) {
            for (const auto& r : group.result.results) {
                if (r.subjectId == subject) {
                    return &r;
                }
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    // A database of its own for each function.
    void init()
    {
        QString error;
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("cl-%1.sqlite").arg(++m_databases)), &error));
        const QDir examples(dataPath(QStringLiteral("examples/cong-chuc")));
        QVERIFY(m_db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(
                    m_db.connection(), readData(QStringLiteral("examples/cong-chuc-2026.criteria.json")),
                    QStringLiteral("admin"), &issues, e);
                if (!set) {
                    return false;
                }
                for (const QString& campaignCode : {QStringLiteral("Q1"), QStringLiteral("T1-NHOM")}) {
                    const bool january = campaignCode == QLatin1String("T1-NHOM");
                    const auto campaign = CampaignStore::ensure(m_db.connection(),
                                                                {0,
                                                                 campaignCode,
                                                                 campaignCode,
                                                                 QStringLiteral("staff"),
                                                                 *set,
                                                                 {},
                                                                 {{}, {}, QDate(2026, 12, 15)},
                                                                 QString(),
                                                                 QString()},
                                                                QStringLiteral("admin"), e);
                    if (!campaign) {
                        return false;
                    }
                    for (const QString& name :
                         examples.entryList({january ? QStringLiteral("*-2026-01.scores.json")
                                                     : QStringLiteral("*.scores.json")},
                                            QDir::Files, QDir::Name)) {
                        ScoreSheet sheet = ScoreSheetReader::read(
                            readData(QStringLiteral("examples/cong-chuc/") + name), &issues);
                        // January: two task groups, so the quota applies within each.
                        if (january
                            && (sheet.subject.id == QLatin1String("CC01")
                                || sheet.subject.id == QLatin1String("CC02")
                                || sheet.subject.id == QLatin1String("CC04")
                                || sheet.subject.id == QLatin1String("CC09"))) {
                            sheet.subject.group = QStringLiteral("Văn phòng");
                        }
                        if (!SheetStore::save(m_db.connection(), campaign->id, sheet, QStringLiteral("admin"),
                                              QString(), e)) {
                            return false;
                        }
                    }
                }
                return true;
            },
            &error));
    }

    void cleanup() { m_db.close(); }

    void quarterMatchesTheYearRule()
    {
        QString error;
        const auto c = ClassificationStore::classify(m_db.connection(), QStringLiteral("Q1"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->groups.size(), 1);
        QCOMPARE(*c->groups.first().result.quotaAllowed, 1);
        QCOMPARE(find(*c, QStringLiteral("CC10"))->quota, QuotaStatus::Within);
        QCOMPARE(find(*c, QStringLiteral("CC01"))->grade, QStringLiteral("HTTNV"));
        QCOMPARE(find(*c, QStringLiteral("CC01"))->quota, QuotaStatus::Demoted);
    }

    void quotaAppliesPerTaskGroup()
    {
        QString error;
        const auto c = ClassificationStore::classify(m_db.connection(), QStringLiteral("T1-NHOM"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->groups.size(), 2);
        // "Văn phòng": CC01, CC02 proposed (98, 97.17); HTTNV: CC04 and the demoted one → k = 0.
        // The other group: CC10, CC03, CC06, CC05 proposed, CC07..CC09 are not HTTNV → k = 0.
        for (const auto& group : c->groups) {
            QCOMPARE(*group.result.quotaAllowed, 0);
        }
        QCOMPARE(find(*c, QStringLiteral("CC10"))->quota, QuotaStatus::Demoted);
    }

    void overrideNeedsReasonAndApprover()
    {
        QString error;
        QVERIFY(!ClassificationStore::decide(
            m_db, QStringLiteral("Q1"), QStringLiteral("CC01"), QStringLiteral("HTXSNV"), QString(),
            QStringLiteral("Chủ tịch UBND xã"), Role::UnitHead, QStringLiteral("thư ký"), &error));
        QVERIFY2(error.contains(QStringLiteral("CC01")), qPrintable(error));
        QVERIFY(!ClassificationStore::decide(
            m_db, QStringLiteral("Q1"), QStringLiteral("CC01"), QStringLiteral("HTXSNV"),
            QStringLiteral("Đơn vị được cấp có thẩm quyền cho phép vượt tỷ lệ"), QString(), Role::UnitHead,
            QStringLiteral("thư ký"), &error));
        QVERIFY(!ClassificationStore::decide(
            m_db, QStringLiteral("Q1"), QStringLiteral("CC01"), QStringLiteral("XUATSAC"),
            QStringLiteral("x"), QStringLiteral("y"), Role::UnitHead, QStringLiteral("thư ký"), &error));
        QVERIFY2(ClassificationStore::decide(
                     m_db, QStringLiteral("Q1"), QStringLiteral("CC01"), QStringLiteral("HTXSNV"),
                     QStringLiteral("Đơn vị được cấp có thẩm quyền cho phép vượt tỷ lệ"),
                     QStringLiteral("Nguyễn Văn Hùng"), Role::UnitHead, QStringLiteral("thư ký"), &error),
                 qPrintable(error));
        // The computed grade needs no reason.
        QVERIFY2(ClassificationStore::decide(m_db, QStringLiteral("Q1"), QStringLiteral("CC10"),
                                             QStringLiteral("HTXSNV"), QString(), QString(), Role::UnitHead,
                                             QStringLiteral("thư ký"), &error),
                 qPrintable(error));
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT subject_code, grade, computed_grade, is_override, approver FROM "
                           "grade_decisions ORDER BY subject_code")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("CC01"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("HTTNV"));
        QCOMPARE(query.value(3).toInt(), 1);
        QCOMPARE(query.value(4).toString(), QStringLiteral("Nguyễn Văn Hùng"));
        QVERIFY(query.next());
        QCOMPARE(query.value(3).toInt(), 0);
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }

    void deadlinesAreReported()
    {
        QString error;
        QCOMPARE(*ClassificationStore::overdueCampaigns(m_db.connection(), QDate(2026, 12, 15), &error),
                 QStringList());
        QCOMPARE(*ClassificationStore::overdueCampaigns(m_db.connection(), QDate(2026, 12, 16), &error),
                 (QStringList{QStringLiteral("Q1"), QStringLiteral("T1-NHOM")}));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestClassificationStore)
#include "TestClassificationStore.moc"
