#pragma once

#include "scoring/SurveyPlan.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace danhgia::ui {

// The planned sample of a survey being defined: a default number of questionnaires per unit, and
// per unit of the campaign its own plan ("by default" to follow the default) and the population it
// was drawn from. "Suggest by Slovin" fills the plan of every unit with a population with Slovin's
// n at the margin of error chosen (SurveySample::slovin, 5% by default); the officer may change it.
class SurveyPlanEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        PopulationColumn,
        PlannedColumn,
    };

    explicit SurveyPlanEditor(QWidget* parent = nullptr);

    // The units of the campaign (code, name) with the plan to show; units with a plan of their own
    // that are not in the list are shown too, so that nothing stored is dropped.
    void setPlan(const QList<QPair<QString, QString>>& units, const SurveyPlan& plan);
    SurveyPlan plan() const;

    QSpinBox* defaultPlannedBox() const { return m_default; }
    QSpinBox* marginBox() const { return m_margin; }
    QTableWidget* table() const { return m_table; }
    QPushButton* slovinButton() const { return m_slovin; }
    QSpinBox* populationBox(int row) const;
    QSpinBox* plannedBox(int row) const;
    int rowOf(const QString& unitCode) const;

Q_SIGNALS:
    // What the Slovin suggestion did or why it could not, for the dialog's message bar.
    void suggested(const QString& message, bool problem);

private:
    void suggestBySlovin();
    void addRow(const QString& code, const QString& name, const SurveyUnitPlan& plan, bool ownPlan);

    QSpinBox* m_default = nullptr;
    QSpinBox* m_margin = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_slovin = nullptr;
};

} // namespace danhgia::ui
