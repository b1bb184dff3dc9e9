// The survey screen defines a survey from nothing (issue 13, item 5): New survey… opens the dialog,
// a refused survey keeps everything typed and says what is wrong in Vietnamese, the criteria of the
// campaign's set that a survey can feed are ticked, Slovin's n fills a unit's plan from its
// population; questionnaires are entered for two units, the one below its plan is marked; the
// points are applied to the submitted and appraised sheets after a preview, and each sheet's value
// and history entry are checked. Real widgets, offscreen, on a real SQLite file.

#include <QApplication>

#include "AppSession.h"
#include "MessageBar.h"
#include "SurveyApplyDialog.h"
#include "SurveyDefinitionActions.h"
#include "SurveyDefinitionDialog.h"
#include "SurveyEntryLine.h"
#include "SurveyEntryView.h"
#include "SurveyPlanEditor.h"
#include "SurveyPointsFixture.h"
#include "SurveyQuestionsEditor.h"
#include "SurveyUnitPanel.h"
#include "TestSupport.h"
#include "queries/SheetHistory.h"
#include "services/SheetTransitions.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

#include <memory>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

class TestSurveySetupView : public QObject, private SurveyPointsFixture
{
    Q_OBJECT

private:
    std::unique_ptr<AppSession> m_session;

    void type(SurveyEntryView& view, const QString& unit, const QStringList& questionnaires)
    {
        QVERIFY(view.selectUnit(unit));
        for (const QString& keys : questionnaires) {
            QTest::keyClicks(view.entryLine(), keys);
            QTest::keyClick(view.entryLine(), Qt::Key_Return);
        }
    }

    QTableWidgetItem* enteredCell(SurveyEntryView& view, const QString& unit)
    {
        SurveyUnitPanel* panel = view.unitPanel();
        const int row = panel->rowOf(unit);
        return row < 0 ? nullptr : panel->table()->item(row, SurveyUnitPanel::EnteredColumn);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
        m_session = std::make_unique<AppSession>();
        QVERIFY2(m_session->openDatabase(m_db.path(), &error), qPrintable(error));
        // The administrator defines the survey (part of the campaign's setup); the appraiser enters it.
        m_session->setUser(QStringLiteral("Hoàng Văn Nam"), Role::Administrator);
    }

    void cleanup()
    {
        m_session.reset();
        m_db.close();
    }

    void definesASurveyAndAppliesItsPointsToSubmittedSheets()
    {
        SurveyEntryView view(*m_session);
        view.resize(1200, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.surveyCombo()->count(), 0);
        QVERIFY(view.newSurveyButton()->isEnabled());
        QVERIFY(!view.editSurveyButton()->isEnabled());

        // New survey…: a title, two questions on the usual scale of satisfaction.
        QTest::mouseClick(view.newSurveyButton(), Qt::LeftButton);
        SurveyDefinitionDialog* dialog = view.definitionActions()->dialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->campaignCombo()->currentData().toString(), QStringLiteral("CCHC-2026"));
        const QString title = QStringLiteral("Khảo sát sự hài lòng của người dân 2026");
        dialog->titleEdit()->setText(title);
        QTreeWidget* tree = dialog->questionsEditor()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 5);
        QCOMPARE(tree->topLevelItem(0)->child(1)->text(SurveyQuestionsEditor::CoefficientColumn),
                 QStringLiteral("0,75"));
        tree->topLevelItem(0)->setText(SurveyQuestionsEditor::TextColumn,
                                       QStringLiteral("Thái độ của công chức"));
        dialog->questionsEditor()->addQuestion(QStringLiteral("Thời gian giải quyết hồ sơ"));
        QCOMPARE(tree->topLevelItemCount(), 2);

        // A coefficient that is no number is refused, naming it; everything typed stays.
        tree->topLevelItem(1)->child(4)->setText(SurveyQuestionsEditor::CoefficientColumn,
                                                 QStringLiteral("không"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveSurveyButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->messageBar()->text().contains(QStringLiteral("“không”")),
                 qPrintable(dialog->messageBar()->text()));
        tree->topLevelItem(1)->child(4)->setText(SurveyQuestionsEditor::CoefficientColumn,
                                                 QStringLiteral("0"));

        // No criterion ticked: refused by the core's rule, in Vietnamese; the title is still there.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveSurveyButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->messageBar()->text().contains(QStringLiteral("chưa cho điểm tiêu chí nào")),
                 qPrintable(dialog->messageBar()->text()));
        QCOMPARE(dialog->titleEdit()->text(), title);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM surveys")), 0);

        // The criteria fed: 8.1 and 8.2 (linear); 2.2 (yes/no) is not offered.
        QVERIFY(dialog->checkCriterion(QStringLiteral("8.1")));
        QVERIFY(dialog->checkCriterion(QStringLiteral("8.2")));
        QVERIFY(!dialog->checkCriterion(QStringLiteral("2.2")));

        // The plan: 2 questionnaires per unit; SNV's from its population of 4 by Slovin: 4 / 1.01 → 4.
        SurveyPlanEditor* plan = dialog->planEditor();
        plan->defaultPlannedBox()->setValue(2);
        const int snvRow = plan->rowOf(QStringLiteral("SNV"));
        QVERIFY(snvRow >= 0);
        QVERIFY(plan->rowOf(QStringLiteral("STC")) >= 0);
        plan->populationBox(snvRow)->setValue(4);
        QTest::mouseClick(plan->slovinButton(), Qt::LeftButton);
        QCOMPARE(plan->plannedBox(snvRow)->value(), 4);
        QVERIFY2(dialog->messageBar()->text().contains(QStringLiteral("Slovin")),
                 qPrintable(dialog->messageBar()->text()));

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveSurveyButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(view.surveyCombo()->count(), 1);
        QVERIFY(view.surveyId() != 0);
        QVERIFY(view.editSurveyButton()->isEnabled());
        QVERIFY2(view.messageBar()->text().contains(title), qPrintable(view.messageBar()->text()));

        // The appraiser enters the questionnaires and applies the points; he does not define surveys.
        m_session->setUser(QStringLiteral("Nông Thị Hạnh"), Role::Appraiser);
        QVERIFY(!view.newSurveyButton()->isEnabled());
        QVERIFY(!view.editSurveyButton()->isEnabled());
        QCOMPARE(view.surveyCombo()->count(), 1);
        // Questionnaires: SNV two of four planned (below plan), STC two of two.
        type(view, QStringLiteral("SNV"), {QStringLiteral("11"), QStringLiteral("12")});
        type(view, QStringLiteral("STC"), {QStringLiteral("11"), QStringLiteral("21")});
        QTableWidgetItem* snv = enteredCell(view, QStringLiteral("SNV"));
        QTableWidgetItem* stc = enteredCell(view, QStringLiteral("STC"));
        QVERIFY(snv && stc);
        QVERIFY(snv->data(Qt::UserRole).toBool());
        QVERIFY2(snv->text().contains(QStringLiteral("thiếu 2")), qPrintable(snv->text()));
        QVERIFY(!stc->data(Qt::UserRole).toBool());
        QVERIFY2(!stc->text().contains(QStringLiteral("thiếu")), qPrintable(stc->text()));

        // Apply: the preview lists the sheets and criteria that change; nothing is written before Apply.
        const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QTest::mouseClick(view.unitPanel()->writeButton(), Qt::LeftButton);
        SurveyApplyDialog* preview = view.applyDialog();
        QVERIFY(preview);
        QVERIFY(QTest::qWaitForWindowExposed(preview));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
        QStringList willChange;
        for (int row = 0; row < preview->table()->rowCount(); ++row) {
            const QTableWidgetItem* outcome = preview->table()->item(row, SurveyApplyDialog::OutcomeColumn);
            if (outcome->data(Qt::UserRole).toInt()
                == static_cast<int>(SurveyPointsWriter::Outcome::Written)) {
                willChange.append(preview->table()->item(row, SurveyApplyDialog::SheetColumn)->text()
                                  + QLatin1Char(' ')
                                  + preview->table()->item(row, SurveyApplyDialog::CriterionColumn)->text());
                QVERIFY2(outcome->text().contains(QStringLiteral("sẽ được ghi")),
                         qPrintable(outcome->text()));
            }
        }
        QCOMPARE(willChange.size(), 4);
        QVERIFY2(willChange.join(QLatin1Char('|')).contains(QStringLiteral("Sở Nội vụ")),
                 qPrintable(willChange.join(QLatin1Char('|'))));
        QVERIFY(preview->applyButton()->isEnabled());
        QTest::mouseClick(preview->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!preview->isVisible());

        // The sheets' values: mean (1 + 0.875) / 2 = 0.9375 → 18.75 of 20 and 9.38 of 10; states unchanged.
        QString error;
        for (const QString& unit : {QStringLiteral("SNV"), QStringLiteral("STC")}) {
            QCOMPARE(*scoredPoints(unit, QStringLiteral("8.1")), dec("18.75"));
            QCOMPARE(*scoredPoints(unit, QStringLiteral("8.2")), dec("9.38"));
        }
        QCOMPARE(*SheetTransitions::state(m_db.connection(), m_sheets.value(QStringLiteral("SNV")), &error),
                 SheetState::Submitted);
        QCOMPARE(*SheetTransitions::state(m_db.connection(), m_sheets.value(QStringLiteral("STC")), &error),
                 SheetState::Appraised);
        // The history entry of the submitted sheet: the survey as the reason, by who applied it.
        const auto history
            = SheetHistory::load(m_db.connection(), m_sheets.value(QStringLiteral("SNV")), &error);
        QVERIFY2(history && !history->isEmpty(), qPrintable(error));
        QVERIFY2(
            history->first().reason.startsWith(QStringLiteral("Điểm điều tra xã hội học “%1”").arg(title)),
            qPrintable(history->first().reason));
        QVERIFY2(history->first().actor.contains(QStringLiteral("Nông Thị Hạnh")),
                 qPrintable(history->first().actor));
        QVERIFY2(view.messageBar()->text().contains(QStringLiteral("Sở Nội vụ")),
                 qPrintable(view.messageBar()->text()));
    }

    void aRoleThatDoesNotDefineSurveysCannotOpenTheDialog()
    {
        m_session->setUser(QStringLiteral("Trưởng phòng"), Role::UnitHead);
        SurveyEntryView unitHeadView(*m_session);
        QVERIFY(!unitHeadView.newSurveyButton()->isEnabled());
        m_session->setUser(QStringLiteral("Nông Thị Hạnh"), Role::Appraiser);
        SurveyEntryView view(*m_session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.newSurveyButton()->isEnabled());
        QVERIFY(!view.newSurveyButton()->toolTip().isEmpty());
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSurveySetupView)
#include "TestSurveySetupView.moc"
