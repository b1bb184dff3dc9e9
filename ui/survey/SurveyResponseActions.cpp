#include "SurveyResponseActions.h"

#include "AppSession.h"
#include "DialogService.h"
#include "SurveyEntryLine.h"
#include "SurveyEntryModel.h"
#include "stores/SurveyStore.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTableView>

namespace danhgia::ui {

SurveyResponseActions::SurveyResponseActions(AppSession& session, QTableView* table, SurveyEntryModel* model,
                                             SurveyEntryLine* entry, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_table(table)
    , m_model(model)
    , m_entry(entry)
    , m_parent(parent)
{
    m_correct = new QAction(tr("&Correct questionnaire"), this);
    m_correct->setObjectName(QStringLiteral("correctQuestionnaireAction"));
    m_correct->setShortcut(QKeySequence(Qt::Key_F2));
    m_correct->setShortcutContext(Qt::WidgetShortcut);
    m_correct->setToolTip(tr("Put the answers of this questionnaire on the entry line to correct them"));
    m_delete = new QAction(tr("&Delete questionnaire…"), this);
    m_delete->setObjectName(QStringLiteral("deleteQuestionnaireAction"));
    m_delete->setShortcut(QKeySequence(QKeySequence::Delete));
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setToolTip(tr("Delete this questionnaire (one entered twice, say), after a confirmation"));
    m_table->addAction(m_correct);
    m_table->addAction(m_delete);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_correct, &QAction::triggered, this, &SurveyResponseActions::correctCurrent);
    connect(m_delete, &QAction::triggered, this, &SurveyResponseActions::deleteCurrent);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
            correctCurrent();
        }
    });
    // Esc gives the correction up: the questionnaire keeps its answers.
    connect(m_entry, &SurveyEntryLine::cancelled, this, &SurveyResponseActions::endCorrection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SurveyResponseActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SurveyResponseActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SurveyResponseActions::updateEnabled);
    updateEnabled();
}

int SurveyResponseActions::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? current.row() : -1;
}

void SurveyResponseActions::updateEnabled()
{
    const bool any = m_model->rowCount() > 0;
    m_correct->setEnabled(any);
    m_delete->setEnabled(any);
}

QString SurveyResponseActions::answersText(int row) const
{
    const SurveyAnswers& answers = m_model->response(row).answers;
    QStringList parts;
    for (int q = 0; q < answers.size() && q < m_model->definition().questions.size(); ++q) {
        parts.append(QStringLiteral("%1: %2").arg(
            SurveyEntryModel::questionTitle(q),
            SurveyEntryModel::optionText(m_model->definition(), q, answers.at(q))));
    }
    return parts.join(QStringLiteral("; "));
}

void SurveyResponseActions::correctCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_entry->isEnabled()) {
        return;
    }
    m_corrected = m_model->response(row).id;
    m_correctedRow = row;
    m_table->selectRow(row);
    m_entry->setAnswers(m_model->response(row).answers);
    m_entry->setAccessibleName(tr("Correction of questionnaire No. %1").arg(row + 1));
    m_entry->setFocus();
    Q_EMIT correctionChanged();
}

void SurveyResponseActions::endCorrection()
{
    const bool was = m_corrected != 0;
    m_corrected = 0;
    m_correctedRow = -1;
    m_entry->setAccessibleName(SurveyEntryLine::tr("New questionnaire"));
    m_entry->clear();
    if (was) {
        Q_EMIT correctionChanged();
    }
}

void SurveyResponseActions::recordCorrection(const SurveyAnswers& answers)
{
    const int row = m_correctedRow;
    QString error;
    if (m_corrected == 0 || !m_session.hasDatabase()
        || !SurveyStore::correctResponse(m_session.database(), m_corrected, answers, m_session.role(),
                                         m_session.actor(), &error)) {
        Q_EMIT failed(tr("The correction was not recorded: %1").arg(error));
        return;
    }
    m_model->setAnswers(row, answers);
    endCorrection();
    Q_EMIT corrected(tr("Questionnaire No. %1 was corrected.").arg(row + 1));
}

void SurveyResponseActions::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_session.hasDatabase()) {
        return;
    }
    const QString number = QLocale(QLocale::Vietnamese).toString(row + 1);
    if (!DialogService::ask(m_parent, tr("Delete questionnaire"),
                            tr("Delete questionnaire No. %1 of this unit?\n\n%2\n\nIt will no longer count "
                               "among the unit's questionnaires nor in its points. The deletion is kept in "
                               "the audit trail.")
                                .arg(number, answersText(row)))) {
        return;
    }
    QString error;
    if (!SurveyStore::removeResponse(m_session.database(), m_model->response(row).id, m_session.role(),
                                     m_session.actor(), &error)) {
        Q_EMIT failed(tr("Questionnaire No. %1 was not deleted: %2").arg(number, error));
        return;
    }
    Q_EMIT deleted(tr("Questionnaire No. %1 was deleted.").arg(number));
}

} // namespace danhgia::ui
