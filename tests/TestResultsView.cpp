// danhgia::ui::ResultsView and ChartAdapter on a real database: the example PAR index campaign
// (six departments, tests/data/examples/cchc) stored through the core's stores, ranked and drawn.
// Set DANHGIA_CHART_DIR to a directory to keep a PNG of every chart for a look.

#include <QApplication>

#include "AppSession.h"
#include "ChartAdapter.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "ResultsView.h"
#include "TestSupport.h"
#include "scoring/ScoreSheetReader.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::ui;

namespace {

const QString Actor = QStringLiteral("tester (administrator)");
const QStringList Departments{QStringLiteral("SGDDT"), QStringLiteral("SNV"), QStringLiteral("STC"),
                              QStringLiteral("STNMT"), QStringLiteral("SYT"), QStringLiteral("VPUB")};

ScoreSheet exampleSheet(const QString& subject, const QString& period)
{
    ValidationIssues issues;
    ScoreSheet sheet = ScoreSheetReader::read(
        test::readData(QStringLiteral("examples/cchc/%1.scores.json").arg(subject)), &issues);
    if (ValidationIssue::hasErrors(issues)) {
        qFatal("cannot read the sheet of %s", qPrintable(subject));
    }
    sheet.period = period;
    return sheet;
}

// The expected ranking: subject id -> index, in rank order (tests/data/examples/cchc/expected.json).
QList<QPair<QString, Decimal>> expectedRanking()
{
    const QJsonObject expected
        = QJsonDocument::fromJson(test::readData(QStringLiteral("examples/cchc/expected.json"))).object();
    QList<QPair<QString, Decimal>> ranking;
    QList<QPair<int, QPair<QString, Decimal>>> ranked;
    for (const QJsonValue& value : expected.value(QStringLiteral("results")).toArray()) {
        const QJsonObject result = value.toObject();
        ranked.append({result.value(QStringLiteral("rank")).toInt(),
                       {result.value(QStringLiteral("subject")).toString(),
                        *Decimal::fromDouble(result.value(QStringLiteral("index")).toDouble())}});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& r : ranked) {
        ranking.append(r.second);
    }
    return ranking;
}

} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    AppSession m_session;
    QHash<QString, QString> m_names; // subject id -> name

    void keepChart(QWidget* chart, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DANHGIA_CHART_DIR");
        if (dir.isEmpty()) {
            return;
        }
        QString error;
        QVERIFY2(ChartAdapter::exportPng(chart, QDir(dir).filePath(name), &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QVERIFY(m_dir.isValid());
    }

    // A database of its own for each function: the CCHC 2026 campaign, and the same sheets over two
    // half-years.
    void init()
    {
        m_names.clear();
        QString error;
        QVERIFY2(m_session.openDatabase(
                     m_dir.filePath(QStringLiteral("results-%1.sqlite").arg(++m_databases)), &error, true),
                 qPrintable(error));
        QSqlDatabase& db = m_session.database().connection();
        ValidationIssues issues;
        const auto setRow = CriteriaSetStore::import(
            db, test::readData(QStringLiteral("examples/cchc-so-2026.criteria.json")), Actor, &issues,
            &error);
        QVERIFY2(setRow, qPrintable(error));

        CampaignRecord year;
        year.code = QStringLiteral("CCHC-2026");
        year.title = QStringLiteral("Chỉ số CCHC các sở năm 2026");
        year.kind = QStringLiteral("par_index");
        year.criteriaSetRowId = *setRow;
        year.periods = {QStringLiteral("2026")};
        const auto campaign = CampaignStore::ensure(db, year, Actor, &error);
        QVERIFY2(campaign, qPrintable(error));
        for (const QString& subject : Departments) {
            const ScoreSheet sheet = exampleSheet(subject, QStringLiteral("2026"));
            m_names.insert(subject, sheet.subject.name);
            QVERIFY2(SheetStore::save(db, campaign->id, sheet, Actor, QString(), &error), qPrintable(error));
        }

        // A campaign over two half-years: the same sheets, SNV and STC swapped in the second.
        CampaignRecord halves = year;
        halves.code = QStringLiteral("CCHC-HALVES");
        halves.title = QStringLiteral("Chỉ số CCHC theo 6 tháng");
        halves.periods = {QStringLiteral("6 tháng đầu"), QStringLiteral("6 tháng cuối")};
        const auto second = CampaignStore::ensure(db, halves, Actor, &error);
        QVERIFY2(second, qPrintable(error));
        for (const QString& subject : {QStringLiteral("SNV"), QStringLiteral("STC")}) {
            QVERIFY(SheetStore::save(db, second->id, exampleSheet(subject, halves.periods[0]), Actor, {},
                                     &error));
        }
        ScoreSheet snv = exampleSheet(QStringLiteral("STC"), halves.periods[1]);
        snv.subject = exampleSheet(QStringLiteral("SNV"), {}).subject;
        ScoreSheet stc = exampleSheet(QStringLiteral("SNV"), halves.periods[1]);
        stc.subject = exampleSheet(QStringLiteral("STC"), {}).subject;
        QVERIFY(SheetStore::save(db, second->id, snv, Actor, {}, &error));
        QVERIFY(SheetStore::save(db, second->id, stc, Actor, {}, &error));
    }

    void cleanup()
    {
        DialogService::setResponder({});
        m_session.closeDatabase();
    }

    void listsCampaignsAndFillsTheTable()
    {
        ResultsView view(m_session);
        QCOMPARE(view.campaignCombo()->count(), 2);
        QVERIFY(view.showCampaign(QStringLiteral("CCHC-2026")));
        QCOMPARE(view.campaignCombo()->currentData().toString(), QStringLiteral("CCHC-2026"));
        const auto expected = expectedRanking();
        QTableWidget* table = view.resultsTable();
        QCOMPARE(table->rowCount(), expected.size());
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(table->item(row, 0)->text(), QString::number(row + 1));
            QCOMPARE(table->item(row, 1)->text(), m_names.value(expected[row].first));
            QCOMPARE(table->item(row, 3)->text(), expected[row].second.toLocaleString(QLocale(), 2));
        }
        // Written the Vietnamese way: STNMT 89,40, VPUB 81,96.
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("89,40"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("81,96"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Nhóm B"));
    }

    void rankingChartIsInIndexOrder()
    {
        ResultsView view(m_session);
        QVERIFY(view.showCampaign(QStringLiteral("CCHC-2026")));
        const ChartContent content = ChartAdapter::content(view.chart(ResultsView::Chart::Ranking));
        const auto expected = expectedRanking();
        QCOMPARE(content.series.size(), 1);
        QCOMPARE(content.categories.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(content.categories[i], m_names.value(expected[i].first));
            QCOMPARE(content.series[0].points[i].category, m_names.value(expected[i].first));
            QCOMPARE(content.series[0].points[i].value, expected[i].second);
        }
        QVERIFY(content.title.contains(QStringLiteral("Chỉ số CCHC các sở năm 2026")));
        keepChart(view.chart(ResultsView::Chart::Ranking), QStringLiteral("ranking.png"));
        if (qEnvironmentVariableIsSet("DANHGIA_CHART_DIR")) {
            view.resize(1280, 720);
            view.show();
            QCoreApplication::processEvents();
            QVERIFY(view.grab().save(
                QDir(qEnvironmentVariable("DANHGIA_CHART_DIR")).filePath(QStringLiteral("view.png"))));
        }
    }

    // In a window narrower than a first start, every name of the table is whole (on one line or
    // wrapped, never cut), and every chart title fits its chart (on several lines if need be).
    void namesAndTitlesAreWhole()
    {
        ResultsView view(m_session);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showCampaign(QStringLiteral("CCHC-2026")));
        QCoreApplication::processEvents();
        for (int tab = 0; tab < view.chartTabs()->count(); ++tab) {
            view.chartTabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            QWidget* chart = view.chart(static_cast<ResultsView::Chart>(tab));
            QVERIFY(chart);
            const ChartContent content = ChartAdapter::content(chart);
            QVERIFY2(content.titleWidth < chart->width(),
                     qPrintable(QStringLiteral("%1: %2 pixels in a chart of %3")
                                    .arg(content.title)
                                    .arg(content.titleWidth)
                                    .arg(chart->width())));
        }
        QTableWidget* table = view.resultsTable();
        const QFontMetrics metrics(table->font());
        for (int row = 0; row < table->rowCount(); ++row) {
            for (const int column : {1, 4}) {
                const QString text = table->item(row, column)->text();
                const QRect cell = table->visualRect(table->model()->index(row, column));
                // The room the style leaves around a cell's text, on each side.
                const int margin
                    = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
                const QRect needed = metrics.boundingRect(QRect(0, 0, cell.width() - 2 * margin, 10000),
                                                          Qt::TextWordWrap, text);
                QVERIFY2(needed.width() <= cell.width() - 2 * margin && needed.height() <= cell.height(),
                         qPrintable(QStringLiteral("%1: needs %2 × %3, has %4 × %5")
                                        .arg(text)
                                        .arg(needed.width())
                                        .arg(needed.height())
                                        .arg(cell.width())
                                        .arg(cell.height())));
            }
        }
    }

    void radarHasOneSpokePerField()
    {
        ResultsView view(m_session);
        QVERIFY(view.showCampaign(QStringLiteral("CCHC-2026")));
        const auto& data = *view.data();
        // Fields 1 to 8; the deductions (9, maximum 0) are no field.
        QCOMPARE(data.statistics.fields.size(), 8);
        view.selectSubject(3);
        QCOMPARE(view.resultsTable()->currentRow(), 3);
        const ChartContent content = ChartAdapter::content(view.chart(ResultsView::Chart::Fields));
        QCOMPARE(content.categories, data.fieldLabels());
        QCOMPARE(content.categories.first(),
                 QStringLiteral("1. Công tác chỉ đạo, điều hành cải cách hành chính"));
        QCOMPARE(content.series.size(), 2);
        QCOMPARE(content.series[0].name, data.subjectLabel(3));
        QCOMPARE(content.series[0].points.size(), 8);
        for (int f = 0; f < 8; ++f) {
            QCOMPARE(content.series[0].points[f].value, *data.statistics.subjects[3].fieldIndexes[f]);
            QCOMPARE(content.series[1].points[f].value, *data.statistics.fieldAverages[f]);
        }
        keepChart(view.chart(ResultsView::Chart::Fields), QStringLiteral("fields.png"));
    }

    void gradeDistributionCountsSubjects()
    {
        ResultsView view(m_session);
        QVERIFY(view.showCampaign(QStringLiteral("CCHC-2026")));
        const ChartContent content = ChartAdapter::content(view.chart(ResultsView::Chart::Grades));
        // expected.json: A none, B three (STNMT, VPUB, SYT), C three.
        QCOMPARE(content.categories,
                 (QStringList{QStringLiteral("Nhóm A"), QStringLiteral("Nhóm B"), QStringLiteral("Nhóm C")}));
        QCOMPARE(content.series[0].points[0].value, Decimal());
        QCOMPARE(content.series[0].points[1].value, Decimal::fromInt(3));
        QCOMPARE(content.series[0].points[1].text, QStringLiteral("3 (50%)"));
        keepChart(view.chart(ResultsView::Chart::Grades), QStringLiteral("grades.png"));
    }

    void trendFollowsThePeriods()
    {
        ResultsView view(m_session);
        QVERIFY(view.showCampaign(QStringLiteral("CCHC-HALVES")));
        const auto& data = *view.data();
        QCOMPARE(data.statistics.periods,
                 (QStringList{QStringLiteral("6 tháng đầu"), QStringLiteral("6 tháng cuối")}));
        // SNV took STC's sheet in the second half: 79,24 then 72,82 (SNV over the year: 76,03).
        const int snv = data.statistics.subjects[0].id == QLatin1String("SNV") ? 0 : 1;
        QCOMPARE(data.statistics.subjects[snv].index, Decimal::fromUnits(760300));
        view.selectSubject(snv);
        const ChartContent content = ChartAdapter::content(view.chart(ResultsView::Chart::Trend));
        QCOMPARE(content.categories, data.statistics.periods);
        QCOMPARE(content.series.size(), 2);
        QCOMPARE(content.series[0].points.size(), 2);
        QCOMPARE(content.series[0].points[0].value, Decimal::fromUnits(792400));
        QCOMPARE(content.series[0].points[1].value, Decimal::fromUnits(728200));
        // The average of both departments is the same in both halves.
        QCOMPARE(content.series[1].points[0].value, Decimal::fromUnits(760300));
        QCOMPARE(content.series[1].points[1].value, Decimal::fromUnits(760300));
        keepChart(view.chart(ResultsView::Chart::Trend), QStringLiteral("trend.png"));
        keepChart(view.chart(ResultsView::Chart::Ranking), QStringLiteral("ranking-halves.png"));
    }

    void exportsThePngOfTheCurrentTab()
    {
        ResultsView view(m_session);
        QVERIFY(view.showCampaign(QStringLiteral("CCHC-2026")));
        view.chartTabs()->setCurrentIndex(static_cast<int>(ResultsView::Chart::Fields));
        const QString path = m_dir.filePath(QStringLiteral("radar.png"));
        QString suggested;
        DialogService::setResponder([&](const DialogRequest& request) -> QVariant {
            if (request.kind != DialogRequest::Kind::SaveFile) {
                return {};
            }
            suggested = request.initial;
            return path;
        });
        QVERIFY(view.exportButton()->isEnabled());
        view.exportButton()->click();
        // A Vietnamese name, without diacritics: the chart (its tab), then the campaign.
        QCOMPARE(suggested, QStringLiteral("bieu-do-linh-vuc-CCHC-2026.png"));
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Positive);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QVERIFY(file.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        const QImage image(path);
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    void exportErrorGoesToTheMessageBar()
    {
        ResultsView view(m_session);
        QVERIFY(view.showCampaign(QStringLiteral("CCHC-2026")));
        DialogService::setResponder([&](const DialogRequest&) -> QVariant {
            return m_dir.filePath(QStringLiteral("no-such-dir/chart.png"));
        });
        view.exportCurrentChart();
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no-such-dir/chart.png"))));
    }

    void reloadsWhenTheDataChanges()
    {
        ResultsView view(m_session);
        QVERIFY(view.showCampaign(QStringLiteral("CCHC-HALVES")));
        QCOMPARE(view.resultsTable()->rowCount(), 2);
        QString error;
        const auto campaign
            = CampaignStore::find(m_session.database().connection(), QStringLiteral("CCHC-HALVES"), &error);
        QVERIFY(campaign);
        QVERIFY(SheetStore::save(m_session.database().connection(), campaign->id,
                                 exampleSheet(QStringLiteral("SYT"), QStringLiteral("6 tháng đầu")), Actor,
                                 {}, &error));
        m_session.notifyDataChanged();
        QCOMPARE(view.campaignCombo()->currentData().toString(), QStringLiteral("CCHC-HALVES"));
        QCOMPARE(view.resultsTable()->rowCount(), 3);
    }

    void withoutDatabaseShowsNothing()
    {
        AppSession empty;
        ResultsView view(empty);
        QCOMPARE(view.campaignCombo()->count(), 0);
        QVERIFY(!view.campaignCombo()->isEnabled());
        QVERIFY(!view.chart(ResultsView::Chart::Ranking));
        QVERIFY(!view.exportButton()->isEnabled());
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Information);
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestResultsView)
#include "TestResultsView.moc"
