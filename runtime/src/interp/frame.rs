//! An activation record: the code being run, its value stack, locals, cells and namespaces.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::object::Obj;
use crate::value::Value;

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Fast locals (`code.varnames`), then cells (`code.cellvars`, `code.freevars`) as cell
    /// objects, in `stack[..base]`; the value stack above them. One buffer per frame.
    pub stack: Vec<Value>,
    /// Where the value stack starts (the number of locals and cells).
    pub base: usize,
    /// The module namespace (a dict).
    pub globals: Obj,
    /// The builtins namespace (a dict).
    pub builtins: Obj,
    /// The namespace of a class body or module run through `LoadName`/`StoreName`.
    pub namespace: Option<Obj>,
    /// A function frame's `locals()` dict, made on first use and refreshed from the fast
    /// locals at each call (CPython's `f_locals`: names `exec` adds to it stay).
    pub locals_dict: Option<Obj>,
}

/// Buffers of finished frames, reused by new ones: a call then allocates nothing.
#[derive(Default)]
pub struct FramePool {
    buffers: Vec<Vec<Value>>,
}

/// Buffers kept for reuse; more than this are freed (deep recursion unwinding).
const POOL_LIMIT: usize = 256;

impl FramePool {
    pub fn take(&mut self) -> Vec<Value> {
        self.buffers.pop().unwrap_or_else(|| Vec::with_capacity(16))
    }

    /// Returns a finished frame's buffer to the pool.
    pub fn recycle(&mut self, frame: Frame) {
        if self.buffers.len() < POOL_LIMIT {
            let mut buf = frame.stack;
            buf.clear();
            self.buffers.push(buf);
        }
    }
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Obj, builtins: Obj, pool: &mut FramePool) -> Frame {
        let base = code.nlocals() + code.ncells();
        let mut stack = pool.take();
        stack.resize(base, Value::Null);
        Frame::with_buffer(code, globals, builtins, stack)
    }

    /// A frame whose buffer already holds the arguments; the rest of the locals are unbound.
    pub fn with_buffer(
        code: Rc<Code>,
        globals: Obj,
        builtins: Obj,
        mut stack: Vec<Value>,
    ) -> Frame {
        let base = code.nlocals() + code.ncells();
        stack.resize(base, Value::Null);
        Frame {
            stack,
            base,
            pc: 0,
            code,
            globals,
            builtins,
            namespace: None,
            locals_dict: None,
        }
    }

    /// The source line being executed (the last instruction started).
    pub fn line(&self) -> u32 {
        self.code.line_of(self.pc.saturating_sub(1))
    }

    /// The cell object for cell/free variable `i`.
    #[inline]
    pub fn cell(&self, i: u32) -> &Obj {
        match &self.stack[self.code.nlocals() + i as usize] {
            Value::Obj(o) => o,
            _ => unreachable!("cell slots always hold cells"),
        }
    }
}
