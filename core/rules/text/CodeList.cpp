#include "text/CodeList.h"

#include "text/VietnameseText.h"

#include <QRegularExpression>
#include <QSet>

namespace danhgia {

namespace {

QStringList unique(const QStringList& codes)
{
    QStringList kept;
    QSet<QString> seen;
    for (const QString& given : codes) {
        const QString code = given.trimmed();
        if (!code.isEmpty() && !seen.contains(code)) {
            seen.insert(code);
            kept.append(code);
        }
    }
    return kept;
}

} // namespace

QStringList CodeList::fromText(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return unique(text.split(separators, Qt::SkipEmptyParts));
}

std::optional<QStringList> CodeList::fromTable(const Table& table, QString* error)
{
    const auto isCodeTitle = [](const QString& title) {
        const QString key = VietnameseText::searchKey(title);
        return key == QLatin1String("ma") || key == QLatin1String("code")
            || key.startsWith(QLatin1String("ma "));
    };
    int column = -1;
    for (int i = 0; i < table.header.size() && column < 0; ++i) {
        if (isCodeTitle(table.header.at(i))) {
            column = i;
        }
    }
    QStringList codes;
    if (column < 0 && table.columnCount() == 1) {
        // A single column without a title: its first line is a code too.
        column = 0;
        codes.append(table.header.value(0));
    }
    if (column < 0) {
        *error = tr("%1: the list needs a column titled Mã (code) with the codes of the units or people")
                     .arg(table.sourceName);
        return std::nullopt;
    }
    for (int row = 0; row < table.rowCount(); ++row) {
        codes.append(table.cell(row, column));
    }
    return unique(codes);
}

} // namespace danhgia
