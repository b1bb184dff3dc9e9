#pragma once

#include "queries/SurveyListings.h"
#include "scoring/SurveyScoring.h"

#include <QAbstractTableModel>

namespace danhgia::ui {

// The questionnaires entered for one unit of a survey: one row per questionnaire, in the order
// of entry; after its number, one column per question with the label of the chosen option
// ("Hài lòng"), or "(blank)". Questionnaires without any answer are marked: they do not count
// as valid. Read only: questionnaires are recorded, corrected and deleted through SurveyStore.
class SurveyEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int NumberColumn = 0;

    enum Role
    {
        AnswerRole = Qt::UserRole, // int: the option index of a question column, -1 for blank
        ValidRole, // bool: the questionnaire has at least one answer
    };

    explicit SurveyEntryModel(QObject* parent = nullptr);

    void setSurvey(const SurveyQuestionnaire& definition, const QList<SurveyResponseRecord>& responses);
    void clear();
    // A questionnaire just recorded.
    void append(const SurveyResponseRecord& response);
    // The corrected answers of the questionnaire in `row`.
    void setAnswers(int row, const SurveyAnswers& answers);
    const SurveyQuestionnaire& definition() const { return m_definition; }
    const SurveyResponseRecord& response(int row) const { return m_responses.at(row); }
    int questionColumn(int question) const { return 1 + question; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Question 2" for question index 1.
    static QString questionTitle(int question);
    // "Hài lòng", or "(blank)" for -1.
    static QString optionText(const SurveyQuestionnaire& definition, int question, int answer);

private:
    SurveyQuestionnaire m_definition;
    QList<SurveyResponseRecord> m_responses;
};

} // namespace danhgia::ui
