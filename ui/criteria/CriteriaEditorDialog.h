#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/ValidationIssue.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace danhgia::ui {

class AppSession;
class CriteriaDetailsPanel;
class CriteriaTreeModel;
class MessageBar;

// The editor of a draft criteria set version: its tree (a criterion added under or after the
// chosen one, removed, moved up or down), the fields of the chosen criterion (CriteriaDetailsPanel),
// every edit a command on an undo stack (Ctrl+Z, Ctrl+Y), the problems of the validator listed
// live, and "Save draft", which stores the set through services/CriteriaSetEditor and keeps it
// editable. The tree itself is changed by the core (criteria/CriteriaDraft).
class CriteriaEditorDialog : public QDialog
{
    Q_OBJECT

public:
    CriteriaEditorDialog(AppSession& session, qint64 rowId, const CriteriaSet& set,
                         QWidget* parent = nullptr);
    // The undo stack (a child) is cleared when the widget part is destroyed: it must not call
    // back into the dialog then.
    ~CriteriaEditorDialog() override;

    // Shows a state of the draft with a criterion chosen (the undo commands call it).
    void showDraft(const CriteriaSet& set, int selected);
    // The criterion chosen (its index in the set's nodes), -1 when none.
    int selectedNode() const;
    void selectNode(int node);

    // The edits of the tree, on the criterion chosen (each one command on the stack).
    void addChild();
    void addSibling();
    void removeSelected();
    void moveUp();
    void moveDown();
    // Stores the draft; false (with the reason shown) when refused.
    bool save();

    const CriteriaSet& criteriaSet() const { return m_set; }
    const ValidationIssues& issues() const { return m_issues; }
    QUndoStack* undoStack() const { return m_undo; }
    QTreeView* treeView() const { return m_tree; }
    CriteriaDetailsPanel* details() const { return m_details; }
    QListWidget* problemList() const { return m_problems; }
    MessageBar* messageBar() const { return m_messages; }
    QPushButton* saveButton() const { return m_save; }

Q_SIGNALS:
    void saved(qint64 rowId);

protected:
    void done(int result) override;

private:
    void push(const QString& text, const CriteriaSet& after, int selectedAfter);
    void applyFields(int node, const Criterion& fields, const QString& what);
    void updateProblems();
    void updateButtons();
    QPushButton* addButton(const QString& text, const QString& name, const QString& tip);

    AppSession& m_session;
    qint64 m_rowId;
    CriteriaSet m_set;
    ValidationIssues m_issues;
    QUndoStack* m_undo = nullptr;
    CriteriaTreeModel* m_model = nullptr;
    MessageBar* m_messages = nullptr;
    QTreeView* m_tree = nullptr;
    CriteriaDetailsPanel* m_details = nullptr;
    QLabel* m_problemHeading = nullptr;
    QListWidget* m_problems = nullptr;
    QWidget* m_toolbar = nullptr;
    QPushButton* m_addChild = nullptr;
    QPushButton* m_addSibling = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_redoButton = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace danhgia::ui
