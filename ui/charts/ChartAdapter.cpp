#include "ChartAdapter.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QPolarChart>
#include <QtCharts/QValueAxis>

#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace danhgia::ui {

namespace {

const QSize MinimumExportSize(800, 500);
const char* const CategoryProperty = "danhgiaCategory";
const QString LineBreak = QStringLiteral("<br>");
// Pixels kept free beside a title's longest line.
constexpr int TitleRoom = 24;

// The one place where exact values become doubles: for drawing only. Every value here has at
// most four decimals and fewer than 15 significant digits, so the double is the nearest one and
// reads back (content()) as the same decimal.
double drawn(Decimal value)
{
    return value.toDouble();
}

Decimal readBack(qreal value)
{
    return Decimal::fromDouble(value).value_or(Decimal());
}

// Axis labels of Qt Charts are rich text: the text is escaped, and long ones are broken into
// lines of about `width` characters at spaces.
QString labelText(const QString& text, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    for (QString& l : lines) {
        l = l.toHtmlEscaped();
    }
    return lines.join(LineBreak);
}

QString plainText(QString label)
{
    label.replace(LineBreak, QStringLiteral(" "));
    label.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return label;
}

QString valueText(const ChartPoint& point)
{
    return point.text.isEmpty() ? point.value.toLocaleString(QLocale()) : point.text;
}

// The title in lines that fit `width` pixels of the chart's title font, broken at spaces (a word
// longer than the width stands alone on its line): Qt Charts cuts a title that is too long with
// "...", and the title is what tells one campaign or subject from another.
QString wrappedTitle(const QString& title, const QFont& font, int width)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    QString line;
    for (const QString& word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines.append(line.toHtmlEscaped());
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty()) {
        lines.append(line.toHtmlEscaped());
    }
    return lines.join(LineBreak);
}

void prepare(QChart* chart, const ChartTexts& texts)
{
    chart->setTitle(texts.title.toHtmlEscaped());
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    chart->setTitleFont(font);
    // Axis labels and bar values in the user's way of writing numbers (85,67).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
}

QValueAxis* valueAxis(Decimal maximum, const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, drawn(maximum));
    const bool tens = maximum > Decimal() && maximum.isMultipleOf(Decimal::fromInt(10))
        && maximum <= Decimal::fromInt(200);
    axis->setTickCount(tens ? static_cast<int>(maximum.floorTimes(1) / 10) + 1 : 6);
    axis->setLabelFormat(tens ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setTitleText(title.toHtmlEscaped());
    return axis;
}

// The view of a chart, never smaller than `minimum` (the screen shows it in a scroll area), with
// its title broken into lines that fit that width.
QChartView* makeView(QChart* chart, const ChartTexts& texts, QSize minimum, QWidget* parent)
{
    qreal left = 0;
    qreal top = 0;
    qreal right = 0;
    qreal bottom = 0;
    if (chart->layout()) {
        chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    }
    const int titleWidth = minimum.width() - chart->margins().left() - chart->margins().right()
        - static_cast<int>(left + right) - TitleRoom;
    chart->setTitle(wrappedTitle(texts.title, chart->titleFont(), titleWidth));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(minimum);
    view->setAccessibleName(texts.title);
    view->setToolTip(texts.title);
    return view;
}

} // namespace

QWidget* ChartAdapter::ranking(const ChartSeries& series, const ChartTexts& texts, Decimal maximum,
                               QWidget* parent)
{
    QList<ChartPoint> points = series.points;
    std::stable_sort(points.begin(), points.end(),
                     [](const ChartPoint& a, const ChartPoint& b) { return a.value > b.value; });
    auto* chart = new QChart;
    prepare(chart, texts);
    auto* set = new QBarSet(series.name);
    set->setLabelColor(chart->titleBrush().color());
    QStringList categories;
    // Qt draws the first category at the bottom: the lowest value goes first.
    for (auto it = points.crbegin(); it != points.crend(); ++it) {
        set->append(drawn(it->value));
        categories.append(labelText(it->category, 22));
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.6);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTitleText(texts.categoryAxis.toHtmlEscaped());
    chart->addAxis(axis, Qt::AlignLeft);
    bars->attachAxis(axis);
    auto* values = valueAxis(maximum, texts.valueAxis);
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);
    chart->legend()->hide();
    // Every bar readable: the screen scrolls a long ranking rather than squeezing it.
    const int height = std::max(360, static_cast<int>(points.size()) * 34 + 160);
    return makeView(chart, texts, QSize(480, std::min(height, 2400)), parent);
}

QWidget* ChartAdapter::radar(const QStringList& categories, const QList<ChartSeries>& series,
                             const ChartTexts& texts, Decimal maximum, QWidget* parent)
{
    auto* chart = new QPolarChart;
    prepare(chart, texts);
    const auto count = static_cast<int>(categories.size());
    // The spokes stand half a step from the top (i + 0.5 on an angular axis from 0 to n), so that
    // the labels of the radial axis, which Qt writes along the top, cross no line of a series.
    auto* angular = new QCategoryAxis;
    angular->setRange(0, std::max(count, 1));
    angular->setStartValue(0);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Qt keeps little room beside the circle for the label of a spoke that points (nearly) straight
    // left or right, as both spokes of a radar of two fields do: such labels get narrower lines.
    for (int i = 0; i < count; ++i) {
        const double angle = 2 * std::acos(-1.0) * (i + 0.5) / count;
        angular->append(labelText(categories[i], std::abs(std::sin(angle)) > 0.95 ? 12 : 18), i + 0.5);
    }
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto* radial = valueAxis(maximum, QString());
    radial->setTickCount(6);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    const double halfStep = count > 0 ? std::acos(-1.0) / count : 0.0; // π / n
    for (int s = 0; s < series.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(series[s].name);
        QList<std::optional<double>> values;
        for (int i = 0; i < count; ++i) {
            const auto it = std::find_if(series[s].points.cbegin(), series[s].points.cend(),
                                         [&](const ChartPoint& p) { return p.category == categories[i]; });
            values.append(it == series[s].points.cend() ? std::nullopt
                                                        : std::optional<double>(drawn(it->value)));
        }
        // Closed through the top: where the straight line from the last spoke to the first crosses
        // the top (angle 0 = n), for drawing only.
        std::optional<double> top;
        if (count > 1 && values.first() && values.last()) {
            const double a = *values.last();
            const double b = *values.first();
            top = a + b > 0 ? 2 * a * b * std::cos(halfStep) / (a + b) : 0.0;
            line->append(0, *top);
        }
        for (int i = 0; i < count; ++i) {
            if (values[i]) {
                line->append(i + 0.5, *values[i]);
            }
        }
        if (top) {
            line->append(count, *top);
        }
        chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
        QPen pen = line->pen();
        pen.setWidthF(s == 0 ? 3.0 : 2.0);
        if (s > 0) {
            pen.setStyle(Qt::DashLine);
        }
        line->setPen(pen);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return makeView(chart, texts, QSize(520, 480), parent);
}

QWidget* ChartAdapter::distribution(const ChartSeries& series, const ChartTexts& texts, QWidget* parent)
{
    auto* chart = new QChart;
    prepare(chart, texts);
    auto* pie = new QPieSeries;
    pie->setName(series.name);
    pie->setPieSize(0.62);
    for (const ChartPoint& point : series.points) {
        // The slice says how many; the legend beside it says which grade, on lines of about 20
        // characters (Qt cuts a long label with "...", and a slice's label has one line of room
        // above the pie).
        auto* slice = new QPieSlice(valueText(point), drawn(point.value));
        slice->setProperty(CategoryProperty, point.category);
        slice->setLabelVisible(point.value > Decimal());
        slice->setLabelPosition(QPieSlice::LabelOutside);
        pie->append(slice);
    }
    chart->addSeries(pie);
    const QList<QLegendMarker*> markers = chart->legend()->markers(pie);
    for (int i = 0; i < markers.size() && i < series.points.size(); ++i) {
        const ChartPoint& point = series.points.at(i);
        markers.at(i)->setLabel(labelText(tr("%1: %2").arg(point.category, valueText(point)), 20));
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    return makeView(chart, texts, QSize(480, 400), parent);
}

QWidget* ChartAdapter::trend(const QList<ChartSeries>& series, const QStringList& periods,
                             const ChartTexts& texts, Decimal maximum, QWidget* parent)
{
    auto* chart = new QChart;
    prepare(chart, texts);
    auto* axis = new QBarCategoryAxis;
    for (const QString& period : periods) {
        axis->append(labelText(period, 16));
    }
    axis->setTitleText(texts.categoryAxis.toHtmlEscaped());
    chart->addAxis(axis, Qt::AlignBottom);
    auto* values = valueAxis(maximum, texts.valueAxis);
    chart->addAxis(values, Qt::AlignLeft);
    for (int s = 0; s < series.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(series[s].name);
        QList<QPointF> points;
        for (const ChartPoint& point : series[s].points) {
            const auto x = periods.indexOf(point.category);
            if (x >= 0) {
                points.append(QPointF(static_cast<qreal>(x), drawn(point.value)));
            }
        }
        std::sort(points.begin(), points.end(),
                  [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
        line->append(points);
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(axis);
        line->attachAxis(values);
        QPen pen = line->pen();
        pen.setWidthF(2.5);
        if (s == series.size() - 1) {
            pen.setWidthF(3.0);
            pen.setStyle(Qt::DashLine);
        }
        line->setPen(pen);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return makeView(chart, texts, QSize(480, 400), parent);
}

bool ChartAdapter::exportPng(QWidget* chart, const QString& path, QString* error)
{
    auto* view = qobject_cast<QChartView*>(chart);
    if (!view || !view->chart() || !view->scene()) {
        *error = tr("there is no chart to export");
        return false;
    }
    // The chart is laid out at the size of the image for a moment and painted from its scene, so
    // that a chart not shown (or shown small) is written readable, and the widget is left as it is.
    QChart* c = view->chart();
    const QSizeF shown = c->size();
    const QSize size = view->size().expandedTo(view->minimumSize()).expandedTo(MinimumExportSize);
    c->resize(size);
    if (c->layout()) {
        c->layout()->activate();
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(c->pos(), QSizeF(size)));
    }
    c->resize(shown);
    if (c->layout()) {
        c->layout()->activate();
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        *error = tr("cannot write the image %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

ChartContent ChartAdapter::content(QWidget* chart)
{
    ChartContent content;
    auto* view = qobject_cast<QChartView*>(chart);
    if (!view || !view->chart()) {
        return content;
    }
    QChart* c = view->chart();
    content.title = plainText(c->title());
    const QFontMetrics titleMetrics(c->titleFont());
    for (const QString& line : c->title().split(LineBreak)) {
        content.titleLines.append(plainText(line));
        content.titleWidth
            = std::max(content.titleWidth, titleMetrics.horizontalAdvance(content.titleLines.last()));
    }
    QStringList axisLabels;
    QList<qreal> positions; // where each category stands on the axis
    for (QAbstractAxis* axis : c->axes()) {
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis)) {
            axisLabels = bars->categories();
            for (int i = 0; i < axisLabels.size(); ++i) {
                positions.append(i);
            }
        } else if (auto* categories = qobject_cast<QCategoryAxis*>(axis)) {
            axisLabels = categories->categoriesLabels();
            for (const QString& label : axisLabels) {
                positions.append(categories->endValue(label));
            }
        }
    }
    for (QString& label : axisLabels) {
        label = plainText(label);
    }
    for (QAbstractSeries* series : c->series()) {
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(series)) {
            // Drawn from the bottom: read from the top.
            std::reverse(axisLabels.begin(), axisLabels.end());
            content.categories = axisLabels;
            for (QBarSet* set : bars->barSets()) {
                ChartSeries read{set->label(), {}};
                for (int i = set->count() - 1; i >= 0; --i) {
                    const int row = set->count() - 1 - i;
                    read.points.append({axisLabels.value(row), readBack(set->at(i)), QString()});
                }
                content.series.append(read);
            }
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            ChartSeries read{pie->name(), {}};
            for (QPieSlice* slice : pie->slices()) {
                const QString category = slice->property(CategoryProperty).toString();
                content.categories.append(category);
                read.points.append({category, readBack(slice->value()), plainText(slice->label())});
            }
            content.series.append(read);
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            content.categories = axisLabels;
            ChartSeries read{line->name(), {}};
            // Points between the categories (a radar's closing at the top) are left out.
            for (const QPointF& point : line->points()) {
                for (int i = 0; i < positions.size(); ++i) {
                    if (std::abs(positions[i] - point.x()) < 1e-9) {
                        read.points.append({axisLabels.at(i), readBack(point.y()), QString()});
                    }
                }
            }
            content.series.append(read);
        }
    }
    return content;
}

} // namespace danhgia::ui
