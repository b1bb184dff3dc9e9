#pragma once

#include <QWidget>

#include <optional>

class QLabel;

namespace danhgia::ui {

class DecimalSpinBox;

// The value of a ratio or linear criterion: the number done out of the total number that arose
// ("9 of 10"). Two boxes for whole numbers; Tab moves from one to the other. What is typed is
// kept as typed: a number done above the total, a negative or a letter is left for the core to
// refuse with its message, so that either may be typed first.
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
    // The numbers typed; empty when a box does not hold a whole number.
    std::optional<qint64> done() const;
    std::optional<qint64> total() const;
    // Both boxes as typed, in the words of the form ("50 of 40").
    QString typedText() const;

    DecimalSpinBox* doneBox() const { return m_done; }
    DecimalSpinBox* totalBox() const { return m_total; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    DecimalSpinBox* m_done = nullptr;
    QLabel* m_of = nullptr;
    DecimalSpinBox* m_total = nullptr;
};

} // namespace danhgia::ui
