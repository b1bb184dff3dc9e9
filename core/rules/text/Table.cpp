#include "text/Table.h"

#include <algorithm>

namespace danhgia {

int Table::columnCount() const
{
    qsizetype widest = header.size();
    for (const auto& row : rows) {
        widest = std::max(widest, row.size());
    }
    return static_cast<int>(widest);
}

QString Table::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size()) {
        return QString();
    }
    return rows.at(row).at(column);
}

int Table::columnOf(const QString& title) const
{
    const auto exact = header.indexOf(title);
    if (exact >= 0) {
        return static_cast<int>(exact);
    }
    const QString wanted = title.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool Table::isBlankRow(int row) const
{
    if (row < 0 || row >= rows.size()) {
        return true;
    }
    const auto& cells = rows.at(row);
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString& text) { return text.trimmed().isEmpty(); });
}

void Table::appendRow(const QStringList& cells, int number)
{
    rows.append(cells);
    rowNumbers.append(number);
}

} // namespace danhgia
