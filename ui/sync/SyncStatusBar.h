#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace danhgia::ui {

class AppSession;
class SyncController;

// The sync's part of the status bar: online or offline (the last request's outcome), when the last
// sync ended ("Synchronised at 14:32"), how many changes wait to be sent, the conflicts to decide,
// and a busy bar with the changes sent and received while a sync runs. A database never
// synchronised and not signed in says that it works on this computer only.
class SyncStatusBar : public QWidget
{
    Q_OBJECT

public:
    SyncStatusBar(AppSession& session, SyncController& controller, QWidget* parent = nullptr);

    QString reachText() const;
    QString lastSyncText() const;
    QString waitingText() const;
    QString conflictsText() const;
    QString progressText() const;
    bool isBusy() const;

public Q_SLOTS:
    void refresh();

private:
    void showProgress(int sent, int received);

    AppSession& m_session;
    SyncController& m_controller;
    QLabel* m_reach = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_waiting = nullptr;
    QLabel* m_conflicts = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace danhgia::ui
