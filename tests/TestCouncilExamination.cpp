// The examination of an interview council (councils/CouncilExamination): the interview scored by
// the council (its official score), the other parts and priority points typed with the candidates;
// Decree 170/2025 decides through RecruitmentParts once every part is scored; what does not fit
// the council is named; the stored JSON reads back the same.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "councils/CouncilExamination.h"

using namespace danhgia;
using namespace danhgia::test;

namespace {

using Kind = RecruitmentPart::Kind;

CouncilSession council()
{
    CouncilSession session;
    session.title = QStringLiteral("Sát hạch 2026");
    session.pass = dec("50");
    session.members = {{QStringLiteral("TV01"), QStringLiteral("A"), QStringLiteral("chu_tich")},
                       {QStringLiteral("TV02"), QStringLiteral("B"), QStringLiteral("uy_vien")}};
    CouncilCandidate one{QStringLiteral("TS01"), QStringLiteral("Nông Văn An"), {}, std::nullopt};
    one.scores = {{QStringLiteral("TV01"), dec("80")}, {QStringLiteral("TV02"), dec("82")}};
    CouncilCandidate two{QStringLiteral("TS02"), QStringLiteral("Hoàng Thị Bình"), {}, std::nullopt};
    two.scores = {{QStringLiteral("TV01"), dec("70")}, {QStringLiteral("TV02"), dec("72")}};
    CouncilCandidate three{QStringLiteral("TS03"), QStringLiteral("Lý Văn Cường"), {}, std::nullopt};
    three.scores = {{QStringLiteral("TV01"), dec("60")}};
    session.candidates = {one, two, three};
    return session;
}

CouncilExamination examination()
{
    CouncilExamination exam;
    exam.parts = {{Kind::Written, dec("100")}, {Kind::Interview, dec("100")}};
    exam.entries = {{QStringLiteral("TS01"), dec("0"), {{Kind::Written, dec("45")}}},
                    {QStringLiteral("TS02"), dec("7.5"), {{Kind::Written, dec("60")}}},
                    {QStringLiteral("TS03"), dec("5"), {{Kind::Written, dec("90")}}}};
    return exam;
}

} // namespace

class TestCouncilExamination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPartBelowHalfFailsWhateverTheTotal()
    {
        const QList<ExaminationResult> results = examination().evaluate(council());
        QCOMPARE(results.size(), 3);
        QVERIFY(results.at(0).outcome);
        QVERIFY(!results.at(0).outcome->passed);
        QCOMPARE(results.at(0).outcome->total, dec("126"));
        QCOMPARE(results.at(0).outcome->failures.size(), 1);
        QVERIFY2(results.at(0).outcome->failures.first().contains(QStringLiteral("45")),
                 qPrintable(results.at(0).outcome->failures.first()));
        QVERIFY(results.at(1).outcome->passed);
    }

    void priorityPointsRankButDoNotPass()
    {
        const QList<ExaminationResult> results = examination().evaluate(council());
        const RecruitmentOutcome& two = *results.at(1).outcome;
        QCOMPARE(two.total, dec("131"));
        QCOMPARE(two.rank.total, std::optional<Decimal>(dec("138.5")));
        QCOMPARE(two.rank.rank, 1);
        QCOMPARE(results.at(0).outcome->rank.rank, 0);
    }

    void aCandidateNotScoredByEveryMemberWaits()
    {
        const QList<ExaminationResult> results = examination().evaluate(council());
        QVERIFY(!results.at(2).outcome);
        QCOMPARE(results.at(2).missing, QStringList{RecruitmentParts::title(Kind::Interview)});
    }

    void withoutPartsNothingIsEvaluated() { QVERIFY(CouncilExamination().evaluate(council()).isEmpty()); }

    void problemsNameThePartAndTheCandidate()
    {
        CouncilExamination exam = examination();
        exam.parts.append({Kind::Practical, dec("0")});
        exam.entries[0].scores.insert(Kind::Written, dec("120"));
        exam.entries[1].priority = dec("3");
        exam.entries.append({QStringLiteral("TS09"), dec("0"), {}});
        const QStringList problems = exam.problems(council());
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("TS01")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("TS02")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("TS09")));
        QVERIFY(examination().problems(council()).isEmpty());
    }

    void theInterviewIsOutOfTheCouncilsMaximum()
    {
        CouncilExamination exam = examination();
        exam.parts[1].max = dec("50");
        QCOMPARE(exam.problems(council()).size(), 1);
        exam.parts.removeAt(1);
        QCOMPARE(exam.problems(council()).size(), 1);
    }

    void jsonReadsBackTheSame()
    {
        const CouncilExamination exam = examination();
        QString error;
        const auto back = CouncilExamination::fromJson(exam.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), exam.toJson());
        QCOMPARE(back->entry(QStringLiteral("TS02"))->priority, dec("7.5"));
        QVERIFY(!CouncilExamination::fromJson(
            QJsonObject{{QStringLiteral("parts"),
                         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("oral")}}}}},
            &error));
        QVERIFY(error.contains(QStringLiteral("parts[0]")));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCouncilExamination)
#include "TestCouncilExamination.moc"
