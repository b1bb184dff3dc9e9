#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace danhgia::ui {

class AppSession;
class MessageBar;

// Who takes part in a campaign and their score sheets. Units and people are found by a search
// that ignores diacritics ("nguyen thi" finds "Nguyễn Thị"), taken a unit's people at once, or
// from a list of codes pasted or read from a CSV or Excel file; each change is stored at once.
// The preview lists every sheet the participants need, saying which exist and which "Create
// sheets" will create, all in one step.
class CampaignParticipantsDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignParticipantsDialog(AppSession& session, const QString& campaignCode, QWidget* parent = nullptr);

    // Adds the codes (units or people), all or none; false with the reason shown otherwise.
    bool addCodes(const QStringList& codes);
    // Adds the codes of a CSV or Excel list (its column Mã).
    bool importList(const QString& path);

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* candidates() const { return m_candidates; }
    QComboBox* unitBox() const { return m_unit; }
    QPlainTextEdit* pasteEdit() const { return m_paste; }
    QListWidget* participants() const { return m_participants; }
    QTableWidget* preview() const { return m_preview; }
    QPushButton* createButton() const { return m_create; }
    MessageBar* messages() const { return m_messages; }

    static constexpr int CodeRole = Qt::UserRole;

public Q_SLOTS:
    void search();
    void addChosen();
    void addUnitPeople();
    void addPasted();
    void removeChosen();
    void createSheets();

private:
    void reload();

    AppSession& m_session;
    QString m_campaign;
    MessageBar* m_messages = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_candidates = nullptr;
    QComboBox* m_unit = nullptr;
    QPlainTextEdit* m_paste = nullptr;
    QListWidget* m_participants = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace danhgia::ui
