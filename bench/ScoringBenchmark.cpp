// Scoring at province scale: 100,000 sheets of a 40-leaf set, in memory.
//
// BM_ValueLookupBaseline does only what no scoring can avoid (find each leaf's value in the sheet
// and read it); the other benchmarks are reported as multiples of it in docs/performance.md.

#include "BenchData.h"
#include "scoring/ScoringEngine.h"
#include "scoring/SheetScorer.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace danhgia;

namespace {

constexpr int SheetCount = 100000;

struct Workload
{
    CriteriaSet set = bench::makeCriteriaSet();
    QList<ScoreSheet> sheets = bench::makeSheets(set, SheetCount);
};

const Workload& workload()
{
    static const Workload w;
    return w;
}

void setCounters(benchmark::State& state, qint64 sheets, qint64 leaves)
{
    state.counters[QByteArrayLiteral("sheets/s").toStdString()]
        = benchmark::Counter(static_cast<double>(sheets), benchmark::Counter::kIsRate);
    state.counters[QByteArrayLiteral("leaf evals/s").toStdString()]
        = benchmark::Counter(static_cast<double>(leaves), benchmark::Counter::kIsRate);
}

void BM_ValueLookupBaseline(benchmark::State& state)
{
    const Workload& w = workload();
    qint64 sheets = 0;
    for (auto _ : state) {
        qint64 checksum = 0;
        for (const ScoreSheet& sheet : w.sheets) {
            for (const int leaf : w.set.leaves()) {
                const auto it = sheet.values.constFind(w.set.node(leaf).code);
                if (it != sheet.values.constEnd()) {
                    checksum += it->number.units() + it->done + it->level + it->count + it->items.size();
                }
            }
        }
        benchmark::DoNotOptimize(checksum);
        sheets += w.sheets.size();
    }
    setCounters(state, sheets, sheets * w.set.leaves().size());
}

void BM_SheetScorer(benchmark::State& state)
{
    const Workload& w = workload();
    const SheetScorer scorer(w.set);
    const std::vector<Decimal> bests;
    qint64 sheets = 0;
    for (auto _ : state) {
        Decimal sum;
        for (const ScoreSheet& sheet : w.sheets) {
            sum += scorer.score(sheet, bests).index;
        }
        benchmark::DoNotOptimize(sum);
        sheets += w.sheets.size();
    }
    setCounters(state, sheets, sheets * w.set.leaves().size());
}

// The whole engine as the CLI and the UI use it: check every value, score, grade, quota, rank.
void BM_ScoringEngine(benchmark::State& state)
{
    const Workload& w = workload();
    const ScoringEngine engine(w.set);
    qint64 sheets = 0;
    for (auto _ : state) {
        const auto result = engine.score(w.sheets, false, nullptr);
        if (!result) {
            state.SkipWithError("the synthetic sheets did not pass the check");
            return;
        }
        benchmark::DoNotOptimize(result->quotaAllowed);
        sheets += w.sheets.size();
    }
    setCounters(state, sheets, sheets * w.set.leaves().size());
}

} // namespace

BENCHMARK(BM_ValueLookupBaseline)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_SheetScorer)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ScoringEngine)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    workload();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
