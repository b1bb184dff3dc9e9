#include "SurveyPlanEditor.h"

#include "ViewLook.h"
#include "scoring/SurveySample.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace danhgia::ui {

namespace {

constexpr int MaxPlanned = 100000;
// "By default": the unit follows the default plan.
constexpr int FollowsDefault = -1;

} // namespace

SurveyPlanEditor::SurveyPlanEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_default = new QSpinBox(this);
    ViewLook::describe(m_default, QStringLiteral("surveyDefaultPlanned"),
                       tr("Planned questionnaires per unit"),
                       tr("The questionnaires planned for each unit without a plan of its own"));
    m_default->setRange(0, MaxPlanned);
    form->addRow(tr("&Planned per unit:"), m_default);
    auto* slovinRow = new QHBoxLayout;
    m_margin = new QSpinBox(this);
    ViewLook::describe(m_margin, QStringLiteral("surveyMarginBox"), tr("Margin of error"),
                       tr("The margin of error e of Slovin's n = N / (1 + N × e²)"));
    m_margin->setRange(1, 20);
    m_margin->setValue(5);
    m_margin->setSuffix(QStringLiteral(" %"));
    m_slovin = new QPushButton(tr("Suggest by &Slovin"), this);
    m_slovin->setObjectName(QStringLiteral("slovinButton"));
    m_slovin->setToolTip(
        tr("Fill the plan of every unit with a population with Slovin's n = N / (1 + N × e²), "
           "rounded up"));
    slovinRow->addWidget(m_margin);
    slovinRow->addWidget(m_slovin);
    slovinRow->addStretch(1);
    // A row of several widgets has no buddy of its own: the label names the margin's box.
    auto* marginLabel = new QLabel(tr("Margin of &error:"), this);
    marginLabel->setBuddy(m_margin);
    form->addRow(marginLabel, slovinRow);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 3, this);
    ViewLook::describe(m_table, QStringLiteral("surveyUnitPlanTable"), tr("Planned sample per unit"),
                       tr("Per unit: the population surveyed and the questionnaires planned"));
    m_table->setHorizontalHeaderLabels({tr("Unit"), tr("Population"), tr("Planned")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PopulationColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PlannedColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    connect(m_slovin, &QPushButton::clicked, this, &SurveyPlanEditor::suggestBySlovin);
}

void SurveyPlanEditor::setPlan(const QList<QPair<QString, QString>>& units, const SurveyPlan& plan)
{
    m_default->setValue(plan.defaultPlanned);
    m_table->setRowCount(0);
    for (const auto& unit : units) {
        addRow(unit.first, unit.second, plan.units.value(unit.first), plan.units.contains(unit.first));
    }
    for (auto it = plan.units.cbegin(); it != plan.units.cend(); ++it) {
        if (rowOf(it.key()) < 0) {
            addRow(it.key(), QString(), *it, true);
        }
    }
}

void SurveyPlanEditor::addRow(const QString& code, const QString& name, const SurveyUnitPlan& plan,
                              bool ownPlan)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    QTableWidgetItem* unit
        = ViewLook::readOnlyItem(name.isEmpty() ? code : QStringLiteral("%1 · %2").arg(code, name));
    unit->setData(Qt::UserRole, code);
    m_table->setItem(row, UnitColumn, unit);
    auto* population = new QSpinBox(m_table);
    population->setRange(0, std::numeric_limits<int>::max());
    population->setSpecialValueText(ViewLook::noValue());
    population->setGroupSeparatorShown(true);
    population->setValue(
        static_cast<int>(std::min<qint64>(plan.population, std::numeric_limits<int>::max())));
    population->setAccessibleName(tr("Population of %1").arg(code));
    m_table->setCellWidget(row, PopulationColumn, population);
    auto* planned = new QSpinBox(m_table);
    planned->setRange(FollowsDefault, MaxPlanned);
    planned->setSpecialValueText(tr("by default"));
    planned->setValue(ownPlan ? plan.planned : FollowsDefault);
    planned->setAccessibleName(tr("Planned questionnaires of %1").arg(code));
    m_table->setCellWidget(row, PlannedColumn, planned);
}

SurveyPlan SurveyPlanEditor::plan() const
{
    SurveyPlan plan;
    plan.defaultPlanned = m_default->value();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString code = m_table->item(row, UnitColumn)->data(Qt::UserRole).toString();
        const int planned = plannedBox(row)->value();
        const int population = populationBox(row)->value();
        if (planned != FollowsDefault || population > 0) {
            plan.units.insert(code, {planned == FollowsDefault ? plan.defaultPlanned : planned, population});
        }
    }
    return plan;
}

QSpinBox* SurveyPlanEditor::populationBox(int row) const
{
    return qobject_cast<QSpinBox*>(m_table->cellWidget(row, PopulationColumn));
}

QSpinBox* SurveyPlanEditor::plannedBox(int row) const
{
    return qobject_cast<QSpinBox*>(m_table->cellWidget(row, PlannedColumn));
}

int SurveyPlanEditor::rowOf(const QString& unitCode) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, UnitColumn)->data(Qt::UserRole).toString() == unitCode) {
            return row;
        }
    }
    return -1;
}

void SurveyPlanEditor::suggestBySlovin()
{
    const Decimal margin = Decimal::fromUnits(m_margin->value() * (Decimal::UnitsPerOne / 100));
    int filled = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int population = populationBox(row)->value();
        if (population <= 0) {
            continue;
        }
        QString error;
        const auto n = SurveySample::slovin(population, margin, &error);
        if (!n) {
            Q_EMIT suggested(error, true);
            return;
        }
        plannedBox(row)->setValue(static_cast<int>(std::min<qint64>(*n, MaxPlanned)));
        ++filled;
    }
    if (filled == 0) {
        Q_EMIT suggested(tr("Type the population of a unit first: Slovin's n is drawn from it."), true);
        return;
    }
    Q_EMIT suggested(tr("Slovin's n at a margin of error of %1%: the plan of %2 unit(s) is filled in; "
                        "change it where the plan says otherwise.")
                         .arg(m_margin->value())
                         .arg(filled),
                     false);
}

} // namespace danhgia::ui
