#include "SurveyEntryLine.h"

#include "SurveyEntryModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>

namespace danhgia::ui {

namespace {

const QString CellStyle = QStringLiteral("QLabel { border: 1px solid #c4c8cc; border-radius: 3px; "
                                         "padding: 4px 6px; background: %1; }");
const QString CurrentStyle = QStringLiteral("QLabel { border: 2px solid #2d6cdf; border-radius: 3px; "
                                            "padding: 3px 5px; background: #eef4fd; }");

} // namespace

SurveyEntryLine::SurveyEntryLine(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("surveyEntryLine"));
    setAccessibleName(tr("New questionnaire"));
    setToolTip(tr("Type the option of each question in turn: 1, 2, 3…; 0 or Space for a blank answer; "
                  "Backspace goes back one answer; Enter records the questionnaire"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    m_cellsLayout = new QHBoxLayout(this);
    m_cellsLayout->setContentsMargins(6, 6, 6, 6);
    m_cellsLayout->setSpacing(6);
}

void SurveyEntryLine::setQuestionnaire(const SurveyQuestionnaire& definition)
{
    m_definition = definition;
    m_answers.clear();
    qDeleteAll(m_cells);
    m_cells.clear();
    for (int q = 0; q < m_definition.questions.size(); ++q) {
        auto* cell = new QLabel(this);
        cell->setObjectName(QStringLiteral("surveyEntryCell%1").arg(q + 1));
        cell->setToolTip(m_definition.questions.at(q).text);
        cell->setWordWrap(true);
        cell->setMinimumWidth(64);
        cell->setFocusPolicy(Qt::NoFocus);
        m_cellsLayout->addWidget(cell, 1);
        m_cells.append(cell);
    }
    refresh();
}

void SurveyEntryLine::clear()
{
    m_answers.clear();
    refresh();
}

void SurveyEntryLine::setAnswers(const SurveyAnswers& answers)
{
    m_answers = answers.mid(0, m_definition.questions.size());
    refresh();
}

void SurveyEntryLine::answer(int option)
{
    const int question = currentQuestion();
    if (question >= m_definition.questions.size()) {
        Q_EMIT keyRefused(tr("Every question is answered: press Enter to record the questionnaire, or "
                             "Backspace to correct the last answer"));
        return;
    }
    const int options = static_cast<int>(m_definition.questions.at(question).options.size());
    if (option >= options) {
        Q_EMIT keyRefused(tr("Question %1 has %2 options: type 1 to %2, or 0 or Space for a blank answer")
                              .arg(question + 1)
                              .arg(options));
        return;
    }
    m_answers.append(option);
    refresh();
}

void SurveyEntryLine::keyPressEvent(QKeyEvent* event)
{
    if (m_definition.questions.isEmpty()) {
        QFrame::keyPressEvent(event);
        return;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit() && !(event->modifiers() & Qt::ControlModifier)) {
        answer(text.at(0).digitValue() - 1); // 0: blank (-1)
        return;
    }
    switch (event->key()) {
        case Qt::Key_Space:
            answer(-1);
            return;
        case Qt::Key_Backspace:
            if (!m_answers.isEmpty()) {
                m_answers.removeLast();
                refresh();
            }
            return;
        case Qt::Key_Escape:
            clear();
            Q_EMIT cancelled();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            Q_EMIT submitted(m_answers);
            return;
        default:
            QFrame::keyPressEvent(event);
    }
}

void SurveyEntryLine::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    refresh();
}

void SurveyEntryLine::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    refresh();
}

void SurveyEntryLine::refresh()
{
    for (int q = 0; q < m_cells.size(); ++q) {
        QLabel* cell = m_cells.at(q);
        QString value = QStringLiteral("…");
        if (q < m_answers.size()) {
            const int chosen = m_answers.at(q);
            value = chosen < 0 ? SurveyEntryModel::optionText(m_definition, q, chosen)
                               : QStringLiteral("%1 · %2")
                                     .arg(chosen + 1)
                                     .arg(SurveyEntryModel::optionText(m_definition, q, chosen));
        }
        cell->setText(SurveyEntryModel::questionTitle(q) + QLatin1Char('\n') + value);
        const bool current = q == m_answers.size() && hasFocus();
        cell->setStyleSheet(current ? CurrentStyle
                                    : CellStyle.arg(q < m_answers.size() ? QStringLiteral("#f4f6f8")
                                                                         : QStringLiteral("#ffffff")));
    }
    Q_EMIT answersChanged();
}

} // namespace danhgia::ui
