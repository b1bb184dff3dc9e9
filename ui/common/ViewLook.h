#pragma once

#include <QLocale>
#include <QString>

#include "numbers/Decimal.h"

class QTableView;
class QTableWidgetItem;
class QWidget;

namespace danhgia::ui {

// How the lists and tables of every screen look, kept in one place so that the screens match:
// rows of one compact height taken from the font (so that they follow a larger font or a scaled
// screen), no word wrap, long text elided; long number-column titles on two lines.
class ViewLook
{
public:
    // The height of a row of `lines` lines of text in a list or table: the font's line
    // spacing and a little room above and below.
    static int rowHeight(const QWidget* view, int lines = 1);
    // Every row of the table `lines` lines high and fixed (no word wrap, long text elided with
    // `elide`); the rows do not grow with their content, the tooltip shows the whole text.
    static void useCompactRows(QTableView* table, int lines = 1, Qt::TextElideMode elide = Qt::ElideRight);
    // The width of `characters` average characters of the view's font: for columns of a
    // fixed width that hold text.
    static int textWidth(const QWidget* widget, int characters);
    // A title longer than `longerThan` characters on two lines, broken at the space nearest its
    // middle, so that a column of short values is about as wide as its values.
    static QString twoLines(const QString& title, int longerThan = 10);

    // What a cell shows when it has no value: a dash.
    static QString noValue();
    // The locale the screens write numbers and dates in, whatever the language of the program.
    static QLocale vietnamese();
    // A decimal in the program's locale, with the digits it has.
    static QString number(Decimal value);
    // A cell of a read-only table: selectable, not editable.
    static QTableWidgetItem* readOnlyItem(const QString& text,
                                          Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    // The object name (for tests), the name a screen reader says and the tooltip of a control.
    static void describe(QWidget* widget, const QString& objectName, const QString& accessibleName,
                         const QString& toolTip);
};

} // namespace danhgia::ui
