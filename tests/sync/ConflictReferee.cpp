#include "ConflictReferee.h"

#include "database/Database.h"
#include "sync/ConflictInbox.h"
#include "sync/ConflictResolver.h"

using namespace danhgia;

namespace {

// The ledger's field and value of a differing field of a conflict, on the side kept.
bool ledgerValue(const ConflictDetail& detail, const ConflictField& field, ConflictKeep keep, QString* key,
                 WriteLedger::Value* value)
{
    const QJsonValue kept = keep == ConflictKeep::Mine ? field.local : field.server;
    QString kind;
    QString stage;
    QString code;
    if (detail.isSheet && ConflictComparison::splitPath(field.path, &kind, &stage, &code)
        && kind == QLatin1String("values") && stage == QLatin1String("self")) {
        *key = WriteLedger::leafField(detail.summary.uuid, code);
        *value = WriteLedger::points(kept);
        return true;
    }
    if (detail.summary.entity == QLatin1String("people") && field.path == QLatin1String("full_name")) {
        const QJsonObject row = detail.server.isEmpty() ? detail.local : detail.server;
        *key = WriteLedger::personField(row.value(QStringLiteral("code")).toString());
        *value = kept.isString() ? WriteLedger::Value(kept.toString()) : std::nullopt;
        return true;
    }
    return false;
}

} // namespace

int ConflictReferee::open(Database& db)
{
    QString error;
    const auto count = ConflictInbox::count(db, &error);
    return count ? *count : -1;
}

bool ConflictReferee::resolveAll(Database& db, Role role, const QString& actor, WriteLedger& ledger,
                                 const QString& where, QString* error)
{
    const auto conflicts = ConflictInbox::list(db, error);
    if (!conflicts) {
        return false;
    }
    for (const ConflictSummary& summary : *conflicts) {
        const auto detail = ConflictInbox::load(db, summary.id, error);
        if (!detail) {
            return false;
        }
        const ConflictKeep keep
            = detail->isSheet && m_decided++ % 2 == 0 ? ConflictKeep::Mine : ConflictKeep::Server;
        QMap<QString, WriteLedger::Value> kept;
        for (const ConflictField& field : detail->fields) {
            QString key;
            WriteLedger::Value value;
            if (field.differs() && ledgerValue(*detail, field, keep, &key, &value)) {
                kept.insert(key, value);
            }
        }
        const qint64 before = WriteLedger::lastOutboxId(db);
        if (!ConflictResolver::resolve(db, summary.id, keep, {}, role, actor, error)) {
            *error = QStringLiteral("%1, %2 conflict %3 (%4 %5): %6")
                         .arg(where, actor)
                         .arg(summary.id)
                         .arg(summary.entity, summary.uuid, *error);
            return false;
        }
        const QString decided = QStringLiteral("%1, %2 kept %3 in conflict %4")
                                    .arg(where, actor, ConflictResolution::keepName(keep))
                                    .arg(summary.id);
        if (keep == ConflictKeep::Mine) {
            ++m_tally.keptMine;
            if (!kept.isEmpty() && !ledger.recordWrite(db, before, kept, decided, true)) {
                *error = decided + QStringLiteral(": the values kept were not written as a change");
                return false;
            }
        } else {
            ++(detail->isSheet ? m_tally.keptServer : m_tally.otherRows);
            ledger.recordServerKept(detail->summary.serverVersion, kept, decided);
        }
    }
    return true;
}
