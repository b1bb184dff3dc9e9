#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// A row made here whose creation the server refused (its insert answered `refused`, and since then no
// change of it applied, no conflict over it, no server version pulled): the server does not hold it, so a
// later change of it, or of a row naming it, would only be answered "not found" or "send it first".
// SyncOutbox refuses such a change here with the first reason instead of sending it (the server does the same
// within one push).
class RefusedCreation
{
    Q_DECLARE_TR_FUNCTIONS(RefusedCreation)

public:
    // The reason the creation of the row `uuid` of `entity` was refused; empty when it was not (or a
    // change of it was applied since); nothing, with `error` set, when the outbox cannot be read.
    static std::optional<QString> reasonFor(QSqlDatabase& db, const QString& entity, const QString& uuid,
                                            QString* error);

    // What a change refused here for that reason says: of the row itself, or of a row naming a row
    // of `entity`.
    static QString ownMessage(const QString& reason);
    static QString referenceMessage(const QString& entity, const QString& reason);
};

} // namespace danhgia
