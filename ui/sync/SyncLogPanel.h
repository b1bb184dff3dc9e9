#pragma once

#include <QDockWidget>

class QTreeWidget;

namespace danhgia::ui {

class AppSession;

// The sync log ("Nhật ký đồng bộ"), a panel at the bottom of the main window: each sync, the newest
// first, with its time, what it sent, what the server applied, what was received, refused and in
// conflict, or why it did not finish; under a sync, each refused change with the row it names and
// the server's reason. Read from the database (SyncLogStore), so it survives a restart.
class SyncLogPanel : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int Shown = 200;

    explicit SyncLogPanel(AppSession& session, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    // About ten lines high when first shown: the screen above keeps most of the window.
    QSize sizeHint() const override;

public Q_SLOTS:
    void reload();

private:
    AppSession& m_session;
    QTreeWidget* m_tree = nullptr;
};

} // namespace danhgia::ui
