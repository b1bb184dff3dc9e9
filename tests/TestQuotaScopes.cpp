// The quota counted per scope (scoring contract, "QUOTA scopes"): Decree 335 counts the quota of
// "hoàn thành xuất sắc" within each agency and within each group with similar tasks. QuotaRule,
// the set's reader, and the whole rule through ScoringEngine and its JSON output.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "results/QuotaRule.h"
#include "scoring/ScoringEngine.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace danhgia;
using namespace danhgia::test;

namespace {

// One points leaf of max 100, so a sheet's points are its index.
const char* const IndexCriteria = R"([{"code": "1", "max": 100, "method": {"type": "points"}}])";

QByteArray gradesWithQuota(const QByteArray& per)
{
    QByteArray quota
        = R"(, "grades": [{"code": "XS", "min": 90}, {"code": "T", "min": 70}, {"code": "HT", "min": 50}],
 "quota": {"grade": "XS", "ratio": 0.2, "of": ["T"])";
    if (!per.isEmpty()) {
        quota += R"(, "per": )" + per;
    }
    return quota + '}';
}

ScoreSheet sheetOf(const char* id, const char* unit, const char* group, const char* points,
                   std::optional<QString> period = QStringLiteral("2026-11"))
{
    ScoreSheet sheet = makeSheet(id, std::move(period));
    sheet.subject.unit = QString::fromUtf8(unit);
    sheet.subject.group = QString::fromUtf8(group);
    sheet.values.insert(QStringLiteral("1"), pointsValue(points));
    sheet.valueOrder.append(QStringLiteral("1"));
    return sheet;
}

// Four subjects rated T beside the given ones, all in one unit and group.
void addFourT(QList<ScoreSheet>* sheets, const char* prefix, const char* unit, const char* group)
{
    for (int i = 1; i <= 4; ++i) {
        const QByteArray id = QByteArray(prefix) + QByteArray::number(i);
        sheets->append(sheetOf(id.constData(), unit, group, "80"));
    }
}

QuotaRule::Subject proposed(const char* index, const QStringList& scope)
{
    return {dec(index), QStringLiteral("XS"), scope};
}

QuotaRule::Subject ratedT(const QStringList& scope)
{
    return {dec("80"), QStringLiteral("T"), scope};
}

} // namespace

class TestQuotaScopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachScopeHasItsOwnAllowanceTiesAndDemotions()
    {
        QuotaRule rule;
        rule.grade = QStringLiteral("XS");
        rule.ratio = dec("0.2");
        rule.of = {QStringLiteral("T")};
        rule.per = {QStringLiteral("unit")};
        const QStringList snv{QStringLiteral("SNV")};
        const QStringList stc{QStringLiteral("STC")};
        // SNV: 2 proposed beside 4 T: k = 1 (5 of T counting the demoted one). STC: two proposed
        // at the same index beside 4 T: k = 1 and the tie keeps both. Pooled, 2 would keep XS.
        const QList<QuotaRule::Subject> subjects{
            proposed("95", snv), proposed("92", snv), ratedT(snv), ratedT(snv), ratedT(snv), ratedT(snv),
            proposed("93", stc), proposed("93", stc), ratedT(stc), ratedT(stc), ratedT(stc), ratedT(stc)};
        const QuotaRule::Outcome outcome = rule.apply(subjects, QStringLiteral("T"));
        QCOMPARE(outcome.statuses[0], QuotaStatus::Within);
        QCOMPARE(outcome.statuses[1], QuotaStatus::Demoted);
        QCOMPARE(outcome.finalGrades[1], QStringLiteral("T"));
        QCOMPARE(outcome.statuses[6], QuotaStatus::Tie);
        QCOMPARE(outcome.statuses[7], QuotaStatus::Tie);
        QCOMPARE(outcome.finalGrades[6], QStringLiteral("XS"));
        QCOMPARE(outcome.statuses[2], QuotaStatus::NotProposed);
        QCOMPARE(outcome.scopes.size(), 2);
        QCOMPARE(outcome.scopes[0].values, snv);
        QCOMPARE(outcome.scopes[0].allowed, 1);
        QCOMPARE(outcome.scopes[1].values, stc);
        QCOMPARE(outcome.scopes[1].allowed, 1);

        // The same subjects counted together: 4 proposed beside 8 T.
        rule.per.clear();
        const QuotaRule::Outcome pooled = rule.apply(subjects, QStringLiteral("T"));
        QVERIFY(pooled.scopes.isEmpty());
        QCOMPARE(pooled.allowed, 2);
    }

    void aScopeWithoutRoomDemotesEveryoneWithoutTie()
    {
        QuotaRule rule;
        rule.grade = QStringLiteral("XS");
        rule.ratio = dec("0.2");
        rule.of = {QStringLiteral("T")};
        rule.per = {QStringLiteral("unit"), QStringLiteral("group")};
        const QStringList scope{QStringLiteral("SNV"), QStringLiteral("ld")};
        const QuotaRule::Outcome outcome
            = rule.apply({proposed("95", scope), proposed("95", scope)}, QStringLiteral("T"));
        QCOMPARE(outcome.scopes.size(), 1);
        QCOMPARE(outcome.scopes[0].allowed, 0);
        QCOMPARE(outcome.statuses[0], QuotaStatus::Demoted);
        QCOMPARE(outcome.statuses[1], QuotaStatus::Demoted);
    }

    void scopesAreOrderedByCodePoints()
    {
        // UTF-16 puts U+1F600 (a surrogate pair, 0xD83D...) before U+FF21; code points do not.
        const QString fullwidthA = QString(QChar(0xFF21));
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        QVERIFY(QuotaRule::scopeLess({fullwidthA}, {emoji}));
        QVERIFY(!QuotaRule::scopeLess({emoji}, {fullwidthA}));
        QVERIFY(QuotaRule::scopeLess({QString()}, {QStringLiteral("A")}));
        QVERIFY(QuotaRule::scopeLess({QStringLiteral("Z")}, {QStringLiteral("Đ")}));
        QVERIFY(QuotaRule::scopeLess({QStringLiteral("A"), QStringLiteral("z")},
                                     {QStringLiteral("B"), QStringLiteral("a")}));
        QVERIFY(!QuotaRule::scopeLess({QStringLiteral("A"), QStringLiteral("b")},
                                      {QStringLiteral("A"), QStringLiteral("b")}));
    }

    void theSetNamesOnlyKnownFieldsOnce_data()
    {
        QTest::addColumn<QByteArray>("per");
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QByteArray("[]") << QStringLiteral("quota.per");
        QTest::newRow("unknown field")
            << QByteArray(R"(["unit", "agency"])") << QStringLiteral("quota.per[1]");
        QTest::newRow("repeated") << QByteArray(R"(["group", "group"])") << QStringLiteral("quota.per[1]");
        QTest::newRow("not a string") << QByteArray("[1]") << QStringLiteral("quota.per[0]");
        QTest::newRow("not a list") << QByteArray(R"("unit")") << QStringLiteral("quota.per");
    }

    void theSetNamesOnlyKnownFieldsOnce()
    {
        QFETCH(QByteArray, per);
        QFETCH(QString, path);
        QString errors;
        readSet(setDocument(IndexCriteria, gradesWithQuota(per)), &errors);
        QVERIFY2(errors.startsWith(path + QLatin1String(": ")), qPrintable(errors));
    }

    void theSetKeepsItsScopes()
    {
        DANHGIA_READ_SET(set, setDocument(IndexCriteria, gradesWithQuota(R"(["group", "unit"])")));
        QVERIFY(set.quota);
        QCOMPARE(set.quota->per, QStringList({QStringLiteral("group"), QStringLiteral("unit")}));
        const QJsonObject written = set.toJson().value(QStringLiteral("quota")).toObject();
        QCOMPARE(written.value(QStringLiteral("per")).toArray(),
                 QJsonArray({QStringLiteral("group"), QStringLiteral("unit")}));
    }

    void theOutputListsEveryScopeWithItsFields()
    {
        DANHGIA_READ_SET(set, setDocument(IndexCriteria, gradesWithQuota(R"(["unit", "group"])")));
        QList<ScoreSheet> sheets;
        sheets.append(sheetOf("A1", "STC", "cv", "95"));
        sheets.append(sheetOf("A2", "STC", "cv", "94"));
        addFourT(&sheets, "AT", "STC", "cv");
        sheets.append(sheetOf("B1", "SNV", "ld", "91"));
        sheets.append(sheetOf("C1", "", "cv", "99")); // no agency: the empty string
        const ScoringEngine engine(set);
        QList<ScoringEngine::SheetIssue> issues;
        const auto scored = engine.score(sheets, false, &issues);
        QVERIFY(scored);
        QVERIFY(!scored->quotaAllowed);
        QCOMPARE(findResult(*scored, QStringLiteral("A1"))->quota, QuotaStatus::Within);
        QCOMPARE(findResult(*scored, QStringLiteral("A2"))->quota, QuotaStatus::Demoted);
        QCOMPARE(findResult(*scored, QStringLiteral("B1"))->quota, QuotaStatus::Demoted);
        QCOMPARE(findResult(*scored, QStringLiteral("C1"))->quota, QuotaStatus::Demoted);
        // Ranks stay counted among all subjects.
        QCOMPARE(findResult(*scored, QStringLiteral("C1"))->rank, 1);
        QCOMPARE(findResult(*scored, QStringLiteral("B1"))->rank, 4);

        const QJsonObject json = engine.toJson(*scored);
        QVERIFY(json.contains(QStringLiteral("quota_allowed")));
        QVERIFY(json.value(QStringLiteral("quota_allowed")).isNull());
        const QJsonArray expected{QJsonObject{{QStringLiteral("unit"), QString()},
                                              {QStringLiteral("group"), QStringLiteral("cv")},
                                              {QStringLiteral("allowed"), 0}},
                                  QJsonObject{{QStringLiteral("unit"), QStringLiteral("SNV")},
                                              {QStringLiteral("group"), QStringLiteral("ld")},
                                              {QStringLiteral("allowed"), 0}},
                                  QJsonObject{{QStringLiteral("unit"), QStringLiteral("STC")},
                                              {QStringLiteral("group"), QStringLiteral("cv")},
                                              {QStringLiteral("allowed"), 1}}};
        QCOMPARE(json.value(QStringLiteral("quota_scopes")).toArray(), expected);
    }

    void aScopeOfOneFieldNamesOnlyThatField()
    {
        DANHGIA_READ_SET(set, setDocument(IndexCriteria, gradesWithQuota(R"(["group"])")));
        QList<ScoreSheet> sheets{sheetOf("A1", "STC", "cv", "95"), sheetOf("A2", "SNV", "cv", "80")};
        const ScoringEngine engine(set);
        const auto scored = engine.score(sheets, false, nullptr);
        QVERIFY(scored);
        const QJsonArray scopes = engine.toJson(*scored).value(QStringLiteral("quota_scopes")).toArray();
        QCOMPARE(scopes,
                 QJsonArray({QJsonObject{{QStringLiteral("group"), QStringLiteral("cv")},
                                         {QStringLiteral("allowed"), 0}}}));
    }

    void withoutPerThereAreNoScopes()
    {
        DANHGIA_READ_SET(set, setDocument(IndexCriteria, gradesWithQuota(QByteArray())));
        QList<ScoreSheet> sheets{sheetOf("A1", "STC", "cv", "95"), sheetOf("A2", "SNV", "cv", "80")};
        const ScoringEngine engine(set);
        const auto scored = engine.score(sheets, false, nullptr);
        QVERIFY(scored);
        QCOMPARE(scored->quotaAllowed, std::optional<int>(0));
        const QJsonObject json = engine.toJson(*scored);
        QVERIFY(!json.contains(QStringLiteral("quota_scopes")));
        QCOMPARE(json.value(QStringLiteral("quota_allowed")).toInt(-1), 0);
    }

    void aggregatingKeepsTheScopeOfTheSubject()
    {
        DANHGIA_READ_SET(set, setDocument(IndexCriteria, gradesWithQuota(R"(["unit"])")));
        QList<ScoreSheet> sheets{sheetOf("A1", "STC", "cv", "96", QStringLiteral("2026-10")),
                                 sheetOf("A1", "STC", "ld", "94", QStringLiteral("2026-11")),
                                 sheetOf("B1", "SNV", "cv", "95", QStringLiteral("2026-11"))};
        // The group changes over the periods, but the quota is not counted per group.
        const ScoringEngine engine(set);
        const auto scored = engine.score(sheets, true, nullptr);
        QVERIFY(scored);
        QCOMPARE(scored->quotaScopes.size(), 2);
        QCOMPARE(scored->quotaScopes[0].values, QStringList{QStringLiteral("SNV")});
        QCOMPARE(scored->quotaScopes[1].values, QStringList{QStringLiteral("STC")});
    }

    void aggregatingRefusesASubjectThatChangesScope()
    {
        DANHGIA_READ_SET(set, setDocument(IndexCriteria, gradesWithQuota(R"(["unit", "group"])")));
        QList<ScoreSheet> sheets{sheetOf("A1", "STC", "cv", "96", QStringLiteral("2026-10")),
                                 sheetOf("B1", "SNV", "cv", "95", QStringLiteral("2026-10")),
                                 sheetOf("A1", "SNV", "cv", "94", QStringLiteral("2026-11"))};
        const ScoringEngine engine(set);
        QList<ScoringEngine::SheetIssue> issues;
        QVERIFY(!engine.score(sheets, true, &issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].sheet, 2);
        QCOMPARE(issues[0].issue.path, QStringLiteral("subject.unit"));
        QVERIFY2(issues[0].issue.message.contains(QStringLiteral("A1")), qPrintable(issues[0].issue.message));
        // Not aggregating, each sheet is a subject of its own scope: no error.
        QVERIFY(engine.score(sheets, false, nullptr));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestQuotaScopes)
#include "TestQuotaScopes.moc"
