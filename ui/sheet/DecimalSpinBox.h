#pragma once

#include "numbers/Decimal.h"

#include <QAbstractSpinBox>

#include <optional>

namespace danhgia::ui {

// A spin box for exact decimals (points, values, task weights, counts): never a double. Written
// and read the Vietnamese way ("8,5"; "8.5" is read too when there is no comma). The arrow keys
// step by `step` within the range (with a strict step, onto its multiples). What is typed is
// kept as typed, letters and values out of the range included: whether it is accepted is the
// core's answer, asked by the delegate that made the box, which refuses it with a message.
class DecimalSpinBox : public QAbstractSpinBox
{
    Q_OBJECT

public:
    explicit DecimalSpinBox(QWidget* parent = nullptr);

    // The range and step of the arrow keys; typing is not limited by them.
    void setRange(Decimal minimum, Decimal maximum);
    void setStep(Decimal step, bool strict);
    // Whole numbers only (counts): "1.000" is read as a thousand, "1,5" is not a whole number.
    void setWholeNumbers(bool whole) { m_whole = whole; }
    Decimal minimum() const { return m_minimum; }
    Decimal maximum() const { return m_maximum; }
    Decimal step() const { return m_step; }

    // The text as typed, read as an exact decimal (a whole number with setWholeNumbers()); empty
    // when it is not one.
    std::optional<Decimal> typedValue() const;
    // The typed value, or the last one set or stepped to when the text is not a number.
    Decimal value() const;
    void setValue(Decimal value);

    void stepBy(int steps) override;
    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;

Q_SIGNALS:
    void valueChanged(danhgia::Decimal value);

protected:
    StepEnabled stepEnabled() const override;

private:
    Decimal m_minimum;
    Decimal m_maximum = Decimal::fromInt(100);
    Decimal m_step = Decimal::fromInt(1);
    bool m_strict = false;
    bool m_whole = false;
    Decimal m_value;
};

} // namespace danhgia::ui
