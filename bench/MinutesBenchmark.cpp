// The two kinds of minutes an office signs, each composed from its inputs and rendered as a PDF
// in memory (goal: under 200 ms per document):
//  - BM_CouncilMinutes: the minutes of an interview council and its summary sheet (7 candidates,
//    4 members, dialogues) from tests/data/documents/council-minutes.council.json;
//  - BM_AppraisalMinutes: the appraisal minutes of a unit (a 3-field set, self and appraised
//    sheets with reasons, a council of 7) from tests/data/documents/appraisal-*.json, scored by the
//    core each time;
//  - BM_QtPrintCouncilBaseline: the council minutes' HTML printed by Qt alone
//    (QTextDocument::print to a QPdfWriter), the baseline.
// Run pinned to one core: taskset -c 1 build/bench/danhgia-bench-minutes

#include "DocumentBenchMain.h"
#include "councils/CouncilReader.h"
#include "criteria/CriteriaSetReader.h"
#include "documents/AppraisalCouncilReader.h"
#include "documents/AppraisalMinutes.h"
#include "documents/CouncilMinutes.h"
#include "documents/DocumentFonts.h"
#include "documents/DocumentRenderer.h"
#include "scoring/ScoreSheetReader.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace danhgia;

namespace {

QByteArray data(const char* name)
{
    QFile file(QStringLiteral(DANHGIA_BENCH_DATA_DIR "/documents/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::abort();
    }
    return file.readAll();
}

DocumentSettings councilSettings()
{
    DocumentSettings settings = CouncilMinutes::defaultSettings(QDate(2026, 1, 5));
    settings.number = 12;
    return settings;
}

AppraisalMinutesInput appraisalInput()
{
    ValidationIssues issues;
    AppraisalMinutesInput input;
    input.set = CriteriaSetReader::read(data("appraisal-criteria.json"), &issues);
    input.self = ScoreSheetReader::read(data("appraisal-self.json"), &issues);
    input.appraised = ScoreSheetReader::read(data("appraisal-appraised.json"), &issues);
    input.reasons = input.appraised.reasons;
    input.members = AppraisalCouncilReader::read(data("appraisal-members.json"), &issues).members;
    if (ValidationIssue::hasErrors(issues)) {
        std::abort();
    }
    return input;
}

void BM_CouncilMinutes(benchmark::State& state)
{
    ValidationIssues issues;
    const CouncilSession session = CouncilReader::read(data("council-minutes.council.json"), &issues);
    int pages = 0;
    for (auto _ : state) {
        const PrintableDocument document = CouncilMinutes(session, councilSettings()).compose();
        const QByteArray pdf = DocumentRenderer::pdf(document, &pages);
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["pages"] = pages;
}

void BM_AppraisalMinutes(benchmark::State& state)
{
    const AppraisalMinutesInput input = appraisalInput();
    const DocumentSettings settings = AppraisalMinutes::defaultSettings(QDate(2026, 1, 5));
    int pages = 0;
    for (auto _ : state) {
        const PrintableDocument document = AppraisalMinutes::compose(input, settings);
        const QByteArray pdf = DocumentRenderer::pdf(document, &pages);
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["pages"] = pages;
}

void BM_QtPrintCouncilBaseline(benchmark::State& state)
{
    ValidationIssues issues;
    const CouncilSession session = CouncilReader::read(data("council-minutes.council.json"), &issues);
    const PrintableDocument document = CouncilMinutes(session, councilSettings()).compose();
    int pages = 0;
    for (auto _ : state) {
        const QByteArray pdf = printWithQtAlone(document, &pages);
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["pages"] = pages;
}

} // namespace

BENCHMARK(BM_QtPrintCouncilBaseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CouncilMinutes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AppraisalMinutes)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    return runDocumentBenchmarks(argc, argv);
}
