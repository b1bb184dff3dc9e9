#include "SyncStatusBar.h"

#include "AppSession.h"
#include "SyncController.h"
#include "sync/SyncStatusReader.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace danhgia::ui {

SyncStatusBar::SyncStatusBar(AppSession& session, SyncController& controller, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_controller(controller)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("syncBusy"));
    m_busy->setRange(0, 0); // busy: how long a sync takes is not known beforehand
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Synchronising"));
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("syncProgress"));
    m_reach = new QLabel(this);
    m_reach->setObjectName(QStringLiteral("syncReach"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("syncLastTime"));
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("syncWaiting"));
    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_conflicts->setStyleSheet(QStringLiteral("color: #a5281b; font-weight: bold"));
    for (QWidget* part : {static_cast<QWidget*>(m_busy), static_cast<QWidget*>(m_progressText),
                          static_cast<QWidget*>(m_conflicts), static_cast<QWidget*>(m_waiting),
                          static_cast<QWidget*>(m_lastSync), static_cast<QWidget*>(m_reach)}) {
        layout->addWidget(part);
    }

    connect(&m_controller, &SyncController::stateChanged, this, &SyncStatusBar::refresh);
    connect(&m_controller, &SyncController::progress, this, &SyncStatusBar::showProgress);
    connect(&m_session, &AppSession::databaseChanged, this, &SyncStatusBar::refresh);
    connect(&m_session, &AppSession::dataChanged, this, &SyncStatusBar::refresh);
    refresh();
}

void SyncStatusBar::showProgress(int sent, int received)
{
    m_progressText->setText(tr("Sent %1, received %2").arg(sent).arg(received));
    refresh(); // what still waits, after each batch the server answered
}

void SyncStatusBar::refresh()
{
    const bool running = m_controller.isRunning();
    m_busy->setVisible(running);
    m_progressText->setVisible(running);
    if (running && m_progressText->text().isEmpty()) {
        showProgress(0, 0);
    } else if (!running) {
        m_progressText->clear();
    }

    std::optional<SyncStatusReader::Status> status;
    QString error;
    if (m_session.hasDatabase()) {
        status = SyncStatusReader::read(m_session.database(), &error);
    }
    // A database linked to the server (its account), or one that synchronised before the link was
    // kept: the single-machine label is the main window's (next to this one), not repeated here.
    const bool linked = status
        && (m_session.account() || status->lastSync.isValid() || m_controller.hasConnection()
            || m_controller.reach() != SyncController::Reach::Unknown);
    switch (m_controller.reach()) {
        case SyncController::Reach::Online:
            m_reach->setText(tr("Online"));
            m_reach->setToolTip(tr("The provincial server answered the last request."));
            break;
        case SyncController::Reach::Offline:
            m_reach->setText(tr("Offline"));
            m_reach->setToolTip(tr("The provincial server did not answer the last request; the changes "
                                   "are kept here and sent at the next sync."));
            break;
        case SyncController::Reach::Unknown:
            m_reach->setText(tr("Not connected yet"));
            m_reach->setToolTip(tr("No request to the provincial server since the program started."));
            break;
    }
    m_reach->setVisible(linked);
    m_lastSync->setVisible(linked);
    m_waiting->setVisible(linked);
    m_conflicts->setVisible(linked && status && status->conflicts > 0);
    if (!status) {
        m_lastSync->setText(error);
        return;
    }
    if (status->lastSync.isValid()) {
        const QDateTime local = status->lastSync.toLocalTime();
        m_lastSync->setText(
            local.date() == QDate::currentDate()
                ? tr("Synchronised at %1").arg(local.toString(QStringLiteral("HH:mm")))
                : tr("Synchronised at %1").arg(local.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
    } else {
        m_lastSync->setText(tr("Never synchronised"));
    }
    m_waiting->setText(tr("%n waiting to be sent", nullptr, status->waiting));
    m_conflicts->setText(tr("%n conflicts", nullptr, status->conflicts));
}

QString SyncStatusBar::reachText() const
{
    return m_reach->text();
}

QString SyncStatusBar::lastSyncText() const
{
    return m_lastSync->isVisibleTo(this) ? m_lastSync->text() : QString();
}

QString SyncStatusBar::waitingText() const
{
    return m_waiting->isVisibleTo(this) ? m_waiting->text() : QString();
}

QString SyncStatusBar::conflictsText() const
{
    return m_conflicts->isVisibleTo(this) ? m_conflicts->text() : QString();
}

QString SyncStatusBar::progressText() const
{
    return m_progressText->text();
}

bool SyncStatusBar::isBusy() const
{
    return m_busy->isVisibleTo(this);
}

} // namespace danhgia::ui
