//! The Mersenne Twister MT19937 as CPython's `_random` module runs it: Matsumoto and
//! Nishimura's `init_genrand`/`init_by_array` seeding and tempering, `random()` built from two
//! 32-bit outputs (27 + 26 bits), and `getrandbits` filling 32-bit words from the least
//! significant end, so that equal seeds give CPython's numbers.

use num_bigint::{BigInt, BigUint};

/// The number of 32-bit words of state.
pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

pub struct Mt19937 {
    state: [u32; N],
    /// The next word of `state` to temper; `N` means the state must be regenerated first.
    index: usize,
}

impl Default for Mt19937 {
    /// An unseeded generator (as CPython allocates one, zeroed, before `seed` runs).
    fn default() -> Mt19937 {
        Mt19937 {
            state: [0; N],
            index: 0,
        }
    }
}

impl Mt19937 {
    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from a key of 32-bit words (CPython passes the absolute value of the seed integer,
    /// least significant word first; the key of 0 is `[0]`).
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// Seeds from a non-negative integer, as `_random.Random.seed` does with `abs(n)`.
    pub fn seed_biguint(&mut self, n: &BigUint) {
        let mut key = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.generate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn generate(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// A float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `1 <= k <= 64`.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let low = self.next_u32() as u64;
        let high = (self.next_u32() >> (64 - k)) as u64;
        low | (high << 32)
    }

    /// `getrandbits(k)` for any `k >= 0`: words from the least significant one up, the last
    /// keeping its top bits.
    pub fn bits_big(&mut self, k: u64) -> BigInt {
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let r = self.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigInt::from(BigUint::new(words))
    }

    /// The state words and the index, as `getstate` reports them.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// Restores a state read by [`Mt19937::state`] (the caller checks `index <= N`).
    pub fn set_state(&mut self, words: [u32; N], index: usize) {
        self.state = words;
        self.index = index;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_seed_42() {
        let mut mt = Mt19937::default();
        mt.seed_biguint(&BigUint::from(42u32));
        // random.seed(42); random.random()
        assert_eq!(mt.random(), 0.6394267984578837);
        // then random.getrandbits(32)
        let mut mt2 = Mt19937::default();
        mt2.seed_biguint(&BigUint::from(0u32));
        // random.seed(0); random.getrandbits(32)
        assert_eq!(mt2.next_u32(), 3_626_764_237);
    }
}
