#pragma once

#include <QStringList>
#include <QWidget>

class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace danhgia {
class SheetEditor;
}

namespace danhgia::ui {

class AppSession;

// The evidence (minh chứng) of the leaf selected in the score sheet: its files, attached with a
// file dialog or by dropping files on the panel, opened with the system's viewer, removed with a
// reason; and the explanation (giải trình) written where there is no evidence file. Files are
// stored by EvidenceStore at once; the explanation is saved through the SheetEditor a moment
// after typing stops, when the focus leaves it and before another leaf is shown.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(AppSession& session, QWidget* parent = nullptr);

    // The sheet (not owned; nullptr shows nothing) and the leaf shown (empty: none).
    void setEditor(SheetEditor* editor);
    void showLeaf(const QString& code);
    QString leafCode() const { return m_code; }
    // Whether files may be attached and removed and the explanation written now.
    void setEditable(bool editable);
    // Enables what fits the leaf's value now (an explanation needs a self-assessed value).
    void updateState();

    // What the buttons and a drop do. attachFiles() returns true when every file was attached.
    bool attachFiles(const QStringList& paths);
    void attachByDialog();
    void openSelected();
    void removeSelected();
    // Saves the explanation as typed, when it changed; false when the core refused it.
    bool saveExplanation();
    // Forgets the sheet without saving (its database is gone already).
    void dropEditor();

    QLabel* heading() const { return m_heading; }
    QListWidget* fileList() const { return m_files; }
    QPushButton* attachButton() const { return m_attach; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* removeButton() const { return m_remove; }
    QPlainTextEdit* explanationEdit() const { return m_explanation; }

Q_SIGNALS:
    void evidenceChanged(const QString& code);
    void explanationSaved(const QString& code);
    void errorOccurred(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool acceptsDrop(const QMimeData* mime) const;
    void reloadFiles();

    AppSession& m_session;
    SheetEditor* m_editor = nullptr;
    QString m_code;
    bool m_editable = false;
    QLabel* m_heading = nullptr;
    QLabel* m_rule = nullptr;
    QListWidget* m_files = nullptr;
    QLabel* m_dropHint = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_explanationLabel = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QTimer* m_saveTimer = nullptr;
};

} // namespace danhgia::ui
