#pragma once

#include "services/SurveyPointsWriter.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace danhgia::ui {

// The side panel of the survey entry screen: per unit, the questionnaires entered against the
// planned sample (amber while fewer valid ones than planned), the valid ones and the points of
// the survey criterion, as SurveyPointsWriter::summary() counts them; and the button that
// writes these points into the units' score sheets.
class SurveyUnitPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        EnteredColumn,
        ValidColumn,
        PointsColumn,
        ColumnCount,
    };

    explicit SurveyUnitPanel(QWidget* parent = nullptr);

    // The points are written with `decimals` places, those of the campaign's criteria set.
    void setSummary(const std::optional<SurveyPointsWriter::Summary>& summary, int decimals);
    void setCurrentUnit(const QString& unitCode);
    QTableWidget* table() const { return m_table; }
    QPushButton* writeButton() const { return m_write; }
    int rowOf(const QString& unitCode) const;

    // "Sở Nội vụ", or "Whole campaign" for the campaign-wide row.
    static QString unitTitle(const SurveyPointsWriter::UnitPoints& unit);

Q_SIGNALS:
    void unitActivated(const QString& unitCode);
    void writeRequested();

private:
    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_write = nullptr;
};

} // namespace danhgia::ui
