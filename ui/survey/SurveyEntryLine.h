#pragma once

#include "scoring/SurveyScoring.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace danhgia::ui {

// The line where one paper questionnaire is typed, keyboard only: a digit 1..n picks the option
// of the current question and moves to the next; 0 or Space leaves it blank; Backspace goes back
// one answer; Esc starts again (cancelled()); Enter hands the answers on (submitted()), to be
// recorded and checked by the core. One cell per question shows what was typed; the current one
// is framed. A digit beyond the question's options is refused (keyRefused()) and changes
// nothing. Options beyond the ninth cannot be typed. A recorded questionnaire is corrected by
// putting its answers on the line (setAnswers()).
class SurveyEntryLine : public QFrame
{
    Q_OBJECT

public:
    explicit SurveyEntryLine(QWidget* parent = nullptr);

    void setQuestionnaire(const SurveyQuestionnaire& definition);
    const SurveyAnswers& answers() const { return m_answers; }
    // The question the next key answers; the question count once every one is answered.
    int currentQuestion() const { return static_cast<int>(m_answers.size()); }
    void clear();
    // The answers of a recorded questionnaire, to be corrected: Backspace goes back to a wrong
    // answer, Enter hands on the corrected ones.
    void setAnswers(const SurveyAnswers& answers);

Q_SIGNALS:
    void submitted(const danhgia::SurveyAnswers& answers);
    // Esc: what was typed is dropped (and a correction given up).
    void cancelled();
    void keyRefused(const QString& message);
    void answersChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void answer(int option);
    void refresh();

    SurveyQuestionnaire m_definition;
    SurveyAnswers m_answers;
    QHBoxLayout* m_cellsLayout = nullptr;
    QList<QLabel*> m_cells;
};

} // namespace danhgia::ui
