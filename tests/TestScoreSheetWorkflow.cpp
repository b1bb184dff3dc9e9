// The score sheet form, workflow: evidence attached by dialog and by drag and drop, opened and
// removed; submission blocked while evidence is missing, then allowed; the appraisal with its
// changed scores and their reasons; transitions refused for a role that may not make them.

#include <QApplication>

#include "EvidencePanel.h"
#include "LeafValueText.h"
#include "MessageBar.h"
#include "SheetFormTestSupport.h"
#include "SheetSummaryBar.h"
#include "TaskListEditor.h"
#include "services/SheetTransitions.h"
#include "stores/EvidenceStore.h"
#include "workflow/SheetWorkflow.h"

#include <QDesktopServices>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>
#include <QUrl>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

// Stands in for the system's file viewer: QDesktopServices hands it the file URLs to open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

class TestScoreSheetWorkflow : public SheetFormTestBase
{
    Q_OBJECT

private:
    UrlRecorder m_viewer;
    DialogRequest m_submitConfirmation; // what submitSelfAssessment() was asked

    void openForm(ScoreSheetForm& form)
    {
        form.resize(1280, 760);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY2(form.openSheet(m_fixture.sheet), qPrintable(form.messageBar()->text()));
    }

    void select(ScoreSheetForm& form, const QString& code, int column = Model::SelfValueColumn)
    {
        form.treeView()->setCurrentIndex(cell(form, code, column));
        QCOMPARE(form.evidencePanel()->leafCode(), code);
    }

    static void drop(QWidget* target, const QStringList& paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString& path : paths) {
            urls.append(QUrl::fromLocalFile(path));
        }
        data.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropped);
        QVERIFY(dropped.isAccepted());
    }

    SheetState storedState()
    {
        QString error;
        return SheetTransitions::state(m_session->database().connection(), m_fixture.sheet, &error)
            .value_or(SheetState::Published);
    }

    // The self-assessment filled in, explained and submitted, as done before the appraiser comes.
    void submitSelfAssessment()
    {
        ScoreSheetForm form(*m_session);
        QVERIFY(form.openSheet(m_fixture.sheet));
        fillSelfAssessment(form);
        QString error;
        SheetEditor editor(m_session->database());
        QVERIFY(editor.load(m_fixture.sheet, &error));
        for (const QString& code : {QStringLiteral("1.1"), QStringLiteral("2.1")}) {
            QVERIFY(editor.writeExplanation(code, QStringLiteral("Hồ sơ lưu tại phòng"), Role::SelfAssessor,
                                            selfAssessor(), &error));
        }
        QVERIFY(form.applyAction(WorkflowAction::Submit));
        m_submitConfirmation = m_asked.isEmpty() ? DialogRequest() : m_asked.last();
        m_asked.clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_viewer, "open");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    void init()
    {
        startSession();
        m_viewer.opened.clear();
    }
    void cleanup() { endSession(); }

    void submissionIsBlockedUntilEvidenceIsGiven()
    {
        ScoreSheetForm form(*m_session);
        openForm(form);
        QSignalSpy changed(&form, &ScoreSheetForm::stateChanged);
        fillSelfAssessment(form);
        QCOMPARE(form.blockerList()->count(), 2);
        QVERIFY(form.blockerList()->item(0)->text().contains(QStringLiteral("1.1")));

        // Blocked: Submit is disabled and its tooltip gives the core's reasons; asked anyway, the
        // store refuses with them and the state does not change.
        QPushButton* submit = form.actionButton(WorkflowAction::Submit);
        QVERIFY(submit && submit->isVisibleTo(&form) && !submit->isEnabled());
        QVERIFY2(submit->toolTip().contains(QStringLiteral("2.1")), qPrintable(submit->toolTip()));
        QVERIFY(!form.applyAction(WorkflowAction::Submit));
        QCOMPARE(form.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(form.messageBar()->text().contains(QStringLiteral("2.1")),
                 qPrintable(form.messageBar()->text()));
        QCOMPARE(form.state(), SheetState::Draft);
        QCOMPARE(changed.count(), 0);

        // Evidence of 1.1 attached through the file dialog.
        select(form, QStringLiteral("1.1"));
        EvidencePanel* panel = form.evidencePanel();
        m_files = {evidenceFile(QStringLiteral("ke-hoach.pdf"), "%PDF-1.4 kế hoạch")};
        QTest::mouseClick(panel->attachButton(), Qt::LeftButton);
        QCOMPARE(m_asked.last().kind, DialogRequest::Kind::OpenFiles);
        QCOMPARE(panel->fileList()->count(), 1);
        QVERIFY(panel->fileList()->item(0)->text().startsWith(QStringLiteral("ke-hoach.pdf")));
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::EvidenceColumn), QStringLiteral("1"));
        QCOMPARE(form.blockerList()->count(), 1);

        // Evidence of 2.1 dropped on the panel: two files.
        select(form, QStringLiteral("2.1"));
        drop(panel,
             {evidenceFile(QStringLiteral("so-theo-doi.xlsx"), "bảng theo dõi"),
              evidenceFile(QStringLiteral("anh-chup.png"), "ảnh")});
        QCOMPARE(panel->fileList()->count(), 2);
        QCOMPARE(shown(form, QStringLiteral("2.1"), Model::EvidenceColumn), QStringLiteral("2"));
        QCOMPARE(form.blockerList()->count(), 0);
        QVERIFY(submit->isEnabled());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evidence_files")), 3);

        // Opened with the system's viewer, under its own name.
        panel->fileList()->setCurrentRow(1);
        QTest::mouseClick(panel->openButton(), Qt::LeftButton);
        QCOMPARE(m_viewer.opened.size(), 1);
        QCOMPARE(m_viewer.opened.first().fileName(), QStringLiteral("anh-chup.png"));
        QFile copy(m_viewer.opened.first().toLocalFile());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("ảnh"));

        // Its stored content gone (as a file pulled from the provincial server before its content
        // came down): opening it asks the session to fetch it. A database never linked cannot: the
        // message says what is missing and why, and nothing is opened.
        {
            QSqlQuery query(m_session->database().connection());
            QVERIFY(query.exec(
                QStringLiteral("SELECT sha256 FROM evidence_files WHERE original_name = 'anh-chup.png'")));
            QVERIFY(query.next());
            QVERIFY(QFile::remove(EvidenceStore::blobPath(m_session->database(), query.value(0).toString())));
        }
        QTest::mouseClick(panel->openButton(), Qt::LeftButton);
        QCOMPARE(m_viewer.opened.size(), 1);
        QCOMPARE(form.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(form.messageBar()->text().contains(QStringLiteral("anh-chup.png"))
                     && form.messageBar()->text().contains(QStringLiteral("chưa được liên kết với máy chủ")),
                 qPrintable(form.messageBar()->text()));
        int fetched = 0;
        m_session->setEvidenceFetcher([&fetched](qint64, QString* error) {
            ++fetched;
            *error = QStringLiteral("máy chủ không trả lời");
            return false;
        });
        QTest::mouseClick(panel->openButton(), Qt::LeftButton);
        QCOMPARE(fetched, 0); // not linked: the session never asks the server
        m_session->setEvidenceFetcher({});

        // Removed with a reason; without one (Cancel) nothing is removed.
        QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
        QCOMPARE(panel->fileList()->count(), 2);
        m_textAnswers = {QStringLiteral("Ảnh chụp không rõ")};
        QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
        QCOMPARE(panel->fileList()->count(), 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_log WHERE entity = 'evidence_files' AND reason = "
                     "'Ảnh chụp không rõ'")),
                 1);

        // Now allowed.
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(form.state(), SheetState::Submitted);
        QCOMPARE(storedState(), SheetState::Submitted);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).value<SheetState>(), SheetState::Submitted);
        QCOMPARE(form.messageBar()->level(), MessageBar::Level::Positive);
        QCOMPARE(form.summaryBar()->stateLabel()->text(), SheetStates::title(SheetState::Submitted));
        // The self-assessment and its evidence are frozen now.
        QVERIFY(!(cell(form, QStringLiteral("1.1"), Model::SelfValueColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(!panel->attachButton()->isEnabled());
        QVERIFY(panel->explanationEdit()->isReadOnly());
        QVERIFY(!form.undoStack()->canUndo());
    }

    void explanationReplacesMissingEvidence()
    {
        ScoreSheetForm form(*m_session);
        openForm(form);
        select(form, QStringLiteral("1.1"));
        // No value yet: nothing to explain.
        QVERIFY(form.evidencePanel()->explanationEdit()->isReadOnly());
        fillSelfAssessment(form);
        QVERIFY(!form.evidencePanel()->explanationEdit()->isReadOnly());
        form.evidencePanel()->explanationEdit()->insertPlainText(QStringLiteral("Văn bản lưu tại văn thư"));
        // Saved a moment after typing stops.
        QTRY_COMPARE(form.sheetEditor()->explanation(QStringLiteral("1.1")),
                     QStringLiteral("Văn bản lưu tại văn thư"));
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::EvidenceColumn), ScoreSheetModel::tr("Explained"));
        QCOMPARE(form.blockerList()->count(), 1);
    }

    void appraisalChangesNeedReasons()
    {
        submitSelfAssessment();
        m_session->setUser(QStringLiteral("Lê Văn Nam"), Role::Appraiser);
        ScoreSheetForm form(*m_session);
        openForm(form);
        QVERIFY(!(cell(form, QStringLiteral("1.1"), Model::SelfValueColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(cell(form, QStringLiteral("1.1"), Model::AppraisedValueColumn).flags() & Qt::ItemIsEditable);
        // Until the appraisal starts, its columns show the self-assessment.
        QVERIFY(!form.model()->appraisalStarted());
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::AppraisedValueColumn), QStringLiteral("8,5"));

        // A changed score without a reason (the dialog cancelled) is refused.
        QWidget* editor = startEditing(form, QStringLiteral("1.1"), Model::AppraisedValueColumn);
        QVERIFY(editor);
        QTest::keyClicks(focused(editor), QStringLiteral("6"));
        QTest::keyClick(focused(editor), Qt::Key_Return);
        QTRY_COMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.last().kind, DialogRequest::Kind::Text);
        QVERIFY(m_asked.last().text.contains(QStringLiteral("1.1")));
        QCOMPARE(form.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(form.messageBar()->text().contains(QStringLiteral("1.1")),
                 qPrintable(form.messageBar()->text()));
        QVERIFY(!form.model()->appraisalStarted());
        QCOMPARE(stored(QStringLiteral("1.1"), QStringLiteral("appraised")), QStringLiteral("<none>"));

        // With a reason it is saved, side by side with the self-assessment.
        const QString reason = QStringLiteral("Hai văn bản phải sửa lại");
        m_textAnswers = {reason};
        editor = startEditing(form, QStringLiteral("1.1"), Model::AppraisedValueColumn);
        QTest::keyClicks(focused(editor), QStringLiteral("6"));
        QTest::keyClick(focused(editor), Qt::Key_Return);
        QTRY_COMPARE(stored(QStringLiteral("1.1"), QStringLiteral("appraised")),
                     QStringLiteral("{\"points\":6}"));
        QVERIFY(form.messageBar()->isHidden());
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::SelfValueColumn), QStringLiteral("8,5"));
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::AppraisedValueColumn), QStringLiteral("6"));
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::DifferenceColumn), QStringLiteral("-2,5"));
        QCOMPARE(shown(form, QStringLiteral("1"), Model::DifferenceColumn), QStringLiteral("-2,5"));
        QCOMPARE(shown(form, QStringLiteral("1.1"), Model::ReasonColumn), reason);
        QVERIFY(cell(form, QStringLiteral("1.1"), Model::DifferenceColumn).data(Model::DiffersRole).toBool());
        QVERIFY(cell(form, QStringLiteral("1.1"), Model::AppraisedValueColumn)
                    .data(Qt::BackgroundRole)
                    .isValid());
        QVERIFY(!cell(form, QStringLiteral("1.2"), Model::AppraisedValueColumn)
                     .data(Qt::BackgroundRole)
                     .isValid());
        QVERIFY(form.summaryBar()->appraisedTotalsLabel()->text().contains(QStringLiteral("81,96")));
        QVERIFY(form.summaryBar()->selfTotalsLabel()->text().contains(QStringLiteral("84,46")));

        // A level changed with its reason; the same value as self-assessed needs none.
        m_textAnswers = {QStringLiteral("Chậm nộp báo cáo")};
        QVERIFY(setValue(form, QStringLiteral("1.3"), Stage::Appraised, SheetFixture::level(2)));
        QTRY_COMPARE(stored(QStringLiteral("1.3"), QStringLiteral("appraised")),
                     QStringLiteral("{\"level\":2}"));
        const int asked = static_cast<int>(m_asked.size());
        QVERIFY(setValue(form, QStringLiteral("1.3"), Stage::Appraised, SheetFixture::level(1)));
        QCOMPARE(stored(QStringLiteral("1.3"), QStringLiteral("appraised")), QStringLiteral("{\"level\":1}"));
        QCOMPARE(m_asked.size(), asked);
        QCOMPARE(shown(form, QStringLiteral("1.3"), Model::ReasonColumn), QString());

        // Undo restores the stored appraisal step by step.
        form.undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("1.3"), QStringLiteral("appraised")), QStringLiteral("{\"level\":2}"));
        QCOMPARE(shown(form, QStringLiteral("1.3"), Model::ReasonColumn), QStringLiteral("Chậm nộp báo cáo"));
        form.undoStack()->redo();

        // The appraisal is recorded as done.
        QTest::mouseClick(form.actionButton(WorkflowAction::Appraise), Qt::LeftButton);
        QCOMPARE(form.state(), SheetState::Appraised);
        // Reopened, the form shows what was saved.
        ScoreSheetForm again(*m_session);
        openForm(again);
        QCOMPARE(shown(again, QStringLiteral("1.1"), Model::AppraisedValueColumn), QStringLiteral("6"));
        QCOMPARE(shown(again, QStringLiteral("1.1"), Model::ReasonColumn), reason);
        QCOMPARE(again.model()->result(Stage::Appraised).total,
                 *Decimal::fromString(QStringLiteral("81.96")));
    }

    void buttonsShowOnlyWhatTheRoleMayDo()
    {
        submitSelfAssessment();
        // The submission asked a confirmation that named the sheet.
        QCOMPARE(m_submitConfirmation.kind, DialogRequest::Kind::Question);
        QVERIFY2(m_submitConfirmation.text.contains(QStringLiteral("Nguyễn Thị Hoa")),
                 qPrintable(m_submitConfirmation.text));
        QVERIFY2(m_submitConfirmation.text.contains(QStringLiteral("2026-05")),
                 qPrintable(m_submitConfirmation.text));

        ScoreSheetForm form(*m_session);
        openForm(form);
        QSignalSpy changed(&form, &ScoreSheetForm::stateChanged);
        // The self-assessor sees no appraisal, return or approval button at all ...
        for (const WorkflowAction action :
             {WorkflowAction::Appraise, WorkflowAction::Return, WorkflowAction::Approve}) {
            QVERIFY2(!form.actionButton(action)->isVisibleTo(&form),
                     qPrintable(WorkflowActions::name(action)));
        }
        // ... and a disabled Submit that says why.
        QPushButton* submit = form.actionButton(WorkflowAction::Submit);
        QVERIFY(submit->isVisibleTo(&form));
        QVERIFY(!submit->isEnabled());
        TransitionContext context;
        context.reason = QStringLiteral("-");
        const TransitionCheck whyNot
            = SheetWorkflow::check(form.sheetEditor()->policy(), SheetState::Submitted,
                                   WorkflowAction::Submit, Role::SelfAssessor, context);
        QCOMPARE(submit->toolTip(), whyNot.message);

        // Asked anyway (a shortcut, a script), the store refuses with the core's message.
        QVERIFY(!form.applyAction(WorkflowAction::Appraise));
        const TransitionCheck expected
            = SheetWorkflow::check(form.sheetEditor()->policy(), SheetState::Submitted,
                                   WorkflowAction::Appraise, Role::SelfAssessor, {});
        QCOMPARE(form.messageBar()->text(), expected.message);
        QCOMPARE(form.messageBar()->level(), MessageBar::Level::Error);
        // No reason or confirmation is asked of someone who may not.
        QVERIFY(!form.applyAction(WorkflowAction::Return));
        QVERIFY(m_asked.isEmpty());
        QVERIFY(form.messageBar()->text().contains(Roles::title(Role::SelfAssessor)));
        QCOMPARE(storedState(), SheetState::Submitted);
        QCOMPARE(changed.count(), 0);

        // The appraiser sees Return and Appraise, not Submit nor Approve (a staff campaign: the unit
        // head approves).
        m_session->setUser(QStringLiteral("Lê Văn Nam"), Role::Appraiser);
        QVERIFY(form.actionButton(WorkflowAction::Appraise)->isVisibleTo(&form));
        QVERIFY(form.actionButton(WorkflowAction::Appraise)->isEnabled());
        QVERIFY(form.actionButton(WorkflowAction::Return)->isEnabled());
        QVERIFY(!form.actionButton(WorkflowAction::Submit)->isVisibleTo(&form));
        QVERIFY(!form.actionButton(WorkflowAction::Approve)->isVisibleTo(&form));
        QTest::mouseClick(form.actionButton(WorkflowAction::Appraise), Qt::LeftButton);
        QCOMPARE(storedState(), SheetState::Appraised);

        // The unit head approves a staff sheet, after a confirmation that names it.
        m_session->setUser(QStringLiteral("Vi Văn Hùng"), Role::UnitHead);
        QPushButton* approve = form.actionButton(WorkflowAction::Approve);
        QVERIFY(approve->isVisibleTo(&form));
        QVERIFY(approve->isEnabled());
        m_asked.clear();
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(storedState(), SheetState::Approved);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().kind, DialogRequest::Kind::Question);
        QVERIFY2(m_asked.first().text.contains(QStringLiteral("Nguyễn Thị Hoa")),
                 qPrintable(m_asked.first().text));
        // The council chair does not decide staff sheets: he sees no Approve button.
        m_session->setUser(QStringLiteral("Hoàng Văn Thụ"), Role::CouncilChair);
        QVERIFY(!approve->isVisibleTo(&form));
    }

    void returnAsksForAReason()
    {
        submitSelfAssessment();
        m_session->setUser(QStringLiteral("Lê Văn Nam"), Role::Appraiser);
        ScoreSheetForm form(*m_session);
        openForm(form);
        QSignalSpy changed(&form, &ScoreSheetForm::stateChanged);
        // Cancelled: nothing happens.
        QTest::mouseClick(form.actionButton(WorkflowAction::Return), Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(form.state(), SheetState::Submitted);
        m_textAnswers = {QStringLiteral("Thiếu minh chứng tiêu chí 1.1")};
        QTest::mouseClick(form.actionButton(WorkflowAction::Return), Qt::LeftButton);
        QCOMPARE(form.state(), SheetState::Draft);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'return' AND reason = 'Thiếu "
                                 "minh chứng tiêu chí 1.1'")),
            1);
        // The role changes: the self-assessor may edit the returned draft again.
        m_session->setUser(selfAssessor(), Role::SelfAssessor);
        QVERIFY(cell(form, QStringLiteral("1.1"), Model::SelfValueColumn).flags() & Qt::ItemIsEditable);
        QVERIFY(form.summaryBar()
                    ->findChild<QLabel*>(QStringLiteral("sheetUser"))
                    ->text()
                    .contains(selfAssessor()));
    }

    // With DANHGIA_SCREENSHOT=<folder>, saves pictures of the form for a look at its layout.
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("DANHGIA_SCREENSHOT");
        if (folder.isEmpty()) {
            QSKIP("DANHGIA_SCREENSHOT is not set");
        }
        submitSelfAssessment();
        m_session->setUser(QStringLiteral("Lê Văn Nam"), Role::Appraiser);
        ScoreSheetForm form(*m_session);
        openForm(form);
        m_textAnswers = {QStringLiteral("Hai văn bản phải sửa lại")};
        QVERIFY(setValue(form, QStringLiteral("1.1"), Stage::Appraised, SheetFixture::points("6")));
        QTRY_VERIFY(form.model()->appraisalStarted());
        select(form, QStringLiteral("2.1"));
        QVERIFY(form.grab().save(folder + QStringLiteral("/scoresheet-appraisal.png")));
        m_session->setUser(selfAssessor(), Role::SelfAssessor);
        QString error;
        QVERIFY(SheetTransitions::apply(m_session->database(), m_fixture.sheet, WorkflowAction::Return,
                                        Role::Appraiser, QStringLiteral("x"), QStringLiteral("Bổ sung"),
                                        &error));
        ScoreSheetForm draft(*m_session);
        openForm(draft);
        form.hide();
        select(draft, QStringLiteral("1.1"));
        QTest::qWait(50); // the layouts catch up with the texts
        QVERIFY(draft.grab().save(folder + QStringLiteral("/scoresheet-draft.png")));
        draft.treeView()->setCurrentIndex(cell(draft, QStringLiteral("2.4"), Model::SelfValueColumn));
        draft.editTasks();
        QVERIFY(draft.taskListEditor());
        QVERIFY(QTest::qWaitForWindowExposed(draft.taskListEditor()));
        QVERIFY(draft.taskListEditor()->grab().save(folder + QStringLiteral("/scoresheet-tasks.png")));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestScoreSheetWorkflow)
#include "TestScoreSheetWorkflow.moc"
