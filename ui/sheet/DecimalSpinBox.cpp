#include "DecimalSpinBox.h"

#include "LeafValueText.h"
#include "numbers/Int128.h"

#include <QLineEdit>

namespace danhgia::ui {

DecimalSpinBox::DecimalSpinBox(QWidget* parent)
    : QAbstractSpinBox(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setAccelerated(true);
    setValue(Decimal());
    // A number typed the other way ("8.5") is written back the Vietnamese way; anything else
    // stays as typed.
    connect(this, &QAbstractSpinBox::editingFinished, this, [this] {
        if (const auto typed = typedValue()) {
            setValue(*typed);
        }
    });
}

void DecimalSpinBox::setRange(Decimal minimum, Decimal maximum)
{
    m_minimum = minimum;
    m_maximum = Decimal::max(minimum, maximum);
}

void DecimalSpinBox::setStep(Decimal step, bool strict)
{
    m_step = step > Decimal() ? step : Decimal::fromUnits(1);
    m_strict = strict;
}

std::optional<Decimal> DecimalSpinBox::typedValue() const
{
    if (m_whole) {
        const auto whole = LeafValueText::parseWholeNumber(text());
        return whole ? std::optional<Decimal>(Decimal::fromInt(*whole)) : std::nullopt;
    }
    return LeafValueText::parse(text());
}

Decimal DecimalSpinBox::value() const
{
    return typedValue().value_or(m_value);
}

void DecimalSpinBox::setValue(Decimal value)
{
    const QString shown = LeafValueText::number(value);
    if (lineEdit()->text() != shown) {
        lineEdit()->setText(shown);
    }
    if (value != m_value) {
        m_value = value;
        Q_EMIT valueChanged(m_value);
    }
}

void DecimalSpinBox::stepBy(int steps)
{
    Decimal next = value() + m_step.timesInt(steps);
    if (m_strict && !next.isMultipleOf(m_step)) {
        // Onto the multiple of the step in the direction of the arrow.
        const Decimal below = Decimal::fromUnits(
            next.units() - ((next.units() % m_step.units()) + m_step.units()) % m_step.units());
        next = steps > 0 ? below : below + m_step;
    }
    setValue(Decimal::min(Decimal::max(next, m_minimum), m_maximum));
    selectAll();
}

QAbstractSpinBox::StepEnabled DecimalSpinBox::stepEnabled() const
{
    const Decimal current = value();
    StepEnabled enabled = StepNone;
    if (current < m_maximum) {
        enabled |= StepUpEnabled;
    }
    if (current > m_minimum) {
        enabled |= StepDownEnabled;
    }
    return enabled;
}

QValidator::State DecimalSpinBox::validate(QString& input, int& /*pos*/) const
{
    // Never Invalid: a letter typed by mistake is shown, and refused with a message, rather than
    // dropped without a word.
    const bool number = m_whole ? LeafValueText::parseWholeNumber(input).has_value()
                                : LeafValueText::parse(input).has_value();
    return number ? QValidator::Acceptable : QValidator::Intermediate;
}

void DecimalSpinBox::fixup(QString& /*input*/) const
{
    // What is typed is never changed behind the user's back.
}

} // namespace danhgia::ui
