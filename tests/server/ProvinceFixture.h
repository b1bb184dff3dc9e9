#pragma once

#include "HttpTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>

// A province on a real PostgreSQL and a real danhgia-server: the demo's units (the province,
// departments, the communes XCL and XDD), accounts of each role, a published criteria set of two
// leaves and a PAR-index campaign on it, opened by the provincial administrator through the API.
class ProvinceFixture
{
public:
    static constexpr const char* Password = "mat-khau-thu";

    bool start(QString* error, const QStringList& serverFlags = {});
    void stop();

    PostgresCluster& cluster() { return m_cluster; }
    const QString& database() const { return m_database; }
    ServerProcess& server() { return *m_server; }
    quint16 port() const { return m_server->port(); }

    // Accounts: quantri (administrator), thamdinh (appraiser), chutich (council_chair) of the
    // province; xcl, xdd (self_assessor) and xcl-head (unit_head) of the communes.
    QByteArray signIn(const QString& login) const;
    HttpTestClient client(const QString& login) const;
    static HttpTestClient::Response push(const HttpTestClient& client, const QString& clientId,
                                         const QJsonArray& ops);
    static QJsonObject op(const QString& opId, const QString& entity, const QString& uuid,
                          const QString& operation, qint64 base, const QJsonObject& payload);
    static QString newUuid();
    // A push's answer: its outcomes, and the status and error code of the i-th.
    static QJsonArray outcomes(const HttpTestClient::Response& response);
    static QString status(const HttpTestClient::Response& response, int i = 0);
    static QString errorCode(const HttpTestClient::Response& response, int i = 0);
    // The row as a full pull from 0 gives it to this client; empty when it does not see it.
    static QJsonObject row(const HttpTestClient& client, const QString& uuid);

    QString campaignUuid;
    QString criteriaSetUuid;
    QMap<QString, QString> unitUuids; // code → uuid
    static QByteArray criteriaDocument();
    // A new sheet of a commune on the campaign, pushed by `login`; its uuid, or empty.
    QString createSheet(const QString& login, const QString& clientId, const QString& subject);
    // The payload of a new, empty sheet of `subject` on `campaign`, as the client sends it.
    static QJsonObject newSheetPayload(const QString& campaign, const QString& subject);

private:
    PostgresCluster m_cluster;
    QString m_database;
    std::unique_ptr<ServerProcess> m_server;
};
