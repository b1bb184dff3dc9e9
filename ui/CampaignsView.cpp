#include "CampaignsView.h"

#include "DocumentActions.h"

#include "AppSession.h"
#include "CampaignDialog.h"
#include "CampaignParticipantsDialog.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "queries/Listings.h"
#include "queries/SheetQueue.h"
#include "services/CampaignEditor.h"
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

// Each stage's deadline on a line of its own ("Tự đánh giá: 05/02/2026").
QTableWidgetItem* deadlinesItem(const CampaignDeadlines& deadlines)
{
    QStringList lines;
    for (const DeadlineStage stage : CampaignDeadlines::stages()) {
        const QDate date = deadlines.deadline(stage);
        if (date.isValid()) {
            lines.append(CampaignsView::tr("%1: %2").arg(CampaignDeadlines::stageTitle(stage),
                                                         date.toString(QStringLiteral("dd/MM/yyyy"))));
        }
    }
    auto* item = new QTableWidgetItem(lines.join(QLatin1String("; ")));
    item->setToolTip(lines.join(QLatin1Char('\n')));
    return item;
}

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
    auto* setup = new QHBoxLayout;
    m_new = new QPushButton(tr("&New campaign…"), this);
    m_new->setObjectName(QStringLiteral("newCampaignButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editCampaignButton"));
    m_participants = new QPushButton(tr("&Participants and sheets…"), this);
    m_participants->setObjectName(QStringLiteral("campaignParticipantsButton"));
    m_close = new QPushButton(tr("&Close the campaign"), this);
    m_close->setObjectName(QStringLiteral("closeCampaignButton"));
    for (QPushButton* button : {m_new, m_edit, m_participants, m_close}) {
        setup->addWidget(button);
    }
    setup->addStretch(1);
    layout->addLayout(setup);

    const QList<SheetState> states = SheetStates::all();
    m_table = new QTableWidget(0, FirstStateColumn + static_cast<int>(states.size()) + 1, this);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setAccessibleName(tr("Campaigns"));
    // The counts keep narrow columns under titles on two lines: the campaign's title has the room.
    QStringList headers{tr("Code"), tr("Campaign"), tr("Periods"), ViewLook::twoLines(tr("Deadlines")),
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
    connect(m_new, &QPushButton::clicked, this, &CampaignsView::newCampaign);
    connect(m_edit, &QPushButton::clicked, this, &CampaignsView::editCampaign);
    connect(m_participants, &QPushButton::clicked, this, &CampaignsView::openParticipants);
    connect(m_close, &QPushButton::clicked, this, &CampaignsView::closeCampaign);
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
        code->setData(Qt::UserRole + 2, campaign.isClosed());
        auto* title = new QTableWidgetItem(campaign.isClosed() ? tr("%1 (closed)").arg(campaign.title)
                                                               : campaign.title);
        title->setToolTip(campaign.title + QLatin1Char('\n') + approvedBy);
        m_table->setItem(row, TitleColumn, title);
        m_table->setItem(row, PeriodsColumn,
                         new QTableWidgetItem(campaign.periods.join(QLatin1String(", "))));
        m_table->setItem(row, DeadlineColumn, deadlinesItem(campaign.deadlines));
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
    const bool open = row >= 0 && !m_table->item(row, CodeColumn)->data(Qt::UserRole + 2).toBool();
    m_approvers->setEnabled(refused.isEmpty() && row >= 0);
    m_new->setEnabled(refused.isEmpty() && m_session.hasDatabase());
    m_edit->setEnabled(refused.isEmpty() && open);
    m_participants->setEnabled(refused.isEmpty() && open);
    m_close->setEnabled(refused.isEmpty() && open);
    for (QPushButton* button : {m_new, m_edit, m_participants, m_close}) {
        button->setToolTip(refused);
    }
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

QString CampaignsView::selectedCode() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, CodeColumn)->text();
}

void CampaignsView::newCampaign()
{
    openDialog(nullptr);
}

void CampaignsView::editCampaign()
{
    QString error;
    const auto campaign = CampaignStore::find(m_session.database().connection(), selectedCode(), &error);
    if (!campaign) {
        m_messages->showError(error);
        return;
    }
    openDialog(&*campaign);
}

void CampaignsView::openDialog(const CampaignRecord* editing)
{
    if (!m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto sets = Listings::criteriaSets(m_session.database().connection(), &error);
    if (!sets) {
        m_messages->showError(error);
        return;
    }
    delete m_dialog;
    m_dialog = new CampaignDialog(*sets, this);
    if (editing) {
        m_dialog->setCampaign(*editing);
    }
    connect(m_dialog, &CampaignDialog::submitted, this, &CampaignsView::saveDialog);
    m_dialog->open();
}

void CampaignsView::saveDialog()
{
    const CampaignRecord wanted = m_dialog->campaign();
    QString error;
    const auto saved = m_dialog->isEditing()
        ? CampaignEditor::edit(m_session.database(), wanted, m_session.role(), m_session.actor(), &error)
        : CampaignEditor::create(m_session.database(), wanted, m_session.role(), m_session.actor(), &error);
    if (!saved) {
        // The dialog stays open with everything typed, and says what is wrong.
        m_dialog->showProblem(error);
        return;
    }
    const bool created = !m_dialog->isEditing();
    m_dialog->accept();
    m_session.notifyDataChanged();
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, CodeColumn)->text() == saved->code) {
            m_table->selectRow(row);
        }
    }
    m_messages->showMessage(
        created ? tr("The campaign %1 is created: now choose its participants.").arg(saved->code)
                : tr("The campaign %1 is saved.").arg(saved->code),
        MessageBar::Level::Positive);
    if (created) {
        openParticipants();
    }
}

void CampaignsView::openParticipants()
{
    const QString code = selectedCode();
    if (code.isEmpty() || !m_session.hasDatabase()) {
        return;
    }
    delete m_participantsDialog;
    m_participantsDialog = new CampaignParticipantsDialog(m_session, code, this);
    connect(m_participantsDialog, &QDialog::finished, this, &CampaignsView::reload);
    m_participantsDialog->open();
}

void CampaignsView::closeCampaign()
{
    const QString code = selectedCode();
    if (code.isEmpty()) {
        return;
    }
    const auto reason = DialogService::askText(
        this, tr("Close the campaign"),
        tr("Close the campaign %1? Its sheets are kept as they are; it takes no new sheets or participants "
           "and can no longer be edited. Why is it closed?")
            .arg(code),
        QString());
    if (!reason) {
        return;
    }
    QString error;
    if (!CampaignEditor::close(m_session.database(), code, m_session.role(), m_session.actor(), *reason,
                               &error)) {
        m_messages->showError(tr("The campaign could not be closed: %1").arg(error));
        return;
    }
    m_session.notifyDataChanged();
    reload();
    m_messages->showMessage(tr("The campaign %1 is closed.").arg(code), MessageBar::Level::Positive);
}

} // namespace danhgia::ui
