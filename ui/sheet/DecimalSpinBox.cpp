#include "DecimalSpinBox.h"

#include "Int128.h"
#include "LeafValueText.h"

#include <QLineEdit>

namespace danhgia::ui {

DecimalSpinBox::DecimalSpinBox(QWidget* parent)
    : QAbstractSpinBox(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setAccelerated(true);
    setValue(Decimal());
    connect(this, &QAbstractSpinBox::editingFinished, this, [this] { setValue(value()); });
}

void DecimalSpinBox::setRange(Decimal minimum, Decimal maximum)
{
    m_minimum = minimum;
    m_maximum = Decimal::max(minimum, maximum);
    setValue(m_value);
}

void DecimalSpinBox::setStep(Decimal step, bool strict)
{
    m_step = step > Decimal() ? step : Decimal::fromUnits(1);
    m_strict = strict;
    setValue(m_value);
}

Decimal DecimalSpinBox::interpreted(const QString& text) const
{
    const auto parsed = LeafValueText::parse(text);
    Decimal value = parsed ? *parsed : m_value;
    if (m_strict && !value.isMultipleOf(m_step)) {
        // Nearest multiple of the step, half up: round(value / step) × step.
        const Decimal steps = Decimal::fromRatio(WideInt(value.units()), WideInt(m_step.units()), 0);
        value = Decimal::fromUnits(steps.units() / Decimal::UnitsPerOne * m_step.units());
    }
    return Decimal::min(Decimal::max(value, m_minimum), m_maximum);
}

Decimal DecimalSpinBox::value() const
{
    return interpreted(text());
}

void DecimalSpinBox::setValue(Decimal value)
{
    const Decimal bounded = Decimal::min(Decimal::max(value, m_minimum), m_maximum);
    const QString shown = LeafValueText::number(bounded);
    if (lineEdit()->text() != shown) {
        lineEdit()->setText(shown);
    }
    if (bounded != m_value) {
        m_value = bounded;
        Q_EMIT valueChanged(m_value);
    }
}

void DecimalSpinBox::stepBy(int steps)
{
    setValue(value() + m_step.timesInt(steps));
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
    for (const QChar c : input) {
        if (!c.isDigit() && c != QLatin1Char(',') && c != QLatin1Char('.') && c != QLatin1Char(' ')
            && !(c == QLatin1Char('-') && m_minimum.isNegative())) {
            return QValidator::Invalid;
        }
    }
    const auto parsed = LeafValueText::parse(input);
    if (!parsed || *parsed < m_minimum || *parsed > m_maximum
        || (m_strict && !parsed->isMultipleOf(m_step))) {
        return QValidator::Intermediate;
    }
    return QValidator::Acceptable;
}

void DecimalSpinBox::fixup(QString& input) const
{
    input = LeafValueText::number(interpreted(input));
}

} // namespace danhgia::ui
