// The score sheet form with a 100-leaf set (every method, relative included), its sheet stored
// in a real SQLite database:
//  - BM_OpenSheet100Leaves: read the stored sheet (all stages, explanations, evidence counts,
//    the campaign's criteria set) and show it in the model, which scores it;
//  - BM_RecomputeAfterEdit: one value changed in the model's sheet, then everything the form
//    recomputes after an edit (both stages scored, grades, every row's values and points
//    refreshed in an attached tree view); the goal is under 10 ms;
//  - BM_SaveAndRecomputeAfterEdit: the same edit as the form makes it, written through the core
//    (one transaction with the outbox and audit entries, synchronous=FULL) and then recomputed.

#include "LeafValueDelegate.h"
#include "ScoreSheetModel.h"
#include "SheetTreeView.h"
#include "database/Database.h"
#include "services/SheetEditor.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace danhgia;

namespace {

constexpr int Groups = 10;
constexpr int LeavesPerGroup = 10;

QJsonObject methodFor(int i)
{
    switch (i % 8) {
        case 0:
            return {{QStringLiteral("type"), QStringLiteral("points")}, {QStringLiteral("step"), 0.25}};
        case 1:
            return {{QStringLiteral("type"), QStringLiteral("yes_no")}};
        case 2:
            return {{QStringLiteral("type"), QStringLiteral("levels")},
                    {QStringLiteral("levels"),
                     QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Tốt")},
                                            {QStringLiteral("points"), 1}},
                                QJsonObject{{QStringLiteral("title"), QStringLiteral("Đạt")},
                                            {QStringLiteral("points"), 0.5}}}}};
        case 3:
            return {
                {QStringLiteral("type"), QStringLiteral("ratio")},
                {QStringLiteral("bands"),
                 QJsonArray{QJsonObject{{QStringLiteral("from"), 1}, {QStringLiteral("points"), 1}},
                            QJsonObject{{QStringLiteral("from"), 0.8}, {QStringLiteral("points"), 0.5}}}}};
        case 4:
            return {{QStringLiteral("type"), QStringLiteral("linear")}};
        case 5:
            return {{QStringLiteral("type"), QStringLiteral("relative")}};
        case 6:
            return {{QStringLiteral("type"), QStringLiteral("tasks")}};
        default:
            return {{QStringLiteral("type"), QStringLiteral("deduct")},
                    {QStringLiteral("per_item"), 0.25},
                    {QStringLiteral("limit"), 1}};
    }
}

QByteArray criteriaSet100()
{
    QJsonArray groups;
    for (int g = 1; g <= Groups; ++g) {
        QJsonArray leaves;
        for (int l = 1; l <= LeavesPerGroup; ++l) {
            const QJsonObject method = methodFor((g - 1) * LeavesPerGroup + l - 1);
            const bool deduct = method.value(QStringLiteral("type")) == QLatin1String("deduct");
            leaves.append(
                QJsonObject{{QStringLiteral("code"), QStringLiteral("%1.%2").arg(g).arg(l)},
                            {QStringLiteral("title"), QStringLiteral("Tiêu chí %1.%2").arg(g).arg(l)},
                            {QStringLiteral("max"), deduct ? 0 : 1},
                            {QStringLiteral("method"), method},
                            {QStringLiteral("evidence"), QStringLiteral("required")}});
        }
        groups.append(QJsonObject{{QStringLiteral("code"), QString::number(g)},
                                  {QStringLiteral("title"), QStringLiteral("Lĩnh vực %1").arg(g)},
                                  {QStringLiteral("max"), 10},
                                  {QStringLiteral("children"), leaves}});
    }
    const QJsonObject set{
        {QStringLiteral("format"), QLatin1String(CriteriaSet::FormatName)},
        {QStringLiteral("id"), QStringLiteral("bench-100")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), QStringLiteral("Bộ tiêu chí 100 tiêu chí (đo hiệu năng)")},
        {QStringLiteral("kind"), QStringLiteral("staff")},
        {QStringLiteral("criteria"), groups},
        {QStringLiteral("grades"),
         QJsonArray{
             QJsonObject{{QStringLiteral("code"), QStringLiteral("HTXSNV")}, {QStringLiteral("min"), 90}},
             QJsonObject{{QStringLiteral("code"), QStringLiteral("HTTNV")}, {QStringLiteral("min"), 70}},
             QJsonObject{{QStringLiteral("code"), QStringLiteral("HTNV")}, {QStringLiteral("min"), 50}},
             QJsonObject{{QStringLiteral("code"), QStringLiteral("KHTNV")}, {QStringLiteral("min"), 0}}}}};
    return QJsonDocument(set).toJson(QJsonDocument::Compact);
}

LeafValue valueFor(const Criterion& leaf, int variant)
{
    LeafValue value;
    switch (leaf.method.type) {
        case MethodType::Points:
            value.kind = LeafValue::Kind::Points;
            value.number = Decimal::fromUnits(2500 * (variant % 5));
            break;
        case MethodType::YesNo:
            value.kind = LeafValue::Kind::YesNo;
            value.yes = variant % 2 == 0;
            break;
        case MethodType::Levels:
            value.kind = LeafValue::Kind::Level;
            value.level = variant % 2;
            break;
        case MethodType::Ratio:
        case MethodType::Linear:
            value.kind = LeafValue::Kind::Ratio;
            value.done = 7 + variant % 3;
            value.total = 10;
            break;
        case MethodType::Relative:
            value.kind = LeafValue::Kind::Value;
            value.number = Decimal::fromInt(5 + variant % 4);
            break;
        case MethodType::Tasks:
            value.kind = LeafValue::Kind::Tasks;
            for (int i = 0; i < 6; ++i) {
                value.items.append({QStringLiteral("Nhiệm vụ %1").arg(i + 1), Decimal::fromInt(1 + i % 2),
                                    true, (i + variant) % 2, i % 3 == 0 ? 1 : 0, false});
            }
            break;
        case MethodType::Deduct:
            value.kind = LeafValue::Kind::Count;
            value.count = variant % 3;
            break;
    }
    return value;
}

// A database with the set, a campaign and two sheets (the second one for the relative leaves).
struct Workload
{
    QTemporaryDir dir;
    Database db;
    qint64 sheet = 0;

    Workload()
    {
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
            qFatal("cannot open the benchmark database: %s", qPrintable(error));
        }
        const bool ok = db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(db.connection(), criteriaSet100(),
                                                          QStringLiteral("bench"), &issues, e);
                const auto campaign = set ? CampaignStore::ensure(db.connection(),
                                                                  {0,
                                                                   QStringLiteral("BENCH"),
                                                                   QStringLiteral("Đo hiệu năng"),
                                                                   QStringLiteral("staff"),
                                                                   *set,
                                                                   {QStringLiteral("2026")},
                                                                   {},
                                                                   QString(),
                                                                   QString()},
                                                                  QStringLiteral("bench"), e)
                                          : std::nullopt;
                const auto loaded
                    = campaign ? CriteriaSetStore::load(db.connection(), *set, e) : std::nullopt;
                if (!loaded) {
                    return false;
                }
                for (int s = 0; s < 2; ++s) {
                    ScoreSheet sheetValues;
                    sheetValues.criteriaId = loaded->id;
                    sheetValues.subject.id = QStringLiteral("CV%1").arg(s + 1);
                    sheetValues.period = QStringLiteral("2026");
                    for (const int leaf : loaded->leaves()) {
                        sheetValues.setValue(loaded->node(leaf).code, valueFor(loaded->node(leaf), leaf + s));
                    }
                    const auto id = SheetStore::save(db.connection(), campaign->id, sheetValues,
                                                     QStringLiteral("bench"), QString(), e);
                    if (!id) {
                        return false;
                    }
                    sheet = s == 0 ? *id : sheet;
                }
                return true;
            },
            &error);
        if (!ok) {
            qFatal("cannot fill the benchmark database: %s", qPrintable(error));
        }
    }
};

Workload& workload()
{
    static Workload w;
    return w;
}

void BM_OpenSheet100Leaves(benchmark::State& state)
{
    Workload& w = workload();
    for (auto _ : state) {
        SheetEditor editor(w.db);
        QString error;
        if (!editor.load(w.sheet, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        ui::ScoreSheetModel model;
        model.setEditor(&editor);
        benchmark::DoNotOptimize(model.result(Stage::Self).total);
    }
}

// The model of the form with the form's tree view and delegate attached.
struct OpenForm
{
    SheetEditor editor;
    ui::ScoreSheetModel model;
    ui::LeafValueDelegate delegate; // before the view, which goes first
    ui::SheetTreeView view;
    QString code;

    explicit OpenForm(Database& db, qint64 sheet)
        : editor(db)
    {
        QString error;
        if (!editor.load(sheet, &error)) {
            qFatal("cannot open the benchmark sheet: %s", qPrintable(error));
        }
        model.setEditor(&editor);
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.expandAll();
        view.resize(1000, 700);
        code = editor.criteriaSet().node(editor.criteriaSet().leaves().first()).code; // a points leaf
    }
};

void BM_RecomputeAfterEdit(benchmark::State& state)
{
    Workload& w = workload();
    OpenForm form(w.db, w.sheet);
    // The loaded sheet changed in memory only: what the model does after every edit, without
    // the database (the write is in the next benchmark).
    auto& sheet = const_cast<ScoreSheet&>(form.editor.sheet(Stage::Self));
    const Criterion& leaf = form.editor.criteriaSet().node(form.editor.criteriaSet().indexOf(form.code));
    int variant = 0;
    for (auto _ : state) {
        sheet.setValue(form.code, valueFor(leaf, ++variant));
        form.model.refresh();
        benchmark::DoNotOptimize(form.model.result(Stage::Self).index);
    }
}

void BM_SaveAndRecomputeAfterEdit(benchmark::State& state)
{
    Workload& w = workload();
    OpenForm form(w.db, w.sheet);
    const Criterion& leaf = form.editor.criteriaSet().node(form.editor.criteriaSet().indexOf(form.code));
    int variant = 0;
    for (auto _ : state) {
        QString error;
        const SheetEditor::LeafWrite write{Stage::Self, form.code, valueFor(leaf, ++variant), {}};
        if (!form.editor.write(write, Role::SelfAssessor, QStringLiteral("bench"), &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        form.model.refresh();
        benchmark::DoNotOptimize(form.model.result(Stage::Self).index);
    }
}

} // namespace

BENCHMARK(BM_OpenSheet100Leaves)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RecomputeAfterEdit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveAndRecomputeAfterEdit)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    workload();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
