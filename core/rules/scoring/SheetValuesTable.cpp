#include "SheetValuesTable.h"

#include "scoring/LeafValueParser.h"
#include "text/VietnameseText.h"

#include <QHash>

namespace danhgia {

int SheetValuesTable::Result::refusedCount() const
{
    int count = 0;
    for (const Row& row : rows) {
        if (!row.problem.isEmpty()) {
            ++count;
        }
    }
    return count;
}

const QStringList& SheetValuesTable::codeTitles()
{
    static const QStringList titles{QStringLiteral("ma tieu chi"), QStringLiteral("ma"),
                                    QStringLiteral("ma so tieu chi")};
    return titles;
}

const QStringList& SheetValuesTable::valueTitles()
{
    static const QStringList titles{QStringLiteral("gia tri"),      QStringLiteral("diem"),
                                    QStringLiteral("tu danh gia"),  QStringLiteral("diem tu danh gia"),
                                    QStringLiteral("diem tu cham"), QStringLiteral("gia tri tu danh gia")};
    return titles;
}

const QStringList& SheetValuesTable::explanationTitles()
{
    static const QStringList titles{QStringLiteral("giai trinh")};
    return titles;
}

int SheetValuesTable::findColumn(const Table& table, const QStringList& titles)
{
    for (int column = 0; column < table.header.size(); ++column) {
        if (titles.contains(VietnameseText::searchKey(table.header[column]))) {
            return column;
        }
    }
    return -1;
}

SheetValuesTable::Result SheetValuesTable::read(const Table& table, const CriteriaSet& set)
{
    Result result;
    const int codeColumn = findColumn(table, codeTitles());
    const int valueColumn = findColumn(table, valueTitles());
    const int explanationColumn = findColumn(table, explanationTitles());
    QStringList missing;
    if (codeColumn < 0) {
        missing.append(QStringLiteral("\"Mã tiêu chí\""));
    }
    if (valueColumn < 0 && explanationColumn < 0) {
        missing.append(QStringLiteral("\"Giá trị\""));
    }
    if (!missing.isEmpty()) {
        result.problem
            = tr("The header row (row %1) has no column %2. The file needs a column \"Mã tiêu chí\" "
                 "and a column \"Giá trị\" (and may have \"Giải trình\").")
                  .arg(table.headerNumber)
                  .arg(missing.join(tr(" nor ")));
        return result;
    }
    QHash<QString, int> seen; // code -> the row it was first on
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.isBlankRow(row)) {
            continue;
        }
        Row read = readRow(table, row, codeColumn, valueColumn, explanationColumn, set);
        if (read.problem.isEmpty() && !read.code.isEmpty()) {
            const auto first = seen.constFind(read.code);
            if (first != seen.constEnd()) {
                read.problem = tr("criterion %1 is already on row %2").arg(read.code).arg(*first);
                read.value.reset();
            } else {
                seen.insert(read.code, read.number);
            }
        }
        result.rows.append(read);
    }
    return result;
}

SheetValuesTable::Row SheetValuesTable::readRow(const Table& table, int row, int codeColumn, int valueColumn,
                                                int explanationColumn, const CriteriaSet& set)
{
    Row read;
    read.number = table.rowNumbers.value(row);
    read.code = VietnameseText::normalize(table.cell(row, codeColumn));
    read.valueText = valueColumn >= 0 ? table.cell(row, valueColumn).trimmed() : QString();
    if (explanationColumn >= 0) {
        read.explanation = VietnameseText::normalize(table.cell(row, explanationColumn));
        read.hasExplanation = !read.explanation.isEmpty();
    }
    if (read.code.isEmpty()) {
        read.problem = tr("the row has no criterion code");
        return read;
    }
    const int index = set.indexOf(read.code);
    if (index < 0) {
        read.problem = tr("criterion %1 is not in the criteria set of the sheet").arg(read.code);
        return read;
    }
    const Criterion& node = set.node(index);
    if (node.isGroup) {
        if (!read.valueText.isEmpty() || read.hasExplanation) {
            read.problem = tr("%1 is a group of criteria: its points are the sum of its criteria, it takes "
                              "no value")
                               .arg(read.code);
        }
        return read;
    }
    if (read.valueText.isEmpty()) {
        return read;
    }
    QString error;
    read.value = LeafValueParser::parse(node, set.decimals, read.valueText, &error);
    if (!read.value) {
        read.problem = tr("criterion %1: %2").arg(read.code, error);
    }
    return read;
}

} // namespace danhgia
