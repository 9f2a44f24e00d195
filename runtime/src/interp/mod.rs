//! The interpreter tier: interpreter state, calls, and the evaluation loop.
//!
//! Python-to-Python calls recurse on the Rust stack (each call runs its own `eval::run`), which
//! keeps builtins that call back into Python (`sorted(key=...)`, `__eq__` during a dict lookup)
//! simple. Depth is bounded twice: by Python's recursion limit (`RecursionError`, as CPython),
//! and by the remaining native stack, checked against the stack's known base, so that no limit
//! set by `sys.setrecursionlimit` can crash the process. The interpreter thread is created with
//! a large stack (see `lib.rs`).

pub mod cache;
pub mod call;
pub mod coroutine;
pub mod eval;
pub mod finalize;
pub mod frame;
pub mod frame_stack;
pub mod generator;
pub mod interrupt;
pub mod jit_abi;
pub mod matching;
pub mod tier;

use std::io::Write;
use std::rc::Rc;

use crate::bytecode::Code;

use crate::object::exception::{recursion_error, PyErr};
use crate::object::{new_dict, new_list, new_module, new_str, Obj};
use crate::value::Value;
use crate::{Options, PyResult};

pub use self::call::call;
pub use self::frame::Frame;

/// Native stack kept in reserve below the last Python frame; past this, calls raise
/// RecursionError instead of overflowing.
const STACK_RESERVE: usize = 256 * 1024;

pub struct Vm {
    pub options: Options,
    pub builtins: Obj,
    pub builtins_dict: Obj,
    /// `sys.modules`.
    pub modules: Obj,
    pub sys: Obj,
    /// The exception being handled by the running frame's generator or, outside generators, by
    /// the thread; None if none is.
    pub exc_info: Value,
    /// Inside a generator without an exception of its own: what its caller is handling
    /// (CPython walks its chain of exception states to the first one that is set).
    pub exc_outer: Value,
    pub depth: u32,
    pub recursion_limit: u32,
    /// Lowest usable native stack address (the stack grows down).
    stack_limit: usize,
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// Interned attribute names used by the runtime itself.
    pub names: crate::object::Names,
    /// Reusable frame buffers.
    pub frames: frame::FramePool,
    /// The Python frames running now, innermost last (what `sys._getframe` and `warnings`
    /// see of the call stack).
    pub frame_stack: frame_stack::FrameStack,
    /// The instruction the innermost running frame is executing: the interpreter writes it at
    /// each instruction, compiled code before each runtime helper it calls (the only way it
    /// can run other Python code). A frame's line, once it has called another, is the
    /// `caller_pc` its callee saved.
    pub cur_pc: usize,
    /// The globals natives see when no Python frame is running.
    no_frame_globals: Obj,
    /// The JIT, when enabled (`--no-jit` leaves this None).
    pub tier: Option<Box<dyn tier::Tier>>,
}

impl Vm {
    /// Creates an interpreter. `stack_size` is the native stack of the calling thread (used to
    /// bound recursion); `argv` becomes `sys.argv`.
    pub fn new(options: Options, argv: Vec<String>, stack_size: usize) -> Vm {
        let here = approximate_sp();
        let stack_limit = here.saturating_sub(stack_size.saturating_sub(STACK_RESERVE));
        let builtins = new_module("builtins");
        let builtins_dict = crate::object::module_dict(&builtins);
        let modules = new_dict();
        let sys = new_module("sys");
        let mut vm = Vm {
            options,
            builtins,
            builtins_dict,
            modules,
            sys,
            exc_info: Value::None,
            exc_outer: Value::None,
            depth: 0,
            recursion_limit: 1000,
            stack_limit,
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            names: crate::object::Names::new(),
            frames: frame::FramePool::default(),
            frame_stack: frame_stack::FrameStack::default(),
            cur_pc: 0,
            no_frame_globals: new_dict(),
            tier: None,
        };
        crate::builtins::install(&mut vm);
        crate::modules::sys::install(&mut vm, argv);
        vm
    }

    /// Enters a Python-level call: checks the recursion limit and the native stack.
    #[inline]
    /// The exception being handled, as `sys.exc_info()`, a bare `raise` and implicit chaining
    /// see it.
    pub fn handled_exception(&self) -> &Value {
        if self.exc_info.is_none() {
            &self.exc_outer
        } else {
            &self.exc_info
        }
    }

    /// Records that `frame` starts (or resumes) running; `pop_frame` when it stops.
    #[inline]
    pub fn push_frame(&mut self, frame: &Frame) {
        self.push_frame_of(&frame.code, &frame.globals);
    }

    /// Records that a frame running `code` with `globals` starts; the handles must stay
    /// where they are until `pop_frame` (see `frame_stack`).
    #[inline]
    pub fn push_frame_of(&mut self, code: &Rc<Code>, globals: &Obj) {
        self.frame_stack.push(code, globals, self.cur_pc);
    }

    /// The innermost frame stopped: its caller is again executing the instruction it was.
    #[inline]
    pub fn pop_frame(&mut self) {
        if let Some(pc) = self.frame_stack.pop() {
            self.cur_pc = pc;
        }
    }

    /// The globals of the frame running now (natives such as `type(name, bases, ns)` and
    /// `eval` use them as CPython uses the calling frame's).
    pub fn current_globals(&self) -> &Obj {
        match self.frame_stack.len().checked_sub(1) {
            Some(i) => self.frame_stack.entry(i).expect("within the stack").1,
            None => &self.no_frame_globals,
        }
    }

    /// The code, globals and current line of the running frame `depth` calls out from the
    /// innermost (0), or None past the outermost.
    pub fn frame_at(&self, depth: usize) -> Option<(&Rc<Code>, &Obj, u32)> {
        let n = self.frame_stack.len();
        let i = n.checked_sub(depth + 1)?;
        let (code, globals, _) = self.frame_stack.entry(i)?;
        let pc = match self.frame_stack.entry(i + 1) {
            Some((_, _, caller_pc)) => caller_pc,
            None => self.cur_pc,
        };
        Some((code, globals, code.line_of(pc)))
    }

    pub fn enter(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit || approximate_sp() < self.stack_limit {
            self.depth -= 1;
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Enters a call of a class (CPython counts these calls, made through `tp_call`, toward
    /// the recursion limit, with its own message).
    /// Whether a Python call made now would get past `enter` (compiled code that inlined a
    /// call checks this, so that it raises RecursionError exactly where a real call would).
    pub fn can_enter(&self) -> bool {
        self.depth < self.recursion_limit && approximate_sp() >= self.stack_limit
    }

    pub fn enter_object_call(&mut self) -> PyResult<()> {
        self.enter().map_err(|_| {
            recursion_error("maximum recursion depth exceeded while calling a Python object")
        })
    }

    #[inline]
    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.stdout
            .write_all(s.as_bytes())
            .map_err(|e| crate::object::exception::os_error(e.to_string()))
    }

    pub fn write_stderr(&mut self, s: &str) {
        self.flush_stdout();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    /// `sys.argv`-style list helper used at startup.
    pub fn str_list(items: &[String]) -> Value {
        new_list(items.iter().map(|s| new_str(s.as_str())).collect())
    }

    /// Raises a pending error as PyErr (convenience for natives).
    pub fn err<T>(&self, e: PyErr) -> PyResult<T> {
        Err(e)
    }
}

/// An address on the current native stack: close enough to the stack pointer for depth checks.
#[inline(always)]
fn approximate_sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}
