//! `SetTable`: the hash table behind Python's `set` and `frozenset`, a port of CPython 3.11's
//! `Objects/setobject.c` so that iteration order (and so `print({5, 3, 100, 1})`) matches CPython
//! exactly for the same operations on keys with the same hashes.
//!
//! # Layout and invariants (as in CPython)
//! - An open-addressing table of `mask + 1` slots, a power of two, at least 8 (`PySet_MINSIZE`).
//!   A slot is *empty* (hash 0, no key), *dummy* (hash -1, no key; a deleted key) or *active*
//!   (hash, key). Python hashes are never -1, so the hash alone tells dummy from active.
//!   A new table allocates nothing until the first insertion; it behaves as 8 empty slots.
//! - `used` = active slots; `fill` = active + dummy slots. `fill < mask + 1` always (insertion
//!   resizes when `fill * 5 >= mask * 3`), so every probe sequence reaches an empty slot.
//! - Probing: start at `hash & mask`, look at that slot and, if they fit without wrapping, the 9
//!   following slots (`LINEAR_PROBES`); then `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`
//!   where `perturb` starts as the hash read as unsigned.
//! - Insertion puts a new key in the *last* dummy slot met before the first empty slot, else in
//!   that empty slot. Only filling an empty slot can trigger a resize, to the smallest power of
//!   two greater than `used * 4` (`used * 2` above 50000 keys); a resize re-inserts the active
//!   keys in old slot order.
//! - Iteration order is slot order. `pop` scans from a persistent `finger`, which survives
//!   `clear`, resizes and [`SetTable::swap_contents`] (CPython keeps it in the set object).
//!
//! Equality callbacks return `Result<bool, E>` (Python `__eq__` can raise; an error aborts the
//! operation) and are called as `eq(stored_key, probe_key)`, CPython's order. The helpers below
//! that take an `eq` closure perform exactly CPython's comparisons, in order.
//!
//! When equality may run Python code that could mutate the set, use the two-phase API instead,
//! which is CPython's `set_lookkey` with the table unborrowed during each comparison:
//!
//! ```text
//! 'restart: loop {
//!     let mut l = set.lookup(hash);
//!     loop {
//!         let Some(slot) = set.next_candidate(&mut l) else { /* absent: insert_new(..) */ };
//!         let stored = set.get(slot).clone();            // end the borrow of `set`
//!         let equal = python_eq(&stored, &key)?;          // may run arbitrary Python code
//!         // CPython restarts if the slot array was rebuilt or the slot's key replaced.
//!         if !set.is_current(&l) || !set.key_at(slot).is_some_and(|k| k is stored) {
//!             continue 'restart;
//!         }
//!         if equal { /* found: get / remove_at */ }
//!     }
//! }
//! ```
//!
//! Otherwise the probe continues over the table as it now is, as CPython's does. (CPython also
//! keeps going when a small table is rebuilt in place with the key still in its slot; we
//! restart then, which differs only for a pathological `__eq__`.)
//!
//! # Reproducing CPython's order: which primitives to use for each Python operation
//! "insert each x" means [`SetTable::insert`] (two-phase for reentrant keys) in the stated order,
//! hashing each x as it comes. "Set" below means any set or frozenset (subclasses included,
//! CPython's `PyAnySet_Check`); "dict" means an *exact* `dict` (subclasses and views such as
//! `d.keys()` are generic iterables).
//!
//! - `{a, b, c}` display, BUILD_SET: `new()`, insert each element in source order. If the display
//!   contains starred items, `new()` then, left to right, insert plain items and `update` (below)
//!   with starred ones.
//! - `{c1, c2, c3, ...}` display whose elements are *all constants* and number at least 3: the
//!   compiler folds it to a frozenset constant and emits BUILD_SET 0 + SET_UPDATE. Build the
//!   constant as CPython does: `f0 = new()`, insert each constant in source order; then rebuild it
//!   (the compiler's `merge_consts_recursive`): `f1 = new()`, insert each key of `f0` in `f0`'s
//!   iteration order. At run time the set is `new()` then `merge(&f1)` (an exact-layout copy).
//!   Example: `{6, 14, 22}` prints `{14, 22, 6}` but `{x, 14, 22}` with `x = 6` prints
//!   `{22, 6, 14}`.
//! - `for x in {consts...}` and `x in {consts...}` (any number of constants): the AST optimizer
//!   folds the display to the frozenset constant `f1` (built as just described) used directly.
//! - Set comprehension: `new()`, insert each produced element in order.
//! - `set()` / `frozenset()`: `new()`. `set(it)` / `frozenset(it)`: `new()` then `update(it)`.
//!   `frozenset(f)` for an exact frozenset `f` returns `f` itself.
//! - `s.update(*others)`, `s |= t` (CPython's `set_update_internal`, per argument):
//!   - t is a set: `s.merge(&t)` (nothing to do if t is s);
//!   - t is a dict: `s.extend_from_dict(&t)` (presize, then insert each key in dict order with
//!     the dict's stored hash);
//!   - otherwise: insert each item of `iter(t)`.
//! - `s.copy()`, `frozenset.copy()` of a non-exact frozenset: `s.copy()`.
//! - `s.union(*others)`, `s | t`: `r = s.copy()`, then `r.update(t)` for each t that is not s.
//! - `s.add(x)`: insert. `s.discard(x)` / `s.remove(x)`: [`SetTable::remove`] (never resizes).
//!   `s.pop()`: [`SetTable::pop`]. `s.clear()`: [`SetTable::clear`].
//! - `s.intersection(t)`, `s & t` (`set_intersection`): if t is s: `s.copy()`. If t is a set:
//!   `s.intersection(&t)` (iterates the smaller set, t on a tie; adds the iterated set's keys).
//!   Otherwise: `r = new()`; for each x of `iter(t)`: if x in s, insert x into r and stop as soon
//!   as `r.len() >= s.len()`. With several arguments: no argument gives `s.copy()`, else fold
//!   left to right, each step being this operation on the previous result.
//! - `s.intersection_update(*ts)`, `s &= t`: compute `tmp` as for `intersection`, then
//!   `s.swap_contents(&mut tmp)` (s keeps its pop finger).
//! - `s.difference(t)`, `s - t` (`set_difference`): if t is neither a set nor a dict, or if
//!   `(s.len() >> 2) > t.len()`: `r = s.copy()`, then `r.difference_update(t)` as below.
//!   Otherwise, t a set: `s.difference(&t)`; t a dict: `r = new()`, for each key of s in slot order
//!   that is not in t, insert it into r with its stored hash. Several arguments: no argument gives
//!   `s.copy()`, else `difference` with the first, then `difference_update` with each of the rest.
//! - `s.difference_update(*ts)`, `s -= t` (`set_difference_update_internal`, per argument): if t
//!   is s: `s.clear()`. If t is a set: `s.difference_update(&t)`. Otherwise (dict included):
//!   remove each item of `iter(t)`, then `s.shrink_dummies()`.
//! - `s.symmetric_difference(t)`, `s ^ t`: `r = set(t)` (built as `set(it)` above, whatever t
//!   is), then `r.symmetric_difference_update(&s)`; the helper `s.symmetric_difference(&t)` does
//!   this when t is a set.
//! - `s.symmetric_difference_update(t)`, `s ^= t`: if t is s: `s.clear()`. If t is a dict: for
//!   each key k of t in dict order (stored hash): remove k from s, or insert it if it was absent.
//!   If t is a set: `s.symmetric_difference_update(&t)`. Otherwise: `tmp = set(t)` as above, then
//!   `s.symmetric_difference_update(&tmp)`.
//! - `isdisjoint`, `issubset`, `issuperset`, comparisons, `in`: lookups only, no order effects.
//! - Iteration, `repr`, `list(s)`, `sorted(s)`: slot order ([`SetTable::iter`], or
//!   [`SetTable::next_pos`] + [`SetTable::get`] for a Python iterator, which raises "Set changed
//!   size during iteration" when `len()` differs from its value at creation).
//! - `hash(frozenset)`: [`SetTable::frozenset_hash`] (bit-exact with CPython given equal element
//!   hashes).
//! - `s.__init__(it)` called again on an existing set: `s.clear()` (only if it was ever filled),
//!   then `update(it)`.

use core::convert::Infallible;

use super::dict_table::DictTable;

/// CPython's `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;
/// Slots examined linearly after each perturbed probe position.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash stored in a dummy (deleted) slot; no Python object hashes to -1.
const DUMMY_HASH: i64 = -1;

#[derive(Debug)]
struct Slot<K> {
    /// 0 for an empty slot, `DUMMY_HASH` for a dummy, the key's hash when active.
    hash: i64,
    key: Option<K>,
}

impl<K> Slot<K> {
    const EMPTY: Self = Slot { hash: 0, key: None };

    #[inline(always)]
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }
}

/// CPython's probe sequence over a table with the given mask (see the module doc).
#[derive(Clone, Debug)]
struct Probe {
    base: usize,
    offset: usize,
    /// How many slots after `base` are examined linearly (9, or 0 near the end of the table).
    run: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> Self {
        let base = (hash as u64 as usize) & mask;
        Probe {
            base,
            offset: 0,
            run: Self::run_at(base, mask),
            perturb: hash as u64,
            mask,
        }
    }

    #[inline(always)]
    fn run_at(base: usize, mask: usize) -> usize {
        if base + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }

    /// The next slot index to examine; the sequence is infinite and covers every slot.
    #[inline(always)]
    fn next_slot(&mut self) -> usize {
        let slot = self.base + self.offset;
        if self.offset < self.run {
            self.offset += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            let next = (self.base as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb);
            self.base = (next as usize) & self.mask;
            self.offset = 0;
            self.run = Self::run_at(self.base, self.mask);
        }
        slot
    }
}

/// Allocates `size` empty slots.
fn empty_slots<K>(size: usize) -> Vec<Slot<K>> {
    let mut v = Vec::with_capacity(size);
    v.resize_with(size, || Slot::EMPTY);
    v
}

/// CPython's `set_insert_clean`: places a key known to be absent into a table without dummies.
#[inline]
fn insert_clean<K>(slots: &mut [Slot<K>], mask: usize, hash: i64, key: K) {
    let mut probe = Probe::new(hash, mask);
    loop {
        let i = probe.next_slot();
        if slots[i].key.is_none() {
            slots[i] = Slot {
                hash,
                key: Some(key),
            };
            return;
        }
    }
}

/// Unwraps a result whose error type is uninhabited.
#[inline(always)]
fn infallible<T>(r: Result<T, Infallible>) -> T {
    match r {
        Ok(t) => t,
        Err(never) => match never {},
    }
}

/// A Python set/frozenset table with CPython 3.11's layout and iteration order.
#[derive(Debug)]
pub struct SetTable<K> {
    /// `mask + 1` slots, or no allocation at all for a never-filled table (acts as 8 empty slots).
    slots: Vec<Slot<K>>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots (the set's length).
    used: usize,
    /// Where `pop` resumes scanning (masked on use).
    finger: usize,
    /// Bumped whenever the slot array is replaced or rebuilt, for two-phase lookups.
    generation: u64,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// A lookup in progress (the two-phase API in the module doc): CPython's probe sequence for
/// one hash, detached from the table so that the table can be used, even mutated, between
/// candidates. Made by [`SetTable::lookup`], advanced by [`SetTable::next_candidate`].
#[derive(Clone, Debug)]
pub struct Lookup {
    probe: Probe,
    hash: i64,
    generation: u64,
    done: bool,
}

/// Candidate slots for a hash: active slots with that exact stored hash, in probe order, up to
/// the first empty slot. Returned by [`SetTable::candidates`].
///
/// A slot can be yielded more than once: CPython's probe sequence may revisit a slot before it
/// reaches an empty one, and CPython compares the key again on every visit.
#[derive(Debug)]
pub struct Candidates<'a, K> {
    table: &'a SetTable<K>,
    lookup: Lookup,
}

impl<K> Iterator for Candidates<'_, K> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        self.table.next_candidate(&mut self.lookup)
    }
}

impl<K> SetTable<K> {
    /// An empty set (CPython's `make_new_set` with no iterable); allocates nothing.
    #[inline]
    pub fn new() -> Self {
        SetTable {
            slots: Vec::new(),
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }

    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// True if there are no elements.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes whenever the slot array is replaced or rebuilt (see the module doc).
    #[inline]
    pub fn generation(&self) -> u64 {
        self.generation
    }

    #[inline(always)]
    fn mask(&self) -> usize {
        if self.slots.is_empty() {
            MIN_SIZE - 1
        } else {
            self.slots.len() - 1
        }
    }

    #[inline(always)]
    fn ensure_allocated(&mut self) {
        if self.slots.is_empty() {
            self.slots = empty_slots(MIN_SIZE);
            self.generation += 1;
        }
    }

    /// `set.clear()` (CPython's `set_clear_internal`): back to an empty 8-slot table. The pop
    /// finger is kept, as in CPython.
    pub fn clear(&mut self) {
        self.slots = Vec::new();
        self.fill = 0;
        self.used = 0;
        self.generation += 1;
    }

    /// The slot holding a key equal to the probe (CPython's `set_lookkey`), or `None`.
    #[inline]
    pub fn find<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if self.used == 0 {
            // No active slot can match; CPython would only walk dummies to an empty slot.
            return Ok(None);
        }
        let mut probe = Probe::new(hash, self.mask());
        loop {
            let i = probe.next_slot();
            let slot = &self.slots[i];
            match &slot.key {
                None if slot.hash == 0 => return Ok(None),
                Some(k) if slot.hash == hash && eq(k)? => return Ok(Some(i)),
                _ => {}
            }
        }
    }

    /// [`find`](Self::find) with a cheap, infallible comparison.
    #[inline]
    pub fn find_by(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        infallible(self.find(hash, |k| Ok(eq(k))))
    }

    /// The slots a lookup of `hash` compares against, in probe order.
    #[inline]
    pub fn candidates(&self, hash: i64) -> Candidates<'_, K> {
        Candidates {
            table: self,
            lookup: self.lookup(hash),
        }
    }

    /// Starts a two-phase lookup of `hash` (see the module doc).
    #[inline]
    pub fn lookup(&self, hash: i64) -> Lookup {
        Lookup {
            probe: Probe::new(hash, self.mask()),
            hash,
            generation: self.generation,
            done: self.used == 0,
        }
    }

    /// Whether the slot array is still the one `l` started on; if not, start a new lookup.
    #[inline]
    pub fn is_current(&self, l: &Lookup) -> bool {
        l.generation == self.generation
    }

    /// The next active slot whose stored hash is the lookup's, in probe order; `None` at the
    /// first empty slot (the key is absent), or if the lookup is no longer current.
    #[inline]
    pub fn next_candidate(&self, l: &mut Lookup) -> Option<usize> {
        if l.done || !self.is_current(l) {
            return None;
        }
        loop {
            let i = l.probe.next_slot();
            let slot = &self.slots[i];
            if slot.is_empty() {
                l.done = true;
                return None;
            }
            if slot.hash == l.hash && slot.key.is_some() {
                return Some(i);
            }
        }
    }

    /// The key in a slot, if the slot is active.
    #[inline]
    pub fn key_at(&self, slot: usize) -> Option<&K> {
        self.slots.get(slot)?.key.as_ref()
    }

    /// `s.add(key)` (CPython's `set_add_entry`). Returns `true` if the key was added, `false` if
    /// an equal key was already present (the stored key is kept and `key` dropped).
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        debug_assert_ne!(hash, DUMMY_HASH, "Python hashes are never -1");
        self.ensure_allocated();
        let mut probe = Probe::new(hash, self.mask());
        let mut freeslot = None;
        loop {
            let i = probe.next_slot();
            let slot = &self.slots[i];
            match &slot.key {
                None if slot.hash == 0 => {
                    self.place(i, freeslot, hash, key);
                    return Ok(true);
                }
                // A dummy. CPython 3.11 remembers the *last* one seen, not the first.
                None => freeslot = Some(i),
                Some(k) if slot.hash == hash && eq(k)? => return Ok(false),
                Some(_) => {}
            }
        }
    }

    /// Adds a key the caller has established is absent (second phase of a reentrant `add`):
    /// the same placement as [`insert`](Self::insert) when no candidate compares equal.
    pub fn insert_new(&mut self, hash: i64, key: K) {
        debug_assert_ne!(hash, DUMMY_HASH, "Python hashes are never -1");
        self.ensure_allocated();
        let mut probe = Probe::new(hash, self.mask());
        let mut freeslot = None;
        loop {
            let i = probe.next_slot();
            let slot = &self.slots[i];
            if slot.key.is_none() {
                if slot.hash == 0 {
                    self.place(i, freeslot, hash, key);
                    return;
                }
                freeslot = Some(i);
            }
        }
    }

    /// The tail of `set_add_entry`: fill the remembered dummy, or the empty slot (and then maybe
    /// grow).
    #[inline]
    fn place(&mut self, empty: usize, freeslot: Option<usize>, hash: i64, key: K) {
        self.used += 1;
        let slot = Slot {
            hash,
            key: Some(key),
        };
        match freeslot {
            Some(f) => self.slots[f] = slot,
            None => {
                self.slots[empty] = slot;
                self.fill += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    self.resize(self.growth_target());
                }
            }
        }
    }

    /// CPython's `used > 50000 ? used * 2 : used * 4`.
    #[inline]
    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `s.discard(key)` (CPython's `set_discard_entry`): removes and returns the equal key.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(self.find(hash, eq)?.map(|i| self.remove_at(i)))
    }

    /// Removes the key in an active slot, leaving a dummy (second phase of a reentrant discard).
    ///
    /// # Panics
    /// If the slot is not active.
    pub fn remove_at(&mut self, slot: usize) -> K {
        let s = &mut self.slots[slot];
        let key = s
            .key
            .take()
            .expect("SetTable::remove_at on an inactive slot");
        s.hash = DUMMY_HASH;
        self.used -= 1;
        key
    }

    /// `s.pop()` (CPython's `set_pop`): the first active slot at or after the finger, wrapping.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.slots[i].key.is_none() {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        Some(self.remove_at(i))
    }

    /// The key in an active slot.
    ///
    /// # Panics
    /// If the slot is not active.
    #[inline]
    pub fn get(&self, slot: usize) -> &K {
        self.slots[slot]
            .key
            .as_ref()
            .expect("SetTable::get on an inactive slot")
    }

    /// The stored hash of an active slot.
    #[inline]
    pub fn hash_at(&self, slot: usize) -> i64 {
        self.slots[slot].hash
    }

    /// The first active slot `>= pos`, if any (for Python set iterators).
    #[inline]
    pub fn next_pos(&self, pos: usize) -> Option<usize> {
        let rest = self.slots.get(pos..)?;
        rest.iter()
            .position(|s| s.key.is_some())
            .map(|off| pos + off)
    }

    /// Keys in iteration (slot) order.
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.slots.iter().filter_map(|s| s.key.as_ref())
    }

    /// `(stored hash, key)` in iteration (slot) order.
    #[inline]
    pub fn entries(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (s.hash, k)))
    }

    /// CPython's `set_table_resize(so, minused)`: rebuild into the smallest power-of-two table
    /// (at least 8) larger than `minused`, re-inserting active keys in old slot order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.mask() == MIN_SIZE - 1 && self.fill == self.used {
            // Same small table and no dummies to purge: CPython returns without touching it.
            return;
        }
        let old = core::mem::replace(&mut self.slots, empty_slots(newsize));
        let mask = newsize - 1;
        for slot in old {
            if let Some(key) = slot.key {
                insert_clean(&mut self.slots, mask, slot.hash, key);
            }
        }
        self.fill = self.used;
        self.generation += 1;
    }

    /// Prepares for adding up to `incoming` keys at once: CPython's "one big resize" at the start
    /// of `set_merge` and of `set_update_internal`'s dict branch.
    pub fn presize(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// The tail of `set_difference_update_internal`: if more than a quarter of the slots are
    /// dummies, rebuild the table.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// Exchanges the contents of two tables except their pop fingers (CPython's
    /// `set_swap_bodies`, used by `intersection_update`).
    pub fn swap_contents(&mut self, other: &mut Self) {
        core::mem::swap(&mut self.slots, &mut other.slots);
        core::mem::swap(&mut self.fill, &mut other.fill);
        core::mem::swap(&mut self.used, &mut other.used);
        self.generation += 1;
        other.generation += 1;
    }

    /// `hash(frozenset)` (CPython's `frozenset_hash`), bit-exact given the element hashes.
    pub fn frozenset_hash(&self) -> i64 {
        // CPython xors the shuffled hash of *every* slot and then cancels the empty and dummy
        // slots' contributions; xor over the active slots alone is the same value.
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash = self
            .slots
            .iter()
            .filter(|s| s.key.is_some())
            .fold(0u64, |acc, s| acc ^ shuffle_bits(s.hash as u64));
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            590_923_713
        } else {
            hash as i64
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// `s.copy()` / `set(s)` (CPython: a new set plus `set_merge`).
    pub fn copy(&self) -> Self {
        let mut r = Self::new();
        if self.used > 0 {
            r.presize(self.used);
            r.merge_into_empty(self);
        }
        r
    }

    /// The two copying fast paths of `set_merge`, valid when `self.fill == 0`.
    fn merge_into_empty(&mut self, other: &Self) {
        debug_assert_eq!(self.fill, 0);
        self.ensure_allocated();
        if self.mask() == other.mask() && other.fill == other.used {
            // Same size and no dummies: copy the slots one for one.
            for (dst, src) in self.slots.iter_mut().zip(&other.slots) {
                if let Some(k) = &src.key {
                    *dst = Slot {
                        hash: src.hash,
                        key: Some(k.clone()),
                    };
                }
            }
        } else {
            let mask = self.mask();
            for (hash, key) in other.entries() {
                insert_clean(&mut self.slots, mask, hash, key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// The part of `set_merge` that needs no comparisons: presizes for `other`, and if `self`
    /// has never been filled, copies `other` in (exact layout when the sizes match). Returns
    /// `true` when the merge is complete; otherwise the caller finishes it by inserting each of
    /// `other`'s [`entries`](Self::entries) in order (with the two-phase API if comparisons may
    /// run Python code), which is what [`merge`](Self::merge) does.
    pub fn begin_merge(&mut self, other: &Self) -> bool {
        if other.used == 0 {
            return true;
        }
        self.presize(other.used);
        if self.fill == 0 {
            self.merge_into_empty(other);
            return true;
        }
        false
    }

    /// `s.update(t)` / `s |= t` for a set `t` that is not `s` itself (CPython's `set_merge`).
    /// `eq` is never called when `self` has never been filled (the copying paths).
    pub fn merge<E>(
        &mut self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if self.begin_merge(other) {
            return Ok(());
        }
        for (hash, key) in other.entries() {
            self.insert(hash, key.clone(), |s| eq(s, key))?;
        }
        Ok(())
    }

    /// `s.update(d)` for an exact dict `d` (`set_update_internal`'s dict branch): presize, then
    /// add the keys in dict order with the dict's stored hashes.
    pub fn extend_from_dict<V, E>(
        &mut self,
        dict: &DictTable<K, V>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        self.presize(dict.len());
        let mut pos = dict.next_pos(0);
        while let Some(p) = pos {
            let key = dict.get(p).0;
            self.insert(dict.hash_at(p), key.clone(), |s| eq(s, key))?;
            pos = dict.next_pos(p + 1);
        }
        Ok(())
    }

    /// `s.union(t)` / `s | t` for a set `t` (copy, then merge).
    pub fn union<E>(
        &self,
        other: &Self,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut r = self.copy();
        r.merge(other, eq)?;
        Ok(r)
    }

    /// `s.intersection(t)` / `s & t` for a set `t` that is not `s` itself (`set_intersection`):
    /// iterates the smaller set (`other` on a tie), adding its keys that the larger one holds.
    pub fn intersection<E>(
        &self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let (big, small) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        let mut r = Self::new();
        for (hash, key) in small.entries() {
            if big.find(hash, |s| eq(s, key))?.is_some() {
                r.insert(hash, key.clone(), |s| eq(s, key))?;
            }
        }
        Ok(r)
    }

    /// `s.intersection_update(t)` / `s &= t` for a set `t` that is not `s` itself.
    pub fn intersection_update<E>(
        &mut self,
        other: &Self,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let mut tmp = self.intersection(other, eq)?;
        self.swap_contents(&mut tmp);
        Ok(())
    }

    /// `s.difference(t)` / `s - t` for a set `t` (`set_difference`). `t` may be `s` itself.
    pub fn difference<E>(
        &self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        if (self.len() >> 2) > other.len() {
            // Much bigger than `other`: copy and remove instead (`set_copy_and_difference`).
            let mut r = self.copy();
            r.difference_update(other, eq)?;
            return Ok(r);
        }
        let mut r = Self::new();
        for (hash, key) in self.entries() {
            if other.find(hash, |s| eq(s, key))?.is_none() {
                r.insert(hash, key.clone(), |s| eq(s, key))?;
            }
        }
        Ok(r)
    }

    /// `s.difference_update(t)` / `s -= t` for a set `t` that is not `s` itself
    /// (`set_difference_update_internal`).
    pub fn difference_update<E>(
        &mut self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (other.len() >> 3) > self.len() {
            // `other` is much bigger: remove only the common keys, in the intersection's order.
            let common = self.intersection(other, &mut eq)?;
            self.remove_all(&common, &mut eq)?;
        } else {
            self.remove_all(other, &mut eq)?;
        }
        self.shrink_dummies();
        Ok(())
    }

    fn remove_all<E>(
        &mut self,
        other: &Self,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (hash, key) in other.entries() {
            self.remove(hash, |s| eq(s, key))?;
        }
        Ok(())
    }

    /// `s.symmetric_difference_update(t)` / `s ^= t` for a set `t` that is not `s` itself:
    /// for each key of `t` in slot order, remove it from `s`, or add it if absent.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (hash, key) in other.entries() {
            if self.remove(hash, |s| eq(s, key))?.is_none() {
                self.insert(hash, key.clone(), |s| eq(s, key))?;
            }
        }
        Ok(())
    }

    /// `s.symmetric_difference(t)` / `s ^ t` for a set `t`: a copy of `t` updated with `s`.
    /// `t` may be `s` itself.
    pub fn symmetric_difference<E>(
        &self,
        other: &Self,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut r = other.copy();
        r.symmetric_difference_update(self, eq)?;
        Ok(r)
    }
}

#[cfg(test)]
mod tests;
