// Printed documents (the Decree 30/2020/NĐ-CP layout, core/documents), PDF in memory or on disk:
//  - BM_MinutesDocument: compose and render one realistic multi-page document: the score sheet
//    printout (SheetPrintout) of a 100-leaf criteria set, both stages scored by the core, with
//    comments; goal: under 200 ms per document;
//  - BM_QtPrintBaseline: the same HTML printed the way Qt does it on its own,
//    QTextDocument::print to a QPdfWriter: the baseline the renderer is compared with;
//  - BM_Batch500Sheets: 500 score sheets of a staff campaign (people of the catalogue, self and
//    appraised values, the appraiser's reasons in the audit trail), each read from a real SQLite
//    database and written as a PDF file in a temporary folder, one after the other on one thread
//    (BatchDocumentExport::exportSheet, what the worker of BatchDocumentExport runs).
// Run pinned to one core: taskset -c 1 build/bench/danhgia-bench-documents

#include "BatchDocumentExport.h"
#include "DocumentBenchMain.h"
#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "demo/DemoSheetValues.h"
#include "documents/DocumentFonts.h"
#include "documents/DocumentRenderer.h"
#include "documents/SheetPrintout.h"
#include "services/CatalogueImport.h"
#include "sources/SheetPrintoutSource.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

#include <benchmark/benchmark.h>

#include <array>
#include <memory>

using namespace danhgia;

namespace {

constexpr int Groups = 10;
constexpr int LeavesPerGroup = 10;
// DANHGIA_BENCH_BATCH=50 for a shorter run (under callgrind).
int batchSheets()
{
    static const int count = qEnvironmentVariableIsSet("DANHGIA_BENCH_BATCH")
        ? qEnvironmentVariableIntValue("DANHGIA_BENCH_BATCH")
        : 500;
    return count;
}

// Criterion titles of the length real sets have (one or two lines in the printout).
constexpr std::array<const char*, 10> Titles{{
    "Ban hành kế hoạch cải cách hành chính năm đúng thời hạn quy định",
    "Mức độ hoàn thành kế hoạch",
    "Thực hiện chế độ báo cáo định kỳ về cải cách hành chính đầy đủ, đúng thời gian",
    "Tỷ lệ văn bản quy phạm pháp luật được rà soát, hệ thống hóa theo quy định",
    "Công khai, minh bạch thủ tục hành chính",
    "Tỷ lệ hồ sơ giải quyết đúng hạn",
    "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình trên Cổng dịch vụ công",
    "Thực hiện quy định về chức năng, nhiệm vụ, cơ cấu tổ chức",
    "Ứng dụng công nghệ thông tin",
    "Sáng kiến, giải pháp mới trong thực hiện nhiệm vụ được cấp có thẩm quyền công nhận",
}};

CriteriaSet criteriaSet100()
{
    CriteriaSet set;
    set.id = QStringLiteral("bench-100");
    set.title = QStringLiteral("Bộ tiêu chí 100 tiêu chí (đo hiệu năng)");
    set.kind = QStringLiteral("staff");
    set.decimals = 2;
    for (int g = 1; g <= Groups; ++g) {
        Criterion group;
        group.code = QString::number(g);
        group.title = QStringLiteral("Lĩnh vực %1: %2").arg(g).arg(QString::fromUtf8(Titles[(g + 3) % 10]));
        group.max = Decimal::fromInt(10);
        group.isGroup = true;
        const int parent = set.addNode(group, -1);
        for (int l = 1; l <= LeavesPerGroup; ++l) {
            Criterion leaf;
            leaf.code = QStringLiteral("%1.%2").arg(g).arg(l);
            leaf.title = QString::fromUtf8(Titles[(g * 3 + l) % 10]);
            leaf.max = Decimal::fromInt(1);
            leaf.method.type = MethodType::Points;
            leaf.method.step = Decimal::fromUnits(2500);
            set.addNode(leaf, parent);
        }
    }
    const char* const grades[][3] = {{"HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "90"},
                                     {"HTTNV", "Hoàn thành tốt nhiệm vụ", "70"},
                                     {"HTNV", "Hoàn thành nhiệm vụ", "50"},
                                     {"KHTNV", "Không hoàn thành nhiệm vụ", "0"}};
    for (const auto& grade : grades) {
        set.grades.append({QString::fromLatin1(grade[0]), QString::fromUtf8(grade[1]),
                           *Decimal::fromString(QString::fromLatin1(grade[2]))});
    }
    set.finalize();
    return set;
}

SheetPrintoutData printout100()
{
    SheetPrintoutData data;
    data.set = criteriaSet100();
    data.self.criteriaId = data.set.id;
    data.self.subject
        = {QStringLiteral("CC001"), QStringLiteral("Nguyễn Thị Ánh Tuyết"), QString(), QString()};
    data.self.period = QStringLiteral("2026-11");
    ScoreSheet appraised = data.self;
    appraised.stage = Stage::Appraised;
    for (const int leaf : data.set.leaves()) {
        LeafValue value;
        value.kind = LeafValue::Kind::Points;
        value.number = Decimal::fromUnits(2500 * (leaf % 5));
        data.self.setValue(data.set.node(leaf).code, value);
        if (leaf % 7 == 0 && leaf % 5 > 0) {
            value.number = Decimal::fromUnits(2500 * (leaf % 5 - 1));
            data.comments.append(
                {data.set.node(leaf).code,
                 QStringLiteral("Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả tự đánh giá")});
        }
        appraised.setValue(data.set.node(leaf).code, value);
    }
    data.appraised = appraised;
    data.subjectName = data.self.subject.name;
    data.position = QStringLiteral("Chuyên viên chính");
    data.unitName = QStringLiteral("Phòng Công chức, viên chức");
    data.agencyName = QStringLiteral("Sở Nội vụ");
    data.parentAgencyName = QStringLiteral("UBND tỉnh Lạng Sơn");
    return data;
}

DocumentSettings settings()
{
    return SheetPrintout::defaultSettings(QDate(2026, 11, 30));
}

void BM_MinutesDocument(benchmark::State& state)
{
    const SheetPrintoutData data = printout100();
    int pages = 0;
    qint64 bytes = 0;
    for (auto _ : state) {
        const PrintableDocument document = SheetPrintout::compose(data, settings());
        const QByteArray pdf = DocumentRenderer::pdf(document, &pages);
        bytes = pdf.size();
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["pages"] = pages;
    state.counters["pdf_kb"] = static_cast<double>(bytes) / 1024;
}

void BM_QtPrintBaseline(benchmark::State& state)
{
    const PrintableDocument document = SheetPrintout::compose(printout100(), settings());
    int pages = 0;
    for (auto _ : state) {
        const QByteArray pdf = printWithQtAlone(document, &pages);
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["pages"] = pages;
}

// The demo database with 500 more people (batchSheets()) and a campaign of one month for them: each sheet
// self-assessed and appraised, one value lowered with a reason on one sheet in five.
struct BatchWorkload
{
    QTemporaryDir dir;
    QString path;
    QList<qint64> sheets;

    BatchWorkload()
    {
        path = dir.filePath(QStringLiteral("bench.sqlite"));
        QString error;
        Database db;
        if (!DemoDatabase::create(path, &error) || !db.open(path, &error, false) || !fill(db, &error)) {
            qFatal("cannot make the benchmark database: %s", qPrintable(error));
        }
        SheetPrintoutSource source(db.connection());
        sheets = source.campaignSheets(QStringLiteral("BENCH-500"), &error).value_or(QList<qint64>());
        if (sheets.size() != batchSheets()) {
            qFatal("the benchmark campaign has %d sheets: %s", int(sheets.size()), qPrintable(error));
        }
    }

    static bool fill(Database& db, QString* error)
    {
        const char* const units[] = {"SNV-CCVC", "SNV-CCHC", "STC", "SYT", "SGDDT", "SXD", "XCL", "XDD"};
        const char* const family[]
            = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà"};
        const char* const middle[] = {"Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh", "Hữu"};
        const char* const given[]
            = {"An",    "Bình", "Cường", "Dung", "Đạt", "Giang", "Hà",   "Hải",    "Hạnh", "Hùng",
               "Khánh", "Lan",  "Linh",  "Long", "Mai", "Nam",   "Ngọc", "Phương", "Quân"};
        Table people;
        people.sourceName = QStringLiteral("bench-people");
        people.header
            = {QStringLiteral("Mã"),        QStringLiteral("Họ và tên"),     QStringLiteral("Chức vụ"),
               QStringLiteral("Mã đơn vị"), QStringLiteral("Nhóm nhiệm vụ"), QStringLiteral("Lãnh đạo")};
        people.headerNumber = 1;
        for (int i = 0; i < batchSheets(); ++i) {
            people.rows.append({QStringLiteral("BC%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                                QStringLiteral("%1 %2 %3")
                                    .arg(QString::fromUtf8(family[i % 10]), QString::fromUtf8(middle[i % 9]),
                                         QString::fromUtf8(given[i % 19])),
                                QStringLiteral("Chuyên viên"), QString::fromLatin1(units[i % 8]),
                                QStringLiteral("Chuyên viên"), QStringLiteral("không")});
            people.rowNumbers.append(i + 2);
        }
        if (!CatalogueImport::apply(db, CatalogueImport::planPeople(db.connection(), people),
                                    Role::Administrator, QStringLiteral("bench"), error)) {
            return false;
        }
        const auto setRow
            = CriteriaSetStore::latest(db.connection(), QStringLiteral("cong-chuc-2026"), error);
        const auto set = setRow ? CriteriaSetStore::load(db.connection(), *setRow, error) : std::nullopt;
        if (!set) {
            return false;
        }
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        DemoSheetValues values(20261130U);
        return db.transaction(
            [&](QString* e) {
                CampaignRecord record{0,
                                      QStringLiteral("BENCH-500"),
                                      QStringLiteral("Đánh giá, xếp loại công chức tháng 12 năm 2026"),
                                      set->kind,
                                      *setRow,
                                      {QStringLiteral("2026-12")},
                                      {},
                                      QString(),
                                      QString()};
                const auto campaign
                    = CampaignStore::ensure(db.connection(), record, QStringLiteral("bench"), e);
                if (!campaign) {
                    return false;
                }
                for (int i = 0; i < batchSheets(); ++i) {
                    ScoreSheet sheet;
                    sheet.criteriaId = set->id;
                    sheet.subject = {people.rows.at(i).at(0), people.rows.at(i).at(1),
                                     people.rows.at(i).at(4), QString()};
                    sheet.period = QStringLiteral("2026-12");
                    values.fill(*set, values.between(55, 99), sheet);
                    if (!SheetStore::save(db.connection(), campaign->id, sheet, QStringLiteral("bench"), {},
                                          e)) {
                        return false;
                    }
                    sheet.stage = Stage::Appraised;
                    QString reason;
                    if (i % 5 == 0) {
                        const Criterion& leaf = set->node(set->leaves().first());
                        sheet.values[leaf.code] = values.lowered(leaf, sheet.values.value(leaf.code));
                        reason
                            = QStringLiteral("Tiêu chí %1: tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả "
                                             "đã tự đánh giá.")
                                  .arg(leaf.code);
                    }
                    if (!SheetStore::save(db.connection(), campaign->id, sheet, QStringLiteral("bench"),
                                          reason, e)) {
                        return false;
                    }
                }
                return true;
            },
            error);
    }
};

void BM_Batch500Sheets(benchmark::State& state)
{
    static BatchWorkload workload;
    Database db;
    QString error;
    if (!db.open(workload.path, &error, false)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    for (auto _ : state) {
        QTemporaryDir folder;
        SheetPrintoutSource source(db.connection());
        QSet<QString> taken;
        for (const qint64 id : workload.sheets) {
            if (BatchDocumentExport::exportSheet(source, id, folder.path(), settings(), &taken, &error)
                    .isEmpty()) {
                state.SkipWithError(qPrintable(error));
                return;
            }
        }
    }
    state.counters["sheets"] = batchSheets();
    state.counters["per_sheet"] = benchmark::Counter(
        batchSheets(), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

} // namespace

BENCHMARK(BM_MinutesDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QtPrintBaseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Batch500Sheets)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    return runDocumentBenchmarks(argc, argv);
}
