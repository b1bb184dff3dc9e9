#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia {
class CriteriaSet;
}

namespace danhgia::cli {

// danhgia-cli validate SET.json: a readable summary of a criteria set and every problem in it.
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static int run(const QStringList& arguments);
    static QString help();
    static QString summary(const CriteriaSet& set);
};

} // namespace danhgia::cli
