#include "ConflictsView.h"

#include "AppSession.h"
#include "MessageBar.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "sync/ConflictResolver.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

enum ConflictFieldColumn
{
    FieldColumn,
    BaseColumn,
    ServerColumn,
    MineColumn,
    ChangedColumn,
    KeepColumn,
    EditedColumn,
    ConflictFieldColumnCount
};

QString conflictsViewTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : ViewLook::noValue();
}

} // namespace

ConflictsView::ConflictsView(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("conflictsSplitter"));
    m_list = new QListWidget(splitter);
    m_list->setWordWrap(true);
    ViewLook::describe(m_list, QStringLiteral("conflictList"), tr("Conflicts"),
                       tr("The rows changed both here and on the provincial server since the last sync"));

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_facts = new QLabel(detail);
    m_facts->setObjectName(QStringLiteral("conflictFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_facts);

    m_fields = new QTableWidget(0, ConflictFieldColumnCount, detail);
    ViewLook::describe(
        m_fields, QStringLiteral("conflictFields"), tr("Fields in conflict"),
        tr("Each field that differs: the version both started from, the server's, yours, and what "
           "to keep"));
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("Base"), tr("Server"), tr("Mine"), tr("Changed by"), tr("Keep"), tr("Typed value")});
    m_fields->verticalHeader()->hide();
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_fields->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Stretch);
    m_fields->setWordWrap(true);
    m_fields->setTextElideMode(Qt::ElideNone);
    detailLayout->addWidget(m_fields, 1);

    auto* buttons = new QHBoxLayout;
    m_keepMine = new QPushButton(tr("Keep mine for all"), detail);
    ViewLook::describe(m_keepMine, QStringLiteral("keepAllMine"), m_keepMine->text(),
                       tr("Keep your value in every field where the rules allow it"));
    m_keepServer = new QPushButton(tr("Keep the server's for all"), detail);
    ViewLook::describe(m_keepServer, QStringLiteral("keepAllServer"), m_keepServer->text(),
                       tr("Keep the server's value in every field"));
    m_resolve = new QPushButton(tr("Resolve"), detail);
    ViewLook::describe(
        m_resolve, QStringLiteral("resolveConflict"), m_resolve->text(),
        tr("Keep the server's version with the fields you chose, as a new change sent at the next "
           "sync"));
    m_resolve->setDefault(true);
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepServer);
    buttons->addStretch(1);
    buttons->addWidget(m_resolve);
    detailLayout->addLayout(buttons);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({ViewLook::textWidth(m_list, 28), ViewLook::textWidth(m_list, 120)});
    layout->addWidget(splitter, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsView::showCurrent);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { keepAll(ConflictKeep::Mine); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { keepAll(ConflictKeep::Server); });
    connect(m_resolve, &QPushButton::clicked, this, &ConflictsView::resolve);
    connect(&m_session, &AppSession::databaseChanged, this, &ConflictsView::reload);
    connect(&m_session, &AppSession::dataChanged, this, &ConflictsView::refreshCount);
    new ViewRefresher(this, m_session, [this] { reload(); });
    reload();
}

void ConflictsView::reload()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->blockSignals(true);
    m_list->clear();
    m_list->blockSignals(false);
    QList<ConflictSummary> conflicts;
    if (m_session.hasDatabase()) {
        QString error;
        const auto list = ConflictInbox::list(m_session.database(), &error);
        if (!list) {
            m_message->showError(error);
        } else {
            conflicts = *list;
        }
    }
    int row = 0;
    for (int i = 0; i < conflicts.size(); ++i) {
        const ConflictSummary& conflict = conflicts.at(i);
        auto* item = new QListWidgetItem(
            tr("%1\n%n field(s) differ — %2", nullptr, conflict.differing)
                .arg(conflict.title,
                     conflict.origin == QLatin1String("push") ? tr("while sending") : tr("while receiving")),
            m_list);
        item->setData(Qt::UserRole, conflict.id);
        row = conflict.id == current ? i : row;
    }
    setCount(static_cast<int>(conflicts.size()));
    if (conflicts.isEmpty()) {
        showCurrent();
    } else {
        m_list->setCurrentRow(row);
    }
}

void ConflictsView::refreshCount()
{
    QString error;
    const auto count = m_session.hasDatabase() ? ConflictInbox::count(m_session.database(), &error) : 0;
    if (count) {
        setCount(*count);
    }
}

void ConflictsView::setCount(int count)
{
    if (m_count != count) {
        m_count = count;
        Q_EMIT countChanged(m_count);
    }
}

void ConflictsView::showCurrent()
{
    m_detail.reset();
    m_fields->setRowCount(0);
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_session.hasDatabase()) {
        m_title->setText(m_count == 0 ? tr("No conflict waits for a decision.") : QString());
        m_facts->clear();
        for (QPushButton* button : {m_keepMine, m_keepServer, m_resolve}) {
            button->setEnabled(false);
        }
        return;
    }
    QString error;
    const auto detail
        = ConflictInbox::load(m_session.database(), item->data(Qt::UserRole).toLongLong(), &error);
    if (!detail) {
        m_message->showError(error);
        return;
    }
    showDetail(*detail);
}

void ConflictsView::showDetail(const ConflictDetail& detail)
{
    m_detail = detail;
    const ConflictResolution::Context context = m_detail->context();
    m_title->setText(tr("Conflict %1: %2").arg(detail.summary.id).arg(detail.summary.title));
    QStringList facts;
    facts << tr("Recorded %1 on %2; the server's version %3, based on version %4.")
                 .arg(detail.summary.origin == QLatin1String("push") ? tr("while sending")
                                                                     : tr("while receiving"),
                      conflictsViewTime(detail.summary.recordedAt))
                 .arg(detail.summary.serverVersion)
                 .arg(detail.baseKnown ? QString::number(detail.baseVersion) : tr("unknown"));
    if (!detail.localActor.isEmpty()) {
        facts << tr("Last changed here by %1 on %2.")
                     .arg(detail.localActor, conflictsViewTime(detail.localChangedAt));
    }
    m_facts->setText(facts.join(QLatin1Char('\n')));
    const QList<ConflictField> fields = ConflictComparison::differing(detail.fields);
    m_fields->setRowCount(static_cast<int>(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ConflictField& field = fields.at(row);
        auto* name = ViewLook::readOnlyItem(ConflictComparison::label(field.path, context.set));
        name->setData(Qt::UserRole, field.path);
        name->setToolTip(field.path);
        m_fields->setItem(row, FieldColumn, name);
        m_fields->setItem(row, BaseColumn,
                          ViewLook::readOnlyItem(field.baseKnown ? ConflictComparison::display(
                                                     field.path, field.base, detail.titles)
                                                                 : tr("unknown")));
        m_fields->setItem(
            row, ServerColumn,
            ViewLook::readOnlyItem(ConflictComparison::display(field.path, field.server, detail.titles)));
        m_fields->setItem(
            row, MineColumn,
            ViewLook::readOnlyItem(ConflictComparison::display(field.path, field.local, detail.titles)));
        QStringList changedBy;
        if (field.changedOnServer()) {
            changedBy << tr("the server");
        }
        if (field.changedHere()) {
            changedBy << tr("this computer");
        }
        m_fields->setItem(row, ChangedColumn,
                          ViewLook::readOnlyItem(changedBy.isEmpty() ? tr("unknown")
                                                                     : changedBy.join(QLatin1String(", "))));
        auto* keep = new QComboBox(m_fields);
        keep->setObjectName(QStringLiteral("keep-%1").arg(field.path));
        keep->setAccessibleName(
            tr("What to keep of %1").arg(ConflictComparison::label(field.path, context.set)));
        for (const ConflictKeep option : {ConflictKeep::Server, ConflictKeep::Mine, ConflictKeep::Edited}) {
            if (ConflictResolution::allows(field, option, context)) {
                keep->addItem(ConflictResolution::keepTitle(option), static_cast<int>(option));
            }
        }
        m_fields->setCellWidget(row, KeepColumn, keep);
        auto* edited
            = new QTableWidgetItem(ConflictComparison::display(field.path, field.local, detail.titles));
        m_fields->setItem(row, EditedColumn, edited);
        connect(keep, &QComboBox::currentIndexChanged, this, [this, row] { updateEditor(row); });
        updateEditor(row);
    }
    m_fields->resizeColumnsToContents();
    m_fields->resizeRowsToContents();
    for (QPushButton* button : {m_keepMine, m_keepServer, m_resolve}) {
        button->setEnabled(true);
    }
}

void ConflictsView::updateEditor(int row)
{
    auto* keep = qobject_cast<QComboBox*>(m_fields->cellWidget(row, KeepColumn));
    QTableWidgetItem* edited = m_fields->item(row, EditedColumn);
    if (!keep || !edited) {
        return;
    }
    const bool typed = keep->currentData().toInt() == static_cast<int>(ConflictKeep::Edited);
    edited->setFlags(typed ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable
                           : Qt::ItemIsSelectable);
}

void ConflictsView::keepAll(ConflictKeep keep)
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_fields->cellWidget(row, KeepColumn));
        const int index = combo ? combo->findData(static_cast<int>(keep)) : -1;
        if (index >= 0) {
            combo->setCurrentIndex(index);
        }
    }
}

void ConflictsView::resolve()
{
    if (!m_detail || !m_session.hasDatabase()) {
        return;
    }
    QList<ConflictChoice> choices;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_fields->cellWidget(row, KeepColumn));
        ConflictChoice choice;
        choice.path = m_fields->item(row, FieldColumn)->data(Qt::UserRole).toString();
        choice.keep = combo ? static_cast<ConflictKeep>(combo->currentData().toInt()) : ConflictKeep::Server;
        choice.edited = m_fields->item(row, EditedColumn)->text().trimmed();
        choices.append(choice);
    }
    QString error;
    const qint64 id = m_detail->summary.id;
    if (!ConflictResolver::resolve(m_session.database(), id, ConflictKeep::Server, choices, m_session.role(),
                                   m_session.actor(), &error)) {
        // The choices stay as they were, for the officer to correct.
        m_message->showError(error);
        return;
    }
    m_message->showInformation(
        tr("Conflict %1 resolved; what you kept will be sent at the next sync.").arg(id));
    m_session.notifyDataChanged(this);
    reload();
}

} // namespace danhgia::ui
