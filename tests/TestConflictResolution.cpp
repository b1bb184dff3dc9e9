// A sync conflict compared field by field (ConflictComparison) and its resolution checked with the
// core's rules (ConflictResolution): a leaf value kept or typed must fit its method, the state kept
// "mine" needs a workflow action from the server's state, and a sheet approved on the server keeps
// its state and values until its approver reopens it.

#include "ScoringFixtures.h"
#include "conflicts/ConflictComparison.h"
#include "conflicts/ConflictResolution.h"

#include <QtTest>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QByteArray ConflictSet = setDocument(R"([{"code": "1", "title": "Lĩnh vực 1", "max": 10, "children": [
  {"code": "1.1", "title": "Tiêu chí 1.1", "max": 5, "method": {"type": "points"}},
  {"code": "1.2", "title": "Tiêu chí 1.2", "max": 5, "method": {"type": "points"}}]}])");

QJsonObject sheetRow(const char* state, const QJsonObject& self, const QJsonObject& explanations = {})
{
    return {{QStringLiteral("campaign_uuid"), QStringLiteral("c-1")},
            {QStringLiteral("subject_code"), QStringLiteral("XCL")},
            {QStringLiteral("state"), QString::fromLatin1(state)},
            {QStringLiteral("totals"), QJsonObject{{QStringLiteral("self"), 3}}},
            {QStringLiteral("values"), QJsonObject{{QStringLiteral("self"), self}}},
            {QStringLiteral("explanations"), explanations}};
}

QJsonObject points(int value)
{
    return {{QStringLiteral("points"), value}};
}

QStringList paths(const QList<ConflictField>& fields)
{
    QStringList list;
    for (const ConflictField& field : fields) {
        list.append(field.path);
    }
    return list;
}

} // namespace

class TestConflictResolution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparesTheSheetFieldByFieldWithWhoChangedWhat()
    {
        const QJsonObject base = sheetRow("draft", {{QStringLiteral("1.1"), points(2)}});
        const QJsonObject server
            = sheetRow("draft", {{QStringLiteral("1.1"), points(2)}, {QStringLiteral("1.2"), points(3)}});
        // Here the values and explanations as the client's columns hold them (JSON text).
        QJsonObject local
            = sheetRow("draft", {{QStringLiteral("1.1"), points(2)}, {QStringLiteral("1.2"), points(1)}},
                       {{QStringLiteral("1.1"), QStringLiteral("Có báo cáo")}});
        local.insert(QStringLiteral("campaign_id"), 7);
        local.insert(QStringLiteral("flags"), QStringLiteral("[]"));
        QJsonObject serverWithFlags = server;
        serverWithFlags.insert(QStringLiteral("flags"), QJsonArray());
        const QList<ConflictField> fields = ConflictComparison::compare(base, true, serverWithFlags, local);
        const QList<ConflictField> differing = ConflictComparison::differing(fields);
        QCOMPARE(paths(differing),
                 (QStringList{QStringLiteral("explanations.1.1"), QStringLiteral("values.self.1.2")}));
        QVERIFY(!paths(fields).contains(QStringLiteral("totals")));
        QVERIFY(!paths(fields).contains(QStringLiteral("campaign_uuid")));
        const ConflictField& leaf = differing.at(1);
        QVERIFY(leaf.changedOnServer());
        QVERIFY(leaf.changedHere());
        QVERIFY(!differing.at(0).changedOnServer());
        QCOMPARE(ConflictComparison::display(leaf.path, leaf.server), QStringLiteral("3"));
        QCOMPARE(ConflictComparison::display(leaf.path, leaf.base), QStringLiteral("—"));
        DANHGIA_READ_SET(set, ConflictSet);
        QVERIFY(ConflictComparison::label(leaf.path, &set).contains(QStringLiteral("Tiêu chí 1.2")));
    }

    void aReasonFollowsItsValueUnderKeepMine()
    {
        DANHGIA_READ_SET(set, ConflictSet);
        QJsonObject server = sheetRow("submitted", {});
        server.insert(
            QStringLiteral("values"),
            QJsonObject{{QStringLiteral("appraised"), QJsonObject{{QStringLiteral("1.2"), points(3)}}}});
        server.insert(QStringLiteral("reasons"),
                      QJsonObject{{QStringLiteral("appraised"),
                                   QJsonObject{{QStringLiteral("1.2"), QStringLiteral("A")}}}});
        QJsonObject local = server;
        local.insert(
            QStringLiteral("values"),
            QJsonObject{{QStringLiteral("appraised"), QJsonObject{{QStringLiteral("1.2"), points(2)}}}});
        local.insert(QStringLiteral("reasons"),
                     QJsonObject{{QStringLiteral("appraised"),
                                  QJsonObject{{QStringLiteral("1.2"), QStringLiteral("B")}}}});
        ConflictResolution::Context context;
        context.isSheet = true;
        context.serverState = SheetState::Submitted;
        context.set = &set;
        const QList<ConflictField> fields = ConflictComparison::compare({}, false, server, local);
        QCOMPARE(ConflictComparison::differing(fields).size(), 2);
        const auto outcome = ConflictResolution::decide(fields, ConflictKeep::Mine, {}, context);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.writes().size(), 1);
        // Chosen on its own, it is refused and says to choose for its value.
        const auto alone = ConflictResolution::decide(
            fields, ConflictKeep::Server,
            {{QStringLiteral("reasons.appraised.1.2"), ConflictKeep::Mine, QString()}}, context);
        QCOMPARE(alone.problems.size(), 1);
        QVERIFY(alone.problems.first().contains(QStringLiteral("values.appraised.1.2")));
    }

    void aDeletedRowIsOneField()
    {
        const QList<ConflictField> fields = ConflictComparison::compare({}, false, {}, sheetRow("draft", {}));
        QCOMPARE(paths(fields), QStringList{QStringLiteral("deleted")});
        QVERIFY(fields.first().differs());
        QVERIFY(!fields.first().changedOnServer());
    }

    void keepsMineOrTypedValuesThatFitTheMethod()
    {
        DANHGIA_READ_SET(set, ConflictSet);
        const QList<ConflictField> fields
            = ConflictComparison::compare({}, false, sheetRow("draft", {{QStringLiteral("1.2"), points(3)}}),
                                          sheetRow("draft", {{QStringLiteral("1.2"), points(1)}}));
        ConflictResolution::Context context;
        context.isSheet = true;
        context.serverState = SheetState::Draft;
        context.set = &set;
        auto outcome = ConflictResolution::decide(fields, ConflictKeep::Mine, {}, context);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.writes().size(), 1);
        QCOMPARE(outcome.writes().first().leafValue->number, dec("1"));
        outcome = ConflictResolution::decide(
            fields, ConflictKeep::Server,
            {{QStringLiteral("values.self.1.2"), ConflictKeep::Edited, QStringLiteral("4,5")}}, context);
        QVERIFY(outcome.problems.isEmpty());
        QCOMPARE(outcome.writes().first().leafValue->number, dec("4.5"));
        // A typed value the method refuses, and a choice for a field that does not differ.
        outcome = ConflictResolution::decide(
            fields, ConflictKeep::Server,
            {{QStringLiteral("values.self.1.2"), ConflictKeep::Edited, QStringLiteral("9")},
             {QStringLiteral("values.self.1.1"), ConflictKeep::Mine, QString()}},
            context);
        QCOMPARE(outcome.problems.size(), 2);
        QVERIFY(outcome.problems.join(QLatin1Char('\n')).contains(QStringLiteral("values.self.1.2")));
        QVERIFY(outcome.problems.join(QLatin1Char('\n')).contains(QStringLiteral("values.self.1.1")));
        outcome = ConflictResolution::decide(fields, ConflictKeep::Server, {}, context);
        QVERIFY(outcome.problems.isEmpty());
        QVERIFY(outcome.writes().isEmpty());
    }

    void aSheetApprovedMeanwhileKeepsTheServersStateAndValues()
    {
        DANHGIA_READ_SET(set, ConflictSet);
        const QList<ConflictField> fields
            = ConflictComparison::compare(sheetRow("submitted", {{QStringLiteral("1.2"), points(3)}}), true,
                                          sheetRow("approved", {{QStringLiteral("1.2"), points(3)}}),
                                          sheetRow("draft", {{QStringLiteral("1.2"), points(1)}}));
        ConflictResolution::Context context;
        context.isSheet = true;
        context.serverState = SheetState::Approved;
        context.approvedSinceBase = true;
        context.set = &set;
        const auto refused = ConflictResolution::decide(fields, ConflictKeep::Mine, {}, context);
        QCOMPARE(refused.problems.size(), 2);
        QVERIFY(refused.problems.join(QLatin1Char('\n')).contains(QStringLiteral("reopen")));
        QVERIFY(!ConflictResolution::allows(fields.at(0), ConflictKeep::Mine, context));
        QVERIFY(ConflictResolution::allows(fields.at(0), ConflictKeep::Server, context));
        const auto accepted = ConflictResolution::decide(fields, ConflictKeep::Server, {}, context);
        QVERIFY(accepted.problems.isEmpty());
        QVERIFY(!accepted.stateAction);
    }

    void theStateKeptMineNeedsAWorkflowAction()
    {
        DANHGIA_READ_SET(set, ConflictSet);
        ConflictResolution::Context context;
        context.isSheet = true;
        context.serverState = SheetState::Draft;
        context.set = &set;
        const QList<ConflictField> fields
            = ConflictComparison::compare({}, false, sheetRow("draft", {}), sheetRow("submitted", {}));
        const auto outcome = ConflictResolution::decide(fields, ConflictKeep::Mine, {}, context);
        QVERIFY(outcome.problems.isEmpty());
        QCOMPARE(*outcome.stateAction, WorkflowAction::Submit);
        const auto typed = ConflictResolution::decide(
            fields, ConflictKeep::Server,
            {{QStringLiteral("state"), ConflictKeep::Edited, QStringLiteral("x")}}, context);
        QCOMPARE(typed.problems.size(), 1);
    }

    void otherRowsKeepTheServersVersionOnly()
    {
        ConflictResolution::Context context;
        const QList<ConflictField> fields
            = ConflictComparison::compare({}, false, {{QStringLiteral("name"), QStringLiteral("Xã A")}},
                                          {{QStringLiteral("name"), QStringLiteral("Xã B")}});
        QCOMPARE(ConflictResolution::decide(fields, ConflictKeep::Mine, {}, context).problems.size(), 1);
        QVERIFY(ConflictResolution::decide(fields, ConflictKeep::Server, {}, context).problems.isEmpty());
    }

    void readsAFieldsChoiceAsTyped()
    {
        QString error;
        auto choice = ConflictResolution::parseChoice(QStringLiteral("values.self.1.2=mine"), &error);
        QVERIFY(choice && choice->keep == ConflictKeep::Mine);
        choice = ConflictResolution::parseChoice(QStringLiteral("values.self.1.2=4,5"), &error);
        QVERIFY(choice && choice->keep == ConflictKeep::Edited && choice->edited == QStringLiteral("4,5"));
        QVERIFY(!ConflictResolution::parseChoice(QStringLiteral("=mine"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ConflictResolution::parseChoice(QStringLiteral("state="), &error));
    }
};

QTEST_GUILESS_MAIN(TestConflictResolution)
#include "TestConflictResolution.moc"
