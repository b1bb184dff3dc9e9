#pragma once

#include <QLabel>
#include <QPointer>

namespace danhgia::ui {

// A message shown under (or, at the bottom of the view, over) the cell of an item view whose
// editor holds something that cannot be saved: what was typed and what is allowed. It lives in
// the view's viewport, so it never takes the focus from the editor, and goes when the editor
// closes.
class CellMessage : public QLabel
{
    Q_OBJECT

public:
    explicit CellMessage(QWidget* viewport);

    void showFor(QWidget* editor, const QString& text);
    // The editor the message is about, nullptr once it has closed.
    QWidget* editor() const { return m_editor; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QPointer<QWidget> m_editor;
};

} // namespace danhgia::ui
