#include "CriteriaEditorDialog.h"

#include "AppSession.h"
#include "CriteriaDetailsPanel.h"
#include "CriteriaEditCommand.h"
#include "CriteriaTreeModel.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "ViewLook.h"
#include "criteria/CriteriaDraft.h"
#include "criteria/CriteriaSetVersions.h"
#include "services/CriteriaSetEditor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace danhgia::ui {

CriteriaEditorDialog::CriteriaEditorDialog(AppSession& session, qint64 rowId, const CriteriaSet& set,
                                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_rowId(rowId)
    , m_undo(new QUndoStack(this))
    , m_model(new CriteriaTreeModel(this))
{
    setObjectName(QStringLiteral("criteriaEditor"));
    setWindowTitle(tr("Edit the draft %1, version %2").arg(set.id).arg(set.version));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    m_toolbar = new QWidget(this);
    auto* tools = new QHBoxLayout(m_toolbar);
    tools->setContentsMargins(0, 0, 0, 0);
    m_addChild = addButton(tr("Add &under"), QStringLiteral("addChildButton"),
                           tr("A new criterion under the chosen one (which becomes a group)"));
    m_addSibling = addButton(tr("Add &after"), QStringLiteral("addSiblingButton"),
                             tr("A new criterion after the chosen one, at the same level"));
    m_remove = addButton(tr("&Remove"), QStringLiteral("removeCriterionButton"),
                         tr("Remove the chosen criterion with everything under it"));
    m_up = addButton(tr("Move u&p"), QStringLiteral("moveUpButton"), tr("Move the chosen criterion up"));
    m_down
        = addButton(tr("Move do&wn"), QStringLiteral("moveDownButton"), tr("Move the chosen criterion down"));
    tools->addStretch();
    m_undoButton = addButton(tr("&Undo"), QStringLiteral("undoButton"), tr("Undo the last edit (Ctrl+Z)"));
    m_redoButton = addButton(tr("Re&do"), QStringLiteral("redoButton"), tr("Redo the edit undone (Ctrl+Y)"));
    layout->addWidget(m_toolbar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("editorTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    // Codes and maximums as wide as their values, the method and the evidence at a fixed width
    // (their text is elided, the tooltip and the details panel show it whole): the titles get the
    // room left.
    QHeaderView* header = m_tree->header();
    header->setSectionResizeMode(CriteriaTreeModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CriteriaTreeModel::MaxColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CriteriaTreeModel::TitleColumn, QHeaderView::Stretch);
    for (const int column : {CriteriaTreeModel::MethodColumn, CriteriaTreeModel::EvidenceColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, ViewLook::textWidth(m_tree, 18));
    }
    m_details = new CriteriaDetailsPanel(splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 440});
    layout->addWidget(splitter, 1);

    m_problemHeading = new QLabel(this);
    m_problemHeading->setObjectName(QStringLiteral("editorProblemHeading"));
    layout->addWidget(m_problemHeading);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("editorProblems"));
    m_problems->setAccessibleName(tr("Problems of the draft"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 7);
    layout->addWidget(m_problems);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save draft"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    // Enter in a field ends its edit; it never presses a button of the dialog (closing it).
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    layout->addWidget(buttons);

    auto* undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    auto* redoAction = m_undo->createRedoAction(this);
    // Ctrl+Y as Windows users know it, and the platform's own redo keys, each once (a key listed
    // twice would make the shortcut ambiguous).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key)) {
            redoKeys.append(key);
        }
    }
    redoAction->setShortcuts(redoKeys);
    addAction(undoAction);
    addAction(redoAction);

    connect(m_addChild, &QPushButton::clicked, this, &CriteriaEditorDialog::addChild);
    connect(m_addSibling, &QPushButton::clicked, this, &CriteriaEditorDialog::addSibling);
    connect(m_remove, &QPushButton::clicked, this, &CriteriaEditorDialog::removeSelected);
    connect(m_up, &QPushButton::clicked, this, &CriteriaEditorDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &CriteriaEditorDialog::moveDown);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &CriteriaEditorDialog::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &CriteriaEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_details, &CriteriaDetailsPanel::edited, this, &CriteriaEditorDialog::applyFields);

    showDraft(set, set.nodeCount() > 0 ? 0 : -1);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int node = selectedNode();
        m_details->showCriterion(node >= 0 ? &m_set.node(node) : nullptr, node);
        updateButtons();
    });
    resize(1180, 680);
}

CriteriaEditorDialog::~CriteriaEditorDialog()
{
    disconnect(m_undo, nullptr, this, nullptr);
}

QPushButton* CriteriaEditorDialog::addButton(const QString& text, const QString& name, const QString& tip)
{
    auto* button = new QPushButton(text, m_toolbar);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAutoDefault(false);
    m_toolbar->layout()->addWidget(button);
    return button;
}

void CriteriaEditorDialog::showDraft(const CriteriaSet& set, int selected)
{
    m_set = set;
    m_model->setCriteriaSet(m_set);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(CriteriaTreeModel::CodeColumn);
    selectNode(selected);
    m_details->showCriterion(selected >= 0 && selected < m_set.nodeCount() ? &m_set.node(selected) : nullptr,
                             selected);
    updateProblems();
    updateButtons();
}

int CriteriaEditorDialog::selectedNode() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(CriteriaTreeModel::NodeIndexRole).toInt() : -1;
}

void CriteriaEditorDialog::selectNode(int node)
{
    const QModelIndex index = m_model->indexOfNode(node);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
    } else {
        m_tree->setCurrentIndex({});
    }
}

void CriteriaEditorDialog::push(const QString& text, const CriteriaSet& after, int selectedAfter)
{
    m_messages->clearMessage();
    m_undo->push(new CriteriaEditCommand(this, text, m_set, selectedNode(), after, selectedAfter));
}

void CriteriaEditorDialog::addChild()
{
    CriteriaDraft draft(m_set);
    const int added = draft.addChild(selectedNode());
    push(tr("add %1").arg(draft.set().node(added).code), draft.set(), added);
}

void CriteriaEditorDialog::addSibling()
{
    const int node = selectedNode();
    if (node < 0) {
        addChild();
        return;
    }
    CriteriaDraft draft(m_set);
    const int added = draft.addSibling(node);
    push(tr("add %1").arg(draft.set().node(added).code), draft.set(), added);
}

void CriteriaEditorDialog::removeSelected()
{
    const int node = selectedNode();
    if (node < 0) {
        return;
    }
    const QString code = m_set.node(node).code;
    CriteriaDraft draft(m_set);
    const int next = draft.remove(node);
    push(tr("remove %1").arg(code), draft.set(), next);
}

void CriteriaEditorDialog::moveUp()
{
    const int node = selectedNode();
    CriteriaDraft draft(m_set);
    const int moved = node < 0 ? -1 : draft.moveUp(node);
    if (moved >= 0) {
        push(tr("move %1 up").arg(m_set.node(node).code), draft.set(), moved);
    }
}

void CriteriaEditorDialog::moveDown()
{
    const int node = selectedNode();
    CriteriaDraft draft(m_set);
    const int moved = node < 0 ? -1 : draft.moveDown(node);
    if (moved >= 0) {
        push(tr("move %1 down").arg(m_set.node(node).code), draft.set(), moved);
    }
}

void CriteriaEditorDialog::applyFields(int node, const Criterion& fields, const QString& what)
{
    if (node < 0 || node >= m_set.nodeCount()) {
        return;
    }
    CriteriaDraft draft(m_set);
    draft.setFields(node, fields);
    m_messages->clearMessage();
    m_undo->push(
        new CriteriaEditCommand(this, tr("change the %1").arg(what), m_set, node, draft.set(), node));
}

void CriteriaEditorDialog::updateProblems()
{
    m_issues = CriteriaSetVersions::check(m_set);
    m_problems->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int errors = 0;
    for (const auto& issue : std::as_const(m_issues)) {
        errors += issue.isError() ? 1 : 0;
        auto* item
            = new QListWidgetItem(issue.isError() ? errorIcon : warningIcon, issue.toText(), m_problems);
        item->setData(Qt::UserRole, issue.code);
    }
    m_problems->setVisible(!m_issues.isEmpty());
    m_problemHeading->setText(m_issues.isEmpty()
                                  ? tr("No problems: the draft may be saved and published.")
                                  : tr("%n problem(s), %1 of them errors to fix before publishing.", nullptr,
                                       static_cast<int>(m_issues.size()))
                                        .arg(errors));
}

void CriteriaEditorDialog::updateButtons()
{
    const int node = selectedNode();
    const bool chosen = node >= 0;
    m_addSibling->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    const QList<int>& siblings = !chosen
        ? QList<int>()
        : (m_set.node(node).parent < 0 ? m_set.topLevel() : m_set.node(m_set.node(node).parent).children);
    m_up->setEnabled(chosen && siblings.indexOf(node) > 0);
    m_down->setEnabled(chosen && siblings.indexOf(node) + 1 < siblings.size());
    m_undoButton->setEnabled(m_undo->canUndo());
    m_redoButton->setEnabled(m_undo->canRedo());
}

bool CriteriaEditorDialog::save()
{
    m_messages->clearMessage();
    ValidationIssues issues;
    QString error;
    if (!CriteriaSetEditor::saveDraft(m_session.database(), m_rowId, m_set, m_session.role(),
                                      m_session.actor(), &issues, &error)) {
        m_messages->showError(error);
        return false;
    }
    m_undo->setClean();
    m_session.notifyDataChanged();
    int errors = 0;
    for (const auto& issue : std::as_const(issues)) {
        errors += issue.isError() ? 1 : 0;
    }
    if (errors > 0) {
        m_messages->showMessage(
            tr("Draft saved with %n error(s); it cannot be published until they are fixed.", nullptr, errors),
            MessageBar::Level::Warning);
    } else {
        m_messages->showMessage(tr("Draft saved; it stays editable until it is published."),
                                MessageBar::Level::Positive);
    }
    Q_EMIT saved(m_rowId);
    return true;
}

void CriteriaEditorDialog::done(int result)
{
    if (!m_undo->isClean()
        && !DialogService::ask(this, tr("Close the editor"),
                               tr("The draft has changes that are not saved. Close and lose them?"))) {
        return;
    }
    QDialog::done(result);
}

} // namespace danhgia::ui
