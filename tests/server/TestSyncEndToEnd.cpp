// The sync engine against a real danhgia-server on a real PostgreSQL (loopback), with client
// databases that are real SQLite files written through the storage as officers write them: the
// province publishes a criteria set and opens a campaign with sheets; a commune pulls, scores
// offline, submits and pushes; the province pulls and sees the values and the state; a second sync
// moves nothing; an appraisal and an approval by a commune that may not make them come back
// refused with the server's Vietnamese reason; a pulled change against an unacknowledged local edit
// becomes a conflict and the local value stays; danhgia-cli sync prints the summary and exits with
// the documented status; a raised quota ceiling, a person's flag and an interview council with its
// examination reach a second database, and the grade there follows the flag.

#include "ProvinceFixture.h"
#include "councils/CouncilPresets.h"
#include "database/Database.h"
#include "engine/SyncEngine.h"
#include "network/ServerConnection.h"
#include "services/CampaignSetup.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "stores/ClassificationStore.h"
#include "stores/CouncilExaminationStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/PersonFlagStore.h"
#include "stores/QuotaCeilingStore.h"
#include "sync/SyncOutbox.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace danhgia;

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_campaigns = 0;

    std::unique_ptr<Database> openDatabase(const QString& name)
    {
        auto db = std::make_unique<Database>();
        QString error;
        if (!db->open(m_dir->filePath(name + QStringLiteral(".sqlite")), &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return db;
    }
    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_province.port())); }
    SyncSummary sync(Database& db, const QString& login, bool pullOnly = false)
    {
        ServerConnection connection(serverUrl(), ServerConnection::Options{});
        SyncSummary summary;
        if (!connection.signIn(login, QString::fromLatin1(ProvinceFixture::Password), &summary.error)) {
            return summary;
        }
        SyncEngine engine(db, connection);
        if (pullOnly) {
            summary.completed = engine.pull(&summary);
            return summary;
        }
        return engine.run();
    }
    static QString text(Database& db, const QString& sql)
    {
        QSqlQuery query(db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    static QByteArray criteriaDocument(const QString& id)
    {
        return QStringLiteral(
                   R"({"format": "danhgia.criteria/1", "id": "%1", "version": 1,
"title": "Bộ tiêu chí cấp xã", "kind": "par_index", "decimals": 2,
"criteria": [{"code": "1", "title": "Lĩnh vực 1", "max": 10, "children": [
  {"code": "1.1", "title": "Tiêu chí 1.1", "max": 5, "method": {"type": "points"}},
  {"code": "1.2", "title": "Tiêu chí 1.2", "max": 5, "method": {"type": "points"}}]}],
"grades": [{"code": "A", "title": "Nhóm A", "min": 90}, {"code": "B", "title": "Nhóm B", "min": 0}],
"flags": [{"code": "ky_luat", "title": "Bị kỷ luật", "unclassified": true}]})")
            .arg(id)
            .toUtf8();
    }
    // The province: its database takes the units from the server, publishes a criteria set and
    // opens a campaign with a sheet for each commune, and pushes them. The campaign's code.
    QString openCampaign(Database& province)
    {
        const SyncSummary first = sync(province, QStringLiteral("quantri"));
        if (!first.completed) {
            qWarning("%s", qPrintable(first.error));
            return QString();
        }
        const QString code = QStringLiteral("CCHC-XA-%1").arg(++m_campaigns);
        const QString setId = QStringLiteral("xa-2026-%1").arg(m_campaigns);
        QString error;
        const bool written = province.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(province.connection(), criteriaDocument(setId),
                                                          QStringLiteral("quantri"), &issues, e);
                auto setup
                    = set ? CampaignSetup::forCriteriaSet(province.connection(), *set, e) : std::nullopt;
                if (!setup) {
                    return false;
                }
                QList<ScoreSheet> sheets;
                for (const QString& unit : {QStringLiteral("XCL"), QStringLiteral("XDD")}) {
                    ScoreSheet sheet;
                    sheet.criteriaId = setId;
                    sheet.subject = {unit, unit, QString(), QString()};
                    sheets.append(sheet);
                }
                return setup
                    ->create({0,
                              code,
                              QStringLiteral("Chỉ số CCHC cấp xã %1").arg(m_campaigns),
                              QStringLiteral("par_index"),
                              *set,
                              {},
                              {},
                              QString(),
                              QString()},
                             sheets, QStringLiteral("quantri"), e)
                    .has_value();
            },
            &error);
        if (!written) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        const SyncSummary pushed = sync(province, QStringLiteral("quantri"));
        if (!pushed.completed || pushed.refused > 0 || pushed.conflicts > 0 || pushed.sent < 4) {
            qWarning("%s", qPrintable(pushed.toText()));
            return QString();
        }
        return code;
    }
    static qint64 sheetOf(Database& db, const QString& campaign, const QString& unit)
    {
        return text(db,
                    QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                                   "WHERE c.code = '%1' AND s.subject_code = '%2'")
                        .arg(campaign, unit))
            .toLongLong();
    }
    static bool score(Database& db, qint64 sheet, const QString& code, const QString& points, QString* error)
    {
        SheetEditor editor(db);
        LeafValue value;
        value.kind = LeafValue::Kind::Points;
        value.number = *Decimal::fromString(points);
        return editor.load(sheet, error)
            && editor.write({Stage::Self, code, value, QString()}, Role::SelfAssessor, QStringLiteral("xcl"),
                            error);
    }
    // The commune scores its sheet offline and submits it.
    static bool scoreAndSubmit(Database& commune, qint64 sheet, QString* error)
    {
        return score(commune, sheet, QStringLiteral("1.1"), QStringLiteral("4"), error)
            && score(commune, sheet, QStringLiteral("1.2"), QStringLiteral("3.5"), error)
            && SheetTransitions::apply(commune, sheet, WorkflowAction::Submit, Role::SelfAssessor,
                                       QStringLiteral("xcl"), QString(), error)
                   .has_value();
    }

    static QString gradeOf(Database& db, const QString& campaign, const QString& subject)
    {
        QString error;
        const auto classified = ClassificationStore::classify(db.connection(), campaign, &error);
        if (!classified) {
            return QStringLiteral("(error: %1)").arg(error);
        }
        for (const auto& r : classified->result.results) {
            if (r.subjectId == subject) {
                return r.grade;
            }
        }
        return QStringLiteral("(missing)");
    }
    // The rows of the tables of schemas 4, 6 and 7 with the UUIDs of what they name, one line each.
    static QString newTableRows(Database& db)
    {
        static const char* const queries[] = {
            "SELECT q.uuid || '|' || c.uuid || '|' || q.unit_code || '|' || q.percent || '|' || "
            "q.decision_number || '|' || q.decision_date || '|' || q.reason || '|' || q.recorded_by || '|' "
            "|| q.withdrawn FROM quota_ceilings q JOIN campaigns c ON c.id = q.campaign_id ORDER BY q.uuid",
            "SELECT f.uuid || '|' || c.uuid || '|' || f.person_code || '|' || f.flag_code || '|' || f.reason "
            "|| '|' || f.document_number || '|' || f.document_date || '|' || f.recorded_by || '|' || "
            "f.recorded_at || '|' || f.removed FROM person_flags f JOIN campaigns c ON c.id = f.campaign_id "
            "ORDER BY f.uuid",
            "SELECT s.uuid || '|' || c.uuid || '|' || s.title || '|' || s.document FROM council_sessions s "
            "JOIN campaigns c ON c.id = s.campaign_id ORDER BY s.uuid",
            "SELECT e.uuid || '|' || s.uuid || '|' || e.document FROM council_examinations e JOIN "
            "council_sessions s ON s.id = e.council_id ORDER BY e.uuid"};
        QStringList lines;
        for (const char* sql : queries) {
            QSqlQuery query(db.connection());
            if (!query.exec(QString::fromLatin1(sql))) {
                lines.append(QStringLiteral("(error)"));
            }
            while (query.next()) {
                lines.append(query.value(0).toString());
            }
        }
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void communeScoresOfflineAndTheProvinceSeesIt()
    {
        auto province = openDatabase(QStringLiteral("province"));
        auto commune = openDatabase(QStringLiteral("xcl"));
        QVERIFY(province && commune);
        const QString campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        // The commune pulls the set, the campaign and its own sheet only.
        SyncSummary summary = sync(*commune, QStringLiteral("xcl"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QVERIFY(summary.received >= 3);
        const qint64 sheet = sheetOf(*commune, campaign, QStringLiteral("XCL"));
        QVERIFY(sheet > 0);
        QCOMPARE(sheetOf(*commune, campaign, QStringLiteral("XDD")), 0);
        QCOMPARE(text(*commune, QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
        QString error;
        QVERIFY2(scoreAndSubmit(*commune, sheet, &error), qPrintable(error));
        summary = sync(*commune, QStringLiteral("xcl"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.sent, 3);
        QCOMPARE(summary.applied, 3);
        QCOMPARE(summary.refused + summary.conflicts, 0);
        QCOMPARE(*SyncOutbox::pendingCount(*commune, &error), 0);
        // The province pulls the values and the state.
        summary = sync(*province, QStringLiteral("quantri"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QVERIFY(summary.received >= 1);
        const qint64 provinceSheet = sheetOf(*province, campaign, QStringLiteral("XCL"));
        QCOMPARE(text(*province,
                      QStringLiteral("SELECT state FROM score_sheets WHERE id = %1").arg(provinceSheet)),
                 QStringLiteral("submitted"));
        SheetEditor editor(*province);
        QVERIFY2(editor.load(provinceSheet, &error), qPrintable(error));
        QCOMPARE(editor.value(Stage::Self, QStringLiteral("1.1"))->number,
                 *Decimal::fromString(QStringLiteral("4")));
        QCOMPARE(editor.value(Stage::Self, QStringLiteral("1.2"))->number,
                 *Decimal::fromString(QStringLiteral("3.5")));
        // A second sync on each side moves nothing.
        for (auto* db : {commune.get(), province.get()}) {
            summary = sync(*db, db == commune.get() ? QStringLiteral("xcl") : QStringLiteral("quantri"));
            QVERIFY2(summary.completed, qPrintable(summary.toText()));
            QCOMPARE(summary.sent, 0);
            QCOMPARE(summary.received, 0);
        }
    }

    void approvalByACommuneComesBackRefusedWithTheServersReason()
    {
        auto province = openDatabase(QStringLiteral("province"));
        auto commune = openDatabase(QStringLiteral("xcl"));
        QVERIFY(province && commune);
        const QString campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        QVERIFY(sync(*commune, QStringLiteral("xcl")).completed);
        const qint64 sheet = sheetOf(*commune, campaign, QStringLiteral("XCL"));
        QString error;
        QVERIFY2(scoreAndSubmit(*commune, sheet, &error), qPrintable(error));
        // On a database never linked to the accounts, anyone picks any role: the commune appraises
        // and approves its own sheet here. The server knows the account: it refuses both.
        QVERIFY2(SheetTransitions::apply(*commune, sheet, WorkflowAction::Appraise, Role::Appraiser,
                                         QStringLiteral("xcl"), QString(), &error),
                 qPrintable(error));
        QVERIFY2(SheetTransitions::apply(*commune, sheet, WorkflowAction::Approve, Role::CouncilChair,
                                         QStringLiteral("xcl"), QString(), &error),
                 qPrintable(error));
        const SyncSummary summary = sync(*commune, QStringLiteral("xcl"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.applied, 3);
        QCOMPARE(summary.refused, 2);
        QCOMPARE(summary.refusals.size(), 2);
        const QString reason = text(*commune,
                                    QStringLiteral("SELECT error_message FROM outbox_outcomes o JOIN outbox "
                                                   "b ON b.id = o.outbox_id WHERE o.status = 'refused' AND "
                                                   "b.payload LIKE '%approved%'"));
        QVERIFY2(!reason.isEmpty(), qPrintable(summary.toText()));
        QCOMPARE(summary.refusals.last(), reason);
        QVERIFY(
            !text(*commune, QStringLiteral("SELECT error_code FROM outbox_outcomes WHERE status = 'refused'"))
                 .isEmpty());
        // The server kept the sheet submitted; the refused operations are not sent again.
        QCOMPARE(ProvinceFixture::row(
                     m_province.client(QStringLiteral("xcl")),
                     text(*commune, QStringLiteral("SELECT uuid FROM score_sheets WHERE id = %1").arg(sheet)))
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(sync(*commune, QStringLiteral("xcl")).sent, 0);
    }

    void pulledChangeAgainstAnUnacknowledgedEditBecomesAConflict()
    {
        auto province = openDatabase(QStringLiteral("province"));
        auto laptop = openDatabase(QStringLiteral("xcl-laptop"));
        auto desktop = openDatabase(QStringLiteral("xcl-desktop"));
        QVERIFY(province && laptop && desktop);
        const QString campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        QVERIFY(sync(*laptop, QStringLiteral("xcl")).completed);
        QVERIFY(sync(*desktop, QStringLiteral("xcl")).completed);
        const qint64 onLaptop = sheetOf(*laptop, campaign, QStringLiteral("XCL"));
        const qint64 onDesktop = sheetOf(*desktop, campaign, QStringLiteral("XCL"));
        QString error;
        // The desktop scores 1.2 and syncs; the laptop scores the same leaf and has not sent it.
        QVERIFY2(score(*desktop, onDesktop, QStringLiteral("1.2"), QStringLiteral("3"), &error),
                 qPrintable(error));
        QCOMPARE(sync(*desktop, QStringLiteral("xcl")).applied, 1);
        QVERIFY2(score(*laptop, onLaptop, QStringLiteral("1.2"), QStringLiteral("1"), &error),
                 qPrintable(error));
        SyncSummary summary = sync(*laptop, QStringLiteral("xcl"), true);
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.conflicts, 1);
        QCOMPARE(summary.received, 0);
        SheetEditor editor(*laptop);
        QVERIFY2(editor.load(onLaptop, &error), qPrintable(error));
        QCOMPARE(editor.value(Stage::Self, QStringLiteral("1.2"))->number,
                 *Decimal::fromString(QStringLiteral("1")));
        QCOMPARE(text(*laptop, QStringLiteral("SELECT origin FROM sync_conflicts")), QStringLiteral("pull"));
        QVERIFY(text(*laptop, QStringLiteral("SELECT fields FROM sync_conflicts"))
                    .contains(QStringLiteral("values.self.1.2")));
        QCOMPARE(*SyncOutbox::pendingCount(*laptop, &error), 1);
        // Pushed, the edit is a conflict on the server too: both versions kept, nothing overwritten.
        summary = sync(*laptop, QStringLiteral("xcl"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.sent, 1);
        QCOMPARE(summary.applied, 0);
        QVERIFY(summary.conflicts >= 1);
        QCOMPARE(text(*laptop, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE origin = 'push'")),
                 QStringLiteral("1"));
        QVERIFY2(editor.load(onLaptop, &error), qPrintable(error));
        QCOMPARE(editor.value(Stage::Self, QStringLiteral("1.2"))->number,
                 *Decimal::fromString(QStringLiteral("1")));
    }

    void resyncAskedByTheServerPullsFromZeroKeepingUnsentWork()
    {
        auto province = openDatabase(QStringLiteral("province"));
        auto commune = openDatabase(QStringLiteral("xcl"));
        QVERIFY(province && commune);
        const QString campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        QVERIFY(sync(*commune, QStringLiteral("xcl")).completed);
        const qint64 sheet = sheetOf(*commune, campaign, QStringLiteral("XCL"));
        QString error;
        QVERIFY2(score(*commune, sheet, QStringLiteral("1.1"), QStringLiteral("2"), &error),
                 qPrintable(error));
        // Meanwhile a sheet is deleted on the server and the deletions are forgotten: the commune's
        // cursor is behind the horizon.
        const QString other = m_province.createSheet(QStringLiteral("quantri"), QStringLiteral("tinh-db"),
                                                     QStringLiteral("XDD"));
        QVERIFY(!other.isEmpty());
        const HttpTestClient admin = m_province.client(QStringLiteral("quantri"));
        const qint64 version
            = ProvinceFixture::row(admin, other).value(QStringLiteral("version")).toInteger();
        const auto deleted = ProvinceFixture::push(
            admin, QStringLiteral("tinh-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), other,
                                 QStringLiteral("delete"), version, {})});
        QCOMPARE(ProvinceFixture::status(deleted), QStringLiteral("applied"));
        QCOMPARE(ServerProcess::command(m_province.database(),
                                        {QStringLiteral("admin"), QStringLiteral("tombstones"),
                                         QStringLiteral("purge"), QStringLiteral("--older-than-days"),
                                         QStringLiteral("0")})
                     .exitCode,
                 0);
        const SyncSummary summary = sync(*commune, QStringLiteral("xcl"), true);
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QVERIFY(summary.resynchronised);
        // Everything came again; the local value not yet sent is still here and still to be sent.
        SheetEditor editor(*commune);
        QVERIFY2(editor.load(sheet, &error), qPrintable(error));
        QCOMPARE(editor.value(Stage::Self, QStringLiteral("1.1"))->number,
                 *Decimal::fromString(QStringLiteral("2")));
        QCOMPARE(*SyncOutbox::pendingCount(*commune, &error), 1);
        QVERIFY(text(*commune, QStringLiteral("SELECT cursor FROM sync_state")).toLongLong() >= version);
        QVERIFY2(sync(*commune, QStringLiteral("xcl")).applied == 1, "the kept value is sent afterwards");
    }

    void expiredAccessTokenIsRefreshedDuringASync()
    {
        // A second server process on the same database whose access tokens live 2 seconds.
        ServerProcess shortLived(m_province.database());
        QString error;
        QVERIFY2(shortLived.start(&error, {QStringLiteral("--access-ttl"), QStringLiteral("2")}),
                 qPrintable(error));
        auto commune = openDatabase(QStringLiteral("xcl"));
        QVERIFY(commune);
        ServerConnection connection(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(shortLived.port())),
                                    ServerConnection::Options{});
        QVERIFY2(
            connection.signIn(QStringLiteral("xcl"), QString::fromLatin1(ProvinceFixture::Password), &error),
            qPrintable(error));
        QTest::qWait(2500);
        SyncEngine engine(*commune, connection);
        const SyncSummary summary = engine.run();
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QVERIFY(summary.received > 0);
        QVERIFY(connection.refreshes() >= 1);
    }

    void ceilingFlagAndCouncilExaminationReachASecondDatabase()
    {
        auto province = openDatabase(QStringLiteral("province"));
        QVERIFY(province);
        const QString campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        const QString before = gradeOf(*province, campaign, QStringLiteral("XCL"));
        QString error;
        QuotaCeiling ceiling;
        ceiling.unit = QStringLiteral("XCL");
        ceiling.percent = Decimal::fromInt(25);
        ceiling.decisionNumber = QStringLiteral("12/QĐ-UBND");
        ceiling.decisionDate = QDate(2026, 11, 2);
        ceiling.reason = QStringLiteral("Đơn vị có thành tích xuất sắc");
        QVERIFY2(QuotaCeilingStore::record(*province, campaign, ceiling, Role::Administrator,
                                           QStringLiteral("quantri"), &error),
                 qPrintable(error));
        PersonFlag flag;
        flag.personCode = QStringLiteral("XCL");
        flag.flagCode = QStringLiteral("ky_luat");
        flag.reason = QStringLiteral("Quyết định kỷ luật khiển trách");
        flag.documentNumber = QStringLiteral("3/QĐ-UBND");
        flag.documentDate = QDate(2026, 11, 3);
        QVERIFY2(PersonFlagStore::record(*province, campaign, flag, Role::Administrator,
                                         QStringLiteral("quantri"), &error),
                 qPrintable(error));
        CouncilRecord council;
        council.campaignCode = campaign;
        council.session = CouncilPresets::newSession(QStringLiteral("Sát hạch công chức 2026"),
                                                     CouncilPresets::all().first(), Decimal::fromInt(50));
        council.session.members
            = {{QStringLiteral("TV01"), QStringLiteral("Hoàng Văn Thụ"), QStringLiteral("chu_tich")},
               {QStringLiteral("TV02"), QStringLiteral("Bế Thị Hoa"), QStringLiteral("truong_ban")}};
        council.session.candidates
            = {{QStringLiteral("TS01"), QStringLiteral("Nông Văn An"), {}, std::nullopt}};
        CouncilExamination examination;
        examination.parts = {{RecruitmentPart::Kind::Written, Decimal::fromInt(100)},
                             {RecruitmentPart::Kind::Interview, Decimal::fromInt(100)}};
        examination.entries = {{QStringLiteral("TS01"),
                                Decimal::fromInt(5),
                                {{RecruitmentPart::Kind::Written, Decimal::fromInt(45)}}}};
        QVERIFY2(CouncilExaminationStore::save(*province, council, examination, Role::Administrator,
                                               QStringLiteral("quantri"), &error),
                 qPrintable(error));
        const QString flagged = gradeOf(*province, campaign, QStringLiteral("XCL"));
        QVERIFY2(flagged != before, qPrintable(flagged));

        const SyncSummary pushed = sync(*province, QStringLiteral("quantri"));
        QVERIFY2(pushed.completed, qPrintable(pushed.error));
        QCOMPARE(pushed.refused, 0);
        QCOMPARE(pushed.conflicts, 0);
        QCOMPARE(*SyncOutbox::pendingCount(*province, &error), 0);

        // Another account of the province, on a database of its own, pulls them.
        auto second = openDatabase(QStringLiteral("chair"));
        QVERIFY(second);
        const SyncSummary pulled = sync(*second, QStringLiteral("chutich"));
        QVERIFY2(pulled.completed, qPrintable(pulled.error));
        QCOMPARE(pulled.conflicts, 0);
        const QString rows = newTableRows(*province);
        QCOMPARE(rows.count(QLatin1Char('\n')), 3); // a ceiling, a flag, a council, an examination
        QCOMPARE(newTableRows(*second), rows);
        QCOMPARE(text(*second, QStringLiteral("SELECT count(*) FROM sync_parked")), QStringLiteral("0"));
        QCOMPARE(gradeOf(*second, campaign, QStringLiteral("XCL")), flagged);
        QCOMPARE(gradeOf(*second, campaign, QStringLiteral("XDD")), before);
        const auto loaded = CouncilExaminationStore::load(
            second->connection(),
            text(*second, QStringLiteral("SELECT council_id FROM council_examinations")).toLongLong(),
            &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->parts.size(), 2);
        QCOMPARE(loaded->entries.size(), 1);
    }

    void cliSyncPrintsTheSummaryAndItsExitStatus()
    {
        auto province = openDatabase(QStringLiteral("province"));
        QVERIFY(province);
        const QString campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        const QString path = m_dir->filePath(QStringLiteral("xcl-cli.sqlite"));
        QVERIFY(openDatabase(QStringLiteral("xcl-cli")));
        const auto run = [&](const QString& password, const QString& server, const QString& db = QString()) {
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DANHGIA_PASSWORD"), password);
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(DANHGIA_CLI_PATH),
                      {QStringLiteral("sync"), QStringLiteral("--db"), db.isEmpty() ? path : db,
                       QStringLiteral("--server"), server, QStringLiteral("--user"), QStringLiteral("xcl")});
            cli.waitForFinished(120000);
            return std::make_tuple(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()),
                                   QString::fromUtf8(cli.readAllStandardError()));
        };
        const QString password = QString::fromLatin1(ProvinceFixture::Password);
        auto [status, out, err] = run(password, serverUrl().toString());
        QVERIFY2(status == 0, qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("Đã nhận: ")), qPrintable(out));
        std::tie(status, out, err) = run(QStringLiteral("sai-mat-khau"), serverUrl().toString());
        QCOMPARE(status, 6);
        QVERIFY2(err.contains(QStringLiteral("Đăng nhập")), qPrintable(err));
        std::tie(status, out, err) = run(password, QStringLiteral("ftp://127.0.0.1"));
        QCOMPARE(status, 2);
        // A change the server refuses: exit 4, its reason printed.
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            const qint64 sheet = sheetOf(db, campaign, QStringLiteral("XCL"));
            QVERIFY(sheet > 0);
            QVERIFY2(scoreAndSubmit(db, sheet, &error), qPrintable(error));
            QVERIFY2(SheetTransitions::apply(db, sheet, WorkflowAction::Appraise, Role::Appraiser,
                                             QStringLiteral("xcl"), QString(), &error),
                     qPrintable(error));
        }
        std::tie(status, out, err) = run(password, serverUrl().toString());
        QVERIFY2(status == 4, qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("Bị từ chối: ")), qPrintable(out));
        // A database linked to this server is not synchronised with another.
        std::tie(status, out, err) = run(password, QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(status, 2);
        QVERIFY2(err.contains(serverUrl().toString()), qPrintable(err));
        // No server there: exit 5, after the bounded retries (a database not linked yet).
        QVERIFY(openDatabase(QStringLiteral("xcl-nowhere")));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        std::tie(status, out, err)
            = run(password, nowhere, m_dir->filePath(QStringLiteral("xcl-nowhere.sqlite")));
        QVERIFY2(status == 5, qPrintable(out + err));
        QVERIFY2(err.contains(QStringLiteral("máy chủ")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "TestSyncEndToEnd.moc"
