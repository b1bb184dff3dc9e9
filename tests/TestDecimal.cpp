// danhgia::Decimal: exact decimal arithmetic and the contract's rounding (half up, away from zero).

#include "TestSupport.h"
#include "numbers/Decimal.h"

#include <limits>
#include <random>

using danhgia::Decimal;
using danhgia::WideInt;

namespace {

Decimal dec(const char* text)
{
    const auto value = Decimal::fromString(QLatin1String(text));
    if (!value) {
        qFatal("bad decimal literal in test: %s", text);
    }
    return *value;
}

} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumIsExact()
    {
        const Decimal sum = dec("0.1") + dec("0.2");
        QCOMPARE(sum.units(), qint64(3000));
        QVERIFY(sum == dec("0.3"));
        QCOMPARE(sum.toString(), QStringLiteral("0.3"));
        // Ten times 0.1 is exactly 1 (it is not in binary floating point).
        Decimal total;
        for (int i = 0; i < 10; ++i) {
            total += dec("0.1");
        }
        QVERIFY(total == Decimal::fromInt(1));
        QCOMPARE((dec("1") - dec("0.9")).units(), qint64(1000));
    }

    void contractExamples()
    {
        QCOMPARE(dec("85.665").rounded(2).toString(), QStringLiteral("85.67"));
        const auto fromDouble = Decimal::fromDouble(85.665);
        QVERIFY(fromDouble.has_value());
        QCOMPARE(fromDouble->units(), qint64(856650));
        QCOMPARE(fromDouble->rounded(2).toString(), QStringLiteral("85.67"));
        QCOMPARE(fromDouble->toString(2), QStringLiteral("85.67"));
        // 2/3 of 1.
        QCOMPARE(Decimal::fromRatio(WideInt(2), WideInt(3), 2).toString(), QStringLiteral("0.67"));
        QCOMPARE(Decimal::fromRatio(WideInt(2), WideInt(3), 2).units(), qint64(6700));
        // 66.6666...
        QCOMPARE(Decimal::fromRatio(WideInt(200), WideInt(3), 2).toString(), QStringLiteral("66.67"));
        QCOMPARE(Decimal::fromRatio(WideInt(200), WideInt(3), 1).toString(), QStringLiteral("66.7"));
        QCOMPARE(dec("66.6667").rounded(1).toString(), QStringLiteral("66.7"));
    }

    void negativeHalfAwayFromZero()
    {
        QCOMPARE(dec("-0.125").rounded(2).toString(), QStringLiteral("-0.13"));
        QCOMPARE(dec("-0.125").toString(2), QStringLiteral("-0.13"));
        QCOMPARE(Decimal::fromRatio(WideInt(-1), WideInt(8), 2).toString(), QStringLiteral("-0.13"));
        QCOMPARE(Decimal::fromRatio(WideInt(1), WideInt(-8), 2).toString(), QStringLiteral("-0.13"));
        QCOMPARE(Decimal::fromRatio(WideInt(-1), WideInt(-8), 2).toString(), QStringLiteral("0.13"));
        QCOMPARE(dec("-2.5").rounded(0).toString(), QStringLiteral("-3"));
        QCOMPARE(dec("-0.124").rounded(2).toString(), QStringLiteral("-0.12"));
        QCOMPARE(dec("-85.665").rounded(2).toString(), QStringLiteral("-85.67"));
        // A negative value that rounds to zero prints without a sign.
        QCOMPARE(dec("-0.004").toString(2), QStringLiteral("0.00"));
        QVERIFY(dec("-0.004").rounded(2).isZero());
    }

    void roundingPlaces_data()
    {
        QTest::addColumn<qlonglong>("numerator");
        QTest::addColumn<qlonglong>("denominator");
        QTest::addColumn<int>("places");
        QTest::addColumn<QString>("expected");
        // 12.34567 = 1234567 / 100000
        QTest::newRow("12.34567@0") << 1234567LL << 100000LL << 0 << QStringLiteral("12");
        QTest::newRow("12.34567@1") << 1234567LL << 100000LL << 1 << QStringLiteral("12.3");
        QTest::newRow("12.34567@2") << 1234567LL << 100000LL << 2 << QStringLiteral("12.35");
        QTest::newRow("12.34567@3") << 1234567LL << 100000LL << 3 << QStringLiteral("12.346");
        QTest::newRow("12.34567@4") << 1234567LL << 100000LL << 4 << QStringLiteral("12.3457");
        // Exact halves go up.
        QTest::newRow("2.5@0") << 5LL << 2LL << 0 << QStringLiteral("3");
        QTest::newRow("0.05@1") << 1LL << 20LL << 1 << QStringLiteral("0.1");
        QTest::newRow("0.005@2") << 1LL << 200LL << 2 << QStringLiteral("0.01");
        QTest::newRow("0.0005@3") << 1LL << 2000LL << 3 << QStringLiteral("0.001");
        QTest::newRow("0.00005@4") << 1LL << 20000LL << 4 << QStringLiteral("0.0001");
        // Just below a half goes down.
        QTest::newRow("0.00499@2") << 499LL << 100000LL << 2 << QStringLiteral("0");
        QTest::newRow("0.000049@4") << 49LL << 1000000LL << 4 << QStringLiteral("0");
        QTest::newRow("-0.00005@4") << -1LL << 20000LL << 4 << QStringLiteral("-0.0001");
        QTest::newRow("-1.45@1") << -145LL << 100LL << 1 << QStringLiteral("-1.5");
        QTest::newRow("1/3@4") << 1LL << 3LL << 4 << QStringLiteral("0.3333");
        QTest::newRow("2/3@0") << 2LL << 3LL << 0 << QStringLiteral("1");
        QTest::newRow("0/7@2") << 0LL << 7LL << 2 << QStringLiteral("0");
    }

    void roundingPlaces()
    {
        QFETCH(qlonglong, numerator);
        QFETCH(qlonglong, denominator);
        QFETCH(int, places);
        QFETCH(QString, expected);
        const Decimal value = Decimal::fromRatio(WideInt(numerator), WideInt(denominator), places);
        QCOMPARE(value.toString(), expected);
        QVERIFY(value.hasAtMostPlaces(places));
    }

    void roundedAtEachPlace()
    {
        const Decimal v = dec("2.4445");
        QCOMPARE(v.rounded(4).toString(), QStringLiteral("2.4445"));
        QCOMPARE(v.rounded(3).toString(), QStringLiteral("2.445"));
        QCOMPARE(v.rounded(2).toString(), QStringLiteral("2.44"));
        QCOMPARE(v.rounded(1).toString(), QStringLiteral("2.4"));
        QCOMPARE(v.rounded(0).toString(), QStringLiteral("2"));
        QCOMPARE(dec("9.9995").rounded(3).toString(), QStringLiteral("10"));
        QCOMPARE(dec("0.5").rounded(0).toString(), QStringLiteral("1"));
    }

    void times()
    {
        QCOMPARE(dec("0.1").times(dec("0.2"), 4).toString(), QStringLiteral("0.02"));
        QCOMPARE(dec("2.5").times(dec("1.5"), 0).toString(), QStringLiteral("4"));
        QCOMPARE(dec("-2.5").times(dec("1.5"), 1).toString(), QStringLiteral("-3.8"));
        QCOMPARE(dec("0.0001").times(dec("0.5"), 4).toString(), QStringLiteral("0.0001"));
        QCOMPARE(dec("1.5").timesInt(3).toString(), QStringLiteral("4.5"));
    }

    void toStringForms()
    {
        QCOMPARE(Decimal::fromInt(100).toString(), QStringLiteral("100"));
        QCOMPARE(Decimal().toString(), QStringLiteral("0"));
        QCOMPARE(dec("-0.5").toString(), QStringLiteral("-0.5"));
        QCOMPARE(dec("85.67").toString(), QStringLiteral("85.67"));
        QCOMPARE(dec("1.2340").toString(), QStringLiteral("1.234"));
        QCOMPARE(dec("0.0001").toString(), QStringLiteral("0.0001"));
        QCOMPARE(dec("85.7").toString(2), QStringLiteral("85.70"));
        QCOMPARE(dec("100").toString(2), QStringLiteral("100.00"));
        QCOMPARE(dec("2.5").toString(0), QStringLiteral("3"));
        QCOMPARE(dec("0.05").toString(4), QStringLiteral("0.0500"));
        QCOMPARE(dec("-12.3456").toString(3), QStringLiteral("-12.346"));
    }

    void toLocaleStringVietnamese()
    {
        const QLocale vi(QLocale::Vietnamese);
        QCOMPARE(dec("85.67").toLocaleString(vi), QStringLiteral("85,67"));
        QCOMPARE(dec("1234567.5").toLocaleString(vi), QStringLiteral("1.234.567,5"));
        QCOMPARE(dec("1234567.5").toLocaleString(vi, 2), QStringLiteral("1.234.567,50"));
        QCOMPARE(dec("85.665").toLocaleString(vi, 2), QStringLiteral("85,67"));
        QCOMPARE(dec("100").toLocaleString(vi), QStringLiteral("100"));
        QCOMPARE(dec("1000").toLocaleString(vi), QStringLiteral("1.000"));
        QCOMPARE(dec("-1234.5").toLocaleString(vi), QStringLiteral("-1.234,5"));
        QCOMPARE(dec("-0.5").toLocaleString(vi), QStringLiteral("-0,5"));
    }

    void fromStringAccepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("units");
        QTest::newRow("integer") << QStringLiteral("85") << 850000LL;
        QTest::newRow("four places") << QStringLiteral("85.6654") << 856654LL;
        QTest::newRow("one place") << QStringLiteral("0.5") << 5000LL;
        QTest::newRow("negative") << QStringLiteral("-2") << -20000LL;
        QTest::newRow("plus") << QStringLiteral("+1.25") << 12500LL;
        QTest::newRow("spaces") << QStringLiteral(" 3.5 ") << 35000LL;
        QTest::newRow("trailing zeros") << QStringLiteral("1.2000") << 12000LL;
        QTest::newRow("zero") << QStringLiteral("0") << 0LL;
    }

    void fromStringAccepts()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, units);
        const auto value = Decimal::fromString(text);
        QVERIFY2(value.has_value(), qPrintable(text));
        QCOMPARE(value->units(), qint64(units));
    }

    void fromStringRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("five places") << QStringLiteral("1.23456");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("dot at end") << QStringLiteral("1.");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  ");
        QTest::newRow("no whole part") << QStringLiteral(".5");
        QTest::newRow("comma") << QStringLiteral("1,5");
        QTest::newRow("exponent") << QStringLiteral("1e3");
        QTest::newRow("double sign") << QStringLiteral("--1");
        QTest::newRow("sign only") << QStringLiteral("-");
        QTest::newRow("trailing letter") << QStringLiteral("12a");
        QTest::newRow("two dots") << QStringLiteral("1.2.3");
    }

    void fromStringRejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!Decimal::fromString(text).has_value(), qPrintable(text));
    }

    void fromDouble()
    {
        QCOMPARE(Decimal::fromDouble(0.1)->units(), qint64(1000));
        QCOMPARE(Decimal::fromDouble(-85.665)->units(), qint64(-856650));
        QCOMPARE(Decimal::fromDouble(0.00005)->units(), qint64(1));
        QCOMPARE(Decimal::fromDouble(100.0)->toString(), QStringLiteral("100"));
        QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()).has_value());
        QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::infinity()).has_value());
        QVERIFY(!Decimal::fromDouble(1e15).has_value());
    }

    void fromDoubleOfJsonNumbers()
    {
        // A JSON number with at most four decimals, parsed as a double, comes back exact.
        std::mt19937_64 engine(85665u);
        for (int i = 0; i < 200000; ++i) {
            const qint64 range = i % 2 == 0 ? 2000000LL : 200000000000000LL; // ±100 or ±10^10
            const qint64 units = static_cast<qint64>(engine() % static_cast<quint64>(range)) - range / 2;
            const QString text = Decimal::fromUnits(units).toString();
            const auto value = Decimal::fromDouble(text.toDouble());
            QVERIFY2(value.has_value() && value->units() == units, qPrintable(text));
            QCOMPARE(Decimal::fromString(text)->units(), units);
        }
    }

    void floorTimes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<qlonglong>("factor");
        QTest::addColumn<qlonglong>("expected");
        QTest::newRow("0.2x12") << QStringLiteral("0.2") << 12LL << 2LL;
        QTest::newRow("0.2x10") << QStringLiteral("0.2") << 10LL << 2LL;
        QTest::newRow("0.2x4") << QStringLiteral("0.2") << 4LL << 0LL;
        QTest::newRow("0.25x3") << QStringLiteral("0.25") << 3LL << 0LL;
        QTest::newRow("0.25x4") << QStringLiteral("0.25") << 4LL << 1LL;
        QTest::newRow("0.3333x3") << QStringLiteral("0.3333") << 3LL << 0LL;
        QTest::newRow("1.5x7") << QStringLiteral("1.5") << 7LL << 10LL;
        QTest::newRow("0x9") << QStringLiteral("0") << 9LL << 0LL;
        QTest::newRow("0.2x0") << QStringLiteral("0.2") << 0LL << 0LL;
        QTest::newRow("-0.2x12") << QStringLiteral("-0.2") << 12LL << -3LL;
        QTest::newRow("-0.5x4") << QStringLiteral("-0.5") << 4LL << -2LL;
    }

    void floorTimes()
    {
        QFETCH(QString, value);
        QFETCH(qlonglong, factor);
        QFETCH(qlonglong, expected);
        QCOMPARE(Decimal::fromString(value)->floorTimes(factor), qint64(expected));
    }

    void isMultipleOf()
    {
        QVERIFY(dec("0.75").isMultipleOf(dec("0.25")));
        QVERIFY(!dec("0.8").isMultipleOf(dec("0.25")));
        QVERIFY(dec("0").isMultipleOf(dec("0.25")));
        QVERIFY(dec("-0.5").isMultipleOf(dec("0.25")));
        QVERIFY(dec("1").isMultipleOf(dec("0.01")));
        QVERIFY(!dec("0.015").isMultipleOf(dec("0.01")));
        QVERIFY(dec("3").isMultipleOf(dec("1.5")));
        QVERIFY(!dec("2").isMultipleOf(dec("1.5")));
        QVERIFY(dec("0.0003").isMultipleOf(dec("0.0001")));
    }

    void hasAtMostPlaces()
    {
        QVERIFY(dec("7").hasAtMostPlaces(0));
        QVERIFY(dec("0.5").hasAtMostPlaces(1));
        QVERIFY(!dec("0.5").hasAtMostPlaces(0));
        QVERIFY(!dec("1.25").hasAtMostPlaces(1));
        QVERIFY(dec("1.25").hasAtMostPlaces(2));
        QVERIFY(!dec("1.2345").hasAtMostPlaces(3));
        QVERIFY(dec("1.2345").hasAtMostPlaces(4));
        QVERIFY(!dec("-0.05").hasAtMostPlaces(1));
        QVERIFY(dec("-0.05").hasAtMostPlaces(2));
    }

    void comparisons()
    {
        QVERIFY(dec("0.1") < dec("0.2"));
        QVERIFY(dec("-0.1") < dec("0"));
        QVERIFY(dec("2") >= dec("2.0"));
        QVERIFY(dec("2") != dec("2.0001"));
        QCOMPARE(Decimal::min(dec("1.5"), dec("-1")).toString(), QStringLiteral("-1"));
        QCOMPARE(Decimal::max(dec("1.5"), dec("-1")).toString(), QStringLiteral("1.5"));
        QCOMPARE((-dec("1.5")).toString(), QStringLiteral("-1.5"));
        QVERIFY(dec("-0.0001").isNegative());
        QVERIFY(!dec("0").isNegative());
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestDecimal)
#include "TestDecimal.moc"
