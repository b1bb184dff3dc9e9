#pragma once

#include "CriteriaImportDialog.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QListWidget;
class QPushButton;

namespace danhgia::ui {

class AppSession;
class CriteriaEditorDialog;
class CriteriaSetView;
class MessageBar;

// The Criteria sets screen: the stored versions (draft or published) with the one chosen shown by
// CriteriaSetView, and what is done with them: import from Excel/CSV/JSON, start from a template
// shipped with the app, copy a version to a new one, edit a draft, publish it. Every change goes
// through services/CriteriaSetEditor under the rules of CriteriaSetVersions.
class CriteriaSetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CriteriaSetsPage(AppSession& session, QWidget* parent = nullptr);
    ~CriteriaSetsPage() override;

    void reload();
    // Asks for a file and opens the import dialog on it.
    void importFile();
    // Offers the templates shipped with the app (built-in sets and the Excel template) and opens
    // the import dialog on the one chosen.
    void startFromTemplate();
    // Opens the import dialog on a file (returned, null without a database).
    CriteriaImportDialog* openImport(const QString& path);
    // Asks for the new version's title and copies the chosen version.
    void copySelected();
    // Opens the editor on the chosen draft (returned; null when it is not a draft).
    CriteriaEditorDialog* editSelected();
    // Asks for confirmation and publishes the chosen draft.
    void publishSelected();

    // The stored row shown, 0 when none; selects a row (false when it is not listed).
    qint64 currentRowId() const;
    bool selectRow(qint64 rowId);

    QListWidget* setList() const { return m_sets; }
    CriteriaSetView* setView() const { return m_view; }
    MessageBar* messageBar() const { return m_messages; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* templateButton() const { return m_template; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* publishButton() const { return m_publish; }
    CriteriaImportDialog* importDialog() const { return m_importDialog; }
    CriteriaEditorDialog* editor() const;

    // The Excel template shipped with the app, in the program's resources.
    static QString excelTemplatePath();

private:
    void showCurrent();
    void updateButtons();
    CriteriaImportDialog* openImportDialog(const QString& path, const QString& shownName, bool excelTemplate);
    bool currentIsDraft() const;

    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QListWidget* m_sets = nullptr;
    CriteriaSetView* m_view = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_template = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_publish = nullptr;
    QPointer<CriteriaImportDialog> m_importDialog;
    QPointer<QWidget> m_editor;
    std::unique_ptr<QTemporaryDir> m_templateCopies;
};

} // namespace danhgia::ui
