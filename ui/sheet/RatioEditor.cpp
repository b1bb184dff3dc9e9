#include "RatioEditor.h"

#include "DecimalSpinBox.h"

#include <QApplication>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

#include <limits>

namespace danhgia::ui {

namespace {

std::optional<qint64> wholeNumber(const DecimalSpinBox* box)
{
    const auto typed = box->typedValue();
    return typed ? std::optional<qint64>(typed->units() / Decimal::UnitsPerOne) : std::nullopt;
}

} // namespace

RatioEditor::RatioEditor(QWidget* parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_done = new DecimalSpinBox(this);
    m_done->setObjectName(QStringLiteral("ratioDone"));
    m_done->setAccessibleName(tr("Number done"));
    m_done->setToolTip(tr("The number done (on time, as the criterion asks)"));
    m_of = new QLabel(tr("of"), this);
    m_total = new DecimalSpinBox(this);
    m_total->setObjectName(QStringLiteral("ratioTotal"));
    m_total->setAccessibleName(tr("Total number"));
    m_total->setToolTip(tr("The total number that arose in the period (0: none arose)"));
    // Room for six digits in each box, whatever the width of the column.
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("000.000")) + 12;
    for (DecimalSpinBox* box : {m_done, m_total}) {
        box->setWholeNumbers(true);
        box->setRange(Decimal(), Decimal::fromInt(std::numeric_limits<int>::max()));
        box->setStep(Decimal::fromInt(1), true);
        box->setButtonSymbols(QAbstractSpinBox::NoButtons);
        box->setMinimumWidth(digits);
        box->installEventFilter(this);
        layout->addWidget(box, 1);
        if (box == m_done) {
            layout->addWidget(m_of);
        }
    }
    m_of->setBuddy(m_total);
    setFocusProxy(m_done);
}

void RatioEditor::setValues(qint64 done, qint64 total)
{
    m_total->setValue(Decimal::fromInt(total));
    m_done->setValue(Decimal::fromInt(done));
}

std::optional<qint64> RatioEditor::done() const
{
    return wholeNumber(m_done);
}

std::optional<qint64> RatioEditor::total() const
{
    return wholeNumber(m_total);
}

QString RatioEditor::typedText() const
{
    return tr("%1 of %2").arg(m_done->text().trimmed(), m_total->text().trimmed());
}

bool RatioEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_done && watched != m_total) {
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Tab && watched == m_done) {
            m_total->setFocus(Qt::TabFocusReason);
            m_total->selectAll();
            return true;
        }
        if (key == Qt::Key_Backtab && watched == m_total) {
            m_done->setFocus(Qt::BacktabFocusReason);
            m_done->selectAll();
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape || key == Qt::Key_Tab
            || key == Qt::Key_Backtab) {
            QCoreApplication::sendEvent(this, event);
            return true;
        }
    } else if (event->type() == QEvent::FocusOut && !isAncestorOf(QApplication::focusWidget())) {
        QFocusEvent out(QEvent::FocusOut, static_cast<QFocusEvent*>(event)->reason());
        QCoreApplication::sendEvent(this, &out);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace danhgia::ui
