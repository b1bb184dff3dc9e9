#pragma once

#include "queries/UnitClassification.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace danhgia::ui {

class AppSession;
class MessageBar;
class QuotaCeilingDialog;
class QuotaScopeModel;

// The quota of a campaign scope by scope (agency × task group): the counts of the core's rule and
// the ceiling in force. For the roles RecordPermissions allows (the administrator), "Raise
// ceiling…" records a unit's raised ceiling through QuotaCeilingDialog and "Withdraw ceiling"
// withdraws it with a reason (QuotaCeilingStore).
class QuotaScopesPanel : public QWidget
{
    Q_OBJECT

public:
    QuotaScopesPanel(AppSession& session, MessageBar* messages, QWidget* parent = nullptr);

    // The scopes of `result` (none: the panel is hidden).
    void setResult(const QString& campaignCode, const UnitClassification::Result* result);

    // Opens the dialog for the selected scope's unit (window-modal; returns at once; the dialog
    // deletes itself when closed).
    void raiseCeiling();
    // Asks the reason and withdraws the raised ceiling of the selected scope's unit.
    void withdrawCeiling();

    QTableView* table() const { return m_table; }
    QuotaScopeModel* model() const { return m_model; }
    QPushButton* raiseButton() const { return m_raise; }
    QPushButton* withdrawButton() const { return m_withdraw; }
    QuotaCeilingDialog* dialog() const;

private:
    QString selectedUnit() const;
    void updateButtons();
    QString record(const QuotaCeiling& ceiling);

    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QString m_campaign;
    QList<UnitClassification::Choice> m_units;
    QString m_setPercent;
    bool m_perUnit = false;
    QLabel* m_heading = nullptr;
    QTableView* m_table = nullptr;
    QuotaScopeModel* m_model = nullptr;
    QPushButton* m_raise = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPointer<QuotaCeilingDialog> m_dialog;
};

} // namespace danhgia::ui
