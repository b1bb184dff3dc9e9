#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace danhgia {

// One entry of the audit trail: who changed what, from which value to which, and why.
struct AuditEntry
{
    QString actor;
    QString entity; // table or kind of thing ("score_sheets", "criteria_sets", ...)
    QString entityUuid;
    QString action; // insert, update, delete, or a workflow action (submit, approve, ...)
    QString oldValue; // JSON text or empty
    QString newValue;
    QString reason;
    // The old and new values as UTF-8 JSON text, when the caller has them so (ChangeLog): used
    // instead of oldValue and newValue unless null.
    QByteArray oldJson{};
    QByteArray newJson{};
};

// The append-only audit trail with a hash chain: each row stores SHA-256 over its own fields and
// the previous row's hash, and the hash of the last row is kept in `meta` too, so an edited,
// removed or appended-by-hand row breaks the chain where it happened.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // Appends inside the caller's transaction.
    static bool append(QSqlDatabase& db, const AuditEntry& entry, QString* error);

    struct Verification
    {
        bool ok = false;
        qint64 rows = 0;
        qint64 firstBrokenRow = -1; // id of the first row that does not verify (-1: none)
        QString message; // what is wrong, in the user's language
    };
    static Verification verify(QSqlDatabase& db);

    static QString hashOf(const QString& previousHash, qint64 id, const QString& at, const AuditEntry& entry);
};

} // namespace danhgia
