// Submission readiness: a self-assessment may be submitted only when every leaf has a value and
// every leaf that requires evidence has a file or an explanation; SheetWorkflow refuses Submit
// otherwise and lists the problems. Messages are translated, so they are checked for the codes
// they must contain, not word by word.

#include "TestSupport.h"
#include "criteria/CriteriaSet.h"
#include "criteria/CriteriaSetReader.h"
#include "workflow/SheetWorkflow.h"
#include "workflow/SubmissionReadiness.h"

using namespace danhgia;

namespace {

using Refusal = TransitionCheck::Refusal;
using ProblemKind = SubmissionReadiness::Problem::Kind;

// Two groups and a top-level leaf: 1.1 requires evidence, 1.2 is optional, 1.3 has none, 2 requires it.
const QByteArray SetJson = R"({
  "format": "danhgia.criteria/1", "id": "wf", "kind": "par_index",
  "criteria": [
    {"code": "1", "title": "Công tác chỉ đạo", "max": 3, "children": [
      {"code": "1.1", "title": "Kế hoạch CCHC", "max": 1, "method": {"type": "yes_no"}, "evidence": "required"},
      {"code": "1.2", "title": "Báo cáo CCHC", "max": 1, "method": {"type": "yes_no"}, "evidence": "optional"},
      {"code": "1.3", "title": "Kiểm tra CCHC", "max": 1, "method": {"type": "yes_no"}}
    ]},
    {"code": "2", "title": "Cải cách thể chế", "max": 2, "method": {"type": "points"}, "evidence": "required"}
  ],
  "grades": [{"code": "A", "min": 90}, {"code": "B", "min": 0}]
})";

CriteriaSet criteriaSet()
{
    ValidationIssues issues;
    CriteriaSet set = CriteriaSetReader::read(SetJson, &issues);
    if (ValidationIssue::hasErrors(issues)) {
        qFatal("the test criteria set does not read: %s", qPrintable(issues.first().toText()));
    }
    return set;
}

LeafSubmission leaf(bool value, bool file, const QString& explanation = QString())
{
    LeafSubmission s;
    s.hasValue = value;
    s.hasEvidenceFile = file;
    s.explanation = explanation;
    return s;
}

// A complete sheet: every leaf valued, 1.1 with a file, 2 with an explanation.
QHash<QString, LeafSubmission> completeSheet()
{
    return {
        {QStringLiteral("1.1"), leaf(true, true)},
        {QStringLiteral("1.2"), leaf(true, false)},
        {QStringLiteral("1.3"), leaf(true, false)},
        {QStringLiteral("2"),
         leaf(true, false, QStringLiteral("Đơn vị không ban hành văn bản QPPL trong năm."))},
    };
}

QStringList problemCodes(const SubmissionReadiness& readiness, ProblemKind kind)
{
    QStringList codes;
    for (const auto& problem : readiness.problems()) {
        if (problem.kind == kind) {
            codes.append(problem.code);
        }
    }
    return codes;
}

TransitionCheck submit(const SubmissionReadiness& readiness)
{
    TransitionContext context;
    context.readiness = readiness;
    return SheetWorkflow::check(ApprovalPolicy(), SheetState::Draft, WorkflowAction::Submit,
                                Role::SelfAssessor, context);
}

} // namespace

class TestSubmissionReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeSheetMaySubmit()
    {
        const SubmissionReadiness readiness = SubmissionReadiness::compute(criteriaSet(), completeSheet());
        QVERIFY(readiness.isComputed());
        QVERIFY(readiness.isReady());
        QVERIFY(readiness.problems().isEmpty());
        QVERIFY(readiness.summary().isEmpty());
        const TransitionCheck check = submit(readiness);
        QVERIFY(check.allowed);
        QCOMPARE(check.target, SheetState::Submitted);

        TransitionContext context;
        context.readiness = readiness;
        QVERIFY(SheetWorkflow::check(ApprovalPolicy(), SheetState::Draft, WorkflowAction::Submit,
                                     Role::UnitHead, context)
                    .allowed);
    }

    void missingValuesBlockSubmission()
    {
        auto sheet = completeSheet();
        sheet[QStringLiteral("1.2")].hasValue = false;
        sheet.remove(QStringLiteral("1.3"));
        const SubmissionReadiness readiness = SubmissionReadiness::compute(criteriaSet(), sheet);
        QVERIFY(!readiness.isReady());
        QCOMPARE(problemCodes(readiness, ProblemKind::MissingValue),
                 QStringList({QStringLiteral("1.2"), QStringLiteral("1.3")}));
        QVERIFY(problemCodes(readiness, ProblemKind::MissingEvidence).isEmpty());
        QCOMPARE(readiness.problems().at(0).title, QStringLiteral("Báo cáo CCHC"));

        const TransitionCheck check = submit(readiness);
        QVERIFY(!check.allowed);
        QCOMPARE(check.refusal, Refusal::NotReady);
        QCOMPARE(check.target, SheetState::Draft);
        QVERIFY(check.message.contains(QStringLiteral("1.2")));
        QVERIFY(check.message.contains(QStringLiteral("1.3")));
        QCOMPARE(check.message, readiness.summary());
        for (const QString& line : readiness.messages()) {
            QVERIFY(check.message.contains(line));
        }
    }

    void requiredEvidenceBlocksSubmission()
    {
        auto sheet = completeSheet();
        sheet[QStringLiteral("1.1")].hasEvidenceFile = false;
        sheet[QStringLiteral("2")].explanation = QStringLiteral(" \t\n"); // white space is no explanation
        const SubmissionReadiness readiness = SubmissionReadiness::compute(criteriaSet(), sheet);
        QCOMPARE(problemCodes(readiness, ProblemKind::MissingEvidence),
                 QStringList({QStringLiteral("1.1"), QStringLiteral("2")}));
        QVERIFY(problemCodes(readiness, ProblemKind::MissingValue).isEmpty());
        const TransitionCheck check = submit(readiness);
        QCOMPARE(check.refusal, Refusal::NotReady);
        QVERIFY(check.message.contains(readiness.problems().at(0).message));
        QVERIFY(check.message.contains(readiness.problems().at(1).message));
    }

    void explanationReplacesFile()
    {
        auto sheet = completeSheet();
        sheet[QStringLiteral("1.1")]
            = leaf(true, false, QStringLiteral("Kế hoạch lồng ghép trong KH số 12/KH-SNV."));
        const SubmissionReadiness readiness = SubmissionReadiness::compute(criteriaSet(), sheet);
        QVERIFY(readiness.isReady());
        QVERIFY(submit(readiness).allowed);
    }

    void emptySheetListsEveryProblem()
    {
        const SubmissionReadiness readiness = SubmissionReadiness::compute(criteriaSet(), {});
        // In the order of the set; a leaf with required evidence gets both problems. Groups need nothing.
        QCOMPARE(readiness.problems().size(), 6);
        QCOMPARE(problemCodes(readiness, ProblemKind::MissingValue),
                 QStringList({QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3"),
                              QStringLiteral("2")}));
        QCOMPARE(problemCodes(readiness, ProblemKind::MissingEvidence),
                 QStringList({QStringLiteral("1.1"), QStringLiteral("2")}));
        QCOMPARE(readiness.problems().at(0).kind, ProblemKind::MissingValue);
        QCOMPARE(readiness.problems().at(1).kind, ProblemKind::MissingEvidence);
        QCOMPARE(readiness.messages().size(), 6);
        for (const auto& problem : readiness.problems()) {
            QVERIFY(problem.message.contains(problem.code));
        }
    }

    void unknownCodesAreIgnored()
    {
        auto sheet = completeSheet();
        sheet.insert(QStringLiteral("9.9"), leaf(false, false));
        sheet.insert(QStringLiteral("1"), leaf(false, false));
        QVERIFY(SubmissionReadiness::compute(criteriaSet(), sheet).isReady());
    }

    void uncomputedReadinessRefusesSubmission()
    {
        const SubmissionReadiness readiness;
        QVERIFY(!readiness.isComputed());
        QVERIFY(!readiness.isReady());
        const TransitionCheck check = submit(readiness);
        QCOMPARE(check.refusal, Refusal::NotReady);
        QVERIFY(!check.message.isEmpty());
        // Readiness matters to Submit only.
        QVERIFY(SheetWorkflow::check(ApprovalPolicy(), SheetState::Submitted, WorkflowAction::Return,
                                     Role::CouncilChair,
                                     {QStringLiteral("Thiếu giải trình"), SubmissionReadiness()})
                    .allowed);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSubmissionReadiness)

#include "TestSubmissionReadiness.moc"
