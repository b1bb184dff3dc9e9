// Interview councils (scoring contract, section 5): CouncilReader and CouncilSession, the spread
// rules of Decision 612 and Circular 06, agreed scores, the pass mark, rounding and errors.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "councils/CouncilReader.h"
#include "councils/CouncilSession.h"
#include "workflow/Role.h"

#include <QJsonObject>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const char* const Circular06 = R"(, "dialogue": [{"spread_over": 5, "by": "truong_ban"},
                                             {"spread_at_least": 10, "by": "chu_tich"}])";

// A council document: `header` (starting with a comma, or empty) and the candidates array.
QByteArray councilDocument(const QByteArray& header, const QByteArray& candidates)
{
    return QByteArray(R"({"format": "danhgia.council/1")") + header + R"(, "candidates": )" + candidates
        + '}';
}

// Two members whose scores are `low` and `high`.
QByteArray spreadCandidate(const char* id, const char* low, const char* high, const char* extra = "")
{
    return QByteArray(R"({"id": ")") + id + R"(", "scores": {"a": )" + low + R"(, "b": )" + high + '}' + extra
        + '}';
}

const CandidateResult* findCandidate(const QList<CandidateResult>& results, const char* id)
{
    for (const auto& r : results) {
        if (r.candidateId == QLatin1String(id)) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

class TestCouncil : public QObject
{
    Q_OBJECT

    CouncilSession read(const QByteArray& json)
    {
        ValidationIssues issues;
        CouncilSession session = CouncilReader::read(json, &issues);
        const QString errors = errorsText(issues);
        if (!errors.isEmpty()) {
            qWarning("unexpected council errors: %s", qPrintable(errors));
        }
        return session;
    }

    // Status, "by" and official score of a candidate whose two members gave low and high.
    void checkSpread(const QByteArray& header, const char* low, const char* high,
                     CandidateResult::Status status, const char* by)
    {
        const CouncilSession session
            = read(councilDocument(header, '[' + spreadCandidate("X", low, high) + ']'));
        QCOMPARE(session.candidates.size(), 1);
        const CandidateResult r = session.evaluate(session.candidates.first());
        QCOMPARE(r.spread, dec(high) - dec(low));
        QCOMPARE(r.status, status);
        QCOMPARE(r.by, QString::fromLatin1(by));
        QCOMPARE(r.official.has_value(), status == CandidateResult::Status::Official);
    }

private Q_SLOTS:
    void decision612IsTheDefault()
    {
        const CouncilSession session = read(councilDocument("", "[]"));
        QCOMPARE(session.max, dec("100"));
        QCOMPARE(session.decimals, 1);
        QCOMPARE(session.dialogue.size(), 1);
        QCOMPARE(session.dialogue[0].kind, DialogueRule::Kind::SpreadAtLeast);
        QCOMPARE(session.dialogue[0].threshold, dec("10"));
        QCOMPARE(session.dialogue[0].by, QStringLiteral("chu_tich"));

        using S = CandidateResult::Status;
        checkSpread("", "70.5", "80", S::Official, "");
        checkSpread("", "70", "79.9999", S::Official, "");
        checkSpread("", "70", "80", S::NeedsDialogue, "chu_tich");
        checkSpread("", "60", "75", S::NeedsDialogue, "chu_tich");
    }

    void circular06Rules()
    {
        using S = CandidateResult::Status;
        checkSpread(Circular06, "60", "65", S::Official, "");
        checkSpread(Circular06, "60", "65.5", S::NeedsDialogue, "truong_ban");
        checkSpread(Circular06, "60", "65.0001", S::NeedsDialogue, "truong_ban");
        checkSpread(Circular06, "60", "69.99", S::NeedsDialogue, "truong_ban");
        checkSpread(Circular06, "60", "70", S::NeedsDialogue, "chu_tich");
        checkSpread(Circular06, "60", "72", S::NeedsDialogue, "chu_tich");

        CouncilSession builtIn;
        builtIn.dialogue = CouncilSession::circular06Rules();
        QVERIFY(!builtIn.dialogueRuleFor(dec("5")));
        QCOMPARE(builtIn.dialogueRuleFor(dec("5.5"))->by, QStringLiteral("truong_ban"));
        QCOMPARE(builtIn.dialogueRuleFor(dec("10"))->by, QStringLiteral("chu_tich"));
    }

    void lastApplicableRuleDecides()
    {
        const QByteArray rules
            = R"(, "dialogue": [{"spread_at_least": 2, "by": "a"}, {"spread_at_least": 4, "by": "b"},
                                                 {"spread_over": 6, "by": "c"}])";
        using S = CandidateResult::Status;
        checkSpread(rules, "50", "51", S::Official, "");
        checkSpread(rules, "50", "52", S::NeedsDialogue, "a");
        checkSpread(rules, "50", "54", S::NeedsDialogue, "b");
        checkSpread(rules, "50", "56", S::NeedsDialogue, "b");
        checkSpread(rules, "50", "56.5", S::NeedsDialogue, "c");

        // An empty list: never a dialogue.
        checkSpread(R"(, "dialogue": [])", "0", "100", S::Official, "");
    }

    void agreedScoreOnlyWhenDialogueNeeded()
    {
        const QByteArray candidates = '[' + spreadCandidate("X", "70", "72", R"(, "agreed": 50)") + ','
            + spreadCandidate("Y", "60", "75", R"(, "agreed": 68.55)") + ','
            + spreadCandidate("Z", "60", "75") + ']';
        const CouncilSession session = read(councilDocument(R"(, "pass": 60)", candidates));
        const QList<CandidateResult> results = session.evaluateAll();
        QCOMPARE(results.size(), 3);

        const CandidateResult* x = findCandidate(results, "X");
        QCOMPARE(x->status, CandidateResult::Status::Official);
        QCOMPARE(x->official, std::optional<Decimal>(dec("71")));
        QCOMPARE(x->passed, std::optional<bool>(true));

        const CandidateResult* y = findCandidate(results, "Y");
        QCOMPARE(y->status, CandidateResult::Status::Agreed);
        QCOMPARE(y->mean, dec("67.5"));
        QCOMPARE(y->by, QStringLiteral("chu_tich"));
        QCOMPARE(y->official, std::optional<Decimal>(dec("68.6"))); // round(68.55) at 1 decimal
        QCOMPARE(y->passed, std::optional<bool>(true));

        const CandidateResult* z = findCandidate(results, "Z");
        QCOMPARE(z->status, CandidateResult::Status::NeedsDialogue);
        QVERIFY(!z->official);
        QVERIFY(!z->passed);

        const QJsonObject json = session.resultsJson();
        const QJsonObject zJson = json[QStringLiteral("Z")].toObject();
        QVERIFY(zJson.contains(QStringLiteral("passed")));
        QVERIFY(zJson[QStringLiteral("passed")].isNull());
        QVERIFY(zJson[QStringLiteral("official")].isNull());
        QCOMPARE(zJson[QStringLiteral("status")].toString(), QStringLiteral("needs_dialogue"));
        QCOMPARE(json[QStringLiteral("Y")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("agreed"));
        QCOMPARE(json[QStringLiteral("Y")].toObject()[QStringLiteral("official")].toDouble(), 68.6);
        QVERIFY(!json[QStringLiteral("X")].toObject().contains(QStringLiteral("by")));
    }

    // Who may record the agreed score of a candidate (CouncilSession::agreedScoreRefusal): two
    // members at least have scored, their spread calls for a dialogue, and the one who records it is
    // the one the spread rule names. CouncilStore refuses what this refuses.
    void agreedScoreIsRecordedByTheDialogueHolder()
    {
        const QByteArray candidates = '[' + spreadCandidate("B", "60", "65.5") + ','
            + spreadCandidate("C", "60", "75") + ',' + spreadCandidate("M", "70", "71") + ']';
        const CouncilSession session = read(councilDocument(Circular06, candidates));
        QCOMPARE(session.candidates.size(), 3);
        const CouncilCandidate& board = session.candidates.at(0);
        const CouncilCandidate& chair = session.candidates.at(1);
        const CouncilCandidate& mean = session.candidates.at(2);
        const QString boardHead = QStringLiteral("truong_ban");
        const QString chairCode = QStringLiteral("chu_tich");

        QVERIFY(session.agreedScoreRefusal(board, boardHead).isEmpty());
        const QString notTheHolder = session.agreedScoreRefusal(board, chairCode);
        for (const char* part : {"B", "truong_ban", "chu_tich"}) {
            QVERIFY2(notTheHolder.contains(QLatin1String(part)), qPrintable(notTheHolder));
        }
        QVERIFY(session.agreedScoreRefusal(chair, chairCode).isEmpty());
        QVERIFY(!session.agreedScoreRefusal(chair, boardHead).isEmpty());
        // The mean is official: nobody records an agreed score, not even with no holder named.
        const QString noDialogue = session.agreedScoreRefusal(mean, chairCode);
        QVERIFY2(noDialogue.contains(QLatin1String("M")), qPrintable(noDialogue));
        QVERIFY(!session.agreedScoreRefusal(mean, QString()).isEmpty());
        // One member's score: no dialogue yet.
        CouncilCandidate alone;
        alone.id = QStringLiteral("L");
        alone.scores.append({QStringLiteral("a"), dec("40")});
        QVERIFY(!session.agreedScoreRefusal(alone, chairCode).isEmpty());
    }

    // Whether a user may record it on the Councils screen (CouncilSession::mayRecordAgreedScore):
    // the role records agreed scores (RecordPermissions), every listed member has scored, and the
    // spread rule names the role's council role.
    void agreedScoreEditableForTheRole()
    {
        const QByteArray members
            = R"(, "members": {"a": {"role": "chu_tich"}, "b": {"role": "uy_vien"}, "c": {"role": "thu_ky"}})";
        const QByteArray candidates = '['
            + QByteArray(R"({"id": "ALL", "scores": {"a": 60, "b": 75, "c": 70}})") + ','
            + QByteArray(R"({"id": "TWO", "scores": {"a": 60, "b": 75}})") + ','
            + QByteArray(R"({"id": "AGREED", "scores": {"a": 60, "b": 75, "c": 70}, "agreed": 68})") + ','
            + QByteArray(R"({"id": "BOARD", "scores": {"a": 60, "b": 66, "c": 63}})") + ','
            + QByteArray(R"({"id": "MEAN", "scores": {"a": 70, "b": 71, "c": 70}})") + ']';
        const CouncilSession session = read(councilDocument(QByteArray(Circular06) + members, candidates));
        QCOMPARE(session.candidates.size(), 5);
        const auto may = [&session](int candidate, Role role) {
            return session.mayRecordAgreedScore(session.candidates.at(candidate), role);
        };
        QVERIFY(may(0, Role::CouncilChair));
        QVERIFY(may(2, Role::CouncilChair)); // an agreed score may be corrected
        for (const Role role : {Role::CouncilSecretary, Role::Administrator, Role::Appraiser, Role::UnitHead,
                                Role::SelfAssessor}) {
            QVERIFY2(!may(0, role), qPrintable(Roles::name(role)));
        }
        QVERIFY(!may(1, Role::CouncilChair)); // a member has not scored yet
        QVERIFY(!may(3, Role::CouncilChair)); // the board head holds that dialogue
        QVERIFY(!may(4, Role::CouncilChair)); // the mean is official
    }

    void passMark()
    {
        const QByteArray candidates = '[' + spreadCandidate("AT", "49", "51") + ','
            + spreadCandidate("BELOW", "49", "50.8") + ',' + spreadCandidate("DIALOGUE", "40", "60") + ']';
        CouncilSession session = read(councilDocument(R"(, "pass": 50)", candidates));
        QList<CandidateResult> results = session.evaluateAll();
        QCOMPARE(findCandidate(results, "AT")->passed, std::optional<bool>(true)); // 50 ≥ 50
        QCOMPARE(findCandidate(results, "BELOW")->official, std::optional<Decimal>(dec("49.9")));
        QCOMPARE(findCandidate(results, "BELOW")->passed, std::optional<bool>(false));

        // Without a pass mark there is no "passed" at all.
        session = read(councilDocument("", candidates));
        QVERIFY(!session.pass);
        results = session.evaluateAll();
        for (const auto& r : results) {
            QVERIFY(!r.passed);
        }
        const QJsonObject json = session.resultsJson();
        QCOMPARE(json.size(), 3);
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            QVERIFY2(!it.value().toObject().contains(QStringLiteral("passed")), qPrintable(it.key()));
        }
    }

    void meanRounding_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("scores");
        QTest::addColumn<QString>("mean");
        const QByteArray thirds = R"({"a": 85, "b": 86, "c": 86})"; // 85.666…
        const QByteArray half = R"({"a": 70.05, "b": 70.1})"; // 70.075
        QTest::newRow("thirds, 0") << QByteArray(R"(, "decimals": 0)") << thirds << QStringLiteral("86");
        QTest::newRow("thirds, 1") << QByteArray(R"(, "decimals": 1)") << thirds << QStringLiteral("85.7");
        QTest::newRow("thirds, 2") << QByteArray(R"(, "decimals": 2)") << thirds << QStringLiteral("85.67");
        QTest::newRow("thirds, default") << QByteArray() << thirds << QStringLiteral("85.7");
        QTest::newRow("half, 0") << QByteArray(R"(, "decimals": 0)") << QByteArray(R"({"a": 72, "b": 73})")
                                 << QStringLiteral("73");
        QTest::newRow("half, 1") << QByteArray(R"(, "decimals": 1)") << half << QStringLiteral("70.1");
        QTest::newRow("half, 2") << QByteArray(R"(, "decimals": 2)") << half << QStringLiteral("70.08");
    }

    void meanRounding()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, scores);
        QFETCH(QString, mean);
        const QByteArray candidates = R"([{"id": "X", "scores": )" + scores + "}]";
        const CouncilSession session = read(councilDocument(header, candidates));
        QCOMPARE(session.candidates.size(), 1);
        const CandidateResult r = session.evaluate(session.candidates.first());
        const Decimal expected = dec(mean.toLatin1().constData());
        QCOMPARE(r.mean, expected);
        QCOMPARE(r.status, CandidateResult::Status::Official);
        QCOMPARE(r.official, std::optional<Decimal>(expected));
    }

    void errorsNameJsonPaths_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("paths");
        const auto one
            = [](const char* header, const char* candidates) { return councilDocument(header, candidates); };
        QTest::newRow("score above max")
            << one(R"(, "max": 50)", R"([{"id": "A", "scores": {"a": 50.5, "b": 40}}])")
            << QStringList{QStringLiteral("candidates[0].scores[\"a\"]")};
        QTest::newRow("negative score") << one("", R"([{"id": "A", "scores": {"a": 40, "b": 41}},
                                                     {"id": "B", "scores": {"a": 40, "TV2": -1}}])")
                                        << QStringList{QStringLiteral("candidates[1].scores[\"TV2\"]")};
        QTest::newRow("one member") << one("", R"([{"id": "A", "scores": {"a": 40}}])")
                                    << QStringList{QStringLiteral("candidates[0].scores")};
        QTest::newRow("duplicate id") << one("", R"([{"id": "A", "scores": {"a": 40, "b": 41}},
                                                   {"id": "B", "scores": {"a": 40, "b": 41}},
                                                   {"id": "A", "scores": {"a": 40, "b": 41}}])")
                                      << QStringList{QStringLiteral("candidates[2].id")};
        QTest::newRow("agreed above max")
            << one("", R"([{"id": "A", "scores": {"a": 40, "b": 60}, "agreed": 100.5}])")
            << QStringList{QStringLiteral("candidates[0].agreed")};
        QTest::newRow("agreed negative")
            << one("", R"([{"id": "A", "scores": {"a": 40, "b": 60}, "agreed": -1}])")
            << QStringList{QStringLiteral("candidates[0].agreed")};
        QTest::newRow("both thresholds") << one(
            R"(, "dialogue": [{"spread_over": 2, "by": "x"}, {"spread_over": 5, "spread_at_least": 10, "by": "y"}])",
            "[]") << QStringList{QStringLiteral("dialogue[1]")};
        QTest::newRow("no threshold")
            << one(R"(, "dialogue": [{"by": "x"}])", "[]") << QStringList{QStringLiteral("dialogue[0]")};
        QTest::newRow("pass above max")
            << one(R"(, "max": 10, "pass": 11)", "[]") << QStringList{QStringLiteral("pass")};
        QTest::newRow("wrong format") << QByteArray(R"({"format": "danhgia.criteria/1", "candidates": []})")
                                      << QStringList{QStringLiteral("format")};
    }

    void errorsNameJsonPaths()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, paths);
        ValidationIssues issues;
        CouncilReader::read(json, &issues);
        QCOMPARE(errorPaths(issues), paths);
        for (const auto& issue : issues) {
            QVERIFY(!issue.message.isEmpty());
        }
    }

    void examples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("Decision 612") << QStringLiteral("sat-hach-qd612");
        QTest::newRow("Circular 06") << QStringLiteral("sat-hach-tt06");
    }

    void examples()
    {
        QFETCH(QString, name);
        ValidationIssues issues;
        const CouncilSession session = CouncilReader::read(
            readData(QStringLiteral("examples/") + name + QStringLiteral(".council.json")), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(errorsText(issues)));
        const QJsonObject expected = QJsonDocument::fromJson(readData(QStringLiteral("examples/") + name
                                                                      + QStringLiteral(".expected.json")))
                                         .object();
        const QJsonObject actual = session.resultsJson();
        QCOMPARE(actual.keys(), expected.keys());
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            QCOMPARE(actual[it.key()].toObject().keys(), it.value().toObject().keys());
            QString diff;
            QVERIFY2(jsonMatches(it.value(), actual[it.key()], it.key(), &diff), qPrintable(diff));
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCouncil)
#include "TestCouncil.moc"
