// When a grade decided for a subject is an override (results/GradeOverride): another grade than the
// rules give, quota included, or any grade for a subject tied at the quota boundary. An override
// needs a reason and the name of who approves it; confirming the computed grade needs neither. The
// Classification screen and ClassificationStore::decide both ask this rule.

#include "TestSupport.h"
#include "results/GradeOverride.h"

using namespace danhgia;

Q_DECLARE_METATYPE(danhgia::QuotaStatus)

class TestGradeOverride : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isOverride_data()
    {
        QTest::addColumn<QString>("computed");
        QTest::addColumn<QuotaStatus>("quota");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<bool>("isOverride");
        QTest::newRow("confirmed") << "HTTNV" << QuotaStatus::NotProposed << "HTTNV" << false;
        QTest::newRow("confirmed within the quota") << "HTXSNV" << QuotaStatus::Within << "HTXSNV" << false;
        QTest::newRow("confirmed after the quota") << "HTTNV" << QuotaStatus::Demoted << "HTTNV" << false;
        QTest::newRow("raised") << "HTNV" << QuotaStatus::NotProposed << "HTTNV" << true;
        QTest::newRow("lowered") << "HTTNV" << QuotaStatus::NotProposed << "HTNV" << true;
        QTest::newRow("kept above the quota") << "HTTNV" << QuotaStatus::Demoted << "HTXSNV" << true;
        // A tie at the quota boundary is settled only by a recorded decision, whichever grade.
        QTest::newRow("tie, upper grade") << "HTXSNV" << QuotaStatus::Tie << "HTXSNV" << true;
        QTest::newRow("tie, lower grade") << "HTXSNV" << QuotaStatus::Tie << "HTTNV" << true;
        QTest::newRow("ungraded given one") << "" << QuotaStatus::NotProposed << "HTNV" << true;
    }

    void isOverride()
    {
        QFETCH(QString, computed);
        QFETCH(QuotaStatus, quota);
        QFETCH(QString, grade);
        QFETCH(bool, isOverride);
        QCOMPARE(GradeOverride::isOverride(computed, quota, grade), isOverride);
        // What the screen asks before its dialogs, the store asks before it writes.
        const QString refused = GradeOverride::refusal(QStringLiteral("CC07"), computed, quota, grade,
                                                       QString(), QStringLiteral("  "));
        QCOMPARE(refused.isEmpty(), !isOverride);
        QVERIFY(GradeOverride::refusal(QStringLiteral("CC07"), computed, quota, grade,
                                       QStringLiteral("Khen thưởng đột xuất"), QStringLiteral("Giám đốc Sở"))
                    .isEmpty());
    }

    // An override needs both: a reason and who approves it, neither blank.
    void overrideNeedsReasonAndApprover()
    {
        const auto refusal = [](const QString& reason, const QString& approver) {
            return GradeOverride::refusal(QStringLiteral("CC07"), QStringLiteral("HTTNV"),
                                          QuotaStatus::Demoted, QStringLiteral("HTXSNV"), reason, approver);
        };
        QVERIFY(!refusal(QString(), QStringLiteral("Giám đốc Sở")).isEmpty());
        QVERIFY(!refusal(QStringLiteral("  "), QStringLiteral("Giám đốc Sở")).isEmpty());
        QVERIFY(!refusal(QStringLiteral("Khen thưởng đột xuất"), QString()).isEmpty());
        QVERIFY(refusal(QStringLiteral("Khen thưởng đột xuất"), QStringLiteral("Giám đốc Sở")).isEmpty());
    }

    // The refusal names the subject, the grade the rules give and the grade asked for.
    void refusalNamesWhatIsWrong()
    {
        const QString override
            = GradeOverride::refusal(QStringLiteral("CC07"), QStringLiteral("HTTNV"), QuotaStatus::Demoted,
                                     QStringLiteral("HTXSNV"), QString(), QString());
        for (const char* part : {"CC07", "HTTNV", "HTXSNV"}) {
            QVERIFY2(override.contains(QLatin1String(part)), qPrintable(override));
        }
        const QString tie
            = GradeOverride::refusal(QStringLiteral("CC11"), QStringLiteral("HTXSNV"), QuotaStatus::Tie,
                                     QStringLiteral("HTXSNV"), QString(), QString());
        QVERIFY2(tie.contains(QLatin1String("CC11")), qPrintable(tie));
        QVERIFY(tie != override);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestGradeOverride)
#include "TestGradeOverride.moc"
