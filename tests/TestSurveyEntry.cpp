#include <QApplication>

// Survey entry on real widgets and the demo database: ten paper questionnaires typed with the
// keyboard only (digits, 0 or Space for blank, Enter), stored with the right answers; the count
// against the planned sample and the points per unit follow SurveyPointsWriter::summary(); a
// digit beyond the options and an unfinished questionnaire are refused with a message; the
// points are written into the sheets with a report per sheet.

#include "AppSession.h"
#include "DialogService.h"
#include "LeafValueText.h"
#include "MessageBar.h"
#include "RowCount.h"
#include "SurveyApplyDialog.h"
#include "SurveyEntryLine.h"
#include "SurveyEntryModel.h"
#include "SurveyEntryView.h"
#include "SurveyUnitPanel.h"
#include "TestSupport.h"
#include "demo/DemoCatalogue.h"
#include "demo/DemoDatabase.h"
#include "queries/SurveyListings.h"
#include "services/SurveyPointsWriter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace danhgia;
using namespace danhgia::ui;
using danhgia::test::countRows;

namespace {

const auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("DANHGIA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QApplication::processEvents();
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

// The answers a line of keys gives: digit d → option d - 1, 0 or Space → blank (-1).
SurveyAnswers answersOf(const QString& keys)
{
    SurveyAnswers answers;
    for (const QChar key : keys) {
        answers.append(key == QLatin1Char(' ') ? -1 : key.digitValue() - 1);
    }
    return answers;
}

} // namespace

class TestSurveyEntry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<AppSession> m_session;

    std::optional<SurveyPointsWriter::Summary> summary(qint64 surveyId)
    {
        QString error;
        auto result = SurveyPointsWriter::summary(m_session->database().connection(), surveyId, &error);
        if (!result) {
            qWarning("%s", qPrintable(error));
        }
        return result;
    }

    QList<SurveyResponseRecord> stored(qint64 surveyId, const QString& unit)
    {
        QString error;
        return SurveyListings::responses(m_session->database().connection(), surveyId, unit, &error)
            .value_or(QList<SurveyResponseRecord>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The demo database is made once and copied for each test.
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("work.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_demo, path));
        m_session = std::make_unique<AppSession>();
        QString error;
        QVERIFY2(m_session->openDatabase(path, &error), qPrintable(error));
        m_session->setUser(QStringLiteral("Nông Thị Hạnh"), Role::Appraiser);
    }

    void cleanup()
    {
        DialogService::setResponder({});
        m_session.reset();
    }

    void entersTenQuestionnairesByKeyboard()
    {
        SurveyEntryView view(*m_session);
        QAbstractItemModelTester tester(view.model(), Fatal);
        view.resize(1060, 680);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.surveyCombo()->count(), 1);
        const qint64 surveyId = view.surveyId();
        QVERIFY(surveyId != 0);
        for (QWidget* widget :
             {static_cast<QWidget*>(view.surveyCombo()), static_cast<QWidget*>(view.unitCombo()),
              static_cast<QWidget*>(view.entryLine()), static_cast<QWidget*>(view.table()),
              static_cast<QWidget*>(view.unitPanel()->writeButton())}) {
            QVERIFY(!widget->accessibleName().isEmpty() && !widget->toolTip().isEmpty());
        }

        // The last department is still collecting: 18 of 30.
        const QString unit = DemoCatalogue::departmentCodes().last();
        QVERIFY(view.selectUnit(unit));
        const auto before = summary(surveyId);
        QVERIFY(before);
        const auto unitOf = [&unit](const SurveyPointsWriter::Summary& s) {
            for (const auto& u : s.units) {
                if (u.unitCode == unit) {
                    return u;
                }
            }
            return SurveyPointsWriter::UnitPoints();
        };
        QCOMPARE(unitOf(*before).entered, 18);
        QCOMPARE(unitOf(*before).planned, 30);
        QCOMPARE(view.model()->rowCount(), 18);
        const int validBefore = unitOf(*before).valid;

        // Ten questionnaires, keys only; the seventh is blank but for its last answer.
        const QStringList typed{QStringLiteral("12341"), QStringLiteral("21120"), QStringLiteral("3 2 4"),
                                QStringLiteral("11111"), QStringLiteral("44332"), QStringLiteral("20101"),
                                QStringLiteral("00 04"), QStringLiteral("12121"), QStringLiteral("33333"),
                                QStringLiteral("41234")};
        SurveyEntryLine* entry = view.entryLine();
        entry->setFocus();
        for (int i = 0; i < typed.size(); ++i) {
            QTest::keyClicks(entry, typed.at(i));
            QCOMPARE(entry->answers(), answersOf(typed.at(i)));
            QTest::keyClick(entry, Qt::Key_Return);
            QVERIFY2(!view.messageBar()->isVisible(), qPrintable(view.messageBar()->text()));
            QVERIFY(entry->answers().isEmpty());
            QCOMPARE(view.model()->rowCount(), 18 + i + 1);
        }
        const QList<SurveyResponseRecord> responses = stored(surveyId, unit);
        QCOMPARE(responses.size(), 28);
        for (int i = 0; i < typed.size(); ++i) {
            QCOMPARE(responses.at(18 + i).answers, answersOf(typed.at(i)));
            QCOMPARE(responses.at(18 + i).unitCode, unit);
        }
        // The table shows the option labels, blanks as "(blank)".
        SurveyEntryModel* model = view.model();
        QCOMPARE(model->index(18, model->questionColumn(0)).data().toString(),
                 QStringLiteral("1 · Rất hài lòng"));
        QCOMPARE(model->index(20, model->questionColumn(1)).data().toString(),
                 SurveyEntryModel::tr("(blank)"));
        QVERIFY(model->index(24, 0).data(SurveyEntryModel::ValidRole).toBool());
        QCOMPARE(model->index(24, model->questionColumn(2)).data().toString(),
                 SurveyEntryModel::tr("(blank)"));

        // The count against the planned sample and the points follow the core's summary.
        const auto after = summary(surveyId);
        QVERIFY(after);
        const SurveyPointsWriter::UnitPoints points = unitOf(*after);
        QCOMPARE(points.entered, 28);
        QCOMPARE(points.valid, validBefore + 10);
        QVERIFY(points.belowSample());
        const QLocale vi(QLocale::Vietnamese);
        QVERIFY(view.countLabel()->text().startsWith(
            SurveyEntryView::tr("%1: %2 of %3 planned questionnaires entered, %4 valid")
                .arg(points.unitName, QStringLiteral("28"), QStringLiteral("30"),
                     vi.toString(points.valid))));
        QTableWidget* panel = view.unitPanel()->table();
        const int row = view.unitPanel()->rowOf(unit);
        QVERIFY(row >= 0);
        // Below the plan: marked in words as well as in colour.
        QCOMPARE(panel->item(row, SurveyUnitPanel::EnteredColumn)->text(),
                 QStringLiteral("28 / 30 ⚠ thiếu %1").arg(30 - points.valid));
        QCOMPARE(panel->item(row, SurveyUnitPanel::EnteredColumn)->background().color(),
                 QColor(0xfd, 0xf3, 0xd8));
        for (const auto& u : after->units) {
            const int r = view.unitPanel()->rowOf(u.unitCode);
            QVERIFY(r >= 0);
            // The same exact points, written the Vietnamese way.
            const QString shown = panel->item(r, SurveyUnitPanel::PointsColumn)->text();
            QCOMPARE(LeafValueText::parse(shown), u.points);
            QVERIFY(!u.points || shown.contains(QLatin1Char(',')));
            QCOMPARE(panel->item(r, SurveyUnitPanel::ValidColumn)->text(), vi.toString(u.valid));
        }
        QVERIFY(view.countLabel()->text().contains(panel->item(row, SurveyUnitPanel::PointsColumn)->text()));
        screenshot(view, QStringLiteral("survey-entry"));
    }

    void wrongKeysAreRefused()
    {
        SurveyEntryView view(*m_session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString unit = DemoCatalogue::departmentCodes().first();
        QVERIFY(view.selectUnit(unit));
        const int count = static_cast<int>(stored(view.surveyId(), unit).size());
        SurveyEntryLine* entry = view.entryLine();

        // A digit beyond the four options: refused, nothing typed.
        QTest::keyClicks(entry, QStringLiteral("12"));
        QTest::keyClick(entry, '5');
        QVERIFY(view.messageBar()->isVisible());
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Error);
        QCOMPARE(
            view.messageBar()->text(),
            SurveyEntryLine::tr("Question %1 has %2 options: type 1 to %2, or 0 or Space for a blank answer")
                .arg(3)
                .arg(4));
        QCOMPARE(entry->answers(), (SurveyAnswers{0, 1}));

        // Backspace goes back one answer; Enter on an unfinished questionnaire: the core refuses.
        QTest::keyClick(entry, Qt::Key_Backspace);
        QCOMPARE(entry->answers(), (SurveyAnswers{0}));
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY(view.messageBar()->text().startsWith(
            SurveyEntryView::tr("The questionnaire was not recorded: %1").arg(QString()).trimmed()));
        QCOMPARE(static_cast<int>(stored(view.surveyId(), unit).size()), count);

        // A sixth answer to five questions is refused too; Esc starts again.
        QTest::keyClicks(entry, QStringLiteral("2341"));
        QTest::keyClick(entry, '1');
        QCOMPARE(entry->answers().size(), 5);
        QTest::keyClick(entry, Qt::Key_Escape);
        QVERIFY(entry->answers().isEmpty());
        QCOMPARE(static_cast<int>(stored(view.surveyId(), unit).size()), count);
    }

    // A questionnaire without any answer is not a questionnaire: refused with a message, nothing
    // stored, and what was typed stays on the line to be corrected.
    void blankQuestionnaireIsRefused()
    {
        SurveyEntryView view(*m_session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString unit = DemoCatalogue::departmentCodes().first();
        QVERIFY(view.selectUnit(unit));
        const int count = static_cast<int>(stored(view.surveyId(), unit).size());
        SurveyEntryLine* entry = view.entryLine();
        entry->setFocus();
        QTest::keyClicks(entry, QStringLiteral("00000"));
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY(view.messageBar()->isVisible());
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(view.messageBar()->text().contains(
                     SurveyScoring::tr("the questionnaire has no answer (every question is blank): a blank "
                                       "questionnaire is not counted; enter the option chosen for "
                                       "at least one question")),
                 qPrintable(view.messageBar()->text()));
        QCOMPARE(static_cast<int>(stored(view.surveyId(), unit).size()), count);
        QCOMPARE(view.model()->rowCount(), count);
        QCOMPARE(entry->answers(), answersOf(QStringLiteral("     ")));
        screenshot(view, QStringLiteral("survey-blank-refused"));
    }

    // A recorded questionnaire is corrected (double-click, or the context menu) with its answers
    // on the entry line, and deleted (Delete, or the context menu) after a confirmation; each is
    // recorded in the outbox and the audit trail, and the counts follow.
    void correctsAndDeletesAQuestionnaire()
    {
        SurveyEntryView view(*m_session);
        QAbstractItemModelTester tester(view.model(), Fatal);
        view.resize(1060, 680);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        const QString unit = DemoCatalogue::departmentCodes().last();
        QVERIFY(view.selectUnit(unit));
        const qint64 surveyId = view.surveyId();
        const QList<SurveyResponseRecord> before = stored(surveyId, unit);
        QCOMPARE(before.size(), 18);
        const QString path = m_session->databasePath();
        const auto recorded = [&path](const char* operation) {
            return qMakePair(
                countRows(path,
                          QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity='survey_responses' "
                                         "AND operation='%1'")
                              .arg(QLatin1String(operation))),
                countRows(path,
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                         "entity='survey_responses' AND action='%1'")
                              .arg(QLatin1String(operation))));
        };

        // Double-click the third questionnaire: its answers come onto the entry line.
        QApplication::processEvents(); // the table scrolls to the latest questionnaire first
        QTableView* table = view.table();
        const QModelIndex third = view.model()->index(2, view.model()->questionColumn(1));
        table->scrollTo(third);
        // A double-click as the mouse gives it: press and release, then the double-click.
        const QPoint at = table->visualRect(third).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        SurveyEntryLine* entry = view.entryLine();
        QCOMPARE(entry->answers(), before.at(2).answers);
        QVERIFY(entry->hasFocus());
        // The last answer is typed again differently and Enter records the correction in place.
        QTest::keyClick(entry, Qt::Key_Backspace);
        QTest::keyClick(entry, '4');
        SurveyAnswers corrected = before.at(2).answers;
        corrected.last() = 3;
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY2(!view.messageBar()->isVisible() || view.messageBar()->level() != MessageBar::Level::Error,
                 qPrintable(view.messageBar()->text()));
        QList<SurveyResponseRecord> after = stored(surveyId, unit);
        QCOMPARE(after.size(), 18);
        QCOMPARE(after.at(2).id, before.at(2).id);
        QCOMPARE(after.at(2).answers, corrected);
        QCOMPARE(view.model()->rowCount(), 18);
        QCOMPARE(view.model()->index(2, view.model()->questionColumn(4)).data(SurveyEntryModel::AnswerRole),
                 QVariant(3));
        QVERIFY(entry->answers().isEmpty());
        QCOMPARE(recorded("update"), qMakePair(qint64(1), qint64(1)));

        // The context menu holds both actions.
        QAction* correct = nullptr;
        QAction* remove = nullptr;
        for (QAction* action : table->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Delete)) {
                remove = action;
            } else if (!action->text().isEmpty()) {
                correct = action;
            }
        }
        QVERIFY(correct && remove);
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);

        // Delete on the fifth: asked first; "No" keeps it.
        QList<DialogRequest> asked;
        bool confirm = false;
        DialogService::setResponder([&asked, &confirm](const DialogRequest& request) -> QVariant {
            asked.append(request);
            return confirm;
        });
        table->setFocus();
        table->setCurrentIndex(view.model()->index(4, 0));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().kind, DialogRequest::Kind::Question);
        QCOMPARE(stored(surveyId, unit).size(), 18);
        confirm = true;
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(asked.size(), 2);
        after = stored(surveyId, unit);
        QCOMPARE(after.size(), 17);
        for (const SurveyResponseRecord& record : after) {
            QVERIFY(record.id != before.at(4).id);
        }
        QCOMPARE(view.model()->rowCount(), 17);
        QCOMPARE(recorded("delete"), qMakePair(qint64(1), qint64(1)));
        QTableWidget* panel = view.unitPanel()->table();
        QVERIFY(panel->item(view.unitPanel()->rowOf(unit), SurveyUnitPanel::EnteredColumn)
                    ->text()
                    .startsWith(QStringLiteral("17 / 30 ⚠ thiếu ")));

        // Correcting, then Esc: the correction is dropped, nothing changes.
        table->setCurrentIndex(view.model()->index(0, 0));
        correct->trigger();
        QCOMPARE(entry->answers(), after.at(0).answers);
        QTest::keyClick(entry, Qt::Key_Escape);
        QTest::keyClicks(entry, QStringLiteral("11111"));
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(stored(surveyId, unit).size(), 18);
        QCOMPARE(stored(surveyId, unit).at(0).answers, after.at(0).answers);
        QCOMPARE(recorded("update"), qMakePair(qint64(1), qint64(1)));
        screenshot(view, QStringLiteral("survey-corrected"));
    }

    // The survey criterion's value in a sheet is a fraction ("134/165") that scores to the points
    // ("16,24"): the exact mean coefficient of the unit's valid questionnaires. The reason stored
    // with the value, shown beside it, says so; the survey screen says how the points come about.
    void surveyPointsSayWhatTheNumbersAre()
    {
        SurveyEntryView view(*m_session);
        view.resize(1060, 680);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString unit = QStringLiteral("STC"); // appraised: the survey writes into it
        QVERIFY(view.selectUnit(unit));
        QTest::mouseClick(view.unitPanel()->writeButton(), Qt::LeftButton);
        // The preview first; Apply writes.
        QVERIFY(view.applyDialog());
        QVERIFY(QTest::qWaitForWindowExposed(view.applyDialog()));
        QTest::mouseClick(view.applyDialog()->applyButton(), Qt::LeftButton);
        QVERIFY(view.messageBar()->isVisible());
        QSqlQuery query(m_session->database().connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT v.value, v.change_reason FROM sheet_values v JOIN score_sheets s ON s.id = v.sheet_id "
            "WHERE s.subject_code = 'STC' AND v.code = '8.1' AND v.stage = 'appraised'")));
        QVERIFY(query.next());
        const QJsonObject value = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        const QString reason = query.value(1).toString();
        const QLocale vi(QLocale::Vietnamese);
        const QString fraction
            = QStringLiteral("%1/%2").arg(vi.toString(value.value(QStringLiteral("done")).toInteger()),
                                          vi.toString(value.value(QStringLiteral("total")).toInteger()));
        const auto points = summary(view.surveyId());
        QVERIFY(points);
        QString shownPoints;
        for (const auto& u : points->units) {
            if (u.unitCode == unit) {
                shownPoints = u.points->toLocaleString(vi, 2);
            }
        }
        QVERIFY(!shownPoints.isEmpty());
        for (const QString& part :
             {fraction, shownPoints, QStringLiteral("20"), QStringLiteral("hệ số bình quân")}) {
            QVERIFY2(reason.contains(part), qPrintable(reason + QStringLiteral(" lacks ") + part));
        }
        // The screen: the points with how they come about.
        const QString count = view.countLabel()->text();
        QVERIFY2(count.contains(QStringLiteral("hệ số bình quân")) && count.contains(shownPoints)
                     && count.contains(QStringLiteral("× 20")),
                 qPrintable(count));
        screenshot(view, QStringLiteral("survey-points-explained"));
    }

    void writesThePointsIntoTheSheets()
    {
        SurveyEntryView view(*m_session);
        view.resize(1060, 680);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString unit = DemoCatalogue::departmentCodes().first();
        QVERIFY(view.selectUnit(unit));
        QTest::keyClicks(view.entryLine(), QStringLiteral("11111"));
        QTest::keyClick(view.entryLine(), Qt::Key_Return);
        QTest::mouseClick(view.unitPanel()->writeButton(), Qt::LeftButton);
        // The preview first; Apply writes.
        QVERIFY(view.applyDialog());
        QVERIFY(QTest::qWaitForWindowExposed(view.applyDialog()));
        QTest::mouseClick(view.applyDialog()->applyButton(), Qt::LeftButton);
        QVERIFY(view.messageBar()->isVisible());
        const QString report = view.messageBar()->text();
        // One line per sheet after the totals, the unit's sheet among them.
        QVERIFY2(report.contains(DemoCatalogue::unitName(unit)), qPrintable(report));
        QVERIFY(report.count(QStringLiteral("• ")) >= DemoCatalogue::departmentCodes().size());
        // The screen still shows the survey and the unit after the other screens were told.
        QCOMPARE(view.unitCode(), unit);
        screenshot(view, QStringLiteral("survey-written"));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSurveyEntry)
#include "TestSurveyEntry.moc"
