#include "SyncLogPanel.h"

#include "AppSession.h"
#include "sync/SyncLogStore.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace danhgia::ui {

namespace {

enum Column
{
    Time,
    Outcome,
    Sent,
    Applied,
    Received,
    Refused,
    Conflicts,
    ColumnCount,
};

QString outcome(const SyncLogStore::Run& run)
{
    if (run.completed) {
        return run.refused + run.conflicts > 0 ? SyncLogPanel::tr("Finished, with changes to look at")
                                               : SyncLogPanel::tr("Finished");
    }
    if (run.cancelled) {
        return SyncLogPanel::tr("Stopped");
    }
    return SyncLogPanel::tr("Did not finish: %1").arg(run.error);
}

} // namespace

SyncLogPanel::SyncLogPanel(AppSession& session, QWidget* parent)
    : QDockWidget(tr("Sync log"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("syncLogDock"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("syncLog"));
    m_tree->setAccessibleName(tr("Sync log"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Time"), tr("Outcome"), tr("Sent"), tr("Applied"), tr("Received"),
                             tr("Refused"), tr("Conflicts")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Outcome, QHeaderView::Stretch);
    setWidget(m_tree);

    connect(&m_session, &AppSession::databaseChanged, this, &SyncLogPanel::reload);
    reload();
}

void SyncLogPanel::reload()
{
    m_tree->clear();
    if (!m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto runs = SyncLogStore::latest(m_session.database(), Shown, &error);
    if (!runs) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(Outcome, error);
        return;
    }
    for (const SyncLogStore::Run& run : *runs) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(Time, run.startedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
        item->setText(Outcome, outcome(run));
        item->setToolTip(Outcome, run.error.isEmpty() ? outcome(run) : run.error);
        const int counts[] = {run.sent, run.applied, run.received, run.refused, run.conflicts};
        for (int column = Sent; column < ColumnCount; ++column) {
            item->setText(column, QString::number(counts[column - Sent]));
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (!run.completed && !run.cancelled) {
            item->setForeground(Outcome, QColor(0xa5, 0x28, 0x1b));
        }
        for (const SyncLogStore::Refusal& refusal : run.refusals) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(Time, refusal.row);
            child->setText(Outcome, tr("Refused: %1").arg(refusal.message));
            child->setToolTip(Time, refusal.row);
            child->setToolTip(Outcome, refusal.message);
            child->setForeground(Outcome, QColor(0xa5, 0x28, 0x1b));
        }
        item->setExpanded(!run.refusals.isEmpty());
    }
}

QSize SyncLogPanel::sizeHint() const
{
    return {QDockWidget::sizeHint().width(), fontMetrics().lineSpacing() * 11};
}

} // namespace danhgia::ui
