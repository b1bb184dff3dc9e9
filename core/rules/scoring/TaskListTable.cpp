#include "TaskListTable.h"

#include "scoring/LeafScorer.h"
#include "scoring/LeafValueParser.h"
#include "scoring/SheetValuesTable.h"
#include "text/VietnameseText.h"

namespace danhgia {

int TaskListTable::Result::refusedCount() const
{
    int count = 0;
    for (const Row& row : rows) {
        if (!row.problem.isEmpty()) {
            ++count;
        }
    }
    return count;
}

QList<TaskItem> TaskListTable::Result::items() const
{
    QList<TaskItem> items;
    for (const Row& row : rows) {
        if (row.item) {
            items.append(*row.item);
        }
    }
    return items;
}

QStringList TaskListTable::titlesOf(Column column)
{
    switch (column) {
        case TitleColumn:
            return {QStringLiteral("nhiem vu"), QStringLiteral("ten nhiem vu"),
                    QStringLiteral("noi dung nhiem vu"), QStringLiteral("cong viec")};
        case WeightColumn:
            return {QStringLiteral("he so"), QStringLiteral("trong so")};
        case DoneColumn:
            return {QStringLiteral("hoan thanh"), QStringLiteral("da hoan thanh")};
        case QualityColumn:
            return {QStringLiteral("loi chat luong"), QStringLiteral("so loi chat luong"),
                    QStringLiteral("khong dam bao chat luong")};
        case DelaysColumn:
            return {QStringLiteral("cham tien do"), QStringLiteral("so lan cham tien do"),
                    QStringLiteral("cham muon")};
        case ExcusedColumn:
            return {QStringLiteral("co ly do khach quan"), QStringLiteral("ly do khach quan")};
        case ColumnCount:
            break;
    }
    return {};
}

TaskListTable::Result TaskListTable::read(const Table& table)
{
    Result result;
    QList<int> columns;
    for (int column = 0; column < ColumnCount; ++column) {
        columns.append(SheetValuesTable::findColumn(table, titlesOf(static_cast<Column>(column))));
    }
    if (columns[TitleColumn] < 0) {
        result.problem = tr("The header row (row %1) has no column \"Nhiệm vụ\". The file needs a column "
                            "\"Nhiệm vụ\" and may have \"Hệ số\", \"Hoàn thành\", \"Lỗi chất lượng\", \"Chậm "
                            "tiến độ\" and \"Có lý do khách quan\".")
                             .arg(table.headerNumber);
        return result;
    }
    for (int row = 0; row < table.rowCount(); ++row) {
        if (!table.isBlankRow(row)) {
            result.rows.append(readRow(table, row, columns));
        }
    }
    if (result.rows.size() > LeafScorer::MaxTaskItems) {
        result.problem = tr("The file has %1 tasks; a task list holds at most %2.")
                             .arg(result.rows.size())
                             .arg(LeafScorer::MaxTaskItems);
    }
    return result;
}

TaskListTable::Row TaskListTable::readRow(const Table& table, int row, const QList<int>& columns)
{
    Row read;
    read.number = table.rowNumbers.value(row);
    for (int column = 0; column < ColumnCount; ++column) {
        read.cells.append(columns[column] >= 0 ? VietnameseText::normalize(table.cell(row, columns[column]))
                                               : QString());
    }
    TaskItem item;
    QStringList problems;
    item.title = read.cells[TitleColumn];
    if (item.title.isEmpty()) {
        problems.append(tr("the task has no title"));
    }
    if (!read.cells[WeightColumn].isEmpty()) {
        const auto weight = LeafValueParser::parseNumber(read.cells[WeightColumn]);
        if (!weight || !LeafScorer::isValidTaskWeight(*weight)) {
            problems.append(tr("the coefficient \"%1\" is not %2")
                                .arg(read.cells[WeightColumn], LeafScorer::acceptedTaskWeights()));
        } else {
            item.weight = *weight;
        }
    }
    const auto yesNo = [&](Column column, const QString& what, bool* out) {
        if (read.cells[column].isEmpty()) {
            return;
        }
        const auto yes = LeafValueParser::parseYesNo(read.cells[column]);
        if (!yes) {
            problems.append(
                tr("\"%1\" in %2 is neither yes (\"có\") nor no (\"không\")").arg(read.cells[column], what));
        } else {
            *out = *yes;
        }
    };
    const auto count = [&](Column column, const QString& what, qint64* out) {
        if (read.cells[column].isEmpty()) {
            return;
        }
        const auto value = LeafValueParser::parseCount(read.cells[column]);
        if (!value) {
            problems.append(
                tr("\"%1\" in %2 is not %3").arg(read.cells[column], what, LeafScorer::acceptedCounts()));
        } else {
            *out = *value;
        }
    };
    yesNo(DoneColumn, tr("\"Hoàn thành\""), &item.done);
    count(QualityColumn, tr("\"Lỗi chất lượng\""), &item.qualityFailures);
    count(DelaysColumn, tr("\"Chậm tiến độ\""), &item.delays);
    yesNo(ExcusedColumn, tr("\"Có lý do khách quan\""), &item.excused);
    if (problems.isEmpty()) {
        read.item = item;
    } else {
        read.problem = problems.join(QStringLiteral("; "));
    }
    return read;
}

} // namespace danhgia
