#pragma once

#include "ResultsChartData.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace danhgia::ui {

class AppSession;
class MessageBar;

// The results of a campaign: a table (rank, subject, total, index, grade) beside four charts in
// tabs: the ranking of the subjects by index, the selected subject's field indexes against the
// province average (radar), the distribution of grades and the selected subject's index over the
// periods. The charts come from ChartAdapter; the current one can be exported as a PNG image.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart
    {
        Ranking,
        Fields,
        Grades,
        Trend,
    };

    explicit ResultsView(AppSession& session, QWidget* parent = nullptr);

    // Lists the campaigns of the database again and shows the one chosen before (or the first).
    void reload();
    // Shows a campaign by code; false (with the reason in the message bar) when it cannot.
    bool showCampaign(const QString& code);
    // Shows the radar and the trend of a subject (a row of the table).
    void selectSubject(int subject);
    // Asks where to save the chart of the current tab and writes it.
    void exportCurrentChart();

    const std::optional<ResultsChartData>& data() const { return m_data; }
    QWidget* chart(Chart chart) const;
    QComboBox* campaignCombo() const { return m_campaigns; }
    QTableWidget* resultsTable() const { return m_table; }
    QTabWidget* chartTabs() const { return m_tabs; }
    QPushButton* exportButton() const { return m_export; }
    MessageBar* messageBar() const { return m_messages; }

private:
    void clearResults();
    void fillTable();
    void setChart(Chart chart, QWidget* widget);
    void updateSubjectCharts();
    QString chartFileName(Chart chart) const;

    AppSession& m_session;
    std::optional<ResultsChartData> m_data;
    int m_subject = -1;
    MessageBar* m_messages = nullptr;
    QComboBox* m_campaigns = nullptr;
    QTableWidget* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<QWidget*> m_pages; // one per Chart
    QList<QPointer<QWidget>> m_charts; // the chart on each page, null while there is none
    QPushButton* m_export = nullptr;
    QPushButton* m_report = nullptr;
    QPushButton* m_decision = nullptr;
};

} // namespace danhgia::ui
