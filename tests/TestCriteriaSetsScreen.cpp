// The Criteria sets screen walked as a user would, with real widgets and a real database file:
// a draft started from the Excel template shipped with the app (imported through the import
// dialog), a broken Excel file whose problems are listed by row and criterion code and which is
// not stored (the typed values kept), the draft copied to a new version for the next year, that
// version edited (a maximum changed, undone and redone, a mistake refused) and saved, then
// published after a confirmation, and the campaign dialog offering it (and not the draft).

#include <QApplication>

#include "AppSession.h"
#include "CampaignDialog.h"
#include "CampaignParticipantsDialog.h"
#include "CampaignsView.h"
#include "CatalogueView.h"
#include "CriteriaDetailsPanel.h"
#include "CriteriaEditorDialog.h"
#include "CriteriaImportDialog.h"
#include "CriteriaSetView.h"
#include "CriteriaSetsPage.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "TestSupport.h"
#include "criteria/CriteriaSetReader.h"
#include "stores/CriteriaSetStore.h"
#include "tabular/XlsxWriter.h"
#include "workflow/RecordPermissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

using namespace danhgia;
using namespace danhgia::ui;

class TestCriteriaSetsScreen : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;
    QList<DialogRequest> m_asked;

    qint64 count(const QString& sql)
    {
        QSqlQuery query(m_session->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // Answers every dialog with `answer` for its kind; records what was asked.
    void answer(const QHash<int, QVariant>& answers)
    {
        DialogService::setResponder([this, answers](const DialogRequest& request) {
            m_asked.append(request);
            return answers.value(static_cast<int>(request.kind));
        });
    }

    // A criteria template with two mistakes: a maximum that is not a number (row 3, 1.1) and an
    // unknown method (row 4, 1.2).
    QString brokenTemplate()
    {
        const QString file = m_dir->filePath(QStringLiteral("tieu-chi-loi.xlsx"));
        XlsxWriter writer(file);
        writer.addSheet(QStringLiteral("Tiêu chí"));
        const QList<QStringList> rows{
            {QStringLiteral("Mã"), QStringLiteral("Tiêu chí"), QStringLiteral("Điểm tối đa"),
             QStringLiteral("Phương pháp"), QStringLiteral("Mức"), QStringLiteral("Tài liệu kiểm chứng")},
            {QStringLiteral("1"), QStringLiteral("Tiêu chí chung"), QStringLiteral("30"), QString(),
             QString(), QString()},
            {QStringLiteral("1.1"), QStringLiteral("Chính trị, đạo đức"), QStringLiteral("mười"),
             QStringLiteral("Chọn mức"), QStringLiteral("Tốt=10; Đạt=5"), QStringLiteral("Không")},
            {QStringLiteral("1.2"), QStringLiteral("Kỷ luật"), QStringLiteral("20"),
             QStringLiteral("Bầu chọn"), QString(), QStringLiteral("Không")}};
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows[r].size(); ++c) {
                writer.writeText(r, c, rows[r][c]);
            }
        }
        if (!writer.close()) {
            qFatal("cannot write %s", qPrintable(file));
        }
        return file;
    }

    static bool listed(const QListWidget* list, const QString& part1, const QString& part2)
    {
        for (int i = 0; i < list->count(); ++i) {
            const QString text = list->item(i)->text();
            if (text.contains(part1) && text.contains(part2)) {
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<AppSession>();
        QString error;
        QVERIFY2(m_session->openDatabase(m_dir->filePath(QStringLiteral("bo-tieu-chi.sqlite")), &error, true),
                 qPrintable(error));
        m_session->setUser(QStringLiteral("Quản trị viên"), Role::Administrator);
        m_asked.clear();
    }

    void cleanup()
    {
        DialogService::setResponder({});
        m_session.reset();
        m_dir.reset();
    }

    void fromExcelTemplateToCampaign()
    {
        CatalogueView catalogue(*m_session);
        catalogue.resize(1200, 700);
        catalogue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&catalogue));
        CriteriaSetsPage* page = catalogue.criteriaSetsPage();
        catalogue.tabs()->setCurrentWidget(page);
        QCOMPARE(page->setList()->count(), 0);

        // "Start from a template": the Excel template is the first starting point offered.
        answer({{static_cast<int>(DialogRequest::Kind::Choice), 0}});
        QVERIFY(page->templateButton()->isEnabled());
        page->templateButton()->click();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().choices.first().contains(QStringLiteral("tieu-chi-cong-chuc-2026.xlsx")));
        QVERIFY(m_asked.first().choices.size() > 1);
        CriteriaImportDialog* dialog = page->importDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->idEdit()->text(), QStringLiteral("cong-chuc-2026"));
        QCOMPARE(dialog->kindBox()->currentData().toString(), QStringLiteral("staff"));
        QCOMPARE(dialog->problemList()->count(), 0);
        QVERIFY(dialog->loaded().set.nodeCount() > 5);
        dialog->saveButton()->click();
        QVERIFY(!page->importDialog() || !page->importDialog()->isVisible());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets WHERE status = 'draft'")), 1);
        QCOMPARE(page->setList()->count(), 1);
        const qint64 first = page->currentRowId();
        QCOMPARE(page->setView()->criteriaSet().id, QStringLiteral("cong-chuc-2026"));
        // The template has no grades: those of the built-in civil-servant set came with it.
        QVERIFY(!page->setView()->criteriaSet().grades.isEmpty());
        QVERIFY(page->setView()->criteriaSet().quota.has_value());
        QVERIFY(page->publishButton()->isEnabled());

        // A broken Excel file: its problems by row and criterion code, and nothing stored.
        const QString broken = brokenTemplate();
        answer({{static_cast<int>(DialogRequest::Kind::OpenFile), broken}});
        page->importButton()->click();
        dialog = page->importDialog();
        QVERIFY(dialog && dialog->isVisible());
        const QString row3 = QCoreApplication::translate("CriteriaTableReader", "row %1, column «%2»")
                                 .arg(3)
                                 .arg(QStringLiteral("Điểm tối đa"));
        const QString row4 = QCoreApplication::translate("CriteriaTableReader", "row %1, column «%2»")
                                 .arg(4)
                                 .arg(QStringLiteral("Phương pháp"));
        QVERIFY2(
            listed(dialog->problemList(), row3, QStringLiteral("1.1")),
            qPrintable(dialog->problemList()->count() ? dialog->problemList()->item(0)->text() : QString()));
        QVERIFY(listed(dialog->problemList(), row4, QStringLiteral("1.2")));
        dialog->titleEdit()->setText(QStringLiteral("Bộ tiêu chí thử"));
        dialog->saveButton()->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageBar()->level(), MessageBar::Level::Error);
        QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Bộ tiêu chí thử"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets")), 1);
        dialog->reject();

        // Copied to a new version for the next year: a draft, version 2; the original unchanged.
        QVERIFY(page->selectRow(first));
        answer(
            {{static_cast<int>(DialogRequest::Kind::Text), QStringLiteral("Đánh giá công chức năm 2027")}});
        page->copyButton()->click();
        QCOMPARE(page->setList()->count(), 2);
        const qint64 copy = page->currentRowId();
        QVERIFY(copy != first);
        QCOMPARE(page->setView()->criteriaSet().version, 2);
        QCOMPARE(page->setView()->criteriaSet().title, QStringLiteral("Đánh giá công chức năm 2027"));
        QSqlQuery original(m_session->database().connection());
        QVERIFY(
            original.exec(
                QStringLiteral("SELECT version, title, status FROM criteria_sets WHERE id = %1").arg(first))
            && original.next());
        QCOMPARE(original.value(0).toInt(), 1);
        QVERIFY(original.value(1).toString() != QStringLiteral("Đánh giá công chức năm 2027"));
        QCOMPARE(original.value(2).toString(), QStringLiteral("draft"));

        // The draft edited: a maximum changed, undone and redone with the keyboard; a mistyped
        // maximum refused with its text kept; a duplicate code listed live and refused on saving.
        QVERIFY(page->editButton()->isEnabled());
        page->editButton()->click();
        CriteriaEditorDialog* editor = page->editor();
        QVERIFY(editor && editor->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        const int leaf = editor->criteriaSet().indexOf(QStringLiteral("1.1"));
        const Decimal oldMax = editor->criteriaSet().node(leaf).max;
        editor->selectNode(leaf);
        QCOMPARE(editor->details()->codeEdit()->text(), QStringLiteral("1.1"));
        QLineEdit* max = editor->details()->maxEdit();
        max->setText(QStringLiteral("mười"));
        Q_EMIT max->editingFinished();
        QVERIFY(editor->details()->problemLabel()->isVisibleTo(editor));
        QVERIFY(editor->details()->problemLabel()->text().contains(QStringLiteral("1.1")));
        QCOMPARE(max->text(), QStringLiteral("mười"));
        QCOMPARE(editor->undoStack()->count(), 0);
        max->setText(QStringLiteral("5,5"));
        Q_EMIT max->editingFinished();
        QCOMPARE(editor->undoStack()->count(), 1);
        QCOMPARE(editor->criteriaSet().node(leaf).max, Decimal::fromUnits(55000));
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->criteriaSet().node(leaf).max, oldMax);
        QCOMPARE(max->text(), oldMax.toLocaleString(QLocale()));
        QTest::keyClick(editor, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(editor->criteriaSet().node(leaf).max, Decimal::fromUnits(55000));
        // Its levels rewritten: one command, undone.
        QLineEdit* levels = editor->details()->pairsEdit();
        QVERIFY(levels->isEnabled());
        levels->setText(QStringLiteral("Tốt=5,5; Đạt=3; Chưa đạt=0"));
        Q_EMIT levels->editingFinished();
        QCOMPARE(editor->criteriaSet().node(leaf).method.levels.size(), 3);
        QCOMPARE(editor->criteriaSet().node(leaf).method.levels[0].points, Decimal::fromUnits(55000));
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->criteriaSet().node(leaf).method.levels[0].points, Decimal::fromInt(5));
        // A criterion added after 1.1, then undone.
        const int nodes = editor->criteriaSet().nodeCount();
        editor->findChild<QPushButton*>(QStringLiteral("addSiblingButton"))->click();
        QCOMPARE(editor->criteriaSet().nodeCount(), nodes + 1);
        editor->findChild<QPushButton*>(QStringLiteral("undoButton"))->click();
        QCOMPARE(editor->criteriaSet().nodeCount(), nodes);
        // 1.2 given the code 1.1: listed live by code; the draft is saved with it, and publishing
        // is refused naming it.
        const int second = editor->criteriaSet().indexOf(QStringLiteral("1.2"));
        editor->selectNode(second);
        editor->details()->codeEdit()->setText(QStringLiteral("1.1"));
        Q_EMIT editor->details()->codeEdit()->editingFinished();
        QVERIFY(ValidationIssue::hasErrors(editor->issues()));
        QVERIFY(listed(editor->problemList(), QStringLiteral("1.1"), QStringLiteral("1.1")));
        QVERIFY(editor->save());
        QCOMPARE(editor->messageBar()->level(), MessageBar::Level::Warning);
        editor->close();
        QVERIFY(page->selectRow(copy));
        QVERIFY(ValidationIssue::hasErrors(page->setView()->issues()));
        answer({{static_cast<int>(DialogRequest::Kind::Question), true}});
        page->publishButton()->click();
        QCOMPARE(page->messageBar()->level(), MessageBar::Level::Error);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets WHERE status = 'published'")), 0);
        // Opened again and corrected.
        page->editButton()->click();
        editor = page->editor();
        QVERIFY(editor && editor->isVisible());
        editor->selectNode(second);
        QCOMPARE(editor->details()->codeEdit()->text(), QStringLiteral("1.1"));
        editor->details()->codeEdit()->setText(QStringLiteral("1.2"));
        Q_EMIT editor->details()->codeEdit()->editingFinished();
        QVERIFY(!ValidationIssue::hasErrors(editor->issues()));
        // Saved: stored, and still a draft that can be edited.
        QVERIFY(editor->save());
        QString error;
        const auto stored = CriteriaSetStore::load(m_session->database().connection(), copy, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->node(stored->indexOf(QStringLiteral("1.1"))).max, Decimal::fromUnits(55000));
        QCOMPARE(stored->indexOf(QStringLiteral("1.2")) >= 0, true);
        editor->close();
        QVERIFY(page->selectRow(copy));
        QVERIFY(page->editButton()->isEnabled());

        // Published after a confirmation; declining first leaves it a draft.
        answer({{static_cast<int>(DialogRequest::Kind::Question), false}});
        page->publishButton()->click();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets WHERE status = 'published'")), 0);
        answer({{static_cast<int>(DialogRequest::Kind::Question), true}});
        page->publishButton()->click();
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets WHERE status = 'published' AND id = %1")
                      .arg(copy)),
            1);
        QVERIFY(!page->publishButton()->isEnabled());
        QVERIFY(!page->editButton()->isEnabled());
        QVERIFY(!page->editSelected());

        // The campaign dialog offers the published version only.
        CampaignsView campaigns(*m_session);
        campaigns.show();
        QVERIFY(QTest::qWaitForWindowExposed(&campaigns));
        campaigns.findChild<QPushButton*>(QStringLiteral("newCampaignButton"))->click();
        CampaignDialog* campaign = campaigns.campaignDialog();
        QVERIFY(campaign && campaign->isVisible());
        campaign->kindBox()->setCurrentIndex(campaign->kindBox()->findData(QStringLiteral("staff")));
        QCOMPARE(campaign->criteriaBox()->count(), 1);
        QCOMPARE(campaign->criteriaBox()->currentData().toLongLong(), copy);
        // And used: the campaign is created on that version.
        campaign->codeEdit()->setText(QStringLiteral("DG-2027"));
        campaign->titleEdit()->setText(QStringLiteral("Đánh giá công chức năm 2027"));
        campaign->periodsEdit()->setText(QStringLiteral("2027"));
        Q_EMIT campaign->submitted();
        QCOMPARE(count(QStringLiteral("SELECT criteria_set_id FROM campaigns WHERE code = 'DG-2027'")), copy);
        if (campaigns.participantsDialog()) {
            campaigns.participantsDialog()->reject();
        }
    }

    // The parameters of each method edited in the draft (the step of points, a deduction per item
    // and at most, a task's deduction, what a ratio gives when nothing arose, not applicable),
    // each one undoable edit; a mistyped amount refused with the criterion named.
    void methodParametersAreEditedWithUndo()
    {
        ValidationIssues issues;
        const CriteriaSet set = CriteriaSetReader::read(
            test::readData(QStringLiteral("sheet/every-method.criteria.json")), &issues);
        CriteriaEditorDialog editor(*m_session, 0, set);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        CriteriaDetailsPanel* details = editor.details();
        const auto node = [&](const char* code) {
            return editor.criteriaSet().node(editor.criteriaSet().indexOf(QString::fromLatin1(code)));
        };
        const auto select = [&](const char* code) {
            editor.selectNode(editor.criteriaSet().indexOf(QString::fromLatin1(code)));
        };
        const auto type = [](QLineEdit* edit, const QString& text) {
            edit->setText(text);
            Q_EMIT edit->editingFinished();
        };

        select("1.1"); // points, step 0.5
        QVERIFY(details->amountEdit()->isEnabled());
        QVERIFY(!details->limitEdit()->isEnabled());
        QVERIFY(!details->whenNoneBox()->isEnabled());
        QCOMPARE(details->amountEdit()->text(), QStringLiteral("0,5"));
        type(details->amountEdit(), QStringLiteral("nửa"));
        QVERIFY2(details->problemLabel()->text().contains(QStringLiteral("1.1")),
                 qPrintable(details->problemLabel()->text()));
        QCOMPARE(editor.undoStack()->count(), 0);
        type(details->amountEdit(), QStringLiteral("0,25"));
        QCOMPARE(node("1.1").method.step, Decimal::fromUnits(2500));
        QCOMPARE(editor.undoStack()->count(), 1);
        editor.undoStack()->undo();
        QCOMPARE(node("1.1").method.step, Decimal::fromUnits(5000));

        select("1.4"); // deduct 0.5 per item, at most 2
        QVERIFY(details->limitEdit()->isEnabled());
        type(details->amountEdit(), QStringLiteral("1"));
        QCOMPARE(node("1.4").method.perItem, Decimal::fromInt(1));
        type(details->limitEdit(), QStringLiteral("3"));
        QCOMPARE(node("1.4").method.limit, Decimal::fromInt(3));
        QCOMPARE(editor.undoStack()->count(), 2);

        select("2.4"); // tasks, 0.25 per failure or delay
        type(details->amountEdit(), QStringLiteral("0,5"));
        QCOMPARE(node("2.4").method.deduction, Decimal::fromUnits(5000));

        select("2.1"); // ratio, the maximum when nothing arose
        QVERIFY(details->whenNoneBox()->isEnabled());
        QVERIFY(!details->amountEdit()->isEnabled());
        details->whenNoneBox()->setCurrentIndex(
            details->whenNoneBox()->findData(static_cast<int>(WhenNone::Exclude)));
        Q_EMIT details->whenNoneBox()->activated(details->whenNoneBox()->currentIndex());
        QCOMPARE(node("2.1").method.whenNone, WhenNone::Exclude);
        QVERIFY(!node("2.1").naAllowed);
        details->notApplicableCheck()->click();
        QVERIFY(node("2.1").naAllowed);
        QCOMPARE(editor.undoStack()->count(), 5);
        editor.undoStack()->undo();
        QVERIFY(!node("2.1").naAllowed);
        QVERIFY(!details->notApplicableCheck()->isChecked());
        editor.undoStack()->setClean();
    }

    // Who does not set up campaigns sees the sets, not the buttons that change them, and why.
    void onlyWhoSetsUpCampaignsChangesSets()
    {
        m_session->setUser(QStringLiteral("Người tự đánh giá"), Role::SelfAssessor);
        CriteriaSetsPage page(*m_session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, Role::SelfAssessor);
        for (QPushButton* button : {page.importButton(), page.templateButton(), page.copyButton(),
                                    page.editButton(), page.publishButton()}) {
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), refused);
        }
        m_session->setUser(QStringLiteral("Quản trị viên"), Role::Administrator);
        QVERIFY(page.importButton()->isEnabled());
        QVERIFY(page.importButton()->toolTip() != refused);
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestCriteriaSetsScreen)
#include "TestCriteriaSetsScreen.moc"
