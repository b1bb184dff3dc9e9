#pragma once

#include "criteria/CriteriaSet.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace danhgia::ui {

class AppSession;

// "Các yếu tố ảnh hưởng xếp loại" of one person in a campaign: the flags in force (what each does
// to the grade, the reason, the document, who recorded it and when), a flag of the campaign's
// criteria set added with its reason and optionally its document, the selected flag removed with
// a reason, and the history (who, when, what, why). Everything goes through PersonFlagStore, which
// asks the core for the role and the rules; a refusal is shown in the dialog, which keeps what was
// typed. The grade the screens show changes through the classification, told by the session.
class PersonFlagsDialog : public QDialog
{
    Q_OBJECT

public:
    PersonFlagsDialog(AppSession& session, const QString& campaignCode, const CriteriaSet& set,
                      const QString& personCode, const QString& personName, QWidget* parent = nullptr);

    // Adds the flag chosen with the reason and the document typed; false when refused.
    bool addFlag();
    // Removes the selected flag, asking the reason; false when refused or cancelled.
    bool removeSelected();
    // Reads the flags in force and the history again.
    void reload();

    QTableWidget* flagsTable() const { return m_flags; }
    QTableWidget* historyTable() const { return m_history; }
    QComboBox* flagBox() const { return m_flag; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLineEdit* documentNumberEdit() const { return m_documentNumber; }
    QDateEdit* documentDateEdit() const { return m_documentDate; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* problemLabel() const { return m_problem; }

private:
    void showProblem(const QString& text, bool positive = false);
    QString flagTitle(const QString& code) const;

    AppSession& m_session;
    QString m_campaign;
    CriteriaSet m_set;
    QString m_person;
    QString m_personName;
    QTableWidget* m_flags = nullptr;
    QTableWidget* m_history = nullptr;
    QComboBox* m_flag = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_documentNumber = nullptr;
    QDateEdit* m_documentDate = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace danhgia::ui
