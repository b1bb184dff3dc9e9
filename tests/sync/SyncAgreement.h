#pragma once

#include "ProvinceFixture.h"
#include "numbers/Decimal.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace danhgia {
class Database;
}

// The checks that a client database and the server agree after a sync (tests/sync): rows by uuid,
// every operation applied exactly once, nothing lost. Each answers the list of what is wrong, one
// line each, empty when all is well.
class SyncAgreement
{
public:
    // What a test wrote last, as every database and the server must have it in the end.
    struct Expected
    {
        QMap<QString, QMap<QString, danhgia::Decimal>> selfValues; // sheet uuid → code → points
        QMap<QString, QString> people; // code → full name
    };

    explicit SyncAgreement(ProvinceFixture& province)
        : m_province(province)
    { }

    // Every difference between `db` and what the server gives `login` (a full pull), for the units,
    // people, campaigns, score sheets and evidence rows: a row missing on either side, a field or a
    // value that differs.
    QStringList differences(danhgia::Database& db, const QString& login);
    // Every way in which the operations of `db` were not each applied exactly once: an outbox entry
    // without an outcome or with one other than "applied" or "conflict", the server's recorded
    // operations of the client not the op_ids the outbox sent (all but those a conflict's
    // resolution superseded before they were sent) or with another outcome than here, an
    // operation that made more than one version, a duplicate row.
    QStringList notExactlyOnce(danhgia::Database& db);
    // What the server has of `expected` that differs from it (as seen by the administrator).
    QStringList missing(const Expected& expected);

private:
    QList<QJsonObject> serverRows(const QString& login, QString* error);

    ProvinceFixture& m_province;
};
