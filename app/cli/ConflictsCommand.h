#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli conflicts list|show|resolve --db FILE [ID] [--keep mine|server]
//     [--field PATH=mine|server|VALUE ...] [--role ROLE] [--actor NAME]
// The conflicts inbox of a database (ConflictInbox): the rows in conflict with the provincial
// server, one with its fields side by side (base, server, here), and its resolution (ConflictResolver),
// checked with the core's rules; what is refused is named field by field.
class ConflictsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    static int run(const QStringList& arguments);
    static QString help();
};

} // namespace danhgia::cli
