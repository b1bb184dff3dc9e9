#pragma once

#include "criteria/CriteriaTemplates.h"
#include "services/CriteriaSetImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace danhgia::ui {

class AppSession;
class MessageBar;

// A criteria set read from a file (JSON, or the Excel/CSV template) before it is stored: its id,
// version, title and kind (filled from the file, or from its name for a table, and editable; a
// table takes its grades and quota from a built-in template), the
// problems the core's readers and validator found, each with its row and criterion code, and
// "Save as draft", refused while there are errors (the dialog then stays open with every value).
class CriteriaImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `shownName` names the file in the dialog (a template's title), the file name when empty;
    // `preset` is the header shown first, the file's own (CriteriaSetImport::suggestedHeader)
    // when not given.
    CriteriaImportDialog(AppSession& session, const QString& path, const QString& shownName,
                         const std::optional<CriteriaSetImport::Header>& preset = std::nullopt,
                         QWidget* parent = nullptr);

    QLineEdit* idEdit() const { return m_id; }
    QSpinBox* versionBox() const { return m_version; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* gradesBox() const { return m_grades; }
    QListWidget* problemList() const { return m_problems; }
    QLabel* summaryLabel() const { return m_summary; }
    MessageBar* messageBar() const { return m_messages; }
    QPushButton* saveButton() const { return m_save; }
    const CriteriaTemplates::Loaded& loaded() const { return m_loaded; }
    // The row stored by "Save as draft", 0 before.
    qint64 storedRowId() const { return m_stored; }

Q_SIGNALS:
    void stored(qint64 rowId);

private:
    CriteriaSetImport::Header header() const;
    void reread();
    void save();

    AppSession& m_session;
    QString m_path;
    CriteriaTemplates::Loaded m_loaded;
    qint64 m_stored = 0;
    MessageBar* m_messages = nullptr;
    QLineEdit* m_id = nullptr;
    QSpinBox* m_version = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_grades = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace danhgia::ui
