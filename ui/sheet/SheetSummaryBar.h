#pragma once

#include "workflow/Role.h"

#include <QFrame>

class QLabel;

namespace danhgia {
class SheetEditor;
}

namespace danhgia::ui {

class ScoreSheetModel;

// The top of the score sheet form: whose sheet, which campaign and period, its state, who is
// working in which role, and the totals strip (total, index and grade of the self-assessment
// and of the appraisal) as the core computed them.
class SheetSummaryBar : public QFrame
{
    Q_OBJECT

public:
    explicit SheetSummaryBar(QWidget* parent = nullptr);

    // Shows the sheet of `model` (nothing when it has no editor).
    void showSheet(const ScoreSheetModel& model, const QString& userName, Role role);

    QLabel* titleLabel() const { return m_title; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* selfTotalsLabel() const { return m_selfTotals; }
    QLabel* appraisedTotalsLabel() const { return m_appraisedTotals; }

private:
    QString totalsText(const ScoreSheetModel& model, bool appraisal) const;

    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_selfTotals = nullptr;
    QLabel* m_appraisedTotals = nullptr;
};

} // namespace danhgia::ui
