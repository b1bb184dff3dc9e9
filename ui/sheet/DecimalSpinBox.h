#pragma once

#include "Decimal.h"

#include <QAbstractSpinBox>

namespace danhgia::ui {

// A spin box for exact decimals (points, values, task weights): never a double. Written and
// read the Vietnamese way ("8,5"; "8.5" is read too when there is no comma). The arrow keys
// step by `step`; with a strict step, a typed value is snapped to the nearest multiple of it
// (half up) and kept within the range, as the criterion's method requires.
class DecimalSpinBox : public QAbstractSpinBox
{
    Q_OBJECT

public:
    explicit DecimalSpinBox(QWidget* parent = nullptr);

    void setRange(Decimal minimum, Decimal maximum);
    void setStep(Decimal step, bool strict);
    Decimal minimum() const { return m_minimum; }
    Decimal maximum() const { return m_maximum; }
    Decimal step() const { return m_step; }

    // The value of the text as it stands (snapped and within the range).
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
    Decimal interpreted(const QString& text) const;

    Decimal m_minimum;
    Decimal m_maximum = Decimal::fromInt(100);
    Decimal m_step = Decimal::fromInt(1);
    bool m_strict = false;
    Decimal m_value;
};

} // namespace danhgia::ui
