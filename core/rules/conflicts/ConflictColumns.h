#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// The columns of the synchronised rows other than a score sheet's values, as a conflict compares
// and resolves them (docs/sync.md "Conflicts"): what each one is (a required text, a date, a
// number, a yes/no, a choice, JSON kept whole, a reference to another row by its UUID), its label
// for the officer ("Họ và tên", "Đơn vị"...), and what a value kept or typed must satisfy.
// Bookkeeping (ids, versions, timestamps, search keys, computed values) is never offered.
class ConflictColumns
{
    Q_DECLARE_TR_FUNCTIONS(ConflictColumns)

public:
    enum class Kind
    {
        Text,
        Integer,
        Boolean,
        Date,
        Decimal,
        Choice,
        Json, // kept whole: mine or the server's, never typed
        Timestamp, // set by the program (closed_at...): mine or the server's, never typed
        Reference, // another row, by its UUID on the wire
    };

    struct Column
    {
        QString name;
        Kind kind = Kind::Text;
        bool required = false; // a text that may not be empty, a reference that may not be none
        bool unique = false; // no other row of the table may hold the same value
        QStringList choices; // Choice: the allowed values
        QString target; // Reference: the table it names
    };

    // A column's description; none for bookkeeping and for what is not a column of `entity`.
    static std::optional<Column> find(const QString& entity, const QString& name);
    // Bookkeeping the comparison leaves out: ids, versions, timestamps the server sets, search
    // keys, computed values, and the local ids of references (their UUIDs are compared instead).
    static bool isBookkeeping(const QString& entity, const QString& name);
    // "Họ và tên", "Đơn vị"... (translated); the column's own name for one it does not know.
    static QString label(const QString& name);
    // Whether a value may be typed for the column (not for JSON, timestamps and references).
    static bool typable(const Column& column);

    // A kept value checked: nothing when allowed, else what is wrong (in the user's language).
    static QString check(const Column& column, const QJsonValue& value);
    // A typed value read and checked into the value to write; none with `error` set.
    static std::optional<QJsonValue> parse(const Column& column, const QString& typed, QString* error);
    // A value as a person reads it (có/không, 15/12/2026, the referenced row's title from
    // `titles` by UUID); "—" for none.
    static QString display(const QString& name, const QJsonValue& value,
                           const QHash<QString, QString>& titles);

    // What names a row for the officer: "XCL — Ủy ban nhân dân xã Chi Lăng" for a unit, the code and
    // full name of a person, the code and title of a campaign...; empty when the row says nothing.
    static QString rowTitle(const QString& entity, const QJsonObject& row);
};

} // namespace danhgia
