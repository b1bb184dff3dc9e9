#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace danhgia::test {

// Runs the built danhgia-cli as a separate process and keeps what it printed.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

CliRun runCli(const QStringList& arguments, const QByteArray& language = QByteArrayLiteral("vi"));

} // namespace danhgia::test
