#pragma once

#include "queries/UnitClassification.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace danhgia::ui {

class AppSession;
class ClassificationModel;
class MessageBar;
class PersonFlagsDialog;
class QuotaScopesPanel;

// Classification of a campaign for one unit: the quota scope by scope (agency × task group, with
// the raised ceilings: QuotaScopesPanel), then per task group a table of the people with their
// total, index, the grade the rules give, the grade decided, and what the quota did (within,
// above the quota, a tie that needs a decision). Override records another grade for the
// selected person with a reason and the approver's name (ClassificationStore::decide); what the
// core refuses is shown in the message bar. Facts affecting the grade opens the selected person's
// flags (discipline, absence, maternity leave, a leader's unit...), recorded or removed with a reason.
class ClassificationView : public QWidget
{
    Q_OBJECT

public:
    explicit ClassificationView(AppSession& session, QWidget* parent = nullptr);

    // Reads the campaigns, the units and the classification again, keeping the choices.
    void reload();

    // Asks the grade, the reason and the approver for the selected person, and records them.
    void overrideSelected();
    // Opens "Các yếu tố ảnh hưởng xếp loại" of the selected person (PersonFlagsDialog).
    void showFlagsOfSelected();
    PersonFlagsDialog* flagsDialog() const;
    QPushButton* flagsButton() const { return m_flagsButton; }

    // The subject selected in one of the tables, empty when none.
    QString selectedSubject() const;
    QList<QTableView*> tables() const { return m_tables; }
    QList<ClassificationModel*> models() const { return m_models; }
    QComboBox* campaignBox() const { return m_campaign; }
    QComboBox* unitBox() const { return m_unit; }
    MessageBar* messageBar() const { return m_messages; }
    QuotaScopesPanel* scopesPanel() const { return m_scopes; }

private:
    void rebuildCampaigns();
    void rebuildUnits(const QList<UnitClassification::Choice>& units);
    void rebuildGroups();
    QWidget* createGroupSection(QWidget* parent, const ClassifiedGroup& group, int number);
    void selectionChangedIn(QTableView* table);
    void updateSummary();

    AppSession& m_session;
    std::optional<UnitClassification::Result> m_result;
    MessageBar* m_messages = nullptr;
    QComboBox* m_campaign = nullptr;
    QComboBox* m_unit = nullptr;
    QPushButton* m_override = nullptr;
    QPushButton* m_flagsButton = nullptr;
    QPointer<PersonFlagsDialog> m_flagsDialog;
    QLabel* m_summary = nullptr;
    QuotaScopesPanel* m_scopes = nullptr;
    QScrollArea* m_scroll = nullptr;
    QList<QTableView*> m_tables;
    QList<ClassificationModel*> m_models;
};

} // namespace danhgia::ui
