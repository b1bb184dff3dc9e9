#include "ViewLook.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidgetItem>

#include <algorithm>

namespace danhgia::ui {

int ViewLook::rowHeight(const QWidget* view, int lines)
{
    const QFontMetrics metrics = view->fontMetrics();
    // Room around the text: about two thirds of a line, so that an editor opened in the row
    // (a spin box, a combo box) still fits.
    return metrics.lineSpacing() * std::max(1, lines) + metrics.height() * 2 / 3;
}

void ViewLook::useCompactRows(QTableView* table, int lines, Qt::TextElideMode elide)
{
    const int height = rowHeight(table, lines);
    QHeaderView* rows = table->verticalHeader();
    rows->setMinimumSectionSize(std::min(rows->minimumSectionSize(), height));
    rows->setDefaultSectionSize(height);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    table->setWordWrap(false);
    table->setTextElideMode(elide);
}

int ViewLook::textWidth(const QWidget* widget, int characters)
{
    return widget->fontMetrics().averageCharWidth() * characters;
}

QString ViewLook::twoLines(const QString& title, int longerThan)
{
    if (title.size() <= longerThan) {
        return title;
    }
    const qsizetype middle = title.size() / 2;
    const qsizetype before = title.lastIndexOf(QLatin1Char(' '), middle);
    const qsizetype after = title.indexOf(QLatin1Char(' '), middle);
    qsizetype at = before;
    if (after >= 0 && (before < 0 || after - middle < middle - before)) {
        at = after;
    }
    if (at <= 0) {
        return title;
    }
    return title.left(at) + QLatin1Char('\n') + title.mid(at + 1);
}

QString ViewLook::noValue()
{
    return QStringLiteral("—");
}

QLocale ViewLook::vietnamese()
{
    return QLocale(QLocale::Vietnamese);
}

QString ViewLook::number(Decimal value)
{
    return value.toLocaleString(QLocale());
}

QTableWidgetItem* ViewLook::readOnlyItem(const QString& text, Qt::Alignment alignment)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setTextAlignment(alignment);
    return cell;
}

void ViewLook::describe(QWidget* widget, const QString& objectName, const QString& accessibleName,
                        const QString& toolTip)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(toolTip);
}

} // namespace danhgia::ui
