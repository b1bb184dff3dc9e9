#pragma once

#include "services/SurveyPointsWriter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace danhgia::ui {

// The preview shown before the points of a survey are applied to the sheets
// (SurveyPointsWriter::preview): per sheet and criterion, the points and what will happen (written,
// unchanged, or left alone and why: a draft, an approved sheet, no valid questionnaire...), with
// the samples below plan marked. "Apply" accepts; the screen then writes the points and reports
// every sheet (also when nothing changes).
class SurveyApplyDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        SheetColumn,
        CriterionColumn,
        PointsColumn,
        OutcomeColumn,
        ColumnCount,
    };

    SurveyApplyDialog(const SurveyPointsWriter::Report& preview, int decimals, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* applyButton() const { return m_apply; }

    // "Sở Nội vụ (2026)": the sheet of a result.
    static QString sheetName(const SurveyPointsWriter::SheetResult& sheet);
    // What happened to (or, in a preview, will happen to) one sheet's criterion, in words.
    static QString outcomeText(const SurveyPointsWriter::SheetResult& sheet, int decimals, bool preview);

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace danhgia::ui
