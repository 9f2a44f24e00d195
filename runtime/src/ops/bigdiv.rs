//! Floor division and modulo of big integers.
//!
//! num-bigint divides with Burnikel–Ziegler, which pays for its recursion even when the
//! quotient is one machine word: the common case in programs such as the pi spigot, where
//! numbers thousands of digits long are divided by numbers almost as long. There the quotient
//! is estimated from the leading 128 bits of the dividend and 64 of the divisor, and the
//! estimate (off by at most two) is corrected with one multiplication and a subtraction, all
//! linear in the length, as CPython's schoolbook division is for such operands.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::Zero;

/// `(a // b, a % b)` with Python's floor semantics. `b` must not be zero.
pub fn div_mod_floor(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let Some((q, r)) = div_rem_small_quotient(a.magnitude(), b.magnitude()) else {
        return a.div_mod_floor(b);
    };
    // Truncated division of the magnitudes, |a| = q·|b| + r, turned into floor division.
    let negative_quotient = a.sign() == Sign::Minus && b.sign() != Sign::Minus
        || a.sign() != Sign::Minus && b.sign() == Sign::Minus;
    let (q, r) = if negative_quotient && !r.is_zero() {
        (q + 1u32, b.magnitude() - r)
    } else {
        (q, r)
    };
    let q_sign = if negative_quotient {
        Sign::Minus
    } else {
        Sign::Plus
    };
    (
        BigInt::from_biguint(q_sign, q),
        BigInt::from_biguint(b.sign(), r),
    )
}

/// `a // b`; `b` must not be zero.
pub fn div_floor(a: &BigInt, b: &BigInt) -> BigInt {
    div_mod_floor(a, b).0
}

/// `a % b`; `b` must not be zero.
pub fn mod_floor(a: &BigInt, b: &BigInt) -> BigInt {
    div_mod_floor(a, b).1
}

/// `(a / b, a % b)` truncated, when the quotient is below 2**62 and the divisor longer than
/// a word (shorter divisors num-bigint handles well); None otherwise.
fn div_rem_small_quotient(a: &BigUint, b: &BigUint) -> Option<(BigUint, BigUint)> {
    let (a_bits, b_bits) = (a.bits(), b.bits());
    if b_bits <= 64 || a_bits > b_bits + 62 {
        return None;
    }
    if a < b {
        return Some((BigUint::zero(), a.clone()));
    }
    // The divisor's top 64 bits (its highest set) and the dividend's bits from the same
    // place, at most 126 of them.
    let shift = b_bits - 64;
    let (a_top, b_top) = (bits_from(a, shift), bits_from(b, shift));
    let mut q = (a_top / b_top) as u64;
    // With b_top >= 2**63 the estimate is within two of the quotient either way.
    let mut product = b * q;
    while &product > a {
        product -= b;
        q -= 1;
    }
    let mut r = a - product;
    while &r >= b {
        r -= b;
        q += 1;
    }
    Some((BigUint::from(q), r))
}

/// The 128 bits of `x` from bit `shift` up (`(x >> shift) mod 2**128`).
fn bits_from(x: &BigUint, shift: u64) -> u128 {
    let (word, offset) = ((shift / 64) as usize, (shift % 64) as u32);
    let mut digits = x.iter_u64_digits().skip(word);
    let mut next = || u128::from(digits.next().unwrap_or(0));
    let (d0, d1, d2) = (next(), next(), next());
    let low = d0 | d1 << 64;
    if offset == 0 {
        low
    } else {
        low >> offset | d2 << (128 - offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(a: &BigInt, b: &BigInt) {
        assert_eq!(div_mod_floor(a, b), a.div_mod_floor(b), "{a} divmod {b}");
    }

    #[test]
    fn agrees_with_num_bigint() {
        // Deterministic pseudo-random operands of many lengths and every sign, with
        // quotients from zero to just under and over the fast path's bound.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..3000 {
            let b_words = 1 + (next() % 6) as usize;
            let b = BigUint::new((0..b_words * 2).map(|_| next() as u32).collect());
            if b.is_zero() {
                continue;
            }
            let q_bits = next() % 70;
            let q = BigUint::from(next()) >> (64 - q_bits.min(64)) as usize;
            let extra = BigUint::from(next()) % &b;
            let a = &b * q + extra;
            for (sa, sb) in [
                (Sign::Plus, Sign::Plus),
                (Sign::Minus, Sign::Plus),
                (Sign::Plus, Sign::Minus),
                (Sign::Minus, Sign::Minus),
            ] {
                check(
                    &BigInt::from_biguint(sa, a.clone()),
                    &BigInt::from_biguint(sb, b.clone()),
                );
            }
        }
        // The fast path applies to such operands.
        let a = BigUint::from(3u8) << 300usize;
        assert!(div_rem_small_quotient(&a, &(BigUint::from(5u8) << 299usize)).is_some());
        // Remainders that are exactly zero, and divisors that are powers of two.
        let p = BigInt::from(1u8) << 200usize;
        let m = &p * BigInt::from(12345);
        check(&m, &p);
        check(&-&m, &p);
        check(&m, &-&p);
        check(&(&m - BigInt::from(1)), &p);
    }
}
