// Who records the agreed score of an interview council (rules.md §5), for every spread rule of
// CouncilPresets, every band of spread and every role of the app: under Decision 612/QĐ-UBND the
// council chair from 10 points apart; under Circular 06/2020/TT-BNV the board head above 5 and
// below 10, the council chair from 10; nobody when the mean is official.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "councils/CouncilPresets.h"
#include "councils/CouncilRoles.h"
#include "councils/CouncilSession.h"
#include "workflow/RecordPermissions.h"
#include "workflow/Role.h"

using namespace danhgia;
using namespace danhgia::test;

class TestCouncilBoardHead : public QObject
{
    Q_OBJECT

    // A council of the preset with two members, a chair and a board head, and one candidate they
    // scored 60 and 60 + spread.
    static CouncilSession sessionWithSpread(int preset, const char* spread)
    {
        CouncilSession session = CouncilPresets::newSession(
            QStringLiteral("Sát hạch"), CouncilPresets::all().at(preset), CouncilPresets::passMark());
        session.members = {{QStringLiteral("TV1"), QStringLiteral("Hoàng Văn Thắng"), CouncilRoles::Chair},
                           {QStringLiteral("TV2"), QStringLiteral("Lê Thị Hoa"), CouncilRoles::BoardHead}};
        CouncilCandidate candidate;
        candidate.id = QStringLiteral("TS01");
        candidate.scores
            = {{QStringLiteral("TV1"), dec("60")}, {QStringLiteral("TV2"), dec("60") + dec(spread)}};
        session.candidates = {candidate};
        return session;
    }

private Q_SLOTS:
    void theBoardHeadIsARoleOfTheAppAndOfTheCouncil()
    {
        QCOMPARE(Roles::name(Role::BoardHead), QStringLiteral("board_head"));
        QCOMPARE(Roles::fromName(QStringLiteral("board_head")), std::optional<Role>(Role::BoardHead));
        QCOMPARE(CouncilRoles::ofAppRole(Role::BoardHead), CouncilRoles::BoardHead);
        QCOMPARE(CouncilRoles::BoardHead, QStringLiteral("truong_ban"));
        QCOMPARE(CouncilRoles::title(CouncilRoles::BoardHead), Roles::title(Role::BoardHead));
        QVERIFY(CouncilRoles::all().contains(CouncilRoles::BoardHead));
        // The board head records agreed scores and nothing else.
        for (const RecordKind kind : RecordPermissions::all()) {
            QCOMPARE(RecordPermissions::allows(kind, Role::BoardHead), kind == RecordKind::AgreedScore);
        }
    }

    void whoRecordsTheAgreedScore_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("spread");
        QTest::addColumn<QString>("holder"); // the council role that holds the dialogue; empty: none
        QTest::addColumn<int>("role");
        // Decision 612 is preset 0, Circular 06 preset 1 (CouncilPresets::all()).
        const struct
        {
            const char* name;
            int preset;
            const char* spread;
            const char* holder;
        } bands[] = {
            {"612, spread 3", 0, "3", ""},
            {"612, spread 5", 0, "5", ""},
            {"612, spread 7", 0, "7", ""},
            {"612, spread 9.9", 0, "9.9", ""},
            {"612, spread 10", 0, "10", "chu_tich"},
            {"612, spread 15", 0, "15", "chu_tich"},
            {"06, spread 3", 1, "3", ""},
            {"06, spread 5", 1, "5", ""},
            {"06, spread 5.1", 1, "5.1", "truong_ban"},
            {"06, spread 7", 1, "7", "truong_ban"},
            {"06, spread 9.9", 1, "9.9", "truong_ban"},
            {"06, spread 10", 1, "10", "chu_tich"},
            {"06, spread 15", 1, "15", "chu_tich"},
        };
        for (const auto& band : bands) {
            for (const Role role : Roles::all()) {
                QTest::addRow("%s, %s", band.name, qPrintable(Roles::name(role)))
                    << band.preset << QString::fromLatin1(band.spread) << QString::fromLatin1(band.holder)
                    << static_cast<int>(role);
            }
        }
    }

    void whoRecordsTheAgreedScore()
    {
        QFETCH(int, preset);
        QFETCH(QString, spread);
        QFETCH(QString, holder);
        QFETCH(int, role);
        const Role acting = static_cast<Role>(role);
        const CouncilSession session = sessionWithSpread(preset, qPrintable(spread));
        const CouncilCandidate& candidate = session.candidates.first();
        const CandidateResult result = session.evaluate(candidate);
        QCOMPARE(result.spread, dec(qPrintable(spread)));
        QCOMPARE(result.by, holder);

        const bool expected = (holder == CouncilRoles::Chair && acting == Role::CouncilChair)
            || (holder == CouncilRoles::BoardHead && acting == Role::BoardHead);
        QCOMPARE(session.mayRecordAgreedScore(candidate, acting), expected);

        const QString refusal = session.agreedScoreRefusal(candidate, CouncilRoles::ofAppRole(acting));
        const bool holds = !holder.isEmpty() && CouncilRoles::ofAppRole(acting) == holder;
        QCOMPARE(refusal.isEmpty(), holds);
        if (holder.isEmpty()) {
            // The mean is official: the refusal says so, with the spread.
            QVERIFY2(refusal.contains(QStringLiteral("TS01")), qPrintable(refusal));
        } else if (!holds) {
            // The refusal names who holds the dialogue and who tried.
            QVERIFY2(refusal.contains(holder) && refusal.contains(CouncilRoles::title(holder)),
                     qPrintable(refusal));
            QVERIFY2(refusal.contains(CouncilRoles::ofAppRole(acting)), qPrintable(refusal));
        }
    }

    // Once agreed, the score is official with its holder, as the council file's output says.
    void anAgreedScoreOfTheBoardHeadIsOfficial()
    {
        CouncilSession session = sessionWithSpread(1, "7");
        session.candidates.first().agreed = dec("64.5");
        const CandidateResult result = session.evaluate(session.candidates.first());
        QCOMPARE(result.status, CandidateResult::Status::Agreed);
        QCOMPARE(result.by, CouncilRoles::BoardHead);
        QCOMPARE(result.official, std::optional<Decimal>(dec("64.5")));
        QCOMPARE(result.passed, std::optional<bool>(true));
        // The board head may still correct it; the chair may not.
        QVERIFY(session.mayRecordAgreedScore(session.candidates.first(), Role::BoardHead));
        QVERIFY(!session.mayRecordAgreedScore(session.candidates.first(), Role::CouncilChair));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCouncilBoardHead)
#include "TestCouncilBoardHead.moc"
