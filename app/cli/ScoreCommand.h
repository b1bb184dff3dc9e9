#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli score --criteria SET.json SHEET.json... [--aggregate]
class ScoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    static int run(const QStringList& arguments);
    static QString help();
};

} // namespace danhgia::cli
