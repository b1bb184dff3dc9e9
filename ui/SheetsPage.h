#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;

namespace danhgia::ui {

class AppSession;
class ApprovalQueueFilter;
class ApprovalQueueModel;
class MessageBar;
class ScoreSheetForm;

// Score sheets: every sheet of a campaign in a list (search ignores diacritics), the chosen
// one open in the sheet form beside it.
class SheetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SheetsPage(AppSession& session, QWidget* parent = nullptr);

    ScoreSheetForm* form() const { return m_form; }
    QTableView* sheetList() const { return m_list; }
    QSplitter* splitter() const { return m_splitter; }

public Q_SLOTS:
    void reload();
    // Lists the campaign's sheets (all campaigns for an empty code).
    void showCampaign(const QString& campaignCode);
    // Opens a sheet in the form and selects it in the list.
    bool openSheet(qint64 sheetId);

private:
    void openCurrent();

    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QComboBox* m_campaign = nullptr;
    QLineEdit* m_search = nullptr;
    ApprovalQueueModel* m_model = nullptr;
    ApprovalQueueFilter* m_filter = nullptr;
    QTableView* m_list = nullptr;
    QSplitter* m_splitter = nullptr;
    ScoreSheetForm* m_form = nullptr;
};

} // namespace danhgia::ui
