//! Python 3.11 hashing, bit-exact with CPython's 64-bit build for numbers and tuples.
//!
//! Invariants:
//! - No function here ever returns `-1`: CPython reserves `-1` as the C-level error return of
//!   `tp_hash`, so every hash that would come out as `-1` is replaced (by `-2` for numbers, by
//!   `1546275796` for tuples, by `-2` for strings and pointers). Hash tables in this module
//!   ([`super::set_table`]) rely on this: `-1` marks a deleted slot.
//! - Numeric hashes agree across types for equal values (`hash(1) == hash(1.0) == hash(True)`),
//!   which Python requires because `1 == 1.0 == True` must find the same dict entry. All of them are
//!   "the value reduced modulo the Mersenne prime P = 2**61 - 1, with the sign of the value".
//! - String and bytes hashes are CPython's with hash randomisation off (`PYTHONHASHSEED=0`, how
//!   the tests' expected output is recorded), so sets of strings iterate in CPython's order too.

use num_bigint::{BigInt, Sign};

/// Number of bits in the hash modulus: CPython's `_PyHASH_BITS` on 64-bit builds.
const HASH_BITS: u32 = 61;
/// The Mersenne prime 2**61 - 1: CPython's `_PyHASH_MODULUS`.
pub const MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `hash(float('inf'))`; `-INF` is the hash of negative infinity.
pub const INF: i64 = 314_159;

/// Reduces any `u64` modulo P without a division.
///
/// Because 2**61 = 1 (mod P), the bits above bit 61 can be folded onto the low bits by addition;
/// one fold leaves a value below 2 * P, so one conditional subtraction finishes the job.
#[inline]
fn reduce_u64(a: u64) -> u64 {
    let r = (a & MODULUS) + (a >> HASH_BITS);
    if r >= MODULUS {
        r - MODULUS
    } else {
        r
    }
}

/// Applies the sign and CPython's `-1 -> -2` rule to a magnitude already reduced below P.
#[inline]
fn signed(mag: u64, negative: bool) -> i64 {
    // mag < 2**61, so the cast is lossless.
    let x = if negative { -(mag as i64) } else { mag as i64 };
    if x == -1 {
        -2
    } else {
        x
    }
}

/// `hash(int)` for an int that fits in an `i64` (CPython's `long_hash`).
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    // Fast path: almost every int a program hashes is small, and then the hash is the value.
    if v.unsigned_abs() < MODULUS {
        return if v == -1 { -2 } else { v };
    }
    signed(reduce_u64(v.unsigned_abs()), v < 0)
}

/// `hash(int)` for an arbitrary-precision int. Agrees with [`hash_i64`] on values that fit.
pub fn hash_bigint(v: &BigInt) -> i64 {
    // CPython folds 30-bit digits in from the most significant end; any order of evaluation of
    // |v| mod P gives the same number. We fold 64-bit limbs (no allocation: `iter_u64_digits`
    // borrows the magnitude), using 2**64 = 2**3 * 2**61 = 8 (mod P) for the Horner step.
    let mut acc: u64 = 0;
    for digit in v.iter_u64_digits().rev() {
        // acc < P, so acc * 8 < 2**64 and the sum of two reduced values stays below 2**62.
        let sum = reduce_u64(acc << 3) + reduce_u64(digit);
        acc = if sum >= MODULUS { sum - MODULUS } else { sum };
    }
    signed(acc, v.sign() == Sign::Minus)
}

/// `hash(bool)`: `True` hashes like `1`, `False` like `0`.
#[inline]
pub fn hash_bool(b: bool) -> i64 {
    i64::from(b)
}

/// `hash(float)` (CPython's `_Py_HashDouble`), or `None` for a NaN.
///
/// Since Python 3.10 a NaN hashes by object identity, which only the caller knows: for `None`
/// use [`hash_pointer`] of the float object's address (or any per-object identity value).
#[inline]
pub fn hash_f64(v: f64) -> Option<i64> {
    if !v.is_finite() {
        if v.is_nan() {
            return None;
        }
        return Some(if v > 0.0 { INF } else { -INF });
    }
    // Decompose |v| = mant * 2**exp exactly, with an integer mantissa below 2**53 < P.
    let bits = v.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mant, exp) = if exp_field == 0 {
        // Zero or subnormal: no implicit leading bit.
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_field - 1075)
    };
    if mant == 0 {
        return Some(0);
    }
    // Multiplying by 2**exp modulo P is a rotation of the 61-bit value, because 2**61 = 1 (mod P);
    // this is exactly CPython's final "adjust for the exponent" step, and its 28-bit digit loop
    // computes mant mod P = mant.
    let e = exp.rem_euclid(HASH_BITS as i32) as u32;
    let x = if e == 0 {
        mant
    } else {
        ((mant << e) & MODULUS) | (mant >> (HASH_BITS - e))
    };
    Some(signed(x, v.is_sign_negative()))
}

/// CPython's `_Py_HashPointer`: the default `object.__hash__` (and a NaN's hash) from an address.
///
/// The low 4 bits of an address are usually zero (alignment), so they are rotated to the top to
/// keep the bits that vary in the low end, where hash tables take their slot index.
#[inline]
pub fn hash_pointer(addr: usize) -> i64 {
    let x = (addr as u64).rotate_right(4) as i64;
    if x == -1 {
        -2
    } else {
        x
    }
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// Incremental `hash(tuple)` (CPython 3.11's xxHash-based `tuplehash`).
///
/// Usage: `TupleHasher::new(len)`, then `add(hash(item))` for each item in order, then `finish()`.
/// Invariant: exactly `len` items must be added; the length is mixed in at the end.
#[derive(Clone, Copy, Debug)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl TupleHasher {
    /// Starts hashing a tuple of `len` items.
    #[inline]
    pub fn new(len: usize) -> Self {
        TupleHasher {
            acc: XXPRIME_5,
            len: len as u64,
        }
    }

    /// Mixes in the hash of the next item.
    #[inline]
    pub fn add(&mut self, item_hash: i64) {
        let lane = item_hash as u64;
        self.acc = self.acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
    }

    /// Finishes: returns the tuple's hash.
    #[inline]
    pub fn finish(self) -> i64 {
        // The length term is mangled so that hash(()) keeps its historical value.
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            1_546_275_796
        } else {
            acc as i64
        }
    }
}

/// One SipHash round (CPython's `SINGLE_ROUND`, two `HALF_ROUND`s).
#[inline(always)]
fn sip_round(v: &mut [u64; 4]) {
    fn half(v: &mut [u64; 4], a: usize, b: usize, c: usize, d: usize, s: u32, t: u32) {
        v[a] = v[a].wrapping_add(v[b]);
        v[c] = v[c].wrapping_add(v[d]);
        v[b] = v[b].rotate_left(s) ^ v[a];
        v[d] = v[d].rotate_left(t) ^ v[c];
        v[a] = v[a].rotate_left(32);
    }
    half(v, 0, 1, 2, 3, 13, 16);
    half(v, 2, 1, 0, 3, 17, 21);
}

/// CPython 3.11's `siphash13` with both key halves zero: the secret CPython uses when
/// `PYTHONHASHSEED=0`.
fn siphash13(data: &[u8]) -> u64 {
    let mut v = [
        0x736f_6d65_7073_6575u64,
        0x646f_7261_6e64_6f6d,
        0x6c79_6765_6e65_7261,
        0x7465_6462_7974_6573,
    ];
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v[3] ^= m;
        sip_round(&mut v);
        v[0] ^= m;
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(tail);
    v[3] ^= b;
    sip_round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    sip_round(&mut v);
    sip_round(&mut v);
    sip_round(&mut v);
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

/// `hash(bytes)`: CPython's `_Py_HashBytes` (SipHash-1-3, zero key), never `-1`.
///
/// `hash_bytes(b"") == 0`, as in CPython.
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    match siphash13(bytes) as i64 {
        -1 => -2,
        h => h,
    }
}

/// `hash(str)`: CPython hashes the bytes of its compact representation (PEP 393): one byte per
/// code point if all are below 256, else two (UCS-2) or four (UCS-4), little-endian.
#[inline]
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x1_0000 {
        2
    } else {
        4
    };
    let mut buf = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        buf.extend_from_slice(&u32::from(c).to_le_bytes()[..width]);
    }
    hash_bytes(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;
    use num_traits::Num;

    fn big(s: &str) -> BigInt {
        BigInt::from_str_radix(s, 10).unwrap()
    }

    /// (value, hash(value)) as printed by CPython 3.11 (64-bit).
    const INTS: &[(&str, i64)] = &[
        ("0", 0),
        ("1", 1),
        ("-1", -2),
        ("-2", -2),
        ("2", 2),
        ("2305843009213693950", 2305843009213693950),
        ("2305843009213693951", 0),
        ("2305843009213693952", 1),
        ("2305843009213693953", 2),
        ("-2305843009213693951", 0),
        ("-2305843009213693952", -2),
        ("4611686018427387904", 2),
        ("9223372036854775807", 3),
        ("-9223372036854775808", -4),
        ("9223372036854775808", 4),
        ("18446744073709551616", 8),
        ("18446744073709551615", 7),
        ("-18446744073709551616", -8),
        ("-1267650600228229401496703205376", -549755813888),
        ("1000000000000000000000000000000", 465258685558744706),
        ("-1000000000000000000000000000000", -465258685558744706),
        ("5316911983139663491615228241121378303", 0),
        (
            "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001",
            424410663027747676,
        ),
        ("-2305843009213693950", -2305843009213693950),
        ("12345678901234567890123", 195429904450476469),
    ];

    #[test]
    fn ints_match_cpython() {
        for &(s, expected) in INTS {
            let v = big(s);
            assert_eq!(hash_bigint(&v), expected, "hash_bigint({s})");
            if let Ok(small) = s.parse::<i64>() {
                assert_eq!(hash_i64(small), expected, "hash_i64({s})");
            }
        }
    }

    #[test]
    fn floats_match_cpython() {
        let cases: &[(f64, i64)] = &[
            (0.5, 1152921504606846976),
            (1.5, 1152921504606846977),
            (-2.25, -576460752303423490),
            (1e300, 1224995262755759164),
            (-1e300, -1224995262755759164),
            (3.0, 3),
            (-3.0, -3),
            (-0.0, 0),
            (0.0, 0),
            (1e-300, 482449582752280463),
            (5e-324, 16777216),
            (-1.0, -2),
            (1.0, 1),
            (2305843009213693952.0, 1),
            (4611686018427387904.0, 2),
            (f64::MAX, 2234066890152476671),
            (0.1, 230584300921369408),
            (1e18, 1000000000000000000),
            (123456.789, 1819310134279660096),
            (-1e-5, -2170758078822671208),
            (2.2250738585072014e-308, 32768),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
        ];
        for &(v, expected) in cases {
            assert_eq!(hash_f64(v), Some(expected), "hash_f64({v:e})");
        }
        assert_eq!(hash_f64(f64::NAN), None);
    }

    #[test]
    fn integral_floats_hash_like_ints() {
        for i in [-1_000_000i64, -3, -2, -1, 0, 1, 7, 1 << 53, -(1 << 60)] {
            assert_eq!(hash_f64(i as f64), Some(hash_i64(i)));
        }
        assert_eq!(hash_bool(true), hash_i64(1));
        assert_eq!(hash_bool(false), hash_i64(0));
    }

    fn tuple_hash(items: &[i64]) -> i64 {
        let mut h = TupleHasher::new(items.len());
        for &i in items {
            h.add(i);
        }
        h.finish()
    }

    #[test]
    fn tuples_match_cpython() {
        assert_eq!(tuple_hash(&[]), 5740354900026072187);
        assert_eq!(tuple_hash(&[1]), -6644214454873602895);
        assert_eq!(tuple_hash(&[1, 2]), -3550055125485641917);
        let inner = tuple_hash(&[1, 2]);
        assert_eq!(tuple_hash(&[inner, 3]), -333907151259015829);
        let f = hash_f64(1.5).unwrap();
        assert_eq!(tuple_hash(&[f, hash_i64(-1)]), -9002791676578425913);
        assert_eq!(tuple_hash(&[hash_i64(-1)]), 8078679518589016365);
        assert_eq!(tuple_hash(&[0, 0]), -8458139203682520985);
        let ten: Vec<i64> = (1..=10).collect();
        assert_eq!(tuple_hash(&ten), 9109727825473806502);
        assert_eq!(tuple_hash(&[hash_str("")]), -8753497827991233192);
    }

    #[test]
    fn strings_match_cpython_with_hashseed_0() {
        // PYTHONHASHSEED=0 python3.11 -c 'print(hash("a"), ...)'
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("abc"), -4594863902769663758);
        assert_eq!(hash_bytes(b"abc"), hash_str("abc"));
        assert_eq!(hash_str("abcdefghijklmnop"), -7712962755478248686);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("€"), -5529981157763016009);
        assert_eq!(hash_str("😀"), -3536540696076613844);
    }

    #[test]
    fn pointer_hash_rotates() {
        assert_eq!(hash_pointer(0x1000), 0x100);
        assert_eq!(hash_pointer(usize::MAX), -2);
    }
}
