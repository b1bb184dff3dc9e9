#include "ScoreSheetForm.h"

#include "AppSession.h"
#include "EvidencePanel.h"
#include "LeafValueDelegate.h"
#include "MessageBar.h"
#include "ScoreSheetModel.h"
#include "SheetEditController.h"
#include "SheetRefusalBanner.h"
#include "SheetSummaryBar.h"
#include "SheetTreeView.h"
#include "SheetUndoControls.h"
#include "SheetValuesImporter.h"
#include "SheetWorkflowBar.h"
#include "SubmissionBlockerList.h"
#include "workflow/SheetWorkflow.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

QToolButton* toolButton(QWidget* parent, const QString& name, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setAccessibleName(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ScoreSheetForm::ScoreSheetForm(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("scoreSheetForm"));
    m_undo = new QUndoStack(this);
    m_model = new ScoreSheetModel(this);
    m_messages = new MessageBar(this);
    m_refusal = new SheetRefusalBanner(m_session, this);
    m_summary = new SheetSummaryBar(this);

    m_tree = new SheetTreeView(this);
    m_tree->setAccessibleName(tr("Criteria and scores"));
    m_tree->setToolTip(
        tr("Type a value or press Enter to edit it; Enter saves it and goes to the next criterion"));
    m_tree->setModel(m_model);
    m_delegate = new LeafValueDelegate(m_tree);
    m_tree->setItemDelegate(m_delegate);
    // Sized to fit once; the main window then restores the widths the user left.
    m_tree->arrangeColumns();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sheetSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({300, 300});

    auto* layout = new QVBoxLayout(this);
    // The page around the form keeps the margins of every screen.
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_refusal);
    layout->addWidget(m_messages);
    layout->addWidget(m_summary);
    layout->addWidget(createToolRow());
    layout->addWidget(splitter, 1);
    m_workflow = new SheetWorkflowBar(m_session, this);
    layout->addWidget(m_workflow);

    m_edits = new SheetEditController(m_session, m_model, m_undo, this);
    connect(m_edits, &SheetEditController::errorOccurred, this,
            [this](const QString& message) { showError(message); });
    connect(m_edits, &SheetEditController::changePushed, this, &ScoreSheetForm::updateTools);
    m_importer = new SheetValuesImporter(m_session, m_model, m_undo, this);
    connect(m_import, &QToolButton::clicked, m_importer, &SheetValuesImporter::chooseFile);
    connect(m_importer, &SheetValuesImporter::errorOccurred, this,
            [this](const QString& message) { showError(message); });
    connect(m_importer, &SheetValuesImporter::imported, this, [this](int criteria) {
        updateTools();
        m_messages->showInformation(tr(
            "%n criterion/criteria imported. Undo (Ctrl+Z) takes the whole import back.", nullptr, criteria));
    });
    // Every change that was saved (a value, its undo or redo, evidence, an explanation) ends with
    // the points recomputed: what an error named may be gone then.
    connect(m_model, &ScoreSheetModel::totalsChanged, this, [this] {
        updateSummary();
        updateBlockers();
        m_evidence->updateState();
        recheckError();
    });
    connect(m_delegate, &LeafValueDelegate::entryRefused, this,
            [this](const QString& message) { showError(tr("Not saved: %1").arg(message)); });
    connect(m_delegate, &LeafValueDelegate::moveOnRequested, m_tree, &SheetTreeView::moveToNextLeaf);
    connect(m_delegate, &LeafValueDelegate::taskListRequested, m_edits, &SheetEditController::openTaskEditor);
    connect(m_tree, &SheetTreeView::clearRequested, this, &ScoreSheetForm::clearValue);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScoreSheetForm::showCurrentLeaf);
    connect(m_evidence, &EvidencePanel::errorOccurred, this,
            [this](const QString& message) { showError(message); });
    connect(m_workflow, &SheetWorkflowBar::aboutToApply, m_tree, &SheetTreeView::commitOpenEditor);
    connect(m_workflow, &SheetWorkflowBar::aboutToApply, m_evidence, &EvidencePanel::saveExplanation);
    connect(m_workflow, &SheetWorkflowBar::refused, this, &ScoreSheetForm::showActionRefusal);
    connect(m_workflow, &SheetWorkflowBar::applied, this, &ScoreSheetForm::actionApplied);
    connect(m_evidence, &EvidencePanel::evidenceChanged, m_model, &ScoreSheetModel::refresh);
    connect(m_evidence, &EvidencePanel::explanationSaved, m_model, &ScoreSheetModel::refresh);
    connect(&m_session, &AppSession::userChanged, this, [this] {
        m_undo->clear(); // edits made in another role are not undone in this one
        updateEditability();
    });
    connect(&m_session, &AppSession::databaseChanged, this, [this] {
        // The sheet's database is closed already: nothing can be saved any more.
        m_evidence->dropEditor();
        m_model->setEditor(nullptr);
        closeSheet();
    });
    connect(&m_session, &AppSession::dataChanged, this, [this](QObject* origin) {
        if (!m_editor || origin == this) {
            return; // this form wrote it and shows it already
        }
        if (m_editor->isCurrent()) {
            // The sheet itself is unchanged; its evidence or its campaign's other sheets may not be.
            QString error;
            if (m_editor->reloadEvidence(&error)) {
                m_model->refresh();
                m_evidence->updateState();
            }
            m_refusal->showFor(m_editor->sheetId()); // a sync may have brought the server's answer
            return;
        }
        openSheet(m_editor->sheetId());
    });
    // The other screens (results, queue, classification) follow every change written here.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_undo->count() > 0) { // not when the stack is cleared
            m_session.notifyDataChanged(this);
        }
    });
    connect(m_evidence, &EvidencePanel::evidenceChanged, this, [this] { m_session.notifyDataChanged(this); });
    connect(m_evidence, &EvidencePanel::explanationSaved, this,
            [this] { m_session.notifyDataChanged(this); });
    closeSheet();
}

ScoreSheetForm::~ScoreSheetForm()
{
    // Nothing typed is lost: the open cell editor and the explanation are saved first.
    m_tree->commitOpenEditor();
    m_evidence->setEditor(nullptr);
    m_model->setEditor(nullptr);
    // The undo stack empties itself when it is deleted and tells its listeners, some of which
    // are lambdas of this form: delete it while the form is still whole.
    disconnect(m_undo, nullptr, this, nullptr);
    delete m_undo;
    m_undo = nullptr;
}

QWidget* ScoreSheetForm::createToolRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* undo = new SheetUndoControls(m_undo, this, row);
    m_notApplicable = toolButton(row, QStringLiteral("notApplicableButton"), tr("Not applicable"),
                                 tr("Mark the selected criterion not applicable in this period"));
    m_clear = toolButton(row, QStringLiteral("clearValueButton"), tr("Clear value"),
                         tr("Remove the self-assessed value of the selected criterion (Delete)"));
    m_tasks = toolButton(row, QStringLiteral("editTasksButton"), tr("Edit tasks..."),
                         tr("Edit the list of tasks of the selected criterion"));
    connect(m_notApplicable, &QToolButton::clicked, this, &ScoreSheetForm::markNotApplicable);
    connect(m_clear, &QToolButton::clicked, this, &ScoreSheetForm::clearValue);
    connect(m_tasks, &QToolButton::clicked, this, &ScoreSheetForm::editTasks);
    m_import = toolButton(row, QStringLiteral("importValuesButton"), tr("Import from Excel..."),
                          tr("Import the self-assessed values from a spreadsheet with one row per criterion "
                             "(columns \"Mã tiêu chí\", \"Giá trị\" and, if needed, \"Giải trình\")"));
    layout->addWidget(undo->undoButton());
    layout->addWidget(undo->redoButton());
    layout->addSpacing(12);
    layout->addWidget(m_notApplicable);
    layout->addWidget(m_clear);
    layout->addWidget(m_tasks);
    layout->addStretch(1);
    layout->addWidget(m_import);
    return row;
}

QWidget* ScoreSheetForm::createSidePanel()
{
    // Below the tree, so that the criteria keep the width of the screen: evidence on the left,
    // what blocks submission on the right.
    auto* side = new QWidget(this);
    auto* layout = new QHBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* evidenceBox = new QGroupBox(tr("Evidence"), side);
    auto* evidenceLayout = new QVBoxLayout(evidenceBox);
    m_evidence = new EvidencePanel(m_session, evidenceBox);
    evidenceLayout->addWidget(m_evidence);
    auto* blockerBox = new QGroupBox(tr("Before submission"), side);
    auto* blockerLayout = new QVBoxLayout(blockerBox);
    m_blockers = new SubmissionBlockerList(blockerBox);
    blockerLayout->addWidget(m_blockers);
    layout->addWidget(evidenceBox, 3);
    layout->addWidget(blockerBox, 2);
    connect(m_blockers, &SubmissionBlockerList::criterionActivated, this, [this](const QString& code) {
        const QModelIndex index = m_model->indexOfCode(code, ScoreSheetModel::SelfValueColumn);
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        m_tree->setFocus(Qt::OtherFocusReason);
    });
    // Room for the evidence list and the explanation below the criteria.
    side->setMinimumHeight(side->fontMetrics().lineSpacing() * 20);
    return side;
}

bool ScoreSheetForm::openSheet(qint64 sheetId)
{
    clearError();
    m_tree->commitOpenEditor(); // what it refuses is said in the message bar
    if (!m_session.hasDatabase()) {
        showError(tr("No database is open."));
        return false;
    }
    auto editor = std::make_unique<SheetEditor>(m_session.database());
    QString error;
    if (!editor->load(sheetId, &error)) {
        showError(error);
        return false;
    }
    const QString current = m_evidence->leafCode();
    m_evidence->setEditor(nullptr);
    m_workflow->setEditor(nullptr);
    m_undo->clear();
    m_model->setEditor(editor.get());
    m_editor = std::move(editor);
    m_evidence->setEditor(m_editor.get());
    m_tree->expandAll();
    updateEditability();
    // The first criterion to fill in, or the one shown before a reload.
    const auto stage = currentStage().value_or(Stage::Self);
    QModelIndex start = m_model->indexOfCode(current, ScoreSheetModel::valueColumn(stage));
    if (!start.isValid() && !m_editor->criteriaSet().leaves().isEmpty()) {
        start = m_model->indexOfCode(
            m_editor->criteriaSet().node(m_editor->criteriaSet().leaves().first()).code,
            ScoreSheetModel::valueColumn(stage));
    }
    m_tree->setCurrentIndex(start);
    showCurrentLeaf();
    m_refusal->showFor(m_editor->sheetId());
    return true;
}

void ScoreSheetForm::closeSheet()
{
    if (m_editor) {
        m_tree->commitOpenEditor();
    }
    m_edits->closeTaskEditor();
    m_undo->clear();
    m_evidence->setEditor(nullptr);
    m_model->setEditor(nullptr);
    m_editor.reset();
    m_refusal->clearMessage();
    updateEditability();
}

qint64 ScoreSheetForm::sheetId() const
{
    return m_editor ? m_editor->sheetId() : 0;
}

SheetState ScoreSheetForm::state() const
{
    return m_editor ? m_editor->state() : SheetState::Draft;
}

void ScoreSheetForm::showError(const QString& message, std::function<QString()> recheck)
{
    m_errorCheck = std::move(recheck);
    m_messages->showError(message);
}

void ScoreSheetForm::clearError()
{
    m_errorCheck = {};
    m_messages->clearMessage();
}

void ScoreSheetForm::showActionRefusal(const QString& message)
{
    // The refusal of an action the core would still refuse, for the same reason, is checked
    // again after every change: it changes as the officer fixes what it names, and goes once
    // the action may be taken.
    for (const WorkflowAction action : WorkflowActions::all()) {
        if (!message.isEmpty() && actionRefusal(action) == message) {
            showError(message, [this, action] { return actionRefusal(action); });
            return;
        }
    }
    showError(message);
}

QString ScoreSheetForm::actionRefusal(WorkflowAction action) const
{
    if (!m_editor) {
        return {};
    }
    TransitionContext context;
    context.reason = QStringLiteral("-"); // a reason is asked for when the action is taken
    context.readiness = m_editor->readiness();
    return SheetWorkflow::check(m_editor->policy(), m_editor->state(), action, m_session.role(), context)
        .message;
}

void ScoreSheetForm::recheckError()
{
    if (m_messages->isHidden() || m_messages->level() != MessageBar::Level::Error) {
        return;
    }
    // Without a check, the error was about the change before (a value or evidence refused):
    // a change saved since means it was dealt with.
    const QString still = m_errorCheck ? m_errorCheck() : QString();
    if (still.isEmpty()) {
        clearError();
    } else if (still != m_messages->text()) {
        m_messages->showError(still);
    }
}

std::optional<Stage> ScoreSheetForm::currentStage() const
{
    if (const auto stage = ScoreSheetModel::stageOfColumn(m_tree->currentIndex().column())) {
        return stage;
    }
    if (m_tree->currentIndex().column() == ScoreSheetModel::ReasonColumn) {
        return Stage::Appraised;
    }
    for (const Stage stage : {Stage::Self, Stage::Appraised}) {
        if (m_model->isEditable(stage)) {
            return stage;
        }
    }
    return std::nullopt;
}

void ScoreSheetForm::markNotApplicable()
{
    if (const auto stage = currentStage()) {
        m_edits->markNotApplicable(m_tree->currentIndex(), *stage);
    }
}

void ScoreSheetForm::clearValue()
{
    if (currentStage() == Stage::Self) {
        m_edits->clearValue(m_tree->currentIndex());
    }
}

void ScoreSheetForm::editTasks()
{
    const auto stage = currentStage().value_or(Stage::Self);
    m_edits->openTaskEditor(m_tree->currentIndex().siblingAtColumn(ScoreSheetModel::valueColumn(stage)));
}

QPushButton* ScoreSheetForm::actionButton(WorkflowAction action) const
{
    return m_workflow->button(action);
}

QListWidget* ScoreSheetForm::blockerList() const
{
    return m_blockers->list();
}

TaskListEditor* ScoreSheetForm::taskListEditor() const
{
    return m_edits->taskListEditor();
}

bool ScoreSheetForm::applyAction(WorkflowAction action)
{
    return m_workflow->apply(action);
}

void ScoreSheetForm::actionApplied(SheetState state)
{
    m_undo->clear(); // the edits belong to the stage before
    clearError();
    updateEditability();
    m_messages->showMessage(tr("The sheet is now \"%1\".").arg(SheetStates::title(state)),
                            MessageBar::Level::Positive);
    Q_EMIT stateChanged(m_editor->sheetId(), state);
}

void ScoreSheetForm::updateEditability()
{
    const Role role = m_session.role();
    for (const Stage stage : {Stage::Self, Stage::Appraised}) {
        m_model->setEditable(stage, m_editor && m_editor->refuseStage(stage, role).isEmpty());
    }
    m_evidence->setEditable(m_model->isEditable(Stage::Self));
    m_model->refresh();
    // The appraisal's columns once there is (or may be) an appraisal.
    const bool appraisal
        = m_editor && (m_editor->state() != SheetState::Draft || m_model->appraisalStarted());
    for (const int column : {ScoreSheetModel::AppraisedValueColumn, ScoreSheetModel::AppraisedPointsColumn,
                             ScoreSheetModel::DifferenceColumn, ScoreSheetModel::ReasonColumn}) {
        m_tree->setColumnHidden(column, !appraisal);
    }
    m_tree->fitValueColumns();
    m_workflow->setEditor(m_editor.get());
    updateSummary();
    updateBlockers();
    updateTools();
}

void ScoreSheetForm::updateSummary()
{
    m_summary->showSheet(*m_model, m_session.userName(), m_session.role());
}

void ScoreSheetForm::updateBlockers()
{
    m_blockers->showSheet(m_editor.get());
    // Whether the sheet may be submitted follows what it holds (and the editor may be new).
    m_workflow->setEditor(m_editor.get());
}

void ScoreSheetForm::showCurrentLeaf()
{
    const Criterion* c = m_model->criterion(m_tree->currentIndex());
    m_evidence->showLeaf(c && !c->isGroup ? c->code : QString());
    updateTools();
}

void ScoreSheetForm::updateTools()
{
    const Criterion* c = m_model->criterion(m_tree->currentIndex());
    const bool leaf = c && !c->isGroup;
    const auto stage = currentStage();
    const bool editable = leaf && stage && m_model->isEditable(*stage);
    m_notApplicable->setEnabled(editable && c->naAllowed);
    m_clear->setEnabled(editable && stage == Stage::Self
                        && m_editor->value(Stage::Self, c->code).has_value());
    m_tasks->setEnabled(leaf && c->method.type == MethodType::Tasks);
    m_import->setEnabled(m_editor && m_model->isEditable(Stage::Self));
}

} // namespace danhgia::ui
