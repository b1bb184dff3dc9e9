#include "ProvinceFixture.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QtTest>

// The sync API end to end (a real PostgreSQL, a real danhgia-server process, HTTP on loopback):
// two communes and the province push and pull, a replay changes nothing, a stale change is a
// conflict, a commune reaches no other commune's sheets or evidence and approves nothing, an
// evidence upload is resumed and checked, tombstones past the horizon ask for a full resync.
class TestServerSync : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;

    static QJsonObject leafChange(const QString& stage, const QString& code, double points)
    {
        // As the client's SheetValueStore records one value (changeRecord).
        return {{QStringLiteral("stage"), stage},
                {QStringLiteral("code"), code},
                {QStringLiteral("value"), QJsonObject{{QStringLiteral("points"), points}}},
                {QStringLiteral("change_reason"), QString()}};
    }
    static QByteArray evidenceContent(int size, char seed)
    {
        QByteArray content(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i) {
            content[i] = static_cast<char>(seed + i * 7 % 251);
        }
        return content;
    }
    QString attachEvidence(const QString& login, const QString& sheet, const QByteArray& content)
    {
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString uuid = ProvinceFixture::newUuid();
        const auto answer = ProvinceFixture::push(
            m_province.client(login), login + QStringLiteral("-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("evidence_files"), uuid,
                                 QStringLiteral("insert"), 0,
                                 {{QStringLiteral("uuid"), uuid},
                                  {QStringLiteral("sheet_uuid"), sheet},
                                  {QStringLiteral("code"), QStringLiteral("1.1")},
                                  {QStringLiteral("sha256"), sha},
                                  {QStringLiteral("size"), content.size()},
                                  {QStringLiteral("original_name"), QStringLiteral("Kế hoạch CCHC.pdf")},
                                  {QStringLiteral("added_by"), login}})});
        return ProvinceFixture::status(answer) == QLatin1String("applied") ? sha : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }

    void twoCommunesAndAnAppraiserPushAndPull()
    {
        const QString xcl
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QString xdd
            = m_province.createSheet(QStringLiteral("xdd"), QStringLiteral("xdd-db"), QStringLiteral("XDD"));
        QVERIFY(!xcl.isEmpty() && !xdd.isEmpty());
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        QJsonObject explanation{
            {QStringLiteral("code"), QStringLiteral("1.1")},
            {QStringLiteral("explanation"), QStringLiteral("Kế hoạch đăng trên cổng thông tin")}};
        QJsonObject values = leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 5);
        // A client's totals are never trusted: the server recomputes them.
        values.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("self"), QStringLiteral("100")}});
        auto answer = ProvinceFixture::push(
            commune, QStringLiteral("xcl-db"),
            {ProvinceFixture::op(QStringLiteral("xcl-1"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 4)),
             ProvinceFixture::op(QStringLiteral("xcl-2"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), 0, values),
             ProvinceFixture::op(QStringLiteral("xcl-3"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), 0, explanation),
             ProvinceFixture::op(QStringLiteral("xcl-4"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), 0,
                                 {{QStringLiteral("state"), QStringLiteral("submitted")},
                                  {QStringLiteral("role"), QStringLiteral("self_assessor")}})});
        QCOMPARE(answer.status, 200);
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(ProvinceFixture::status(answer, i) == QLatin1String("applied"), answer.body.constData());
        }
        // The commune sees its own sheet and not the other commune's.
        const QJsonObject own = ProvinceFixture::row(commune, xcl);
        QCOMPARE(own.value(QStringLiteral("data")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(own.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("self"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toString(),
                 QStringLiteral("9"));
        QVERIFY(ProvinceFixture::row(commune, xdd).isEmpty());
        // The provincial appraiser sees both, appraises one with a changed value and its reason.
        const HttpTestClient appraiser = m_province.client(QStringLiteral("thamdinh"));
        QVERIFY(!ProvinceFixture::row(appraiser, xdd).isEmpty());
        const qint64 version
            = ProvinceFixture::row(appraiser, xcl).value(QStringLiteral("version")).toInteger();
        QJsonObject appraised = leafChange(QStringLiteral("appraised"), QStringLiteral("1.1"), 3);
        appraised.insert(QStringLiteral("change_reason"), QStringLiteral("Kế hoạch ban hành chậm"));
        answer = ProvinceFixture::push(
            appraiser, QStringLiteral("province-appraiser-db"),
            {ProvinceFixture::op(QStringLiteral("td-1"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), version, appraised),
             ProvinceFixture::op(QStringLiteral("td-2"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), version,
                                 {{QStringLiteral("state"), QStringLiteral("appraised")}})});
        QVERIFY2(ProvinceFixture::status(answer, 0) == QLatin1String("applied")
                     && ProvinceFixture::status(answer, 1) == QLatin1String("applied"),
                 answer.body.constData());
        const QJsonObject pulled
            = ProvinceFixture::row(commune, xcl).value(QStringLiteral("data")).toObject();
        QCOMPARE(pulled.value(QStringLiteral("state")).toString(), QStringLiteral("appraised"));
        QCOMPARE(pulled.value(QStringLiteral("reasons"))
                     .toObject()
                     .value(QStringLiteral("appraised"))
                     .toObject()
                     .value(QStringLiteral("1.1")),
                 QJsonValue(QStringLiteral("Kế hoạch ban hành chậm")));
        // Pages: a cursor and a limit walk every change once, in version order.
        qint64 cursor = 0;
        qint64 last = 0;
        bool more = true;
        for (int page = 0; page < 100 && more; ++page) {
            const auto changes
                = appraiser.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=2").arg(cursor));
            for (const QJsonValue& change : changes.json().value(QStringLiteral("changes")).toArray()) {
                const qint64 v = change.toObject().value(QStringLiteral("version")).toInteger();
                QVERIFY(v > last);
                last = v;
            }
            cursor = changes.json().value(QStringLiteral("next")).toInteger();
            more = changes.json().value(QStringLiteral("more")).toBool();
        }
        QVERIFY(!more);
        QCOMPARE(cursor, last);
    }

    void flagsCeilingsAndExaminationsFollowTheCoreRules()
    {
        using PF = ProvinceFixture;
        const HttpTestClient admin = m_province.client(QStringLiteral("quantri"));
        const HttpTestClient chair = m_province.client(QStringLiteral("chutich"));
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        const HttpTestClient other = m_province.client(QStringLiteral("xdd"));
        const QJsonObject ceiling{
            {QStringLiteral("campaign_uuid"), m_province.campaignUuid},
            {QStringLiteral("unit_code"), QStringLiteral("XCL")},
            {QStringLiteral("percent"), QStringLiteral("25")},
            {QStringLiteral("decision_number"), QStringLiteral("12/QĐ-UBND")},
            {QStringLiteral("decision_date"), QStringLiteral("2026-11-02")},
            {QStringLiteral("reason"), QStringLiteral("Đơn vị có thành tích xuất sắc")}};
        // A raised ceiling: recorded by the administrator (RecordKind::QuotaCeiling), not by the commune.
        auto answer = PF::push(commune, QStringLiteral("xcl-db"),
                               {PF::op(PF::newUuid(), QStringLiteral("quota_ceilings"), PF::newUuid(),
                                       QStringLiteral("insert"), 0, ceiling)});
        QCOMPARE(PF::status(answer), QStringLiteral("refused"));
        QCOMPARE(PF::errorCode(answer), QStringLiteral("forbidden"));
        const QString ceilingUuid = PF::newUuid();
        answer = PF::push(admin, QStringLiteral("province-db"),
                          {PF::op(PF::newUuid(), QStringLiteral("quota_ceilings"), ceilingUuid,
                                  QStringLiteral("insert"), 0, ceiling)});
        QVERIFY2(PF::status(answer) == QLatin1String("applied"), answer.body.constData());
        // Scoped to the unit it raises: the commune reads it, another commune does not.
        QCOMPARE(PF::row(commune, ceilingUuid)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("percent")),
                 QJsonValue(QStringLiteral("25")));
        QVERIFY(PF::row(other, ceilingUuid).isEmpty());

        // A person's flag: the campaign's approvers and the administrator (RecordKind::PersonFlag).
        const QJsonObject flag{{QStringLiteral("campaign_uuid"), m_province.campaignUuid},
                               {QStringLiteral("person_code"), QStringLiteral("XCL")},
                               {QStringLiteral("flag_code"), QStringLiteral("disciplined")},
                               {QStringLiteral("reason"), QStringLiteral("Quyết định kỷ luật số 3")},
                               {QStringLiteral("recorded_at"), QStringLiteral("2026-11-03T08:00:00Z")}};
        answer = PF::push(commune, QStringLiteral("xcl-db"),
                          {PF::op(PF::newUuid(), QStringLiteral("person_flags"), PF::newUuid(),
                                  QStringLiteral("insert"), 0, flag)});
        QCOMPARE(PF::status(answer), QStringLiteral("refused"));
        const QString flagUuid = PF::newUuid();
        answer = PF::push(chair, QStringLiteral("chutich-db"),
                          {PF::op(PF::newUuid(), QStringLiteral("person_flags"), flagUuid,
                                  QStringLiteral("insert"), 0, flag)});
        QVERIFY2(PF::status(answer) == QLatin1String("applied"), answer.body.constData());
        QVERIFY(!PF::row(commune, flagUuid).isEmpty());
        QVERIFY(PF::row(other, flagUuid).isEmpty());

        // An examination belongs to a council session; it is the council's set-up.
        const QString councilUuid = PF::newUuid();
        answer = PF::push(chair, QStringLiteral("chutich-db"),
                          {PF::op(PF::newUuid(), QStringLiteral("council_sessions"), councilUuid,
                                  QStringLiteral("insert"), 0,
                                  {{QStringLiteral("campaign_uuid"), m_province.campaignUuid},
                                   {QStringLiteral("document"), QStringLiteral("{}")}})});
        QVERIFY2(PF::status(answer) == QLatin1String("applied"), answer.body.constData());
        const QJsonObject examination{{QStringLiteral("council_uuid"), councilUuid},
                                      {QStringLiteral("document"), QStringLiteral("{\"parts\":[]}")}};
        answer = PF::push(commune, QStringLiteral("xcl-db"),
                          {PF::op(PF::newUuid(), QStringLiteral("council_examinations"), PF::newUuid(),
                                  QStringLiteral("insert"), 0, examination)});
        QCOMPARE(PF::status(answer), QStringLiteral("refused"));
        const QString examinationUuid = PF::newUuid();
        answer = PF::push(chair, QStringLiteral("chutich-db"),
                          {PF::op(PF::newUuid(), QStringLiteral("council_examinations"), examinationUuid,
                                  QStringLiteral("insert"), 0, examination)});
        QVERIFY2(PF::status(answer) == QLatin1String("applied"), answer.body.constData());
        QCOMPARE(PF::row(chair, examinationUuid)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("council_uuid")),
                 QJsonValue(councilUuid));
        answer = PF::push(chair, QStringLiteral("chutich-db"),
                          {PF::op(PF::newUuid(), QStringLiteral("council_examinations"), PF::newUuid(),
                                  QStringLiteral("insert"), 0,
                                  {{QStringLiteral("council_uuid"), PF::newUuid()},
                                   {QStringLiteral("document"), QStringLiteral("{}")}})});
        QCOMPARE(PF::status(answer), QStringLiteral("refused"));

        // The flag's sheets follow it (PersonFlagStore writes their flags): who records the flag writes
        // them, the approver too; the commune does not.
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QJsonObject flagged{{QStringLiteral("flags"), QStringLiteral("[\"disciplined\"]")}};
        answer = PF::push(commune, QStringLiteral("xcl-db"),
                          {PF::op(PF::newUuid(), QStringLiteral("score_sheets"), sheet,
                                  QStringLiteral("update"), 0, flagged)});
        QCOMPARE(PF::status(answer), QStringLiteral("refused"));
        const qint64 base = PF::row(chair, sheet).value(QStringLiteral("version")).toInteger();
        answer = PF::push(chair, QStringLiteral("chutich-db"),
                          {PF::op(PF::newUuid(), QStringLiteral("score_sheets"), sheet,
                                  QStringLiteral("update"), base, flagged)});
        QVERIFY2(PF::status(answer) == QLatin1String("applied"), answer.body.constData());
        QCOMPARE(
            PF::row(commune, sheet).value(QStringLiteral("data")).toObject().value(QStringLiteral("flags")),
            QJsonValue(QStringLiteral("[\"disciplined\"]")));
    }

    void submissionReadinessUsesEveryCriterionASurveyFeeds()
    {
        using PF = ProvinceFixture;
        // A campaign of its own, so that its survey changes no other sheet's readiness.
        const HttpTestClient admin = m_province.client(QStringLiteral("quantri"));
        const QString campaign = PF::newUuid();
        auto answer = PF::push(
            admin, QStringLiteral("province-db"),
            {PF::op(PF::newUuid(), QStringLiteral("campaigns"), campaign, QStringLiteral("insert"), 0,
                    {{QStringLiteral("code"), QStringLiteral("CCHC-2026-KS")},
                     {QStringLiteral("title"), QStringLiteral("Chỉ số CCHC có khảo sát")},
                     {QStringLiteral("kind"), QStringLiteral("par_index")},
                     {QStringLiteral("criteria_set_uuid"), m_province.criteriaSetUuid},
                     {QStringLiteral("periods"), QStringLiteral("[]")},
                     {QStringLiteral("approvers"), QString()}}),
             PF::op(PF::newUuid(), QStringLiteral("surveys"), PF::newUuid(), QStringLiteral("insert"), 0,
                    {{QStringLiteral("campaign_uuid"), campaign},
                     {QStringLiteral("title"), QStringLiteral("Khảo sát sự hài lòng")},
                     {QStringLiteral("criterion_code"), QStringLiteral("1.1")},
                     {QStringLiteral("criteria"), QStringLiteral("[\"1.1\",\"1.2\"]")}})});
        QVERIFY2(PF::status(answer, 1) == QLatin1String("applied"), answer.body.constData());
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        const QString sheet = PF::newUuid();
        answer
            = PF::push(commune, QStringLiteral("xcl-db"),
                       {PF::op(PF::newUuid(), QStringLiteral("score_sheets"), sheet, QStringLiteral("insert"),
                               0, PF::newSheetPayload(campaign, QStringLiteral("XCL")))});
        QVERIFY2(PF::status(answer) == QLatin1String("applied"), answer.body.constData());
        // Neither 1.1 nor 1.2 has a self-assessed value: both are fed by the survey (the second only
        // through `criteria`), so the sheet is ready to submit.
        answer
            = PF::push(commune, QStringLiteral("xcl-db"),
                       {PF::op(PF::newUuid(), QStringLiteral("score_sheets"), sheet, QStringLiteral("update"),
                               0, {{QStringLiteral("state"), QStringLiteral("submitted")}})});
        QVERIFY2(PF::status(answer) == QLatin1String("applied"), answer.body.constData());
    }

    void replayedPushChangesNothing()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xdd"), QStringLiteral("xdd-db"), QStringLiteral("XDD"));
        const HttpTestClient commune = m_province.client(QStringLiteral("xdd"));
        const QJsonArray batch{
            ProvinceFixture::op(QStringLiteral("xdd-r1"), QStringLiteral("score_sheets"), sheet,
                                QStringLiteral("update"), 0,
                                leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 2)),
            ProvinceFixture::op(QStringLiteral("xdd-r2"), QStringLiteral("score_sheets"), sheet,
                                QStringLiteral("update"), 0,
                                {{QStringLiteral("state"), QStringLiteral("approved")}}),
            ProvinceFixture::op(QStringLiteral("xdd-r3"), QStringLiteral("score_sheets"), sheet,
                                QStringLiteral("update"), 0,
                                leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 3))};
        const auto first = ProvinceFixture::push(commune, QStringLiteral("xdd-db"), batch);
        QCOMPARE(ProvinceFixture::status(first, 0), QStringLiteral("applied"));
        QCOMPARE(ProvinceFixture::status(first, 1), QStringLiteral("refused"));
        // A refused operation does not hold back the ones after it.
        QCOMPARE(ProvinceFixture::status(first, 2), QStringLiteral("applied"));
        const auto second = ProvinceFixture::push(commune, QStringLiteral("xdd-db"), batch);
        QCOMPARE(ProvinceFixture::outcomes(second), ProvinceFixture::outcomes(first));
        QCOMPARE(second.json().value(QStringLiteral("server_version")),
                 first.json().value(QStringLiteral("server_version")));
    }

    void staleChangeBecomesAConflict()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const HttpTestClient a = m_province.client(QStringLiteral("xcl"));
        const qint64 base = ProvinceFixture::row(a, sheet).value(QStringLiteral("version")).toInteger();
        auto answer = ProvinceFixture::push(
            a, QStringLiteral("xcl-laptop"),
            {ProvinceFixture::op(QStringLiteral("lap-1"), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("update"), base,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 1))});
        QCOMPARE(ProvinceFixture::status(answer), QStringLiteral("applied"));
        // Another machine of the commune edits the same leaf on the old version.
        answer = ProvinceFixture::push(
            a, QStringLiteral("xcl-desktop"),
            {ProvinceFixture::op(QStringLiteral("desk-1"), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("update"), base,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 3))});
        QCOMPARE(ProvinceFixture::status(answer), QStringLiteral("conflict"));
        const QJsonObject conflict
            = ProvinceFixture::outcomes(answer).at(0).toObject().value(QStringLiteral("conflict")).toObject();
        QCOMPARE(conflict.value(QStringLiteral("base_version")).toInteger(), base);
        QVERIFY(conflict.value(QStringLiteral("server_version")).toInteger() > base);
        QCOMPARE(conflict.value(QStringLiteral("fields")).toArray(),
                 QJsonArray{QStringLiteral("values.self.1.2")});
        QCOMPARE(conflict.value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("values"))
                     .toObject()
                     .value(QStringLiteral("self"))
                     .toObject()
                     .value(QStringLiteral("1.2"))
                     .toObject()
                     .value(QStringLiteral("points"))
                     .toDouble(),
                 1.0);
        QVERIFY(conflict.value(QStringLiteral("base")).isObject());
        // The value on the server is the first one still.
        QCOMPARE(
            ProvinceFixture::row(a, sheet)
                .value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("values"))
                .toObject()
                .value(QStringLiteral("self")),
            QJsonValue(QJsonObject{{QStringLiteral("1.2"), QJsonObject{{QStringLiteral("points"), 1}}}}));
    }

    void communeCannotReachAnotherCommunesSheetOrEvidence()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QString sha = attachEvidence(QStringLiteral("xcl"), sheet, evidenceContent(1000, 'a'));
        QVERIFY(!sha.isEmpty());
        const HttpTestClient other = m_province.client(QStringLiteral("xdd"));
        const auto write = ProvinceFixture::push(
            other, QStringLiteral("xdd-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 5))});
        QCOMPARE(ProvinceFixture::status(write), QStringLiteral("refused"));
        QCOMPARE(ProvinceFixture::errorCode(write), QStringLiteral("not_found"));
        // The same answer as for a sheet that does not exist: nothing leaks.
        const auto missing = ProvinceFixture::push(
            other, QStringLiteral("xdd-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"),
                                 ProvinceFixture::newUuid(), QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 5))});
        QCOMPARE(ProvinceFixture::outcomes(missing).at(0).toObject().value(QStringLiteral("error")),
                 ProvinceFixture::outcomes(write).at(0).toObject().value(QStringLiteral("error")));
        QVERIFY(ProvinceFixture::row(other, sheet).isEmpty());
        const auto download = other.get(QStringLiteral("/api/v1/evidence/%1").arg(sha));
        QCOMPARE(download.status, 404);
        QCOMPARE(other.get(QStringLiteral("/api/v1/evidence/%1/upload").arg(sha)).status, 404);
        // Evidence rows on another commune's sheet are refused too.
        const auto attach = ProvinceFixture::push(
            other, QStringLiteral("xdd-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("evidence_files"),
                                 ProvinceFixture::newUuid(), QStringLiteral("insert"), 0,
                                 {{QStringLiteral("sheet_uuid"), sheet},
                                  {QStringLiteral("code"), QStringLiteral("1.1")},
                                  {QStringLiteral("sha256"), sha},
                                  {QStringLiteral("size"), 1000}})});
        QCOMPARE(ProvinceFixture::status(attach), QStringLiteral("refused"));
        QCOMPARE(ProvinceFixture::errorCode(attach), QStringLiteral("unknown_reference"));
    }

    void changesOfARowWhoseCreationWasRefusedGiveThatReason()
    {
        // XDD's account creates a sheet of another commune (refused), then scores it and attaches a
        // file to it in the same push: each later change says the creation was refused and why (they
        // said "not found" and "send it first", 572 times on the demo's first sync as the
        // administrator).
        const QString sheet = ProvinceFixture::newUuid();
        const HttpTestClient commune = m_province.client(QStringLiteral("xdd"));
        const QJsonArray batch{
            ProvinceFixture::op(
                ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet, QStringLiteral("insert"),
                0, ProvinceFixture::newSheetPayload(m_province.campaignUuid, QStringLiteral("XCL"))),
            ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                QStringLiteral("update"), 0,
                                leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 2)),
            ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("evidence_files"),
                                ProvinceFixture::newUuid(), QStringLiteral("insert"), 0,
                                {{QStringLiteral("sheet_uuid"), sheet},
                                 {QStringLiteral("code"), QStringLiteral("1.1")},
                                 {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                                 {QStringLiteral("size"), 10}})};
        const auto answer = ProvinceFixture::push(commune, QStringLiteral("xdd-refused-db"), batch);
        const QJsonArray outcomes = ProvinceFixture::outcomes(answer);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(ProvinceFixture::status(answer, 0), QStringLiteral("refused"));
        const auto message = [&](int i) {
            return outcomes.at(i)
                .toObject()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString();
        };
        const QString first = message(0);
        QVERIFY(!first.isEmpty());
        QCOMPARE(ProvinceFixture::errorCode(answer, 1), QStringLiteral("refused_earlier"));
        QCOMPARE(ProvinceFixture::errorCode(answer, 2), QStringLiteral("refused_reference"));
        for (const int i : {1, 2}) {
            QVERIFY2(message(i).contains(first) && message(i).contains(QStringLiteral("bị từ chối")),
                     qPrintable(message(i)));
        }
        // In a later push the server no longer knows the row was refused: "not found", as before.
        const auto later = ProvinceFixture::push(
            commune, QStringLiteral("xdd-refused-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 3))});
        QCOMPARE(ProvinceFixture::errorCode(later), QStringLiteral("not_found"));
    }

    void rowWithoutTheRowItNamesIsRefusedNamingTheField()
    {
        // A grade decision without its campaign, a comment without its sheet: each refused with
        // the field named, and the rest of the batch (an appraisal council) goes on, instead of an
        // "internal" error for the whole batch.
        const HttpTestClient admin = m_province.client(QStringLiteral("quantri"));
        const QString decision = ProvinceFixture::newUuid();
        const auto answer = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("grade_decisions"), decision,
                                 QStringLiteral("insert"), 0,
                                 {{QStringLiteral("subject_code"), QStringLiteral("XCL")},
                                  {QStringLiteral("grade"), QStringLiteral("hoan_thanh_tot")}}),
             ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("comments"),
                                 ProvinceFixture::newUuid(), QStringLiteral("insert"), 0,
                                 {{QStringLiteral("author"), QStringLiteral("quantri")},
                                  {QStringLiteral("body"), QStringLiteral("Thiếu minh chứng")}}),
             ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("appraisal_councils"),
                                 ProvinceFixture::newUuid(), QStringLiteral("insert"), 0,
                                 {{QStringLiteral("campaign_uuid"), m_province.campaignUuid},
                                  {QStringLiteral("settings"), QStringLiteral("{}")}})});
        QCOMPARE(answer.status, 200);
        const QJsonArray outcomes = ProvinceFixture::outcomes(answer);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(ProvinceFixture::status(answer, 0), QStringLiteral("refused"));
        QCOMPARE(ProvinceFixture::errorCode(answer, 0), QStringLiteral("missing_field"));
        const QJsonObject error = outcomes.at(0).toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("payload.campaign_uuid"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("campaign_uuid")));
        QCOMPARE(ProvinceFixture::errorCode(answer, 1), QStringLiteral("missing_field"));
        QCOMPARE(outcomes.at(1)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("payload.sheet_uuid")));
        QCOMPARE(ProvinceFixture::status(answer, 2), QStringLiteral("applied"));
    }

    void communeCannotApprove()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        for (const QString& login : {QStringLiteral("xcl"), QStringLiteral("xcl-head")}) {
            const HttpTestClient client = m_province.client(login);
            const qint64 base
                = ProvinceFixture::row(client, sheet).value(QStringLiteral("version")).toInteger();
            const auto answer = ProvinceFixture::push(
                client, login + QStringLiteral("-db"),
                {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                     QStringLiteral("update"), base,
                                     {{QStringLiteral("state"), QStringLiteral("approved")}})});
            QCOMPARE(ProvinceFixture::status(answer), QStringLiteral("refused"));
            QVERIFY2(ProvinceFixture::errorCode(answer) == QLatin1String("forbidden")
                         || ProvinceFixture::errorCode(answer) == QLatin1String("workflow_refused"),
                     answer.body.constData());
        }
        // Even on an appraised sheet, the commune may not approve; the council chair may.
        const QString appraisedSheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        auto answer = ProvinceFixture::push(
            commune, QStringLiteral("xcl-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 4)),
             ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 4)),
             ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), 0,
                                 {{QStringLiteral("code"), QStringLiteral("1.1")},
                                  {QStringLiteral("explanation"), QStringLiteral("Có văn bản")}}),
             ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), 0,
                                 {{QStringLiteral("state"), QStringLiteral("submitted")}})});
        QCOMPARE(ProvinceFixture::status(answer, 3), QStringLiteral("applied"));
        const HttpTestClient appraiser = m_province.client(QStringLiteral("thamdinh"));
        qint64 version
            = ProvinceFixture::row(appraiser, appraisedSheet).value(QStringLiteral("version")).toInteger();
        answer = ProvinceFixture::push(
            appraiser, QStringLiteral("td-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 {{QStringLiteral("state"), QStringLiteral("appraised")}})});
        QCOMPARE(ProvinceFixture::status(answer), QStringLiteral("applied"));
        version = ProvinceFixture::row(commune, appraisedSheet).value(QStringLiteral("version")).toInteger();
        answer = ProvinceFixture::push(
            commune, QStringLiteral("xcl-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 {{QStringLiteral("state"), QStringLiteral("approved")}})});
        QCOMPARE(ProvinceFixture::status(answer), QStringLiteral("refused"));
        QCOMPARE(ProvinceFixture::errorCode(answer), QStringLiteral("forbidden"));
        answer = ProvinceFixture::push(
            m_province.client(QStringLiteral("chutich")), QStringLiteral("ct-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 {{QStringLiteral("state"), QStringLiteral("approved")}})});
        QCOMPARE(ProvinceFixture::status(answer), QStringLiteral("applied"));
        // Approved: immutable unless reopened with a reason; a change made on the old base conflicts.
        answer = ProvinceFixture::push(
            appraiser, QStringLiteral("td-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 leafChange(QStringLiteral("appraised"), QStringLiteral("1.1"), 1))});
        QCOMPARE(ProvinceFixture::status(answer), QStringLiteral("conflict"));
        QVERIFY(ProvinceFixture::outcomes(answer)
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("conflict"))
                    .toObject()
                    .value(QStringLiteral("approved_since_base"))
                    .toBool());
        version
            = ProvinceFixture::row(appraiser, appraisedSheet).value(QStringLiteral("version")).toInteger();
        answer = ProvinceFixture::push(
            appraiser, QStringLiteral("td-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 leafChange(QStringLiteral("appraised"), QStringLiteral("1.1"), 1))});
        QCOMPARE(ProvinceFixture::status(answer), QStringLiteral("refused"));
        QCOMPARE(ProvinceFixture::errorCode(answer), QStringLiteral("workflow_refused"));
        QJsonObject reopen = ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"),
                                                 appraisedSheet, QStringLiteral("update"), version,
                                                 {{QStringLiteral("state"), QStringLiteral("appraised")}});
        answer = ProvinceFixture::push(m_province.client(QStringLiteral("chutich")), QStringLiteral("ct-db"),
                                       {reopen});
        QCOMPARE(ProvinceFixture::errorCode(answer), QStringLiteral("workflow_refused")); // no reason
        reopen.insert(QStringLiteral("op_id"), ProvinceFixture::newUuid());
        reopen.insert(QStringLiteral("reason"), QStringLiteral("Sửa điểm tiêu chí 1.1 theo kết luận"));
        answer = ProvinceFixture::push(m_province.client(QStringLiteral("chutich")), QStringLiteral("ct-db"),
                                       {reopen});
        QCOMPARE(ProvinceFixture::status(answer), QStringLiteral("applied"));
    }

    void evidenceUploadCutOffAndResumed()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QByteArray content = evidenceContent(300 * 1000, 'e');
        const QString sha = attachEvidence(QStringLiteral("xcl"), sheet, content);
        QVERIFY(!sha.isEmpty());
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        const QString path = QStringLiteral("/api/v1/evidence/%1/upload?offset=%2&size=%3");
        auto answer = commune.put(path.arg(sha).arg(0).arg(content.size()), content.left(100000));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("committed")).toInteger(), 100000);
        // The next part is cut off half way: nothing of it is committed.
        QVERIFY(commune.sendTruncated(path.arg(sha).arg(100000).arg(content.size()),
                                      content.mid(100000, 100000), 50000));
        answer = commune.get(QStringLiteral("/api/v1/evidence/%1/upload").arg(sha));
        QCOMPARE(answer.json().value(QStringLiteral("committed")).toInteger(), 100000);
        QVERIFY(!answer.json().value(QStringLiteral("complete")).toBool());
        // Sending from a wrong offset is refused with the committed one.
        answer = commune.put(path.arg(sha).arg(150000).arg(content.size()), content.mid(150000, 1000));
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.errorCode(), QStringLiteral("offset_mismatch"));
        answer = commune.put(path.arg(sha).arg(100000).arg(content.size()), content.mid(100000));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json().value(QStringLiteral("complete")).toBool());
        QCOMPARE(commune.get(QStringLiteral("/api/v1/evidence/%1").arg(sha)).body, content);
        QCOMPARE(m_province.client(QStringLiteral("thamdinh"))
                     .get(QStringLiteral("/api/v1/evidence/%1").arg(sha))
                     .body,
                 content);
    }

    void wrongHashIsRefused()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QByteArray content = evidenceContent(5000, 'w');
        const QString sha = attachEvidence(QStringLiteral("xcl"), sheet, content);
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        QByteArray tampered = content;
        tampered[10] = 'X';
        const auto answer = commune.put(
            QStringLiteral("/api/v1/evidence/%1/upload?offset=0&size=%2").arg(sha).arg(content.size()),
            tampered);
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.errorCode(), QStringLiteral("hash_mismatch"));
        QCOMPARE(commune.get(QStringLiteral("/api/v1/evidence/%1").arg(sha)).status, 404);
        QCOMPARE(commune.get(QStringLiteral("/api/v1/evidence/%1/upload").arg(sha))
                     .json()
                     .value(QStringLiteral("committed"))
                     .toInteger(),
                 0);
    }

    void fullResyncPastTheTombstoneHorizon()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const HttpTestClient admin = m_province.client(QStringLiteral("quantri"));
        const qint64 before = admin.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=1"))
                                  .json()
                                  .value(QStringLiteral("server_version"))
                                  .toInteger();
        const auto deleted = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("delete"), 0, {})});
        QCOMPARE(ProvinceFixture::status(deleted),
                 QStringLiteral("conflict")); // made on base 0, the row is newer
        const qint64 version
            = ProvinceFixture::row(admin, sheet).value(QStringLiteral("version")).toInteger();
        const auto again = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("delete"), version, {})});
        QCOMPARE(ProvinceFixture::status(again), QStringLiteral("applied"));
        const QJsonObject tombstone = ProvinceFixture::row(admin, sheet);
        QVERIFY(tombstone.value(QStringLiteral("deleted")).toBool());
        QVERIFY(tombstone.value(QStringLiteral("data")).isNull());
        const auto purged = ServerProcess::command(
            m_province.database(),
            {QStringLiteral("admin"), QStringLiteral("tombstones"), QStringLiteral("purge"),
             QStringLiteral("--older-than-days"), QStringLiteral("0")});
        QCOMPARE(purged.exitCode, 0);
        const auto behind = admin.get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(before));
        QCOMPARE(behind.status, 410);
        QCOMPARE(behind.errorCode(), QStringLiteral("resync_required"));
        QCOMPARE(admin.get(QStringLiteral("/api/v1/sync/changes?since=0")).status, 200);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestServerSync)
#include "TestServerSync.moc"
