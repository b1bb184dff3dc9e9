// What a new interview council starts with (councils/CouncilPresets, asked by the Councils screen):
// the spread rule of Decision 612/QĐ-UBND (the default) or of Circular 06/2020/TT-BNV, scores out
// of 100 with one decimal, the pass mark of Decree 170/2025, members offered as ordinary members.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "councils/CouncilPresets.h"
#include "councils/CouncilRoles.h"

using namespace danhgia;
using namespace danhgia::test;

namespace {

// The spread at which each rule starts, and who holds the dialogue, as one text.
QString describe(const QList<DialogueRule>& rules)
{
    QStringList parts;
    for (const DialogueRule& rule : rules) {
        parts.append(QStringLiteral("%1%2:%3").arg(
            rule.kind == DialogueRule::Kind::SpreadOver ? QStringLiteral(">") : QStringLiteral(">="),
            rule.threshold.toString(), rule.by));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestCouncilPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decision612ThenCircular06()
    {
        const QList<CouncilPreset> presets = CouncilPresets::all();
        QCOMPARE(presets.size(), 2);
        // Decision 612: 10 points or more apart, the council chair.
        QCOMPARE(describe(presets.at(0).dialogue), QStringLiteral(">=10:chu_tich"));
        QVERIFY2(presets.at(0).title.contains(QLatin1String("612")), qPrintable(presets.at(0).title));
        // Circular 06 art. 31: above 5 the board head, from 10 the council chair.
        QCOMPARE(describe(presets.at(1).dialogue), QStringLiteral(">5:truong_ban >=10:chu_tich"));
        QVERIFY2(presets.at(1).title.contains(QLatin1String("06/2020")), qPrintable(presets.at(1).title));
        // The default of a council file without a rule is the first preset's.
        QCOMPARE(describe(CouncilSession().dialogue), describe(presets.at(0).dialogue));
    }

    void scoresAndPassMark()
    {
        QCOMPARE(CouncilPresets::maximum(), dec("100"));
        QCOMPARE(CouncilPresets::decimals(), 1);
        QCOMPARE(CouncilPresets::passMark(), dec("50"));
        QCOMPARE(CouncilPresets::memberRole(), CouncilRoles::Member);
        QVERIFY(CouncilRoles::all().contains(CouncilPresets::memberRole()));
    }

    void newSession()
    {
        const CouncilPreset circular06 = CouncilPresets::all().at(1);
        const CouncilSession session
            = CouncilPresets::newSession(QStringLiteral("Sát hạch công chức 2026"), circular06, dec("55"));
        QCOMPARE(session.title, QStringLiteral("Sát hạch công chức 2026"));
        QCOMPARE(session.max, dec("100"));
        QCOMPARE(session.decimals, 1);
        QCOMPARE(session.pass, std::optional<Decimal>(dec("55")));
        QCOMPARE(describe(session.dialogue), describe(circular06.dialogue));
        QVERIFY(session.members.isEmpty() && session.candidates.isEmpty());
        const CouncilSession noPass
            = CouncilPresets::newSession(QStringLiteral("Không điểm đạt"), CouncilPresets::all().at(0), {});
        QVERIFY(!noPass.pass.has_value());
        QCOMPARE(describe(noPass.dialogue), QStringLiteral(">=10:chu_tich"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCouncilPresets)
#include "TestCouncilPresets.moc"
