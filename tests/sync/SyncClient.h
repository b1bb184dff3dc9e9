#pragma once

#include "database/Database.h"
#include "network/ServerConnection.h"
#include "workflow/Role.h"

#include <QString>

#include <memory>

// A client database of the sync tests and the account it syncs as: the province's administrator
// or a commune's officer, each possibly on two databases (two sessions of one account, on two
// machines), with its own connection through the test's network.
struct SyncClient
{
    QString login;
    QString label; // the database's name in messages: the login, and "-2" for the second session
    QString unit; // the commune whose sheet it scores; empty: the province
    danhgia::Role role = danhgia::Role::SelfAssessor;
    std::unique_ptr<danhgia::Database> db;
    std::unique_ptr<danhgia::ServerConnection> connection;
    qint64 sheet = 0;
    QString sheetUuid;
};
