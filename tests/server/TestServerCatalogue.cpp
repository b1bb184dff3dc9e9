#include "OutboxTranslator.h"
#include "ProvinceFixture.h"
#include "TestSupport.h"
#include "tabular/XlsxWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// Reference data and the units on a real danhgia-server: only the province publishes criteria
// sets (checked by the core, immutable once published) and opens campaigns; units come from the
// client's units list (.xlsx or CSV) or from a push, and a new unit counts for the rest of its
// batch; local ids of two client databases are translated to UUIDs at the edge.
class TestServerCatalogue : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }

    void onlyTheProvincePublishesAndPublishedSetsStay()
    {
        const QString set = ProvinceFixture::newUuid();
        QJsonObject payload{
            {QStringLiteral("set_id"), QStringLiteral("thu-nghiem-2026")},
            {QStringLiteral("version"), 2},
            {QStringLiteral("title"), QStringLiteral("Bộ tiêu chí thử nghiệm")},
            {QStringLiteral("kind"), QStringLiteral("par_index")},
            {QStringLiteral("document"), QString::fromUtf8(ProvinceFixture::criteriaDocument())},
            {QStringLiteral("status"), QStringLiteral("published")}};
        auto answer = ProvinceFixture::push(
            m_province.client(QStringLiteral("xcl")), QStringLiteral("xcl-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("criteria_sets"), set,
                                 QStringLiteral("insert"), 0, payload)});
        QCOMPARE(ProvinceFixture::errorCode(answer), QStringLiteral("forbidden"));
        // Not even a commune's administrator opens a campaign: that is the province's.
        const auto added = ServerProcess::command(m_province.database(),
                                                  {QStringLiteral("admin"), QStringLiteral("user"),
                                                   QStringLiteral("add"), QStringLiteral("xcl-admin"),
                                                   QStringLiteral("--unit"), QStringLiteral("XCL"),
                                                   QStringLiteral("--role"), QStringLiteral("administrator")},
                                                  QByteArray(ProvinceFixture::Password) + '\n');
        QCOMPARE(added.exitCode, 0);
        const QString campaign = ProvinceFixture::newUuid();
        answer = ProvinceFixture::push(
            m_province.client(QStringLiteral("xcl-admin")), QStringLiteral("xcl-admin-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("campaigns"), campaign,
                                 QStringLiteral("insert"), 0,
                                 {{QStringLiteral("code"), QStringLiteral("XCL-2026")},
                                  {QStringLiteral("title"), QStringLiteral("Đánh giá của xã")},
                                  {QStringLiteral("kind"), QStringLiteral("par_index")},
                                  {QStringLiteral("criteria_set_uuid"), m_province.criteriaSetUuid},
                                  {QStringLiteral("periods"), QStringLiteral("[]")},
                                  {QStringLiteral("approvers"), QString()},
                                  {QStringLiteral("uuid"), campaign}})});
        QCOMPARE(ProvinceFixture::errorCode(answer), QStringLiteral("forbidden"));
        // A set the core finds wrong is refused with the path of the fault.
        QJsonObject broken = payload;
        broken.insert(QStringLiteral("document"),
                      QString::fromUtf8(ProvinceFixture::criteriaDocument())
                          .replace(QStringLiteral("\"max\": 5,"), QStringLiteral("\"max\": -5,")));
        const HttpTestClient admin = m_province.client(QStringLiteral("quantri"));
        answer = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("criteria_sets"), set,
                                 QStringLiteral("insert"), 0, broken)});
        QCOMPARE(ProvinceFixture::errorCode(answer), QStringLiteral("validation_failed"));
        QVERIFY(ProvinceFixture::outcomes(answer)
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("field"))
                    .toString()
                    .startsWith(QStringLiteral("payload.document.")));
        // The published version of the fixture cannot change.
        const qint64 version = ProvinceFixture::row(admin, m_province.criteriaSetUuid)
                                   .value(QStringLiteral("version"))
                                   .toInteger();
        answer = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("criteria_sets"),
                                 m_province.criteriaSetUuid, QStringLiteral("update"), version,
                                 {{QStringLiteral("status"), QStringLiteral("draft")}})});
        QCOMPARE(ProvinceFixture::errorCode(answer), QStringLiteral("published_immutable"));
    }

    void unitsImportedFromAnXlsxFile()
    {
        // The client's units list as an .xlsx file, imported while the server runs: its processes
        // see the new unit at once (the tree is cached per process, keyed on the last unit change).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("don-vi.xlsx"));
        danhgia::XlsxWriter writer(path);
        QVERIFY(writer.addSheet(QStringLiteral("Đơn vị")));
        QVERIFY(writer.writeHeader({QStringLiteral("Mã đơn vị"), QStringLiteral("Tên đơn vị"),
                                    QStringLiteral("Loại"), QStringLiteral("Mã đơn vị cấp trên")}));
        QVERIFY(writer.writeText(1, 0, QStringLiteral("SNV-TCBC")));
        QVERIFY(writer.writeText(1, 1, QStringLiteral("Phòng Tổ chức, biên chế và tổ chức phi chính phủ")));
        QVERIFY(writer.writeText(1, 2, QStringLiteral("office")));
        QVERIFY(writer.writeText(1, 3, QStringLiteral("SNV")));
        QVERIFY2(writer.close(), qPrintable(writer.errorString()));
        const HttpTestClient admin = m_province.client(QStringLiteral("quantri"));
        const qint64 before = admin.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=1"))
                                  .json()
                                  .value(QStringLiteral("server_version"))
                                  .toInteger();
        const auto imported = ServerProcess::command(
            m_province.database(),
            {QStringLiteral("admin"), QStringLiteral("unit"), QStringLiteral("import"), path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QString office;
        for (const QJsonValue& change : admin.get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(before))
                                            .json()
                                            .value(QStringLiteral("changes"))
                                            .toArray()) {
            const QJsonObject data = change.toObject().value(QStringLiteral("data")).toObject();
            if (data.value(QStringLiteral("code")) == QLatin1String("SNV-TCBC")) {
                office = change.toObject().value(QStringLiteral("uuid")).toString();
                QCOMPARE(change.toObject().value(QStringLiteral("entity")).toString(),
                         QStringLiteral("units"));
            }
        }
        QVERIFY(!office.isEmpty());
        // The running server places it under its parent at once: a person of it is pushed.
        const QString person = ProvinceFixture::newUuid();
        const auto answer = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("people"), person,
                                 QStringLiteral("insert"), 0,
                                 {{QStringLiteral("code"), QStringLiteral("CB-SNV-0001")},
                                  {QStringLiteral("full_name"), QStringLiteral("Lê Văn Bình")},
                                  {QStringLiteral("unit_uuid"), office},
                                  {QStringLiteral("uuid"), person}})});
        QVERIFY2(ProvinceFixture::status(answer) == QLatin1String("applied"), answer.body.constData());
        // A list without the kind of unit is refused, naming the columns it needs; nothing changes.
        QFile bad(dir.filePath(QStringLiteral("thieu-cot.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("Mã đơn vị,Tên đơn vị\nSNV-X,Phòng thử\n");
        bad.close();
        const auto refused = ServerProcess::command(
            m_province.database(),
            {QStringLiteral("admin"), QStringLiteral("unit"), QStringLiteral("import"), bad.fileName()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Loại")) && refused.err.contains(bad.fileName()),
                 qPrintable(refused.err));
    }

    void aNewOfficeAndItsPeopleInOnePush()
    {
        // The province adds an office under a commune and its staff in one batch, as a catalogue
        // import on the client fills the outbox.
        const QString office = ProvinceFixture::newUuid();
        const QString person = ProvinceFixture::newUuid();
        const auto answer = ProvinceFixture::push(
            m_province.client(QStringLiteral("quantri")), QStringLiteral("province-db"),
            {ProvinceFixture::op(
                 ProvinceFixture::newUuid(), QStringLiteral("units"), office, QStringLiteral("insert"), 0,
                 {{QStringLiteral("code"), QStringLiteral("XCL-VP")},
                  {QStringLiteral("name"), QStringLiteral("Văn phòng HĐND và UBND xã Chi Lăng")},
                  {QStringLiteral("kind"), QStringLiteral("office")},
                  {QStringLiteral("parent_uuid"), m_province.unitUuids.value(QStringLiteral("XCL"))},
                  {QStringLiteral("uuid"), office}}),
             ProvinceFixture::op(
                 ProvinceFixture::newUuid(), QStringLiteral("people"), person, QStringLiteral("insert"), 0,
                 {{QStringLiteral("code"), QStringLiteral("CB-XCL-0001")},
                  {QStringLiteral("full_name"), QStringLiteral("Hoàng Thị Mai")},
                  {QStringLiteral("position"), QStringLiteral("Công chức Văn phòng - Thống kê")},
                  {QStringLiteral("unit_uuid"), office},
                  {QStringLiteral("uuid"), person}})});
        QVERIFY2(ProvinceFixture::status(answer, 0) == QLatin1String("applied")
                     && ProvinceFixture::status(answer, 1) == QLatin1String("applied"),
                 answer.body.constData());
        // The office is under the commune: its account sees both, the other commune neither.
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        QVERIFY(!ProvinceFixture::row(commune, office).isEmpty());
        QVERIFY(!ProvinceFixture::row(commune, person).isEmpty());
        QVERIFY(ProvinceFixture::row(m_province.client(QStringLiteral("xdd")), person).isEmpty());
    }

    void localIdsAreTranslatedAtTheEdge()
    {
        // Two client databases in which the campaign has different local ids (1 and 7): their
        // outbox payloads, built as SheetStore::save builds them, name it by local id.
        OutboxTranslator first;
        OutboxTranslator second;
        first.know(QStringLiteral("campaigns"), 1, m_province.campaignUuid);
        second.know(QStringLiteral("campaigns"), 7, m_province.campaignUuid);
        const QString a = ProvinceFixture::newUuid();
        const QString b = ProvinceFixture::newUuid();
        auto outbox = [](qint64 campaignId, const QString& uuid, const QString& period) {
            return QJsonObject{
                {QStringLiteral("campaign_id"), campaignId},
                {QStringLiteral("subject_code"), QStringLiteral("XCL")},
                {QStringLiteral("period"), period},
                {QStringLiteral("subject_name"), QStringLiteral("Ủy ban nhân dân xã Chi Lăng")},
                {QStringLiteral("subject_group"), QString()},
                {QStringLiteral("flags"), QStringLiteral("[]")},
                {QStringLiteral("uuid"), uuid},
                {QStringLiteral("stage"), QStringLiteral("self")},
                {QStringLiteral("values"),
                 QJsonObject{{QStringLiteral("1.2"), QJsonObject{{QStringLiteral("points"), 2}}}}}};
        };
        QString error;
        const QJsonObject opA
            = first.translate(QStringLiteral("a-1"), QStringLiteral("score_sheets"), a,
                              QStringLiteral("insert"), 0, outbox(1, a, QStringLiteral("Q1")), &error);
        const QJsonObject opB
            = second.translate(QStringLiteral("b-1"), QStringLiteral("score_sheets"), b,
                               QStringLiteral("insert"), 0, outbox(7, b, QStringLiteral("Q2")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        QCOMPARE(ProvinceFixture::status(ProvinceFixture::push(commune, QStringLiteral("xcl-db-a"), {opA})),
                 QStringLiteral("applied"));
        QCOMPARE(ProvinceFixture::status(ProvinceFixture::push(commune, QStringLiteral("xcl-db-b"), {opB})),
                 QStringLiteral("applied"));
        for (const QString& uuid : {a, b}) {
            QCOMPARE(ProvinceFixture::row(commune, uuid)
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("campaign_uuid"))
                         .toString(),
                     m_province.campaignUuid);
        }
        // A payload that still carries a local id is refused, naming the field.
        const QString c = ProvinceFixture::newUuid();
        const auto raw = ProvinceFixture::push(
            commune, QStringLiteral("xcl-db-a"),
            {ProvinceFixture::op(QStringLiteral("a-2"), QStringLiteral("score_sheets"), c,
                                 QStringLiteral("insert"), 0, outbox(1, c, QStringLiteral("Q3")))});
        QCOMPARE(ProvinceFixture::errorCode(raw), QStringLiteral("local_id"));
        QCOMPARE(ProvinceFixture::outcomes(raw)
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("payload.campaign_id"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestServerCatalogue)
#include "TestServerCatalogue.moc"
