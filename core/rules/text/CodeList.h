#pragma once

#include "text/Table.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// A list of codes (units or people) as a user gives it: pasted text, or a column of a table read
// from a CSV or Excel file. Each code once, in the order first given, spaces around removed.
class CodeList
{
    Q_DECLARE_TR_FUNCTIONS(CodeList)

public:
    // Codes separated by new lines, commas, semicolons, tabs or spaces.
    static QStringList fromText(const QString& text);
    // The column titled Mã or code (also "Mã đơn vị", "Mã cán bộ"..., with or without
    // diacritics), or the only column of a table; nothing, with `error` naming the file, otherwise.
    static std::optional<QStringList> fromTable(const Table& table, QString* error);
};

} // namespace danhgia
