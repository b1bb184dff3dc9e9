// The provincial server under load, run by hand (not in CI): a private PostgreSQL and a real
// danhgia-server on loopback (the test harness's ProvinceFixture).
//  1. push of 10,000 operations (new score sheets with their self-assessed values, each checked
//     and scored by the server), in batches of 1,000: operations per second, and per second of
//     server CPU; the baseline is PostgreSQL's COPY of the same rows into a table of the same shape;
//  2. a commune's first pull (every page) against COPY TO of the same rows;
//  3. N simulated clients (default 500) doing incremental syncs (a pull since their cursor, and a
//     push of one change every fourth round), each every --interval ms (default 2000; 0: as fast as
//     the threads go, to find the saturation), for a bounded time (default 60 s): p50, p99, errors.
// Usage: danhgia-bench-server [--seconds 60] [--clients 500] [--interval 2000] [--workers 2]
#include "PgConnection.h"
#include "ProvinceFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = stat.readAll().split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    return (fields.value(13).toDouble() + fields.value(14).toDouble()) / static_cast<double>(ticks);
}

QJsonObject sheetInsert(const QString& campaign, int n)
{
    const QString uuid = ProvinceFixture::newUuid();
    return ProvinceFixture::op(
        QStringLiteral("bench-%1").arg(n), QStringLiteral("score_sheets"), uuid, QStringLiteral("insert"), 0,
        {{QStringLiteral("campaign_uuid"), campaign},
         {QStringLiteral("subject_code"), QStringLiteral("XCL")},
         {QStringLiteral("period"), QStringLiteral("P%1").arg(n)},
         {QStringLiteral("subject_name"), QStringLiteral("Ủy ban nhân dân xã Chi Lăng")},
         {QStringLiteral("subject_group"), QString()},
         {QStringLiteral("flags"), QStringLiteral("[]")},
         {QStringLiteral("uuid"), uuid},
         {QStringLiteral("stage"), QStringLiteral("self")},
         {QStringLiteral("values"),
          QJsonObject{{QStringLiteral("1.1"), QJsonObject{{QStringLiteral("points"), n % 6}}},
                      {QStringLiteral("1.2"), QJsonObject{{QStringLiteral("points"), 3}}}}}});
}

void print(const QString& line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int seconds = 60;
    int clients = 500;
    int interval = 2000;
    QString workers = QStringLiteral("2");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--seconds")) {
            seconds = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--clients")) {
            clients = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--interval")) {
            interval = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--workers")) {
            workers = args[i + 1];
        }
    }
    ProvinceFixture province;
    QString error;
    if (!province.start(&error,
                        {QStringLiteral("--workers"), workers, QStringLiteral("--log-requests"),
                         QStringLiteral("false"), QStringLiteral("--max-connections"),
                         QStringLiteral("2000")})) {
        print(error);
        return 1;
    }
    const qint64 pid = province.server().pid();
    const HttpTestClient commune = province.client(QStringLiteral("xcl"));

    // 1. Push of 10,000 operations.
    const int total = 10000;
    const int batch = 1000;
    QList<QJsonArray> batches;
    QJsonArray rows;
    for (int b = 0; b < total / batch; ++b) {
        QJsonArray ops;
        for (int i = 0; i < batch; ++i) {
            ops.append(sheetInsert(province.campaignUuid, b * batch + i));
        }
        batches.append(ops);
    }
    const double cpuBefore = cpuSeconds(pid);
    QElapsedTimer timer;
    timer.start();
    for (const QJsonArray& ops : batches) {
        const auto answer = ProvinceFixture::push(commune, QStringLiteral("bench-db"), ops);
        if (answer.status != 200) {
            print(QStringLiteral("push failed: %1").arg(QString::fromUtf8(answer.body.left(300))));
            return 1;
        }
    }
    const double pushSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double pushCpu = cpuSeconds(pid) - cpuBefore;
    // The baseline: COPY of the same rows (their stored JSON) into a table shaped like records.
    danhgia::server::PgConnection db;
    db.open(province.database(), &error);
    db.exec("CREATE TABLE copy_baseline (LIKE records INCLUDING ALL)");
    const auto stored
        = db.exec("SELECT entity, uuid, version, scope_unit, parent_uuid, data FROM records WHERE "
                  "entity = 'score_sheets'");
    QByteArray copyText;
    for (int r = 0; r < stored.rows(); ++r) {
        QByteArray data = stored.bytes(r, 5);
        data.replace('\\', "\\\\");
        copyText += stored.bytes(r, 0) + '\t' + stored.bytes(r, 1) + '\t' + stored.bytes(r, 2) + '\t'
            + stored.bytes(r, 3) + '\t' + stored.bytes(r, 4) + "\tf\t" + data + "\t0\t\t\t0\t2026-01-01\n";
    }
    PGconn* raw = PQconnectdb(province.database().toUtf8().constData());
    timer.restart();
    PQclear(PQexec(raw, "BEGIN"));
    PQclear(PQexec(raw, "COPY copy_baseline FROM STDIN"));
    PQputCopyData(raw, copyText.constData(), static_cast<int>(copyText.size()));
    PQputCopyEnd(raw, nullptr);
    PQclear(PQgetResult(raw));
    PQclear(PQexec(raw, "COMMIT"));
    const double copySeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    print(QStringLiteral(
              "push: %1 operations in %2 s = %3 op/s; server CPU %4 s = %5 op per CPU-second; COPY of "
              "the same rows %6 s = %7 rows/s; push/COPY time ratio %8")
              .arg(total)
              .arg(pushSeconds, 0, 'f', 2)
              .arg(total / pushSeconds, 0, 'f', 0)
              .arg(pushCpu, 0, 'f', 2)
              .arg(total / std::max(pushCpu, 0.001), 0, 'f', 0)
              .arg(copySeconds, 0, 'f', 3)
              .arg(stored.rows() / copySeconds, 0, 'f', 0)
              .arg(pushSeconds / copySeconds, 0, 'f', 1));

    // 2. A commune's first pull.
    timer.restart();
    qint64 cursor = 0;
    int pulled = 0;
    bool more = true;
    for (int page = 0; page < 1000 && more; ++page) {
        const auto answer = commune.get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(cursor));
        const QJsonObject json = answer.json();
        pulled += static_cast<int>(json.value(QStringLiteral("changes")).toArray().size());
        cursor = json.value(QStringLiteral("next")).toInteger();
        more = json.value(QStringLiteral("more")).toBool();
    }
    const double pullSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    PQclear(PQexec(
        raw, "COPY (SELECT entity, uuid, version, deleted, data FROM records ORDER BY version) TO STDOUT"));
    char* buffer = nullptr;
    qint64 copied = 0;
    for (int n; (n = PQgetCopyData(raw, &buffer, 0)) > 0;) {
        copied += n;
        PQfreemem(buffer);
    }
    PQclear(PQgetResult(raw));
    const double copyOutSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    PQfinish(raw);
    print(QStringLiteral(
              "first pull: %1 rows in %2 s = %3 rows/s; COPY TO of the same rows %4 s; pull/COPY ratio %5")
              .arg(pulled)
              .arg(pullSeconds, 0, 'f', 2)
              .arg(pulled / pullSeconds, 0, 'f', 0)
              .arg(copyOutSeconds, 0, 'f', 3)
              .arg(pullSeconds / copyOutSeconds, 0, 'f', 1));

    // 3. Incremental syncs of simulated clients, each with its own client id and cursor.
    const QByteArray tokens[2]
        = {province.signIn(QStringLiteral("xcl")), province.signIn(QStringLiteral("xdd"))};
    const QString sheets[2]
        = {province.createSheet(QStringLiteral("xcl"), QStringLiteral("load-xcl"), QStringLiteral("XCL")),
           province.createSheet(QStringLiteral("xdd"), QStringLiteral("load-xdd"), QStringLiteral("XDD"))};
    std::atomic<bool> stop{false};
    std::atomic<int> errors{0};
    std::mutex latenciesMutex;
    std::vector<double> latencies;
    const int threads = std::min(clients, 64);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            std::vector<double> mine;
            std::vector<qint64> cursors(static_cast<size_t>(clients), cursor);
            QElapsedTimer clock;
            clock.start();
            for (int round = 0; !stop.load(); ++round) {
                // Each client syncs once per interval, its start spread over the interval.
                for (int c = t; c < clients && !stop.load(); c += threads) {
                    const qint64 due
                        = static_cast<qint64>(round) * interval + static_cast<qint64>(c) * interval / clients;
                    while (!stop.load() && clock.elapsed() < due) {
                        QThread::msleep(
                            static_cast<unsigned long>(std::min<qint64>(due - clock.elapsed(), 50)));
                    }
                    if (stop.load()) {
                        break;
                    }
                    HttpTestClient client(province.port());
                    client.setToken(tokens[c % 2]);
                    QElapsedTimer one;
                    one.start();
                    const auto answer = client.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=100")
                                                       .arg(cursors[static_cast<size_t>(c)]));
                    bool ok = answer.status == 200;
                    cursors[static_cast<size_t>(c)] = answer.json().value(QStringLiteral("next")).toInteger();
                    if (ok && round % 4 == c % 4) {
                        const QJsonObject comment{
                            {QStringLiteral("sheet_uuid"), sheets[c % 2]},
                            {QStringLiteral("code"), QStringLiteral("1.2")},
                            {QStringLiteral("author"), QStringLiteral("load")},
                            {QStringLiteral("body"), QStringLiteral("round %1").arg(round)}};
                        const auto pushed = ProvinceFixture::push(
                            client, QStringLiteral("load-client-%1").arg(c),
                            {ProvinceFixture::op(QStringLiteral("load-%1-%2").arg(c).arg(round),
                                                 QStringLiteral("comments"), ProvinceFixture::newUuid(),
                                                 QStringLiteral("insert"), 0, comment)});
                        ok = pushed.status == 200;
                    }
                    if (!ok) {
                        ++errors;
                    }
                    mine.push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
                }
            }
            const std::lock_guard<std::mutex> lock(latenciesMutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        });
    }
    QThread::sleep(static_cast<unsigned long>(seconds));
    stop = true;
    for (std::thread& thread : pool) {
        thread.join();
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return latencies.empty()
            ? 0.0
            : latencies[static_cast<size_t>(p * static_cast<double>(latencies.size() - 1))];
    };
    print(QStringLiteral("load: %1 clients, a sync each %9 ms (0: at once), on %2 threads for %3 s: %4 syncs "
                         "(%5/s), p50 %6 ms, "
                         "p99 %7 ms, errors %8")
              .arg(clients)
              .arg(threads)
              .arg(seconds)
              .arg(latencies.size())
              .arg(static_cast<double>(latencies.size()) / seconds, 0, 'f', 0)
              .arg(percentile(0.5), 0, 'f', 1)
              .arg(percentile(0.99), 0, 'f', 1)
              .arg(errors.load())
              .arg(interval));
    province.stop();
    return 0;
}
