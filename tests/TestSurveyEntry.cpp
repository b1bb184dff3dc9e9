#include <QApplication>

// Survey entry on real widgets and the demo database: ten paper questionnaires typed with the
// keyboard only (digits, 0 or Space for blank, Enter), stored with the right answers; the count
// against the planned sample and the points per unit follow SurveyPointsWriter::summary(); a
// digit beyond the options and an unfinished questionnaire are refused with a message; the
// points are written into the sheets with a report per sheet.

#include "AppSession.h"
#include "DemoCatalogue.h"
#include "DemoDatabase.h"
#include "LeafValueText.h"
#include "MessageBar.h"
#include "SurveyEntryLine.h"
#include "SurveyEntryModel.h"
#include "SurveyEntryView.h"
#include "SurveyListings.h"
#include "SurveyPointsWriter.h"
#include "SurveyUnitPanel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace danhgia;
using namespace danhgia::ui;

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

    void cleanup() { m_session.reset(); }

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

        // Ten questionnaires, keys only; the seventh is all blank (not valid).
        const QStringList typed{QStringLiteral("12341"), QStringLiteral("21120"), QStringLiteral("3 2 4"),
                                QStringLiteral("11111"), QStringLiteral("44332"), QStringLiteral("20101"),
                                QStringLiteral("00 00"), QStringLiteral("12121"), QStringLiteral("33333"),
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
        QVERIFY(!model->index(24, 0).data(SurveyEntryModel::ValidRole).toBool());

        // The count against the planned sample and the points follow the core's summary.
        const auto after = summary(surveyId);
        QVERIFY(after);
        const SurveyPointsWriter::UnitPoints points = unitOf(*after);
        QCOMPARE(points.entered, 28);
        QCOMPARE(points.valid, validBefore + 9);
        QVERIFY(points.belowSample());
        const QLocale vi(QLocale::Vietnamese);
        QVERIFY(view.countLabel()->text().startsWith(
            SurveyEntryView::tr("%1: %2 of %3 planned questionnaires entered, %4 valid")
                .arg(points.unitName, QStringLiteral("28"), QStringLiteral("30"),
                     vi.toString(points.valid))));
        QTableWidget* panel = view.unitPanel()->table();
        const int row = view.unitPanel()->rowOf(unit);
        QVERIFY(row >= 0);
        QCOMPARE(panel->item(row, SurveyUnitPanel::EnteredColumn)->text(), QStringLiteral("28 / 30"));
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
        QVERIFY(view.countLabel()->text().endsWith(panel->item(row, SurveyUnitPanel::PointsColumn)->text()));
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
