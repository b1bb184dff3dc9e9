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

// The sheet file of the example civil servant CC<number> for January 2026.
QString civilServantSheet(int number);
// A new database `db` made with danhgia-cli: the civil-servant criteria set and the campaign T1 with
// the sheets of CC01..CC<sheets>. Empty when done, else the step that failed and what it printed.
QString createCivilServantCampaign(const QString& db, int sheets);

} // namespace danhgia::test
