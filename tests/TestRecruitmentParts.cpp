// The pass rule and ranking of a recruitment examination of several parts (Decree 170/2025,
// councils/RecruitmentParts): the total reaches the pass mark and each part reaches 50% of its
// maximum; priority points count for ranking only; ties go to the higher professional score,
// then the higher written score, then the head of the agency decides (reported as a tie).

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "councils/RecruitmentParts.h"

using namespace danhgia;
using namespace danhgia::test;

namespace {

using Kind = RecruitmentPart::Kind;

RecruitmentCandidate candidate(const char* id, const char* written, const char* interview,
                               const char* priority = "0")
{
    return {QString::fromLatin1(id),
            {{Kind::Written, Decimal::fromInt(100), dec(written)},
             {Kind::Interview, Decimal::fromInt(100), dec(interview)}},
            dec(priority)};
}

QList<RecruitmentOutcome> evaluated(const QList<RecruitmentCandidate>& candidates, const char* pass = "100")
{
    QString error;
    const auto outcomes = RecruitmentParts::evaluate(candidates, dec(pass), &error);
    if (!outcomes) {
        qWarning("unexpected refusal: %s", qPrintable(error));
        return {};
    }
    return *outcomes;
}

QString halfFailure(Kind kind, const char* score, const char* max)
{
    return RecruitmentParts::tr("The %1 part scored %2/%3, below 50%")
        .arg(RecruitmentParts::title(kind), dec(score).toDisplayString(), dec(max).toDisplayString());
}

} // namespace

class TestRecruitmentParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesWhenTheTotalAndEveryPartReachTheirMarks()
    {
        const auto outcomes = evaluated({candidate("TS01", "50", "50"), candidate("TS02", "80", "60.5")});
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes.at(0).passed); // 100 ≥ 100, each part exactly 50%
        QVERIFY(outcomes.at(0).failures.isEmpty());
        QCOMPARE(outcomes.at(0).total, dec("100"));
        QVERIFY(outcomes.at(1).passed);
        QCOMPARE(outcomes.at(1).total, dec("140.5"));
    }

    // A total high enough does not save a part below half: "Phần thi viết đạt 45/100, dưới 50%".
    void aPartBelowHalfFails()
    {
        const auto outcomes = evaluated({candidate("TS01", "45", "95")});
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!outcomes.at(0).passed);
        QCOMPARE(outcomes.at(0).total, dec("140"));
        QCOMPARE(outcomes.at(0).failures, QStringList{halfFailure(Kind::Written, "45", "100")});
        const QString reason = outcomes.at(0).failures.first();
        QVERIFY2(reason.contains(QStringLiteral("45/100")) && reason.contains(QStringLiteral("50%"))
                     && reason.contains(RecruitmentParts::title(Kind::Written)),
                 qPrintable(reason));
        if (RecruitmentParts::title(Kind::Written) == QStringLiteral("thi viết")) { // in Vietnamese
            QCOMPARE(reason, QStringLiteral("Phần thi viết đạt 45/100, dưới 50%"));
        }
        QCOMPARE(outcomes.at(0).rank.rank, 0); // a failed candidate is not ranked
        // Half of an odd maximum: 12,5 of 25 reaches it, 12,4 does not.
        QVERIFY(RecruitmentParts::reachesHalf({Kind::Practical, dec("25"), dec("12.5")}));
        QVERIFY(!RecruitmentParts::reachesHalf({Kind::Practical, dec("25"), dec("12.4")}));
    }

    void aTotalBelowThePassMarkFailsWithEveryReason()
    {
        auto outcomes = evaluated({candidate("TS01", "55", "44")});
        QVERIFY(!outcomes.at(0).passed);
        QCOMPARE(outcomes.at(0).failures,
                 (QStringList{RecruitmentParts::tr("The total %1 is below the pass mark %2")
                                  .arg(dec("99").toDisplayString(), dec("100").toDisplayString()),
                              halfFailure(Kind::Interview, "44", "100")}));
        // Parts all above half, total below the mark.
        outcomes = evaluated({candidate("TS02", "60", "60")}, "130");
        QVERIFY(!outcomes.at(0).passed);
        QCOMPARE(outcomes.at(0).failures.size(), 1);
    }

    // Priority points rank, they never pass: 105 + 7,5 still fails at 110.
    void priorityPointsCountForRankingOnly()
    {
        const auto outcomes
            = evaluated({candidate("TS01", "50", "55", "7.5"), candidate("TS02", "60", "60"),
                         candidate("TS03", "55", "60", "7.5"), candidate("TS04", "55", "58", "5"),
                         candidate("TS05", "60", "55", "2.5")},
                        "110");
        QVERIFY(!outcomes.at(0).passed);
        QCOMPARE(outcomes.at(0).total, dec("105"));
        QCOMPARE(outcomes.at(0).failures.size(), 1);
        QCOMPARE(outcomes.at(0).rank.rank, 0);
        QCOMPARE(outcomes.at(1).rank.total, std::optional<Decimal>(dec("120")));
        QCOMPARE(outcomes.at(2).rank.total, std::optional<Decimal>(dec("122.5")));
        QCOMPARE(outcomes.at(2).rank.rank, 1);
        QCOMPARE(outcomes.at(3).rank.total, std::optional<Decimal>(dec("118")));
        QCOMPARE(outcomes.at(4).rank.total, std::optional<Decimal>(dec("117.5")));
        QCOMPARE(outcomes.at(1).rank.rank, 2);
        QCOMPARE(outcomes.at(3).rank.rank, 3);
        QCOMPARE(outcomes.at(4).rank.rank, 4);
        QCOMPARE(outcomes.at(2).rank.decidedBy, CouncilRank::DecidedBy::Score);
    }

    void tiesGoToTheInterviewThenTheWrittenScore()
    {
        // 132,5 first; then 130 each, ordered by the interview: 75, 70, 65.
        const auto ranked = evaluated({candidate("TS01", "60", "70"), candidate("TS02", "55", "75"),
                                       candidate("TS03", "65", "65"), candidate("TS04", "62.5", "70", "0")});
        QCOMPARE(ranked.at(3).rank.rank, 1); // 132,5
        QCOMPARE(ranked.at(1).rank.rank, 2); // 130, interview 75
        QCOMPARE(ranked.at(1).rank.decidedBy, CouncilRank::DecidedBy::ProfessionalScore);
        QCOMPARE(ranked.at(0).rank.rank, 3); // 130, interview 70
        QCOMPARE(ranked.at(2).rank.rank, 4); // 130, interview 65
        QVERIFY(!ranked.at(0).tiedForHeadOfAgency());

        // Equal totals and interviews: the written score decides.
        const auto written = evaluated({{QStringLiteral("TS01"),
                                         {{Kind::Written, dec("100"), dec("70")},
                                          {Kind::Interview, dec("100"), dec("60")},
                                          {Kind::Practical, dec("50"), dec("30")}},
                                         {}},
                                        {QStringLiteral("TS02"),
                                         {{Kind::Written, dec("100"), dec("75")},
                                          {Kind::Interview, dec("100"), dec("60")},
                                          {Kind::Practical, dec("50"), dec("25")}},
                                         {}}});
        QCOMPARE(written.at(0).total, written.at(1).total);
        QCOMPARE(written.at(1).rank.rank, 1);
        QCOMPARE(written.at(1).rank.decidedBy, CouncilRank::DecidedBy::WrittenScore);
        QCOMPARE(written.at(0).rank.rank, 2);
    }

    // The practical part is the professional score when there is no interview.
    void thePracticalPartIsProfessionalWithoutAnInterview()
    {
        const auto outcomes
            = evaluated({{QStringLiteral("TS01"),
                          {{Kind::Written, dec("100"), dec("60")}, {Kind::Practical, dec("100"), dec("70")}},
                          {}},
                         {QStringLiteral("TS02"),
                          {{Kind::Written, dec("100"), dec("70")}, {Kind::Practical, dec("100"), dec("60")}},
                          {}}});
        QCOMPARE(outcomes.at(0).rank.rank, 1);
        QCOMPARE(outcomes.at(0).rank.decidedBy, CouncilRank::DecidedBy::ProfessionalScore);
        QCOMPARE(outcomes.at(1).rank.rank, 2);
    }

    // Equal in everything: a tie, shared rank, for the head of the agency; the next rank skips.
    void aFullTieIsLeftToTheHeadOfTheAgency()
    {
        const auto outcomes = evaluated({candidate("TS01", "60", "70", "5"),
                                         candidate("TS02", "60", "70", "5"), candidate("TS03", "60", "70")});
        QCOMPARE(outcomes.at(0).rank.rank, 1);
        QCOMPARE(outcomes.at(1).rank.rank, 1);
        QVERIFY(outcomes.at(0).tiedForHeadOfAgency());
        QVERIFY(outcomes.at(1).tiedForHeadOfAgency());
        QCOMPARE(outcomes.at(2).rank.rank, 3);
        QVERIFY(!outcomes.at(2).tiedForHeadOfAgency());
    }

    void wrongDataIsRefusedNamingTheCandidateAndThePart_data()
    {
        QTest::addColumn<int>("part"); // -1: no parts
        QTest::addColumn<QString>("max");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<QString>("expected");
        const QString interview = RecruitmentParts::title(Kind::Interview);
        QTest::newRow("no parts") << -1 << "100"
                                  << "50"
                                  << "0" << QStringLiteral("TS09");
        QTest::newRow("above max") << 1 << "100"
                                   << "100.5"
                                   << "0" << interview;
        QTest::newRow("negative") << 1 << "100"
                                  << "-1"
                                  << "0" << interview;
        QTest::newRow("zero max") << 1 << "0"
                                  << "0"
                                  << "0" << interview;
        QTest::newRow("priority 3") << 1 << "100"
                                    << "50"
                                    << "3" << dec("3").toDisplayString();
        QTest::newRow("twice") << 0 << "100"
                               << "50"
                               << "0" << RecruitmentParts::title(Kind::Written);
    }

    void wrongDataIsRefusedNamingTheCandidateAndThePart()
    {
        QFETCH(int, part);
        QFETCH(QString, max);
        QFETCH(QString, score);
        QFETCH(QString, priority);
        QFETCH(QString, expected);
        RecruitmentCandidate wrong{QStringLiteral("TS09"), {}, dec(qPrintable(priority))};
        if (part >= 0) {
            wrong.parts = {{Kind::Written, dec("100"), dec("60")},
                           {static_cast<Kind>(part), dec(qPrintable(max)), dec(qPrintable(score))}};
        }
        QString error;
        QVERIFY(!RecruitmentParts::evaluate({candidate("TS01", "60", "60"), wrong}, dec("100"), &error));
        QVERIFY2(error.contains(QStringLiteral("TS09")) && error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("TS01")), qPrintable(error));
        QCOMPARE(RecruitmentParts::problem(wrong), error);
        QVERIFY(RecruitmentParts::problem(candidate("TS01", "60", "60")).isEmpty());
    }

    void aNegativePassMarkIsRefused()
    {
        QString error;
        QVERIFY(!RecruitmentParts::evaluate({candidate("TS01", "60", "60")}, dec("-1"), &error));
        QVERIFY2(error.contains(dec("-1").toDisplayString()), qPrintable(error));
        QCOMPARE(RecruitmentParts::allowedPriorityPoints(),
                 (QList<Decimal>{dec("7.5"), dec("5"), dec("2.5")}));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestRecruitmentParts)
#include "TestRecruitmentParts.moc"
