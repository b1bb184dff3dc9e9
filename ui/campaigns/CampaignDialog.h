#pragma once

#include "queries/Listings.h"
#include "stores/CampaignStore.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace danhgia::ui {

class MessageBar;

// A campaign to create or edit: code, title, kind, the criteria set version (from the stored
// ones of that kind), periods, and a deadline per stage (each may be left out). The
// classification deadline starts at the rules' default for the periods' year (15 December; 15
// January of the next year for a special calendar) and follows the periods until the officer
// changes it. OK emits submitted(): the screen saves and closes the dialog, or shows what is wrong
// in it with every value kept.
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignDialog(const QList<CriteriaSetRecord>& sets, QWidget* parent = nullptr);

    // Shows a stored campaign to edit (its code can no longer change).
    void setCampaign(const CampaignRecord& campaign);
    bool isEditing() const { return m_editing; }
    // What the dialog holds now.
    CampaignRecord campaign() const;
    void showProblem(const QString& text);

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* criteriaBox() const { return m_criteria; }
    QLineEdit* periodsEdit() const { return m_periods; }
    QCheckBox* specialCalendarBox() const { return m_specialCalendar; }
    QCheckBox* deadlineBox(DeadlineStage stage) const;
    QDateEdit* deadlineEdit(DeadlineStage stage) const;

Q_SIGNALS:
    void submitted();

private:
    void fillCriteriaSets();
    void applyClassificationDefault();

    QList<CriteriaSetRecord> m_sets;
    bool m_editing = false;
    bool m_classificationChanged = false;
    MessageBar* m_messages = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_criteria = nullptr;
    QLineEdit* m_periods = nullptr;
    QCheckBox* m_specialCalendar = nullptr;
    QLabel* m_rule = nullptr;
    QList<QCheckBox*> m_deadlineBoxes;
    QList<QDateEdit*> m_deadlineEdits;
};

} // namespace danhgia::ui
