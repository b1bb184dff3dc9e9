#pragma once

#include <QString>

#include <cstdio>

namespace danhgia::server {

// What the server's commands print for the operator: UTF-8 lines on standard output or standard
// error, flushed at once so that a line shows before a long step (a migration, a listening socket).
class ConsoleOutput
{
public:
    static void printLine(FILE* stream, const QString& text);
};

} // namespace danhgia::server
