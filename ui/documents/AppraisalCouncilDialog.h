#pragma once

#include "councils/AppraisalCouncil.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace danhgia::ui {

class AppSession;

// The appraisal council of a campaign ("Hội đồng thẩm định"): the decision that formed it (number,
// date, who signed it), its members with their roles and whether each is present at the meeting,
// the quorum as it stands (AppraisalCouncil: more than half present), and the council's
// conclusion. Saved through AppraisalCouncilDetails; what is wrong is listed in the dialog,
// which stays open with everything typed. Every appraisal minutes of the campaign then print it.
class AppraisalCouncilDialog : public QDialog
{
    Q_OBJECT

public:
    enum MemberColumn
    {
        NameColumn,
        RoleColumn,
        PresentColumn,
    };

    AppraisalCouncilDialog(AppSession& session, const QString& campaignCode, const AppraisalCouncil& council,
                           QWidget* parent = nullptr);

    bool saved() const { return m_saved; }
    QLineEdit* decisionNumberEdit() const { return m_number; }
    QLineEdit* decisionDateEdit() const { return m_date; }
    QLineEdit* decisionSignerEdit() const { return m_signer; }
    QTableWidget* membersTable() const { return m_members; }
    QLabel* quorumLabel() const { return m_quorum; }
    QPlainTextEdit* conclusionEdit() const { return m_conclusion; }
    QLabel* problemsLabel() const { return m_problems; }
    void addMemberRow(const QString& name = {}, const QString& role = {}, bool present = true);

    // Tests see the dialog here instead of it being shown modally.
    static void setObserver(std::function<void(AppraisalCouncilDialog&)> observer);
    // Loads the campaign's council, shows the dialog; true when it was saved. `error` when the
    // council cannot be read.
    static bool run(AppSession& session, const QString& campaignCode, QWidget* parent, QString* error);

public Q_SLOTS:
    void accept() override;

private:
    // The council typed; `problems` gets what cannot be read (a date not dd/mm/yyyy).
    AppraisalCouncil collect(QStringList* problems) const;
    void updateQuorum();

    AppSession& m_session;
    QString m_campaign;
    bool m_saved = false;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_signer = nullptr;
    QTableWidget* m_members = nullptr;
    QLabel* m_quorum = nullptr;
    QPlainTextEdit* m_conclusion = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace danhgia::ui
