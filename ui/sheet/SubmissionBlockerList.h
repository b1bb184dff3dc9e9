#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace danhgia {
class SheetEditor;
}

namespace danhgia::ui {

// What still blocks the submission of a draft sheet (SubmissionReadiness): a leaf without a
// value, required evidence with neither a file nor an explanation. Activating a line (Enter, a
// double click) asks to go to its criterion.
class SubmissionBlockerList : public QWidget
{
    Q_OBJECT

public:
    explicit SubmissionBlockerList(QWidget* parent = nullptr);

    // Lists the problems of the sheet loaded in `editor` (nothing when nullptr).
    void showSheet(const SheetEditor* editor);

    QLabel* heading() const { return m_heading; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void criterionActivated(const QString& code);

private:
    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace danhgia::ui
