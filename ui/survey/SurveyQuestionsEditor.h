#pragma once

#include "scoring/SurveyScoring.h"

#include <QCoreApplication>
#include <QWidget>

#include <optional>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace danhgia::ui {

// The questionnaire of a survey being defined: each question with its answer options and the
// coefficient each carries, typed in a tree (a question, its options below it). A new question
// starts with the five levels of satisfaction (1; 0,75; 0,5; 0,25; 0), the usual scale, to be
// changed as the paper form says. Coefficients are typed with a comma or a point; whether they are
// within 0 to 1 is the core's rule (SurveyDefinitionValidator), checked when the survey is saved.
class SurveyQuestionsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn,
        CoefficientColumn,
    };

    explicit SurveyQuestionsEditor(QWidget* parent = nullptr);

    void setQuestionnaire(const SurveyQuestionnaire& questionnaire);
    // What the tree holds; empty, with *problem naming the question and the option, when a
    // coefficient is not a number.
    std::optional<SurveyQuestionnaire> questionnaire(QString* problem) const;

    QTreeWidget* tree() const { return m_tree; }
    // Adds a question with the usual five options and returns its item, in edit.
    QTreeWidgetItem* addQuestion(const QString& text = QString());
    // Adds an option to the current question (or to the question of the current option).
    QTreeWidgetItem* addOption(const QString& label = QString(), const QString& coefficient = QString());
    void removeCurrent();

private:
    QTreeWidgetItem* newOption(QTreeWidgetItem* question, const QString& label, const QString& coefficient);
    void updateButtons();

    QTreeWidget* m_tree = nullptr;
    QPushButton* m_addOption = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace danhgia::ui
