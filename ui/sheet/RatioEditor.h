#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;

namespace danhgia::ui {

// The value of a ratio or linear criterion: how many were done out of how many arose ("9 of
// 10"). Two spin boxes; Tab moves from one to the other. Done above total is left for the core
// to refuse with its message, so that either may be typed first.
//
// To an item view it behaves as one editor: the keys that end editing (Enter, Escape, Tab out of
// total, Backtab out of done) and the focus leaving it are passed on to the editor itself, where
// the delegate's event filter sees them.
class RatioEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RatioEditor(QWidget* parent = nullptr);

    void setValues(qint64 done, qint64 total);
    qint64 done() const;
    qint64 total() const;

    QSpinBox* doneBox() const { return m_done; }
    QSpinBox* totalBox() const { return m_total; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QSpinBox* m_done = nullptr;
    QLabel* m_of = nullptr;
    QSpinBox* m_total = nullptr;
};

} // namespace danhgia::ui
