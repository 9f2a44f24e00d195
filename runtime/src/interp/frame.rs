//! An activation record: the code being run, its value stack, locals, cells and namespaces.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::object::Obj;
use crate::value::Value;

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: usize,
    pub stack: Vec<Value>,
    /// Fast locals (`code.varnames`), then cells (`code.cellvars`, `code.freevars`) as cell
    /// objects.
    pub locals: Vec<Value>,
    /// The module namespace (a dict).
    pub globals: Obj,
    /// The builtins namespace (a dict).
    pub builtins: Obj,
    /// The namespace of a class body or module run through `LoadName`/`StoreName`.
    pub namespace: Option<Obj>,
}

/// Buffers of finished frames, reused by new ones: a call then allocates nothing.
#[derive(Default)]
pub struct FramePool {
    buffers: Vec<Vec<Value>>,
}

/// Buffers kept for reuse; more than this are freed (deep recursion unwinding).
const POOL_LIMIT: usize = 256;

impl FramePool {
    fn take(&mut self) -> Vec<Value> {
        self.buffers.pop().unwrap_or_else(|| Vec::with_capacity(16))
    }

    /// Returns a finished frame's buffers to the pool.
    pub fn recycle(&mut self, frame: Frame) {
        for mut buf in [frame.stack, frame.locals] {
            if self.buffers.len() < POOL_LIMIT {
                buf.clear();
                self.buffers.push(buf);
            }
        }
    }
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Obj, builtins: Obj, pool: &mut FramePool) -> Frame {
        let n = code.nlocals() + code.ncells();
        let mut locals = pool.take();
        locals.resize(n, Value::Null);
        Frame {
            stack: pool.take(),
            locals,
            pc: 0,
            code,
            globals,
            builtins,
            namespace: None,
        }
    }

    /// The source line being executed (the last instruction started).
    pub fn line(&self) -> u32 {
        self.code.line_of(self.pc.saturating_sub(1))
    }

    /// The cell object for cell/free variable `i`.
    #[inline]
    pub fn cell(&self, i: u32) -> &Obj {
        match &self.locals[self.code.nlocals() + i as usize] {
            Value::Obj(o) => o,
            _ => unreachable!("cell slots always hold cells"),
        }
    }
}
