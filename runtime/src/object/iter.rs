//! State of the builtin iterators (`iter(list)`, `range`, `enumerate`, `zip`, `map`, ...).
//!
//! All builtin iterators share one payload kind; the variant says which one it is. Advancing
//! them is `ops::iter::next`.

use super::Obj;
use crate::value::Value;

/// `#[repr(C, u64)]`: a tag word, then the variant's fields in order, so that compiled code can
/// step a list iterator in place (see `interp::jit_abi::list_iter_layout`).
#[repr(C, u64)]
pub enum IterState {
    /// Index-based iteration over a list, tuple, str, bytes or bytearray.
    Seq {
        seq: Obj,
        index: usize,
    },
    /// Reverse index-based iteration; `index` is the next index + 1 (0 = exhausted).
    Reversed {
        seq: Obj,
        index: usize,
    },
    /// A range beyond 64-bit bounds.
    BigRange(Box<BigRangeIter>),
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// Iteration over a dict's keys, values or items; `pos` is the next entry position.
    Dict {
        dict: Obj,
        kind: DictViewKind,
        pos: usize,
        len: usize,
    },
    /// Iteration over a set's slots.
    Set {
        set: Obj,
        pos: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        count: i64,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// The `__getitem__` protocol: obj[0], obj[1], ... until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

/// The state of iterating a range beyond 64-bit bounds (boxed: it is rare and would triple the
/// size of every iterator, and so of every heap object).
pub struct BigRangeIter {
    pub next: num_bigint::BigInt,
    pub step: num_bigint::BigInt,
    pub remaining: num_bigint::BigInt,
}

impl IterState {
    /// The next value of a `Range` iterator (None when exhausted or not a range).
    #[inline(always)]
    pub fn next_range(&mut self) -> Option<Value> {
        let IterState::Range {
            next,
            step,
            remaining,
        } = self
        else {
            return None;
        };
        if *remaining <= 0 {
            return None;
        }
        let v = *next;
        *remaining -= 1;
        *next = next.wrapping_add(*step);
        Some(Value::Int(v))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}
