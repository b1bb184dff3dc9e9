// Interview council sessions in the database: CouncilStore saves, loads and lists sessions, adds
// members and candidates, records member and agreed scores, refuses every invalid change without
// writing anything, and records each change in the outbox and the audit trail (old and new
// document) without breaking the audit chain.

#include "CouncilTestSupport.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "stores/CampaignStore.h"
#include "stores/CouncilStore.h"
#include "stores/CriteriaSetStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestCouncilStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    const QString m_actor = QStringLiteral("thuky");

    qint64 count(const char* sql) { return countRows(m_db.path(), QString::fromLatin1(sql)); }
    // Outbox and audit rows: unchanged after every refusal.
    QPair<qint64, qint64> written()
    {
        return {count("SELECT COUNT(*) FROM outbox"), count("SELECT COUNT(*) FROM audit_log")};
    }
    // The documents of the last audit entry: before and after.
    QPair<CouncilSession, CouncilSession> lastAuditDocuments()
    {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("SELECT old_value, new_value FROM audit_log ORDER BY id DESC LIMIT 1"));
        query.next();
        auto document = [&](int column) {
            const QJsonObject json
                = QJsonDocument::fromJson(query.value(column).toString().toUtf8()).object();
            return readCouncil(json.value(QStringLiteral("document")).toString().toUtf8());
        };
        return {document(0), document(1)};
    }
    CouncilSession loaded(qint64 id)
    {
        QString error;
        const auto council = CouncilStore::load(m_db.connection(), id, &error);
        if (!council) {
            qWarning("cannot load: %s", qPrintable(error));
        }
        return council ? council->session : CouncilSession();
    }
    // Saves the Circular 06 example (8 candidates, 3 members) under `title`.
    qint64 saveExample(const QString& title, const QString& campaign = QString())
    {
        CouncilRecord record{0, campaign,
                             readCouncil(readData(QStringLiteral("examples/sat-hach-tt06.council.json")))};
        record.session.title = title;
        QString error;
        const auto id = CouncilStore::save(m_db, record, Role::CouncilSecretary, m_actor, &error);
        if (!id) {
            qWarning("cannot save: %s", qPrintable(error));
        }
        return id.value_or(0);
    }

private Q_SLOTS:
    // A database of its own for each function.
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("council-%1.sqlite").arg(++m_databases)), &error),
                 qPrintable(error));
        QVERIFY2(m_db.transaction(
                     [&](QString* e) {
                         ValidationIssues issues;
                         const auto set = CriteriaSetStore::import(
                             m_db.connection(),
                             readData(QStringLiteral("examples/sat-hach-phong-van.criteria.json")), m_actor,
                             &issues, e);
                         return set
                             && CampaignStore::ensure(m_db.connection(),
                                                      {0,
                                                       QStringLiteral("SH2026"),
                                                       QStringLiteral("Sát hạch 2026"),
                                                       QStringLiteral("interview"),
                                                       *set,
                                                       {},
                                                       {},
                                                       QString(),
                                                       QString()},
                                                      m_actor, e);
                     },
                     &error),
                 qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void saveLoadAndList()
    {
        QString error;
        const auto before = written();
        const qint64 first = saveExample(QStringLiteral("Phòng vấn đợt 1"), QStringLiteral("SH2026"));
        const qint64 second = saveExample(QStringLiteral("Phỏng vấn riêng"));
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(written(), qMakePair(before.first + 2, before.second + 2));
        QCOMPARE(
            count("SELECT COUNT(*) FROM outbox WHERE entity = 'council_sessions' AND operation = 'insert'"),
            2);

        const auto council = CouncilStore::load(m_db.connection(), first, &error);
        QVERIFY2(council, qPrintable(error));
        QCOMPARE(council->id, first);
        QCOMPARE(council->campaignCode, QStringLiteral("SH2026"));
        CouncilSession expected
            = readCouncil(readData(QStringLiteral("examples/sat-hach-tt06.council.json")));
        expected.title = QStringLiteral("Phòng vấn đợt 1");
        QCOMPARE(canonical(council->session), canonical(expected));
        const auto withoutCampaign = CouncilStore::load(m_db.connection(), second, &error);
        QVERIFY2(withoutCampaign, qPrintable(error));
        QCOMPARE(withoutCampaign->campaignCode, QString());

        const auto all = CouncilStore::list(m_db.connection(), QString(), &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).title, QStringLiteral("Phỏng vấn riêng"));
        QCOMPARE(all->at(1).candidateCount, 8);
        const auto ofCampaign = CouncilStore::list(m_db.connection(), QStringLiteral("SH2026"), &error);
        QVERIFY2(ofCampaign, qPrintable(error));
        QCOMPARE(ofCampaign->size(), 1);
        QCOMPARE(ofCampaign->first().id, first);
        QCOMPARE(ofCampaign->first().campaignCode, QStringLiteral("SH2026"));
        QVERIFY(!CouncilStore::list(m_db.connection(), QStringLiteral("NOPE"), &error));
        QVERIFY(error.contains(QStringLiteral("NOPE")));

        // Updating by id: one update in the outbox, the audit entry has the old and new document.
        CouncilRecord renamed = *council;
        renamed.session.title = QStringLiteral("Phỏng vấn đợt 1");
        renamed.session.candidates.removeLast();
        QCOMPARE(CouncilStore::save(m_db, renamed, Role::CouncilSecretary, m_actor, &error),
                 std::optional<qint64>(first));
        QCOMPARE(
            count("SELECT COUNT(*) FROM outbox WHERE entity = 'council_sessions' AND operation = 'update'"),
            1);
        const auto audit = lastAuditDocuments();
        QCOMPARE(audit.first.title, QStringLiteral("Phòng vấn đợt 1"));
        QCOMPARE(audit.second.title, QStringLiteral("Phỏng vấn đợt 1"));
        QCOMPARE(audit.second.candidates.size(), 7);
        const auto listedAgain = CouncilStore::list(m_db.connection(), QStringLiteral("SH2026"), &error);
        QVERIFY2(listedAgain && listedAgain->size() == 1, qPrintable(error));
        QCOMPARE(listedAgain->first().candidateCount, 7);
        // Saving the same again changes nothing and records nothing.
        const auto after = written();
        QVERIFY(CouncilStore::save(m_db, renamed, Role::CouncilSecretary, m_actor, &error));
        QCOMPARE(written(), after);
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }

    void saveRefusesWithoutWriting()
    {
        const CouncilSession example
            = readCouncil(readData(QStringLiteral("examples/sat-hach-tt06.council.json")));
        auto refused = [&](CouncilRecord record, const QStringList& named) {
            QString error;
            const auto before = written();
            const bool saved
                = CouncilStore::save(m_db, record, Role::CouncilSecretary, m_actor, &error).has_value();
            bool namesAll = !error.isEmpty();
            for (const QString& name : named) {
                namesAll = namesAll && error.contains(name);
            }
            if (!namesAll) {
                qWarning("message: %s", qPrintable(error));
            }
            return !saved && namesAll && written() == before;
        };
        CouncilRecord record{0, QString(), example};
        record.session.title = QStringLiteral("  ");
        QVERIFY(refused(record, {}));
        record.session.title = QStringLiteral("Hội đồng kiểm tra");
        record.campaignCode = QStringLiteral("NOPE");
        QVERIFY(refused(record, {QStringLiteral("NOPE")}));
        record.campaignCode.clear();
        record.id = 999;
        QVERIFY(refused(record, {QStringLiteral("999")}));
        record.id = 0;

        CouncilRecord bad = record;
        bad.session.members.append(bad.session.members.first());
        QVERIFY(refused(bad, {QStringLiteral("TV1")}));
        bad = record;
        bad.session.candidates[2].scores.append({QStringLiteral("TV9"), dec("50")});
        QVERIFY(refused(bad, {QStringLiteral("TS03"), QStringLiteral("TV9")}));
        bad = record;
        bad.session.candidates[2].scores.append({QStringLiteral("TV1"), dec("50")});
        QVERIFY(refused(bad, {QStringLiteral("TS03"), QStringLiteral("TV1")}));
        bad = record;
        bad.session.candidates[1].scores[0].second = dec("100.5");
        QVERIFY(refused(bad, {QStringLiteral("candidates[1].scores[\"TV1\"]")}));
        bad = record;
        bad.session.candidates[3].id = QStringLiteral("TS01");
        QVERIFY(refused(bad, {QStringLiteral("TS01")}));
        bad = record;
        bad.session.pass = dec("101");
        QVERIFY(refused(bad, {QStringLiteral("pass")}));

        // A title already used by another session (here, of the same campaign: none).
        QVERIFY(saveExample(QStringLiteral("Hội đồng trùng tên")) > 0);
        record.session.title = QStringLiteral("Hội đồng trùng tên");
        QVERIFY(refused(record, {QStringLiteral("Hội đồng trùng tên")}));

        // A damaged document is refused on loading.
        const qint64 damaged = saveExample(QStringLiteral("Hồ sơ hỏng"));
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE council_sessions SET document = '{\"format\": 1}' WHERE id = %1")
                .arg(damaged)));
        QString error;
        QVERIFY(!CouncilStore::load(m_db.connection(), damaged, &error));
        QVERIFY(error.contains(QString::number(damaged)));
        QVERIFY(!CouncilStore::load(m_db.connection(), 4242, &error));
        QVERIFY(error.contains(QStringLiteral("4242")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM council_sessions WHERE id = %1").arg(damaged)));
    }

    void membersCandidatesAndScores();
    void agreedScores();
};

// Refused without writing: `call` (which writes its error into `refusal`) returns false, the
// message names every text given after it, and no outbox or audit row is added.
#define DANHGIA_REFUSED(call, ...)                                                                           \
    do {                                                                                                     \
        const auto writtenBefore = written();                                                                \
        refusal.clear();                                                                                     \
        QVERIFY(!(call));                                                                                    \
        QVERIFY(!refusal.isEmpty());                                                                         \
        for (const char* name : std::initializer_list<const char*>{__VA_ARGS__}) {                           \
            QVERIFY2(refusal.contains(QString::fromUtf8(name)), qPrintable(refusal));                        \
        }                                                                                                    \
        QCOMPARE(written(), writtenBefore);                                                                  \
    } while (false)

void TestCouncilStore::membersCandidatesAndScores()
{
    QString error;
    CouncilSession empty;
    empty.title = QStringLiteral("Sát hạch tiếp nhận");
    empty.dialogue = CouncilSession::circular06Rules();
    const auto id = CouncilStore::save(m_db, {0, QStringLiteral("SH2026"), empty}, Role::CouncilSecretary,
                                       m_actor, &error);
    QVERIFY2(id, qPrintable(error));

    const auto before = written();
    QVERIFY(CouncilStore::addMember(
        m_db, *id,
        {QStringLiteral(" TV1 "), QStringLiteral("Hoàng Văn Thắng"), QStringLiteral("Chủ tịch Hội đồng")},
        Role::CouncilSecretary, m_actor, &error));
    QVERIFY(CouncilStore::addMember(m_db, *id, {QStringLiteral("TV2"), QStringLiteral("Lộc Thị Hạnh"), {}},
                                    Role::CouncilSecretary, m_actor, &error));
    QVERIFY(CouncilStore::addCandidate(m_db, *id, QStringLiteral("TS01"), QStringLiteral("Nguyễn Thị Hằng"),
                                       Role::CouncilSecretary, m_actor, &error));
    QVERIFY2(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV1"), dec("85"),
                                          Role::CouncilSecretary, m_actor, &error),
             qPrintable(error));
    // One member has scored: a session in progress loads.
    const CouncilSession inProgress = loaded(*id);
    QVERIFY(candidateOf(inProgress, "TS01"));
    QCOMPARE(candidateOf(inProgress, "TS01")->scores.size(), 1);
    QVERIFY(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV2"),
                                         dec("86.5"), Role::CouncilSecretary, m_actor, &error));
    QCOMPARE(written(), qMakePair(before.first + 5, before.second + 5));
    // A correction replaces the score; the audit entry has the old and new document.
    QVERIFY(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV1"),
                                         dec("85.5"), Role::CouncilSecretary, m_actor, &error));
    const auto audit = lastAuditDocuments();
    QCOMPARE(scoreOf(audit.first, "TS01", "TV1"), std::optional<Decimal>(dec("85")));
    QCOMPARE(scoreOf(audit.second, "TS01", "TV1"), std::optional<Decimal>(dec("85.5")));
    const CouncilSession session = loaded(*id);
    QVERIFY(session.member(QStringLiteral("TV1")) && session.candidates.size() == 1);
    QCOMPARE(session.member(QStringLiteral("TV1"))->role, QStringLiteral("Chủ tịch Hội đồng"));
    QCOMPARE(session.candidates.size(), 1);
    QCOMPARE(session.candidates.first().name, QStringLiteral("Nguyễn Thị Hằng"));
    QCOMPARE(session.candidates.first().scores.size(), 2);
    QCOMPARE(scoreOf(session, "TS01", "TV2"), std::optional<Decimal>(dec("86.5")));
    QCOMPARE(session.evaluate(session.candidates.first()).official, std::optional<Decimal>(dec("86")));

    const QByteArray max = dec("100").toDisplayString().toUtf8();
    QString refusal;
    DANHGIA_REFUSED(CouncilStore::addMember(m_db, *id, {QStringLiteral("TV1"), {}, {}},
                                            Role::CouncilSecretary, m_actor, &refusal),
                    "TV1");
    DANHGIA_REFUSED(CouncilStore::addMember(m_db, *id, {QStringLiteral(" "), {}, {}}, Role::CouncilSecretary,
                                            m_actor, &refusal));
    DANHGIA_REFUSED(CouncilStore::addCandidate(m_db, *id, QStringLiteral("TS01"), {}, Role::CouncilSecretary,
                                               m_actor, &refusal),
                    "TS01");
    DANHGIA_REFUSED(
        CouncilStore::addCandidate(m_db, *id, QString(), {}, Role::CouncilSecretary, m_actor, &refusal));
    DANHGIA_REFUSED(CouncilStore::addCandidate(m_db, 4242, QStringLiteral("TS02"), {}, Role::CouncilSecretary,
                                               m_actor, &refusal),
                    "4242");
    DANHGIA_REFUSED(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS99"), QStringLiteral("TV1"),
                                                 dec("50"), Role::CouncilSecretary, m_actor, &refusal),
                    "TS99");
    DANHGIA_REFUSED(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV9"),
                                                 dec("50"), Role::CouncilSecretary, m_actor, &refusal),
                    "TS01", "TV9");
    DANHGIA_REFUSED(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV2"),
                                                 dec("-1"), Role::CouncilSecretary, m_actor, &refusal),
                    "TS01", "TV2");
    DANHGIA_REFUSED(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV2"),
                                                 dec("100.5"), Role::CouncilSecretary, m_actor, &refusal),
                    "TS01", "TV2", max.constData());
    // The council keeps one decimal: 85.25 has two.
    DANHGIA_REFUSED(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV2"),
                                                 dec("85.25"), Role::CouncilSecretary, m_actor, &refusal),
                    "TS01", "TV2");
    QCOMPARE(canonical(loaded(*id)), canonical(session));
    QVERIFY(AuditLog::verify(m_db.connection()).ok);
}

void TestCouncilStore::agreedScores()
{
    QString error;
    QString refusal;
    const qint64 id = saveExample(QStringLiteral("Đối thoại"), QStringLiteral("SH2026"));
    QVERIFY(id > 0);
    const auto before = written();
    // TS08: spread 5.5, the board head (truong_ban) holds the dialogue under Circular 06.
    DANHGIA_REFUSED(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS08"), dec("63"),
                                                 Role::CouncilChair, m_actor, QStringLiteral("chu_tich"),
                                                 &refusal),
                    "TS08", "truong_ban", "chu_tich");
    QVERIFY2(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS08"), dec("63"), Role::CouncilChair,
                                          m_actor, QStringLiteral("truong_ban"), &error),
             qPrintable(error));
    // TS04: spread 15, the council chair.
    DANHGIA_REFUSED(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS04"), dec("100.5"),
                                                 Role::CouncilChair, m_actor, QStringLiteral("chu_tich"),
                                                 &refusal),
                    "TS04");
    DANHGIA_REFUSED(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS04"), dec("-0.5"),
                                                 Role::CouncilChair, m_actor, QStringLiteral("chu_tich"),
                                                 &refusal),
                    "TS04");
    QVERIFY(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS04"), dec("100"), Role::CouncilChair,
                                         m_actor, QStringLiteral("chu_tich"), &error));
    QCOMPARE(written(), qMakePair(before.first + 2, before.second + 2));
    const auto audit = lastAuditDocuments();
    const CouncilCandidate* beforeAgreed = candidateOf(audit.first, "TS04");
    const CouncilCandidate* afterAgreed = candidateOf(audit.second, "TS04");
    QVERIFY(beforeAgreed && afterAgreed);
    QVERIFY(!beforeAgreed->agreed.has_value());
    QCOMPARE(afterAgreed->agreed, std::optional<Decimal>(dec("100")));

    const CouncilSession session = loaded(id);
    QVERIFY(candidateOf(session, "TS08") && candidateOf(session, "TS04"));
    const CandidateResult ts08 = session.evaluate(*candidateOf(session, "TS08"));
    QCOMPARE(ts08.status, CandidateResult::Status::Agreed);
    QCOMPARE(ts08.official, std::optional<Decimal>(dec("63")));
    QCOMPARE(session.evaluate(*candidateOf(session, "TS04")).official, std::optional<Decimal>(dec("100")));

    // TS01: spread 1, the mean is official; no dialogue, no agreed score (whoever records it: no
    // rule applies, so its "by" is empty like this role).
    DANHGIA_REFUSED(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS01"), dec("80"),
                                                 Role::CouncilChair, m_actor, QString(), &refusal),
                    "TS01");
    DANHGIA_REFUSED(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS01"), dec("80"),
                                                 Role::CouncilChair, m_actor, QStringLiteral("chu_tich"),
                                                 &refusal),
                    "TS01");
    DANHGIA_REFUSED(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS99"), dec("80"),
                                                 Role::CouncilChair, m_actor, QStringLiteral("chu_tich"),
                                                 &refusal),
                    "TS99");
    // A candidate scored by one member only: no dialogue yet.
    QVERIFY(CouncilStore::addCandidate(m_db, id, QStringLiteral("TS09"), QStringLiteral("Hứa Văn Minh"),
                                       Role::CouncilSecretary, m_actor, &error));
    QVERIFY(CouncilStore::setMemberScore(m_db, id, QStringLiteral("TS09"), QStringLiteral("TV1"), dec("40"),
                                         Role::CouncilSecretary, m_actor, &error));
    DANHGIA_REFUSED(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS09"), dec("50"),
                                                 Role::CouncilChair, m_actor, QStringLiteral("chu_tich"),
                                                 &refusal),
                    "TS09");
    // Nobody has scored: evaluate() says a dialogue is needed, by nobody; still refused.
    QVERIFY(CouncilStore::addCandidate(m_db, id, QStringLiteral("TS10"), QString(), Role::CouncilSecretary,
                                       m_actor, &error));
    DANHGIA_REFUSED(CouncilStore::setAgreedScore(m_db, id, QStringLiteral("TS10"), dec("50"),
                                                 Role::CouncilChair, m_actor, QString(), &refusal),
                    "TS10");
    const CouncilSession last = loaded(id);
    QVERIFY(candidateOf(last, "TS09") && candidateOf(last, "TS10"));
    QVERIFY(!candidateOf(last, "TS09")->agreed && !candidateOf(last, "TS10")->agreed);
    QVERIFY(AuditLog::verify(m_db.connection()).ok);
}

DANHGIA_TEST_GUILESS_MAIN(TestCouncilStore)
#include "TestCouncilStore.moc"
