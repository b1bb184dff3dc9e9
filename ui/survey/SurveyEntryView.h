#pragma once

#include "services/SurveyPointsWriter.h"
#include "stores/SurveyStore.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace danhgia::ui {

class AppSession;
class MessageBar;
class SurveyEntryLine;
class SurveyEntryModel;
class SurveyResponseActions;
class SurveyUnitPanel;

// Survey entry (rules.md §3): paper questionnaires typed fast, keyboard only. Choose the survey
// and the unit, then for each questionnaire type the option of every question (SurveyEntryLine)
// and Enter: SurveyStore records it (and checks it), the table below lists the unit's
// questionnaires, the side panel counts them against the planned sample per unit with the
// points of the survey criterion, and writes those points into the score sheets on request. A
// recorded questionnaire is corrected on the entry line (its answers put back there, Enter
// records the correction, Esc gives it up) or deleted (SurveyResponseActions).
class SurveyEntryView : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyEntryView(AppSession& session, QWidget* parent = nullptr);

    QComboBox* surveyCombo() const { return m_surveyCombo; }
    QComboBox* unitCombo() const { return m_unitCombo; }
    SurveyEntryLine* entryLine() const { return m_entry; }
    SurveyEntryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SurveyUnitPanel* unitPanel() const { return m_panel; }
    SurveyResponseActions* responseActions() const { return m_actions; }
    QLabel* countLabel() const { return m_count; }
    MessageBar* messageBar() const { return m_messages; }
    qint64 surveyId() const { return m_survey ? m_survey->id : 0; }
    QString unitCode() const;
    // Shows that survey / unit when the lists hold it.
    bool selectSurvey(qint64 surveyId);
    bool selectUnit(const QString& unitCode);

public Q_SLOTS:
    void reload();
    void writePoints();

private:
    void rebuildSurveys(qint64 keep);
    void showSurvey();
    void showUnit();
    void refreshSummary();
    void updateCount();
    void record(const SurveyAnswers& answers);
    void updateHint();
    const SurveyPointsWriter::UnitPoints* currentUnitPoints() const;
    QString outcomeText(const SurveyPointsWriter::SheetResult& sheet) const;
    QString pointsText(Decimal points) const;

    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QComboBox* m_surveyCombo = nullptr;
    QComboBox* m_unitCombo = nullptr;
    QLabel* m_hint = nullptr;
    SurveyEntryLine* m_entry = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    SurveyEntryModel* m_model = nullptr;
    SurveyUnitPanel* m_panel = nullptr;
    SurveyResponseActions* m_actions = nullptr;
    std::optional<SurveyRecord> m_survey;
    std::optional<SurveyPointsWriter::Summary> m_summary;
    int m_decimals = 2; // of the campaign's criteria set, for the points
};

} // namespace danhgia::ui
