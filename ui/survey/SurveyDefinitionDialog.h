#pragma once

#include "stores/SurveyStore.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace danhgia::ui {

class AppSession;
class MessageBar;
class SurveyPlanEditor;
class SurveyQuestionsEditor;

// A survey to create or edit (rules.md §3): its title and campaign, its questionnaire (questions,
// answer options with their coefficients), the criteria of the campaign's set it feeds (only the
// leaves a survey can feed are offered: SurveyDefinitionValidator::canFeed), and its planned
// sample per unit with Slovin's n as a suggestion. OK emits submitted(): the screen saves through
// SurveyStore and closes the dialog, or shows what is wrong in it with every value kept.
class SurveyDefinitionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SurveyDefinitionDialog(AppSession& session, QWidget* parent = nullptr);

    // Shows a stored survey to edit (its campaign can no longer change).
    void setSurvey(const SurveyRecord& survey);
    bool isEditing() const { return m_id != 0; }
    // What the dialog holds; empty, with *problem, when something typed cannot be read.
    std::optional<SurveyRecord> survey(QString* problem) const;
    void showProblem(const QString& text);

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* campaignCombo() const { return m_campaign; }
    SurveyQuestionsEditor* questionsEditor() const { return m_questions; }
    QListWidget* criteriaList() const { return m_criteria; }
    SurveyPlanEditor* planEditor() const { return m_plan; }
    MessageBar* messageBar() const { return m_messages; }
    // Ticks the criterion with that code; false when the list does not offer it.
    bool checkCriterion(const QString& code, bool checked = true);

Q_SIGNALS:
    void submitted();

private:
    void showCampaign(const QStringList& checked, const SurveyPlan& plan);

    AppSession& m_session;
    qint64 m_id = 0;
    MessageBar* m_messages = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_campaign = nullptr;
    SurveyQuestionsEditor* m_questions = nullptr;
    QListWidget* m_criteria = nullptr;
    SurveyPlanEditor* m_plan = nullptr;
};

} // namespace danhgia::ui
