#pragma once

#include "scoring/SurveyScoring.h"

#include <QObject>

class QAction;
class QTableView;
class QWidget;

namespace danhgia::ui {

class AppSession;
class SurveyEntryLine;
class SurveyEntryModel;

// What can be done to a questionnaire already recorded, in the table of the survey entry screen:
// correct it (double-click, F2 or the context menu): its answers go onto the entry line, where
// Backspace goes back to a wrong answer, Enter records the correction (recordCorrection()) and
// Esc gives it up; or delete it (the Delete key or the context menu) once the user confirms
// through DialogService. SurveyStore writes both, each with an outbox and audit entry.
class SurveyResponseActions : public QObject
{
    Q_OBJECT

public:
    SurveyResponseActions(AppSession& session, QTableView* table, SurveyEntryModel* model,
                          SurveyEntryLine* entry, QWidget* parent);

    QAction* correctAction() const { return m_correct; }
    QAction* deleteAction() const { return m_delete; }
    // The row of the table's current questionnaire, or -1.
    int currentRow() const;
    // The questionnaire being corrected on the entry line: its id (0: a new one is typed) and row.
    qint64 correctedId() const { return m_corrected; }
    int correctedRow() const { return m_correctedRow; }
    // Records the corrected answers; the correction ends when they are recorded.
    void recordCorrection(const SurveyAnswers& answers);

public Q_SLOTS:
    void correctCurrent();
    void deleteCurrent();
    // Back to typing new questionnaires (the entry line is cleared).
    void endCorrection();

Q_SIGNALS:
    // A correction started or ended.
    void correctionChanged();
    // A questionnaire was corrected or deleted: what to tell the user.
    void corrected(const QString& message);
    void deleted(const QString& message);
    void failed(const QString& message);

private:
    void updateEnabled();
    // "Question 1: Rất hài lòng; Question 2: (blank); …" of a row.
    QString answersText(int row) const;

    AppSession& m_session;
    QTableView* m_table = nullptr;
    SurveyEntryModel* m_model = nullptr;
    SurveyEntryLine* m_entry = nullptr;
    QWidget* m_parent = nullptr;
    qint64 m_corrected = 0;
    int m_correctedRow = -1;
    QAction* m_correct = nullptr;
    QAction* m_delete = nullptr;
};

} // namespace danhgia::ui
