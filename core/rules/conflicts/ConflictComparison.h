#pragma once

#include "criteria/CriteriaSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace danhgia {

// One field of a synchronised row in conflict: its value in the base (the version both sides
// started from; undefined when unknown), on the server and here. `path` names it as the server
// does: `state`, `flags`, `values.<stage>.<code>`, `reasons.<stage>.<code>`, `explanations.<code>`,
// `deleted` (the server deleted the row), or a column's name.
struct ConflictField
{
    QString path;
    QJsonValue base = QJsonValue(QJsonValue::Undefined);
    QJsonValue server = QJsonValue(QJsonValue::Undefined);
    QJsonValue local = QJsonValue(QJsonValue::Undefined);
    bool baseKnown = false;

    bool differs() const;
    // Who changed it since the base (false when the base is unknown).
    bool changedOnServer() const;
    bool changedHere() const;
};

// A conflict compared field by field. The rows are in the server's form (docs/sync.md): a score
// sheet's `values` and `reasons` as stage → code → value, its `explanations` as code → text.
// Bookkeeping (ids, versions, totals the server computes: ConflictColumns::isBookkeeping) is not
// compared. The references of the other rows are, by the UUID of the row they name
// (`unit_uuid`...); a sheet's campaign is the server's. A value stored as JSON text here and as
// JSON on the server compares equal; an empty text equals an absent one and a null.
class ConflictComparison
{
    Q_DECLARE_TR_FUNCTIONS(ConflictComparison)

public:
    // Every field of `server` (or, when the server deleted the row, `deleted`) with its three
    // values, differing or not, sorted by path; `server` empty: deleted on the server.
    // `entity`: the table (its references are compared); a score sheet when empty.
    static QList<ConflictField> compare(const QJsonObject& base, bool baseKnown, const QJsonObject& server,
                                        const QJsonObject& local, const QString& entity = QString());
    // Only the fields that differ between the server and here.
    static QList<ConflictField> differing(const QList<ConflictField>& fields);
    // The row as path → value.
    static QMap<QString, QJsonValue> flatten(const QJsonObject& row, const QString& entity = QString());

    // "Điểm tự chấm 1.2 — Tiêu chí 1.2", "Trạng thái", "Họ và tên"...; the criterion's title when
    // `set` has it.
    static QString label(const QString& path, const CriteriaSet* set);
    // A value as a person reads it ("3", "9/10", "có", "Đã phê duyệt", "—" for none).
    static QString display(const QString& path, const QJsonValue& value);
    // The same, a reference shown by the title of the row it names (`titles`, by UUID).
    static QString display(const QString& path, const QJsonValue& value,
                           const QHash<QString, QString>& titles);
    // The stage and code of `values.<stage>.<code>` (or reasons.), explanations' code: `stage`
    // empty for an explanation. False for another path.
    static bool splitPath(const QString& path, QString* kind, QString* stage, QString* code);
    // The canonical text of a value, to compare the two sides.
    static QString canonical(const QJsonValue& value);
};

} // namespace danhgia
