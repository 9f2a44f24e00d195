//! `Value`: every Python value, in 16 bytes.
//!
//! A tag word and a payload word (`#[repr(C, u64)]`, so compiled code can read both at fixed
//! offsets). `None`, `bool`, `int` that fits in an `i64`, and `float` are stored inline, so
//! arithmetic on them never allocates and a list of floats holds the doubles themselves.
//! Everything else is a reference-counted pointer to a heap object ([`Obj`]).
//!
//! `Null` is not a Python value: it marks an unbound local, an empty cell or an absent optional
//! argument, and never escapes to Python code.
//!
//! The `unsafe` here moves values as their two 8-byte words (`read_words`, `write_words`, and
//! `Clone`, `pop_value`, `by_words`, `move_tail` built on them). Invariants: every variant but
//! `Obj` is plain data, so its words are the value; an `Obj` copy owns a counted reference
//! (`Clone` counts it first; a move leaves the source forgotten, never dropped); a bool's
//! payload word may have only its first byte set, so words are read as `MaybeUninit`.
//! Why words: a value is usually written as two 8-byte stores (tag, payload), and a 16-byte
//! load of it (what a derived `Clone`, `Vec::pop` or `ptr::read` compile to) cannot be
//! forwarded from the store buffer and waits for both stores to retire, on the interpreter's
//! and the helpers' hottest paths.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::{Obj, Payload};

#[derive(Debug)]
#[repr(C, u64)]
pub enum Value {
    Null = 0,
    None = 1,
    Bool(bool) = 2,
    Int(i64) = 3,
    Float(f64) = 4,
    Obj(Obj) = 5,
}

/// Tag values as compiled code sees them in the first word.
pub mod tag {
    pub const NULL: u64 = 0;
    pub const NONE: u64 = 1;
    pub const BOOL: u64 = 2;
    pub const INT: u64 = 3;
    pub const FLOAT: u64 = 4;
    pub const OBJ: u64 = 5;
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            std::mem::forget(o.clone());
        }
        // SAFETY: see the module doc: the bits of a non-`Obj` value are the value, and the
        // reference an `Obj` copy owns was counted just above.
        unsafe { read_words(self) }
    }
}

impl Value {
    /// The tag word compiled code sees (`tag::*`).
    #[inline]
    pub fn tag(&self) -> u64 {
        match self {
            Value::Null => tag::NULL,
            Value::None => tag::NONE,
            Value::Bool(_) => tag::BOOL,
            Value::Int(_) => tag::INT,
            Value::Float(_) => tag::FLOAT,
            Value::Obj(_) => tag::OBJ,
        }
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn into_obj(self) -> Option<Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a heap value.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// An integer value from a big integer, inline when it fits in an i64.
    pub fn from_bigint(n: BigInt) -> Value {
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => crate::object::new_bigint(n),
        }
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints and floats are not objects here; treat equal payloads as identical, as
            // CPython's small-int cache and constant folding usually make them.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            _ => false,
        }
    }
}

/// Pops the top of a value stack, reading its two words separately (see the module doc: a
/// value just pushed was usually written as two 8-byte stores, which a 16-byte load cannot take
/// from the store buffer).
#[inline(always)]
pub fn pop_value(stack: &mut Vec<Value>) -> Option<Value> {
    let n = stack.len().checked_sub(1)?;
    // SAFETY: `n < len`; the slot is read once and then forgotten by `set_len`, so ownership
    // moves to the returned value. Reading the words volatile keeps them two loads.
    unsafe {
        let v = read_words(stack.as_ptr().add(n));
        stack.set_len(n);
        Some(v)
    }
}

/// `v` itself, moved through two 8-byte loads: for a value just written to memory (as a
/// function's result inside a `Result`) on a hot path, see the module doc.
#[inline(always)]
pub fn by_words(v: Value) -> Value {
    let v = std::mem::ManuallyDrop::new(v);
    // SAFETY: the copy takes over `v`'s reference, which is never dropped.
    unsafe { read_words(&*v) }
}

/// Moves `v` to `*out` as two 8-byte loads and stores, a bool's payload as a whole word:
/// `v` may just have been written (inside a `Result`), and what reads `*out` next (compiled
/// code, `read_words`) loads words, which the store buffer forwards only from stores at
/// least as wide.
///
/// # Safety
/// As `ptr::write`: `out` is valid for writes and holds nothing that needs dropping.
#[inline(always)]
pub unsafe fn write_words(out: *mut Value, v: Value) {
    use std::mem::{ManuallyDrop, MaybeUninit};
    let words: [MaybeUninit<u64>; 2] = match v {
        // The bool's one byte, read as a byte, written as a word.
        Value::Bool(b) => [MaybeUninit::new(tag::BOOL), MaybeUninit::new(b as u64)],
        // Read as words too (the value may just have been written); ownership moves to `out`.
        v => {
            let v = ManuallyDrop::new(v);
            let p = &*v as *const Value as *const MaybeUninit<u64>;
            [
                std::ptr::read_volatile(p),
                std::ptr::read_volatile(p.add(1)),
            ]
        }
    };
    let p = out as *mut MaybeUninit<u64>;
    std::ptr::write_volatile(p, words[0]);
    std::ptr::write_volatile(p.add(1), words[1]);
}

/// Moves the last `n` values of `from` to the end of `to`, in order (a call's arguments into
/// the new frame), reading each as two words (see the module doc).
#[inline]
pub fn move_tail(from: &mut Vec<Value>, n: usize, to: &mut Vec<Value>) {
    let start = from.len().checked_sub(n).expect("enough values to move");
    to.reserve(n);
    // SAFETY: `start + i < from.len()` and `to` has room for `n` more; each value is read once
    // and `from`'s length is cut below them, so ownership moves to `to`.
    unsafe {
        let src = from.as_ptr().add(start);
        let dst = to.as_mut_ptr().add(to.len());
        for i in 0..n {
            dst.add(i).write(read_words(src.add(i)));
        }
        from.set_len(start);
        to.set_len(to.len() + n);
    }
}

/// A bitwise copy of `*v` read as two 8-byte loads (see the module doc): `ptr::read` for
/// values that compiled code or the interpreter has just written.
///
/// # Safety
/// As `ptr::read`: `v` is valid for reads, and the caller accounts for the copy's reference
/// (if any), usually by treating the source as moved out.
#[inline(always)]
pub unsafe fn read_words(v: *const Value) -> Value {
    // As `MaybeUninit`: a bool's payload word has only its first byte set.
    use std::mem::MaybeUninit;
    let p = v as *const MaybeUninit<u64>;
    let words = [
        std::ptr::read_volatile(p),
        std::ptr::read_volatile(p.add(1)),
    ];
    std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(words)
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<Obj> for Value {
    fn from(o: Obj) -> Value {
        Value::Obj(o)
    }
}
