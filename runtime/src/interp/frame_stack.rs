//! The Python frames running now, innermost last: what `sys._getframe`, `globals()` and
//! `warnings` see of the call stack. One of the few modules allowed `unsafe`.
//!
//! Entries are plain words, so that compiled code can push and pop them itself around a
//! direct call (see `jit_abi`): a running frame is recorded by the addresses of the
//! `Rc<Code>` and globals `Obj` handles that keep its code and namespace alive, and the
//! instruction its caller was executing.
//!
//! Invariants (the interpreter and the JIT's code generator keep them; `entry` relies on
//! them):
//! 1. Each entry in `[0..len)` points at an `Rc<Code>` and an `Obj` that stay where they are
//!    and alive until the entry is popped: the fields of an interpreter `Frame` that is
//!    running (it is neither moved nor dropped while it runs), or of a function object that
//!    compiled code making a direct call holds as a constant.
//! 2. `base` is the address of `entries`' buffer and `cap` its length; `len <= cap`. Only
//!    [`FrameStack::push`] replaces the buffer (compiled code calls it through a helper when
//!    the stack is full), and it updates `base` and `cap`.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::object::Obj;

/// One running frame.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ActiveFrame {
    pub code: *const Rc<Code>,
    pub globals: *const Obj,
    /// Where the caller was when this frame started (`Vm::cur_pc` then).
    pub caller_pc: usize,
}

#[repr(C)]
pub struct FrameStack {
    pub base: *mut ActiveFrame,
    pub len: usize,
    pub cap: usize,
    entries: Vec<ActiveFrame>,
}

const EMPTY: ActiveFrame = ActiveFrame {
    code: std::ptr::null(),
    globals: std::ptr::null(),
    caller_pc: 0,
};

/// Byte offsets for compiled code.
pub const BASE_OFFSET: i32 = std::mem::offset_of!(FrameStack, base) as i32;
pub const LEN_OFFSET: i32 = std::mem::offset_of!(FrameStack, len) as i32;
pub const CAP_OFFSET: i32 = std::mem::offset_of!(FrameStack, cap) as i32;
pub const ENTRY_SIZE: i32 = std::mem::size_of::<ActiveFrame>() as i32;
pub const CODE_OFFSET: i32 = std::mem::offset_of!(ActiveFrame, code) as i32;
pub const GLOBALS_OFFSET: i32 = std::mem::offset_of!(ActiveFrame, globals) as i32;
pub const CALLER_PC_OFFSET: i32 = std::mem::offset_of!(ActiveFrame, caller_pc) as i32;

impl Default for FrameStack {
    fn default() -> FrameStack {
        let mut entries = vec![EMPTY; 64];
        FrameStack {
            base: entries.as_mut_ptr(),
            len: 0,
            cap: entries.len(),
            entries,
        }
    }
}

impl FrameStack {
    /// Records that a frame running `code` with `globals` starts; its handles must stay put
    /// and alive until `pop` (invariant 1).
    #[inline]
    pub fn push(&mut self, code: &Rc<Code>, globals: &Obj, caller_pc: usize) {
        if self.len == self.cap {
            // Entries pushed by compiled code are in the buffer but past the Vec's view of
            // nothing: the buffer is all initialised entries, so a copy keeps them.
            let mut bigger = vec![EMPTY; self.cap * 2];
            bigger[..self.len].copy_from_slice(&self.entries[..self.len]);
            self.entries = bigger;
            self.base = self.entries.as_mut_ptr();
            self.cap = self.entries.len();
        }
        self.entries[self.len] = ActiveFrame {
            code,
            globals,
            caller_pc,
        };
        self.len += 1;
    }

    /// The innermost frame stopped; returns where its caller was.
    #[inline]
    pub fn pop(&mut self) -> Option<usize> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(self.entries[self.len].caller_pc)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The code, globals and caller's instruction of entry `i` (0 outermost).
    pub fn entry(&self, i: usize) -> Option<(&Rc<Code>, &Obj, usize)> {
        if i >= self.len {
            return None;
        }
        let e = self.entries[i];
        // SAFETY (invariant 1): the handles outlive the entry, which outlives `&self`'s use
        // here (entries are popped only through `&mut self`).
        Some(unsafe { (&*e.code, &*e.globals, e.caller_pc) })
    }
}
