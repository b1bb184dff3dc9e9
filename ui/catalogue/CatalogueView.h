#pragma once

#include "ImportPreviewDialog.h"
#include "services/ImportPlan.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace danhgia::ui {

class AppSession;
class CriteriaSetView;
class CriteriaSetsPage;
class MessageBar;

// The catalogues of the database: the units as a tree (by parent unit), the people (searched
// without minding accents, listed the Vietnamese way), and the stored criteria set versions,
// on the Criteria sets page (CriteriaSetsPage). Lists of units and people are imported from CSV or Excel
// files: the plan is shown in an ImportPreviewDialog and written only when the user confirms it.
class CatalogueView : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        Units,
        People,
        CriteriaSets,
    };

    enum PeopleColumn
    {
        CodeColumn,
        NameColumn,
        PositionColumn,
        UnitColumn,
        TaskGroupColumn,
        LeaderColumn,
        PeopleColumnCount,
    };

    explicit CatalogueView(AppSession& session, QWidget* parent = nullptr);

    // Reads the three lists again from the database.
    void reload();
    // Asks for a file (DialogService::openFile), reads and plans it, and opens the preview.
    void importUnits();
    void importPeople();
    // Reads and plans a file, and opens the preview (returned; null when the file cannot be
    // read, with the reason in the message bar). Accepting it writes the plan.
    ImportPreviewDialog* previewImport(ImportPlan::Subject subject, const QString& path);

    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* unitTree() const { return m_units; }
    QLineEdit* peopleSearch() const { return m_search; }
    QTableWidget* peopleTable() const { return m_people; }
    QListWidget* criteriaSetList() const;
    CriteriaSetView* criteriaSetView() const;
    CriteriaSetsPage* criteriaSetsPage() const { return m_setsPage; }
    QPushButton* importUnitsButton() const { return m_importUnits; }
    QPushButton* importPeopleButton() const { return m_importPeople; }
    MessageBar* messageBar() const { return m_messages; }
    // The preview open now, if any.
    ImportPreviewDialog* importPreview() const { return m_preview; }
    // The kind of a unit as people read it ("department" -> "Sở, ban, ngành").
    static QString kindTitle(const QString& kind);

private:
    void loadUnits();
    void loadPeople();
    void importFile(ImportPlan::Subject subject);
    void applyPlan(const ImportPlan& plan);

    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_units = nullptr;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_people = nullptr;
    CriteriaSetsPage* m_setsPage = nullptr;
    QPushButton* m_importUnits = nullptr;
    QPushButton* m_importPeople = nullptr;
    QPointer<ImportPreviewDialog> m_preview;
};

} // namespace danhgia::ui
