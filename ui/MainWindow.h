#pragma once

#include "CriteriaTemplates.h"

#include <QList>
#include <QMainWindow>

class QListWidget;
class QSplitter;

namespace danhgia::ui {

class CriteriaSetView;

// The main window: the built-in criteria set templates on the left, the chosen set on the right.
// It only wires widgets and menus together; each screen is its own widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // The size of a first start, before any geometry is remembered.
    static QSize defaultSize() { return {1200, 760}; }

    QListWidget* templateList() const { return m_templateList; }
    CriteriaSetView* criteriaSetView() const { return m_view; }
    const QList<CriteriaTemplates::Entry>& templates() const { return m_templates; }

public Q_SLOTS:
    // Shows the template at that row of the list.
    void showTemplate(int row);
    // Reads and shows a criteria set file (what File > Open does after its dialog).
    void openCriteriaSetFile(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void chooseCriteriaSetFile();
    void showAbout();
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;

    QList<CriteriaTemplates::Entry> m_templates;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_templateList = nullptr;
    CriteriaSetView* m_view = nullptr;
};

} // namespace danhgia::ui
