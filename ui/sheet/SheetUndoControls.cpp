#include "SheetUndoControls.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QUndoStack>

namespace danhgia::ui {

namespace {

// The text box being edited where the focus is, which has its own undo and redo; nullptr when
// there is none.
QWidget* focusedTextEditor()
{
    QWidget* focus = QApplication::focusWidget();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(focus)) {
        focus = spin->findChild<QLineEdit*>();
    }
    if (auto* line = qobject_cast<QLineEdit*>(focus); line && !line->isReadOnly()) {
        return line;
    }
    if (auto* text = qobject_cast<QPlainTextEdit*>(focus); text && !text->isReadOnly()) {
        return text;
    }
    return nullptr;
}

QToolButton* button(QWidget* parent, const QString& name, const QString& text)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

SheetUndoControls::SheetUndoControls(QUndoStack* stack, QWidget* form, QWidget* buttonParent)
    : QObject(form)
    , m_stack(stack)
{
    auto* undo = new QAction(tr("Undo"), form);
    undo->setShortcuts(QKeySequence::Undo);
    auto* redo = new QAction(tr("Redo"), form);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(key)) {
            redoKeys.append(key);
        }
    }
    redo->setShortcuts(redoKeys);
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        form->addAction(action);
    }
    connect(undo, &QAction::triggered, this, &SheetUndoControls::undo);
    connect(redo, &QAction::triggered, this, &SheetUndoControls::redo);

    m_undoButton = button(buttonParent, QStringLiteral("undoButton"), tr("Undo"));
    m_redoButton = button(buttonParent, QStringLiteral("redoButton"), tr("Redo"));
    connect(m_undoButton, &QToolButton::clicked, m_stack, &QUndoStack::undo);
    connect(m_redoButton, &QToolButton::clicked, m_stack, &QUndoStack::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &SheetUndoControls::updateButtons);
    connect(m_stack, &QUndoStack::canUndoChanged, this, &SheetUndoControls::updateButtons);
    connect(m_stack, &QUndoStack::canRedoChanged, this, &SheetUndoControls::updateButtons);
    updateButtons();
}

void SheetUndoControls::undo()
{
    if (QWidget* text = focusedTextEditor()) {
        QMetaObject::invokeMethod(text, "undo");
    } else if (m_stack) {
        m_stack->undo();
    }
}

void SheetUndoControls::redo()
{
    if (QWidget* text = focusedTextEditor()) {
        QMetaObject::invokeMethod(text, "redo");
    } else if (m_stack) {
        m_stack->redo();
    }
}

void SheetUndoControls::updateButtons()
{
    if (!m_stack) {
        return;
    }
    // The buttons keep short names; the tooltips say what would be undone or redone.
    m_undoButton->setEnabled(m_stack->canUndo());
    m_redoButton->setEnabled(m_stack->canRedo());
    m_undoButton->setToolTip(
        m_stack->canUndo()
            ? tr("Undo the %1; the value saved before comes back (Ctrl+Z)").arg(m_stack->undoText())
            : tr("Nothing to undo"));
    m_redoButton->setToolTip(m_stack->canRedo() ? tr("Make the %1 again (Ctrl+Y)").arg(m_stack->redoText())
                                                : tr("Nothing to redo"));
}

} // namespace danhgia::ui
