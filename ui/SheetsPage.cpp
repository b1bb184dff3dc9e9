#include "SheetsPage.h"

#include "DocumentActions.h"

#include "AppSession.h"
#include "ApprovalQueueFilter.h"
#include "ApprovalQueueModel.h"
#include "MessageBar.h"
#include "ScoreSheetForm.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "queries/Listings.h"
#include "queries/SheetQueue.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace danhgia::ui {

SheetsPage::SheetsPage(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_messages = new MessageBar(left);
    m_campaign = new QComboBox(left);
    m_campaign->setObjectName(QStringLiteral("sheetsCampaignCombo"));
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setToolTip(tr("The campaign whose sheets are listed"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(20);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("sheetsSearch"));
    m_search->setPlaceholderText(tr("Search by name or code, with or without diacritics"));
    m_search->setAccessibleName(tr("Search the sheets"));
    m_search->setClearButtonEnabled(true);

    m_model = new ApprovalQueueModel(this);
    m_filter = new ApprovalQueueFilter(this);
    m_filter->setQueueModel(m_model);
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("sheetList"));
    m_list->setAccessibleName(tr("Score sheets"));
    m_list->setModel(m_filter);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list for the next area of the screen; the arrow keys move in it.
    m_list->setTabKeyNavigation(false);
    m_list->setSortingEnabled(true);
    m_list->verticalHeader()->hide();
    // A narrow list: short titles, names elided in the middle (the given name stays), the
    // whole name and code as the tooltip.
    m_model->setShortTitles(true);
    ViewLook::useCompactRows(m_list, 1, Qt::ElideMiddle);
    for (int column = 0; column < ApprovalQueueModel::ColumnCount; ++column) {
        const bool shown = column == ApprovalQueueModel::SubjectNameColumn
            || column == ApprovalQueueModel::PeriodColumn || column == ApprovalQueueModel::StateColumn;
        m_list->setColumnHidden(column, !shown);
    }
    QHeaderView* header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApprovalQueueModel::SubjectNameColumn, QHeaderView::Stretch);
    leftLayout->addWidget(m_messages);
    leftLayout->addWidget(m_campaign);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    // Printing the selected sheet: the sheet itself, or the minutes of its appraisal.
    auto* printBar = new QHBoxLayout;
    auto* printSheet = new QPushButton(tr("Print &sheet…"), left);
    printSheet->setObjectName(QStringLiteral("printSheetButton"));
    printSheet->setToolTip(tr("Preview, print or save the selected score sheet as a form to sign"));
    auto* printMinutes = new QPushButton(tr("Appraisal &minutes…"), left);
    printMinutes->setObjectName(QStringLiteral("printAppraisalButton"));
    printMinutes->setToolTip(tr("Preview, print or save the minutes of the appraisal of the selected unit"));
    printBar->addWidget(printSheet);
    printBar->addWidget(printMinutes);
    printBar->addStretch();
    leftLayout->addLayout(printBar);
    // The campaign's appraisal council, and the minutes of every unit it appraised: one button
    // with a menu, so that the list keeps its width.
    auto* councilBar = new QHBoxLayout;
    auto* councilButton = new QPushButton(tr("Appraisal &council"), left);
    councilButton->setObjectName(QStringLiteral("appraisalCouncilMenuButton"));
    councilButton->setToolTip(
        tr("The appraisal council of the campaign, and the minutes of every appraised unit"));
    auto* councilMenu = new QMenu(councilButton);
    QAction* council = councilMenu->addAction(tr("Appraisal council…"));
    council->setObjectName(QStringLiteral("appraisalCouncilAction"));
    council->setToolTip(
        tr("The appraisal council of the campaign: founding decision, members present, quorum, "
           "conclusion"));
    QAction* printAll = councilMenu->addAction(tr("Print the minutes of every appraised unit…"));
    printAll->setObjectName(QStringLiteral("printAllAppraisalAction"));
    printAll->setToolTip(
        tr("Print the appraisal minutes of every appraised unit of the campaign to PDF files"));
    councilButton->setMenu(councilMenu);
    councilBar->addWidget(councilButton);
    councilBar->addStretch();
    leftLayout->addLayout(councilBar);
    const auto chosenCampaign = [this] {
        const QString code = m_campaign->currentData().toString();
        if (code.isEmpty()) {
            m_messages->showError(tr("Choose a campaign in the list above first."));
        }
        return code;
    };
    connect(council, &QAction::triggered, this, [this, chosenCampaign] {
        const QString code = chosenCampaign();
        if (!code.isEmpty()) {
            DocumentActions::editAppraisalCouncil(this, m_session, code);
        }
    });
    connect(printAll, &QAction::triggered, this, [this, chosenCampaign] {
        const QString code = chosenCampaign();
        if (!code.isEmpty()) {
            DocumentActions::printCampaignAppraisalMinutes(this, m_session, code);
        }
    });
    const auto selectedSheet
        = [this] { return m_list->currentIndex().data(ApprovalQueueModel::SheetIdRole).toLongLong(); };
    connect(printSheet, &QPushButton::clicked, this, [this, selectedSheet] {
        if (selectedSheet() > 0) {
            DocumentActions::printSheet(this, m_session, selectedSheet());
        }
    });
    connect(printMinutes, &QPushButton::clicked, this, [this, selectedSheet] {
        if (selectedSheet() > 0) {
            DocumentActions::printAppraisalMinutes(this, m_session, selectedSheet());
        }
    });

    m_form = new ScoreSheetForm(m_session, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("sheetsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ViewLook::textWidth(m_list, 54), ViewLook::textWidth(m_list, 130)});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    // The screen's keys start in the list of sheets.
    setFocusProxy(m_list);

    connect(m_campaign, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCampaign(m_campaign->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ApprovalQueueFilter::setSearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SheetsPage::openCurrent);
    connect(m_form, &ScoreSheetForm::stateChanged, this, &SheetsPage::reload);
    connect(&m_session, &AppSession::databaseChanged, this, &SheetsPage::reload);
    new ViewRefresher(this, m_session, [this] { reload(); });
    reload();
}

void SheetsPage::reload()
{
    const QString campaign = m_campaign->currentData().toString();
    const qint64 current = m_list->currentIndex().data(ApprovalQueueModel::SheetIdRole).toLongLong();
    m_messages->clearMessage();
    {
        const QSignalBlocker blocker(m_campaign);
        m_campaign->clear();
        m_campaign->addItem(tr("All campaigns"), QString());
    }
    if (!m_session.hasDatabase()) {
        m_model->setItems({});
        return;
    }
    QString error;
    const auto campaigns = Listings::campaigns(m_session.database().connection(), &error);
    const auto sheets = SheetQueue::list(m_session.database().connection(), {}, QDate::currentDate(), &error);
    if (!campaigns || !sheets) {
        m_messages->showError(error);
        return;
    }
    {
        const QSignalBlocker blocker(m_campaign);
        for (const CampaignRecord& record : *campaigns) {
            m_campaign->addItem(record.title, record.code);
            m_campaign->setItemData(m_campaign->count() - 1, record.title, Qt::ToolTipRole);
        }
        m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(campaign)));
    }
    m_filter->setCampaign(m_campaign->currentData().toString());
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_model->setItems(*sheets);
        const int row = m_model->rowOf(current);
        if (row >= 0) {
            m_list->setCurrentIndex(
                m_filter->mapFromSource(m_model->index(row, ApprovalQueueModel::SubjectNameColumn)));
        }
    }
    // Something to work on from the start: the first sheet of the list.
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0) {
        m_list->setCurrentIndex(m_filter->index(0, ApprovalQueueModel::SubjectNameColumn));
    }
}

void SheetsPage::showCampaign(const QString& campaignCode)
{
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(campaignCode)));
    if (m_filter->rowCount() > 0 && !m_list->currentIndex().isValid()) {
        m_list->setCurrentIndex(m_filter->index(0, ApprovalQueueModel::SubjectNameColumn));
    }
}

bool SheetsPage::openSheet(qint64 sheetId)
{
    int row = m_model->rowOf(sheetId);
    if (row < 0) {
        reload();
        row = m_model->rowOf(sheetId);
    }
    if (row >= 0) {
        QModelIndex index
            = m_filter->mapFromSource(m_model->index(row, ApprovalQueueModel::SubjectNameColumn));
        if (!index.isValid()) {
            // Hidden by the filter: show every campaign and no search.
            m_search->clear();
            m_campaign->setCurrentIndex(0);
            index = m_filter->mapFromSource(m_model->index(row, ApprovalQueueModel::SubjectNameColumn));
        }
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(index);
    }
    return m_form->openSheet(sheetId);
}

void SheetsPage::openCurrent()
{
    const qint64 sheetId = m_list->currentIndex().data(ApprovalQueueModel::SheetIdRole).toLongLong();
    if (sheetId > 0) {
        m_form->openSheet(sheetId);
    }
}

} // namespace danhgia::ui
