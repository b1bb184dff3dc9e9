#include "RatioEditor.h"

#include <QApplication>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSpinBox>

#include <limits>

namespace danhgia::ui {

RatioEditor::RatioEditor(QWidget* parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_done = new QSpinBox(this);
    m_done->setObjectName(QStringLiteral("ratioDone"));
    m_done->setAccessibleName(tr("Done"));
    m_done->setToolTip(tr("How many were done (on time, as the criterion asks)"));
    m_of = new QLabel(tr("of"), this);
    m_total = new QSpinBox(this);
    m_total->setObjectName(QStringLiteral("ratioTotal"));
    m_total->setAccessibleName(tr("Total"));
    m_total->setToolTip(tr("How many arose in the period (0: none arose)"));
    for (QSpinBox* box : {m_done, m_total}) {
        box->setRange(0, std::numeric_limits<int>::max());
        box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        box->setButtonSymbols(QAbstractSpinBox::NoButtons);
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
    const auto bounded = [](qint64 value) {
        return static_cast<int>(qBound(qint64(0), value, qint64(std::numeric_limits<int>::max())));
    };
    m_total->setValue(bounded(total));
    m_done->setValue(bounded(done));
}

qint64 RatioEditor::done() const
{
    return m_done->value();
}

qint64 RatioEditor::total() const
{
    return m_total->value();
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
            for (QSpinBox* box : {m_done, m_total}) {
                box->interpretText();
            }
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
