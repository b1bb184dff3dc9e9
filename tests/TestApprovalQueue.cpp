#include <QApplication>

// The approval queue and the classification screen on real widgets and a real database: the
// queue lists what waits for the user's role, filters and searches without diacritics, approves
// and returns selected sheets with one comment, shows what the core refuses; the classification
// shows who is above the quota and records an override with its reason.

#include "AppSession.h"
#include "ApprovalQueueFilter.h"
#include "ApprovalQueueModel.h"
#include "ApprovalQueueView.h"
#include "CampaignsView.h"
#include "ClassificationModel.h"
#include "ClassificationView.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "QueueFixture.h"
#include "SheetHistoryModel.h"
#include "SheetHistoryPanel.h"
#include "TestSupport.h"
#include "services/SheetTransitions.h"
#include "stores/CampaignStore.h"
#include "workflow/SheetWorkflow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

namespace {

const auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// With DANHGIA_SCREENSHOT_DIR set, the screens are saved there as PNG files to look at.
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("DANHGIA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

QModelIndex rowOf(const ApprovalQueueView& view, qint64 sheetId)
{
    const ApprovalQueueFilter* filter = view.filterModel();
    for (int row = 0; row < filter->rowCount(); ++row) {
        if (filter->sheetId(row) == sheetId) {
            return filter->index(row, 0);
        }
    }
    return {};
}

bool select(ApprovalQueueView& view, const QList<qint64>& ids)
{
    QItemSelectionModel* selection = view.table()->selectionModel();
    selection->clearSelection();
    for (const qint64 id : ids) {
        const QModelIndex index = rowOf(view, id);
        if (!index.isValid()) {
            return false;
        }
        selection->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    return true;
}

} // namespace

class TestApprovalQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;
    QueueFixture m_data;
    QList<DialogRequest> m_requests;

    qint64 sheet(const QString& campaign, const QString& subject) const
    {
        return m_data.sheet(campaign, subject);
    }

    SheetState stateOf(qint64 id)
    {
        QString error;
        return SheetTransitions::state(m_session->database().connection(), id, &error)
            .value_or(SheetState::Draft);
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery query(m_session->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // Answers every dialog: texts one after the other, the choice by its code.
    void answer(const QStringList& texts, const QString& choice = QString())
    {
        m_requests.clear();
        auto remaining = std::make_shared<QStringList>(texts);
        DialogService::setResponder([this, remaining, choice](const DialogRequest& request) -> QVariant {
            m_requests.append(request);
            if (request.kind == DialogRequest::Kind::Text) {
                return remaining->isEmpty() ? QVariant() : QVariant(remaining->takeFirst());
            }
            if (request.kind == DialogRequest::Kind::Choice) {
                for (int i = 0; i < request.choices.size(); ++i) {
                    if (request.choices.at(i).startsWith(choice + QLatin1Char(' '))) {
                        return i;
                    }
                }
                return QVariant();
            }
            return true;
        });
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<AppSession>();
        m_data = QueueFixture();
        QString error;
        QVERIFY2(m_session->openDatabase(m_dir->filePath(QStringLiteral("queue.sqlite")), &error, true),
                 qPrintable(error));
        QVERIFY2(m_data.build(m_session->database(), &error), qPrintable(error));
        // The staff campaigns T1 and T2 are decided by the unit head (Decree 335); the PAR index
        // CCHC by the council chair or the administrator.
        m_session->setUser(QStringLiteral("Vi Văn Hùng"), Role::UnitHead);
    }

    void cleanup()
    {
        DialogService::setResponder({});
        m_session.reset();
        m_dir.reset();
    }

    void queueShowsWhatWaitsForTheRole()
    {
        ApprovalQueueView view(*m_session);
        QAbstractItemModelTester sourceTester(view.queueModel(), Fatal);
        QAbstractItemModelTester filterTester(view.filterModel(), Fatal);
        view.resize(1280, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The unit head: the appraised staff sheets to decide (not the approved one), and the PAR
        // index's draft that he submits for his unit.
        QCOMPARE(view.filterModel()->rowCount(), 6);
        for (int row = 0; row < view.queueModel()->rowCount(); ++row) {
            const SheetQueueItem& item = view.queueModel()->item(row);
            QVERIFY(item.campaignCode == QLatin1String("CCHC") ? item.state == SheetState::Draft
                                                               : item.state == SheetState::Appraised);
        }
        QVERIFY(!rowOf(view, sheet(QStringLiteral("T1"), QStringLiteral("CC05"))).isValid());
        // The council chair decides no staff sheet: nothing waits for him here.
        m_session->setUser(QStringLiteral("Nguyễn Thị Chủ Tịch"), Role::CouncilChair);
        QCOMPARE(view.filterModel()->rowCount(), 0);
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("approveButton"))->isVisibleTo(&view)
                || view.queueModel()->rowCount() == 0);
        // The administrator: the approved sheet, to publish.
        m_session->setUser(QStringLiteral("Lương Văn Minh"), Role::Administrator);
        QCOMPARE(view.filterModel()->rowCount(), 1);
        QCOMPARE(view.filterModel()->sheetId(0), sheet(QStringLiteral("T1"), QStringLiteral("CC05")));
        m_session->setUser(QStringLiteral("Vi Văn Hùng"), Role::UnitHead);
        // Numbers and dates for people: the deadline dd/MM/yyyy, marked overdue.
        const QModelIndex late = rowOf(view, sheet(QStringLiteral("T1"), QStringLiteral("CC01")));
        QCOMPARE(late.siblingAtColumn(ApprovalQueueModel::DeadlineColumn).data().toString(),
                 QStringLiteral("31/01/2020"));
        QVERIFY(late.data(ApprovalQueueModel::OverdueRole).toBool());
        screenshot(view, QStringLiteral("approval-queue"));

        m_session->setUser(QStringLiteral("Trần Văn Thẩm"), Role::Appraiser);
        QCOMPARE(view.filterModel()->rowCount(), 1);
        QCOMPARE(view.filterModel()->sheetId(0), sheet(QStringLiteral("T1"), QStringLiteral("CC04")));
        QCOMPARE(view.findChild<QComboBox*>(QStringLiteral("queueStateFilter"))->count(), 2);
        // The appraiser may appraise, not approve: Approve is not offered at all.
        QVERIFY(select(view, {sheet(QStringLiteral("T1"), QStringLiteral("CC04"))}));
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("approveButton"))->isVisibleTo(&view));
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("appraiseButton"))->isEnabled());
    }

    void searchIgnoresDiacritics()
    {
        ApprovalQueueView view(*m_session);
        QAbstractItemModelTester filterTester(view.filterModel(), Fatal);
        auto* search = view.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
        QVERIFY(search);
        QVERIFY(!search->accessibleName().isEmpty() && !search->toolTip().isEmpty());
        QTest::keyClicks(search, QStringLiteral("nguyen van"));
        QCOMPARE(view.filterModel()->rowCount(), 1);
        QCOMPARE(view.filterModel()->index(0, ApprovalQueueModel::SubjectNameColumn).data().toString(),
                 QStringLiteral("Nguyễn Văn Dũng"));
        search->clear();
        QCOMPARE(view.filterModel()->rowCount(), 6);
        QTest::keyClicks(search, QStringLiteral("CHI LANG"));
        QCOMPARE(view.filterModel()->rowCount(), 5); // all but the PAR draft of the Sở Nội vụ
    }

    void filtersByStateOverdueCampaignAndUnit()
    {
        ApprovalQueueView view(*m_session);
        QAbstractItemModelTester filterTester(view.filterModel(), Fatal);
        auto* state = view.findChild<QComboBox*>(QStringLiteral("queueStateFilter"));
        auto* overdue = view.findChild<QCheckBox*>(QStringLiteral("queueOverdueFilter"));
        auto* campaign = view.findChild<QComboBox*>(QStringLiteral("queueCampaignFilter"));
        auto* unit = view.findChild<QComboBox*>(QStringLiteral("queueUnitFilter"));
        QVERIFY(state && overdue && campaign && unit);

        QCOMPARE(state->findData(static_cast<int>(SheetState::Approved)), -1);
        state->setCurrentIndex(state->findData(static_cast<int>(SheetState::Draft)));
        QCOMPARE(view.filterModel()->rowCount(), 1);
        QCOMPARE(view.filterModel()->sheetId(0), sheet(QStringLiteral("CCHC"), QStringLiteral("SNV")));
        state->setCurrentIndex(0);
        overdue->setChecked(true);
        QCOMPARE(view.filterModel()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QVERIFY(view.filterModel()->index(row, 0).data(ApprovalQueueModel::OverdueRole).toBool());
        }
        campaign->setCurrentIndex(campaign->findData(QStringLiteral("T2")));
        QCOMPARE(view.filterModel()->rowCount(), 0);
        overdue->setChecked(false);
        QCOMPARE(view.filterModel()->rowCount(), 2);
        QCOMPARE(unit->count(), 3); // all units, and the two with sheets waiting
        unit->setCurrentIndex(unit->findData(QStringLiteral("XCL")));
        QCOMPARE(view.filterModel()->rowCount(), 2);

        // Sorted by the deadline first (the overdue campaign on top), then by any column.
        campaign->setCurrentIndex(0);
        QCOMPARE(view.filterModel()->index(0, ApprovalQueueModel::CampaignColumn).data().toString(),
                 QStringLiteral("T1"));
        view.table()->sortByColumn(ApprovalQueueModel::DeadlineColumn, Qt::DescendingOrder);
        QCOMPARE(view.filterModel()->index(0, ApprovalQueueModel::CampaignColumn).data().toString(),
                 QStringLiteral("T2"));
    }

    void approvingSelectedSheetsStoresTheirState()
    {
        ApprovalQueueView view(*m_session);
        QAbstractItemModelTester sourceTester(view.queueModel(), Fatal);
        QAbstractItemModelTester historyTester(view.historyPanel()->historyModel(), Fatal);
        const qint64 first = sheet(QStringLiteral("T1"), QStringLiteral("CC01"));
        const qint64 second = sheet(QStringLiteral("T2"), QStringLiteral("CC01"));
        QVERIFY(select(view, {first, second}));
        QCOMPARE(view.selectedSheetIds().size(), 2);
        QCOMPARE(view.historyPanel()->sheetId(), second);
        answer({QStringLiteral("Đồng ý kết quả thẩm định")});
        auto* approve = view.findChild<QPushButton*>(QStringLiteral("approveButton"));
        QVERIFY(approve && approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);

        QCOMPARE(m_requests.size(), 1);
        QCOMPARE(m_requests.first().kind, DialogRequest::Kind::Text);
        QVERIFY(!m_requests.first().required);
        // The confirmation names the sheets it approves.
        QVERIFY2(m_requests.first().text.contains(QStringLiteral("01/2026"))
                     || m_requests.first().text.contains(QStringLiteral("2026-01")),
                 qPrintable(m_requests.first().text));
        QCOMPARE(stateOf(first), SheetState::Approved);
        QCOMPARE(stateOf(second), SheetState::Approved);
        QCOMPARE(stateOf(sheet(QStringLiteral("T1"), QStringLiteral("CC02"))), SheetState::Appraised);
        QVERIFY(view.messageBar()->isVisibleTo(&view));
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Positive);
        // Decided, they no longer wait for the unit head (the administrator publishes them).
        QVERIFY(!rowOf(view, first).isValid());
        QVERIFY(!rowOf(view, second).isValid());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'approve' AND reason = "
                                      "'Đồng ý kết quả thẩm định' AND actor = '%1'")
                           .arg(m_session->actor())),
                 qint64(2));
        view.resize(1280, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        screenshot(view, QStringLiteral("approval-queue-approved"));
    }

    void bulkReturnRecordsTheReason()
    {
        ApprovalQueueView view(*m_session);
        const qint64 first = sheet(QStringLiteral("T1"), QStringLiteral("CC02"));
        const qint64 second = sheet(QStringLiteral("T1"), QStringLiteral("CC03"));
        QVERIFY(select(view, {first, second}));
        const QString reason = QStringLiteral("Thiếu minh chứng nhiệm vụ 2");
        answer({reason});
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("returnButton")), Qt::LeftButton);
        QCOMPARE(m_requests.size(), 1);
        QVERIFY(m_requests.first().required);
        QCOMPARE(stateOf(first), SheetState::Draft);
        QCOMPARE(stateOf(second), SheetState::Draft);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'return' AND reason = '%1' "
                                 "AND actor = '%2'")
                      .arg(reason, m_session->actor())),
            qint64(2));
        QCOMPARE(view.filterModel()->rowCount(), 4);
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Positive);

        // Cancelling the question does nothing.
        QVERIFY(select(view, {sheet(QStringLiteral("T2"), QStringLiteral("CC02"))}));
        answer({});
        view.returnSelected();
        QCOMPARE(stateOf(sheet(QStringLiteral("T2"), QStringLiteral("CC02"))), SheetState::Appraised);
    }

    void actionsTheSelectionDoesNotAllowAreDisabledWithTheReason()
    {
        ApprovalQueueView view(*m_session);
        const qint64 appraised = sheet(QStringLiteral("T1"), QStringLiteral("CC01"));
        const qint64 draft = sheet(QStringLiteral("CCHC"), QStringLiteral("SNV"));
        auto* approve = view.findChild<QPushButton*>(QStringLiteral("approveButton"));
        auto* appraise = view.findChild<QPushButton*>(QStringLiteral("appraiseButton"));
        QVERIFY(select(view, {appraised}));
        QVERIFY(approve->isVisibleTo(&view) && approve->isEnabled());
        // The unit head never appraises: the button is not there.
        QVERIFY(!appraise->isVisibleTo(&view));
        // With the PAR draft in the selection, Approve is disabled and its tooltip says why.
        QVERIFY(select(view, {appraised, draft}));
        QVERIFY(!approve->isEnabled());
        const QString refusal
            = SheetWorkflow::check(ApprovalPolicy::forKind(QStringLiteral("par_index")), SheetState::Draft,
                                   WorkflowAction::Approve, Role::UnitHead, {})
                  .message;
        QVERIFY(!refusal.isEmpty());
        QVERIFY2(approve->toolTip().contains(refusal), qPrintable(approve->toolTip()));
        // Called anyway, the store refuses the draft and approves the other, and says which.
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        answer({QStringLiteral("Đồng ý")});
        view.approveSelected();
        QCOMPARE(stateOf(draft), SheetState::Draft);
        QCOMPARE(stateOf(appraised), SheetState::Approved);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), before + 1);
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Warning);
        QVERIFY2(view.messageBar()->text().contains(QStringLiteral("Sở Nội vụ")),
                 qPrintable(view.messageBar()->text()));
        view.resize(1280, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        screenshot(view, QStringLiteral("approval-queue-refused"));
    }

    void campaignNamesWhoApproves()
    {
        m_session->setUser(QStringLiteral("Lương Văn Minh"), Role::Administrator);
        CampaignsView view(*m_session);
        auto* button = view.findChild<QPushButton*>(QStringLiteral("campaignApproversButton"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // nothing selected yet
        int row = -1;
        for (int r = 0; r < view.table()->rowCount(); ++r) {
            if (view.table()->item(r, 0)->text() == QLatin1String("T1")) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        QVERIFY2(view.table()->item(row, 0)->toolTip().contains(Roles::title(Role::UnitHead)),
                 qPrintable(view.table()->item(row, 0)->toolTip()));
        view.table()->selectRow(row);
        QVERIFY(button->isEnabled());
        answer({}, QStringLiteral("Chủ tịch"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_requests.size(), 1);
        QCOMPARE(m_requests.first().kind, DialogRequest::Kind::Choice);
        QString error;
        QCOMPARE(
            CampaignStore::find(m_session->database().connection(), QStringLiteral("T1"), &error)->approvers,
            QStringLiteral("council_chair"));
        // The chair now decides T1's appraised sheets, and the unit head no longer may.
        const qint64 id = sheet(QStringLiteral("T1"), QStringLiteral("CC01"));
        QVERIFY(!SheetTransitions::apply(m_session->database(), id, WorkflowAction::Approve, Role::UnitHead,
                                         QStringLiteral("x"), {}, &error));
        QVERIFY2(SheetTransitions::apply(m_session->database(), id, WorkflowAction::Approve,
                                         Role::CouncilChair, QStringLiteral("x"), {}, &error),
                 qPrintable(error));
        // Only who sets up campaigns may name approvers.
        m_session->setUser(QStringLiteral("Vi Văn Hùng"), Role::UnitHead);
        view.table()->selectRow(row);
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(Roles::title(Role::UnitHead)), qPrintable(button->toolTip()));
        QVERIFY(!CampaignStore::setApprovers(m_session->database(), QStringLiteral("T1"), {Role::UnitHead},
                                             Role::UnitHead, QStringLiteral("x"), &error));
    }

    void appraiseFromTheQueue()
    {
        m_session->setUser(QStringLiteral("Trần Văn Thẩm"), Role::Appraiser);
        ApprovalQueueView view(*m_session);
        const qint64 id = sheet(QStringLiteral("T1"), QStringLiteral("CC04"));
        QVERIFY(select(view, {id}));
        auto* appraise = view.findChild<QPushButton*>(QStringLiteral("appraiseButton"));
        QVERIFY(appraise->isVisibleTo(&view) && appraise->isEnabled());
        answer({});
        QTest::mouseClick(appraise, Qt::LeftButton);
        QCOMPARE(m_requests.size(), 1);
        QCOMPARE(m_requests.first().kind, DialogRequest::Kind::Question);
        QVERIFY2(m_requests.first().text.contains(QStringLiteral("Vi Thị Mai")),
                 qPrintable(m_requests.first().text));
        QCOMPARE(stateOf(id), SheetState::Appraised);
        QCOMPARE(view.filterModel()->rowCount(), 0);
    }

    void enterAndDoubleClickOpenTheSheet()
    {
        ApprovalQueueView view(*m_session);
        view.resize(1280, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &ApprovalQueueView::openSheetRequested);
        const qint64 id = sheet(QStringLiteral("T1"), QStringLiteral("CC03"));
        const QModelIndex index = rowOf(view, id);
        view.table()->setFocus();
        view.table()->setCurrentIndex(index);
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toLongLong(), id);
        const QRect cell
            = view.table()->visualRect(index.siblingAtColumn(ApprovalQueueModel::SubjectNameColumn));
        // A double-click is a press (which chooses the row) and then the double-click event.
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.last().first().toLongLong(), id);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("openSheetButton")), Qt::LeftButton);
        QCOMPARE(spy.size(), 3);
    }

    void classificationShowsQuotaAndRecordsOverride()
    {
        ClassificationView view(*m_session); // the unit head decides the grades of a staff campaign
        view.resize(1100, 700);
        auto* campaign = view.campaignBox();
        campaign->setCurrentIndex(campaign->findData(QStringLiteral("T1")));
        QCOMPARE(view.tables().size(), 1);
        QCOMPARE(view.models().first()->rowCount(), 10);
        view.unitBox()->setCurrentIndex(view.unitBox()->findData(QStringLiteral("XCL")));
        QCOMPARE(view.unitBox()->count(), 3);
        QCOMPARE(view.tables().size(), 1);
        ClassificationModel* model = view.models().first();
        QAbstractItemModelTester tester(model, Fatal);
        QCOMPARE(model->rowCount(), 5);
        const int row = model->rowOf(QStringLiteral("CC01"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 0).data(ClassificationModel::QuotaStatusRole).toInt(),
                 static_cast<int>(QuotaStatus::Demoted));
        QCOMPARE(model->index(row, ClassificationModel::GradeColumn).data().toString(),
                 QStringLiteral("HTTNV"));
        QCOMPARE(model->index(row, ClassificationModel::IndexColumn).data().toString(),
                 QStringLiteral("98,00"));
        QCOMPARE(model->index(row, ClassificationModel::QuotaColumn).data().toString(),
                 ClassificationModel::quotaText(model->subject(row)));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        screenshot(view, QStringLiteral("classification"));

        view.tables().first()->selectRow(row);
        QCOMPARE(view.selectedSubject(), QStringLiteral("CC01"));
        const QString reason = QStringLiteral("Đơn vị được cấp có thẩm quyền cho phép vượt tỷ lệ");
        answer({reason, QStringLiteral("Chủ tịch UBND xã Chi Lăng")}, QStringLiteral("HTXSNV"));
        auto* button = view.findChild<QPushButton*>(QStringLiteral("overrideGradeButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_requests.size(), 3);
        QCOMPARE(m_requests.at(0).kind, DialogRequest::Kind::Choice);
        QVERIFY(m_requests.at(1).required && m_requests.at(2).required);

        QSqlQuery query(m_session->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT subject_code, grade, computed_grade, is_override, reason, "
                                          "approver FROM grade_decisions")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("CC01"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("HTXSNV"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("HTTNV"));
        QCOMPARE(query.value(3).toInt(), 1);
        QCOMPARE(query.value(4).toString(), reason);
        QCOMPARE(query.value(5).toString(), QStringLiteral("Chủ tịch UBND xã Chi Lăng"));
        QVERIFY(!query.next());
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Positive);

        // Shown after the reload, with the unit and the selection kept.
        QCOMPARE(view.unitBox()->currentData().toString(), QStringLiteral("XCL"));
        model = view.models().first();
        QVERIFY(model->index(model->rowOf(QStringLiteral("CC01")), ClassificationModel::DecidedColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("HTXSNV")));
        QCOMPARE(view.selectedSubject(), QStringLiteral("CC01"));
        screenshot(view, QStringLiteral("classification-override"));

        // The computed grade needs no justification; cancelling records nothing.
        const int other = model->rowOf(QStringLiteral("CC04"));
        view.tables().first()->selectRow(other);
        answer({}, QStringLiteral("HTTNV"));
        view.overrideSelected();
        QCOMPARE(m_requests.size(), 2);
        QVERIFY(!m_requests.at(1).required);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grade_decisions")), qint64(1));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestApprovalQueue)
#include "TestApprovalQueue.moc"
