#pragma once

#include "queries/UnitClassification.h"
#include "results/QuotaCeiling.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace danhgia::ui {

// Asks a unit's raised ceiling of the quota: the unit, the percentage, the number and date of the
// competent level's decision and the reason. OK hands the ceiling to the recorder; what the core
// refuses (QuotaCeiling's rules, the store's role check) is shown in the dialog, which stays open
// with everything typed.
class QuotaCeilingDialog : public QDialog
{
    Q_OBJECT

public:
    // Records the ceiling; returns the refusal, or an empty text when it was recorded.
    using Recorder = std::function<QString(const QuotaCeiling&)>;

    QuotaCeilingDialog(const QList<UnitClassification::Choice>& units, const QString& unitCode,
                       const QString& setPercent, Recorder recorder, QWidget* parent = nullptr);

    void accept() override;

    QComboBox* unitBox() const { return m_unit; }
    QLineEdit* percentEdit() const { return m_percent; }
    QLineEdit* decisionNumberEdit() const { return m_number; }
    QDateEdit* decisionDateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* problemLabel() const { return m_problem; }

private:
    void showProblem(const QString& text);

    Recorder m_recorder;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_percent = nullptr;
    QLineEdit* m_number = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace danhgia::ui
