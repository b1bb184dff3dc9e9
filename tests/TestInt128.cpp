// The portable danhgia::Int128 (used where the compiler has no 128-bit integer, e.g. MSVC) must
// compute exactly what the native __int128 computes.

#include "TestSupport.h"
#include "numbers/Int128.h"

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

using danhgia::Int128;

namespace danhgia {
// Found by QCOMPARE through argument-dependent lookup: prints hex high:low on failure.
char* toString(const Int128& value)
{
    const QByteArray text = QByteArray::number(qulonglong(value.high()), 16) + ':'
        + QByteArray::number(qulonglong(value.low()), 16);
    return qstrdup(text.constData());
}
} // namespace danhgia

#if defined(__SIZEOF_INT128__)

namespace {

__extension__ typedef __int128 Native;
__extension__ typedef unsigned __int128 NativeU;

constexpr std::uint64_t AllOnes = ~std::uint64_t(0);
constexpr std::int64_t Int64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t Int64Max = std::numeric_limits<std::int64_t>::max();

Native toNative(const Int128& v)
{
    return static_cast<Native>((static_cast<NativeU>(v.high()) << 64) | static_cast<NativeU>(v.low()));
}

Int128 fromNative(Native v)
{
    const auto u = static_cast<NativeU>(v);
    return Int128::fromParts(static_cast<std::uint64_t>(u >> 64), static_cast<std::uint64_t>(u));
}

// Wrapping arithmetic on the native type without signed overflow.
Native wrapAdd(Native a, Native b)
{
    return static_cast<Native>(static_cast<NativeU>(a) + static_cast<NativeU>(b));
}
Native wrapSub(Native a, Native b)
{
    return static_cast<Native>(static_cast<NativeU>(a) - static_cast<NativeU>(b));
}
Native wrapMul(Native a, Native b)
{
    return static_cast<Native>(static_cast<NativeU>(a) * static_cast<NativeU>(b));
}

const Native Int128Min = static_cast<Native>(NativeU(1) << 127);
const Native Int128Max = static_cast<Native>((NativeU(1) << 127) - 1);

QByteArray describe(const char* op, const Int128& a, const Int128& b)
{
    return QByteArray(op) + " on " + QByteArray::number(qulonglong(a.high()), 16) + ":"
        + QByteArray::number(qulonglong(a.low()), 16) + " and " + QByteArray::number(qulonglong(b.high()), 16)
        + ":" + QByteArray::number(qulonglong(b.low()), 16);
}

std::vector<Int128> edgeValues()
{
    std::vector<Int128> values{Int128(0),
                               Int128(1),
                               Int128(-1),
                               Int128(2),
                               Int128(-2),
                               Int128(3),
                               Int128(-7),
                               Int128(10000),
                               Int128(-10000),
                               Int128(Int64Min),
                               Int128(Int64Max),
                               Int128(Int64Min + 1),
                               Int128(Int64Max - 1),
                               Int128::fromParts(0, AllOnes), // 2^64 - 1
                               Int128::fromParts(1, 0), // 2^64
                               Int128::fromParts(1, 1), // 2^64 + 1
                               Int128::fromParts(AllOnes, 0), // -2^64
                               Int128::fromParts(AllOnes, std::uint64_t(1) << 63), // INT64_MIN
                               Int128::fromParts(AllOnes - 1, AllOnes), // -2^64 - 1
                               Int128::fromParts(0, std::uint64_t(1) << 63), // 2^63
                               fromNative(Int128Max),
                               fromNative(Int128Min),
                               fromNative(Int128Min + 1),
                               fromNative(Int128Max - 1)};
    return values;
}

std::vector<Int128> randomValues(int count)
{
    std::mt19937_64 engine(20260101u);
    std::vector<Int128> values;
    for (int i = 0; i < count; ++i) {
        const std::uint64_t a = engine();
        const std::uint64_t b = engine();
        switch (i % 5) {
            case 0: // any 128-bit pattern
                values.push_back(Int128::fromParts(a, b));
                break;
            case 1: // any int64
                values.push_back(Int128(static_cast<std::int64_t>(a)));
                break;
            case 2: // small, as scores are
                values.push_back(Int128(static_cast<std::int64_t>(a % 2000001) - 1000000));
                break;
            case 3: // around 2^64
                values.push_back(Int128::fromParts(a % 3 == 0 ? AllOnes : a % 3, b));
                break;
            default: // a product of two int64 values, the widest the scoring code builds
                values.push_back(Int128(static_cast<std::int64_t>(a)) * Int128(static_cast<std::int32_t>(b)));
                break;
        }
    }
    return values;
}

void checkPair(const Int128& a, const Int128& b)
{
    const Native x = toNative(a);
    const Native y = toNative(b);
    QVERIFY2(toNative(a + b) == wrapAdd(x, y), describe("+", a, b).constData());
    QVERIFY2(toNative(a - b) == wrapSub(x, y), describe("-", a, b).constData());
    QVERIFY2(toNative(a * b) == wrapMul(x, y), describe("*", a, b).constData());
    QVERIFY2((a < b) == (x < y), describe("<", a, b).constData());
    QVERIFY2((a > b) == (x > y), describe(">", a, b).constData());
    QVERIFY2((a <= b) == (x <= y), describe("<=", a, b).constData());
    QVERIFY2((a >= b) == (x >= y), describe(">=", a, b).constData());
    QVERIFY2((a == b) == (x == y), describe("==", a, b).constData());
    QVERIFY2((a != b) == (x != y), describe("!=", a, b).constData());
    if (y != 0 && !(x == Int128Min && y == -1)) {
        QVERIFY2(toNative(a / b) == x / y, describe("/", a, b).constData());
        QVERIFY2(toNative(a % b) == x % y, describe("%", a, b).constData());
    }
}

} // namespace

class TestInt128 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversions()
    {
        for (const Int128& v : edgeValues()) {
            QCOMPARE(fromNative(toNative(v)), v);
        }
        QCOMPARE(Int128(-1).high(), AllOnes);
        QCOMPARE(Int128(-1).low(), AllOnes);
        QCOMPARE(Int128(Int64Min).high(), AllOnes);
        QCOMPARE(Int128(Int64Min).low(), std::uint64_t(1) << 63);
        QCOMPARE(Int128(Int64Max).high(), std::uint64_t(0));
        QCOMPARE(Int128(Int64Min).toInt64(), Int64Min);
        QCOMPARE(Int128(-5).toInt64(), std::int64_t(-5));
        QVERIFY(Int128(-1).isNegative());
        QVERIFY(!Int128(0).isNegative());
        QVERIFY(fromNative(Int128Min).isNegative());
        QVERIFY(!fromNative(Int128Max).isNegative());
    }

    void fitsInt64()
    {
        for (const Int128& v : edgeValues()) {
            const Native n = toNative(v);
            const bool fits = n >= Native(Int64Min) && n <= Native(Int64Max);
            QCOMPARE(v.fitsInt64(), fits);
            if (fits) {
                QCOMPARE(v.toInt64(), static_cast<std::int64_t>(n));
            }
        }
        QVERIFY(Int128(Int64Min).fitsInt64());
        QVERIFY(Int128(Int64Max).fitsInt64());
        QVERIFY(!(Int128(Int64Max) + Int128(1)).fitsInt64());
        QVERIFY(!(Int128(Int64Min) - Int128(1)).fitsInt64());
        QVERIFY(!Int128::fromParts(0, std::uint64_t(1) << 63).fitsInt64());
        QVERIFY(!Int128::fromParts(AllOnes, 0).fitsInt64());
    }

    void productsOver64Bits()
    {
        const Int128 p = Int128(std::int64_t(1) << 40) * Int128(std::int64_t(1) << 40);
        QCOMPARE(p.high(), std::uint64_t(1) << 16);
        QCOMPARE(p.low(), std::uint64_t(0));
        const Int128 big = Int128(Int64Max) * Int128(Int64Max);
        QVERIFY(toNative(big) == Native(Int64Max) * Native(Int64Max));
        const Int128 mixed = Int128(Int64Min) * Int128(Int64Max);
        QVERIFY(toNative(mixed) == Native(Int64Min) * Native(Int64Max));
        QVERIFY(mixed.isNegative());
        const Int128 square = Int128(Int64Min) * Int128(Int64Min); // 2^126
        QCOMPARE(square.high(), std::uint64_t(1) << 62);
        QCOMPARE(square.low(), std::uint64_t(0));
        // Back down: (a × b) / b == a and (a × b) % b == 0.
        const Int128 a(123456789012345LL);
        const Int128 b(-98765432109LL);
        QCOMPARE((a * b) / b, a);
        QCOMPARE((a * b) % b, Int128(0));
        QCOMPARE(((a * b) - Int128(5)) % a, Int128(-5)); // a × b < 0: the remainder takes its sign
        QCOMPARE(((a * b) - Int128(5)) / a, b);
    }

    void signedDivision()
    {
        QCOMPARE(Int128(7) / Int128(2), Int128(3));
        QCOMPARE(Int128(-7) / Int128(2), Int128(-3));
        QCOMPARE(Int128(7) / Int128(-2), Int128(-3));
        QCOMPARE(Int128(-7) / Int128(-2), Int128(3));
        QCOMPARE(Int128(7) % Int128(2), Int128(1));
        QCOMPARE(Int128(-7) % Int128(2), Int128(-1));
        QCOMPARE(Int128(7) % Int128(-2), Int128(1));
        QCOMPARE(Int128(-7) % Int128(-2), Int128(-1));
        QCOMPARE(Int128(-1) / Int128(10000), Int128(0));
        QCOMPARE(Int128(-1) % Int128(10000), Int128(-1));
        QCOMPARE(Int128(0) / Int128(-5), Int128(0));
        QCOMPARE(Int128(Int64Min) / Int128(-1), Int128::fromParts(0, std::uint64_t(1) << 63));
        const Int128 min128 = fromNative(Int128Min);
        QCOMPARE(min128 / Int128(2), fromNative(Int128Min / 2));
        QCOMPARE(min128 % Int128(3), fromNative(Int128Min % 3));
        QCOMPARE(min128 / min128, Int128(1));
    }

    void negation()
    {
        for (const Int128& v : edgeValues()) {
            QVERIFY(toNative(-v) == wrapSub(0, toNative(v)));
            QCOMPARE(-(-v), v);
        }
        QCOMPARE(-Int128(5), Int128(-5));
        QCOMPARE(-fromNative(Int128Min), fromNative(Int128Min));
    }

    void edgePairs()
    {
        const auto values = edgeValues();
        for (const Int128& a : values) {
            for (const Int128& b : values) {
                checkPair(a, b);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
        }
    }

    void randomPairs()
    {
        const auto values = randomValues(600);
        const auto edges = edgeValues();
        for (std::size_t i = 0; i < values.size(); ++i) {
            for (std::size_t j = i % 3; j < values.size(); j += 3) {
                checkPair(values[i], values[j]);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
            for (const Int128& e : edges) {
                checkPair(values[i], e);
                checkPair(e, values[i]);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
        }
    }

    void randomSmallDivisors()
    {
        // Divisors near scoring denominators (10^4, 3 × 10^8, weights) against wide numerators.
        std::mt19937_64 engine(335u);
        for (int i = 0; i < 20000; ++i) {
            const Int128 n = Int128::fromParts(engine(), engine());
            std::int64_t d = static_cast<std::int64_t>(engine() % 3000000001ULL) - 1500000000LL;
            if (d == 0) {
                d = 10000;
            }
            checkPair(n, Int128(d));
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }
};

#else

class TestInt128 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nativeMissing() { QSKIP("this compiler has no native 128-bit integer to compare with"); }
};

#endif

DANHGIA_TEST_GUILESS_MAIN(TestInt128)
#include "TestInt128.moc"
