#include "SurveyUnitPanel.h"
#include "ViewLook.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

const QColor BelowSample(0xfd, 0xf3, 0xd8);

QTableWidgetItem* unitCell(const QString& text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    return cell;
}

} // namespace

SurveyUnitPanel::SurveyUnitPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("surveyUnitPanel"));
    setMinimumWidth(ViewLook::textWidth(this, 40));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("surveyCriterionTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("surveyUnitTable"));
    m_table->setAccessibleName(tr("Questionnaires and points per unit"));
    m_table->setToolTip(tr("Click a unit to enter its questionnaires"));
    m_table->setHorizontalHeaderLabels({tr("Unit"), tr("Entered"), tr("Valid"), tr("Points")});
    m_table->horizontalHeaderItem(EnteredColumn)->setToolTip(tr("Questionnaires entered / planned sample"));
    m_table->horizontalHeaderItem(ValidColumn)->setToolTip(tr("Questionnaires with at least one answer"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    ViewLook::useCompactRows(m_table, 1, Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("surveyUnassignedNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    m_write = new QPushButton(tr("&Apply points to the sheets…"), this);
    m_write->setObjectName(QStringLiteral("writeSurveyPointsButton"));
    m_write->setAccessibleName(tr("Apply points to the sheets"));
    m_write->setToolTip(
        tr("Preview, then put each unit's points into the appraised stage of its submitted and "
           "appraised sheets; drafts, approved and published sheets are left alone and reported"));
    layout->addWidget(m_write, 0, Qt::AlignRight);

    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        Q_EMIT unitActivated(m_table->item(row, UnitColumn)->data(Qt::UserRole).toString());
    });
    connect(m_write, &QPushButton::clicked, this, &SurveyUnitPanel::writeRequested);
    setSummary(std::nullopt, 0);
}

QString SurveyUnitPanel::unitTitle(const SurveyPointsWriter::UnitPoints& unit)
{
    if (unit.unitCode.isEmpty()) {
        return tr("Whole campaign");
    }
    return unit.unitName.isEmpty() ? unit.unitCode : unit.unitName;
}

void SurveyUnitPanel::setSummary(const std::optional<SurveyPointsWriter::Summary>& summary, int decimals)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_write->setEnabled(summary.has_value());
    m_write->setToolTip(
        tr("Preview, then put each unit's points into the appraised stage of its submitted and "
           "appraised sheets; drafts, approved and published sheets are left alone and reported"));
    m_note->setVisible(summary && summary->unassigned > 0);
    if (!summary) {
        m_title->setText(tr("Points per unit"));
        return;
    }
    const QLocale vi(QLocale::Vietnamese);
    QStringList criteria;
    for (const SurveyPointsWriter::Target& target : summary->criteria) {
        criteria.append(tr("%1 (at most %2)").arg(target.code, target.max.toLocaleString(vi)));
    }
    m_title->setText(summary->criteria.size() > 1
                         ? tr("Points of criterion %1 (at most %2) per unit; the survey feeds %3")
                               .arg(summary->criterionCode, summary->criterionMax.toLocaleString(vi),
                                    criteria.join(QStringLiteral("; ")))
                         : tr("Points of criterion %1 (at most %2) per unit")
                               .arg(summary->criterionCode, summary->criterionMax.toLocaleString(vi)));
    m_note->setText(
        tr("Questionnaires without a unit, counted for no sheet: %1").arg(vi.toString(summary->unassigned)));
    for (const SurveyPointsWriter::UnitPoints& unit : summary->units) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem* name = unitCell(unitTitle(unit), Qt::AlignLeft | Qt::AlignVCenter);
        name->setData(Qt::UserRole, unit.unitCode);
        name->setToolTip(unit.unitCode.isEmpty()
                             ? QString()
                             : QStringLiteral("%1 · %2").arg(unit.unitCode, unitTitle(unit)));
        m_table->setItem(row, UnitColumn, name);
        QTableWidgetItem* entered
            = unitCell(QStringLiteral("%1 / %2").arg(vi.toString(unit.entered), vi.toString(unit.planned)));
        entered->setData(Qt::UserRole, unit.belowSample());
        if (unit.belowSample()) {
            // Marked in words as well as in colour: short of the plan by so many valid questionnaires.
            entered->setText(tr("%1 / %2 ⚠ short by %3")
                                 .arg(vi.toString(unit.entered), vi.toString(unit.planned),
                                      vi.toString(unit.planned - unit.valid)));
            entered->setBackground(BelowSample);
            entered->setToolTip(tr("Below the planned sample: %1 valid questionnaires of %2 planned")
                                    .arg(vi.toString(unit.valid), vi.toString(unit.planned)));
        }
        m_table->setItem(row, EnteredColumn, entered);
        m_table->setItem(row, ValidColumn, unitCell(vi.toString(unit.valid)));
        QTableWidgetItem* points
            = unitCell(unit.points ? unit.points->toLocaleString(vi, decimals) : QStringLiteral("—"));
        if (unit.points && unit.meanCoefficient) {
            points->setToolTip(
                tr("Mean coefficient of the valid questionnaires %1 × %2 points at most")
                    .arg(unit.meanCoefficient->toLocaleString(vi), summary->criterionMax.toLocaleString(vi)));
        }
        m_table->setItem(row, PointsColumn, points);
    }
}

int SurveyUnitPanel::rowOf(const QString& unitCode) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, UnitColumn)->data(Qt::UserRole).toString() == unitCode) {
            return row;
        }
    }
    return -1;
}

void SurveyUnitPanel::setCurrentUnit(const QString& unitCode)
{
    const QSignalBlocker blocker(m_table);
    const int row = rowOf(unitCode);
    if (row >= 0) {
        m_table->selectRow(row);
    } else {
        m_table->clearSelection();
    }
}

} // namespace danhgia::ui
