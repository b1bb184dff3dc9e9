// The appraisal council of a campaign (councils/AppraisalCouncil): its quorum (more than half of
// all its members present; rules.md §6.1 asks the minutes to state it), what is wrong with it,
// and its JSON read back.

#include "TestSupport.h"
#include "councils/AppraisalCouncil.h"

using namespace danhgia;

namespace {

AppraisalCouncil council(int members, int present)
{
    AppraisalCouncil c;
    for (int i = 0; i < members; ++i) {
        c.members.append(
            {QStringLiteral("Thành viên %1").arg(i + 1), QStringLiteral("Ủy viên"), i < present});
    }
    return c;
}

} // namespace

class TestAppraisalCouncil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quorumIsMoreThanHalf_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("present");
        QTest::addColumn<bool>("quorum");
        QTest::newRow("7 of 7") << 7 << 7 << true;
        QTest::newRow("4 of 7") << 7 << 4 << true;
        QTest::newRow("3 of 7") << 7 << 3 << false;
        QTest::newRow("3 of 6: half is not enough") << 6 << 3 << false;
        QTest::newRow("4 of 6") << 6 << 4 << true;
        QTest::newRow("no members") << 0 << 0 << false;
    }

    void quorumIsMoreThanHalf()
    {
        QFETCH(int, members);
        QFETCH(int, present);
        QFETCH(bool, quorum);
        const AppraisalCouncil c = council(members, present);
        QCOMPARE(c.presentCount(), present);
        QCOMPARE(c.hasQuorum(), quorum);
        QCOMPARE(AppraisalCouncil::quorumMet(present, members), quorum);
        QVERIFY(c.quorumText().contains(members > 0 ? QStringLiteral("%1/%2").arg(present).arg(members)
                                                    : QString()));
    }

    void problemsNameTheRowAndTheDecision()
    {
        AppraisalCouncil c = council(2, 2);
        QVERIFY(c.problems().isEmpty());
        c.members[1].name = QStringLiteral("  ");
        c.decisionNumber = QStringLiteral("125/QĐ-UBND");
        const QStringList problems = c.problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).contains(QLatin1Char('2')));
        QVERIFY(problems.at(1).contains(QStringLiteral("125/QĐ-UBND")));
        QCOMPARE(AppraisalCouncil().problems().size(), 1);
    }

    void jsonReadsBackTheSame()
    {
        AppraisalCouncil c = council(3, 2);
        c.decisionNumber = QStringLiteral("125/QĐ-UBND");
        c.decisionDate = QDate(2026, 1, 5);
        c.decisionSigner = QStringLiteral("Chủ tịch UBND tỉnh Lạng Sơn");
        c.conclusion = QStringLiteral("Thống nhất kết quả thẩm định.");
        const AppraisalCouncil back = AppraisalCouncil::fromJson(c.toJson());
        QCOMPARE(back.toJson(), c.toJson());
        QCOMPARE(back.presentCount(), 2);
        QCOMPARE(back.decisionDate, QDate(2026, 1, 5));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestAppraisalCouncil)
#include "TestAppraisalCouncil.moc"
