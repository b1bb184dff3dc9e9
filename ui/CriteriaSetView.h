#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/CriteriaTemplates.h"
#include "criteria/ValidationIssue.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QTreeView;

namespace danhgia::ui {

class CriteriaTreeModel;

// Shows one criteria set: a header with its facts (kind, decimals, maximum, leaves, evidence,
// grades, quota), the tree of criteria, and the problems found when it was read.
class CriteriaSetView : public QWidget
{
    Q_OBJECT

public:
    explicit CriteriaSetView(QWidget* parent = nullptr);

    // Shows a set with its problems; source is the file (or ":/criteria/..." template) it came from.
    void showLoaded(const CriteriaTemplates::Loaded& loaded);
    // Reads a criteria set file and shows it, or shows why it cannot be read. Returns true when
    // the set is usable (no errors).
    bool openFile(const QString& path);
    void clear();

    const CriteriaSet& criteriaSet() const { return m_loaded.set; }
    const ValidationIssues& issues() const { return m_loaded.issues; }
    const QString& source() const { return m_loaded.source; }
    // "no problems", "2 errors, 1 warning": for a status bar.
    QString problemSummary() const;

    CriteriaTreeModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    QListWidget* issueList() const { return m_issueList; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* issueHeading() const { return m_issueHeading; }

    static QString kindTitle(const QString& kind);

Q_SIGNALS:
    void shown();

private:
    QLabel* addFact(QGridLayout* grid, int row, int column, const QString& name, int span = 1);
    void updateHeader();
    void updateTree();
    void updateIssues();
    QString gradesText() const;
    QString quotaText() const;

    CriteriaTemplates::Loaded m_loaded;
    CriteriaTreeModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_id = nullptr;
    QLabel* m_totalMax = nullptr;
    QLabel* m_decimals = nullptr;
    QLabel* m_leaves = nullptr;
    QLabel* m_evidence = nullptr;
    QLabel* m_grades = nullptr;
    QLabel* m_quota = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_issueHeading = nullptr;
    QListWidget* m_issueList = nullptr;
};

} // namespace danhgia::ui
