#include "ByteRange.h"

#include <QtTest>

using danhgia::server::ByteRange;

// The Range header of an evidence download: "bytes=N-" and "bytes=N-M" are understood; every other
// form (several ranges, a suffix, another unit, a number that is not one) is not, and the server
// then answers the whole file; a range is satisfiable when it starts before the end.
class TestByteRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromAByteToTheEnd()
    {
        const auto range = ByteRange::parse("bytes=1048576-");
        QVERIFY(range);
        QCOMPARE(range->first(), 1048576);
        QCOMPARE(range->last(3000000), 2999999);
        QVERIFY(range->satisfiable(3000000));
        QVERIFY(!range->satisfiable(1048576));
        QCOMPARE(ByteRange::parse(" bytes=0- ")->first(), 0);
    }
    void boundedRangeStopsAtTheEndOfTheFile()
    {
        const auto range = ByteRange::parse("bytes=10-19");
        QVERIFY(range);
        QCOMPARE(range->first(), 10);
        QCOMPARE(range->last(100), 19);
        QCOMPARE(range->last(15), 14);
    }
    void otherFormsAreNotUnderstood_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("absent") << QByteArray();
        QTest::newRow("suffix") << QByteArray("bytes=-500");
        QTest::newRow("several") << QByteArray("bytes=0-9,20-");
        QTest::newRow("unit") << QByteArray("items=0-");
        QTest::newRow("negative") << QByteArray("bytes=-1-");
        QTest::newRow("not a number") << QByteArray("bytes=abc-");
        QTest::newRow("sign") << QByteArray("bytes=+5-");
        QTest::newRow("backwards") << QByteArray("bytes=20-10");
        QTest::newRow("too long") << QByteArray("bytes=12345678901234567890-");
    }
    void otherFormsAreNotUnderstood()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!ByteRange::parse(header));
    }
};

QTEST_GUILESS_MAIN(TestByteRange)
#include "TestByteRange.moc"
