#include "tabular/CellReference.h"

namespace danhgia {

namespace {

bool isLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

int letterCount(QStringView reference)
{
    int count = 0;
    while (count < reference.size() && isLetter(reference.at(count))) {
        ++count;
    }
    return count;
}

} // namespace

int CellReference::columnIndex(QStringView reference)
{
    const int letters = letterCount(reference);
    if (letters == 0 || letters > 3) {
        return -1;
    }
    int column = 0;
    for (int i = 0; i < letters; ++i) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
    }
    return column <= MaxColumns ? column - 1 : -1;
}

int CellReference::rowNumber(QStringView reference)
{
    const int letters = letterCount(reference);
    const QStringView digits = reference.mid(letters);
    if (digits.isEmpty() || digits.size() > 7) {
        return 0;
    }
    int row = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9') {
            return 0;
        }
        row = row * 10 + (c.unicode() - u'0');
    }
    return row >= 1 && row <= MaxRows ? row : 0;
}

QString CellReference::columnName(int column)
{
    if (column < 0 || column >= MaxColumns) {
        return QString();
    }
    QString name;
    int rest = column + 1;
    while (rest > 0) {
        const int digit = (rest - 1) % 26;
        name.prepend(QChar(u'A' + digit));
        rest = (rest - 1) / 26;
    }
    return name;
}

QString CellReference::name(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

} // namespace danhgia
