#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli council FILE
class CouncilCommand
{
    Q_DECLARE_TR_FUNCTIONS(CouncilCommand)

public:
    static int run(const QStringList& arguments);
    static QString help();
};

} // namespace danhgia::cli
