#include "WriteLedger.h"

#include "PgConnection.h"
#include "database/Database.h"
#include "numbers/Decimal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace danhgia;

QString WriteLedger::leafField(const QString& sheetUuid, const QString& code)
{
    return QStringLiteral("sheet %1 leaf %2").arg(sheetUuid, code);
}

QString WriteLedger::personField(const QString& code)
{
    return QStringLiteral("person %1").arg(code);
}

WriteLedger::Value WriteLedger::points(const QJsonValue& leaf)
{
    const QJsonValue points = leaf.toObject().value(QStringLiteral("points"));
    const auto number = points.isString() ? Decimal::fromString(points.toString())
        : points.isDouble()               ? Decimal::fromDouble(points.toDouble())
                                          : std::nullopt;
    return number ? Value(number->toString()) : std::nullopt;
}

qint64 WriteLedger::lastOutboxId(Database& db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM outbox")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

bool WriteLedger::recordWrite(Database& db, qint64 before, const QMap<QString, Value>& values,
                              const QString& where, bool decision)
{
    const qint64 newest = lastOutboxId(db);
    QSqlQuery state(db.connection());
    if (newest <= before || !state.exec(QStringLiteral("SELECT client_id FROM sync_state"))
        || !state.next()) {
        return false;
    }
    const QString client = state.value(0).toString();
    for (auto it = values.begin(); it != values.end(); ++it) {
        m_claims.append({it.key(), it.value(), client, client + QLatin1Char('-') + QString::number(newest), 0,
                         decision, where});
    }
    return true;
}

void WriteLedger::recordServerKept(qint64 version, const QMap<QString, Value>& values, const QString& where)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        m_claims.append({it.key(), it.value(), QString(), QString(), version, true, where});
    }
}

QString WriteLedger::describe(const Value& value)
{
    return value ? QLatin1Char('"') + *value + QLatin1Char('"') : QStringLiteral("(no value)");
}

// The version each write's operation made on the server; a write the server never applied is
// dropped (refused, in conflict, or superseded by a resolution before it was sent).
bool WriteLedger::resolveVersions(ProvinceFixture& province, QStringList* problems)
{
    server::PgConnection pg;
    QString error;
    if (!pg.open(province.database(), &error)) {
        problems->append(error);
        return false;
    }
    QList<Claim> applied;
    for (Claim claim : std::as_const(m_claims)) {
        if (!claim.opId.isEmpty()) {
            const auto made = pg.exec(
                "SELECT version FROM record_history WHERE client = $1 AND op_id = $2",
                {server::PgConnection::text(claim.clientId), server::PgConnection::text(claim.opId)});
            if (made.rows() > 1) {
                problems->append(QStringLiteral("%1 (%2): operation %3 made %4 versions")
                                     .arg(claim.field, claim.where, claim.opId)
                                     .arg(made.rows()));
            }
            if (made.rows() == 0) {
                continue;
            }
            claim.version = made.integer(0, 0);
        }
        applied.append(claim);
    }
    m_claims = applied;
    return true;
}

QMap<QString, WriteLedger::Value> WriteLedger::serverValues(ProvinceFixture& province, QStringList* problems)
{
    const HttpTestClient client = province.client(QStringLiteral("quantri"));
    QMap<QString, Value> values;
    qint64 since = 0;
    for (int page = 0; page < 1000; ++page) {
        const auto answer = client.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=1000").arg(since));
        if (answer.status != 200) {
            problems->append(QStringLiteral("pull as quantri: HTTP %1").arg(answer.status));
            return values;
        }
        const QJsonObject json = answer.json();
        for (const QJsonValue& change : json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject row = change.toObject();
            const QJsonObject data = row.value(QStringLiteral("data")).toObject();
            const QString entity = row.value(QStringLiteral("entity")).toString();
            if (entity == QLatin1String("people")) {
                values.insert(personField(data.value(QStringLiteral("code")).toString()),
                              data.value(QStringLiteral("full_name")).toString());
            } else if (entity == QLatin1String("score_sheets")) {
                const QJsonObject self = data.value(QStringLiteral("values"))
                                             .toObject()
                                             .value(QStringLiteral("self"))
                                             .toObject();
                for (auto it = self.begin(); it != self.end(); ++it) {
                    values.insert(leafField(row.value(QStringLiteral("uuid")).toString(), it.key()),
                                  points(it.value()));
                }
            }
        }
        since = json.value(QStringLiteral("next")).toInteger();
        if (!json.value(QStringLiteral("more")).toBool()) {
            break;
        }
    }
    return values;
}

WriteLedger::Verdict WriteLedger::check(ProvinceFixture& province)
{
    Verdict verdict;
    if (!resolveVersions(province, &verdict.problems)) {
        return verdict;
    }
    // The final claim of each field: the highest version. Two claims at one version (a write and
    // the server's value kept at its version) must agree.
    QMap<QString, Claim> last;
    for (const Claim& claim : std::as_const(m_claims)) {
        const auto found = last.constFind(claim.field);
        if (found == last.constEnd() || found->version < claim.version) {
            last.insert(claim.field, claim);
        } else if (found->version == claim.version && found->value != claim.value) {
            verdict.problems.append(
                QStringLiteral("%1 at version %2: %3 kept %4, %5 wrote %6")
                    .arg(claim.field)
                    .arg(claim.version)
                    .arg(claim.where, describe(claim.value), found->where, describe(found->value)));
        }
    }
    const QMap<QString, Value> server = serverValues(province, &verdict.problems);
    for (const Claim& claim : std::as_const(last)) {
        if (server.value(claim.field) != claim.value) {
            verdict.problems.append(QStringLiteral("%1: expected %2 (%3, version %4), the server has %5")
                                        .arg(claim.field, describe(claim.value), claim.where)
                                        .arg(claim.version)
                                        .arg(describe(server.value(claim.field))));
        }
    }
    for (const Claim& claim : std::as_const(m_claims)) {
        if (claim.decision) {
            const Claim& winner = last[claim.field];
            (winner.version == claim.version ? verdict.decisionsFinal : verdict.decisionsOverridden) += 1;
        }
    }
    return verdict;
}
