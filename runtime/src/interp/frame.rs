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

impl Frame {
    pub fn new(code: Rc<Code>, globals: Obj, builtins: Obj) -> Frame {
        let n = code.nlocals() + code.ncells();
        Frame {
            stack: Vec::with_capacity(16),
            locals: vec![Value::Null; n],
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
