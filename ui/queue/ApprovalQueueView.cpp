#include "ApprovalQueueView.h"

#include "sync/SheetRefusals.h"

#include "AppSession.h"
#include "ApprovalQueueFilter.h"
#include "ApprovalQueueModel.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "SheetHistoryPanel.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "queries/SheetQueue.h"
#include "services/SheetTransitions.h"
#include "workflow/SheetWorkflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace danhgia::ui {

namespace {

// Fills a combo box with "all" and the choices (data: code), keeping the current code.
void refill(QComboBox* combo, const QString& all, const QMap<QString, QString>& choices)
{
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(all, QString());
    for (auto it = choices.constBegin(); it != choices.constEnd(); ++it) {
        combo->addItem(it.value(), it.key());
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

ApprovalQueueView::ApprovalQueueView(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ApprovalQueueModel(this))
    , m_filter(new ApprovalQueueFilter(this))
{
    setObjectName(QStringLiteral("approvalQueueView"));
    m_filter->setQueueModel(m_model);
    m_model->setShortTitles(true); // room for more columns beside the history

    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    layout->addWidget(createFilterBar());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("approvalQueueSplitter"));
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    ViewLook::describe(
        m_table, QStringLiteral("approvalQueueTable"), tr("Sheets waiting for you"),
        tr("Select one or more sheets to approve or return them; double-click or Enter opens a sheet"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApprovalQueueModel::DeadlineColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    ViewLook::useCompactRows(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    m_panel = new SheetHistoryPanel(splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 440});
    layout->addWidget(splitter, 1);
    layout->addWidget(createActionBar());

    connect(m_table, &QTableView::doubleClicked, this, &ApprovalQueueView::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalQueueView::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalQueueView::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ApprovalQueueView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ApprovalQueueView::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ApprovalQueueView::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ApprovalQueueView::updateSummary);
    connect(m_panel, &SheetHistoryPanel::openSheetRequested, this, &ApprovalQueueView::openSheetRequested);
    connect(&m_session, &AppSession::databaseChanged, this, &ApprovalQueueView::reload);
    connect(&m_session, &AppSession::userChanged, this, &ApprovalQueueView::reload);
    connect(&m_session, &AppSession::userChanged, this, &ApprovalQueueView::dropWriteRefusalOnceWritable);
    new ViewRefresher(this, m_session, [this] { reload(); });
    reload();
}

QWidget* ApprovalQueueView::createFilterBar()
{
    // Two rows, so that the screen fits a laptop: what to show, then the search.
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(second);
    const auto addLabelled = [bar, &row](const QString& text, QWidget* widget) {
        auto* label = new QLabel(text, bar);
        label->setBuddy(widget);
        row->addWidget(label);
        row->addWidget(widget);
    };
    m_campaign = new QComboBox(bar);
    ViewLook::describe(m_campaign, QStringLiteral("queueCampaignFilter"), tr("Campaign"),
                       tr("Show the sheets of one campaign only"));
    // Campaign titles are long: the combo shows their start and the whole title as a tooltip.
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(30);
    addLabelled(tr("&Campaign:"), m_campaign);
    m_unit = new QComboBox(bar);
    ViewLook::describe(m_unit, QStringLiteral("queueUnitFilter"), tr("Unit"),
                       tr("Show the sheets of one unit only"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(16);
    addLabelled(tr("&Unit:"), m_unit);
    m_state = new QComboBox(bar);
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumContentsLength(20);
    ViewLook::describe(m_state, QStringLiteral("queueStateFilter"), tr("State"),
                       tr("Show the sheets in one state only, among those waiting for you"));
    addLabelled(tr("S&tate:"), m_state);
    m_overdue = new QCheckBox(tr("&Overdue only"), bar);
    ViewLook::describe(m_overdue, QStringLiteral("queueOverdueFilter"), tr("Overdue only"),
                       tr("Show only the sheets whose campaign deadline has passed"));
    row->addWidget(m_overdue);
    row->addStretch(1);
    row = second;
    m_search = new QLineEdit(bar);
    ViewLook::describe(
        m_search, QStringLiteral("queueSearch"), tr("Search"),
        tr("Search by name, code, unit or campaign; accents may be left out (\"nguyen van\" finds "
           "\"Nguyễn Văn\")"));
    m_search->setPlaceholderText(tr("Search, with or without accents"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    addLabelled(tr("&Search:"), m_search);
    row->setStretchFactor(m_search, 1);

    for (QComboBox* combo : {m_campaign, m_unit, m_state}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ApprovalQueueView::applyFilters);
    }
    connect(m_overdue, &QCheckBox::toggled, this, &ApprovalQueueView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ApprovalQueueView::applyFilters);
    return bar;
}

QWidget* ApprovalQueueView::createActionBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    row->addWidget(m_summary, 1);
    m_return = new QPushButton(WorkflowActions::title(WorkflowAction::Return) + QStringLiteral("…"), bar);
    ViewLook::describe(m_return, QStringLiteral("returnButton"),
                       WorkflowActions::title(WorkflowAction::Return),
                       tr("Send the selected sheets back to draft, with one reason for all of them"));
    m_appraise = new QPushButton(WorkflowActions::title(WorkflowAction::Appraise) + QStringLiteral("…"), bar);
    ViewLook::describe(m_appraise, QStringLiteral("appraiseButton"),
                       WorkflowActions::title(WorkflowAction::Appraise),
                       tr("Record the appraisal of the selected sheets as done"));
    m_appraise->setAutoDefault(false);
    m_approve = new QPushButton(WorkflowActions::title(WorkflowAction::Approve) + QStringLiteral("…"), bar);
    ViewLook::describe(m_approve, QStringLiteral("approveButton"),
                       WorkflowActions::title(WorkflowAction::Approve),
                       tr("Approve the selected sheets, with one comment for all of them"));
    m_approve->setDefault(false);
    m_approve->setAutoDefault(false);
    row->addWidget(m_return);
    row->addWidget(m_appraise);
    row->addWidget(m_approve);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalQueueView::approveSelected);
    connect(m_appraise, &QPushButton::clicked, this, &ApprovalQueueView::appraiseSelected);
    connect(m_return, &QPushButton::clicked, this, &ApprovalQueueView::returnSelected);
    return bar;
}

void ApprovalQueueView::reload()
{
    const QList<qint64> selected = selectedSheetIds();
    const qint64 current = m_panel->sheetId();
    if (!m_session.hasDatabase()) {
        m_model->setItems({});
        rebuildChoices();
        m_panel->clear();
        updateSummary();
        return;
    }
    SheetQueueFilter filter;
    filter.waitingFor = m_session.role();
    QString error;
    auto items = SheetQueue::list(m_session.database().connection(), filter, QDate::currentDate(), &error);
    if (!items) {
        m_messages->showError(tr("The queue cannot be read: %1").arg(error));
        items.emplace();
    }
    m_model->setItems(std::move(*items));
    QHash<qint64, QString> refused;
    if (const auto refusals = SheetRefusals::all(m_session.database(), &error)) {
        for (auto it = refusals->cbegin(); it != refusals->cend(); ++it) {
            refused.insert(it.key(), it.value().message);
        }
    } else {
        m_messages->showError(error);
    }
    m_model->setRefusals(std::move(refused));
    rebuildChoices();
    applyFilters();

    QItemSelection selection;
    for (const qint64 id : selected) {
        const int row = m_model->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            selection.select(index, index.siblingAtColumn(ApprovalQueueModel::ColumnCount - 1));
        }
    }
    const int currentRow = m_model->rowOf(current);
    // The sheet shown before, else the first one: the panel always has something to show.
    const QModelIndex currentIndex
        = currentRow < 0 ? m_filter->index(0, 0) : m_filter->mapFromSource(m_model->index(currentRow, 0));
    if (currentIndex.isValid()) {
        m_table->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    showCurrent();
    m_table->resizeColumnsToContents();
    updateButtons();
}

QList<qint64> ApprovalQueueView::selectedSheetIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex& index : rows) {
        ids.append(index.data(ApprovalQueueModel::SheetIdRole).toLongLong());
    }
    return ids;
}

void ApprovalQueueView::approveSelected()
{
    applyToSelected(WorkflowAction::Approve);
}

void ApprovalQueueView::appraiseSelected()
{
    applyToSelected(WorkflowAction::Appraise);
}

void ApprovalQueueView::returnSelected()
{
    applyToSelected(WorkflowAction::Return);
}

QList<const SheetQueueItem*> ApprovalQueueView::selectedItems() const
{
    QList<const SheetQueueItem*> items;
    for (const qint64 id : selectedSheetIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            items.append(&m_model->item(row));
        }
    }
    return items;
}

QList<ApprovalPolicy> ApprovalQueueView::policiesShown() const
{
    QList<ApprovalPolicy> policies;
    for (const SheetQueueItem& item : m_model->items()) {
        if (!policies.contains(item.policy)) {
            policies.append(item.policy);
        }
    }
    return policies;
}

void ApprovalQueueView::applyToSelected(WorkflowAction action)
{
    const QList<qint64> ids = selectedSheetIds();
    if (ids.isEmpty() || !m_session.hasDatabase()) {
        return;
    }
    // Said before the comment is typed: the core would refuse every sheet for the same reason.
    if (const QString refusal = m_session.writeRefusal(); !refusal.isEmpty()) {
        m_messages->showError(refusal);
        m_shownWriteRefusal = refusal;
        return;
    }
    const int count = static_cast<int>(ids.size());
    const bool returning = action == WorkflowAction::Return;
    // Labels first: the list is read again once the first sheet changes.
    const QSet<qint64> chosen(ids.begin(), ids.end());
    QHash<qint64, QString> labels;
    QStringList named;
    for (const SheetQueueItem& item : m_model->items()) {
        if (chosen.contains(item.sheetId)) {
            const QString name = item.subjectName.isEmpty() ? item.subjectCode : item.subjectName;
            const QString label = item.period.isEmpty() ? name : tr("%1, period %2").arg(name, item.period);
            labels.insert(item.sheetId, label);
            named.append(QStringLiteral("• ") + label);
        }
    }
    // The confirmation names the sheets (the first ten, and how many more).
    constexpr int Listed = 10;
    QStringList listed = named.mid(0, Listed);
    if (named.size() > Listed) {
        listed.append(tr("… and %n more", nullptr, static_cast<int>(named.size()) - Listed));
    }
    const QString which = listed.join(QLatin1Char('\n'));
    std::optional<QString> comment;
    if (returning) {
        comment = DialogService::askText(
            this, tr("Return %n sheet(s)", nullptr, count),
            tr("Return to draft:\n%1\n\nWhy are the sheets returned? The reason is kept "
               "in the audit trail and shown to the assessed person or unit.")
                .arg(which));
    } else if (action == WorkflowAction::Approve) {
        comment = DialogService::askText(
            this, tr("Approve %n sheet(s)", nullptr, count),
            tr("Approve the appraised result of:\n%1\n\nOnce approved, the scores can "
               "no longer change unless a sheet is reopened. Comment for the audit "
               "trail (may be left empty):")
                .arg(which),
            QString(), false);
    } else if (DialogService::ask(this, tr("Appraise %n sheet(s)", nullptr, count),
                                  tr("Record the appraisal as done for:\n%1").arg(which))) {
        comment = QString();
    }
    if (!comment) {
        return;
    }
    int done = 0;
    QStringList refusals;
    for (const qint64 id : ids) {
        QString error;
        if (SheetTransitions::apply(m_session.database(), id, action, m_session.role(), m_session.actor(),
                                    *comment, &error)) {
            ++done;
        } else {
            refusals.append(QStringLiteral("• %1: %2").arg(labels.value(id), error));
        }
    }
    if (done > 0) {
        m_session.notifyDataChanged();
    }
    if (refusals.isEmpty()) {
        m_messages->showMessage(returning ? tr("%n sheet(s) returned.", nullptr, done)
                                    : action == WorkflowAction::Approve
                                    ? tr("%n sheet(s) approved.", nullptr, done)
                                    : tr("%n sheet(s) appraised.", nullptr, done),
                                MessageBar::Level::Positive);
        return;
    }
    m_messages->showMessage(tr("%1 of %n sheet(s) done; refused:", nullptr, count).arg(done)
                                + QLatin1Char('\n') + refusals.join(QLatin1Char('\n')),
                            done > 0 ? MessageBar::Level::Warning : MessageBar::Level::Error);
}

void ApprovalQueueView::dropWriteRefusalOnceWritable()
{
    // The refusal said why nothing could change (the account's offline use ended); once signed in
    // again it no longer holds, and a red bar left standing would say the opposite of the status bar.
    if (!m_shownWriteRefusal.isEmpty() && m_session.writeRefusal().isEmpty()) {
        if (m_messages->text() == m_shownWriteRefusal) {
            m_messages->clearMessage();
        }
        m_shownWriteRefusal.clear();
    }
}

void ApprovalQueueView::rebuildChoices()
{
    QMap<QString, QString> campaigns;
    QMap<QString, QString> units;
    for (const SheetQueueItem& item : m_model->items()) {
        campaigns.insert(item.campaignCode,
                         QStringLiteral("%1 — %2").arg(item.campaignCode, item.campaignTitle));
        if (!item.unitCode.isEmpty()) {
            units.insert(item.unitCode, item.unitName);
        }
    }
    refill(m_campaign, tr("All campaigns"), campaigns);
    refill(m_unit, tr("All units"), units);

    const QSignalBlocker blocker(m_state);
    const QVariant current = m_state->currentData();
    m_state->clear();
    m_state->addItem(tr("All waiting states"), -1);
    QList<ApprovalPolicy> policies = policiesShown();
    if (policies.isEmpty()) {
        policies.append(ApprovalPolicy());
    }
    for (const SheetState state : SheetStates::all()) {
        for (const ApprovalPolicy& policy : policies) {
            if (SheetQueue::waitsFor(state, m_session.role(), policy)) {
                m_state->addItem(SheetStates::title(state), static_cast<int>(state));
                break;
            }
        }
    }
    m_state->setCurrentIndex(std::max(0, m_state->findData(current)));
}

void ApprovalQueueView::applyFilters()
{
    m_filter->setCampaign(m_campaign->currentData().toString());
    m_filter->setUnit(m_unit->currentData().toString());
    const int state = m_state->currentData().toInt();
    m_filter->setState(state < 0 ? std::nullopt : std::optional<SheetState>(static_cast<SheetState>(state)));
    m_filter->setOverdueOnly(m_overdue->isChecked());
    m_filter->setSearch(m_search->text());
    updateSummary();
}

void ApprovalQueueView::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_session.hasDatabase()) {
        m_panel->clear();
        return;
    }
    m_panel->showSheet(m_session.database().connection(),
                       current.data(ApprovalQueueModel::SheetIdRole).toLongLong());
}

void ApprovalQueueView::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const QString role = Roles::title(m_session.role());
    const QString who
        = m_session.userName().isEmpty() ? role : QStringLiteral("%1, %2").arg(m_session.userName(), role);
    if (!m_session.hasDatabase()) {
        m_summary->setText(tr("No database is open."));
    } else if (shown == total) {
        m_summary->setText(tr("%n sheet(s) waiting for %1", nullptr, total).arg(who));
    } else {
        m_summary->setText(tr("%1 of %n sheet(s) waiting for %2 shown", nullptr, total).arg(shown).arg(who));
    }
    updateButtons();
}

void ApprovalQueueView::updateButtons()
{
    updateButton(m_return, WorkflowAction::Return,
                 tr("Send the selected sheets back to draft, with one reason for all of them"));
    updateButton(m_appraise, WorkflowAction::Appraise,
                 tr("Record the appraisal of the selected sheets as done"));
    updateButton(m_approve, WorkflowAction::Approve,
                 tr("Approve the selected sheets, with one comment for all of them"));
}

void ApprovalQueueView::updateButton(QPushButton* button, WorkflowAction action, const QString& tip)
{
    // Shown only to a role that may take the action in a campaign of the list; enabled when it
    // may take it on every selected sheet now, else the tooltip says why not.
    const Role role = m_session.role();
    QList<ApprovalPolicy> policies = policiesShown();
    if (policies.isEmpty()) {
        policies.append(ApprovalPolicy());
    }
    bool mayEver = false;
    for (const ApprovalPolicy& policy : policies) {
        mayEver = mayEver || SheetWorkflow::rolesFor(policy, action).contains(role);
    }
    button->setVisible(mayEver);
    const QList<const SheetQueueItem*> selected
        = m_session.hasDatabase() ? selectedItems() : QList<const SheetQueueItem*>();
    if (selected.isEmpty()) {
        button->setEnabled(false);
        button->setToolTip(tr("%1 — select one or more sheets first").arg(tip));
        return;
    }
    TransitionContext context;
    context.reason = QStringLiteral("-"); // asked when the button is pressed
    for (const SheetQueueItem* item : selected) {
        const TransitionCheck check = SheetWorkflow::check(item->policy, item->state, action, role, context);
        if (!check.allowed) {
            const QString name = item->subjectName.isEmpty() ? item->subjectCode : item->subjectName;
            button->setEnabled(false);
            button->setToolTip(tr("%1: %2").arg(name, check.message));
            return;
        }
    }
    button->setEnabled(true);
    button->setToolTip(tip);
}

void ApprovalQueueView::openCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid()) {
        Q_EMIT openSheetRequested(current.data(ApprovalQueueModel::SheetIdRole).toLongLong());
    }
}

bool ApprovalQueueView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace danhgia::ui
