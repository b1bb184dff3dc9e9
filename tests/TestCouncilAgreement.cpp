// An agreed council score settles the members' scores as they were when the dialogue was held:
// a member's score changed (or added) afterwards voids it. The spread rule then applies again
// (a new dialogue, or the mean when the scores are close); the store records what was voided and
// why in the document, the outbox and the audit trail.

#include "CouncilTestSupport.h"
#include "TestSupport.h"
#include "councils/CouncilReader.h"
#include "councils/CouncilWriter.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "stores/CouncilStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QString Chair = QStringLiteral("chu_tich");

// Decision 612 (the chair from 10 points apart), three members, one candidate scored 60, 62, 70.
CouncilSession decision612Council()
{
    CouncilSession session;
    session.title = QStringLiteral("Sát hạch tuyển dụng năm 2026");
    session.pass = dec("50");
    session.members = {{QStringLiteral("TV1"), QStringLiteral("Hoàng Văn Thụ"), Chair},
                       {QStringLiteral("TV2"), QStringLiteral("Nông Thị Hạnh"), QStringLiteral("uy_vien")},
                       {QStringLiteral("TV3"), QStringLiteral("Bế Thị Thanh Hoa"), QStringLiteral("thu_ky")}};
    session.candidates = {{QStringLiteral("TS01"),
                           QStringLiteral("Lý Thị Hồng Nhung"),
                           {{QStringLiteral("TV1"), dec("60")},
                            {QStringLiteral("TV2"), dec("62")},
                            {QStringLiteral("TV3"), dec("70")}},
                           std::nullopt}};
    return session;
}

} // namespace

class TestCouncilAgreement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    const QString m_actor = QStringLiteral("Hoàng Văn Thụ (council_chair)");

    CouncilSession loaded(qint64 id)
    {
        QString error;
        const auto council = CouncilStore::load(m_db.connection(), id, &error);
        if (!council) {
            qWarning("cannot load: %s", qPrintable(error));
        }
        return council ? council->session : CouncilSession();
    }

    CandidateResult resultOf(qint64 id)
    {
        const CouncilSession session = loaded(id);
        return session.evaluate(session.candidates.value(0));
    }

    // The reason of the last audit entry and the payload of the last outbox entry.
    QPair<QString, QJsonObject> lastRecorded()
    {
        QSqlQuery audit(m_db.connection());
        audit.exec(QStringLiteral("SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1"));
        audit.next();
        QSqlQuery outbox(m_db.connection());
        outbox.exec(QStringLiteral("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1"));
        outbox.next();
        const QJsonObject row = QJsonDocument::fromJson(outbox.value(0).toString().toUtf8()).object();
        const QJsonObject document
            = QJsonDocument::fromJson(row.value(QStringLiteral("document")).toString().toUtf8()).object();
        return {audit.value(0).toString(), document};
    }

private Q_SLOTS:
    // A database of its own for each function.
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("agreement-%1.sqlite").arg(++m_databases)), &error),
                 qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    // The core: recording a different score voids the agreement and says what was voided.
    void changedScoreVoidsTheAgreementInTheSession()
    {
        CouncilSession session = decision612Council();
        session.candidates[0].agreed = dec("60");
        QCOMPARE(session.evaluate(session.candidates.at(0)).status, CandidateResult::Status::Agreed);

        // The same score again changes nothing.
        QVERIFY(!session.setMemberScore(session.candidates[0], QStringLiteral("TV3"), dec("70")));
        QCOMPARE(session.candidates.at(0).agreed, std::optional<Decimal>(dec("60")));

        const auto voided = session.setMemberScore(session.candidates[0], QStringLiteral("TV3"), dec("92"));
        QVERIFY(voided);
        QCOMPARE(voided->agreed, dec("60"));
        QCOMPARE(voided->spread, dec("10"));
        QCOMPARE(voided->by, Chair);
        QCOMPARE(voided->memberId, QStringLiteral("TV3"));
        QCOMPARE(voided->from, std::optional<Decimal>(dec("70")));
        QCOMPARE(voided->to, dec("92"));
        const CouncilCandidate& candidate = session.candidates.at(0);
        QVERIFY(!candidate.agreed);
        QCOMPARE(candidate.voided.size(), 1);
        QCOMPARE(scoreOf(session, "TS01", "TV3"), std::optional<Decimal>(dec("92")));
        const CandidateResult result = session.evaluate(candidate);
        QCOMPARE(result.status, CandidateResult::Status::NeedsDialogue);
        QCOMPARE(result.spread, dec("32"));
        QVERIFY(!result.official);

        // Without an agreement a change voids nothing; a new member's score is recorded too.
        QVERIFY(!session.setMemberScore(session.candidates[0], QStringLiteral("TV2"), dec("66")));
        QCOMPARE(scoreOf(session, "TS01", "TV2"), std::optional<Decimal>(dec("66")));

        // The voided agreement is part of the council file: written and read back.
        ValidationIssues issues;
        const CouncilSession again = CouncilReader::read(CouncilWriter::write(session), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(errorsText(issues)));
        QCOMPARE(again.candidates.at(0).voided.size(), 1);
        const VoidedAgreement& read = again.candidates.at(0).voided.first();
        QCOMPARE(read.agreed, dec("60"));
        QCOMPARE(read.spread, dec("10"));
        QCOMPARE(read.by, Chair);
        QCOMPARE(read.memberId, QStringLiteral("TV3"));
        QCOMPARE(read.from, std::optional<Decimal>(dec("70")));
        QCOMPARE(read.to, dec("92"));
        QCOMPARE(CouncilWriter::write(again), CouncilWriter::write(session));
    }

    // Circular 06 through the store: the member's board-head role is kept; the board head
    // records the agreed score of a candidate 7 points apart, the chair is refused there and the
    // board head at 12 points apart; an agreement voided later still says the board head held it.
    void theBoardHeadRecordsACircular06Agreement()
    {
        CouncilSession session = decision612Council();
        session.dialogue = CouncilSession::circular06Rules();
        session.members[1].role = QStringLiteral("truong_ban");
        session.candidates[0].scores[2].second = dec("67"); // 60, 62, 67: 7 apart
        session.candidates.append({QStringLiteral("TS02"),
                                   QStringLiteral("Hoàng Minh Tuấn"),
                                   {{QStringLiteral("TV1"), dec("60")},
                                    {QStringLiteral("TV2"), dec("72")},
                                    {QStringLiteral("TV3"), dec("66")}},
                                   std::nullopt});
        QString error;
        const auto id
            = CouncilStore::save(m_db, {0, QString(), session}, Role::CouncilSecretary, m_actor, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(loaded(*id).members.at(1).role, QStringLiteral("truong_ban"));
        QCOMPARE(resultOf(*id).by, QStringLiteral("truong_ban"));

        QVERIFY(!CouncilStore::setAgreedScore(m_db, *id, QStringLiteral("TS01"), dec("64"),
                                              Role::CouncilChair, m_actor, Chair, &error));
        QVERIFY2(error.contains(QStringLiteral("truong_ban")), qPrintable(error));
        QVERIFY(!loaded(*id).candidates.at(0).agreed);
        const QString boardHead = QStringLiteral("Nông Thị Hạnh (board_head)");
        QVERIFY2(CouncilStore::setAgreedScore(m_db, *id, QStringLiteral("TS01"), dec("64"), Role::BoardHead,
                                              boardHead, QStringLiteral("truong_ban"), &error),
                 qPrintable(error));
        CandidateResult result = resultOf(*id);
        QCOMPARE(result.status, CandidateResult::Status::Agreed);
        QCOMPARE(result.official, std::optional<Decimal>(dec("64")));

        // TS02 is 12 apart: the chair's dialogue, not the board head's.
        error.clear();
        QVERIFY(!CouncilStore::setAgreedScore(m_db, *id, QStringLiteral("TS02"), dec("66"), Role::BoardHead,
                                              boardHead, QStringLiteral("truong_ban"), &error));
        QVERIFY2(error.contains(Chair), qPrintable(error));
        QVERIFY(!loaded(*id).candidates.at(1).agreed);

        // TV3 corrects 67 to 69: the board head's agreement is voided, and says who held it.
        QVERIFY2(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV3"),
                                              dec("69"), Role::CouncilSecretary, m_actor, &error),
                 qPrintable(error));
        const CouncilSession after = loaded(*id);
        QCOMPARE(after.candidates.at(0).voided.size(), 1);
        QCOMPARE(after.candidates.at(0).voided.first().by, QStringLiteral("truong_ban"));
        result = resultOf(*id);
        QCOMPARE(result.status, CandidateResult::Status::NeedsDialogue);
        QCOMPARE(result.by, QStringLiteral("truong_ban"));
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }

    // The store: the officer's case, through CouncilStore as the grid writes.
    void changedScoreVoidsTheStoredAgreement()
    {
        QString error;
        const auto id = CouncilStore::save(m_db, {0, QString(), decision612Council()}, Role::CouncilSecretary,
                                           m_actor, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(resultOf(*id).status, CandidateResult::Status::NeedsDialogue);
        QVERIFY2(CouncilStore::setAgreedScore(m_db, *id, QStringLiteral("TS01"), dec("60"),
                                              Role::CouncilChair, m_actor, Chair, &error),
                 qPrintable(error));
        QCOMPARE(resultOf(*id).official, std::optional<Decimal>(dec("60")));

        // A member corrects a score: the spread is 32, the agreed 60 no longer stands.
        QVERIFY2(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV3"),
                                              dec("92"), Role::CouncilSecretary, m_actor, &error),
                 qPrintable(error));
        CandidateResult result = resultOf(*id);
        QCOMPARE(result.status, CandidateResult::Status::NeedsDialogue);
        QCOMPARE(result.spread, dec("32"));
        QVERIFY(!result.official);
        QVERIFY(!loaded(*id).candidates.at(0).agreed);
        // Recorded with what was voided and why: the audit reason names the candidate, the agreed
        // score, the member and the new score; the outbox sends the document with the voided entry.
        const auto recorded = lastRecorded();
        for (const QString& part :
             {QStringLiteral("TS01"), QStringLiteral("60"), QStringLiteral("TV3"), QStringLiteral("92")}) {
            QVERIFY2(recorded.first.contains(part), qPrintable(recorded.first));
        }
        const QJsonObject candidate
            = recorded.second.value(QStringLiteral("candidates")).toArray().at(0).toObject();
        QVERIFY(!candidate.contains(QStringLiteral("agreed")));
        const QJsonArray voided = candidate.value(QStringLiteral("voided")).toArray();
        QCOMPARE(voided.size(), 1);
        QCOMPARE(voided.at(0).toObject().value(QStringLiteral("agreed")).toDouble(), 60.0);
        QCOMPARE(voided.at(0).toObject().value(QStringLiteral("member")).toString(), QStringLiteral("TV3"));

        // A new dialogue, a new agreement; then the scores come close: the mean is official and the
        // old agreed score does not show any more.
        QVERIFY2(CouncilStore::setAgreedScore(m_db, *id, QStringLiteral("TS01"), dec("75"),
                                              Role::CouncilChair, m_actor, Chair, &error),
                 qPrintable(error));
        QVERIFY(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV3"),
                                             dec("64"), Role::CouncilSecretary, m_actor, &error));
        result = resultOf(*id);
        QCOMPARE(result.status, CandidateResult::Status::Official);
        QCOMPARE(result.spread, dec("4"));
        QCOMPARE(result.official, std::optional<Decimal>(dec("62")));
        QVERIFY(!loaded(*id).candidates.at(0).agreed);
        QCOMPARE(loaded(*id).candidates.at(0).voided.size(), 2);
        // Without an agreement, a correction is recorded without a reason.
        QVERIFY(CouncilStore::setMemberScore(m_db, *id, QStringLiteral("TS01"), QStringLiteral("TV2"),
                                             dec("63"), Role::CouncilSecretary, m_actor, &error));
        QCOMPARE(lastRecorded().first, QString());
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCouncilAgreement)
#include "TestCouncilAgreement.moc"
