//! `str` payload: UTF-8 text with a cached hash and character count.
//!
//! Python indexes strings by code point. Storing the character count lets ASCII strings (count ==
//! byte length) index in O(1); other strings walk the UTF-8 bytes.

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    chars: usize,
    hash: Cell<i64>,
}

/// Marks a hash not yet computed (a real str hash is never -1, as in CPython).
const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(s: Box<str>) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            chars,
            hash: Cell::new(NO_HASH),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = crate::table::hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }
}
