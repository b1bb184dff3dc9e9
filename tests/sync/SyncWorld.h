#pragma once

#include "ProvinceFixture.h"
#include "numbers/Decimal.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace danhgia {
class Database;
}

// The world of the sync robustness tests: a real PostgreSQL and danhgia-server (ProvinceFixture),
// client databases written through the storage as officers write them, and the checks that the
// databases and the server agree after a sync over a bad network: rows by uuid, every operation
// applied exactly once, nothing lost (what the test wrote, as it expects it).
class SyncWorld
{
public:
    // What the test wrote last, as every database and the server must have it in the end.
    struct Expected
    {
        QMap<QString, QMap<QString, danhgia::Decimal>> selfValues; // sheet uuid → code → points
        QMap<QString, QString> people; // code → full name
    };

    bool start(QString* error, const QStringList& serverFlags = {});
    void stop() { m_province.stop(); }
    ProvinceFixture& province() { return m_province; }
    QUrl serverUrl() const;

    static std::unique_ptr<danhgia::Database> open(const QString& path, QString* error);
    // The province's database publishes a criteria set of four leaves and opens a campaign with
    // `sheetsPerCommune` sheets for each commune (XCL, XDD; periods K0001... when more than one),
    // and pushes them directly to the server. Its code.
    QString openCampaign(danhgia::Database& province, QString* error, int sheetsPerCommune = 1);
    static qint64 sheetOf(danhgia::Database& db, const QString& campaign, const QString& unit);
    static QString uuidOf(danhgia::Database& db, const QString& table, qint64 id);
    static QStringList leaves(); // the leaves of the campaign's criteria set

    // A commune's officer scores a leaf of its sheet (self-assessment).
    static bool score(danhgia::Database& db, qint64 sheet, const QString& login, const QString& code,
                      const danhgia::Decimal& points, QString* error);
    // The province's administrator adds a person to a unit, or renames one (the catalogue).
    static bool putPerson(danhgia::Database& province, const QString& code, const QString& name,
                          const QString& unit, QString* error);

    // A whole sync of `db` signed in as `login`, directly to the server.
    bool syncDirect(danhgia::Database& db, const QString& login, QString* error);

    // Every difference between `db` and what the server gives `login` (a full pull), for the units,
    // people, campaigns and score sheets: a row missing on either side, a field or a value that
    // differs. Empty when they agree.
    QStringList differences(danhgia::Database& db, const QString& login);
    // Every way in which the operations of `db` were not each applied exactly once: an outbox entry
    // without the outcome "applied", a count of the server's recorded operations of the client that
    // is not the outbox's, an operation that made more than one version, a duplicate row.
    QStringList notExactlyOnce(danhgia::Database& db);
    // What the server has of `expected` that differs from it (as seen by the administrator).
    QStringList missing(const Expected& expected);

private:
    QList<QJsonObject> serverRows(const QString& login, QString* error);

    ProvinceFixture m_province;
    int m_campaigns = 0;
};
