#pragma once

#include "services/SurveyPointsWriter.h"
#include "stores/SurveyStore.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace danhgia::ui {

class AppSession;
class MessageBar;
class SurveyApplyDialog;
class SurveyDefinitionActions;
class SurveyEntryLine;
class SurveyEntryModel;
class SurveyResponseActions;
class SurveyUnitPanel;

// The survey screen ("Khảo sát", rules.md §3). A survey is defined here (New survey…, Edit survey…:
// SurveyDefinitionActions) and its paper questionnaires are typed fast, keyboard only. Choose the survey
// and the unit, then for each questionnaire type the option of every question (SurveyEntryLine)
// and Enter: SurveyStore records it (and checks it), the table below lists the unit's
// questionnaires, the side panel counts them against the planned sample per unit with the
// points of the survey criterion, and applies those points to the score sheets on request, after a
// preview of the sheets and criteria that change (SurveyApplyDialog). A
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
    QPushButton* newSurveyButton() const { return m_newSurvey; }
    QPushButton* editSurveyButton() const { return m_editSurvey; }
    SurveyDefinitionActions* definitionActions() const { return m_definitions; }
    // The preview of the points being applied, while it is open.
    SurveyApplyDialog* applyDialog() const;
    qint64 surveyId() const { return m_survey ? m_survey->id : 0; }
    QString unitCode() const;
    // Shows that survey / unit when the lists hold it.
    bool selectSurvey(qint64 surveyId);
    bool selectUnit(const QString& unitCode);

public Q_SLOTS:
    void reload();
    // Opens the preview of the points to apply; applyPoints() writes them.
    void writePoints();
    void applyPoints();

private:
    void rebuildSurveys(qint64 keep);
    void showSurvey();
    void showUnit();
    void refreshSummary();
    void updateCount();
    void record(const SurveyAnswers& answers);
    void updateHint();
    const SurveyPointsWriter::UnitPoints* currentUnitPoints() const;
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
    QPushButton* m_newSurvey = nullptr;
    QPushButton* m_editSurvey = nullptr;
    SurveyDefinitionActions* m_definitions = nullptr;
    QPointer<SurveyApplyDialog> m_applyDialog;
    std::optional<SurveyRecord> m_survey;
    std::optional<SurveyPointsWriter::Summary> m_summary;
    int m_decimals = 2; // of the campaign's criteria set, for the points
};

} // namespace danhgia::ui
