#pragma once

#include "councils/CouncilExamination.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace danhgia::ui {

class AppSession;
class CouncilGridModel;
class CouncilScoreDelegate;
class ExaminationResultsTable;
class MessageBar;

// The interview council screen (hội đồng kiểm tra, sát hạch): choose a council, type the
// members' scores into the grid (a number and Enter goes down to the next candidate), see which
// candidates need a dialogue and who holds it, record the agreed score when the user's role
// holds the dialogue, and read the official scores, pass or fail and the ranking. A council is
// set up or edited in one dialog (CouncilSetupDialog: members, candidates with priority points,
// parts of the examination); its examination by Decree 170/2025 shows below the grid. New
// councils, members and candidates can also be added one question at a time through
// DialogService; what the core refuses shows in the message bar.
class CouncilView : public QWidget
{
    Q_OBJECT

public:
    explicit CouncilView(AppSession& session, QWidget* parent = nullptr);

    CouncilGridModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* councilCombo() const { return m_council; }
    MessageBar* messageBar() const { return m_messages; }
    ExaminationResultsTable* examinationResults() const { return m_examResults; }
    QLabel* summaryLabel() const { return m_summary; }
    // Shows the council with that id, when the database has it.
    bool selectCouncil(qint64 councilId);

public Q_SLOTS:
    void reload();
    void newCouncil();
    // The set-up dialog (CouncilSetupDialog) for a new council, or for the one shown.
    void setupCouncil();
    void editCouncil();
    void addMember();
    void addCandidate();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildCouncils(qint64 keep);
    // Columns as wide as their contents; the status column takes the room left.
    void fitColumns();
    void showSelected();
    void updateSummary();
    void updateButtons();
    void showExamination();
    void openSetup(qint64 councilId);
    void moveDown();
    QString rulesText() const;

    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QComboBox* m_council = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_setup = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_addMember = nullptr;
    QPushButton* m_addCandidate = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_rules = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    CouncilGridModel* m_model = nullptr;
    CouncilScoreDelegate* m_delegate = nullptr;
    ExaminationResultsTable* m_examResults = nullptr;
    CouncilExamination m_examination;
};

} // namespace danhgia::ui
