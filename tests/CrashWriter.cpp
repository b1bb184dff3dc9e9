// danhgia-crash-writer DB FIRST: writes numbered transactions into DB, starting at FIRST, and
// prints "committed N" after each commit returns. TestCrashSafety kills it with SIGKILL at random
// moments and checks what survives.

#include "database/Database.h"
#include "database/SyncedTable.h"

#include <QCoreApplication>

#include <cstdio>

using namespace danhgia;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: danhgia-crash-writer DB FIRST\n");
        return 2;
    }
    Database db;
    QString error;
    if (!db.open(args[1], &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (qint64 n = args[2].toLongLong();; ++n) {
        const bool ok = db.transaction(
            [&](QString* e) {
                // Two rows and their outbox and audit entries per transaction: all or nothing.
                const auto unit
                    = SyncedTable::upsert(db.connection(), QStringLiteral("units"),
                                          {{QStringLiteral("code"), QStringLiteral("U%1").arg(n)}},
                                          {{QStringLiteral("name"), QStringLiteral("Đơn vị số %1").arg(n)},
                                           {QStringLiteral("kind"), QStringLiteral("office")}},
                                          QStringLiteral("crash-writer"), QString(), e);
                if (!unit) {
                    return false;
                }
                return SyncedTable::upsert(
                           db.connection(), QStringLiteral("people"),
                           {{QStringLiteral("code"), QStringLiteral("P%1").arg(n)}},
                           {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn %1").arg(n)},
                            {QStringLiteral("unit_id"), unit->id}},
                           QStringLiteral("crash-writer"), QString(), e)
                    .has_value();
            },
            &error);
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
