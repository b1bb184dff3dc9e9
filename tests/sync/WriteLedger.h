#pragma once

#include "ProvinceFixture.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {
class Database;
}

// What the sync tests wrote, and what they decided in each conflict, with the server's versions
// deciding which is final: a field (a sheet's self-assessed leaf, a person's name) ends as the
// claim on it with the highest version on the server. A write counts only when the server applied
// its operation (record_history names its op_id: a write refused, in conflict or superseded by a
// resolution never counts); a conflict resolved "keep the server's" claims the value the server
// had at the conflict's version; "keep mine" is a write of its own. The check then holds the
// server, as the administrator pulls it, against what the claims leave, and says which resolved
// conflicts still decide their field in the end.
class WriteLedger
{
public:
    using Value = std::optional<QString>; // a leaf's points or a person's name; nothing: no value

    static QString leafField(const QString& sheetUuid, const QString& code);
    static QString personField(const QString& code);

    // The newest outbox entry of `db` (0: none), to call before a write.
    static qint64 lastOutboxId(danhgia::Database& db);
    // A leaf's value as a sheet's data holds it ({"points": 3.5}), in one canonical text.
    static Value points(const QJsonValue& leaf);

    // The write `db` just made of `values` (field → value): its newest outbox entry after `before`
    // carries it; `decision`: a conflict resolved by keeping mine. False (nothing recorded) when
    // the write made no outbox entry.
    bool recordWrite(danhgia::Database& db, qint64 before, const QMap<QString, Value>& values,
                     const QString& where, bool decision = false);
    // A conflict resolved by keeping the server's `values`, as the server had them at `version`.
    void recordServerKept(qint64 version, const QMap<QString, Value>& values, const QString& where);

    struct Verdict
    {
        QStringList problems; // empty: the server holds what the claims leave
        int decisionsFinal = 0; // resolved conflicts whose choice is the final value of its field
        int decisionsOverridden = 0; // resolved conflicts whose field a later write changed
    };
    Verdict check(ProvinceFixture& province);

private:
    struct Claim
    {
        QString field;
        Value value;
        QString clientId; // a write: the client and the op_id it went under
        QString opId;
        qint64 version = 0; // the server's version (a kept server value: known at once)
        bool decision = false;
        QString where;
    };

    static QString describe(const Value& value);
    bool resolveVersions(ProvinceFixture& province, QStringList* problems);
    static QMap<QString, Value> serverValues(ProvinceFixture& province, QStringList* problems);

    QList<Claim> m_claims;
};
