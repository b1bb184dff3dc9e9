#include "SurveyDefinitionActions.h"

#include "AppSession.h"
#include "SurveyDefinitionDialog.h"
#include "stores/SurveyStore.h"
#include "workflow/RecordPermissions.h"

#include <QPushButton>

namespace danhgia::ui {

SurveyDefinitionActions::SurveyDefinitionActions(AppSession& session, QPushButton* newButton,
                                                 QPushButton* editButton, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_parent(parent)
    , m_new(newButton)
    , m_edit(editButton)
{
    connect(m_new, &QPushButton::clicked, this, &SurveyDefinitionActions::openNew);
    connect(m_edit, &QPushButton::clicked, this, &SurveyDefinitionActions::openEdit);
}

SurveyDefinitionDialog* SurveyDefinitionActions::dialog() const
{
    return m_dialog;
}

void SurveyDefinitionActions::update(qint64 shownSurveyId)
{
    m_shown = shownSurveyId;
    const QString refused = RecordPermissions::refusal(RecordKind::SurveySetup, m_session.role());
    const bool may = m_session.hasDatabase() && refused.isEmpty();
    m_new->setEnabled(may);
    m_edit->setEnabled(may && m_shown != 0);
    const QString tip = refused.isEmpty() ? QString() : refused;
    m_new->setToolTip(tip.isEmpty()
                          ? tr("Define a new survey: questions, coefficients, criteria fed, planned sample")
                          : tip);
    m_edit->setToolTip(
        tip.isEmpty() ? tr("Change the questions, criteria and planned sample of the survey shown") : tip);
}

void SurveyDefinitionActions::openNew()
{
    if (!m_session.hasDatabase()) {
        return;
    }
    delete m_dialog;
    m_dialog = new SurveyDefinitionDialog(m_session, m_parent);
    connect(m_dialog, &SurveyDefinitionDialog::submitted, this, &SurveyDefinitionActions::save);
    m_dialog->open();
}

void SurveyDefinitionActions::openEdit()
{
    if (!m_session.hasDatabase() || m_shown == 0) {
        return;
    }
    QString error;
    const auto survey = SurveyStore::load(m_session.database().connection(), m_shown, &error);
    if (!survey) {
        Q_EMIT failed(error);
        return;
    }
    delete m_dialog;
    m_dialog = new SurveyDefinitionDialog(m_session, m_parent);
    m_dialog->setSurvey(*survey);
    connect(m_dialog, &SurveyDefinitionDialog::submitted, this, &SurveyDefinitionActions::save);
    m_dialog->open();
}

void SurveyDefinitionActions::save()
{
    QString error;
    const auto wanted = m_dialog->survey(&error);
    const auto id = wanted
        ? SurveyStore::save(m_session.database(), *wanted, m_session.role(), m_session.actor(), &error)
        : std::nullopt;
    if (!id) {
        // The dialog stays open with everything typed, and says what is wrong.
        m_dialog->showProblem(tr("The survey is not saved:\n%1").arg(error));
        return;
    }
    const bool created = !m_dialog->isEditing();
    m_dialog->accept();
    m_session.notifyDataChanged();
    Q_EMIT saved(
        *id,
        created ? tr("The survey “%1” is created: enter its questionnaires unit by unit.").arg(wanted->title)
                : tr("The survey “%1” is saved.").arg(wanted->title));
}

} // namespace danhgia::ui
