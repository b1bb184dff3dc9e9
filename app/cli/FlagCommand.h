#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli flag add|remove|list|history --db FILE --campaign ID [--person CODE] [--flag CODE]
//     [--reason TEXT] [--document NUMBER] [--document-date DATE] [--actor NAME]
// The facts that change a person's grade in a campaign (discipline, absence, maternity leave, a
// leader's unit...), recorded and removed with a reason through PersonFlagStore, listed with who
// recorded them, when and why.
class FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(FlagCommand)

public:
    static int run(const QStringList& arguments);
    static QString help();
};

} // namespace danhgia::cli
