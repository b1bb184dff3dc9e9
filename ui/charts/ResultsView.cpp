#include "ResultsView.h"

#include "DocumentActions.h"

#include "AppSession.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "queries/Listings.h"
#include "text/VietnameseText.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

constexpr int ChartCount = 4;

enum Column
{
    RankColumn,
    SubjectColumn,
    TotalColumn,
    IndexColumn,
    GradeColumn,
    ColumnCount,
};

int position(ResultsView::Chart chart)
{
    return static_cast<int>(chart);
}

} // namespace

ResultsView::ResultsView(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("resultsView"));
    auto* layout = new QVBoxLayout(this);

    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Campaign:"), this);
    m_campaigns = new QComboBox(this);
    m_campaigns->setObjectName(QStringLiteral("campaignCombo"));
    m_campaigns->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaigns->setMinimumContentsLength(30);
    m_campaigns->setAccessibleName(tr("Campaign"));
    m_campaigns->setToolTip(tr("The campaign whose results are shown"));
    label->setBuddy(m_campaigns);
    m_export = new QPushButton(tr("&Export chart as PNG…"), this);
    m_export->setObjectName(QStringLiteral("exportChartButton"));
    m_export->setToolTip(tr("Save the chart of the current tab as a PNG image"));
    top->addWidget(label);
    top->addWidget(m_campaigns, 1);
    top->addStretch();
    top->addWidget(m_export);
    m_report = new QPushButton(tr("&Report…"), this);
    m_report->setObjectName(QStringLiteral("printReportButton"));
    m_report->setToolTip(tr("Preview, print or save the report of the campaign's results"));
    m_decision = new QPushButton(tr("Draft &decision…"), this);
    m_decision->setObjectName(QStringLiteral("printDecisionButton"));
    m_decision->setToolTip(tr("Preview, print or save the draft decision recognising the results"));
    top->addWidget(m_report);
    top->addWidget(m_decision);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setHorizontalHeaderLabels({tr("Rank"), tr("Subject"), tr("Total"), tr("Index"), tr("Grade")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Names and grade titles are never cut: the names are as wide as the longest, the grade titles
    // take the rest and wrap onto a second line when they must (unlike the compact rows of other
    // lists: here the whole name is the point of the table).
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumWidth(ViewLook::textWidth(m_table, 48));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GradeColumn, QHeaderView::Stretch);
    splitter->addWidget(m_table);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setAccessibleName(tr("Charts"));
    const QStringList titles{tr("Ranking"), tr("Fields"), tr("Grades"), tr("Trend")};
    const QStringList tips{tr("The subjects ranked by index"),
                           tr("The field indexes of the selected subject against the province average"),
                           tr("How many subjects have each grade"),
                           tr("The index of the selected subject in each period, with the province average")};
    for (int i = 0; i < ChartCount; ++i) {
        auto* page = new QWidget(m_tabs);
        page->setObjectName(QStringLiteral("chartPage%1").arg(i));
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, titles.at(i));
        m_tabs->setTabToolTip(i, tips.at(i));
        m_pages.append(page);
        m_charts.append(nullptr);
    }
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // The table wide enough for names and grade titles on one line, the charts the rest.
    splitter->setSizes({ViewLook::textWidth(m_table, 88), ViewLook::textWidth(m_table, 92)});
    layout->addWidget(splitter, 1);

    connect(m_campaigns, &QComboBox::activated, this,
            [this](int index) { showCampaign(m_campaigns->itemData(index).toString()); });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { selectSubject(row); });
    connect(m_export, &QPushButton::clicked, this, &ResultsView::exportCurrentChart);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (m_data) {
            DocumentActions::printReport(this, m_session, m_data->campaignCode);
        }
    });
    connect(m_decision, &QPushButton::clicked, this, [this] {
        if (m_data) {
            DocumentActions::printDecision(this, m_session, m_data->campaignCode);
        }
    });
    connect(&m_session, &AppSession::databaseChanged, this, &ResultsView::reload);
    new ViewRefresher(this, m_session, [this] { reload(); });

    reload();
}

QWidget* ResultsView::chart(Chart chart) const
{
    return m_charts.at(position(chart)).data();
}

void ResultsView::reload()
{
    const QString current = m_data ? m_data->campaignCode : m_campaigns->currentData().toString();
    m_campaigns->clear();
    m_messages->clearMessage();
    if (!m_session.hasDatabase()) {
        clearResults();
        m_campaigns->setEnabled(false);
        m_messages->showInformation(tr("Open a database to see the results of its campaigns."));
        return;
    }
    QString error;
    const auto campaigns = Listings::campaigns(m_session.database().connection(), &error);
    if (!campaigns) {
        clearResults();
        m_messages->showError(error);
        return;
    }
    for (const CampaignRecord& campaign : *campaigns) {
        m_campaigns->addItem(tr("%1 — %2").arg(campaign.code, campaign.title), campaign.code);
    }
    m_campaigns->setEnabled(!campaigns->isEmpty());
    if (campaigns->isEmpty()) {
        clearResults();
        m_messages->showInformation(tr("There are no campaigns in this database yet."));
        return;
    }
    const int index = std::max(0, m_campaigns->findData(current));
    m_campaigns->setCurrentIndex(index);
    showCampaign(m_campaigns->itemData(index).toString());
}

bool ResultsView::showCampaign(const QString& code)
{
    m_messages->clearMessage();
    const int index = m_campaigns->findData(code);
    if (index >= 0) {
        m_campaigns->setCurrentIndex(index);
    }
    if (!m_session.hasDatabase()) {
        clearResults();
        return false;
    }
    QString error;
    auto data = ResultsChartData::load(m_session.database().connection(), code, &error);
    if (!data) {
        clearResults();
        m_messages->showError(tr("The results of %1 cannot be computed: %2").arg(code, error));
        return false;
    }
    m_data = std::move(*data);
    m_subject = -1;
    fillTable();
    if (m_data->isEmpty()) {
        for (int i = 0; i < ChartCount; ++i) {
            setChart(static_cast<Chart>(i), nullptr);
        }
        m_messages->showInformation(tr("The campaign %1 has no score sheets yet.").arg(code));
        return true;
    }
    const Decimal maximum = ResultsChartData::indexMaximum();
    setChart(Chart::Ranking,
             ChartAdapter::ranking(
                 m_data->ranking(),
                 {tr("Ranking by index: %1").arg(m_data->campaignTitle), tr("Subject"), tr("Index")},
                 maximum));
    setChart(Chart::Grades,
             ChartAdapter::distribution(
                 m_data->grades(),
                 {tr("Distribution of grades: %1").arg(m_data->campaignTitle), QString(), QString()}));
    selectSubject(0);
    return true;
}

void ResultsView::selectSubject(int subject)
{
    if (!m_data || subject < 0 || subject >= m_data->statistics.subjects.size()) {
        return;
    }
    if (m_table->currentRow() != subject) {
        m_table->selectRow(subject);
    }
    if (subject == m_subject && chart(Chart::Fields)) {
        return;
    }
    m_subject = subject;
    updateSubjectCharts();
}

void ResultsView::updateSubjectCharts()
{
    const Decimal maximum = ResultsChartData::indexMaximum();
    const QString name = m_subject >= 0 ? m_data->subjectLabel(m_subject) : QString();
    const QString fieldsTitle = name.isEmpty() ? tr("Field indexes: province average")
                                               : tr("Field indexes: %1 and the province average").arg(name);
    setChart(Chart::Fields,
             ChartAdapter::radar(m_data->fieldLabels(), m_data->fields(m_subject),
                                 {fieldsTitle, tr("Field"), tr("Index")}, maximum));
    const QString trendTitle = name.isEmpty() ? tr("Index by period: province average")
                                              : tr("Index by period: %1 and the province average").arg(name);
    setChart(Chart::Trend,
             ChartAdapter::trend(m_data->trend(m_subject), m_data->periodLabels(),
                                 {trendTitle, tr("Period"), tr("Index")}, maximum));
}

void ResultsView::fillTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    if (!m_data) {
        return;
    }
    const QLocale locale;
    const int decimals = m_data->statistics.decimals;
    const auto& subjects = m_data->statistics.subjects;
    m_table->setRowCount(static_cast<int>(subjects.size()));
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < subjects.size(); ++row) {
        const auto& s = subjects.at(row);
        m_table->setItem(row, RankColumn, ViewLook::readOnlyItem(locale.toString(s.rank), number));
        auto* subject = ViewLook::readOnlyItem(m_data->subjectLabel(row));
        const QString named = tr("%1 (%2)").arg(m_data->subjectLabel(row), s.id);
        subject->setToolTip(s.complete ? named : tr("%1: some criteria have no value yet").arg(named));
        m_table->setItem(row, SubjectColumn, subject);
        m_table->setItem(row, TotalColumn,
                         ViewLook::readOnlyItem(s.total.toLocaleString(locale, decimals), number));
        m_table->setItem(row, IndexColumn,
                         ViewLook::readOnlyItem(s.index.toLocaleString(locale, decimals), number));
        m_table->setItem(row, GradeColumn, ViewLook::readOnlyItem(m_data->gradeLabel(s.grade)));
    }
}

void ResultsView::clearResults()
{
    m_data.reset();
    m_subject = -1;
    fillTable();
    for (int i = 0; i < ChartCount; ++i) {
        setChart(static_cast<Chart>(i), nullptr);
    }
}

void ResultsView::setChart(Chart chart, QWidget* widget)
{
    QWidget* page = m_pages.at(position(chart));
    // The chart or the placeholder shown before.
    while (QLayoutItem* old = page->layout()->takeAt(0)) {
        if (old->widget()) {
            old->widget()->hide();
            old->widget()->deleteLater();
        }
        delete old;
    }
    m_charts[position(chart)] = widget;
    QWidget* shown = widget;
    if (widget) {
        // A chart larger than its tab (a ranking of 40 people) scrolls inside it: the window keeps
        // the size the user gave it.
        auto* scroll = new QScrollArea(page);
        scroll->setObjectName(QStringLiteral("chartScroll%1").arg(position(chart)));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        widget->setObjectName(QStringLiteral("chart%1").arg(position(chart)));
        scroll->setWidget(widget);
        shown = scroll;
    } else {
        auto* placeholder = new QLabel(tr("No results to show."), page);
        placeholder->setObjectName(QStringLiteral("noChartLabel"));
        placeholder->setAlignment(Qt::AlignCenter);
        shown = placeholder;
    }
    page->layout()->addWidget(shown);
    shown->show();
    m_export->setEnabled(m_data && !m_data->isEmpty());
    m_report->setEnabled(m_data && !m_data->isEmpty());
    m_decision->setEnabled(m_data && !m_data->isEmpty());
}

QString ResultsView::chartFileName(Chart chart) const
{
    // In the user's language, without diacritics ("bieu-do-xep-hang-CCHC-2026.png"); the campaign
    // code as it is written, with only the characters a file name may have.
    QString campaign = m_data ? m_data->campaignCode : QString();
    for (QChar& c : campaign) {
        if (c.unicode() > 0x7f || (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))) {
            c = QLatin1Char('_');
        }
    }
    const QString name
        = VietnameseText::fileNameSlug(tr("Chart %1", "file name of an exported chart: the chart's tab")
                                           .arg(m_tabs->tabText(position(chart))));
    return (campaign.isEmpty() ? name : name + QLatin1Char('-') + campaign) + QStringLiteral(".png");
}

void ResultsView::exportCurrentChart()
{
    const auto current = static_cast<Chart>(m_tabs->currentIndex());
    QWidget* widget = chart(current);
    if (!widget) {
        m_messages->showError(tr("There is no chart to export."));
        return;
    }
    const QString path
        = DialogService::saveFile(this, tr("Export chart"), chartFileName(current), tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!ChartAdapter::exportPng(widget, path, &error)) {
        m_messages->showError(error);
        return;
    }
    m_messages->showMessage(tr("The chart was saved to %1.").arg(QDir::toNativeSeparators(path)),
                            MessageBar::Level::Positive);
}

} // namespace danhgia::ui
