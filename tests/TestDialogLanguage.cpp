// Every dialog the app can open, shown for real and read back: no visible text of it is English
// (the criterion is UntranslatedTextFinder's). The dialogs of DialogService of every kind (message
// boxes, the text and choice dialogs, the file dialogs with their "file not found" and "replace?"
// boxes), the About box, the print dialog, and every dialog class of ui/. File dialogs start in the
// user's Documents folder and suggest Vietnamese file names.

#include <QApplication>

#include "AppSession.h"
#include "AppraisalCouncilDialog.h"
#include "CampaignDialog.h"
#include "CampaignParticipantsDialog.h"
#include "CatalogueView.h"
#include "CouncilSetupDialog.h"
#include "CriteriaEditorDialog.h"
#include "CriteriaImportDialog.h"
#include "DialogService.h"
#include "DocumentActions.h"
#include "DocumentDialog.h"
#include "ImportPreviewDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PersonFlagsDialog.h"
#include "QuotaCeilingDialog.h"
#include "ResultsView.h"
#include "RowsImportDialog.h"
#include "SheetBatchExportDialog.h"
#include "SignInDialog.h"
#include "SurveyApplyDialog.h"
#include "SurveyDefinitionDialog.h"
#include "TaskListEditor.h"
#include "TestSupport.h"
#include "UntranslatedTextFinder.h"
#include "UserGuideDialog.h"
#include "councils/CouncilRoles.h"
#include "criteria/CriteriaTemplates.h"
#include "demo/DemoDatabase.h"
#include "queries/SurveyListings.h"
#include "services/CampaignEditor.h"
#include "services/SurveyPointsWriter.h"
#include "stores/SurveyStore.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <iterator>
#include <memory>

using namespace danhgia;
using namespace danhgia::ui;

namespace {

using Step = std::function<void(QWidget*)>;

// While `open` runs (it shows modal dialogs and returns once they are closed), applies each step,
// in order, to the next modal dialog that comes on top; a step reads the dialog and closes it,
// possibly after opening another one (a "file not found" box) that the next step handles.
// Returns the steps that found no dialog.
int whileModal(const std::function<void()>& open, QList<Step> steps)
{
    struct State
    {
        QList<Step> steps;
        QList<QPointer<QWidget>> handled;
        bool finished = false;
        int idlePolls = 0;
    };
    auto state = std::make_shared<State>();
    state->steps = std::move(steps);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [state, weak = std::weak_ptr<std::function<void()>>(poll)] {
        const auto again = weak.lock();
        if (state->finished || !again) {
            return;
        }
        QWidget* top = QApplication::activeModalWidget();
        const bool fresh = top && top->isVisible()
            && std::none_of(state->handled.cbegin(), state->handled.cend(),
                            [top](const QPointer<QWidget>& seen) { return seen == top; });
        if (fresh && !state->steps.isEmpty()) {
            state->handled.append(top);
            const Step step = state->steps.takeFirst();
            // Keeps looking while the step runs: it may open the next dialog and wait for it.
            QTimer::singleShot(0, [again] { (*again)(); });
            step(top);
            return;
        }
        // A dialog that never comes (or one no step expects) is closed, so that the test ends.
        if (++state->idlePolls > 4000 && top) {
            state->idlePolls = 0;
            top->close();
        }
        QTimer::singleShot(5, [again] { (*again)(); });
    };
    QTimer::singleShot(0, [poll] { (*poll)(); });
    open();
    state->finished = true;
    return static_cast<int>(state->steps.size());
}

QPushButton* buttonWithRole(QWidget* dialog, QDialogButtonBox::ButtonRole role)
{
    for (QDialogButtonBox* box : dialog->findChildren<QDialogButtonBox*>()) {
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                return qobject_cast<QPushButton*>(button);
            }
        }
    }
    return nullptr;
}

void rejectDialog(QWidget* widget)
{
    if (auto* dialog = qobject_cast<QDialog*>(widget)) {
        dialog->reject();
    } else {
        widget->close();
    }
}

// Each dialog class of ui/, with the function of this test that shows it for real and reads it
// (checked after that function, by cleanup()).
struct WalkedDialog
{
    const char* className;
    const char* function;
};
constexpr WalkedDialog WalkedDialogs[] = {
    {"DocumentDialog", "documentPreviewAndPrintDialog"},
    {"ImportPreviewDialog", "importPreview"},
    {"SheetBatchExportDialog", "batchExportProgress"},
    {"TaskListEditor", "taskListInBothModes"},
    {"RowsImportDialog", "taskListInBothModes"},
    {"UserGuideDialog", "aboutBoxAndUserGuide"},
    {"QuotaCeilingDialog", "quotaCeiling"},
    {"PersonFlagsDialog", "personFlags"},
    {"CampaignDialog", "campaignDialogs"},
    {"CampaignParticipantsDialog", "campaignDialogs"},
    {"CouncilSetupDialog", "councilSetup"},
    {"AppraisalCouncilDialog", "appraisalCouncil"},
    {"SurveyDefinitionDialog", "surveyDialogs"},
    {"SurveyApplyDialog", "surveyDialogs"},
    {"CriteriaImportDialog", "criteriaSetDialogs"},
    {"CriteriaEditorDialog", "criteriaSetDialogs"},
    {"SignInDialog", "signInDialog"},
};

} // namespace

class TestDialogLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_documents;
    AppSession m_session;
    std::unique_ptr<test::UntranslatedTextFinder> m_finder;
    QStringList m_english; // what was found, with the dialog it was in
    QStringList m_walked; // the dialog classes read by the current function

    // Reads a dialog: its English texts go to m_english.
    void read(const QString& where, const QWidget* dialog)
    {
        m_walked.append(QString::fromLatin1(dialog->metaObject()->className()));
        for (const QString& text : m_finder->find(dialog)) {
            m_english.append(where + QStringLiteral(": ") + text);
        }
    }

    Step readAndReject(const QString& where)
    {
        return [this, where](QWidget* dialog) {
            read(where, dialog);
            rejectDialog(dialog);
        };
    }

    void expectNoEnglish()
    {
        const QStringList found = m_english;
        m_english.clear();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n") + found.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese));
        QVERIFY(m_dir.isValid());
        m_finder = std::make_unique<test::UntranslatedTextFinder>(QStringLiteral(DANHGIA_SOURCE_DIR));
        QVERIFY(m_finder->knownSources() > 500);
        m_documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(m_documents));
        const QString path = m_dir.filePath(QStringLiteral("danh-gia.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
        QVERIFY2(m_session.openDatabase(path, &error), qPrintable(error));
        m_session.setUser(QStringLiteral("Lương Văn Minh"), Role::Administrator);
    }

    // The dialog classes the function is listed for in WalkedDialogs were shown and read.
    void cleanup()
    {
        QStringList walked;
        for (const QString& name : std::as_const(m_walked)) {
            walked.append(name.section(QStringLiteral("::"), -1));
        }
        m_english.clear();
        m_walked.clear();
        if (QTest::currentTestFailed()) {
            return;
        }
        for (const WalkedDialog& dialog : WalkedDialogs) {
            if (qstrcmp(dialog.function, QTest::currentTestFunction()) == 0) {
                QVERIFY2(walked.contains(QLatin1String(dialog.className)),
                         qPrintable(QLatin1String(dialog.className) + QStringLiteral(" is not shown")));
            }
        }
    }

    // The criterion itself: English texts of Qt and of the program are caught, Vietnamese ones
    // (codes, file types and names included) are not.
    void criterionTellsEnglishFromVietnamese()
    {
        for (const char* english :
             {"Look in:", "&Save", "Cancel", "Close", "File not found", "Sync: not connected",
              "CCHC-2026-grades.png", "Detail View", "Date Modified"}) {
            QVERIFY2(m_finder->isEnglish(QString::fromUtf8(english)), english);
        }
        for (const char* vietnamese :
             {"Tìm trong:", "&Lưu", "Hủy", "Đóng", "Không tìm thấy tệp", "bieu-do-xep-hang-CCHC-2026.png",
              "Cơ sở dữ liệu (*.sqlite)", "Nguyen Van An", "In ra tệp (PDF)", "A4", "UBND tỉnh Lạng Sơn",
              "Tệp Excel (*.xlsx)"}) {
            QVERIFY2(!m_finder->isEnglish(QString::fromUtf8(vietnamese)), vietnamese);
        }
    }

    void messageBoxesAndQuestions()
    {
        QWidget parent;
        const QString title = QStringLiteral("Kiểm tra");
        QCOMPARE(whileModal([&] { DialogService::ask(&parent, title, QStringLiteral("Tiếp tục không?")); },
                            {readAndReject(QStringLiteral("ask"))}),
                 0);
        QCOMPARE(whileModal([&] { DialogService::inform(&parent, title, QStringLiteral("Đã lưu.")); },
                            {readAndReject(QStringLiteral("inform"))}),
                 0);
        QCOMPARE(whileModal([&] { DialogService::warn(&parent, title, QStringLiteral("Không lưu được.")); },
                            {readAndReject(QStringLiteral("warn"))}),
                 0);
        QCOMPARE(whileModal(
                     [&] {
                         DialogService::askText(&parent, QStringLiteral("Ý kiến"),
                                                QStringLiteral("Lý do trả lại:"));
                     },
                     {readAndReject(QStringLiteral("askText"))}),
                 0);
        QCOMPARE(whileModal(
                     [&] {
                         DialogService::choose(&parent, title, QStringLiteral("Chọn một mức:"),
                                               {QStringLiteral("Tốt"), QStringLiteral("Khá")});
                     },
                     {readAndReject(QStringLiteral("choose"))}),
                 0);
        expectNoEnglish();
    }

    // Opening a file that is not there: the file dialog, then Qt's "file not found" box.
    void openFileDialogAndFileNotFound()
    {
        QWidget parent;
        QString directory;
        const Step typeMissingName = [&](QWidget* widget) {
            auto* dialog = qobject_cast<QFileDialog*>(widget);
            QVERIFY(dialog);
            read(QStringLiteral("openFile"), dialog);
            directory = dialog->directory().absolutePath();
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(QStringLiteral("khong-co-tep-nay.csv"));
            // As Enter in the name field: shows the "file not found" box and waits for it.
            static_cast<QDialog*>(dialog)->accept();
            dialog->reject();
        };
        QCOMPARE(whileModal(
                     [&] {
                         DialogService::openFile(&parent, QStringLiteral("Mở"),
                                                 QStringLiteral("Danh sách (*.csv)"));
                     },
                     {typeMissingName, readAndReject(QStringLiteral("file not found"))}),
                 0);
        QCOMPARE(whileModal([&] { DialogService::openFiles(&parent, QStringLiteral("Đính kèm"), QString()); },
                            {readAndReject(QStringLiteral("openFiles"))}),
                 0);
        QCOMPARE(
            whileModal([&] { DialogService::chooseFolder(&parent, QStringLiteral("Thư mục"), QString()); },
                       {readAndReject(QStringLiteral("chooseFolder"))}),
            0);
        expectNoEnglish();
    }

    // Exporting a chart: the file dialog opens in Documents with a Vietnamese name; a name taken
    // brings Qt's "replace it?" box.
    void saveFileDialogAndReplaceQuestion()
    {
        ResultsView view(m_session);
        QVERIFY(view.showCampaign(QLatin1String(DemoDatabase::ParCampaign)));
        QString suggested;
        QString directory;
        const Step typeTakenName = [&](QWidget* widget) {
            auto* dialog = qobject_cast<QFileDialog*>(widget);
            QVERIFY(dialog);
            read(QStringLiteral("saveFile"), dialog);
            directory = dialog->directory().absolutePath();
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            suggested = name->text();
            QFile taken(dialog->directory().filePath(QStringLiteral("da-co.png")));
            QVERIFY(taken.open(QIODevice::WriteOnly));
            taken.close();
            name->setText(taken.fileName());
            QPushButton* save = buttonWithRole(dialog, QDialogButtonBox::AcceptRole);
            QVERIFY(save);
            save->click(); // asks whether to replace the file, and waits
            dialog->reject();
        };
        QCOMPARE(whileModal([&] { view.exportCurrentChart(); },
                            {typeTakenName, readAndReject(QStringLiteral("replace?"))}),
                 0);
        expectNoEnglish();
        QCOMPARE(directory, QDir(m_documents).absolutePath());
        QCOMPARE(suggested, QStringLiteral("bieu-do-xep-hang-CCHC-2026.png"));
        QVERIFY2(!m_finder->isEnglish(suggested), qPrintable(suggested));
    }

    void aboutBoxAndUserGuide()
    {
        MainWindow window(m_session);
        QAction* about = nullptr;
        QAction* guide = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions()) {
                if (action->menuRole() == QAction::AboutRole) {
                    about = action;
                } else if (action->shortcut() == QKeySequence(QKeySequence::HelpContents)) {
                    guide = action;
                }
            }
        }
        QVERIFY(about && guide);
        QCOMPARE(whileModal([&] { about->trigger(); }, {readAndReject(QStringLiteral("about"))}), 0);
        QCOMPARE(whileModal([&] { guide->trigger(); }, {readAndReject(QStringLiteral("user guide"))}), 0);
        expectNoEnglish();
    }

    // The sign-in to the provincial server, with its own refusal of an empty password shown.
    void signInDialog()
    {
        SignInDialog dialog(QStringLiteral("https://danhgia.tinh.gov.vn"), QStringLiteral("lan"), QString(),
                            [](const QString&, const QString&) { return std::optional<QString>(); });
        dialog.show();
        dialog.signInButton()->click();
        QVERIFY(dialog.isVisible());
        read(QStringLiteral("sign-in"), &dialog);
        dialog.reject();
        expectNoEnglish();
    }

    void importPreview()
    {
        CatalogueView view(m_session);
        const QString path = m_dir.filePath(QStringLiteral("danh-sach.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Mã,Họ và tên,Chức vụ,Mã đơn vị,Nhóm nhiệm vụ,Lãnh đạo\n"
                   "CB90,Lý Thị Mai,Chuyên viên,SNV,Tham mưu,\nCB91,Chu Văn Nam,,KHONGCO,,có\n");
        file.close();
        ImportPreviewDialog* preview = view.previewImport(ImportPlan::Subject::People, path);
        QVERIFY(preview);
        QVERIFY(QTest::qWaitForWindowExposed(preview));
        read(QStringLiteral("import preview"), preview);
        preview->reject();
        expectNoEnglish();
    }

    // The campaign dialog with a problem shown, and the participants page with its preview.
    void campaignDialogs()
    {
        QString error;
        const auto sets = Listings::criteriaSets(m_session.database().connection(), &error);
        QVERIFY2(sets, qPrintable(error));
        CampaignDialog dialog(*sets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showProblem(CampaignEditor::problem(m_session.database().connection(), dialog.campaign()));
        read(QStringLiteral("campaign"), &dialog);
        dialog.reject();
        CampaignParticipantsDialog participants(m_session, QLatin1String(DemoDatabase::StaffCampaign));
        participants.show();
        QVERIFY(QTest::qWaitForWindowExposed(&participants));
        read(QStringLiteral("campaign participants"), &participants);
        participants.reject();
        expectNoEnglish();
    }

    // A new survey, the demo's survey with a refusal shown, and the preview of its points.
    void surveyDialogs()
    {
        QString error;
        SurveyDefinitionDialog fresh(m_session);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        read(QStringLiteral("new survey"), &fresh);
        fresh.reject();
        const auto surveys = SurveyListings::surveys(m_session.database().connection(), &error);
        QVERIFY2(surveys && !surveys->isEmpty(), qPrintable(error));
        auto survey = SurveyStore::load(m_session.database().connection(), surveys->first().id, &error);
        QVERIFY2(survey, qPrintable(error));
        SurveyDefinitionDialog dialog(m_session);
        dialog.setSurvey(*survey);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        survey->title.clear();
        survey->criterionCodes.clear();
        QVERIFY(
            !SurveyStore::save(m_session.database(), *survey, m_session.role(), m_session.actor(), &error));
        dialog.showProblem(error);
        read(QStringLiteral("survey"), &dialog);
        dialog.reject();
        const auto preview
            = SurveyPointsWriter::preview(m_session.database(), surveys->first().id, Role::Appraiser, &error);
        QVERIFY2(preview, qPrintable(error));
        SurveyApplyDialog apply(*preview, 2);
        apply.show();
        QVERIFY(QTest::qWaitForWindowExposed(&apply));
        read(QStringLiteral("survey points preview"), &apply);
        apply.reject();
        expectNoEnglish();
    }

    // A criteria set read from a file before it is stored, with a refusal shown in it.
    void criteriaSetDialogs()
    {
        const auto entry = CriteriaTemplates::list().at(
            static_cast<int>(CriteriaTemplates::names().indexOf(QStringLiteral("cong-chuc-2026"))));
        CriteriaImportDialog import(m_session, entry.path, entry.title);
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        import.idEdit()->clear(); // a set without an id: refused, its problem listed
        import.saveButton()->click();
        QVERIFY(import.isVisible());
        read(QStringLiteral("criteria set import"), &import);
        import.reject();
        // The editor of a draft, with an edit made (the problems of the validator listed).
        CriteriaEditorDialog editor(m_session, 0,
                                    CriteriaTemplates::load(QStringLiteral("cong-chuc-2026")).set);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.addChild();
        read(QStringLiteral("criteria set editor"), &editor);
        editor.undoStack()->setClean();
        editor.reject();
        expectNoEnglish();
    }

    void taskListInBothModes()
    {
        Criterion leaf;
        leaf.code = QStringLiteral("2.1");
        leaf.title = QStringLiteral("Kết quả thực hiện nhiệm vụ");
        leaf.max = Decimal::fromInt(70);
        leaf.method.type = MethodType::Tasks;
        TaskItem task;
        task.title = QStringLiteral("Soạn thảo báo cáo quý");
        for (const bool readOnly : {false, true}) {
            TaskListEditor editor(leaf, 2, {task}, readOnly);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            read(readOnly ? QStringLiteral("task list (read only)") : QStringLiteral("task list"), &editor);
            if (!readOnly) {
                // The preview of a task list imported from a file, with a refused row.
                const QString path = m_dir.filePath(QStringLiteral("nhiem-vu.csv"));
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("Nhiệm vụ,Hệ số,Hoàn thành\nBáo cáo quý,1,có\n,0,có lẽ\n");
                file.close();
                RowsImportDialog* preview = editor.previewImport(path);
                QVERIFY(preview);
                QVERIFY(QTest::qWaitForWindowExposed(preview));
                read(QStringLiteral("task list import preview"), preview);
                preview->reject();
            }
        }
        expectNoEnglish();
    }

    // A unit's raised ceiling of the quota, with a refusal shown in it.
    void quotaCeiling()
    {
        QuotaCeilingDialog dialog({{QStringLiteral("XCL"), QStringLiteral("UBND xã Chi Lăng")}},
                                  QStringLiteral("XCL"), QStringLiteral("20"), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.percentEdit()->setText(QStringLiteral("130"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        read(QStringLiteral("quota ceiling"), &dialog);
        dialog.reject();
        expectNoEnglish();
    }

    // A person's facts affecting the grade, with a refusal (no reason) shown in it.
    void personFlags()
    {
        const CriteriaTemplates::Loaded loaded = CriteriaTemplates::load(QStringLiteral("cong-chuc-2026"));
        PersonFlagsDialog dialog(m_session, QStringLiteral("T1-2026"), loaded.set, QStringLiteral("CC01"),
                                 QStringLiteral("Nguyễn Văn An"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.addFlag());
        QVERIFY(!dialog.problemLabel()->text().isEmpty());
        read(QStringLiteral("person flags"), &dialog);
        dialog.reject();
        expectNoEnglish();
    }

    // The interview council's set-up, with a part, a member, a candidate and a refused score.
    void councilSetup()
    {
        CouncilSetupDialog dialog(m_session, CouncilRecord(), CouncilExamination());
        dialog.titleEdit()->setText(QStringLiteral("Hội đồng sát hạch"));
        dialog.partCheck(RecruitmentPart::Kind::Written)->setChecked(true);
        dialog.addMemberRow(QStringLiteral("Hoàng Văn Thụ"), CouncilRoles::BoardHead);
        dialog.addCandidateRow(QStringLiteral("TS01"), QStringLiteral("Nông Văn An"), QStringLiteral("5"),
                               QStringLiteral("bốn lăm"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        read(QStringLiteral("council set-up"), &dialog);
        dialog.reject();
        expectNoEnglish();
    }

    // The appraisal council of a campaign, with a member absent and a date refused.
    void appraisalCouncil()
    {
        AppraisalCouncilDialog dialog(m_session, QStringLiteral("CCHC-2026"), AppraisalCouncil());
        dialog.decisionNumberEdit()->setText(QStringLiteral("125/QĐ-UBND"));
        dialog.decisionDateEdit()->setText(QStringLiteral("32/01/2026"));
        dialog.addMemberRow(QStringLiteral("Hoàng Văn Thụ"), QStringLiteral("Chủ tịch Hội đồng"));
        dialog.addMemberRow(QStringLiteral("Nông Thị Lan"), QStringLiteral("Ủy viên"), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        read(QStringLiteral("appraisal council"), &dialog);
        dialog.reject();
        expectNoEnglish();
    }

    void batchExportProgress()
    {
        SheetBatchExportDialog progress;
        progress.setMaximum(10);
        progress.setValue(3);
        progress.show();
        QVERIFY(QTest::qWaitForWindowExposed(&progress));
        read(QStringLiteral("batch export"), &progress);
        expectNoEnglish();
    }

    // The document preview, then Qt's print dialog opened from it.
    void documentPreviewAndPrintDialog()
    {
        bool shown = false;
        DocumentActions::setDialogObserver([&](DocumentDialog& dialog) {
            shown = true;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            read(QStringLiteral("document preview"), &dialog);
            // The print dialog with its options shown, then the printer's properties (page size,
            // orientation, margins) opened from it.
            const Step printDialog = [&](QWidget* print) {
                read(QStringLiteral("print"), print);
                for (QPushButton* button : print->findChildren<QPushButton*>()) {
                    if (button->text().endsWith(QLatin1String(">>"))) {
                        button->click();
                        break;
                    }
                }
                QCoreApplication::processEvents();
                read(QStringLiteral("print options"), print);
                auto* properties = print->findChild<QPushButton*>(QStringLiteral("properties"));
                QVERIFY(properties && properties->isEnabled());
                properties->click(); // opens the properties and waits for them
                rejectDialog(print);
            };
            QCOMPARE(whileModal([&] { dialog.print(); },
                                {printDialog, readAndReject(QStringLiteral("printer properties"))}),
                     0);
        });
        DocumentActions::printReport(nullptr, m_session, QLatin1String(DemoDatabase::StaffCampaign));
        DocumentActions::setDialogObserver({});
        QVERIFY(shown);
        expectNoEnglish();
    }

    // Every dialog class of ui/ is listed in WalkedDialogs, with a function above that reads it.
    void everyDialogClassIsWalked()
    {
        static const QRegularExpression declaration(QStringLiteral("class (\\w+) : public Q\\w*Dialog\\b"));
        QStringList classes;
        QDirIterator it(QStringLiteral(DANHGIA_SOURCE_DIR "/ui"), {QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile header(it.next());
            QVERIFY(header.open(QIODevice::ReadOnly));
            auto match = declaration.globalMatch(QString::fromUtf8(header.readAll()));
            while (match.hasNext()) {
                classes.append(match.next().captured(1));
            }
        }
        QVERIFY(classes.size() >= 5);
        for (const QString& name : std::as_const(classes)) {
            const auto walker
                = std::find_if(std::begin(WalkedDialogs), std::end(WalkedDialogs),
                               [&](const WalkedDialog& d) { return name == QLatin1String(d.className); });
            QVERIFY2(walker != std::end(WalkedDialogs), qPrintable(name + QStringLiteral(" is not walked")));
            const QByteArray slot = QByteArray(walker->function) + QByteArrayLiteral("()");
            QVERIFY2(metaObject()->indexOfSlot(slot.constData()) >= 0,
                     qPrintable(name + QStringLiteral(": no function ") + QLatin1String(walker->function)));
        }
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestDialogLanguage)
#include "TestDialogLanguage.moc"
