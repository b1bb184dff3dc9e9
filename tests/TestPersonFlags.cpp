// The facts that change a person's grade in the shipped civil-servant template (Decree 335/2025;
// Decree 90/2020 as amended by Decree 48/2023): each flag's effect through ResultClassifier, the
// priority when several apply (maternity leave waiving "worked under 6 months" first), the
// "waives" extension of the set format (read, validated, written), and the rules of recording one
// (results/PersonFlag).

#include "TestSupport.h"
#include "criteria/CriteriaSetReader.h"
#include "criteria/CriteriaSetValidator.h"
#include "criteria/CriteriaTemplates.h"
#include "results/PersonFlag.h"
#include "results/ResultClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace danhgia;

namespace {

const char* const SmallSet = R"({"format": "danhgia.criteria/1", "id": "t", "version": 1,
  "criteria": [{"code": "1", "title": "Một", "max": 100, "method": {"type": "points"}}],
  "grades": [{"code": "A", "min": 90}, {"code": "B", "min": 50}, {"code": "C", "min": 0}],
  "flags": [{"code": "short", "unclassified": true}, %1]})";

CriteriaSet smallSet(const QString& extraFlag, ValidationIssues* issues)
{
    return CriteriaSetReader::read(QString::fromLatin1(SmallSet).arg(extraFlag).toUtf8(), issues);
}

} // namespace

class TestPersonFlags : public QObject
{
    Q_OBJECT

private:
    CriteriaSet m_set;

    QString graded(const char* index, const QStringList& flags) const
    {
        const ResultClassifier classifier(m_set);
        return classifier.applyFlags(
            classifier.gradeForIndex(*Decimal::fromString(QString::fromLatin1(index))), flags);
    }

private Q_SLOTS:
    void init()
    {
        const CriteriaTemplates::Loaded loaded = CriteriaTemplates::load(QStringLiteral("cong-chuc-2026"));
        QVERIFY2(loaded.isUsable(), qPrintable(loaded.issues.value(0).toText()));
        m_set = loaded.set;
    }

    // Every fact of the issue has its flag, with the effect rules.md gives it.
    void theTemplateDefinesEveryFact_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("effect");
        QTest::addColumn<QString>("grade");
        using E = GradeFlag::Effect;
        QTest::newRow("discipline") << QStringLiteral("ky_luat") << int(E::Force) << QStringLiteral("KHTNV");
        QTest::newRow("degradation") << QStringLiteral("suy_thoai") << int(E::Force)
                                     << QStringLiteral("KHTNV");
        QTest::newRow("absence 3-6") << QStringLiteral("vang_3_6_thang") << int(E::Cap)
                                     << QStringLiteral("HTNV");
        QTest::newRow("under 6 months")
            << QStringLiteral("duoi_6_thang") << int(E::Unclassified) << QString();
        QTest::newRow("maternity") << QStringLiteral("thai_san") << int(E::Waive) << QString();
        QTest::newRow("leader's unit")
            << QStringLiteral("don_vi_chua_dat") << int(E::Cap) << QStringLiteral("HTNV");
        QTest::newRow("corruption or waste")
            << QStringLiteral("don_vi_tham_nhung") << int(E::Force) << QStringLiteral("KHTNV");
    }

    void theTemplateDefinesEveryFact()
    {
        QFETCH(QString, code);
        QFETCH(int, effect);
        QFETCH(QString, grade);
        const GradeFlag* flag = m_set.flag(code);
        QVERIFY2(flag, qPrintable(code));
        QCOMPARE(int(flag->effect), effect);
        QCOMPARE(flag->grade, grade);
        QVERIFY(!flag->title.isEmpty());
        if (flag->effect == GradeFlag::Effect::Waive) {
            QCOMPARE(flag->waives, QStringList{QStringLiteral("duoi_6_thang")});
        }
    }

    // One flag at a time, on an outstanding (95), a good (75), a passing (55) and a failing (30) score.
    void eachFlagChangesTheGrade_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected"); // at 95, 75, 55, 30
        const QString xs = QStringLiteral("HTXSNV"), t = QStringLiteral("HTTNV"), ht = QStringLiteral("HTNV"),
                      k = QStringLiteral("KHTNV");
        QTest::newRow("discipline forces KHTNV") << QStringLiteral("ky_luat") << QStringList{k, k, k, k};
        QTest::newRow("degradation forces KHTNV") << QStringLiteral("suy_thoai") << QStringList{k, k, k, k};
        QTest::newRow("absence caps at HTNV")
            << QStringLiteral("vang_3_6_thang") << QStringList{ht, ht, ht, k};
        QTest::newRow("under 6 months: no grade")
            << QStringLiteral("duoi_6_thang") << QStringList{QString(), QString(), QString(), QString()};
        QTest::newRow("maternity alone changes nothing")
            << QStringLiteral("thai_san") << QStringList{xs, t, ht, k};
        QTest::newRow("leader's unit below the bar caps at HTNV")
            << QStringLiteral("don_vi_chua_dat") << QStringList{ht, ht, ht, k};
        QTest::newRow("unit handled for corruption or waste forces KHTNV")
            << QStringLiteral("don_vi_tham_nhung") << QStringList{k, k, k, k};
    }

    void eachFlagChangesTheGrade()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(graded("95", {}), QStringLiteral("HTXSNV"));
        QCOMPARE(graded("95", {code}), expected[0]);
        QCOMPARE(graded("75", {code}), expected[1]);
        QCOMPARE(graded("55", {code}), expected[2]);
        QCOMPARE(graded("30", {code}), expected[3]);
    }

    // Strict priority: unclassified, then the lowest forced grade, then the lowest cap; maternity
    // leave waives "worked under 6 months" before the priority applies, and nothing else.
    void severalFlagsFollowThePriority_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("expected");
        const auto list = [](std::initializer_list<const char*> codes) {
            QStringList result;
            for (const char* code : codes) {
                result.append(QString::fromLatin1(code));
            }
            return result;
        };
        QTest::newRow("under 6 months beats discipline") << list({"ky_luat", "duoi_6_thang"}) << QString();
        QTest::newRow("maternity: classified again")
            << list({"duoi_6_thang", "thai_san"}) << QStringLiteral("HTXSNV");
        QTest::newRow("maternity, in any order")
            << list({"thai_san", "duoi_6_thang"}) << QStringLiteral("HTXSNV");
        QTest::newRow("maternity does not lift discipline")
            << list({"thai_san", "duoi_6_thang", "ky_luat"}) << QStringLiteral("KHTNV");
        QTest::newRow("maternity does not lift the absence cap")
            << list({"thai_san", "duoi_6_thang", "vang_3_6_thang"}) << QStringLiteral("HTNV");
        QTest::newRow("corruption beats the unit's cap")
            << list({"don_vi_chua_dat", "don_vi_tham_nhung"}) << QStringLiteral("KHTNV");
        QTest::newRow("two caps: the lowest")
            << list({"vang_3_6_thang", "don_vi_chua_dat"}) << QStringLiteral("HTNV");
        QTest::newRow("unit's corruption and under 6 months")
            << list({"don_vi_tham_nhung", "duoi_6_thang"}) << QString();
    }

    void severalFlagsFollowThePriority()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, expected);
        QCOMPARE(graded("95", flags), expected);
    }

    // A forced grade replaces the computed one even when it is higher (the contract), which the
    // waiver leaves as it is: a waived flag is simply not there.
    void aWaiverOnlyCancelsWhatItNames()
    {
        ValidationIssues issues;
        const CriteriaSet set = smallSet(
            QStringLiteral(R"({"code": "leave", "waives": ["short"]}, {"code": "force", "grade": "B"})"),
            &issues);
        QVERIFY2(!ValidationIssue::hasErrors(issues), qPrintable(issues.value(0).toText()));
        QVERIFY(CriteriaSetValidator::validate(set).isEmpty());
        const ResultClassifier classifier(set);
        QCOMPARE(
            classifier.applyFlags(QStringLiteral("C"), {QStringLiteral("short"), QStringLiteral("leave")}),
            QStringLiteral("C"));
        QCOMPARE(
            classifier.applyFlags(QStringLiteral("C"), {QStringLiteral("force"), QStringLiteral("leave")}),
            QStringLiteral("B"));
        // Written back as read.
        const QJsonArray flags = set.toJson().value(QStringLiteral("flags")).toArray();
        QCOMPARE(flags.at(1).toObject().value(QStringLiteral("waives")).toArray(),
                 QJsonArray{QStringLiteral("short")});
    }

    void aBadWaiverIsNamed_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown flag") << QStringLiteral(R"({"code": "leave", "waives": ["nope"]})")
                                      << QStringLiteral("flags[1].waives[0]") << QStringLiteral("nope");
        QTest::newRow("with a grade too")
            << QStringLiteral(R"({"code": "leave", "grade": "A", "waives": ["short"]})")
            << QStringLiteral("flags[1]") << QStringLiteral("waives");
        QTest::newRow("empty list") << QStringLiteral(R"({"code": "leave", "waives": []})")
                                    << QStringLiteral("flags[1].waives") << QString();
        QTest::newRow("not a code") << QStringLiteral(R"({"code": "leave", "waives": [3]})")
                                    << QStringLiteral("flags[1].waives[0]") << QString();
    }

    void aBadWaiverIsNamed()
    {
        QFETCH(QString, flag);
        QFETCH(QString, path);
        QFETCH(QString, named);
        ValidationIssues issues;
        const CriteriaSet set = smallSet(flag, &issues);
        if (!ValidationIssue::hasErrors(issues)) {
            issues = CriteriaSetValidator::validate(set);
        }
        QVERIFY(ValidationIssue::hasErrors(issues));
        bool found = false;
        for (const ValidationIssue& issue : issues) {
            found = found || (issue.path == path && issue.message.contains(named));
        }
        QVERIFY2(found, qPrintable(issues.value(0).toText()));
    }

    // Recording needs a flag of the set, a reason; a document date goes with a number.
    void recordingNeedsAFlagOfTheSetAndAReason()
    {
        PersonFlag flag{QStringLiteral("CC01"),
                        QStringLiteral("ky_luat"),
                        QStringLiteral("Quyết định kỷ luật khiển trách"),
                        QStringLiteral("12/QĐ-UBND"),
                        QDate(2026, 3, 2),
                        QString(),
                        QDateTime()};
        QVERIFY(flag.problems(m_set).isEmpty());
        flag.flagCode = QStringLiteral("nghi_phep");
        flag.reason = QStringLiteral("  ");
        flag.documentNumber.clear();
        const QStringList problems = flag.problems(m_set);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems[0].contains(QStringLiteral("nghi_phep"))
                     && problems[0].contains(QStringLiteral("ky_luat"))
                     && problems[0].contains(QStringLiteral("thai_san")),
                 qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(QStringLiteral("CC01")), qPrintable(problems[1]));
        QVERIFY(PersonFlag::removalProblem(QStringLiteral("CC01"), QStringLiteral("ky_luat"), QString())
                    .contains(QStringLiteral("CC01")));
        QVERIFY(PersonFlag::removalProblem(QStringLiteral("CC01"), QStringLiteral("ky_luat"),
                                           QStringLiteral("Hủy"))
                    .isEmpty());
    }

    // A sheet's flags gain the code once, in the set's order; unknown codes are kept.
    void aSheetsFlagsGainAndLoseTheCode()
    {
        const QStringList with = PersonFlag::withFlag(
            m_set, {QStringLiteral("duoi_6_thang"), QStringLiteral("cu")}, QStringLiteral("ky_luat"));
        QCOMPARE(
            with,
            (QStringList{QStringLiteral("ky_luat"), QStringLiteral("duoi_6_thang"), QStringLiteral("cu")}));
        QCOMPARE(PersonFlag::withFlag(m_set, with, QStringLiteral("ky_luat")), with);
        QCOMPARE(PersonFlag::withoutFlag(with, QStringLiteral("ky_luat")),
                 (QStringList{QStringLiteral("duoi_6_thang"), QStringLiteral("cu")}));
        QVERIFY(
            PersonFlag::describe(*m_set.flag(QStringLiteral("ky_luat"))).contains(QStringLiteral("KHTNV")));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestPersonFlags)
#include "TestPersonFlags.moc"
