#pragma once

#include "councils/CouncilExamination.h"
#include "stores/CouncilStore.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace danhgia::ui {

class AppSession;
class CouncilCandidatesTable;

// Sets up an interview council in one dialog ("Tạo hội đồng sát hạch…", "Sửa hội đồng…"): its
// title, the rule of a legal text (Decision 612 or Circular 06, CouncilPresets), the pass mark,
// the members with their roles (chair, board head, members, secretary), the candidates with their
// priority points, and the parts of the examination (the written and practical tests with their
// maximums beside the council's interview) with each candidate's scores of them. Saved through
// CouncilExaminationStore in one transaction; what is wrong is listed in the dialog, naming the
// row and the column, and the dialog stays open with everything typed.
class CouncilSetupDialog : public QDialog
{
    Q_OBJECT

public:
    // `council.id` 0: a new council.
    CouncilSetupDialog(AppSession& session, const CouncilRecord& council,
                       const CouncilExamination& examination, QWidget* parent = nullptr);

    // The council's id once saved; 0 before.
    qint64 savedId() const { return m_savedId; }

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* presetCombo() const { return m_preset; }
    QLineEdit* passEdit() const { return m_pass; }
    QCheckBox* partCheck(RecruitmentPart::Kind kind) const;
    QLineEdit* partMaxEdit(RecruitmentPart::Kind kind) const;
    QTableWidget* membersTable() const { return m_members; }
    CouncilCandidatesTable* candidatesTable() const { return m_candidates; }
    QLabel* problemsLabel() const { return m_problems; }

    // A new row of the members (role: a CouncilRoles code) or candidates table ("" priority: none).
    void addMemberRow(const QString& name = {}, const QString& role = {}, const QString& id = {});
    void addCandidateRow(const QString& code = {}, const QString& name = {}, const QString& priority = {},
                         const QString& written = {}, const QString& practical = {});

    // Tests see the dialog here instead of it being shown modally.
    static void setObserver(std::function<void(CouncilSetupDialog&)> observer);
    // Shows the dialog (or hands it to the observer); returns the saved council's id, 0 if none.
    static qint64 run(AppSession& session, const CouncilRecord& council,
                      const CouncilExamination& examination, QWidget* parent);

public Q_SLOTS:
    void accept() override;

private:
    QWidget* buildParts();
    void updatePartColumns();
    // The council and examination typed; nothing with `problems` filled when a cell is wrong.
    bool collect(CouncilRecord* council, CouncilExamination* examination, QStringList* problems) const;
    bool collectMembers(CouncilSession* session, QStringList* problems) const;
    void showProblems(const QStringList& problems);

    AppSession& m_session;
    CouncilRecord m_original;
    qint64 m_savedId = 0;
    QLineEdit* m_title = nullptr;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_pass = nullptr;
    QCheckBox* m_written = nullptr;
    QLineEdit* m_writtenMax = nullptr;
    QCheckBox* m_practical = nullptr;
    QLineEdit* m_practicalMax = nullptr;
    QTableWidget* m_members = nullptr;
    CouncilCandidatesTable* m_candidates = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace danhgia::ui
