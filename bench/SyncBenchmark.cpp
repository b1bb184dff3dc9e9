// The sync of a commune end to end, run by hand (not in CI): a private PostgreSQL and a real
// danhgia-server on loopback (the tests' SyncWorld), a client database written through the storage,
// and the client's SyncEngine over HTTP, as `danhgia-cli sync` and the app run it.
//  1. first sync of a commune: an empty database receives the units, the criteria set, the campaign
//     and the commune's --sheets score sheets (default 1,000);
//  2. the officer's 5 changes per sheet made offline (5,000 evidence-free operations) sent in one
//     sync (batches of 1,000);
//  3. an incremental sync of --changes changes (default 50), --runs times (default 20): median,
//     minimum and maximum. Goal of issue 14: under 300 ms end to end on loopback;
//  4. the same through danhgia-cli as a process (start, sign-in, sync), 5 runs: median.
// Each line gives the wall time of the sync and, apart, the server's time: the sum of the `ms` of
// the server's request log (`log_requests = true`: from the request parsed to the answer made,
// SQL included) over the requests of that sync. Sign-in (argon2id) is timed on its own: the app
// signs in once and syncs on a timer with the same access token.
// Usage: danhgia-bench-sync [--sheets 1000] [--changes 50] [--runs 20]
#include "SyncWorld.h"
#include "database/Database.h"
#include "engine/SyncEngine.h"
#include "network/ServerConnection.h"
#include "sync/SyncOutbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace danhgia;

namespace {

void print(const QString& line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

// The server's time and number of requests logged since `offset` of its log.
std::pair<double, int> serverTime(ProvinceFixture& province, qsizetype offset)
{
    double ms = 0;
    int requests = 0;
    for (const QByteArray& line : province.server().log().mid(offset).split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.contains(QStringLiteral("ms"))) {
            ms += entry.value(QStringLiteral("ms")).toDouble();
            ++requests;
        }
    }
    return {ms, requests};
}

struct Timed
{
    double wallMs = 0;
    double serverMs = 0;
    int requests = 0;
    SyncSummary summary;
};

Timed timedSync(ProvinceFixture& province, Database& db, ServerConnection& connection)
{
    const qsizetype offset = province.server().log().size();
    QElapsedTimer clock;
    clock.start();
    SyncEngine engine(db, connection);
    Timed timed;
    timed.summary = engine.run();
    timed.wallMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    std::tie(timed.serverMs, timed.requests) = serverTime(province, offset);
    return timed;
}

QString line(const QString& what, const Timed& t)
{
    return QStringLiteral("%1: %2 ms end to end, server %3 ms in %4 requests (sent %5, received %6)%7")
        .arg(what)
        .arg(t.wallMs, 0, 'f', 1)
        .arg(t.serverMs, 0, 'f', 1)
        .arg(t.requests)
        .arg(t.summary.sent)
        .arg(t.summary.received)
        .arg(t.summary.completed ? QString() : QStringLiteral(" FAILED: ") + t.summary.error);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int sheets = 1000;
    int changes = 50;
    int runs = 20;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sheets")) {
            sheets = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--changes")) {
            changes = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--runs")) {
            runs = args[i + 1].toInt();
        }
    }
    QTemporaryDir dir;
    SyncWorld world;
    QString error;
    if (!world.start(&error, {QStringLiteral("--log-requests"), QStringLiteral("true")})) {
        print(QStringLiteral("cannot start the server: ") + error);
        return 1;
    }
    ProvinceFixture& province = world.province();
    auto provinceDb = SyncWorld::open(dir.filePath(QStringLiteral("province.sqlite")), &error);
    auto commune = SyncWorld::open(dir.filePath(QStringLiteral("xcl.sqlite")), &error);
    QElapsedTimer clock;
    clock.start();
    const QString campaign
        = provinceDb && commune ? world.openCampaign(*provinceDb, &error, sheets) : QString();
    if (campaign.isEmpty()) {
        print(QStringLiteral("cannot open the campaign: ") + error);
        return 1;
    }
    print(QStringLiteral("setup: the province opened a campaign of %1 sheets in %2 ms")
              .arg(2 * sheets)
              .arg(clock.elapsed()));

    ServerConnection connection(world.serverUrl(), ServerConnection::Options{});
    clock.restart();
    if (!connection.signIn(QStringLiteral("xcl"), QString::fromLatin1(ProvinceFixture::Password), &error)) {
        print(error);
        return 1;
    }
    print(QStringLiteral("sign-in (argon2id on the server): %1 ms").arg(clock.elapsed()));

    print(line(QStringLiteral("1. first sync of the commune"), timedSync(province, *commune, connection)));

    // The officer's offline work: every sheet scored, five changes each.
    QList<qint64> ids;
    {
        QSqlQuery query(commune->connection());
        query.exec(QStringLiteral("SELECT id FROM score_sheets ORDER BY id"));
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    const QStringList leaves = SyncWorld::leaves();
    clock.restart();
    int written = 0;
    for (qint64 id : std::as_const(ids)) {
        for (int n = 0; n < 5; ++n) {
            const Decimal points = Decimal::fromInt((n + written) % 6);
            if (!SyncWorld::score(*commune, id, QStringLiteral("xcl"), leaves.at(n % leaves.size()), points,
                                  &error)) {
                print(error);
                return 1;
            }
            ++written;
        }
    }
    print(QStringLiteral("   (%1 changes written offline in %2 ms)").arg(written).arg(clock.elapsed()));
    print(line(QStringLiteral("2. the %1 changes sent").arg(written),
               timedSync(province, *commune, connection)));

    QRandomGenerator random(14);
    // `changes` changes waiting (a value written again unchanged is no change).
    const auto makeChanges = [&] {
        for (int guard = 0;
             SyncOutbox::pendingCount(*commune, &error).value_or(changes) < changes && guard < 10 * changes;
             ++guard) {
            const qint64 id = ids.at(random.bounded(ids.size()));
            const Decimal points = Decimal::fromInt(static_cast<int>(random.bounded(6)));
            if (!SyncWorld::score(*commune, id, QStringLiteral("xcl"),
                                  leaves.at(random.bounded(leaves.size())), points, &error)) {
                print(error);
                return false;
            }
        }
        return true;
    };
    QList<double> wall;
    QList<double> server;
    for (int run = 0; run < runs; ++run) {
        if (!makeChanges()) {
            return 1;
        }
        const Timed timed = timedSync(province, *commune, connection);
        if (!timed.summary.completed || timed.summary.sent != changes) {
            print(line(QStringLiteral("incremental"), timed));
            return 1;
        }
        wall.append(timed.wallMs);
        server.append(timed.serverMs);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(server.begin(), server.end());
    print(QStringLiteral(
              "3. incremental sync of %1 changes, %2 runs: median %3 ms end to end (min %4, max %5), "
              "server median %6 ms")
              .arg(changes)
              .arg(runs)
              .arg(wall.at(wall.size() / 2), 0, 'f', 1)
              .arg(wall.first(), 0, 'f', 1)
              .arg(wall.last(), 0, 'f', 1)
              .arg(server.at(server.size() / 2), 0, 'f', 1));

    // The same through danhgia-cli, as an officer runs it: process start, sign-in, sync.
    QList<double> cli;
    for (int run = 0; run < 5; ++run) {
        if (!makeChanges()) {
            return 1;
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DANHGIA_PASSWORD"), QString::fromLatin1(ProvinceFixture::Password));
        process.setProcessEnvironment(env);
        clock.restart();
        process.start(QStringLiteral(DANHGIA_CLI_PATH),
                      {QStringLiteral("sync"), QStringLiteral("--db"),
                       dir.filePath(QStringLiteral("xcl.sqlite")), QStringLiteral("--server"),
                       world.serverUrl().toString(), QStringLiteral("--user"), QStringLiteral("xcl")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            print(QString::fromUtf8(process.readAllStandardError()));
            return 1;
        }
        cli.append(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(cli.begin(), cli.end());
    print(QStringLiteral("4. danhgia-cli sync of %1 changes (process, sign-in, sync), 5 runs: median %2 ms")
              .arg(changes)
              .arg(cli.at(cli.size() / 2), 0, 'f', 1));
    world.stop();
    return 0;
}
