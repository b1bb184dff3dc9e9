// CouncilWriter: writes "danhgia.council/1" documents that CouncilReader reads back to the same
// session, with every field and every decimal exactly as it was.

#include "CouncilTestSupport.h"
#include "TestSupport.h"
#include "councils/CouncilWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace danhgia;
using namespace danhgia::test;

class TestCouncilWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerRoundTripsTheExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("qd612") << QStringLiteral("examples/sat-hach-qd612.council.json");
        QTest::newRow("tt06") << QStringLiteral("examples/sat-hach-tt06.council.json");
    }
    void writerRoundTripsTheExamples()
    {
        QFETCH(QString, file);
        const CouncilSession original = readCouncil(readData(file));
        QCOMPARE(original.candidates.size(), 8);
        const QByteArray written = CouncilWriter::write(original);
        const CouncilSession back = readCouncil(written);
        QCOMPARE(canonical(back), canonical(original));
        QCOMPARE(back.resultsJson(), original.resultsJson());
        QCOMPARE(CouncilWriter::write(back), written);
        // Decimals as their exact text, not as strings and not through a double.
        QVERIFY(written.contains(R"("TV1":72.25)"));
        QVERIFY(written.contains(R"("agreed":68.5)"));
    }

    void writerKeepsEveryField()
    {
        CouncilSession session;
        session.title = QStringLiteral("Hội đồng \"A\" \\ số 1");
        session.max = dec("12345.6789");
        session.decimals = 4;
        session.pass = dec("0.0001");
        session.dialogue = CouncilSession::circular06Rules();
        session.members = {{QStringLiteral("B"), QStringLiteral("Lộc Thị Hạnh"), QStringLiteral("Ủy viên")},
                           {QStringLiteral("C"), QString(), QString()}};
        session.candidates = {{QStringLiteral("TS1"),
                               QStringLiteral("Đinh Văn Tài"),
                               {{QStringLiteral("B"), dec("9999.9999")}, {QStringLiteral("C"), dec("0.1")}},
                               dec("3.3333")},
                              {QStringLiteral("TS2"),
                               QString(),
                               {{QStringLiteral("B"), dec("0")}, {QStringLiteral("C"), dec("12345.6789")}},
                               std::nullopt}};
        const QByteArray written = CouncilWriter::write(session);
        QVERIFY(written.contains(R"("max":12345.6789)"));
        QVERIFY(written.contains(R"("B":9999.9999,"C":0.1)"));
        QVERIFY(written.contains(R"("pass":0.0001)"));
        QVERIFY(written.contains(R"("spread_over":5)"));
        QVERIFY(QJsonDocument::fromJson(written).object().value(QStringLiteral("max")).isDouble());
        QCOMPARE(canonical(readCouncil(written)), canonical(session));

        // An empty rule list stays empty (it does not fall back to Decision 612); no pass mark and
        // no agreed score stay absent.
        session.dialogue.clear();
        session.pass.reset();
        session.candidates.first().agreed.reset();
        const QByteArray without = CouncilWriter::write(session);
        QVERIFY(!without.contains("pass") && !without.contains("agreed"));
        const CouncilSession back = readCouncil(without);
        QCOMPARE(back.candidates.size(), 2);
        QVERIFY(back.dialogue.isEmpty());
        QVERIFY(!back.pass.has_value());
        QVERIFY(!back.candidates.first().agreed.has_value());
        QCOMPARE(canonical(back), canonical(session));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCouncilWriter)
#include "TestCouncilWriter.moc"
