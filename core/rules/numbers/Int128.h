#pragma once

#include <cstdint>

namespace danhgia {

// A signed 128-bit integer in two's complement, written in portable C++ so that the
// scoring arithmetic is the same on compilers without a native 128-bit type (MSVC).
// Only what exact decimal scoring needs: +, -, *, truncating / and %, comparisons.
class Int128
{
public:
    constexpr Int128() = default;
    constexpr Int128(std::int64_t value) // NOLINT(google-explicit-constructor): widening is lossless
        : m_hi(value < 0 ? ~std::uint64_t(0) : 0)
        , m_lo(static_cast<std::uint64_t>(value))
    { }

    static constexpr Int128 fromParts(std::uint64_t hi, std::uint64_t lo)
    {
        Int128 r;
        r.m_hi = hi;
        r.m_lo = lo;
        return r;
    }

    std::uint64_t high() const { return m_hi; }
    std::uint64_t low() const { return m_lo; }
    bool isNegative() const { return (m_hi >> 63) != 0; }
    bool fitsInt64() const;
    std::int64_t toInt64() const { return static_cast<std::int64_t>(m_lo); }

    Int128 operator-() const;
    Int128 operator+(const Int128& other) const;
    Int128 operator-(const Int128& other) const;
    Int128 operator*(const Int128& other) const;
    // Division truncates toward zero, as for the built-in integer types.
    Int128 operator/(const Int128& other) const;
    Int128 operator%(const Int128& other) const;

    bool operator==(const Int128& other) const { return m_hi == other.m_hi && m_lo == other.m_lo; }
    bool operator!=(const Int128& other) const { return !(*this == other); }
    bool operator<(const Int128& other) const;
    bool operator>(const Int128& other) const { return other < *this; }
    bool operator<=(const Int128& other) const { return !(other < *this); }
    bool operator>=(const Int128& other) const { return !(*this < other); }

private:
    static void divideMagnitudes(Int128 numerator, Int128 denominator, Int128* quotient, Int128* remainder);

    std::uint64_t m_hi = 0;
    std::uint64_t m_lo = 0;
};

// WideInt is the type the scoring code computes with: the compiler's own 128-bit integer
// where there is one (GCC, Clang), the portable class otherwise. Both are tested against
// each other in tests/TestInt128.cpp.
#if defined(__SIZEOF_INT128__) && !defined(DANHGIA_PORTABLE_INT128)
__extension__ typedef __int128 WideInt;
inline std::int64_t narrowToInt64(WideInt value)
{
    return static_cast<std::int64_t>(value);
}
#else
using WideInt = Int128;
#endif

// The low 64 bits of a value known to fit (the callers check the range first).
inline std::int64_t narrowToInt64(const Int128& value)
{
    return value.toInt64();
}

} // namespace danhgia
