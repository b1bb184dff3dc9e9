// Conflicts made on purpose against a real danhgia-server on a real PostgreSQL, resolved from the
// inbox (the "Sync conflicts" screen offscreen) and from danhgia-cli: the same leaf edited on two
// databases of a commune (the laptop keeps its value, which becomes a change on the server's
// version), and an edit to a sheet the province approved meanwhile (only the server's version may
// be kept); and a person edited on two databases of the province (renamed and promoted on one,
// renamed and moved to another commune on the other), resolved on the screen column by column:
// the name and the unit kept mine, the position the server's. After the resolution and a sync,
// the server and both databases agree.

#include "AppSession.h"
#include "ConflictsView.h"
#include "ProvinceFixture.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "engine/SyncEngine.h"
#include "network/ServerConnection.h"
#include "services/CampaignSetup.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "stores/CriteriaSetStore.h"
#include "sync/ConflictInbox.h"
#include "text/VietnameseText.h"

#include <QComboBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace danhgia;
using namespace danhgia::ui;

class TestConflictsEndToEnd : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_campaigns = 0;

    QString pathOf(const QString& name) const { return m_dir->filePath(name + QStringLiteral(".sqlite")); }
    std::unique_ptr<Database> openDatabase(const QString& name)
    {
        auto db = std::make_unique<Database>();
        QString error;
        if (!db->open(pathOf(name), &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return db;
    }
    SyncSummary sync(Database& db, const QString& login)
    {
        ServerConnection connection(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_province.port())),
                                    ServerConnection::Options{});
        SyncSummary summary;
        if (!connection.signIn(login, QString::fromLatin1(ProvinceFixture::Password), &summary.error)) {
            return summary;
        }
        SyncEngine engine(db, connection);
        return engine.run();
    }
    static QString text(Database& db, const QString& sql)
    {
        QSqlQuery query(db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    // The province publishes a set of two leaves (points, up to 5) and opens a campaign with the
    // sheet of XCL; the campaign's code.
    QString openCampaign(Database& province)
    {
        if (!sync(province, QStringLiteral("quantri")).completed) {
            return QString();
        }
        const QString code = QStringLiteral("XD-%1").arg(++m_campaigns);
        const QString setId = QStringLiteral("xd-2026-%1").arg(m_campaigns);
        const QByteArray document = QStringLiteral(
                                        R"({"format": "danhgia.criteria/1", "id": "%1", "version": 1,
"title": "Bộ tiêu chí cấp xã", "kind": "par_index", "decimals": 2,
"criteria": [{"code": "1", "title": "Lĩnh vực 1", "max": 10, "children": [
  {"code": "1.1", "title": "Tiêu chí 1.1", "max": 5, "method": {"type": "points"}},
  {"code": "1.2", "title": "Tiêu chí 1.2", "max": 5, "method": {"type": "points"}}]}],
"grades": [{"code": "A", "title": "Nhóm A", "min": 90}, {"code": "B", "title": "Nhóm B", "min": 0}]})")
                                        .arg(setId)
                                        .toUtf8();
        QString error;
        const bool written = province.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(province.connection(), document,
                                                          QStringLiteral("quantri"), &issues, e);
                auto setup
                    = set ? CampaignSetup::forCriteriaSet(province.connection(), *set, e) : std::nullopt;
                if (!setup) {
                    return false;
                }
                ScoreSheet sheet;
                sheet.criteriaId = setId;
                sheet.subject = {QStringLiteral("XCL"), QStringLiteral("XCL"), QString(), QString()};
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
                             {sheet}, QStringLiteral("quantri"), e)
                    .has_value();
            },
            &error);
        const SyncSummary pushed = written ? sync(province, QStringLiteral("quantri")) : SyncSummary{};
        if (!written || !pushed.completed || pushed.refused + pushed.conflicts > 0) {
            qWarning("%s %s", qPrintable(error), qPrintable(pushed.toText()));
            return QString();
        }
        return code;
    }
    static qint64 sheetOf(Database& db, const QString& campaign)
    {
        return text(db,
                    QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                                   "WHERE c.code = '%1'")
                        .arg(campaign))
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
    // The sheet's state and self-assessed values, as this database holds them.
    static QString sheetText(Database& db, qint64 sheet)
    {
        return text(
            db,
            QStringLiteral("SELECT s.state || ' ' || (SELECT group_concat(v.code || '=' || v.value, ' ') "
                           "FROM (SELECT code, value FROM sheet_values WHERE sheet_id = s.id AND stage "
                           "= 'self' ORDER BY code) v) FROM score_sheets s WHERE s.id = %1")
                .arg(sheet));
    }
    // The same on the server.
    QString serverText(const QString& uuid)
    {
        const QJsonObject data = ProvinceFixture::row(m_province.client(QStringLiteral("xcl")), uuid)
                                     .value(QStringLiteral("data"))
                                     .toObject();
        QStringList values;
        const QJsonObject self
            = data.value(QStringLiteral("values")).toObject().value(QStringLiteral("self")).toObject();
        for (auto it = self.constBegin(); it != self.constEnd(); ++it) {
            values << it.key() + QLatin1Char('=')
                    + QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        }
        return data.value(QStringLiteral("state")).toString() + QLatin1Char(' ')
            + values.join(QLatin1Char(' '));
    }
    // The laptop and the desktop of XCL with the campaign's sheet; the desktop scores 1.2 = 3 and
    // sends it; the laptop scores 1.2 = 1 offline and syncs: a conflict.
    bool sameLeafOnTwoMachines(const QString& campaign, QString* error)
    {
        auto laptop = openDatabase(QStringLiteral("laptop"));
        auto desktop = openDatabase(QStringLiteral("desktop"));
        if (!laptop || !desktop || !sync(*laptop, QStringLiteral("xcl")).completed
            || !sync(*desktop, QStringLiteral("xcl")).completed) {
            *error = QStringLiteral("first sync failed");
            return false;
        }
        if (!score(*desktop, sheetOf(*desktop, campaign), QStringLiteral("1.2"), QStringLiteral("3"), error)
            || sync(*desktop, QStringLiteral("xcl")).applied != 1
            || !score(*laptop, sheetOf(*laptop, campaign), QStringLiteral("1.2"), QStringLiteral("1"),
                      error)) {
            return false;
        }
        const SyncSummary summary = sync(*laptop, QStringLiteral("xcl"));
        *error = summary.toText();
        return summary.completed && summary.conflicts >= 1;
    }
    // The same, but the desktop submits and the province appraises and approves before the laptop
    // sends its edit.
    bool editToASheetApprovedMeanwhile(Database& province, const QString& campaign, QString* error)
    {
        auto laptop = openDatabase(QStringLiteral("laptop"));
        auto desktop = openDatabase(QStringLiteral("desktop"));
        if (!laptop || !desktop || !sync(*laptop, QStringLiteral("xcl")).completed
            || !sync(*desktop, QStringLiteral("xcl")).completed) {
            *error = QStringLiteral("first sync failed");
            return false;
        }
        const qint64 onDesktop = sheetOf(*desktop, campaign);
        if (!score(*desktop, onDesktop, QStringLiteral("1.1"), QStringLiteral("4"), error)
            || !score(*desktop, onDesktop, QStringLiteral("1.2"), QStringLiteral("3.5"), error)
            || !SheetTransitions::apply(*desktop, onDesktop, WorkflowAction::Submit, Role::SelfAssessor,
                                        QStringLiteral("xcl"), QString(), error)) {
            return false;
        }
        SyncSummary summary = sync(*desktop, QStringLiteral("xcl"));
        summary = summary.completed ? sync(province, QStringLiteral("quantri")) : summary;
        const qint64 onProvince = sheetOf(province, campaign);
        if (!summary.completed
            || !SheetTransitions::apply(province, onProvince, WorkflowAction::Appraise, Role::Appraiser,
                                        QStringLiteral("thamdinh"), QString(), error)) {
            *error += summary.toText();
            return false;
        }
        summary = sync(province, QStringLiteral("thamdinh"));
        if (!summary.completed || summary.applied != 1
            || !SheetTransitions::apply(province, onProvince, WorkflowAction::Approve, Role::CouncilChair,
                                        QStringLiteral("chutich"), QString(), error)) {
            *error += summary.toText();
            return false;
        }
        summary = sync(province, QStringLiteral("chutich"));
        if (!summary.completed || summary.applied != 1
            || !score(*laptop, sheetOf(*laptop, campaign), QStringLiteral("1.2"), QStringLiteral("1"),
                      error)) {
            *error += summary.toText();
            return false;
        }
        summary = sync(*laptop, QStringLiteral("xcl"));
        *error = summary.toText();
        return summary.completed && summary.conflicts >= 1;
    }
    // Both databases synced again, then the server's and each one's sheet as text: all equal.
    void checkAgreement(const QString& campaign, const QString& expected)
    {
        auto laptop = openDatabase(QStringLiteral("laptop"));
        auto desktop = openDatabase(QStringLiteral("desktop"));
        QVERIFY(laptop && desktop);
        SyncSummary summary = sync(*laptop, QStringLiteral("xcl"));
        QVERIFY2(summary.completed && summary.conflicts == 0 && summary.refused == 0,
                 qPrintable(summary.toText()));
        summary = sync(*desktop, QStringLiteral("xcl"));
        QVERIFY2(summary.completed && summary.conflicts == 0 && summary.refused == 0,
                 qPrintable(summary.toText()));
        const qint64 onLaptop = sheetOf(*laptop, campaign);
        const QString uuid
            = text(*laptop, QStringLiteral("SELECT uuid FROM score_sheets WHERE id = %1").arg(onLaptop));
        QCOMPARE(serverText(uuid), expected);
        QCOMPARE(sheetText(*laptop, onLaptop).replace(QStringLiteral(".0}"), QStringLiteral("}")), expected);
        QCOMPARE(sheetText(*desktop, sheetOf(*desktop, campaign))
                     .replace(QStringLiteral(".0}"), QStringLiteral("}")),
                 expected);
        QCOMPARE(*ConflictInbox::count(*laptop, nullptr), 0);
    }
    // Resolves the laptop's only conflict on the screen: `keep` for every field offered it.
    void resolveOnScreen(ConflictKeep keep)
    {
        AppSession session;
        session.setUser(QStringLiteral("Cán bộ xã"), Role::SelfAssessor);
        QString error;
        QVERIFY2(session.openDatabase(pathOf(QStringLiteral("laptop")), &error), qPrintable(error));
        ConflictsView view(session);
        QCOMPARE(view.conflictCount(), 1);
        view.findChild<QPushButton*>(keep == ConflictKeep::Mine ? QStringLiteral("keepAllMine")
                                                                : QStringLiteral("keepAllServer"))
            ->click();
        view.findChild<QPushButton*>(QStringLiteral("resolveConflict"))->click();
        QCOMPARE(view.conflictCount(), 0);
    }
    // A person of the catalogue written on `db` as the province's administrator would.
    static bool writePerson(Database& db, const QString& name, const QString& position, const QString& unit,
                            QString* error)
    {
        const qint64 unitId
            = text(db, QStringLiteral("SELECT id FROM units WHERE code = '%1'").arg(unit)).toLongLong();
        return db.transaction(
            [&](QString* e) {
                return SyncedTable::upsert(db.connection(), QStringLiteral("people"),
                                           {{QStringLiteral("code"), QStringLiteral("CB01")}},
                                           {{QStringLiteral("full_name"), name},
                                            {QStringLiteral("position"), position},
                                            {QStringLiteral("task_group"), QString()},
                                            {QStringLiteral("is_leader"), 0},
                                            {QStringLiteral("unit_id"), unitId},
                                            {QStringLiteral("search_key"), VietnameseText::searchKey(name)}},
                                           QStringLiteral("quantri"), QString(), e)
                    .has_value();
            },
            error);
    }
    static QString personText(Database& db)
    {
        return text(
            db,
            QStringLiteral("SELECT p.full_name || '|' || p.position || '|' || u.code FROM people p JOIN "
                           "units u ON u.id = p.unit_id WHERE p.code = 'CB01'"));
    }
    int cli(const QStringList& arguments, QString* out)
    {
        QProcess process;
        process.start(QStringLiteral(DANHGIA_CLI_PATH), QStringList{QStringLiteral("conflicts")} + arguments);
        process.waitForFinished(30000);
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
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

    void sameLeafResolvedOnScreenKeepingMine()
    {
        auto province = openDatabase(QStringLiteral("province"));
        QVERIFY(province);
        const QString campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        QString error;
        QVERIFY2(sameLeafOnTwoMachines(campaign, &error), qPrintable(error));
        resolveOnScreen(ConflictKeep::Mine);
        checkAgreement(campaign, QStringLiteral("draft 1.2={\"points\":1}"));
    }

    void approvedMeanwhileResolvedOnScreenKeepingTheServers()
    {
        auto province = openDatabase(QStringLiteral("province"));
        QVERIFY(province);
        const QString campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        QString error;
        QVERIFY2(editToASheetApprovedMeanwhile(*province, campaign, &error), qPrintable(error));
        {
            AppSession session;
            QVERIFY2(session.openDatabase(pathOf(QStringLiteral("laptop")), &error), qPrintable(error));
            ConflictsView view(session);
            QComboBox* state = view.findChild<QComboBox*>(QStringLiteral("keep-state"));
            QVERIFY(state);
            QCOMPARE(state->count(), 1);
        }
        resolveOnScreen(ConflictKeep::Mine);
        checkAgreement(campaign, QStringLiteral("approved 1.1={\"points\":4} 1.2={\"points\":3.5}"));
    }

    void aPersonEditedOnTwoDatabasesResolvedOnScreenColumnByColumn()
    {
        auto province = openDatabase(QStringLiteral("province"));
        auto second = openDatabase(QStringLiteral("second"));
        QVERIFY(province && second);
        QString error;
        QVERIFY(sync(*province, QStringLiteral("quantri")).completed);
        QVERIFY2(writePerson(*province, QStringLiteral("Nguyễn Văn An"), QStringLiteral("Công chức"),
                             QStringLiteral("XCL"), &error),
                 qPrintable(error));
        SyncSummary summary = sync(*province, QStringLiteral("quantri"));
        QVERIFY2(summary.completed && summary.applied == 1, qPrintable(summary.toText()));
        QVERIFY(sync(*second, QStringLiteral("quantri")).completed);
        QCOMPARE(personText(*second), QStringLiteral("Nguyễn Văn An|Công chức|XCL"));
        // The province renames and promotes the person; the second database, offline, renames
        // the person otherwise and moves them to XDD.
        QVERIFY2(writePerson(*province, QStringLiteral("Nguyễn Văn Ân"), QStringLiteral("Chủ tịch UBND xã"),
                             QStringLiteral("XCL"), &error),
                 qPrintable(error));
        summary = sync(*province, QStringLiteral("quantri"));
        QVERIFY2(summary.completed && summary.applied == 1, qPrintable(summary.toText()));
        QVERIFY2(writePerson(*second, QStringLiteral("Nguyễn Văn Anh"),
                             QStringLiteral("Phó Chủ tịch UBND xã"), QStringLiteral("XDD"), &error),
                 qPrintable(error));
        summary = sync(*second, QStringLiteral("quantri"));
        QVERIFY2(summary.completed && summary.conflicts >= 1, qPrintable(summary.toText()));
        {
            AppSession session;
            session.setUser(QStringLiteral("Quản trị tỉnh"), Role::Administrator);
            QVERIFY2(session.openDatabase(pathOf(QStringLiteral("second")), &error), qPrintable(error));
            ConflictsView view(session);
            QCOMPARE(view.conflictCount(), 1);
            for (const auto& [path, keep] : {std::pair{QStringLiteral("full_name"), ConflictKeep::Mine},
                                             std::pair{QStringLiteral("unit_uuid"), ConflictKeep::Mine},
                                             std::pair{QStringLiteral("position"), ConflictKeep::Server}}) {
                auto* box = view.findChild<QComboBox*>(QStringLiteral("keep-") + path);
                QVERIFY2(box, qPrintable(path));
                box->setCurrentIndex(box->findData(static_cast<int>(keep)));
            }
            view.findChild<QPushButton*>(QStringLiteral("resolveConflict"))->click();
            QCOMPARE(view.conflictCount(), 0);
        }
        summary = sync(*second, QStringLiteral("quantri"));
        QVERIFY2(summary.completed && summary.applied == 1 && summary.conflicts == 0 && summary.refused == 0,
                 qPrintable(summary.toText()));
        summary = sync(*province, QStringLiteral("quantri"));
        QVERIFY2(summary.completed && summary.conflicts == 0, qPrintable(summary.toText()));
        const QString expected = QStringLiteral("Nguyễn Văn Anh|Chủ tịch UBND xã|XDD");
        QCOMPARE(personText(*second), expected);
        QCOMPARE(personText(*province), expected);
        const QJsonObject server
            = ProvinceFixture::row(
                  m_province.client(QStringLiteral("quantri")),
                  text(*province, QStringLiteral("SELECT uuid FROM people WHERE code = 'CB01'")))
                  .value(QStringLiteral("data"))
                  .toObject();
        QCOMPARE(server.value(QStringLiteral("full_name")).toString(), QStringLiteral("Nguyễn Văn Anh"));
        QCOMPARE(server.value(QStringLiteral("position")).toString(), QStringLiteral("Chủ tịch UBND xã"));
        QCOMPARE(server.value(QStringLiteral("unit_uuid")).toString(),
                 text(*province, QStringLiteral("SELECT uuid FROM units WHERE code = 'XDD'")));
        QCOMPARE(text(*second, QStringLiteral("SELECT server_version FROM people")),
                 text(*province, QStringLiteral("SELECT server_version FROM people")));
    }

    void bothResolvedFromTheCommandLine()
    {
        auto province = openDatabase(QStringLiteral("province"));
        QVERIFY(province);
        QString campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        QString error;
        QVERIFY2(sameLeafOnTwoMachines(campaign, &error), qPrintable(error));
        QString db = pathOf(QStringLiteral("laptop"));
        QString out;
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--db"), db}, &out), 0);
        const QString id = out.section(QLatin1Char('\t'), 0, 0);
        QVERIFY2(
            cli({QStringLiteral("resolve"), QStringLiteral("--db"), db, id, QStringLiteral("--keep"),
                 QStringLiteral("server"), QStringLiteral("--field"), QStringLiteral("values.self.1.2=2,5")},
                &out)
                == 0,
            qPrintable(out));
        checkAgreement(campaign, QStringLiteral("draft 1.2={\"points\":2.5}"));

        // Fresh databases for the second conflict.
        province.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        db = pathOf(QStringLiteral("laptop"));
        province = openDatabase(QStringLiteral("province"));
        campaign = openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        QVERIFY2(editToASheetApprovedMeanwhile(*province, campaign, &error), qPrintable(error));
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--db"), db}, &out), 0);
        const QString approved = out.section(QLatin1Char('\t'), 0, 0);
        QCOMPARE(cli({QStringLiteral("resolve"), QStringLiteral("--db"), db, approved,
                      QStringLiteral("--keep"), QStringLiteral("mine")},
                     &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("đề nghị người phê duyệt mở lại phiếu")), qPrintable(out));
        QVERIFY2(cli({QStringLiteral("resolve"), QStringLiteral("--db"), db, approved,
                      QStringLiteral("--keep"), QStringLiteral("server")},
                     &out)
                     == 0,
                 qPrintable(out));
        checkAgreement(campaign, QStringLiteral("approved 1.1={\"points\":4} 1.2={\"points\":3.5}"));
    }
};

QTEST_MAIN(TestConflictsEndToEnd)
#include "TestConflictsEndToEnd.moc"
