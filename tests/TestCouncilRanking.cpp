// The ranking of an interview council's candidates (rules.md §5, Decree 170/2025): official
// score plus priority points, highest first; ties broken by the professional score, then the
// written score, where every tied candidate has them; candidates still tied share the rank and
// the head of the agency decides; no official score or a fail: not ranked.

#include "TestSupport.h"
#include "councils/CouncilRanking.h"
#include "councils/CouncilRoles.h"

using namespace danhgia;

namespace {

using DecidedBy = CouncilRank::DecidedBy;

Decimal dec(const char* text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

CouncilRankingEntry entry(const char* id, const char* official, bool passed = true)
{
    CouncilRankingEntry e;
    e.candidateId = QString::fromLatin1(id);
    if (official) {
        e.official = dec(official);
        e.passed = passed;
    }
    return e;
}

// "id:rank" for each entry, in the order of the entries.
QString ranksText(const QList<CouncilRank>& ranks)
{
    QStringList parts;
    for (const CouncilRank& r : ranks) {
        parts.append(r.candidateId + QLatin1Char(':') + QString::number(r.rank));
    }
    return parts.join(QLatin1Char(' '));
}

CouncilSession council(const QList<QList<const char*>>& scores)
{
    CouncilSession session;
    session.title = QStringLiteral("Hội đồng sát hạch");
    session.pass = Decimal::fromInt(50);
    session.members = {{QStringLiteral("TV1"), QStringLiteral("A"), CouncilRoles::Chair},
                       {QStringLiteral("TV2"), QStringLiteral("B"), CouncilRoles::Member},
                       {QStringLiteral("TV3"), QStringLiteral("C"), CouncilRoles::Secretary}};
    for (int c = 0; c < scores.size(); ++c) {
        CouncilCandidate candidate;
        candidate.id = QStringLiteral("TS%1").arg(c + 1);
        for (int m = 0; m < scores.at(c).size(); ++m) {
            candidate.scores.append({session.members.at(m).id, dec(scores.at(c).at(m))});
        }
        session.candidates.append(candidate);
    }
    return session;
}

} // namespace

class TestCouncilRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranksByScoreHighestFirst()
    {
        const auto ranks = CouncilRanking::rank(
            QList<CouncilRankingEntry>{entry("A", "72.3"), entry("B", "88"), entry("C", "65.5")});
        QCOMPARE(ranksText(ranks), QStringLiteral("A:2 B:1 C:3"));
        for (const CouncilRank& r : ranks) {
            QCOMPARE(r.decidedBy, DecidedBy::Score);
        }
        QCOMPARE(*ranks.at(1).total, dec("88"));
    }

    void tiesShareTheRankAndTheHeadDecides()
    {
        const auto ranks = CouncilRanking::rank(QList<CouncilRankingEntry>{
            entry("A", "70"), entry("B", "80"), entry("C", "70"), entry("D", "60")});
        QCOMPARE(ranksText(ranks), QStringLiteral("A:2 B:1 C:2 D:4"));
        QCOMPARE(ranks.at(0).decidedBy, DecidedBy::HeadOfAgency);
        QCOMPARE(ranks.at(2).decidedBy, DecidedBy::HeadOfAgency);
        QCOMPARE(ranks.at(3).decidedBy, DecidedBy::Score);
        // Exactly equal decimals only: 70.0001 is above 70.
        const auto close
            = CouncilRanking::rank(QList<CouncilRankingEntry>{entry("A", "70"), entry("B", "70.0001")});
        QCOMPARE(ranksText(close), QStringLiteral("A:2 B:1"));
    }

    void priorityPointsAddToTheScore()
    {
        auto a = entry("A", "75");
        a.priority = dec("5");
        auto b = entry("B", "78");
        auto c = entry("C", "72.5");
        c.priority = dec("7.5");
        const auto ranks = CouncilRanking::rank(QList<CouncilRankingEntry>{a, b, c});
        QCOMPARE(*ranks.at(0).total, dec("80"));
        QCOMPARE(*ranks.at(2).total, dec("80"));
        // A and C tie at 80 with no tie-break data; B is third.
        QCOMPARE(ranksText(ranks), QStringLiteral("A:1 B:3 C:1"));
    }

    void professionalThenWrittenScoreBreakTies()
    {
        auto a = entry("A", "80");
        a.professional = dec("60");
        a.written = dec("70");
        auto b = entry("B", "80");
        b.professional = dec("65");
        b.written = dec("50");
        auto c = entry("C", "80");
        c.professional = dec("60");
        c.written = dec("75");
        auto d = entry("D", "90");
        const auto ranks = CouncilRanking::rank(QList<CouncilRankingEntry>{a, b, c, d});
        QCOMPARE(ranksText(ranks), QStringLiteral("A:4 B:2 C:3 D:1"));
        QCOMPARE(ranks.at(1).decidedBy, DecidedBy::ProfessionalScore);
        QCOMPARE(ranks.at(0).decidedBy, DecidedBy::WrittenScore);
        QCOMPARE(ranks.at(2).decidedBy, DecidedBy::WrittenScore);
        QCOMPARE(ranks.at(3).decidedBy, DecidedBy::Score);

        // Equal on every tie-break: still tied.
        c.written = dec("70");
        const auto tied = CouncilRanking::rank(QList<CouncilRankingEntry>{a, b, c});
        QCOMPARE(ranksText(tied), QStringLiteral("A:2 B:1 C:2"));
        QCOMPARE(tied.at(0).decidedBy, DecidedBy::HeadOfAgency);
    }

    void aTieBreakIsUsedOnlyWhenEveryTiedCandidateHasIt()
    {
        auto a = entry("A", "80");
        a.professional = dec("70");
        auto b = entry("B", "80"); // no professional score: the order of the decree stops here
        b.written = dec("90");
        const auto ranks = CouncilRanking::rank(QList<CouncilRankingEntry>{a, b});
        QCOMPARE(ranksText(ranks), QStringLiteral("A:1 B:1"));
        QCOMPARE(ranks.at(0).decidedBy, DecidedBy::HeadOfAgency);

        // Professional scores equal, written missing for one: tied after the first tie-break.
        b.professional = dec("70");
        a.written.reset();
        const auto still = CouncilRanking::rank(QList<CouncilRankingEntry>{a, b});
        QCOMPARE(ranksText(still), QStringLiteral("A:1 B:1"));
        QCOMPARE(still.at(1).decidedBy, DecidedBy::HeadOfAgency);
    }

    void noOfficialScoreOrAFailIsNotRanked()
    {
        const auto ranks = CouncilRanking::rank(QList<CouncilRankingEntry>{
            entry("A", nullptr), entry("B", "45", false), entry("C", "60"), entry("D", "55")});
        QCOMPARE(ranksText(ranks), QStringLiteral("A:0 B:0 C:1 D:2"));
        QCOMPARE(ranks.at(0).decidedBy, DecidedBy::NotRanked);
        QVERIFY(!ranks.at(0).total);
        QCOMPARE(ranks.at(1).decidedBy, DecidedBy::NotRanked);
        // Without a pass mark (passed empty) a candidate with an official score is ranked.
        auto e = entry("E", "40");
        e.passed.reset();
        QCOMPARE(CouncilRanking::rank(QList<CouncilRankingEntry>{e}).first().rank, 1);
        QVERIFY(CouncilRanking::rank(QList<CouncilRankingEntry>{}).isEmpty());
    }

    void ranksTheCandidatesOfASession()
    {
        CouncilSession session = council({{"70", "72", "74"}, // mean 72, official
                                          {"60", "75", "68"}, // spread 15: needs a dialogue
                                          {"45", "48", "47"}, // mean 46.7: failed
                                          {"72", "72"}, // TV3 has not scored yet
                                          {"74", "70", "72"}}); // mean 72: tied with TS1
        QVERIFY(CouncilRanking::scoringComplete(session, session.candidates.at(0)));
        QVERIFY(!CouncilRanking::scoringComplete(session, session.candidates.at(3)));
        const auto entries = CouncilRanking::entries(session);
        QCOMPARE(entries.size(), 5);
        QCOMPARE(*entries.at(0).official, dec("72"));
        QVERIFY(!entries.at(1).official);
        QCOMPARE(entries.at(2).passed, std::optional<bool>(false));
        QVERIFY(!entries.at(3).official); // provisional: not all members scored
        QVERIFY(!entries.at(0).professional && !entries.at(0).written && entries.at(0).priority.isZero());
        QCOMPARE(ranksText(CouncilRanking::rank(session)), QStringLiteral("TS1:1 TS2:0 TS3:0 TS4:0 TS5:1"));

        // The dialogue held: the agreed score is official and ranked.
        session.candidates[1].agreed = dec("73");
        QCOMPARE(ranksText(CouncilRanking::rank(session)), QStringLiteral("TS1:2 TS2:1 TS3:0 TS4:0 TS5:2"));

        // A council without members: two scores complete the scoring.
        session.members.clear();
        QVERIFY(CouncilRanking::scoringComplete(session, session.candidates.at(3)));
        session.candidates[3].scores.removeLast();
        QVERIFY(!CouncilRanking::scoringComplete(session, session.candidates.at(3)));
    }

    void councilRoleTitles()
    {
        QCOMPARE(CouncilRoles::title(CouncilRoles::Chair), Roles::title(Role::CouncilChair));
        QCOMPARE(CouncilRoles::title(CouncilRoles::BoardHead), Roles::title(Role::BoardHead));
        QCOMPARE(CouncilRoles::title(QStringLiteral("khac")), QStringLiteral("khac"));
        QCOMPARE(CouncilRoles::ofAppRole(Role::CouncilChair), CouncilRoles::Chair);
        QCOMPARE(CouncilRoles::ofAppRole(Role::CouncilSecretary), CouncilRoles::Secretary);
        QCOMPARE(CouncilRoles::ofAppRole(Role::BoardHead), CouncilRoles::BoardHead);
        QCOMPARE(CouncilRoles::ofAppRole(Role::Appraiser), QStringLiteral("appraiser"));
        QCOMPARE(CouncilRoles::all().first(), CouncilRoles::Chair);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCouncilRanking)
#include "TestCouncilRanking.moc"
