//! `DictTable`: the insertion-ordered hash map behind Python's `dict`.
//!
//! Layout (the same split as CPython's compact dict):
//! - `entries`: a vector of `(hash, Option<(key, value)>)` in insertion order. Deleting a key leaves
//!   a hole (`None`) so that the positions of later entries, which Python iterators hold, do not
//!   move. Holes are squeezed out ("compaction") only when a *new* key is inserted and more than
//!   half of the vector is holes; inserting a new key changes `len()`, which every Python iterator
//!   checks, so no iterator can silently observe the renumbering.
//! - `index`: a `hashbrown::HashTable<usize>` of positions into `entries`, keyed by the stored
//!   Python hash. Every position in `index` refers to a live entry, and every live entry has
//!   exactly one position in `index`.
//!
//! Python hashing and equality are supplied by the caller at each operation, because key equality
//! may run Python code (`__eq__`) that can raise: callbacks return `Result<bool, E>` and an error
//! aborts the operation, leaving the table unchanged. Callbacks are always called as
//! `eq(stored_key)`, i.e. CPython's `stored == probe` order.
//!
//! Reentrancy: in Python, `__eq__` may mutate the very dict being searched. Rust rules that out
//! statically for the callback APIs (the table is borrowed while the callback runs), so the
//! interpreter uses the two-phase API instead when a comparison may run Python code:
//!
//! ```text
//! 'restart: loop {
//!     for n in 0.. {
//!         // Entry positions whose stored hash equals `hash`, in probe order (usually 0 or 1).
//!         let Some(pos) = dict.candidates(hash).nth(n) else { /* absent: dict.insert_new(..) */ break 'restart };
//!         let stored = dict.get(pos).0.clone();          // end the borrow of `dict`
//!         let equal = python_eq(&stored, &key)?;          // may run arbitrary Python code
//!         // CPython restarts the lookup if the compared entry changed under the comparison.
//!         if !dict.entry_at(pos).is_some_and(|(k, _)| k is stored) { continue 'restart; }
//!         if equal { /* found at `pos`: get / value_mut / remove_at */ break 'restart; }
//!     }
//! }
//! ```
//!
//! A position stays valid while its entry holds the same key object: positions move only when
//! holes are squeezed out (compaction, on insertion), by `clear`, and when `pop_last` drops
//! trailing entries, all of which change what the position holds. `version()` changes on every
//! structural change (a key added or removed, `clear`, compaction), so a position obtained
//! before any code ran is also valid while the version is unchanged; replacing the value of an
//! existing key does not change the version or `len()`.
//!
//! Python iterators over a dict hold a position: start at `next_pos(0)`, yield `entry_at(pos)`,
//! continue from `next_pos(pos + 1)`, and raise "dictionary changed size during iteration" when
//! `len()` differs from its value at creation (CPython's check; CPython also counts the items
//! still expected and raises "dictionary keys changed during iteration" if more appear).

use core::convert::Infallible;
use std::sync::atomic::{AtomicU64, Ordering};

use hashbrown::hash_table::Entry as IndexEntry;
use hashbrown::HashTable;

/// One slot of the `entries` vector. The hash is kept outside the `Option` so that candidate
/// filtering and rehashing read it without unwrapping.
#[derive(Clone, Debug)]
struct Slot<K, V> {
    hash: i64,
    /// `None` for a deleted entry (a hole).
    kv: Option<(K, V)>,
}

/// Counts mutations of every dict's contents (a value replaced, a key added or removed), and
/// assignments to a function's `__defaults__` (see `note_assumption_change`). Code that
/// assumed values of some dicts (compiled code taking globals as constants) re-checks them
/// only when this has moved. One counter for all dicts: cheap to keep, and a false alarm
/// only costs a re-check. (The runtime is single-threaded; the atomic is for a fixed address
/// compiled code can load from, with plain loads and stores.)
pub static DICT_MUTATIONS: AtomicU64 = AtomicU64::new(0);

#[inline(always)]
fn bump_epoch() {
    DICT_MUTATIONS.store(
        DICT_MUTATIONS.load(Ordering::Relaxed) + 1,
        Ordering::Relaxed,
    );
}

/// Makes compiled code check what it assumed about globals again (see [`DICT_MUTATIONS`]):
/// for a change it also depends on that is not a dict's, a function's `__defaults__`.
pub fn note_assumption_change() {
    bump_epoch();
}

/// The current value of [`DICT_MUTATIONS`].
#[inline(always)]
pub fn dict_mutations() -> u64 {
    DICT_MUTATIONS.load(Ordering::Relaxed)
}

/// An insertion-ordered map from Python keys to values, with caller-supplied hash and equality.
#[derive(Clone, Debug)]
pub struct DictTable<K, V> {
    entries: Vec<Slot<K, V>>,
    index: HashTable<usize>,
    /// Number of live entries (`entries.len()` minus holes).
    len: usize,
    /// Bumped on every structural change; see the module doc.
    version: u64,
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// Holes tolerated before compaction is considered, so small dicts never bother.
const MIN_HOLES_TO_COMPACT: usize = 8;

/// Spreads a Python hash over all 64 bits for `hashbrown`.
///
/// Python hashes are poor as-is for hashbrown: small ints hash to themselves (top bits all zero,
/// which would give every key the same 7-bit control tag) and floats like 0.5 hash to values with
/// only high bits set (all in the same low-bit bucket). A folded 64x64->128 multiply mixes both
/// ends into both ends in one instruction.
#[inline(always)]
fn mix(hash: i64) -> u64 {
    let full = u128::from(hash as u64) * 0x9e37_79b9_7f4a_7c15_u128;
    (full as u64) ^ ((full >> 64) as u64)
}

/// Calls a fallible comparison inside hashbrown's infallible `eq`: an error is parked in `err`
/// and reported as "match" so that the probe stops at once; the caller must check `err` first.
#[inline(always)]
fn capture<E>(err: &mut Option<E>, r: Result<bool, E>) -> bool {
    match r {
        Ok(b) => b,
        Err(e) => {
            *err = Some(e);
            true
        }
    }
}

impl<K, V> DictTable<K, V> {
    /// An empty table; allocates nothing.
    #[inline]
    pub fn new() -> Self {
        DictTable {
            entries: Vec::new(),
            index: HashTable::new(),
            len: 0,
            version: 0,
        }
    }

    /// An empty table with room for `n` entries before reallocating.
    pub fn with_capacity(n: usize) -> Self {
        DictTable {
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            len: 0,
            version: 0,
        }
    }

    /// Number of keys.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// True if there are no keys.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Structural-change counter (see the module doc).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Removes every entry and frees the storage, as `dict.clear()` does.
    pub fn clear(&mut self) {
        self.entries = Vec::new();
        self.index = HashTable::new();
        self.len = 0;
        self.version += 1;
        bump_epoch();
    }

    /// The position of the entry whose key equals the probe, or `None`.
    ///
    /// `eq(stored_key)` is called only for entries whose stored hash equals `hash`.
    #[inline]
    pub fn find<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let mut err = None;
        let entries = &self.entries;
        let found = self.index.find(mix(hash), |&pos| {
            let slot = &entries[pos];
            match &slot.kv {
                Some((k, _)) if slot.hash == hash => capture(&mut err, eq(k)),
                _ => false,
            }
        });
        match err {
            Some(e) => Err(e),
            None => Ok(found.copied()),
        }
    }

    /// [`find`](Self::find) for a cheap, infallible comparison (e.g. both keys are `str`).
    #[inline]
    pub fn find_by(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        match self.find(hash, |k| Ok::<bool, Infallible>(eq(k))) {
            Ok(found) => found,
            Err(never) => match never {},
        }
    }

    /// Positions of the entries whose stored hash equals `hash`, in probe order: the keys a
    /// lookup would compare against. For the two-phase (reentrant) lookup in the module doc.
    #[inline]
    pub fn candidates(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        self.index
            .iter_hash(mix(hash))
            .copied()
            .filter(move |&pos| self.entries[pos].hash == hash)
    }

    /// The key and value at a live position.
    ///
    /// # Panics
    /// If `pos` is out of range or a hole.
    #[inline]
    pub fn get(&self, pos: usize) -> (&K, &V) {
        let (k, v) = self.entries[pos]
            .kv
            .as_ref()
            .expect("DictTable::get on a hole");
        (k, v)
    }

    /// The value at a live position, mutably. Replacing a value is not a structural change.
    ///
    /// # Panics
    /// If `pos` is out of range or a hole.
    #[inline]
    pub fn value_mut(&mut self, pos: usize) -> &mut V {
        bump_epoch();
        &mut self.entries[pos]
            .kv
            .as_mut()
            .expect("DictTable::value_mut on a hole")
            .1
    }

    /// The stored hash of the entry at a live position (e.g. for `set(dict)`, which reuses it).
    #[inline]
    pub fn hash_at(&self, pos: usize) -> i64 {
        self.entries[pos].hash
    }

    /// `d[key] = value`: replaces the value if an equal key is present (keeping the original key
    /// object and position, as Python does) and returns the old value; otherwise appends.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        // Decided up front: the vacant entry below borrows the index.
        let compact = self.should_compact();
        let mut err = None;
        let entries = &self.entries;
        let entry = self.index.entry(
            mix(hash),
            |&pos| {
                let slot = &entries[pos];
                match &slot.kv {
                    Some((k, _)) if slot.hash == hash => capture(&mut err, eq(k)),
                    _ => false,
                }
            },
            |&pos| mix(entries[pos].hash),
        );
        match entry {
            IndexEntry::Occupied(occupied) => {
                if let Some(e) = err {
                    return Err(e);
                }
                let pos = *occupied.get();
                let slot = self.entries[pos]
                    .kv
                    .as_mut()
                    .expect("index points at a hole");
                bump_epoch();
                Ok(Some(core::mem::replace(&mut slot.1, value)))
            }
            IndexEntry::Vacant(_) if compact => {
                // Compaction renumbers entries, so the slot hashbrown found is discarded and the
                // index rebuilt; this happens at most once per ~len/2 deletions.
                self.compact();
                self.push_new(hash, key, value);
                Ok(None)
            }
            IndexEntry::Vacant(vacant) => {
                vacant.insert(self.entries.len());
                self.entries.push(Slot {
                    hash,
                    kv: Some((key, value)),
                });
                self.len += 1;
                self.version += 1;
                bump_epoch();
                Ok(None)
            }
        }
    }

    /// Appends a key that the caller has established is absent (second phase of a reentrant
    /// insertion). Returns its position.
    pub fn insert_new(&mut self, hash: i64, key: K, value: V) -> usize {
        if self.should_compact() {
            self.compact();
        }
        self.push_new(hash, key, value)
    }

    fn push_new(&mut self, hash: i64, key: K, value: V) -> usize {
        let pos = self.entries.len();
        let entries = &self.entries;
        self.index
            .insert_unique(mix(hash), pos, |&p| mix(entries[p].hash));
        self.entries.push(Slot {
            hash,
            kv: Some((key, value)),
        });
        self.len += 1;
        self.version += 1;
        bump_epoch();
        pos
    }

    /// `del d[key]` / `d.pop(key)`: removes and returns the entry whose key equals the probe.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        let mut err = None;
        let entries = &self.entries;
        let found = self.index.find_entry(mix(hash), |&pos| {
            let slot = &entries[pos];
            match &slot.kv {
                Some((k, _)) if slot.hash == hash => capture(&mut err, eq(k)),
                _ => false,
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
        match found {
            Ok(occupied) => {
                let (pos, _) = occupied.remove();
                Ok(Some(self.take(pos)))
            }
            Err(_) => Ok(None),
        }
    }

    /// Removes the entry at a live position (second phase of a reentrant removal).
    ///
    /// # Panics
    /// If `pos` is out of range or a hole.
    pub fn remove_at(&mut self, pos: usize) -> (K, V) {
        let hash = self.entries[pos].hash;
        match self.index.find_entry(mix(hash), |&p| p == pos) {
            Ok(occupied) => {
                occupied.remove();
            }
            Err(_) => panic!("DictTable::remove_at on a hole"),
        }
        self.take(pos)
    }

    /// Turns a live entry (already unlinked from `index`) into a hole.
    fn take(&mut self, pos: usize) -> (K, V) {
        let kv = self.entries[pos].kv.take().expect("index points at a hole");
        self.len -= 1;
        self.version += 1;
        bump_epoch();
        kv
    }

    /// `dict.popitem()`: removes and returns the most recently inserted entry (LIFO).
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        // Like CPython, trailing holes are dropped here so repeated popitem stays O(1).
        while self.entries.last().is_some_and(|s| s.kv.is_none()) {
            self.entries.pop();
        }
        let pos = self.entries.len().checked_sub(1)?;
        let kv = self.remove_at(pos);
        self.entries.pop();
        Some(kv)
    }

    /// Live entries in insertion order.
    #[inline]
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + '_ {
        self.entries
            .iter()
            .filter_map(|s| s.kv.as_ref().map(|(k, v)| (k, v)))
    }

    /// The first live position `>= pos`, if any (for index-based Python iterators).
    #[inline]
    pub fn next_pos(&self, pos: usize) -> Option<usize> {
        let rest = self.entries.get(pos..)?;
        rest.iter()
            .position(|s| s.kv.is_some())
            .map(|off| pos + off)
    }

    /// The last live position `< pos`, if any (for `reversed(dict)`; start from `end_pos()`).
    #[inline]
    pub fn prev_pos(&self, pos: usize) -> Option<usize> {
        let end = pos.min(self.entries.len());
        self.entries[..end].iter().rposition(|s| s.kv.is_some())
    }

    /// One past the last position (live or hole).
    #[inline]
    pub fn end_pos(&self) -> usize {
        self.entries.len()
    }

    /// The entry at `pos`, or `None` for a hole or a position past the end.
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<(&K, &V)> {
        let (k, v) = self.entries.get(pos)?.kv.as_ref()?;
        Some((k, v))
    }

    /// True when more than half of `entries` are holes (and enough of them to be worth it), so
    /// compaction costs O(1) amortised per deletion.
    #[inline]
    fn should_compact(&self) -> bool {
        let holes = self.entries.len() - self.len;
        holes >= MIN_HOLES_TO_COMPACT && holes * 2 > self.entries.len()
    }

    /// Squeezes out holes (order preserved) and rebuilds the index.
    fn compact(&mut self) {
        self.entries.retain(|s| s.kv.is_some());
        self.index.clear();
        let entries = &self.entries;
        for (pos, slot) in entries.iter().enumerate() {
            self.index
                .insert_unique(mix(slot.hash), pos, |&p| mix(entries[p].hash));
        }
        self.version += 1;
        bump_epoch();
    }
}

#[cfg(test)]
mod tests {
    use super::super::hash::hash_i64;
    use super::*;

    /// Integer-keyed helper: the hash is Python's, equality is plain `==`.
    fn ins(d: &mut DictTable<i64, i64>, k: i64, v: i64) -> Option<i64> {
        d.insert(hash_i64(k), k, v, |s| Ok::<_, ()>(*s == k))
            .unwrap()
    }
    fn del(d: &mut DictTable<i64, i64>, k: i64) -> Option<(i64, i64)> {
        d.remove(hash_i64(k), |s| Ok::<_, ()>(*s == k)).unwrap()
    }
    fn get(d: &DictTable<i64, i64>, k: i64) -> Option<i64> {
        d.find_by(hash_i64(k), |s| *s == k).map(|p| *d.get(p).1)
    }
    fn keys(d: &DictTable<i64, i64>) -> Vec<i64> {
        d.iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn insertion_order_and_replacement() {
        let mut d = DictTable::new();
        assert!(d.is_empty());
        for k in [5, 3, 100, 1] {
            assert_eq!(ins(&mut d, k, k * 10), None);
        }
        assert_eq!(keys(&d), [5, 3, 100, 1]);
        let v = d.version();
        // Replacing keeps position and does not count as a structural change.
        assert_eq!(ins(&mut d, 3, 33), Some(30));
        assert_eq!(d.version(), v);
        assert_eq!(keys(&d), [5, 3, 100, 1]);
        assert_eq!(get(&d, 3), Some(33));
        assert_eq!(get(&d, 4), None);
        // Delete and re-insert moves the key to the end.
        assert_eq!(del(&mut d, 3), Some((3, 33)));
        assert_eq!(del(&mut d, 3), None);
        ins(&mut d, 3, 0);
        assert_eq!(keys(&d), [5, 100, 1, 3]);
        assert_eq!(d.len(), 4);
    }

    #[test]
    fn replacing_keeps_the_original_key() {
        // Keys equal under the caller's eq but distinguishable, like 1 and 1.0 in Python.
        let mut d: DictTable<(i64, &str), i32> = DictTable::new();
        let eq = |a: &(i64, &str), b: &(i64, &str)| Ok::<_, ()>(a.0 == b.0);
        let k1 = (1, "int");
        let k2 = (1, "float");
        d.insert(hash_i64(1), k1, 1, |s| eq(s, &k1)).unwrap();
        assert_eq!(
            d.insert(hash_i64(1), k2, 2, |s| eq(s, &k2)).unwrap(),
            Some(1)
        );
        assert_eq!(d.get(0), (&(1, "int"), &2));
    }

    #[test]
    fn errors_abort_without_change() {
        let mut d = DictTable::new();
        ins(&mut d, 1, 1);
        let v = d.version();
        assert_eq!(d.find(hash_i64(1), |_| Err::<bool, _>("boom")), Err("boom"));
        assert_eq!(
            d.insert(hash_i64(1), 1, 9, |_| Err::<bool, _>("boom")),
            Err("boom")
        );
        assert_eq!(
            d.remove(hash_i64(1), |_| Err::<bool, _>("boom")),
            Err("boom")
        );
        assert_eq!(d.version(), v);
        assert_eq!(get(&d, 1), Some(1));
        // No comparison at all when no stored hash matches, so no error either.
        assert_eq!(d.find(hash_i64(2), |_| Err::<bool, _>("boom")), Ok(None));
    }

    #[test]
    fn colliding_hashes_use_eq_and_candidates() {
        // -1 and -2 both hash to -2 in Python.
        let mut d = DictTable::new();
        ins(&mut d, -1, 10);
        ins(&mut d, -2, 20);
        ins(&mut d, 7, 70);
        assert_eq!(get(&d, -1), Some(10));
        assert_eq!(get(&d, -2), Some(20));
        let c: Vec<usize> = d.candidates(-2).collect();
        assert_eq!(c.len(), 2);
        let mut ks: Vec<i64> = c.iter().map(|&p| *d.get(p).0).collect();
        ks.sort();
        assert_eq!(ks, [-2, -1]);
        assert_eq!(d.candidates(7).collect::<Vec<_>>(), [2]);
        assert_eq!(d.candidates(8).count(), 0);
    }

    #[test]
    fn two_phase_insert_and_remove() {
        let mut d: DictTable<i64, i64> = DictTable::new();
        ins(&mut d, 4, 40);
        // Phase 1: look for 9 among the candidates; none match, so append it.
        assert!(d.candidates(hash_i64(9)).all(|p| *d.get(p).0 != 9));
        let pos = d.insert_new(hash_i64(9), 9, 90);
        assert_eq!(d.entry_at(pos), Some((&9, &90)));
        *d.value_mut(pos) = 91;
        assert_eq!(d.hash_at(pos), 9);
        assert_eq!(d.remove_at(pos), (9, 91));
        assert_eq!(get(&d, 9), None);
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn pop_last_is_lifo_and_skips_holes() {
        let mut d = DictTable::new();
        for k in 0..5 {
            ins(&mut d, k, k);
        }
        del(&mut d, 4);
        del(&mut d, 3);
        assert_eq!(d.pop_last(), Some((2, 2)));
        ins(&mut d, 9, 9);
        assert_eq!(keys(&d), [0, 1, 9]);
        assert_eq!(d.pop_last(), Some((9, 9)));
        assert_eq!(d.pop_last(), Some((1, 1)));
        assert_eq!(d.pop_last(), Some((0, 0)));
        assert_eq!(d.pop_last(), None);
        assert!(d.is_empty());
        ins(&mut d, 1, 1);
        assert_eq!(keys(&d), [1]);
    }

    #[test]
    fn positions_and_holes() {
        let mut d = DictTable::new();
        for k in 0..4 {
            ins(&mut d, k, k);
        }
        del(&mut d, 1);
        assert_eq!(d.entry_at(1), None);
        assert_eq!(d.next_pos(0), Some(0));
        assert_eq!(d.next_pos(1), Some(2));
        assert_eq!(d.next_pos(4), None);
        assert_eq!(d.next_pos(100), None);
        assert_eq!(d.prev_pos(d.end_pos()), Some(3));
        assert_eq!(d.prev_pos(2), Some(0));
        assert_eq!(d.prev_pos(0), None);
        let mut walked = vec![];
        let mut p = d.next_pos(0);
        while let Some(pos) = p {
            walked.push(*d.entry_at(pos).unwrap().0);
            p = d.next_pos(pos + 1);
        }
        assert_eq!(walked, [0, 2, 3]);
        let rev: Vec<i64> = d.iter().rev().map(|(k, _)| *k).collect();
        assert_eq!(rev, [3, 2, 0]);
    }

    #[test]
    fn churn_compacts_and_keeps_order() {
        let mut d = DictTable::new();
        let mut model: Vec<i64> = Vec::new();
        // A queue: push at the back, pop from the front, far more operations than live keys.
        for k in 0..10_000i64 {
            ins(&mut d, k, -k);
            model.push(k);
            if model.len() > 20 {
                let old = model.remove(0);
                assert_eq!(del(&mut d, old), Some((old, -old)));
            }
        }
        assert_eq!(keys(&d), model);
        assert!(
            d.end_pos() < 64,
            "holes were not compacted: {}",
            d.end_pos()
        );
        for &k in &model {
            assert_eq!(get(&d, k), Some(-k));
        }
        // Replacing values during an index-based walk never renumbers positions.
        let mut p = d.next_pos(0);
        while let Some(pos) = p {
            let k = *d.get(pos).0;
            assert_eq!(ins(&mut d, k, 0), Some(-k));
            p = d.next_pos(pos + 1);
        }
        assert!(d.iter().all(|(_, v)| *v == 0));
        d.clear();
        assert!(d.is_empty());
        assert_eq!(d.iter().count(), 0);
    }

    #[test]
    fn big_table_against_std() {
        use std::collections::HashMap;
        let mut d = DictTable::new();
        let mut m = HashMap::new();
        let mut x: u64 = 1;
        for _ in 0..50_000 {
            // xorshift: a deterministic pseudo-random key stream with many repeats.
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let k = (x % 5000) as i64 - 2500;
            if x.is_multiple_of(3) {
                assert_eq!(del(&mut d, k).map(|e| e.1), m.remove(&k));
            } else {
                assert_eq!(ins(&mut d, k, x as i64), m.insert(k, x as i64));
            }
        }
        assert_eq!(d.len(), m.len());
        for (k, v) in &m {
            assert_eq!(get(&d, *k), Some(*v));
        }
    }
}
