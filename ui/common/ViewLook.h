#pragma once

#include <QString>

class QTableView;
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
};

} // namespace danhgia::ui
