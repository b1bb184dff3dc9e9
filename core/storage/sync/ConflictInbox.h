#pragma once

#include "conflicts/ConflictComparison.h"
#include "conflicts/ConflictResolution.h"
#include "criteria/CriteriaSet.h"
#include "database/Database.h"
#include "workflow/ApprovalPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// A row in conflict with the server, as the inbox lists it: one entry per row, its newest
// conflict (a push and a later pull of the same row are one decision).
struct ConflictSummary
{
    qint64 id = 0;
    QString entity;
    QString uuid;
    QString origin; // push, pull
    QString title; // "Xã Chi Lăng — CCHC-XA-1" for a sheet; "Người: CB01 — Nguyễn Văn An"...
    qint64 serverVersion = 0;
    QDateTime recordedAt;
    int differing = 0; // fields that differ
};

// One conflict opened for deciding: the base (known for a push conflict), the server's row and
// the row here now, compared field by field, with who changed the row here last and when.
struct ConflictDetail
{
    ConflictSummary summary;
    QJsonObject base;
    bool baseKnown = false;
    QJsonObject server; // empty: the server deleted the row
    QJsonObject local; // the row here now, in the server's form (references by UUID, NULL as null)
    qint64 localId = 0;
    qint64 baseVersion = 0;
    bool approvedSinceBase = false;
    QString localActor; // who changed the row here last (the audit trail)
    QDateTime localChangedAt;
    QList<qint64> conflictIds; // every unresolved conflict of the row (resolved together)
    QList<ConflictField> fields;
    // The rows the references name, by UUID: "XCL — Ủy ban nhân dân xã Chi Lăng".
    QHash<QString, QString> titles;
    // A score sheet's campaign and criteria set (the rules check the resolution against them).
    bool isSheet = false;
    QString campaignCode;
    CriteriaSet criteriaSet;
    ApprovalPolicy policy;

    // The context the rules decide in (it points into this detail: keep the detail alive).
    ConflictResolution::Context context() const;
};

// The conflicts inbox (sync_conflicts, docs/sync.md): what is still to decide, and one of them
// with its fields side by side. Read only; ConflictResolver writes the decision.
class ConflictInbox
{
    Q_DECLARE_TR_FUNCTIONS(ConflictInbox)

public:
    static std::optional<QList<ConflictSummary>> list(Database& db, QString* error);
    // How many rows wait for a decision (the count in the navigation list).
    static std::optional<int> count(Database& db, QString* error);
    // Nothing, with `error` naming it, when there is no unresolved conflict with that id.
    static std::optional<ConflictDetail> load(Database& db, qint64 id, QString* error);
    // The row here in the server's form: its columns (references by UUID), and a sheet's values,
    // reasons and explanations by stage and code. Empty when the row is not here.
    static std::optional<QJsonObject> localRow(Database& db, const QString& entity, const QString& uuid,
                                               qint64* localId, QString* error);

private:
    static bool referenceTitles(Database& db, ConflictDetail* detail, QString* error);
};

} // namespace danhgia
