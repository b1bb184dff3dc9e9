#include "CampaignsView.h"

#include "DocumentActions.h"

#include "AppSession.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "queries/Listings.h"
#include "queries/SheetQueue.h"
#include "stores/CampaignStore.h"
#include "workflow/RecordPermissions.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

enum Column
{
    CodeColumn,
    TitleColumn,
    PeriodsColumn,
    DeadlineColumn,
    SheetsColumn,
    FirstStateColumn,
};

} // namespace

CampaignsView::CampaignsView(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto* top = new QHBoxLayout;
    auto* hint = new QLabel(tr("Double-click a campaign to see its score sheets."), this);
    hint->setWordWrap(true);
    top->addWidget(hint, 1);
    auto* exportSheets = new QPushButton(tr("Export sheets to &PDF…"), this);
    exportSheets->setObjectName(QStringLiteral("exportSheetsButton"));
    exportSheets->setToolTip(
        tr("Write every score sheet of the selected campaign as a PDF file, in a folder"));
    top->addWidget(exportSheets);
    m_approvers = new QPushButton(tr("&Who approves…"), this);
    m_approvers->setObjectName(QStringLiteral("campaignApproversButton"));
    top->addWidget(m_approvers);
    layout->addLayout(top);

    const QList<SheetState> states = SheetStates::all();
    m_table = new QTableWidget(0, FirstStateColumn + static_cast<int>(states.size()) + 1, this);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setAccessibleName(tr("Campaigns"));
    // The counts keep narrow columns under titles on two lines: the campaign's title has the room.
    QStringList headers{tr("Code"), tr("Campaign"), tr("Periods"), ViewLook::twoLines(tr("Deadline")),
                        ViewLook::twoLines(tr("Sheets"), 0)};
    for (const SheetState state : states) {
        headers.append(ViewLook::twoLines(SheetStates::title(state), 0));
    }
    headers.append(ViewLook::twoLines(tr("Overdue"), 0));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    ViewLook::useCompactRows(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { Q_EMIT campaignActivated(m_table->item(row, CodeColumn)->text()); });
    connect(exportSheets, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0) {
            m_messages->showInformation(tr("Select a campaign first."));
            return;
        }
        DocumentActions::exportCampaignSheets(this, m_session, m_table->item(row, CodeColumn)->text());
    });
    connect(m_approvers, &QPushButton::clicked, this, &CampaignsView::chooseApprovers);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CampaignsView::updateApproversButton);
    connect(&m_session, &AppSession::userChanged, this, &CampaignsView::updateApproversButton);
    connect(&m_session, &AppSession::databaseChanged, this, &CampaignsView::reload);
    new ViewRefresher(this, m_session, [this] { reload(); });
    reload();
}

void CampaignsView::reload()
{
    m_table->setRowCount(0);
    m_messages->clearMessage();
    if (!m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto campaigns = Listings::campaigns(m_session.database().connection(), &error);
    const QDate today = QDate::currentDate();
    const auto sheets
        = campaigns ? SheetQueue::list(m_session.database().connection(), {}, today, &error) : std::nullopt;
    if (!campaigns || !sheets) {
        m_messages->showError(error);
        return;
    }
    const QList<SheetState> states = SheetStates::all();
    const QLocale locale;
    for (const CampaignRecord& campaign : *campaigns) {
        QList<int> counts(states.size(), 0);
        int total = 0;
        int overdue = 0;
        for (const SheetQueueItem& item : *sheets) {
            if (item.campaignCode != campaign.code) {
                continue;
            }
            ++total;
            ++counts[states.indexOf(item.state)];
            overdue += item.overdue ? 1 : 0;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString approvedBy = tr("Approved by: %1").arg(campaign.policy().titles());
        auto* code = new QTableWidgetItem(campaign.code);
        code->setToolTip(approvedBy);
        code->setData(Qt::UserRole, campaign.approvers);
        code->setData(Qt::UserRole + 1, campaign.kind);
        m_table->setItem(row, CodeColumn, code);
        auto* title = new QTableWidgetItem(campaign.title);
        title->setToolTip(campaign.title + QLatin1Char('\n') + approvedBy);
        m_table->setItem(row, TitleColumn, title);
        m_table->setItem(row, PeriodsColumn,
                         new QTableWidgetItem(campaign.periods.join(QLatin1String(", "))));
        // The self-assessment deadline, the first of the campaign's.
        const QDate deadline = campaign.deadlines.selfAssessment;
        m_table->setItem(row, DeadlineColumn,
                         new QTableWidgetItem(deadline.isValid()
                                                  ? deadline.toString(QStringLiteral("dd/MM/yyyy"))
                                                  : QString()));
        const auto number = [&locale](int value) {
            auto* item = new QTableWidgetItem(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, SheetsColumn, number(total));
        for (int s = 0; s < states.size(); ++s) {
            m_table->setItem(row, FirstStateColumn + s, number(counts.at(s)));
        }
        QTableWidgetItem* late = number(overdue);
        if (overdue > 0) {
            late->setForeground(QColor(0xb0, 0x2a, 0x1e));
            late->setToolTip(tr("Sheets still open after the campaign's deadline"));
        }
        m_table->setItem(row, FirstStateColumn + static_cast<int>(states.size()), late);
    }
    updateApproversButton();
}

void CampaignsView::updateApproversButton()
{
    // Only who sets up campaigns names their approvers; the others see why not.
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, m_session.role());
    const int row = m_table->currentRow();
    m_approvers->setEnabled(refused.isEmpty() && row >= 0);
    if (!refused.isEmpty()) {
        m_approvers->setToolTip(refused);
    } else if (row < 0) {
        m_approvers->setToolTip(tr("Select a campaign first, then choose who approves its score sheets"));
    } else {
        m_approvers->setToolTip(
            tr("Choose who approves the score sheets of %1; now: %2")
                .arg(m_table->item(row, CodeColumn)->text(), m_table->item(row, CodeColumn)->toolTip()));
    }
}

void CampaignsView::chooseApprovers()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_session.hasDatabase()) {
        return;
    }
    const QString code = m_table->item(row, CodeColumn)->text();
    const QString kind = m_table->item(row, CodeColumn)->data(Qt::UserRole + 1).toString();
    const QString stored = m_table->item(row, CodeColumn)->data(Qt::UserRole).toString();
    // The kind's default first, then each approving role the rules name (rules.md, section 2).
    const QList<QList<Role>> options{
        {}, {Role::UnitHead}, {Role::CouncilChair}, {Role::CouncilChair, Role::Administrator}};
    QStringList choices;
    int current = 0;
    for (int i = 0; i < options.size(); ++i) {
        if (options.at(i).isEmpty()) {
            choices.append(
                tr("As the kind of campaign says: %1").arg(ApprovalPolicy::forKind(kind).titles()));
        } else {
            const ApprovalPolicy policy(options.at(i));
            choices.append(policy.titles());
            if (policy.toText() == stored) {
                current = i;
            }
        }
    }
    const auto chosen = DialogService::choose(
        this, tr("Who approves"), tr("Who approves the score sheets of the campaign %1?").arg(code), choices,
        current);
    if (!chosen) {
        return;
    }
    QString error;
    if (!CampaignStore::setApprovers(m_session.database(), code, options.at(*chosen), m_session.role(),
                                     m_session.actor(), &error)) {
        m_messages->showError(tr("Who approves could not be changed: %1").arg(error));
        return;
    }
    m_session.notifyDataChanged();
    m_messages->showMessage(
        tr("The score sheets of %1 are now approved by: %2.").arg(code, choices.at(*chosen)),
        MessageBar::Level::Positive);
}

} // namespace danhgia::ui
