// The approval queue in the core: which sheets wait for which role (derived from the workflow),
// the filters and the search that ignores diacritics, overdue sheets, and each sheet's history
// from the audit trail (workflow steps, values, evidence, comments), newest first.

#include "QueueFixture.h"
#include "TestSupport.h"
#include "queries/SheetHistory.h"
#include "queries/SheetQueue.h"
#include "stores/CommentStore.h"
#include "stores/EvidenceStore.h"
#include "text/VietnameseText.h"
#include "workflow/SheetWorkflow.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QDate Today(2026, 6, 1);

QStringList keysOf(const QList<SheetQueueItem>& items)
{
    QStringList keys;
    for (const SheetQueueItem& item : items) {
        keys.append(item.campaignCode + QLatin1Char('/') + item.subjectCode);
    }
    return keys;
}

} // namespace

class TestSheetQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    QueueFixture m_data;

    QList<SheetQueueItem> list(const SheetQueueFilter& filter, const QDate& today = Today)
    {
        QString error;
        const auto items = SheetQueue::list(m_db.connection(), filter, today, &error);
        if (!items) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return *items;
    }

    static SheetQueueFilter waitingFor(Role role)
    {
        SheetQueueFilter filter;
        filter.waitingFor = role;
        return filter;
    }

private Q_SLOTS:
    // A database of its own for each function, with the data of QueueFixture.
    void init()
    {
        m_data = QueueFixture();
        QString error;
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("queue-%1.sqlite").arg(++m_databases)), &error));
        QVERIFY2(m_data.build(m_db, &error), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void waitingStatesComeFromTheWorkflow()
    {
        const ApprovalPolicy chair; // the council chair approves (interview councils, other kinds)
        QCOMPARE(SheetQueue::waitingStates(Role::SelfAssessor, chair), QList<SheetState>{SheetState::Draft});
        QCOMPARE(SheetQueue::waitingStates(Role::UnitHead, chair), QList<SheetState>{SheetState::Draft});
        QCOMPARE(SheetQueue::waitingStates(Role::Appraiser, chair), QList<SheetState>{SheetState::Submitted});
        QCOMPARE(SheetQueue::waitingStates(Role::CouncilSecretary, chair),
                 QList<SheetState>{SheetState::Submitted});
        // An approved sheet no longer waits for the one who approved it: only for publication.
        QCOMPARE(SheetQueue::waitingStates(Role::CouncilChair, chair),
                 QList<SheetState>{SheetState::Appraised});
        QCOMPARE(SheetQueue::waitingStates(Role::Administrator, chair),
                 QList<SheetState>{SheetState::Approved});

        // Decree 335: the unit head decides the sheets of his unit's staff.
        const ApprovalPolicy staff = ApprovalPolicy::forKind(QStringLiteral("staff"));
        QCOMPARE(SheetQueue::waitingStates(Role::SelfAssessor, staff), QList<SheetState>{SheetState::Draft});
        QCOMPARE(SheetQueue::waitingStates(Role::UnitHead, staff), QList<SheetState>{SheetState::Appraised});
        QCOMPARE(SheetQueue::waitingStates(Role::CouncilChair, staff), QList<SheetState>());
        QCOMPARE(SheetQueue::waitingStates(Role::Administrator, staff),
                 QList<SheetState>{SheetState::Approved});

        // A PAR index: the council chair or the administrator approves.
        const ApprovalPolicy par = ApprovalPolicy::forKind(QStringLiteral("par_index"));
        QCOMPARE(SheetQueue::waitingStates(Role::Administrator, par),
                 (QList<SheetState>{SheetState::Appraised, SheetState::Approved}));
        QCOMPARE(SheetQueue::waitingStates(Role::CouncilChair, par),
                 QList<SheetState>{SheetState::Appraised});

        // Every submit, appraise and approve of the table makes its roles wait; return, reopen and
        // publish (but for the administrator) do not.
        for (const ApprovalPolicy& policy : {chair, staff, par}) {
            for (const auto& transition : SheetWorkflow::transitions(policy)) {
                for (const Role role : transition.roles) {
                    const bool forward = transition.action == WorkflowAction::Submit
                        || transition.action == WorkflowAction::Appraise
                        || transition.action == WorkflowAction::Approve
                        || (transition.action == WorkflowAction::Publish && role == Role::Administrator);
                    if (forward) {
                        QVERIFY(SheetQueue::waitsFor(transition.from, role, policy));
                    }
                }
            }
            QVERIFY(!SheetQueue::waitsFor(SheetState::Published, Role::Administrator, policy));
        }
    }

    void queueOfEachRole()
    {
        // T1 and T2 are staff campaigns: the unit head decides the appraised sheets and no longer
        // sees the approved one; he also submits the PAR index of his unit (CCHC).
        QCOMPARE(
            keysOf(list(waitingFor(Role::UnitHead))),
            (QStringList{QStringLiteral("CCHC/SNV"), QStringLiteral("T1/CC01"), QStringLiteral("T1/CC02"),
                         QStringLiteral("T1/CC03"), QStringLiteral("T2/CC01"), QStringLiteral("T2/CC02")}));
        QVERIFY(list(waitingFor(Role::CouncilChair)).isEmpty());
        QCOMPARE(keysOf(list(waitingFor(Role::Appraiser))), QStringList{QStringLiteral("T1/CC04")});
        QCOMPARE(keysOf(list(waitingFor(Role::Administrator))), QStringList{QStringLiteral("T1/CC05")});
        QCOMPARE(list(waitingFor(Role::SelfAssessor)).size(), 5 + 8 + 1);
    }

    void itemsDescribeTheSheet()
    {
        QString error;
        const auto item = SheetQueue::find(
            m_db.connection(), m_data.sheet(QStringLiteral("T1"), QStringLiteral("CC03")), Today, &error);
        QVERIFY2(item, qPrintable(error));
        QCOMPARE(item->campaignTitle, QStringLiteral("Đánh giá tháng 01/2026"));
        QCOMPARE(item->subjectName, QStringLiteral("Nguyễn Văn Dũng"));
        QCOMPARE(item->unitCode, QStringLiteral("XCL"));
        QCOMPARE(item->unitName, QStringLiteral("UBND xã Chi Lăng"));
        QCOMPARE(item->taskGroup, QStringLiteral("UBND xã Chi Lăng")); // the sheet's group
        QCOMPARE(item->period, QStringLiteral("2026-01"));
        QCOMPARE(item->state, SheetState::Appraised);
        QCOMPARE(item->deadline, QDate(2020, 1, 31));
        QVERIFY(item->overdue);
        QVERIFY(item->lastChange.isValid());
        QVERIFY(qAbs(item->lastChange.secsTo(QDateTime::currentDateTimeUtc())) < 3600);

        // Without a group on the sheet, the person's task group; a unit is its own unit.
        const auto cc10 = SheetQueue::find(
            m_db.connection(), m_data.sheet(QStringLiteral("T2"), QStringLiteral("CC10")), Today, &error);
        QCOMPARE(cc10->taskGroup, QStringLiteral("Chuyên viên"));
        QCOMPARE(cc10->unitCode, QStringLiteral("XHL"));
        QVERIFY(!cc10->overdue);
        const auto snv = SheetQueue::find(
            m_db.connection(), m_data.sheet(QStringLiteral("CCHC"), QStringLiteral("SNV")), Today, &error);
        QCOMPARE(snv->unitCode, QStringLiteral("SNV"));
        QCOMPARE(snv->unitName, QStringLiteral("Sở Nội vụ"));
        QVERIFY(!snv->deadline.isValid());
        QVERIFY(!snv->overdue);

        QVERIFY(!SheetQueue::find(m_db.connection(), 999999, Today, &error));
        QVERIFY(error.contains(QStringLiteral("999999")));
    }

    void filters()
    {
        SheetQueueFilter filter = waitingFor(Role::UnitHead);
        filter.campaignCode = QStringLiteral("T2");
        QCOMPARE(keysOf(list(filter)), (QStringList{QStringLiteral("T2/CC01"), QStringLiteral("T2/CC02")}));

        filter = waitingFor(Role::Administrator);
        filter.state = SheetState::Approved;
        QCOMPARE(keysOf(list(filter)), QStringList{QStringLiteral("T1/CC05")});
        filter = waitingFor(Role::UnitHead);
        filter.state = SheetState::Approved; // decided: no longer waits for the unit head
        QVERIFY(list(filter).isEmpty());
        filter.state = SheetState::Draft; // only the PAR index, which he submits
        QCOMPARE(keysOf(list(filter)), QStringList{QStringLiteral("CCHC/SNV")});

        filter = SheetQueueFilter();
        filter.unitCode = QStringLiteral("XHL");
        QCOMPARE(list(filter).size(), 10);
        filter.unitCode = QStringLiteral("SNV");
        QCOMPARE(keysOf(list(filter)), QStringList{QStringLiteral("CCHC/SNV")});
        QCOMPARE(list(SheetQueueFilter()).size(), 21);
    }

    void overdueSheetsAreOpenOnesPastTheDeadline()
    {
        SheetQueueFilter filter;
        filter.overdueOnly = true;
        // T1's deadline has passed: all its sheets but the approved one.
        QStringList expected;
        for (int i = 1; i <= 10; ++i) {
            if (i != 5) {
                expected.append(QStringLiteral("T1/CC%1").arg(i, 2, 10, QLatin1Char('0')));
            }
        }
        QCOMPARE(keysOf(list(filter)), expected);
        // On the deadline itself nothing is late yet.
        QVERIFY(list(filter, QDate(2020, 1, 31)).isEmpty());
        QCOMPARE(list(filter, QDate(2020, 2, 1)).size(), 9);

        filter.waitingFor = Role::UnitHead;
        QCOMPARE(
            keysOf(list(filter)),
            (QStringList{QStringLiteral("T1/CC01"), QStringLiteral("T1/CC02"), QStringLiteral("T1/CC03")}));
    }

    void searchIgnoresDiacritics()
    {
        SheetQueueFilter filter;
        filter.search = QStringLiteral("nguyen van");
        QCOMPARE(keysOf(list(filter)), (QStringList{QStringLiteral("T1/CC03"), QStringLiteral("T2/CC03")}));
        filter.search = QStringLiteral("NGUYỄN  VĂN dũng");
        QCOMPARE(list(filter).size(), 2);
        filter.search = QStringLiteral("so noi vu");
        QCOMPARE(keysOf(list(filter)), QStringList{QStringLiteral("CCHC/SNV")});
        filter.search = QStringLiteral("huu lung"); // the unit's name
        QCOMPARE(list(filter).size(), 10);
        filter.search = QStringLiteral("cc04");
        filter.waitingFor = Role::Appraiser;
        QCOMPARE(keysOf(list(filter)), QStringList{QStringLiteral("T1/CC04")});
        filter.search = QStringLiteral("không có ai");
        QVERIFY(list(filter).isEmpty());

        // accepts() is the same test on a loaded item.
        const QList<SheetQueueItem> all = list(SheetQueueFilter());
        filter = SheetQueueFilter();
        filter.search = QStringLiteral("nguyen van");
        const QString key = VietnameseText::searchKey(filter.search);
        const auto accepted = std::count_if(all.begin(), all.end(), [&](const SheetQueueItem& item) {
            return SheetQueue::accepts(item, filter, key);
        });
        QCOMPARE(static_cast<int>(accepted), 2);
    }

    void historyOfAWorkflow()
    {
        const qint64 id = m_data.sheet(QStringLiteral("T1"), QStringLiteral("CC05"));
        QString error;
        const auto history = SheetHistory::load(m_db.connection(), id, &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->size(), 4);
        const QStringList actions{history->at(0).action, history->at(1).action, history->at(2).action,
                                  history->at(3).action};
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("approve"), QStringLiteral("appraise"), QStringLiteral("submit"),
                              QStringLiteral("insert")}));
        const SheetHistoryEntry& approval = history->first();
        QCOMPARE(approval.actor, QueueFixture::actor());
        QCOMPARE(approval.what, WorkflowActions::title(WorkflowAction::Approve));
        QCOMPARE(approval.change,
                 QStringLiteral("%1 → %2").arg(SheetStates::title(SheetState::Appraised),
                                               SheetStates::title(SheetState::Approved)));
        QVERIFY(approval.at.isValid());
        QVERIFY(history->at(0).auditId > history->at(1).auditId);
        QVERIFY(!history->last().change.isEmpty());
    }

    void historyOfValuesEvidenceAndComments()
    {
        // Sheet numbers where one begins with the other: the comment on the longer one stays out.
        const qint64 id = m_data.sheet(QStringLiteral("T1"), QStringLiteral("CC01"));
        const qint64 other = m_data.sheet(QStringLiteral("T1"), QStringLiteral("CC10"));
        QVERIFY(QString::number(other).startsWith(QString::number(id)));
        QString error;
        QVERIFY2(CommentStore::add(m_db, id, QStringLiteral("1.6"), QStringLiteral("Tổ giúp việc"),
                                   QStringLiteral("Đề nghị bổ sung minh chứng"), &error),
                 qPrintable(error));
        QVERIFY2(CommentStore::add(m_db, other, QString(), QStringLiteral("Tổ giúp việc"),
                                   QStringLiteral("Không liên quan"), &error),
                 qPrintable(error));
        QVERIFY2(EvidenceStore::attachData(m_db, id, QStringLiteral("1.6"), QByteArray("biên bản"),
                                           QStringLiteral("bien-ban.pdf"), QStringLiteral("Hoàng Văn Bình"),
                                           &error),
                 qPrintable(error));

        // The appraiser's values, then one of them changed.
        ValidationIssues issues;
        ScoreSheet sheet = ScoreSheetReader::read(
            readData(QStringLiteral("examples/cong-chuc/CC01-2026-01.scores.json")), &issues);
        sheet.stage = Stage::Appraised;
        const auto save = [&](const QString& reason) {
            return m_db.transaction(
                [&](QString* e) {
                    const auto campaign = CampaignStore::find(m_db.connection(), QStringLiteral("T1"), e);
                    return campaign
                        && SheetStore::save(m_db.connection(), campaign->id, sheet,
                                            QStringLiteral("Thẩm định viên"), reason, e);
                },
                &error);
        };
        QVERIFY2(save(QString()), qPrintable(error));
        const QJsonObject before = LeafValue::toJson(sheet.values.value(QStringLiteral("1.6")));
        sheet.values[QStringLiteral("1.6")].level = 0;
        const QJsonObject after = LeafValue::toJson(sheet.values.value(QStringLiteral("1.6")));
        QVERIFY(before != after);
        QVERIFY2(save(QStringLiteral("Không có minh chứng cho mức 1")), qPrintable(error));

        const auto history = SheetHistory::load(m_db.connection(), id, &error, QLocale(QLocale::Vietnamese));
        QVERIFY2(history, qPrintable(error));
        QStringList actions;
        for (const SheetHistoryEntry& entry : *history) {
            actions.append(entry.action);
            QVERIFY(!entry.what.isEmpty());
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("score"), QStringLiteral("score"), QStringLiteral("insert"),
                              QStringLiteral("comment"), QStringLiteral("appraise"), QStringLiteral("submit"),
                              QStringLiteral("insert")}));
        const SheetHistoryEntry& change = history->first();
        QCOMPARE(change.actor, QStringLiteral("Thẩm định viên"));
        QCOMPARE(change.reason, QStringLiteral("Không có minh chứng cho mức 1"));
        QVERIFY2(change.change.endsWith(
                     QStringLiteral("1.6: %1 → %2")
                         .arg(SheetHistory::describeValue(before, QLocale(QLocale::Vietnamese)),
                              SheetHistory::describeValue(after, QLocale(QLocale::Vietnamese)))),
                 qPrintable(change.change));
        QCOMPARE(history->at(2).entity, QStringLiteral("evidence_files"));
        QCOMPARE(history->at(2).change, QStringLiteral("1.6: bien-ban.pdf"));
        QCOMPARE(history->at(3).change, QStringLiteral("1.6: Đề nghị bổ sung minh chứng"));
    }

    void valuesAreWrittenTheVietnameseWay()
    {
        const QLocale vi(QLocale::Vietnamese);
        QCOMPARE(SheetHistory::describeValue({{QStringLiteral("points"), 2.5}}, vi), QStringLiteral("2,5"));
        QCOMPARE(SheetHistory::describeValue({{QStringLiteral("value"), 1234.75}}, vi),
                 QStringLiteral("1.234,75"));
        QCOMPARE(
            SheetHistory::describeValue({{QStringLiteral("done"), 9}, {QStringLiteral("total"), 10}}, vi),
            QStringLiteral("9/10"));
        QCOMPARE(SheetHistory::describeValue({}, vi), QStringLiteral("—"));
    }

    void returnReasonIsInTheHistory()
    {
        const qint64 id = m_data.sheet(QStringLiteral("T1"), QStringLiteral("CC04"));
        QString error;
        QVERIFY2(SheetTransitions::apply(m_db, id, WorkflowAction::Return, Role::Appraiser,
                                         QStringLiteral("Thẩm định viên"), QStringLiteral("Thiếu giải trình"),
                                         &error),
                 qPrintable(error));
        const auto history = SheetHistory::load(m_db.connection(), id, &error);
        QCOMPARE(history->first().action, QStringLiteral("return"));
        QCOMPARE(history->first().reason, QStringLiteral("Thiếu giải trình"));
        QVERIFY(list(waitingFor(Role::Appraiser)).isEmpty());
        SheetQueueFilter filter = waitingFor(Role::SelfAssessor);
        filter.campaignCode = QStringLiteral("T1");
        QVERIFY(keysOf(list(filter)).contains(QStringLiteral("T1/CC04")));
        QVERIFY(!SheetHistory::load(m_db.connection(), 999999, &error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSheetQueue)
#include "TestSheetQueue.moc"
