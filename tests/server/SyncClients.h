#pragma once

#include "ProvinceFixture.h"
#include "database/Database.h"
#include "engine/SyncEngine.h"

#include <QString>
#include <QUrl>

#include <memory>

// Client databases (real SQLite files written through the storage) that sync with the province's
// real danhgia-server through the client's engine: opened, synchronised as an account, a campaign
// opened by the province's administrator with a sheet for each commune, leaves scored.
class SyncClients
{
public:
    SyncClients(ProvinceFixture& province, const QString& directory)
        : m_province(province)
        , m_directory(directory)
    { }

    std::unique_ptr<danhgia::Database> open(const QString& name) const;
    QUrl serverUrl() const;
    // push, upload, pull, download (pullOnly: the pull alone, no download); `part`: bytes of one
    // part of an evidence upload.
    danhgia::SyncSummary sync(danhgia::Database& db, const QString& login, bool pullOnly = false,
                              qint64 part = danhgia::SyncEngine::Limits{}.evidencePart) const;
    // Only the push (the evidence rows go, their content not).
    danhgia::SyncSummary pushOnly(danhgia::Database& db, const QString& login) const;
    // The province's database: units pulled, a criteria set of two leaves (1.1 needs evidence)
    // published and a campaign opened with a sheet for XCL and XDD, pushed. The campaign's code,
    // new on the server for each call in the process.
    QString openCampaign(danhgia::Database& province);

    static qint64 sheetOf(danhgia::Database& db, const QString& campaign, const QString& unit);
    static bool score(danhgia::Database& db, qint64 sheet, const QString& code, const QString& points,
                      QString* error);
    static QString text(danhgia::Database& db, const QString& sql);
    static QByteArray criteriaDocument(const QString& id);

private:
    ProvinceFixture& m_province;
    QString m_directory;
};
