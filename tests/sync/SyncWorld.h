#pragma once

#include "ProvinceFixture.h"
#include "SyncAgreement.h"
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
// applied exactly once, nothing lost (what the test wrote, as it expects it): SyncAgreement.
class SyncWorld
{
public:
    using Expected = SyncAgreement::Expected;

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

    // The checks of SyncAgreement, on this world's server.
    QStringList differences(danhgia::Database& db, const QString& login);
    QStringList notExactlyOnce(danhgia::Database& db);
    QStringList missing(const Expected& expected);

private:
    ProvinceFixture m_province;
    int m_campaigns = 0;
};
