// The people of a council as its documents name them: roles read from codes or from titles, the
// order of the attendees, the chair, the secretary and who holds a dialogue.

#include "TestSupport.h"
#include "councils/CouncilReader.h"
#include "councils/CouncilRoles.h"
#include "documents/CouncilMinutes.h"
#include "documents/CouncilPeople.h"

#include <QGuiApplication>

using namespace danhgia;

namespace {

QStringList utf8(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

CouncilSession sampleSession()
{
    ValidationIssues issues;
    CouncilSession session = CouncilReader::read(
        danhgia::test::readData(QStringLiteral("documents/council-minutes.council.json")), &issues);
    if (!issues.isEmpty()) {
        qFatal("the council test file has issues");
    }
    return session;
}

DocumentSettings sampleSettings()
{
    return CouncilMinutes::defaultSettings(QDate(2026, 1, 5));
}

} // namespace

class TestCouncilPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesAreReadFromCodesAndTitles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << QStringLiteral("chu_tich") << CouncilRoles::Chair;
        QTest::newRow("chair title") << QStringLiteral("Chủ tịch Hội đồng") << CouncilRoles::Chair;
        QTest::newRow("vice-chair") << QStringLiteral("Phó Chủ tịch Hội đồng") << CouncilRoles::ViceChair;
        QTest::newRow("member and secretary")
            << QStringLiteral("Ủy viên kiêm Thư ký") << CouncilRoles::Secretary;
        QTest::newRow("old spelling") << QStringLiteral("Uỷ viên") << CouncilRoles::Member;
        QTest::newRow("board head") << QStringLiteral("trưởng ban") << CouncilRoles::BoardHead;
        QTest::newRow("none") << QStringLiteral("Khách mời") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void rolesAreReadFromCodesAndTitles()
    {
        QFETCH(QString, role);
        QFETCH(QString, code);
        QCOMPARE(CouncilPeople::roleCode(role), code);
    }

    void membersAreOrderedChairFirstAndNaturally()
    {
        QVERIFY(CouncilPeople::idLess(QStringLiteral("TV2"), QStringLiteral("TV10")));
        QVERIFY(!CouncilPeople::idLess(QStringLiteral("TV10"), QStringLiteral("TV2")));
        QVERIFY(CouncilPeople::idLess(QStringLiteral("A9"), QStringLiteral("B1")));
        CouncilSession session = sampleSession();
        const CouncilPeople people(session, sampleSettings());
        QStringList order;
        for (const CouncilPerson& person : people.members()) {
            order.append(person.id);
        }
        // TV1 chair, TV2 board head, TV3 member, TV4 member and secretary.
        QCOMPARE(order, utf8({"TV1", "TV2", "TV3", "TV4"}));
        QCOMPARE(people.minutesChair().name, QStringLiteral("Hoàng Văn Thắng"));
        QCOMPARE(people.minutesSecretary().name, QStringLiteral("Đàm Thị Ngọc Ánh"));
        QCOMPARE(people.dialogueHolder(CouncilRoles::BoardHead), QStringLiteral("Trưởng ban (Lộc Thị Hạnh)"));
    }

    void unlistedScorersAreListedByTheirId()
    {
        CouncilSession session = sampleSession();
        session.members.removeIf([](const CouncilMember& m) { return m.id == QLatin1String("TV3"); });
        const CouncilPeople people(session, sampleSettings());
        const CouncilPerson* unlisted = people.member(QStringLiteral("TV3"));
        QVERIFY(unlisted);
        QVERIFY(!unlisted->listed);
        QCOMPARE(unlisted->name, QStringLiteral("TV3"));
        QCOMPARE(unlisted->roleTitle, QStringLiteral("Thành viên Hội đồng"));
        QCOMPARE(people.scorers().size(), 4);
    }

    void settingsNamesOverrideTheFile()
    {
        DocumentSettings settings = sampleSettings();
        settings.chair.name = QStringLiteral("Lương Văn Minh");
        const CouncilSession session = sampleSession();
        const CouncilPeople people(session, settings);
        QCOMPARE(people.minutesChair().name, QStringLiteral("Lương Văn Minh"));
        QCOMPARE(people.minutesChair().title, QStringLiteral("Chủ tọa"));
        QCOMPARE(people.sheetChair().title, QStringLiteral("Chủ tịch Hội đồng"));
        QCOMPARE(people.dialogueHolder(CouncilRoles::Chair),
                 QStringLiteral("Chủ tịch Hội đồng (Lương Văn Minh)"));
        QCOMPARE(people.chairLine(), QStringLiteral("Lương Văn Minh, Chủ tịch Hội đồng."));
    }

    void unknownHoldersAreNamedByTheirTitle()
    {
        CouncilSession session = sampleSession();
        session.members.clear();
        const CouncilPeople people(session, sampleSettings());
        QCOMPARE(people.dialogueHolder(CouncilRoles::BoardHead), QStringLiteral("Trưởng ban"));
        QCOMPARE(people.dialogueHolder(QStringLiteral("giam_doc")), QStringLiteral("giam_doc"));
        QVERIFY(people.chairLine().startsWith(QStringLiteral("....")));
        QVERIFY(people.minutesSecretary().name.isEmpty());
    }
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestCouncilPeople)
#include "TestCouncilPeople.moc"
