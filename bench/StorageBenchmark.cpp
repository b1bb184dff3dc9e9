// Storage at province scale: importing 100,000 score sheets of the 40-leaf benchmark set into one
// campaign, and recomputing the campaign's results from the database.
//
// BM_RawSqliteInsert is the physical ceiling: the same rows (one score_sheets row and 40
// sheet_values rows per sheet, values already serialised) inserted with the sqlite3 C API and
// prepared statements in one transaction, with no outbox, no audit trail and no checks.
// docs/performance.md reports the others as multiples of it.

#include "BenchData.h"
#include "database/Database.h"
#include "queries/CampaignResults.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace danhgia;

namespace {

int sheetCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("DANHGIA_BENCH_SHEETS");
    return fromEnvironment > 0 ? fromEnvironment : 100000;
}

struct Workload
{
    CriteriaSet set = bench::makeCriteriaSet();
    QList<ScoreSheet> sheets = bench::makeSheets(set, sheetCount());
};

const Workload& workload()
{
    static const Workload w;
    return w;
}

// A database with the benchmark set imported and an empty campaign; returns the campaign id.
qint64 prepare(Database& db, const QString& path)
{
    QString error;
    qint64 campaignId = 0;
    const bool ok = db.open(path, &error)
        && db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto setRow = CriteriaSetStore::import(db.connection(),
                                                             QJsonDocument(workload().set.toJson()).toJson(),
                                                             QStringLiteral("bench"), &issues, e);
                const auto campaign = setRow ? CampaignStore::ensure(db.connection(),
                                                                     {0,
                                                                      QStringLiteral("BENCH"),
                                                                      QStringLiteral("bench"),
                                                                      QStringLiteral("par_index"),
                                                                      *setRow,
                                                                      {QStringLiteral("2026")},
                                                                      {},
                                                                      QString(),
                                                                      QString()},
                                                                     QStringLiteral("bench"), e)
                                             : std::nullopt;
                campaignId = campaign ? campaign->id : 0;
                return campaign.has_value();
            },
            &error);
    if (!ok) {
        qFatal("cannot prepare the benchmark database: %s", qPrintable(error));
    }
    return campaignId;
}

void setCounters(benchmark::State& state, qint64 sheets)
{
    state.counters["sheets/s"] = benchmark::Counter(static_cast<double>(sheets), benchmark::Counter::kIsRate);
    state.counters["rows/s"] = benchmark::Counter(
        static_cast<double>(sheets) * (1 + workload().set.leaves().size()), benchmark::Counter::kIsRate);
}

void BM_RawSqliteInsert(benchmark::State& state)
{
    const Workload& w = workload();
    // Serialised once, outside the timing: the ceiling does no JSON work.
    std::vector<std::vector<std::pair<QByteArray, QByteArray>>> values;
    values.reserve(static_cast<std::size_t>(w.sheets.size()));
    for (const ScoreSheet& sheet : w.sheets) {
        std::vector<std::pair<QByteArray, QByteArray>> row;
        for (const QString& code : sheet.valueOrder) {
            row.emplace_back(
                code.toUtf8(),
                QJsonDocument(LeafValue::toJson(sheet.values.value(code))).toJson(QJsonDocument::Compact));
        }
        values.push_back(std::move(row));
    }
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        qint64 campaignId = 0;
        {
            Database db;
            campaignId = prepare(db, dir.filePath(QStringLiteral("raw.sqlite")));
        }
        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("raw.sqlite"))).constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON", nullptr,
                     nullptr, nullptr);
        state.ResumeTiming();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt* sheetInsert = nullptr;
        sqlite3_stmt* valueInsert = nullptr;
        sqlite3_prepare_v2(db,
                           "INSERT INTO score_sheets (campaign_id, subject_code, subject_name, period, uuid) "
                           "VALUES (?, ?, '', '2026', ?)",
                           -1, &sheetInsert, nullptr);
        sqlite3_prepare_v2(db,
                           "INSERT INTO sheet_values (sheet_id, code, stage, value) VALUES (?, ?, 'self', ?)",
                           -1, &valueInsert, nullptr);
        for (int i = 0; i < w.sheets.size(); ++i) {
            const QByteArray subject = w.sheets[i].subject.id.toUtf8();
            const QByteArray uuid = Database::newUuid().toLatin1();
            sqlite3_bind_int64(sheetInsert, 1, campaignId);
            sqlite3_bind_text(sheetInsert, 2, subject.constData(), static_cast<int>(subject.size()),
                              SQLITE_STATIC);
            sqlite3_bind_text(sheetInsert, 3, uuid.constData(), static_cast<int>(uuid.size()), SQLITE_STATIC);
            sqlite3_step(sheetInsert);
            sqlite3_reset(sheetInsert);
            const sqlite3_int64 sheetId = sqlite3_last_insert_rowid(db);
            for (const auto& [code, json] : values[static_cast<std::size_t>(i)]) {
                sqlite3_bind_int64(valueInsert, 1, sheetId);
                sqlite3_bind_text(valueInsert, 2, code.constData(), static_cast<int>(code.size()),
                                  SQLITE_STATIC);
                sqlite3_bind_text(valueInsert, 3, json.constData(), static_cast<int>(json.size()),
                                  SQLITE_STATIC);
                sqlite3_step(valueInsert);
                sqlite3_reset(valueInsert);
            }
        }
        sqlite3_finalize(sheetInsert);
        sqlite3_finalize(valueInsert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        state.PauseTiming();
        sqlite3_close(db);
        state.ResumeTiming();
    }
    setCounters(state, static_cast<qint64>(state.iterations()) * w.sheets.size());
}

// The import as `danhgia-cli import sheets` does it: every sheet checked, stored with its
// revision, outbox entry and audit entry (hash chain), in one transaction.
void BM_ImportSheets(benchmark::State& state)
{
    const Workload& w = workload();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Database db;
        const qint64 campaignId = prepare(db, dir.filePath(QStringLiteral("import.sqlite")));
        state.ResumeTiming();
        QString error;
        const bool ok = db.transaction(
            [&](QString* e) {
                for (const ScoreSheet& sheet : w.sheets) {
                    if (!SheetStore::save(db.connection(), campaignId, sheet, QStringLiteral("bench"),
                                          QString(), e)) {
                        return false;
                    }
                }
                return true;
            },
            &error);
        if (!ok) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    setCounters(state, static_cast<qint64>(state.iterations()) * w.sheets.size());
}

void BM_RecomputeCampaign(benchmark::State& state)
{
    const Workload& w = workload();
    QTemporaryDir dir;
    Database db;
    const qint64 campaignId = prepare(db, dir.filePath(QStringLiteral("recompute.sqlite")));
    QString error;
    db.transaction(
        [&](QString* e) {
            for (const ScoreSheet& sheet : w.sheets) {
                if (!SheetStore::save(db.connection(), campaignId, sheet, QStringLiteral("bench"), QString(),
                                      e)) {
                    return false;
                }
            }
            return true;
        },
        &error);
    for (auto _ : state) {
        const auto computed
            = CampaignResults::compute(db.connection(), QStringLiteral("BENCH"), false, &error);
        if (!computed) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        benchmark::DoNotOptimize(computed->result.quotaAllowed);
    }
    setCounters(state, static_cast<qint64>(state.iterations()) * w.sheets.size());
}

} // namespace

BENCHMARK(BM_RawSqliteInsert)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ImportSheets)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_RecomputeCampaign)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    workload();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
