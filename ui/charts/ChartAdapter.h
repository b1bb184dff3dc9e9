#pragma once

#include "numbers/Decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace danhgia::ui {

// One value of a chart: a category (a unit, a field, a grade, a period) and its exact value.
struct ChartPoint
{
    QString category;
    Decimal value;
    // What is written for the value where the chart writes it (a grade's "2 (33,33%)"); empty:
    // the value in the default locale.
    QString text;
};

struct ChartSeries
{
    QString name;
    QList<ChartPoint> points;
};

// The words of a chart, already translated.
struct ChartTexts
{
    QString title;
    QString categoryAxis;
    QString valueAxis;
};

// What a chart shows, read back from it (for tests and for the accessible description).
struct ChartContent
{
    QString title;
    // The title as it is drawn, line by line, and the width of its widest line in pixels of the
    // title's font.
    QStringList titleLines;
    int titleWidth = 0;
    // Bars: top to bottom; radar: clockwise from the top; pie: the slices; trend: the periods.
    QStringList categories;
    // The values drawn, read back as decimals.
    QList<ChartSeries> series;
};

// The only place that knows the chart library (Qt Charts today; Qt Graphs later should touch
// this file pair alone). Screens hand over plain data with exact decimals and get a widget; the
// values become doubles here, for drawing only. Numbers are written in the default locale
// (85,67 in Vietnamese). Charts are returned without a parent unless one is given, with a minimum
// size at which every label and the whole title (broken into lines) stay readable: a screen shows
// them in a scroll area, so that a long ranking scrolls instead of growing the window.
class ChartAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ChartAdapter)

public:
    // Horizontal bars, the highest value at the top (ties keep the given order), each bar
    // labelled with its value; the value axis runs from 0 to `maximum`.
    static QWidget* ranking(const ChartSeries& series, const ChartTexts& texts, Decimal maximum,
                            QWidget* parent = nullptr);
    // A radar (polar chart): one spoke per category, clockwise from the top, labelled with it; one
    // closed line per series (a unit and the province average), through the categories it has;
    // radius from 0 to `maximum`.
    static QWidget* radar(const QStringList& categories, const QList<ChartSeries>& series,
                          const ChartTexts& texts, Decimal maximum, QWidget* parent = nullptr);
    // A pie of counts: one slice per point, labelled with its text ("2 (33,33%)"); the legend
    // names each slice's category with the text. Points of value 0 are in the legend only.
    static QWidget* distribution(const ChartSeries& series, const ChartTexts& texts,
                                 QWidget* parent = nullptr);
    // Lines over `periods` (the categories of the points); a series may miss some periods. The
    // last series is drawn thicker and dashed (the average). Qt writes point labels without the
    // locale (76.03), so values are left to the table beside the chart.
    static QWidget* trend(const QList<ChartSeries>& series, const QStringList& periods,
                          const ChartTexts& texts, Decimal maximum, QWidget* parent = nullptr);

    // Writes the chart as a PNG image (at least 800 × 500 pixels, at its size when larger).
    static bool exportPng(QWidget* chart, const QString& path, QString* error);
    // What a chart of this class shows; empty for another widget.
    static ChartContent content(QWidget* chart);
};

} // namespace danhgia::ui
