#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli document council COUNCIL.json --pdf OUT.pdf [--xlsx OUT.xlsx] [--csv OUT.csv]: the
// minutes of an interview council and its summary sheet (CouncilMinutes), from a council file
// alone (no database). The file is checked as `danhgia-cli council` checks it, with the same
// messages and exit statuses.
class CouncilDocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(CouncilDocumentCommand)

public:
    static QString help();
    static int run(const QStringList& arguments);
};

} // namespace danhgia::cli
