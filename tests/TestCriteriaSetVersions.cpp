// The life of a criteria set version (criteria/CriteriaSetVersions): the next version number of a
// copy, the problems checked as a stored file would be, publishing refused while there are errors,
// a published version refusing change, campaigns only on published versions. And the tree of a
// draft changed one step at a time (criteria/CriteriaDraft), with the validator's paths following.

#include "TestSupport.h"

#include "criteria/CriteriaDraft.h"
#include "criteria/CriteriaSetValidator.h"
#include "criteria/CriteriaSetVersions.h"
#include "criteria/CriteriaTemplates.h"

using namespace danhgia;

class TestCriteriaSetVersions : public QObject
{
    Q_OBJECT

    CriteriaSet m_set;

    QStringList codes(const CriteriaSet& set) const
    {
        QStringList result;
        for (const auto& node : set.nodes()) {
            result << node.code;
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        const auto loaded = CriteriaTemplates::load(QStringLiteral("cong-chuc-2026"));
        QVERIFY(loaded.isUsable());
        m_set = loaded.set;
    }

    void nextVersionIsOneAboveTheHighest()
    {
        QCOMPARE(CriteriaSetVersions::nextVersion({}), 1);
        QCOMPARE(CriteriaSetVersions::nextVersion({1}), 2);
        QCOMPARE(CriteriaSetVersions::nextVersion({3, 1, 2}), 4);
        QCOMPARE(CriteriaSetVersions::nextVersion({1, 5}), 6);
    }

    void publishRefusedWhileErrors()
    {
        QVERIFY(CriteriaSetVersions::publishRefusal(CriteriaSetVersions::check(m_set)).isEmpty());
        CriteriaDraft draft(m_set);
        Criterion fields = draft.set().node(draft.set().indexOf(QStringLiteral("1.2")));
        fields.code = QStringLiteral("1.1");
        draft.setFields(draft.set().indexOf(QStringLiteral("1.2")), fields);
        const ValidationIssues issues = CriteriaSetVersions::check(draft.set());
        QVERIFY(ValidationIssue::hasErrors(issues));
        const QString refusal = CriteriaSetVersions::publishRefusal(issues);
        QVERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.contains(QStringLiteral("1.1")), qPrintable(refusal));
        // Warnings alone do not stop a publication.
        ValidationIssues warnings{{ValidationIssue::Severity::Warning, QStringLiteral("criteria[0].max"),
                                   QStringLiteral("1"), QStringLiteral("unreachable")}};
        QVERIFY(CriteriaSetVersions::publishRefusal(warnings).isEmpty());
    }

    void checkReadsTheStructureBack()
    {
        // An empty group passes the validator alone but not a file reader: check() reports it.
        CriteriaDraft draft(m_set);
        const int group = draft.addChild(-1);
        const int leaf = draft.addChild(group);
        draft.remove(leaf);
        QVERIFY(!ValidationIssue::hasErrors(CriteriaSetValidator::validate(draft.set())));
        const ValidationIssues issues = CriteriaSetVersions::check(draft.set());
        QVERIFY(ValidationIssue::hasErrors(issues));
        QCOMPARE(issues.first().path, QStringLiteral("criteria[2].children"));
    }

    void onlyDraftsChange()
    {
        QVERIFY(CriteriaSetVersions::changeRefusal(QLatin1String(CriteriaSetVersions::Draft), m_set.id, 1)
                    .isEmpty());
        const QString refused
            = CriteriaSetVersions::changeRefusal(QLatin1String(CriteriaSetVersions::Published), m_set.id, 1);
        QVERIFY(refused.contains(m_set.id));
    }

    void campaignsUsePublishedVersionsOnly()
    {
        QVERIFY(
            CriteriaSetVersions::campaignRefusal(QLatin1String(CriteriaSetVersions::Published), m_set.id, 2)
                .isEmpty());
        const QString refused
            = CriteriaSetVersions::campaignRefusal(QLatin1String(CriteriaSetVersions::Draft), m_set.id, 2);
        QVERIFY(refused.contains(m_set.id));
    }

    void draftAddsChildAndSibling()
    {
        CriteriaDraft draft(m_set);
        const int one = draft.set().indexOf(QStringLiteral("1"));
        const int childCount = static_cast<int>(draft.set().node(one).children.size());
        const int child = draft.addChild(one);
        QCOMPARE(draft.set().node(child).code, QStringLiteral("1.%1").arg(childCount + 1));
        QCOMPARE(draft.set().node(child).parent, draft.set().indexOf(QStringLiteral("1")));
        QVERIFY(!draft.set().node(child).isGroup);
        const int sibling = draft.addSibling(draft.set().indexOf(QStringLiteral("1.1")));
        QCOMPARE(draft.set().node(sibling).jsonPath, QStringLiteral("criteria[0].children[1]"));
        QCOMPARE(codes(draft.set()).mid(0, 3),
                 (QStringList{QStringLiteral("1"), QStringLiteral("1.1"), draft.set().node(sibling).code}));
        // A leaf given a child becomes a group.
        const int leaf = draft.set().indexOf(QStringLiteral("1.1"));
        const int grandChild = draft.addChild(leaf);
        QCOMPARE(draft.set().node(grandChild).code, QStringLiteral("1.1.1"));
        QVERIFY(draft.set().node(draft.set().indexOf(QStringLiteral("1.1"))).isGroup);
    }

    void draftRemovesAndMoves()
    {
        CriteriaDraft draft(m_set);
        const int nodes = draft.set().nodeCount();
        const int first = draft.set().indexOf(QStringLiteral("1.1"));
        QCOMPARE(draft.moveUp(first), -1);
        const int moved = draft.moveDown(first);
        QCOMPARE(draft.set().node(moved).code, QStringLiteral("1.1"));
        QCOMPARE(draft.set().node(moved).jsonPath, QStringLiteral("criteria[0].children[1]"));
        QCOMPARE(draft.set().node(draft.set().indexOf(QStringLiteral("1.2"))).jsonPath,
                 QStringLiteral("criteria[0].children[0]"));
        const int back = draft.moveUp(moved);
        QCOMPARE(draft.set().node(back).jsonPath, QStringLiteral("criteria[0].children[0]"));
        const int group = draft.set().indexOf(QStringLiteral("1"));
        const int groupSize = 1 + static_cast<int>(draft.set().node(group).children.size());
        const int next = draft.remove(group);
        QCOMPARE(draft.set().nodeCount(), nodes - groupSize);
        QCOMPARE(draft.set().indexOf(QStringLiteral("1.1")), -1);
        QCOMPARE(draft.set().node(next).code, QStringLiteral("2"));
    }

    void draftSetsFieldsKeepingChildren()
    {
        CriteriaDraft draft(m_set);
        const int leaf = draft.set().indexOf(QStringLiteral("1.1"));
        Criterion fields = draft.set().node(leaf);
        fields.max = Decimal::fromInt(6);
        fields.evidence = EvidenceRule::Required;
        fields.method.type = MethodType::YesNo;
        draft.setFields(leaf, fields);
        const Criterion& changed = draft.set().node(draft.set().indexOf(QStringLiteral("1.1")));
        QCOMPARE(changed.max, Decimal::fromInt(6));
        QCOMPARE(changed.evidence, EvidenceRule::Required);
        QCOMPARE(changed.method.type, MethodType::YesNo);
        const int group = draft.set().indexOf(QStringLiteral("1"));
        const auto before = draft.set().node(group).children;
        Criterion groupFields = draft.set().node(group);
        groupFields.title = QStringLiteral("Tiêu chí chung (sửa)");
        draft.setFields(group, groupFields);
        QCOMPARE(draft.set().node(group).title, QStringLiteral("Tiêu chí chung (sửa)"));
        QCOMPARE(draft.set().node(group).children, before);
        QVERIFY(draft.set().node(group).isGroup);
    }

    void defaultMethodsPassTheValidator_data()
    {
        QTest::addColumn<int>("type");
        for (const MethodType type :
             {MethodType::Points, MethodType::YesNo, MethodType::Levels, MethodType::Ratio,
              MethodType::Linear, MethodType::Deduct, MethodType::Relative, MethodType::Tasks}) {
            QTest::newRow(qPrintable(LeafMethod::typeName(type))) << static_cast<int>(type);
        }
    }

    void defaultMethodsPassTheValidator()
    {
        QFETCH(int, type);
        CriteriaDraft draft(m_set);
        const int leaf = draft.set().indexOf(QStringLiteral("1.1"));
        Criterion fields = draft.set().node(leaf);
        fields.method = CriteriaDraft::defaultMethod(static_cast<MethodType>(type), fields.max);
        if (fields.method.type == MethodType::Deduct) {
            fields.max = Decimal();
        }
        draft.setFields(leaf, fields);
        const ValidationIssues issues = CriteriaSetVersions::check(draft.set());
        for (const auto& issue : issues) {
            QVERIFY2(!issue.isError(), qPrintable(issue.toText()));
        }
    }

    void levelsAndBandsAsText()
    {
        const Criterion& leaf = m_set.node(m_set.indexOf(QStringLiteral("1.1")));
        QCOMPARE(CriteriaDraft::pairsText(leaf.method), QStringLiteral("Tốt=5; Đạt=3,5; Chưa đạt=0"));
        QString error;
        const auto levels
            = CriteriaDraft::withPairs(leaf.method, QStringLiteral("Tốt=5; Khá=4,25 ;Kém=0"), &error);
        QVERIFY2(levels, qPrintable(error));
        QCOMPARE(levels->levels.size(), 3);
        QCOMPARE(levels->levels[1].title, QStringLiteral("Khá"));
        QCOMPARE(levels->levels[1].points, Decimal::fromUnits(42500));
        QVERIFY(!CriteriaDraft::withPairs(leaf.method, QStringLiteral("Tốt=năm"), &error));
        QVERIFY(error.contains(QStringLiteral("Tốt=năm")));
        LeafMethod ratio = CriteriaDraft::defaultMethod(MethodType::Ratio, Decimal::fromInt(2));
        const auto bands = CriteriaDraft::withPairs(ratio, QStringLiteral("1=2; 0,8=1,5"), &error);
        QVERIFY2(bands, qPrintable(error));
        QCOMPARE(bands->bands.size(), 2);
        QCOMPARE(bands->bands[1].from, Decimal::fromUnits(8000));
        QCOMPARE(CriteriaDraft::pairsText(*bands), QStringLiteral("1=2; 0,8=1,5"));
        QVERIFY(!CriteriaDraft::withPairs(ratio, QStringLiteral("tám mươi=1"), &error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCriteriaSetVersions)
#include "TestCriteriaSetVersions.moc"
