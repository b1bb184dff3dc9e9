// danhgia-bench-data DIR N: writes the benchmark's 40-leaf criteria set and N score sheets as
// files, for timing danhgia-cli on many files (bench/run-benchmarks.sh).

#include "BenchData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace danhgia;

namespace {

bool writeJson(const QString& path, const QJsonObject& object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: danhgia-bench-data DIR N\n");
        return 2;
    }
    const QDir dir(args[1]);
    if (!QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir.path()));
        return 3;
    }
    const int count = args[2].toInt();
    const CriteriaSet set = bench::makeCriteriaSet();
    bool ok = writeJson(dir.filePath(QStringLiteral("bench-40.criteria.json")), set.toJson());
    const QList<ScoreSheet> sheets = bench::makeSheets(set, count);
    for (const ScoreSheet& sheet : sheets) {
        ok = ok && writeJson(dir.filePath(sheet.subject.id + QStringLiteral(".scores.json")), sheet.toJson());
    }
    if (!ok) {
        std::fprintf(stderr, "cannot write the files\n");
        return 3;
    }
    return 0;
}
