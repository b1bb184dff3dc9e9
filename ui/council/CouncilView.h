#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace danhgia::ui {

class AppSession;
class CouncilGridModel;
class CouncilScoreDelegate;
class MessageBar;

// The interview council screen (hội đồng kiểm tra, sát hạch): choose a council, type the
// members' scores into the grid (a number and Enter goes down to the next candidate), see which
// candidates need a dialogue and who holds it, record the agreed score when the user's role
// holds the dialogue, and read the official scores, pass or fail and the ranking. New councils,
// members and candidates are added through DialogService; what the core refuses shows in the
// message bar.
class CouncilView : public QWidget
{
    Q_OBJECT

public:
    explicit CouncilView(AppSession& session, QWidget* parent = nullptr);

    CouncilGridModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* councilCombo() const { return m_council; }
    MessageBar* messageBar() const { return m_messages; }
    // Shows the council with that id, when the database has it.
    bool selectCouncil(qint64 councilId);

public Q_SLOTS:
    void reload();
    void newCouncil();
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
    void moveDown();
    QString rulesText() const;

    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QComboBox* m_council = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_addMember = nullptr;
    QPushButton* m_addCandidate = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_rules = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    CouncilGridModel* m_model = nullptr;
    CouncilScoreDelegate* m_delegate = nullptr;
};

} // namespace danhgia::ui
