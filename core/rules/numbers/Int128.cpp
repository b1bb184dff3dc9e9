#include "numbers/Int128.h"

namespace danhgia {

bool Int128::fitsInt64() const
{
    const auto signExtension = (m_lo >> 63) != 0 ? ~std::uint64_t(0) : std::uint64_t(0);
    return m_hi == signExtension;
}

Int128 Int128::operator-() const
{
    return Int128() - *this;
}

Int128 Int128::operator+(const Int128& other) const
{
    const std::uint64_t lo = m_lo + other.m_lo;
    const std::uint64_t carry = lo < m_lo ? 1 : 0;
    return fromParts(m_hi + other.m_hi + carry, lo);
}

Int128 Int128::operator-(const Int128& other) const
{
    const std::uint64_t lo = m_lo - other.m_lo;
    const std::uint64_t borrow = m_lo < other.m_lo ? 1 : 0;
    return fromParts(m_hi - other.m_hi - borrow, lo);
}

Int128 Int128::operator*(const Int128& other) const
{
    // Low 128 bits of the product; two's complement makes this right for signed values.
    const std::uint64_t a0 = m_lo & 0xffffffffu;
    const std::uint64_t a1 = m_lo >> 32;
    const std::uint64_t b0 = other.m_lo & 0xffffffffu;
    const std::uint64_t b1 = other.m_lo >> 32;

    const std::uint64_t p00 = a0 * b0;
    const std::uint64_t p01 = a0 * b1;
    const std::uint64_t p10 = a1 * b0;
    const std::uint64_t p11 = a1 * b1;

    const std::uint64_t middle = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
    const std::uint64_t lo = (p00 & 0xffffffffu) | (middle << 32);
    const std::uint64_t hi
        = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32) + m_hi * other.m_lo + m_lo * other.m_hi;
    return fromParts(hi, lo);
}

bool Int128::operator<(const Int128& other) const
{
    const auto hiA = static_cast<std::int64_t>(m_hi);
    const auto hiB = static_cast<std::int64_t>(other.m_hi);
    if (hiA != hiB) {
        return hiA < hiB;
    }
    return m_lo < other.m_lo;
}

void Int128::divideMagnitudes(Int128 numerator, Int128 denominator, Int128* quotient, Int128* remainder)
{
    // Schoolbook binary long division on unsigned magnitudes.
    Int128 q;
    Int128 r;
    for (int bit = 127; bit >= 0; --bit) {
        r = fromParts((r.m_hi << 1) | (r.m_lo >> 63), r.m_lo << 1);
        const std::uint64_t word = bit >= 64 ? numerator.m_hi : numerator.m_lo;
        r.m_lo |= (word >> (bit % 64)) & 1u;
        const bool rGreaterOrEqual
            = r.m_hi > denominator.m_hi || (r.m_hi == denominator.m_hi && r.m_lo >= denominator.m_lo);
        if (rGreaterOrEqual) {
            r = r - denominator;
            if (bit >= 64) {
                q.m_hi |= std::uint64_t(1) << (bit - 64);
            } else {
                q.m_lo |= std::uint64_t(1) << bit;
            }
        }
    }
    *quotient = q;
    *remainder = r;
}

Int128 Int128::operator/(const Int128& other) const
{
    const bool negative = isNegative() != other.isNegative();
    Int128 q;
    Int128 r;
    divideMagnitudes(isNegative() ? -*this : *this, other.isNegative() ? -other : other, &q, &r);
    return negative ? -q : q;
}

Int128 Int128::operator%(const Int128& other) const
{
    Int128 q;
    Int128 r;
    divideMagnitudes(isNegative() ? -*this : *this, other.isNegative() ? -other : other, &q, &r);
    return isNegative() ? -r : r;
}

} // namespace danhgia
