#pragma once

#include "HttpTestClient.h"
#include "database/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

// A client database held row by row against what the server gives its account (a full pull from 0):
// every synchronised table's rows by UUID, each column with the wire's translation (a local id as
// the UUID of the row it names), a score sheet's values, reasons and explanations, and the bytes of
// every evidence file. The differences, one line each; none when they agree.
class SyncComparison
{
public:
    explicit SyncComparison(const HttpTestClient& account);

    // False when the server's rows could not be read (see differences()).
    bool load();
    QStringList differences(danhgia::Database& db) const;
    // Rows the account sees on the server, per entity.
    int serverRows(const QString& entity) const { return static_cast<int>(m_rows.value(entity).size()); }

private:
    void compareRow(danhgia::Database& db, const QString& entity, const QJsonObject& local,
                    const QJsonObject& server, QStringList* lines) const;
    void compareSheetValues(danhgia::Database& db, qint64 sheetId, const QString& uuid,
                            const QJsonObject& server, QStringList* lines) const;
    void compareEvidence(danhgia::Database& db, QStringList* lines) const;

    const HttpTestClient& m_account;
    QHash<QString, QHash<QString, QJsonObject>> m_rows; // entity → uuid → data
    QStringList m_loadErrors;
};
