// A conflict on a row other than a score sheet, column by column (ConflictColumns with
// ConflictComparison and ConflictResolution): a person's and a campaign's columns compared with
// the bookkeeping left out, a reference compared by the UUID of the row it names and shown by its
// title, a NULL kept null, and each column kept mine, the server's or typed under its rule.

#include "conflicts/ConflictColumns.h"
#include "conflicts/ConflictComparison.h"
#include "conflicts/ConflictResolution.h"

#include <QtTest>

using namespace danhgia;

namespace {

const QString Xcl = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString Xdd = QStringLiteral("22222222-2222-4222-8222-222222222222");

// A person in the server's form, with the bookkeeping a local row carries too.
QJsonObject person(const QString& name, const QString& position, const QString& unit)
{
    return {{QStringLiteral("id"), 7},
            {QStringLiteral("uuid"), QStringLiteral("p-1")},
            {QStringLiteral("revision"), 3},
            {QStringLiteral("server_version"), 12},
            {QStringLiteral("updated_at"), QStringLiteral("2026-05-01T08:00:00.000Z")},
            {QStringLiteral("search_key"), QStringLiteral("nguyen van an")},
            {QStringLiteral("code"), QStringLiteral("CB01")},
            {QStringLiteral("full_name"), name},
            {QStringLiteral("position"), position},
            {QStringLiteral("task_group"), QString()},
            {QStringLiteral("is_leader"), 1},
            {QStringLiteral("unit_uuid"), unit}};
}

QJsonObject campaign(const QJsonValue& selfDeadline, const QJsonValue& appraisalDeadline)
{
    return {{QStringLiteral("code"), QStringLiteral("CCHC-2026")},
            {QStringLiteral("title"), QStringLiteral("Chỉ số CCHC 2026")},
            {QStringLiteral("kind"), QStringLiteral("par_index")},
            {QStringLiteral("criteria_set_uuid"), QStringLiteral("s-1")},
            {QStringLiteral("self_deadline"), selfDeadline},
            {QStringLiteral("appraisal_deadline"), appraisalDeadline}};
}

QStringList paths(const QList<ConflictField>& fields)
{
    QStringList list;
    for (const ConflictField& field : fields) {
        list.append(field.path);
    }
    return list;
}

ConflictResolution::Context context(const QString& entity)
{
    ConflictResolution::Context context;
    context.entity = entity;
    context.titles = {{Xcl, QStringLiteral("XCL — Ủy ban nhân dân xã Chi Lăng")},
                      {Xdd, QStringLiteral("XDD — Ủy ban nhân dân xã Đồng Đăng")}};
    return context;
}

const ConflictField& fieldOf(const QList<ConflictField>& fields, const QString& path)
{
    for (const ConflictField& field : fields) {
        if (field.path == path) {
            return field;
        }
    }
    static const ConflictField none;
    return none;
}

} // namespace

class TestConflictColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPersonIsComparedColumnByColumnWithItsUnit()
    {
        const QJsonObject base = person(QStringLiteral("Nguyễn Văn An"), QStringLiteral("Công chức"), Xcl);
        const QJsonObject server = person(QStringLiteral("Nguyễn Văn Ân"), QStringLiteral("Chủ tịch"), Xcl);
        const QJsonObject local = person(QStringLiteral("Nguyễn Văn Anh"), QStringLiteral("Công chức"), Xdd);
        const QList<ConflictField> fields
            = ConflictComparison::compare(base, true, server, local, QStringLiteral("people"));
        // Ids, versions, timestamps and the search key are not offered; the unit is, by its UUID.
        QCOMPARE(paths(fields),
                 (QStringList{QStringLiteral("code"), QStringLiteral("full_name"),
                              QStringLiteral("is_leader"), QStringLiteral("position"),
                              QStringLiteral("task_group"), QStringLiteral("unit_uuid")}));
        const QList<ConflictField> differing = ConflictComparison::differing(fields);
        QCOMPARE(paths(differing),
                 (QStringList{QStringLiteral("full_name"), QStringLiteral("position"),
                              QStringLiteral("unit_uuid")}));
        const ConflictField& unit = fieldOf(fields, QStringLiteral("unit_uuid"));
        QVERIFY(unit.changedHere() && !unit.changedOnServer());
        const ConflictField& position = fieldOf(fields, QStringLiteral("position"));
        QVERIFY(position.changedOnServer() && !position.changedHere());

        const auto titles = context(QStringLiteral("people")).titles;
        QCOMPARE(ConflictComparison::display(unit.path, unit.local, titles),
                 QStringLiteral("XDD — Ủy ban nhân dân xã Đồng Đăng"));
        QCOMPARE(ConflictComparison::display(unit.path, unit.server, titles),
                 QStringLiteral("XCL — Ủy ban nhân dân xã Chi Lăng"));
        QCOMPARE(ConflictComparison::display(QStringLiteral("is_leader"), QJsonValue(1), titles),
                 QStringLiteral("yes"));
        QCOMPARE(ConflictComparison::label(QStringLiteral("full_name"), nullptr),
                 QStringLiteral("Full name"));
        QCOMPARE(ConflictComparison::label(QStringLiteral("unit_uuid"), nullptr), QStringLiteral("Unit"));
        QCOMPARE(ConflictColumns::rowTitle(QStringLiteral("people"), local),
                 QStringLiteral("CB01 — Nguyễn Văn Anh"));
    }

    void aNullStaysNull()
    {
        const QJsonValue none(QJsonValue::Null);
        const QList<ConflictField> fields = ConflictComparison::compare(
            {}, false, campaign(QStringLiteral("2026-12-15"), none),
            campaign(QStringLiteral("2026-12-20"), none), QStringLiteral("campaigns"));
        const ConflictField& appraisal = fieldOf(fields, QStringLiteral("appraisal_deadline"));
        QVERIFY(appraisal.server.isNull() && appraisal.local.isNull());
        QVERIFY(!appraisal.differs());
        QCOMPARE(ConflictComparison::display(appraisal.path, appraisal.local, {}), QStringLiteral("—"));
        QCOMPARE(paths(ConflictComparison::differing(fields)), QStringList{QStringLiteral("self_deadline")});
        QCOMPARE(ConflictComparison::display(QStringLiteral("self_deadline"),
                                             QJsonValue(QStringLiteral("2026-12-20")), {}),
                 QStringLiteral("20/12/2026"));
        // A null here against a date on the server differs, and is kept as a null.
        const QList<ConflictField> cleared = ConflictComparison::compare(
            {}, false, campaign(QStringLiteral("2026-12-15"), QStringLiteral("2027-01-10")),
            campaign(QStringLiteral("2026-12-15"), none), QStringLiteral("campaigns"));
        const auto outcome = ConflictResolution::decide(cleared, ConflictKeep::Mine, {},
                                                        context(QStringLiteral("campaigns")));
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.decisions.size(), 1);
        QVERIFY(outcome.decisions.first().column.isNull());
    }

    void eachColumnIsKeptMineTheServersOrTyped()
    {
        const QList<ConflictField> fields = ConflictComparison::compare(
            {}, false, person(QStringLiteral("Nguyễn Văn Ân"), QStringLiteral("Chủ tịch"), Xcl),
            person(QStringLiteral("Nguyễn Văn Anh"), QStringLiteral("Công chức"), Xdd),
            QStringLiteral("people"));
        const ConflictResolution::Context people = context(QStringLiteral("people"));
        const auto outcome = ConflictResolution::decide(
            fields, ConflictKeep::Server,
            {{QStringLiteral("full_name"), ConflictKeep::Mine, QString()},
             {QStringLiteral("unit_uuid"), ConflictKeep::Mine, QString()},
             {QStringLiteral("position"), ConflictKeep::Edited, QStringLiteral("Phó Chủ tịch")}},
            people);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.decisions.size(), 3);
        for (const ConflictResolution::Decision& decision : outcome.decisions) {
            const QString expected = decision.field.path == QLatin1String("full_name")
                ? QStringLiteral("Nguyễn Văn Anh")
                : decision.field.path == QLatin1String("unit_uuid") ? Xdd
                                                                    : QStringLiteral("Phó Chủ tịch");
            QCOMPARE(decision.column.toString(), expected);
        }
        // A reference is kept, never typed; a name may be typed.
        const ConflictField& unit = fieldOf(fields, QStringLiteral("unit_uuid"));
        QVERIFY(ConflictResolution::allows(unit, ConflictKeep::Mine, people));
        QVERIFY(!ConflictResolution::allows(unit, ConflictKeep::Edited, people));
        QVERIFY(ConflictResolution::allows(fieldOf(fields, QStringLiteral("full_name")), ConflictKeep::Edited,
                                           people));
        const auto typedUnit = ConflictResolution::decide(
            fields, ConflictKeep::Server,
            {{QStringLiteral("unit_uuid"), ConflictKeep::Edited, QStringLiteral("XDD")}}, people);
        QCOMPARE(typedUnit.problems.size(), 1);
        QVERIFY(typedUnit.problems.first().contains(QStringLiteral("unit_uuid")));
    }

    void aKeptOrTypedValueMustFitItsColumn()
    {
        // A required name kept empty: refused, naming the field.
        const QList<ConflictField> fields = ConflictComparison::compare(
            {}, false, person(QStringLiteral("Nguyễn Văn Ân"), QStringLiteral("Chủ tịch"), Xcl),
            person(QStringLiteral(" "), QStringLiteral("Chủ tịch"), Xcl), QStringLiteral("people"));
        const ConflictResolution::Context people = context(QStringLiteral("people"));
        auto outcome = ConflictResolution::decide(fields, ConflictKeep::Mine, {}, people);
        QCOMPARE(outcome.problems.size(), 1);
        QVERIFY(outcome.problems.first().contains(QStringLiteral("Full name (full_name)")));
        QVERIFY(!ConflictResolution::allows(fieldOf(fields, QStringLiteral("full_name")), ConflictKeep::Mine,
                                            people));
        outcome = ConflictResolution::decide(fields, ConflictKeep::Server,
                                             {{QStringLiteral("full_name"), ConflictKeep::Edited, QString()}},
                                             people);
        QCOMPARE(outcome.problems.size(), 1);

        // A date typed must be a date; typed as the officer writes it, stored as ISO.
        const QList<ConflictField> dates = ConflictComparison::compare(
            {}, false, campaign(QStringLiteral("2026-12-15"), QJsonValue()),
            campaign(QStringLiteral("2026-12-20"), QJsonValue()), QStringLiteral("campaigns"));
        const ConflictResolution::Context campaigns = context(QStringLiteral("campaigns"));
        outcome = ConflictResolution::decide(
            dates, ConflictKeep::Server,
            {{QStringLiteral("self_deadline"), ConflictKeep::Edited, QStringLiteral("31/02/2026")}},
            campaigns);
        QCOMPARE(outcome.problems.size(), 1);
        QVERIFY(outcome.problems.first().contains(QStringLiteral("self_deadline")));
        QVERIFY(outcome.problems.first().contains(QStringLiteral("31/02/2026")));
        outcome = ConflictResolution::decide(
            dates, ConflictKeep::Server,
            {{QStringLiteral("self_deadline"), ConflictKeep::Edited, QStringLiteral("18/12/2026")}},
            campaigns);
        QVERIFY(outcome.problems.isEmpty());
        QCOMPARE(outcome.decisions.first().column.toString(), QStringLiteral("2026-12-18"));

        // A number, a yes/no, one of a choice.
        const auto number
            = *ConflictColumns::find(QStringLiteral("surveys"), QStringLiteral("planned_sample"));
        QString error;
        QVERIFY(!ConflictColumns::parse(number, QStringLiteral("ba mươi"), &error));
        QCOMPARE(ConflictColumns::parse(number, QStringLiteral("30"), &error)->toInteger(), 30);
        const auto leader = *ConflictColumns::find(QStringLiteral("people"), QStringLiteral("is_leader"));
        QCOMPARE(ConflictColumns::parse(leader, QStringLiteral("Có"), &error)->toInteger(), 1);
        QVERIFY(!ConflictColumns::parse(leader, QStringLiteral("hình như"), &error));
        const auto kind = *ConflictColumns::find(QStringLiteral("units"), QStringLiteral("kind"));
        QVERIFY(!ConflictColumns::parse(kind, QStringLiteral("xa"), &error));
        QVERIFY(ConflictColumns::parse(kind, QStringLiteral("commune"), &error));
        QVERIFY(ConflictColumns::find(QStringLiteral("units"), QStringLiteral("code"))->unique);
        // JSON is kept whole, never typed.
        QVERIFY(!ConflictColumns::typable(
            *ConflictColumns::find(QStringLiteral("campaigns"), QStringLiteral("periods"))));
    }

    void aCriteriaSetPublishedOnTheServerKeepsTheServersVersion()
    {
        const QJsonObject server{{QStringLiteral("title"), QStringLiteral("Bộ 2026")},
                                 {QStringLiteral("status"), QStringLiteral("published")}};
        const QJsonObject local{{QStringLiteral("title"), QStringLiteral("Bộ 2026 (sửa)")},
                                {QStringLiteral("status"), QStringLiteral("draft")}};
        const QList<ConflictField> fields
            = ConflictComparison::compare({}, false, server, local, QStringLiteral("criteria_sets"));
        ConflictResolution::Context sets = context(QStringLiteral("criteria_sets"));
        sets.publishedOnServer = true;
        QCOMPARE(ConflictResolution::decide(fields, ConflictKeep::Mine, {}, sets).problems.size(), 2);
        QVERIFY(ConflictResolution::decide(fields, ConflictKeep::Server, {}, sets).problems.isEmpty());
    }

    void anOverriddenGradeKeepsItsReasonAndApprover()
    {
        auto decision = [](int overridden, const char* reason) {
            return QJsonObject{{QStringLiteral("subject_code"), QStringLiteral("CB01")},
                               {QStringLiteral("grade"), QStringLiteral("xuat_sac")},
                               {QStringLiteral("is_override"), overridden},
                               {QStringLiteral("reason"), QString::fromUtf8(reason)},
                               {QStringLiteral("approver"), QStringLiteral("Chủ tịch UBND tỉnh")}};
        };
        const QList<ConflictField> fields
            = ConflictComparison::compare({}, false, decision(0, ""), decision(1, "Thành tích đột xuất"),
                                          QStringLiteral("grade_decisions"));
        const ConflictResolution::Context grades = context(QStringLiteral("grade_decisions"));
        // The override kept without its reason: refused, naming the field.
        auto outcome = ConflictResolution::decide(
            fields, ConflictKeep::Server, {{QStringLiteral("is_override"), ConflictKeep::Mine, QString()}},
            grades);
        QCOMPARE(outcome.problems.size(), 1);
        QVERIFY(outcome.problems.first().contains(QStringLiteral("is_override")));
        outcome = ConflictResolution::decide(fields, ConflictKeep::Mine, {}, grades);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(QLatin1Char('\n'))));
    }

    void onlyARoleThatMayWriteTheRowKeepsItsColumns()
    {
        QVERIFY(
            !ConflictResolution::permissionRefusal(QStringLiteral("people"), Role::SelfAssessor).isEmpty());
        QVERIFY(
            ConflictResolution::permissionRefusal(QStringLiteral("people"), Role::Administrator).isEmpty());
        QVERIFY(
            !ConflictResolution::permissionRefusal(QStringLiteral("campaigns"), Role::Appraiser).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConflictColumns)
#include "TestConflictColumns.moc"
