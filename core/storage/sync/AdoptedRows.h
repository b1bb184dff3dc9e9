#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace danhgia {

// The UUIDs rows had before they were linked to the server's rows of the same natural key
// (PulledAdoption, schema 14). The audit trail names a row by its UUID and cannot be rewritten, so
// whatever reads a row's trail (its history, the queue's dates, the conflicts inbox) asks for the
// row's UUID and the ones it had: what was done to it before the link stays in view.
class AdoptedRows
{
    Q_DECLARE_TR_FUNCTIONS(AdoptedRows)

public:
    // The row of `entity` that was `formerUuid` is now `uuid`; a row linked before keeps its earlier
    // UUIDs too. In the caller's transaction.
    static bool record(QSqlDatabase& db, const QString& entity, const QString& formerUuid,
                       const QString& uuid, QString* error);

    // SQL for IN: the UUIDs the audit trail names the row of `entity` whose UUID is the SQL
    // expression `uuidExpression` by (a column of the outer query, or `?`, which is then bound twice).
    static QString auditUuids(const QString& entity, const QString& uuidExpression);
};

} // namespace danhgia
