#include "ProvinceFixture.h"

#include <QTemporaryFile>
#include <QUuid>

bool ProvinceFixture::start(QString* error, const QStringList& serverFlags)
{
    if (!m_cluster.start(error)) {
        return false;
    }
    m_database = m_cluster.createDatabase(QStringLiteral("province"), error);
    if (m_database.isEmpty()) {
        return false;
    }
    auto migrated = ServerProcess::command(m_database, {QStringLiteral("migrate")});
    if (migrated.exitCode != 0) {
        *error = migrated.err;
        return false;
    }
    QTemporaryFile units(QStringLiteral("/tmp/dg-units-XXXXXX.csv"));
    units.open();
    units.write("Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n"
                "UBND-LS,Ủy ban nhân dân tỉnh Lạng Sơn,province,\n"
                "SNV,Sở Nội vụ,department,UBND-LS\n"
                "XCL,Ủy ban nhân dân xã Chi Lăng,commune,UBND-LS\n"
                "XDD,Ủy ban nhân dân xã Đồng Đăng,commune,UBND-LS\n");
    units.flush();
    auto imported = ServerProcess::command(
        m_database,
        {QStringLiteral("admin"), QStringLiteral("unit"), QStringLiteral("import"), units.fileName()});
    if (imported.exitCode != 0) {
        *error = imported.err;
        return false;
    }
    const QList<QStringList> accounts{
        {QStringLiteral("quantri"), QStringLiteral("UBND-LS"), QStringLiteral("administrator")},
        {QStringLiteral("thamdinh"), QStringLiteral("UBND-LS"), QStringLiteral("appraiser")},
        {QStringLiteral("chutich"), QStringLiteral("UBND-LS"), QStringLiteral("council_chair")},
        {QStringLiteral("xcl"), QStringLiteral("XCL"), QStringLiteral("self_assessor")},
        {QStringLiteral("xcl-head"), QStringLiteral("XCL"), QStringLiteral("unit_head")},
        {QStringLiteral("xdd"), QStringLiteral("XDD"), QStringLiteral("self_assessor")}};
    for (const QStringList& account : accounts) {
        auto added = ServerProcess::command(m_database,
                                            {QStringLiteral("admin"), QStringLiteral("user"),
                                             QStringLiteral("add"), account[0], QStringLiteral("--unit"),
                                             account[1], QStringLiteral("--role"), account[2]},
                                            QByteArray(Password) + '\n');
        if (added.exitCode != 0) {
            *error = added.err;
            return false;
        }
    }
    m_server = std::make_unique<ServerProcess>(m_database);
    if (!m_server->start(error, serverFlags)) {
        return false;
    }
    // The province publishes the set and opens the campaign through the API.
    const HttpTestClient admin = client(QStringLiteral("quantri"));
    criteriaSetUuid = newUuid();
    campaignUuid = newUuid();
    const QJsonArray ops{op(QStringLiteral("setup-1"), QStringLiteral("criteria_sets"), criteriaSetUuid,
                            QStringLiteral("insert"), 0,
                            {{QStringLiteral("set_id"), QStringLiteral("thu-nghiem-2026")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("title"), QStringLiteral("Bộ tiêu chí thử nghiệm")},
                             {QStringLiteral("kind"), QStringLiteral("par_index")},
                             {QStringLiteral("document"), QString::fromUtf8(criteriaDocument())},
                             {QStringLiteral("status"), QStringLiteral("published")},
                             {QStringLiteral("uuid"), criteriaSetUuid}}),
                         op(QStringLiteral("setup-2"), QStringLiteral("campaigns"), campaignUuid,
                            QStringLiteral("insert"), 0,
                            {{QStringLiteral("code"), QStringLiteral("CCHC-2026")},
                             {QStringLiteral("title"), QStringLiteral("Chỉ số CCHC năm 2026")},
                             {QStringLiteral("kind"), QStringLiteral("par_index")},
                             {QStringLiteral("criteria_set_uuid"), criteriaSetUuid},
                             {QStringLiteral("periods"), QStringLiteral("[]")},
                             {QStringLiteral("approvers"), QString()},
                             {QStringLiteral("uuid"), campaignUuid}})};
    const auto answer = push(admin, QStringLiteral("province-db"), ops);
    const QJsonArray outcomes = answer.json().value(QStringLiteral("outcomes")).toArray();
    for (const QJsonValue& outcome : outcomes) {
        if (outcome.toObject().value(QStringLiteral("status")).toString() != QLatin1String("applied")) {
            *error = QString::fromUtf8(answer.body);
            return false;
        }
    }
    const auto changes = admin.get(QStringLiteral("/api/v1/sync/changes?since=0"));
    for (const QJsonValue& change : changes.json().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = change.toObject();
        if (c.value(QStringLiteral("entity")).toString() == QLatin1String("units")) {
            unitUuids.insert(
                c.value(QStringLiteral("data")).toObject().value(QStringLiteral("code")).toString(),
                c.value(QStringLiteral("uuid")).toString());
        }
    }
    return outcomes.size() == 2 && unitUuids.size() == 4;
}

void ProvinceFixture::stop()
{
    m_server.reset();
    m_cluster.stop();
}

QByteArray ProvinceFixture::signIn(const QString& login) const
{
    const HttpTestClient anonymous(port());
    const auto answer = anonymous.post(
        QStringLiteral("/api/v1/auth/sign-in"),
        {{QStringLiteral("login"), login}, {QStringLiteral("password"), QString::fromLatin1(Password)}});
    return answer.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

HttpTestClient ProvinceFixture::client(const QString& login) const
{
    HttpTestClient client(port());
    client.setToken(signIn(login));
    return client;
}

HttpTestClient::Response ProvinceFixture::push(const HttpTestClient& client, const QString& clientId,
                                               const QJsonArray& ops)
{
    return client.post(QStringLiteral("/api/v1/sync/push"),
                       {{QStringLiteral("client"), clientId}, {QStringLiteral("operations"), ops}});
}

QJsonObject ProvinceFixture::op(const QString& opId, const QString& entity, const QString& uuid,
                                const QString& operation, qint64 base, const QJsonObject& payload)
{
    return {{QStringLiteral("op_id"), opId},        {QStringLiteral("entity"), entity},
            {QStringLiteral("uuid"), uuid},         {QStringLiteral("operation"), operation},
            {QStringLiteral("base_version"), base}, {QStringLiteral("payload"), payload}};
}

QString ProvinceFixture::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonArray ProvinceFixture::outcomes(const HttpTestClient::Response& response)
{
    return response.json().value(QStringLiteral("outcomes")).toArray();
}

QString ProvinceFixture::status(const HttpTestClient::Response& response, int i)
{
    return outcomes(response).at(i).toObject().value(QStringLiteral("status")).toString();
}

QString ProvinceFixture::errorCode(const HttpTestClient::Response& response, int i)
{
    return outcomes(response)
        .at(i)
        .toObject()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QJsonObject ProvinceFixture::row(const HttpTestClient& client, const QString& uuid)
{
    const auto changes = client.get(QStringLiteral("/api/v1/sync/changes?since=0"));
    for (const QJsonValue& change : changes.json().value(QStringLiteral("changes")).toArray()) {
        if (change.toObject().value(QStringLiteral("uuid")).toString() == uuid) {
            return change.toObject();
        }
    }
    return {};
}

QByteArray ProvinceFixture::criteriaDocument()
{
    return R"({"format": "danhgia.criteria/1", "id": "thu-nghiem-2026", "version": 1,
"title": "Bộ tiêu chí thử nghiệm", "kind": "par_index", "decimals": 2,
"criteria": [{"code": "1", "title": "Lĩnh vực 1", "max": 10, "children": [
  {"code": "1.1", "title": "Tiêu chí 1.1", "max": 5, "method": {"type": "points"}, "evidence": "required"},
  {"code": "1.2", "title": "Tiêu chí 1.2", "max": 5, "method": {"type": "points"}}]}],
"grades": [{"code": "A", "title": "Nhóm A", "min": 90}, {"code": "B", "title": "Nhóm B", "min": 0}]})";
}

QJsonObject ProvinceFixture::newSheetPayload(const QString& campaign, const QString& subject)
{
    return {{QStringLiteral("campaign_uuid"), campaign},
            {QStringLiteral("subject_code"), subject},
            {QStringLiteral("period"), QString()},
            {QStringLiteral("subject_name"), subject},
            {QStringLiteral("subject_group"), QString()},
            {QStringLiteral("flags"), QStringLiteral("[]")},
            {QStringLiteral("stage"), QStringLiteral("self")},
            {QStringLiteral("values"), QJsonObject()}};
}

QString ProvinceFixture::createSheet(const QString& login, const QString& clientId, const QString& subject)
{
    const QString uuid = newUuid();
    QJsonObject payload = newSheetPayload(campaignUuid, subject);
    payload.insert(QStringLiteral("uuid"), uuid);
    const auto answer
        = push(client(login), clientId,
               {op(newUuid(), QStringLiteral("score_sheets"), uuid, QStringLiteral("insert"), 0, payload)});
    const QJsonArray outcomes = answer.json().value(QStringLiteral("outcomes")).toArray();
    return outcomes.size() == 1
            && outcomes.at(0).toObject().value(QStringLiteral("status")).toString()
                == QLatin1String("applied")
        ? uuid
        : QString();
}
