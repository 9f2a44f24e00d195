//! The boundary between the interpreter and machine code: entering compiled code, leaving it,
//! and the runtime helpers compiled code calls. One of the few modules allowed `unsafe`.
//!
//! Calling convention. A compiled entry is `extern "C" fn(*mut JitCtx) -> u64`. `ctx.slots`
//! points at the frame's buffer: fast locals, cells, then the value stack from `ctx.base`. Each
//! slot is a [`Value`]: tag word at offset 0, payload word at 8 (see `value::tag`). The status
//! says how the code left:
//! - [`STATUS_RETURN`]: the function returned `ctx.ret`;
//! - [`STATUS_EXIT`]: resume the interpreter at instruction `ctx.exit_pc` with `ctx.exit_depth`
//!   values written to the value stack;
//! - [`STATUS_RAISE`]: as `STATUS_EXIT`, and the instruction at `ctx.exit_pc` raised
//!   `ctx.error` (set by the helper that failed);
//! - [`STATUS_GUARD`]: as `STATUS_EXIT`, because a guard failed.
//!
//! Invariants (the JIT's code generator keeps them; the unsafe code here relies on them):
//! 1. On entry the value stack's values are moved to compiled code (the buffer's length is set
//!    to `base`): compiled code owns them. On exit it writes exactly `exit_depth` valid, owned
//!    values into `slots[base..base + exit_depth]`, and the length is set to cover them. The
//!    buffer has capacity for `base + max_exit_depth` values for the whole call, and nothing
//!    else resizes it while compiled code runs (helpers never touch the frame's buffer).
//! 2. Compiled code writes a local's slot directly only while the slot holds an inline value or
//!    `Null` (no heap reference to drop); a slot holding an object is replaced through
//!    [`pyjit_store_local`], which drops the old value.
//! 3. Every tag written is one of `value::tag`, with a payload valid for it (a bool payload is
//!    0 or 1; an object payload is an owned, live `HeapObject` pointer).
//! 4. `ctx.vm` is the `&mut` the interpreter lent to `enter`; nothing else uses that borrow
//!    until compiled code returns. `ctx.code`, `ctx.globals` and `ctx.builtins` point at the
//!    running code and its namespaces, alive for the whole run (the interpreter's frame holds
//!    them, or, for a direct call, the callee function and the caller's context).
//! 5. A direct call (compiled code calling a compiled function start without the interpreter)
//!    builds the callee's `JitCtx` and slots in the caller's stack frame: `ret` and `error`
//!    zeroed, the arguments moved into the first slots and the other locals `Null`, the
//!    recursion depth counted in `Vm::depth`, and the callee's frame pushed on `Vm::frame_stack`
//!    (see `frame_stack`'s invariants). If the callee leaves its compiled code,
//!    [`helpers::pyjit_direct_resume`] moves its slots into a frame the interpreter finishes.

use std::mem::offset_of;

use crate::bytecode::{BinOp, CmpOp, Code, Instr, UnaryOp};
use crate::object::exception::PyErr;
use crate::object::iter::IterState;
use crate::object::{new_iter, Obj, Payload};
use crate::value::{read_words, Value};
use crate::PyResult;

use super::frame::Frame;
use super::tier::{CompiledEntry, Entered, Signature};
use super::Vm;

/// Operators as compiled code names them to [`helpers::pyjit_num_op`] (by index).
pub const BIN_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
];

/// `pyjit_compare`'s codes for `in` and `not in`, after the `CMP_OPS`.
pub const CMP_IN: u8 = 6;
pub const CMP_NOT_IN: u8 = 7;

/// Comparisons as compiled code names them to [`helpers::pyjit_compare`].
pub const CMP_OPS: [CmpOp; 6] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
];

/// The operations of `helpers::pyjit_match` (the `match` statement's instructions); for
/// `MATCH_CLASS` the number of positional sub-patterns is in the bits above the low 8.
pub const MATCH_LEN: i64 = 0;
pub const MATCH_SEQUENCE: i64 = 1;
pub const MATCH_MAPPING: i64 = 2;
pub const MATCH_KEYS: i64 = 3;
pub const MATCH_CLASS: i64 = 4;

/// The operations of [`helpers::pyjit_slot_op`].
pub const SLOT_BUILD_SET: u64 = 0;
pub const SLOT_BUILD_MAP: u64 = 1;
pub const SLOT_LIST_TO_TUPLE: u64 = 2;
pub const SLOT_DELETE_SUBSCR: u64 = 3;
/// `arg`: the conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`), plus 4 with a format spec.
pub const SLOT_FORMAT: u64 = 4;
/// `arg`: the constant index of the keyword names.
pub const SLOT_CALL_KW: u64 = 5;

/// Machine code of a compiled entry.
pub type CompiledFn = unsafe extern "C" fn(*mut JitCtx) -> u64;

pub const STATUS_RETURN: u64 = 0;
pub const STATUS_EXIT: u64 = 1;
pub const STATUS_RAISE: u64 = 2;
/// As `STATUS_EXIT`, because a guard failed (counted: see `tier::account`).
pub const STATUS_GUARD: u64 = 3;

/// What compiled code receives, and writes its way out through.
#[repr(C)]
pub struct JitCtx {
    pub slots: *mut Value,
    pub exit_pc: u64,
    pub exit_depth: u64,
    pub ret: Value,
    pub vm: *mut Vm,
    /// The running code object, and the globals and builtins dicts it runs with (borrowed
    /// from the interpreter's frame, or from the function object a direct call made).
    pub code: *const Code,
    pub globals: *const Obj,
    pub builtins: *const Obj,
    pub error: Option<PyErr>,
    /// The entry's signature (for re-checking the globals it assumed).
    pub signature: *const Signature,
    /// `dict_mutations()` when the globals were last found to hold.
    pub globals_checked_at: u64,
    /// 1 if a Python call made from this code would not raise RecursionError (calls it makes
    /// return to the same depth, so this holds for the whole run of the entry).
    pub can_call: u64,
}

/// Byte offsets of `JitCtx` fields, for the code generator.
pub mod ctx_offset {
    use super::*;
    pub const SLOTS: i32 = offset_of!(JitCtx, slots) as i32;
    pub const EXIT_PC: i32 = offset_of!(JitCtx, exit_pc) as i32;
    pub const EXIT_DEPTH: i32 = offset_of!(JitCtx, exit_depth) as i32;
    pub const RET: i32 = offset_of!(JitCtx, ret) as i32;
    pub const GLOBALS_CHECKED_AT: i32 = offset_of!(JitCtx, globals_checked_at) as i32;
    pub const CAN_CALL: i32 = offset_of!(JitCtx, can_call) as i32;
    pub const VM: i32 = offset_of!(JitCtx, vm) as i32;
    pub const CODE: i32 = offset_of!(JitCtx, code) as i32;
    pub const GLOBALS: i32 = offset_of!(JitCtx, globals) as i32;
    pub const BUILTINS: i32 = offset_of!(JitCtx, builtins) as i32;
    pub const ERROR: i32 = offset_of!(JitCtx, error) as i32;
    pub const SIGNATURE: i32 = offset_of!(JitCtx, signature) as i32;
    pub const SIZE: u32 = std::mem::size_of::<JitCtx>() as u32;
}

// A direct call builds its callee's context in compiled code: no error is a zero word.
const _: () = assert!(std::mem::size_of::<Option<PyErr>>() == 8);

/// Byte offset of `Signature::checked_at` (a direct call compares it with the dict mutation
/// counter).
pub const SIGNATURE_CHECKED_AT_OFFSET: i32 = offset_of!(Signature, checked_at) as i32;

/// Byte offset of `Code::call_count` (a direct call counts the callee's calls too).
pub const CODE_CALL_COUNT_OFFSET: i32 = offset_of!(crate::bytecode::Code, call_count) as i32;

/// Byte offsets of the `Vm` fields a direct call reads and writes (recursion depth and
/// limits).
pub mod vm_offset {
    use super::*;
    pub const DEPTH: i32 = offset_of!(Vm, depth) as i32;
    pub const RECURSION_LIMIT: i32 = offset_of!(Vm, recursion_limit) as i32;
    pub const STACK_LIMIT: i32 = offset_of!(Vm, stack_limit) as i32;
    pub const BUILTINS_DICT: i32 = offset_of!(Vm, builtins_dict) as i32;
    pub const FRAME_STACK: i32 = offset_of!(Vm, frame_stack) as i32;
    /// `Vm::cur_pc`, which compiled code writes through `JitCtx::vm` (before a helper, and
    /// when a direct call returns).
    pub const CUR_PC: i32 = offset_of!(Vm, cur_pc) as i32;
}

/// Byte offsets inside a [`Value`].
pub const VALUE_TAG_OFFSET: i32 = 0;
pub const VALUE_PAYLOAD_OFFSET: i32 = 8;
pub const VALUE_SIZE: i32 = 16;

const _: () = assert!(std::mem::size_of::<Value>() == VALUE_SIZE as usize);

/// Where a `list` keeps its items, for compiled code that reads and writes them in place:
/// byte offsets from the start of a list object (its `HeapObject`) of the `RefCell` borrow
/// flag, the items pointer and the length of its `Vec<Value>`, and the `list` class's address.
/// Rust does not fix these layouts, so they are measured on a real list when the JIT starts
/// (and the inline paths are simply not used if the measurement is inconclusive).
#[derive(Clone, Copy, Debug)]
pub struct ListLayout {
    pub class: usize,
    pub borrow: i32,
    pub items: i32,
    pub len: i32,
    pub cap: i32,
}

/// The address of `cell`'s borrow flag (the word of a `RefCell` that is not its value),
/// checked to read 0 while free and 1 while borrowed once; None if the layout is another.
fn borrow_flag_at<T>(cell: &std::cell::RefCell<T>) -> Option<usize> {
    let size = std::mem::size_of::<std::cell::RefCell<T>>();
    let cell_at = cell as *const std::cell::RefCell<T> as usize;
    let value_at = cell.as_ptr() as usize;
    let flag_at = if value_at == cell_at + 8 {
        cell_at
    } else if value_at == cell_at {
        cell_at + size - 8
    } else {
        return None;
    };
    // SAFETY: reads an initialised word of a live `RefCell`; nothing else runs meanwhile.
    let word = || unsafe { (flag_at as *const u64).read() };
    let free = word();
    let shared = {
        let _b = cell.borrow();
        word()
    };
    (free == 0 && shared == 1).then_some(flag_at)
}

/// Measures [`ListLayout`] on this build.
pub fn list_layout() -> Option<ListLayout> {
    use std::cell::RefCell;
    if std::mem::size_of::<RefCell<Vec<Value>>>() != 32 {
        return None;
    }
    let mut items = Vec::with_capacity(7);
    items.extend([Value::Int(1), Value::Int(2), Value::Int(3)]);
    let data = items.as_ptr() as u64;
    let list = crate::object::new_list(items);
    let Value::Obj(obj) = &list else { return None };
    let Payload::List(cell) = &obj.payload else {
        return None;
    };
    let base = obj.addr();
    let vec_at = cell.as_ptr() as usize;
    let flag_at = borrow_flag_at(cell)?;
    // SAFETY: reads initialised words inside a live object; nothing else runs meanwhile.
    let word = |at: usize| unsafe { (at as *const u64).read() };
    let words = [word(vec_at), word(vec_at + 8), word(vec_at + 16)];
    let find = |x: u64| words.iter().position(|w| *w == x);
    let (Some(p), Some(l), Some(c)) = (find(data), find(3), find(7)) else {
        return None;
    };
    let off = |at: usize| (at - base) as i32;
    Some(ListLayout {
        class: crate::object::types().list.addr(),
        borrow: off(flag_at),
        items: off(vec_at + 8 * p),
        len: off(vec_at + 8 * l),
        cap: off(vec_at + 8 * c),
    })
}

/// Where a cell (a closure variable) keeps its value, for compiled code that reads it in
/// place: byte offsets from the start of a cell object of its `RefCell`'s borrow flag and of
/// the value. Measured like [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct CellLayout {
    pub borrow: i32,
    pub value: i32,
}

/// Measures [`CellLayout`] on this build.
pub fn cell_layout() -> Option<CellLayout> {
    use std::cell::RefCell;
    if std::mem::size_of::<RefCell<Value>>() != 24 {
        return None;
    }
    let cell = crate::object::new_cell(Value::Int(0x5eed_cafe));
    let Payload::Cell(c) = &cell.payload else {
        return None;
    };
    let base = cell.addr();
    let value_at = c.as_ptr() as usize;
    let flag_at = borrow_flag_at(c)?;
    // SAFETY: reads an initialised word inside a live object.
    if unsafe { ((value_at + 8) as *const u64).read() } != 0x5eed_cafe {
        return None;
    }
    Some(CellLayout {
        borrow: (flag_at - base) as i32,
        value: (value_at - base) as i32,
    })
}

/// Where a `tuple` keeps its items, for compiled code that reads them in place: byte offsets
/// from the start of a tuple object of its items pointer and length (the two words of its
/// `Box<[Value]>`), and the `tuple` class's address. Measured like [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct TupleLayout {
    pub class: usize,
    pub items: i32,
    pub len: i32,
}

/// Measures [`TupleLayout`] on this build.
pub fn tuple_layout() -> Option<TupleLayout> {
    let tuple = crate::object::new_tuple(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
    let Value::Obj(obj) = &tuple else { return None };
    let Payload::Tuple(items) = &obj.payload else {
        return None;
    };
    let base = obj.addr();
    let boxed_at = items as *const Box<[Value]> as usize;
    let data = items.as_ptr() as u64;
    // SAFETY: reads the two initialised words of a live `Box<[Value]>`.
    let word = |at: usize| unsafe { (at as *const u64).read() };
    let words = [word(boxed_at), word(boxed_at + 8)];
    let find = |x: u64| words.iter().position(|w| *w == x);
    let (Some(p), Some(l)) = (find(data), find(3)) else {
        return None;
    };
    let off = |at: usize| (at - base) as i32;
    Some(TupleLayout {
        class: crate::object::types().tuple.addr(),
        items: off(boxed_at + 8 * p),
        len: off(boxed_at + 8 * l),
    })
}

/// Where a list iterator (`iter(list)`, a `for` loop's) keeps its state, for compiled code that
/// steps it in place: byte offsets from the start of the iterator object. An object of class
/// `class` always holds an `IterState` over a list, `Seq` (tag word `seq_tag`) until it is
/// exhausted.
#[derive(Clone, Copy, Debug)]
pub struct ListIterLayout {
    pub class: usize,
    pub borrow: i32,
    pub tag: i32,
    pub seq_tag: u64,
    pub seq: i32,
    pub index: i32,
}

/// Measures [`ListIterLayout`] on this build.
pub fn list_iter_layout() -> Option<ListIterLayout> {
    use crate::object::iter::IterState;
    let list = crate::object::new_list(vec![Value::Int(1)]);
    let Value::Obj(list_obj) = &list else {
        return None;
    };
    let it = crate::ops::iter::make_iter(IterState::Seq {
        seq: list_obj.clone(),
        index: 0,
    });
    let Value::Obj(obj) = &it else { return None };
    let Payload::Iter(cell) = &obj.payload else {
        return None;
    };
    let base = obj.addr();
    let state_at = cell.as_ptr() as usize;
    let flag_at = borrow_flag_at(cell)?;
    // SAFETY: reads initialised words inside live objects; nothing else runs meanwhile.
    let word = |at: usize| unsafe { (at as *const u64).read() };
    // The `#[repr(C, u64)]` layout: the tag, then `seq`, then `index`.
    let (seq_at, index_at) = (state_at + 8, state_at + 16);
    if let IterState::Seq { index, .. } = &mut *cell.borrow_mut() {
        *index = 5;
    }
    if word(seq_at) != list_obj.addr() as u64 || word(index_at) != 5 {
        return None;
    }
    let off = |at: usize| (at - base) as i32;
    Some(ListIterLayout {
        class: obj.class_addr(),
        borrow: off(flag_at),
        tag: off(state_at),
        seq_tag: word(state_at),
        seq: off(seq_at),
        index: off(index_at),
    })
}

/// Where an instance of a user class keeps its attributes, for compiled code that reads and
/// writes them in place when an attribute cache entry (`bytecode::AttrCache::Slot`) names
/// the class, type epoch, shape and slot: byte offsets from the start of the object of the
/// `RefCell` borrow flag, the shape pointer (which points `shape_delta` bytes before the
/// address the caches record), the `__dict__` option (zero when absent), and the values'
/// pointer, length and capacity; the offset from the shape pointer of the shape's strong
/// count (compiled code that adds an attribute moves the object to the next shape, taking a
/// reference to it and dropping one to the old shape; neither count can reach zero, since
/// every shape is also held by its class's shape tree, which lives as long as the program);
/// and the type epoch's address. Measured at startup, like [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct InstanceLayout {
    pub borrow: i32,
    pub shape: i32,
    pub shape_delta: i64,
    pub dict: i32,
    pub values: i32,
    pub len: i32,
    pub cap: i32,
    pub shape_strong: i32,
    pub epoch: usize,
}

/// Measures [`InstanceLayout`] on this build.
pub fn instance_layout() -> Option<InstanceLayout> {
    use crate::object::instance::{Instance, Shape, Slots};
    use std::cell::RefCell;
    let cell_size = std::mem::size_of::<RefCell<Slots>>();
    if !cell_size.is_multiple_of(8) {
        return None;
    }
    let obj = crate::object::Obj::new(
        &crate::object::types().object,
        Payload::Instance(Instance::new(Shape::root())),
    );
    let Payload::Instance(inst) = &obj.payload else {
        return None;
    };
    let base = obj.addr();
    let cell_at = &inst.slots as *const RefCell<Slots> as usize;
    let marker = crate::object::new_str_obj("layout probe");
    let (shape_addr, data) = {
        let mut s = inst.slots.borrow_mut();
        s.values = Vec::with_capacity(9);
        s.values.extend([
            Value::Int(1),
            Value::Int(2),
            Value::Int(3),
            Value::Int(4),
            Value::Int(5),
        ]);
        s.dict = Some(marker.clone());
        (
            std::rc::Rc::as_ptr(&s.shape) as usize,
            s.values.as_ptr() as u64,
        )
    };
    // SAFETY: reads initialised words inside a live object; nothing else runs meanwhile.
    let word = |at: usize| unsafe { (at as *const u64).read() };
    let words: Vec<(usize, u64)> = (0..cell_size / 8)
        .map(|i| (cell_at + 8 * i, word(cell_at + 8 * i)))
        .collect();
    let find = |pred: &dyn Fn(u64) -> bool| -> Option<usize> {
        let found: Vec<usize> = words
            .iter()
            .filter(|(_, w)| pred(*w))
            .map(|(a, _)| *a)
            .collect();
        (found.len() == 1).then(|| found[0])
    };
    let values = find(&|w| w == data)?;
    let len = find(&|w| w == 5)?;
    let cap = find(&|w| w == 9)?;
    let dict = find(&|w| w == marker.addr() as u64)?;
    let shape = find(&|w| w <= shape_addr as u64 && shape_addr as u64 - w <= 32)?;
    let shape_delta = (shape_addr as u64 - word(shape)) as i64;
    let flag_at = borrow_flag_at(&inst.slots)?;
    inst.slots.borrow_mut().dict = None;
    if word(dict) != 0 {
        return None;
    }
    // The strong count: the word near the shape pointer that counts the references to the
    // shape, one more with each clone.
    let shape_rc = inst.slots.borrow().shape.clone();
    let rc_at = word(shape) as usize;
    let counts = |rc: &std::rc::Rc<Shape>| -> Vec<bool> {
        (0..(shape_delta as usize / 8))
            .map(|i| word(rc_at + 8 * i) == std::rc::Rc::strong_count(rc) as u64)
            .collect()
    };
    let before = counts(&shape_rc);
    let again = shape_rc.clone();
    let after = counts(&again);
    drop(again);
    let strong: Vec<usize> = (0..before.len())
        .filter(|&i| before[i] && after[i])
        .collect();
    let [strong] = strong[..] else {
        return None;
    };
    let off = |at: usize| (at - base) as i32;
    Some(InstanceLayout {
        borrow: off(flag_at),
        shape: off(shape),
        shape_delta,
        dict: off(dict),
        values: off(values),
        len: off(len),
        cap: off(cap),
        shape_strong: 8 * strong as i32,
        epoch: crate::object::class::type_epoch_addr(),
    })
}

/// Runs `entry` on `frame` (which matches its signature) and says how it ended.
pub fn enter(vm: &mut Vm, frame: &mut Frame, entry: &CompiledEntry) -> Entered {
    // Only ready entries are installed where the interpreter finds them.
    let Some(func) = entry.func.get() else {
        return Entered::No;
    };
    let base = frame.base;
    let capacity = base + entry.max_exit_depth.max(frame.stack.len() - base);
    if frame.stack.capacity() < capacity {
        frame.stack.reserve(capacity - frame.stack.len());
    }
    // SAFETY (invariant 1): the values above `base` now belong to compiled code, which reads
    // them at entry; shortening the length without dropping them hands them over.
    unsafe { frame.stack.set_len(base) };
    if let Some(s) = &entry.stats {
        s.entered.set(s.entered.get() + 1);
    }
    let can_call = vm.can_enter() as u64;
    let mut ctx = JitCtx {
        slots: frame.stack.as_mut_ptr(),
        exit_pc: 0,
        exit_depth: 0,
        ret: Value::Null,
        code: &*frame.code,
        globals: &frame.globals,
        builtins: &frame.builtins,
        vm,
        error: None,
        signature: &entry.signature,
        globals_checked_at: crate::table::dict_table::dict_mutations(),
        can_call,
    };
    // SAFETY: `func` is machine code generated for this code object under this module's
    // invariants; `ctx` outlives the call.
    let status = unsafe { func(&mut ctx) };
    let (exit_pc, depth) = (ctx.exit_pc as usize, ctx.exit_depth as usize);
    let ret = std::mem::replace(&mut ctx.ret, Value::Null);
    let error = ctx.error.take();
    drop(ctx);
    match status {
        STATUS_RETURN => Entered::Returned(ret),
        _ => {
            debug_assert!(depth <= entry.max_exit_depth);
            // SAFETY (invariant 1): compiled code wrote `depth` owned values above `base`.
            unsafe { frame.stack.set_len(base + depth) };
            left_compiled_code(Some(entry), frame, status, exit_pc, error)
        }
    }
}

/// Compiled code of `entry` (None: no longer its code's current entry) left `frame` with
/// `status` at instruction `exit_pc`: sets where the interpreter resumes, and counts a guard
/// failure or an exit (for recompilation and the views).
fn left_compiled_code(
    entry: Option<&CompiledEntry>,
    frame: &mut Frame,
    status: u64,
    exit_pc: usize,
    error: Option<PyErr>,
) -> Entered {
    if let (STATUS_RAISE, Some(err)) = (status, error) {
        frame.pc = exit_pc + 1;
        return Entered::Raised(err);
    }
    if status == STATUS_GUARD {
        observe_failed_value(frame, exit_pc);
    }
    if let Some(entry) = entry {
        if status == STATUS_GUARD {
            entry.guard_failures.set(entry.guard_failures.get() + 1);
        }
        if let Some(s) = &entry.stats {
            if status == STATUS_GUARD {
                s.guard_failed(frame, exit_pc);
            } else {
                s.left_at(exit_pc);
            }
        }
    }
    frame.pc = exit_pc;
    Entered::Resumed
}

/// A guard failed resuming at `exit_pc`. Most guards check the value the instruction just
/// before produced (an unbox right after an attribute load, say), and the interpreter resumes
/// after that instruction, so it would never profile the value that did not fit: the
/// recompiled code would guess the same type and fail the same way. The value is profiled
/// here. Where the guard checked something else, the profile only widens, which is safe.
fn observe_failed_value(frame: &Frame, exit_pc: usize) {
    let Some(pc) = exit_pc.checked_sub(1) else {
        return;
    };
    let code = &frame.code;
    let produced = match code.instrs.get(pc) {
        Some(Instr::ForIterStoreFast(_, local)) => frame.stack.get(*local as usize),
        Some(i) if i.is_observed() && frame.stack.len() > frame.base => frame.stack.last(),
        _ => None,
    };
    if let Some(v) = produced.filter(|v| !v.is_null()) {
        code.observe(pc, v);
    }
}

/// Helpers: `extern "C"` functions compiled code calls. Values cross as two words (tag,
/// payload) or as pointers to [`Value`] slots.
///
/// Their safety contract is the module's invariants: only generated code calls them, with the
/// context of the entry that is running.
#[allow(clippy::missing_safety_doc)]
pub mod helpers {
    use super::*;

    /// Builds a `range` iterator from its state, written to `*out` (owned).
    pub unsafe extern "C" fn pyjit_new_range_iter(
        next: i64,
        step: i64,
        remaining: i64,
        out: *mut Value,
    ) {
        let it = new_iter(IterState::Range {
            next,
            step,
            remaining,
        });
        // SAFETY: `out` is a slot compiled code owns and that holds no value (invariant 1).
        unsafe { out.write(it) };
    }

    /// Takes the `range` iterator in `*slot` (owned by compiled code; checked to be a range
    /// iterator by the entry signature), writes its state to `out[0..3]` and drops it.
    pub unsafe extern "C" fn pyjit_take_range_iter(slot: *mut Value, out: *mut i64) {
        // SAFETY: the slot holds an owned value (invariant 1); reading moves it out.
        let v = unsafe { read_words(slot) };
        let (next, step, remaining) = match v.payload() {
            Some(Payload::Iter(st)) => match &*st.borrow() {
                IterState::Range {
                    next,
                    step,
                    remaining,
                } => (*next, *step, *remaining),
                _ => (0, 1, 0),
            },
            _ => (0, 1, 0),
        };
        // SAFETY: `out` points at three i64s in the compiled code's stack frame.
        unsafe {
            out.write(next);
            out.add(1).write(step);
            out.add(2).write(remaining);
        }
    }

    /// Stores an inline value (tag, payload) into local `i`, dropping the object it held, and
    /// runs finalisers that became due (as the interpreter's safe point after a store).
    pub unsafe extern "C" fn pyjit_store_local(ctx: *mut JitCtx, i: u64, tag: u64, payload: u64) {
        // SAFETY: invariant 4; `i` is a fast local's index.
        let ctx = unsafe { &mut *ctx };
        let slot = unsafe { &mut *ctx.slots.add(i as usize) };
        *slot = unsafe { value_from_words(tag, payload) };
        if super::super::finalize::pending() {
            super::super::finalize::run(unsafe { &mut *ctx.vm });
        }
    }

    /// `a op b` on two inline numbers by the interpreter's own code (`ops::arith`): writes the
    /// result's payload to `*out` and returns 1 if it succeeded with tag `want_tag`; returns 0
    /// (and drops the result or the exception) otherwise, so that compiled code leaves and the
    /// interpreter runs the instruction again. Arithmetic on ints and floats has no side
    /// effects, so running it twice is not observable.
    pub unsafe extern "C" fn pyjit_num_op(
        ctx: *mut JitCtx,
        op: u64,
        a: *const Value,
        b: *const Value,
        want_tag: u64,
        out: *mut u64,
    ) -> u64 {
        // SAFETY: invariant 4; `a` and `b` point at inline values compiled code wrote.
        let ctx = unsafe { &mut *ctx };
        let (a, b) = unsafe { ((*a).clone(), (*b).clone()) };
        let vm = unsafe { &mut *ctx.vm };
        let payload = match crate::ops::arith::binary_op(vm, BIN_OPS[op as usize], &a, &b) {
            Ok(Value::Int(i)) if want_tag == crate::value::tag::INT => i as u64,
            Ok(Value::Float(f)) if want_tag == crate::value::tag::FLOAT => f.to_bits(),
            _ => return 0,
        };
        // SAFETY: `out` points at a word in compiled code's stack frame.
        unsafe { out.write(payload) };
        1
    }

    /// `x ** y` on floats, by the interpreter's `float_pow`: 1 with the result in `*out`, or
    /// 0 if it raises or the result is not a float (compiled code then leaves, and the
    /// interpreter computes it again: float powers have no side effects).
    pub unsafe extern "C" fn pyjit_float_pow(x: f64, y: f64, out: *mut f64) -> u64 {
        match crate::ops::arith::float_pow(x, y) {
            Ok(Value::Float(r)) => {
                unsafe { out.write(r) };
                1
            }
            _ => 0,
        }
    }

    /// Whether the globals compiled code took as constants still hold (after a helper that
    /// may have run Python code).
    pub unsafe extern "C" fn pyjit_globals_unchanged(ctx: *mut JitCtx) -> u64 {
        // SAFETY: invariant 4; the signature outlives the call (`enter` holds its entry).
        let (globals, builtins, sig) =
            unsafe { (&*(*ctx).globals, &*(*ctx).builtins, &*(*ctx).signature) };
        let holds = sig.globals_hold(globals, builtins);
        if holds {
            unsafe { (*ctx).globals_checked_at = crate::table::dict_table::dict_mutations() };
        }
        holds as u64
    }

    /// Records the outcome of a helper that produces a value: writes it to `*out` (an empty
    /// slot) and returns 0, or keeps the exception in the context and returns 1.
    fn finish(ctx: &mut JitCtx, r: PyResult<Value>, out: *mut Value) -> u64 {
        match r {
            Ok(v) => {
                // SAFETY: `out` is an empty slot compiled code owns (invariant 1). The value
                // was just written inside the result: see `value::write_words`.
                unsafe { crate::value::write_words(out, v) };
                0
            }
            Err(e) => {
                ctx.error = Some(e);
                1
            }
        }
    }

    /// Like `finish`, for a helper whose result is a word of scratch memory (a length, a
    /// truth value).
    fn finish_word(ctx: &mut JitCtx, r: PyResult<u64>, out: *mut u64) -> u64 {
        match r {
            Ok(w) => {
                // SAFETY: `out` is scratch memory compiled code gave for the result.
                unsafe { out.write(w) };
                0
            }
            Err(e) => {
                ctx.error = Some(e);
                1
            }
        }
    }

    fn finish_unit(ctx: &mut JitCtx, r: PyResult<()>) -> u64 {
        match r {
            Ok(()) => 0,
            Err(e) => {
                ctx.error = Some(e);
                1
            }
        }
    }

    /// The context, the VM and the running code.
    ///
    /// # Safety
    /// Invariant 4: `ctx` is the context `enter` or a direct call made.
    unsafe fn parts<'a>(ctx: *mut JitCtx) -> (&'a mut JitCtx, &'a mut Vm, &'a Code) {
        unsafe {
            let c = &mut *ctx;
            let vm = &mut *c.vm;
            let code = &*c.code;
            (c, vm, code)
        }
    }

    /// Runs finalisers that became due (the interpreter does at its safe points).
    fn safe_point(vm: &mut Vm) {
        if super::super::finalize::pending() {
            super::super::finalize::run(vm);
        }
    }

    /// `a op b` (`op` indexes `BIN_OPS`; +16 for the in-place form), any operands.
    pub unsafe extern "C" fn pyjit_binary(
        ctx: *mut JitCtx,
        op: u64,
        a: *const Value,
        b: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let (a, b) = unsafe { (&*a, &*b) };
        let bin = BIN_OPS[(op & 15) as usize];
        let r = if op & 16 != 0 {
            crate::ops::arith::inplace_op(vm, bin, a, b)
        } else {
            crate::ops::arith::binary_op(vm, bin, a, b)
        };
        finish(ctx, r, out)
    }

    /// The rest of `a op b` (`op` indexes `BIN_OPS`) after compiled code called the left
    /// operand's method and it returned NotImplemented: `slots` holds `a`, `b` and that
    /// NotImplemented (all taken); the result goes to `slots[0]`.
    pub unsafe extern "C" fn pyjit_operator_rest(
        ctx: *mut JitCtx,
        op: u64,
        slots: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        // SAFETY: the three slots hold owned values, moved out here.
        let (a, b, not_implemented) = unsafe {
            (
                read_words(slots),
                read_words(slots.add(1)),
                read_words(slots.add(2)),
            )
        };
        drop(not_implemented);
        let r = crate::ops::arith::binary_op_after_left(vm, BIN_OPS[op as usize], &a, &b);
        finish(ctx, r, slots)
    }

    /// `LoadGlobal(name)` at instruction `pc` into `*out`, for a global compiled code does not
    /// take as a constant (it was rebound). Nonzero, writing nothing, if the name is not
    /// defined: compiled code then leaves for the interpreter, which raises the NameError.
    pub unsafe extern "C" fn pyjit_load_global(
        ctx: *mut JitCtx,
        name: u64,
        pc: u64,
        out: *mut Value,
    ) -> u64 {
        let (ctx, _, code) = unsafe { parts(ctx) };
        // SAFETY: the context's namespaces are the running code's (invariant 4).
        let (globals, builtins) = unsafe { (&*ctx.globals, &*ctx.builtins) };
        match super::super::eval::lookup_global(code, globals, builtins, name as u32, pc as usize) {
            Some(v) => {
                // SAFETY: `out` is an empty slot compiled code owns.
                unsafe { out.write(v) };
                0
            }
            None => 1,
        }
    }

    /// `f(*a, *b)` into `*out`: a call of two arguments the callee does not take over
    /// (`list.append` when compiled code does not append in place).
    pub unsafe extern "C" fn pyjit_call2(
        ctx: *mut JitCtx,
        f: *const Value,
        a: *const Value,
        b: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        // SAFETY: the three point at live values for the duration of the call.
        let (f, a, b) = unsafe { (&*f, (*a).clone(), (*b).clone()) };
        let r = crate::interp::call::call(vm, f, &[a, b]);
        finish(ctx, r, out)
    }

    /// `isinstance(*obj, *class)` into `*out` (0 or 1), for what compiled code does not
    /// decide in place; `*class` is a class.
    pub unsafe extern "C" fn pyjit_isinstance(
        ctx: *mut JitCtx,
        obj: *const Value,
        class: *const Value,
        out: *mut u64,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        // SAFETY: both point at live values for the duration of the call.
        let (v, c) = unsafe { (&*obj, &*class) };
        let Value::Obj(c) = c else {
            unreachable!("compiled only for a class constant")
        };
        let r = crate::builtins::functions::isinstance_of(vm, v, c);
        finish_word(ctx, r.map(u64::from), out)
    }

    /// `len(*obj)` into `*out`, for what compiled code does not measure in place.
    pub unsafe extern "C" fn pyjit_len(ctx: *mut JitCtx, obj: *const Value, out: *mut i64) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let r = crate::ops::len(vm, unsafe { &*obj });
        finish_word(ctx, r.map(|n| n as u64), out as *mut u64)
    }

    /// `op a` (0 `-`, 1 `+`, 2 `~`).
    pub unsafe extern "C" fn pyjit_unary(
        ctx: *mut JitCtx,
        op: u64,
        a: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let op = [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert][op as usize];
        let r = crate::ops::arith::unary_op(vm, op, unsafe { &*a });
        finish(ctx, r, out)
    }

    /// `a op b` for a comparison (`op` indexes `CMP_OPS`), 6 for `in`, 7 for `not in`.
    pub unsafe extern "C" fn pyjit_compare(
        ctx: *mut JitCtx,
        op: u64,
        a: *const Value,
        b: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let (a, b) = unsafe { (&*a, &*b) };
        if op == CMP_IN as u64 || op == CMP_NOT_IN as u64 {
            // The bool written straight from a register (built inside a `PyResult` first,
            // its byte was reloaded as a word, which the store buffer cannot forward).
            return match crate::ops::seq::contains(vm, b, a) {
                Ok(r) => {
                    // SAFETY: `out` is an empty slot compiled code owns (invariant 1).
                    unsafe {
                        crate::value::write_words(out, Value::Bool(r != (op == CMP_NOT_IN as u64)))
                    };
                    0
                }
                Err(e) => {
                    ctx.error = Some(e);
                    1
                }
            };
        }
        let r = crate::ops::compare::compare(vm, CMP_OPS[op as usize], a, b);
        finish(ctx, r, out)
    }

    /// Python truth value: 0 or 1, or 2 if it raised.
    pub unsafe extern "C" fn pyjit_truthy(ctx: *mut JitCtx, v: *const Value) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        match crate::ops::truthy(vm, unsafe { &*v }) {
            Ok(b) => b as u64,
            Err(e) => {
                ctx.error = Some(e);
                2
            }
        }
    }

    /// `container[key]`.
    pub unsafe extern "C" fn pyjit_subscr(
        ctx: *mut JitCtx,
        container: *const Value,
        key: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let (c, k) = unsafe { (&*container, &*key) };
        if let Some(v) = super::super::eval::subscr_fast(c, k) {
            return finish(ctx, Ok(v), out);
        }
        let r = crate::ops::seq::get_item(vm, c, k);
        finish(ctx, r, out)
    }

    /// `container[key] = value`.
    pub unsafe extern "C" fn pyjit_store_subscr(
        ctx: *mut JitCtx,
        value: *const Value,
        container: *const Value,
        key: *const Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let (v, c, k) = unsafe { ((*value).clone(), &*container, (*key).clone()) };
        let v = match super::super::eval::store_list_fast(c, &k, v) {
            Ok(_) => {
                safe_point(vm);
                return 0;
            }
            Err(v) => v,
        };
        let r = crate::ops::seq::set_item(vm, c, k, v);
        safe_point(vm);
        finish_unit(ctx, r)
    }

    /// The bounds of a slice: `start`, `stop`, and `step` (None where the pointer is null).
    ///
    /// # Safety
    /// `start` and `stop` point at valid values, and `step` too unless it is null.
    unsafe fn bounds(start: *const Value, stop: *const Value, step: *const Value) -> [Value; 3] {
        let step = if step.is_null() {
            Value::None
        } else {
            unsafe { (*step).clone() }
        };
        unsafe { [(*start).clone(), (*stop).clone(), step] }
    }

    /// `container[start:stop:step]` (`Slice`; `step` null for `container[start:stop]`).
    pub unsafe extern "C" fn pyjit_slice(
        ctx: *mut JitCtx,
        container: *const Value,
        start: *const Value,
        stop: *const Value,
        step: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let bounds = unsafe { bounds(start, stop, step) };
        let r = crate::ops::seq::get_slice(vm, unsafe { &*container }, bounds);
        finish(ctx, r, out)
    }

    /// `container[start:stop:step] = value` (`StoreSlice`; `step` as for `pyjit_slice`).
    pub unsafe extern "C" fn pyjit_store_slice(
        ctx: *mut JitCtx,
        value: *const Value,
        container: *const Value,
        start: *const Value,
        stop: *const Value,
        step: *const Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let bounds = unsafe { bounds(start, stop, step) };
        let value = unsafe { (*value).clone() };
        let r = crate::ops::seq::set_slice(vm, unsafe { &*container }, bounds, value);
        safe_point(vm);
        finish_unit(ctx, r)
    }

    /// Cell variable `i` (numbered as `LoadDeref` numbers them): `op` 0 writes its value to
    /// `*out` (`LoadDeref`), 1 sets it to `*value` (`StoreDeref`), 2 writes the cell itself
    /// to `*out` (`LoadClosure`). Returns 1 (the error in `ctx`) for an unbound variable.
    pub unsafe extern "C" fn pyjit_cell(
        ctx: *mut JitCtx,
        op: u64,
        i: u64,
        value: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, code) = unsafe { parts(ctx) };
        // SAFETY (invariant 1): the cells are the frame's slots after its fast locals.
        let cell = unsafe { &*ctx.slots.add(code.nlocals() + i as usize) };
        let Some(Payload::Cell(c)) = cell.payload() else {
            unreachable!("cell slots always hold cells")
        };
        match op {
            0 => {
                let v = c.borrow().clone();
                if v.is_null() {
                    return finish(
                        ctx,
                        Err(super::super::eval::free_var_error(code, i as u32)),
                        out,
                    );
                }
                finish(ctx, Ok(v), out)
            }
            1 => {
                let old = std::mem::replace(&mut *c.borrow_mut(), unsafe { (*value).clone() });
                drop(old);
                safe_point(vm);
                0
            }
            _ => finish(ctx, Ok(cell.clone()), out),
        }
    }

    /// `MakeFunction(i, flags)`: the operands the flags call for are `a..d` (as many as
    /// there are, deepest first, borrowed); the function goes to `*out`.
    #[allow(clippy::too_many_arguments)]
    pub unsafe extern "C" fn pyjit_make_function(
        ctx: *mut JitCtx,
        i: u64,
        flags: u64,
        a: *const Value,
        b: *const Value,
        c: *const Value,
        d: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, _, code) = unsafe { parts(ctx) };
        let n = (flags & 0xf).count_ones() as usize;
        let operands = [a, b, c, d];
        let mut k = n;
        // SAFETY: the globals outlive the run of the code.
        let globals = unsafe { &*ctx.globals };
        let f = super::super::eval::new_function_of(code, globals, i as u32, flags as u8, || {
            k -= 1;
            // SAFETY: the first `n` operands point at live values.
            unsafe { (*operands[k]).clone() }
        });
        finish(ctx, Ok(f), out)
    }

    /// `ListAppend` (`kind` 0: `value` appended to the list at `*container`), `SetAdd` (1)
    /// and `MapAdd` (2: `key`, `value` into the dict); the operands are borrowed.
    pub unsafe extern "C" fn pyjit_collect(
        ctx: *mut JitCtx,
        kind: u64,
        container: *const Value,
        key: *const Value,
        value: *const Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        // SAFETY: the operands are live values compiled code owns or borrows.
        let (container, value) = unsafe { (&*container, (*value).clone()) };
        let r = match (kind, container) {
            (0, _) => {
                if let Some(Payload::List(l)) = container.payload() {
                    l.borrow_mut().push(value);
                }
                Ok(())
            }
            (1, _) => crate::builtins::set::add(vm, container, value),
            (_, Value::Obj(d)) => {
                crate::builtins::dict::set_item(vm, d, unsafe { (*key).clone() }, value)
            }
            _ => Ok(()),
        };
        finish_unit(ctx, r)
    }

    /// A new instance of the class at `*cls` (a plain class: `object.__new__`, metaclass
    /// `type`), written to `*out`.
    pub unsafe extern "C" fn pyjit_new_instance(cls: *const Value, out: *mut Value) {
        // SAFETY: `cls` is an object constant; `out` an empty slot compiled code owns.
        let Value::Obj(cls) = (unsafe { &*cls }) else {
            unreachable!("a class constant")
        };
        unsafe { out.write(crate::builtins::type_::object_new_for(cls)) };
    }

    /// `__init__` returned the value at `*result` (not None): takes it and returns 1 with
    /// the TypeError CPython raises in `ctx`.
    pub unsafe extern "C" fn pyjit_init_result(ctx: *mut JitCtx, result: *mut Value) -> u64 {
        let (ctx, _, _) = unsafe { parts(ctx) };
        // SAFETY: the slot holds the owned result of the `__init__` call.
        let r = unsafe { read_words(result) };
        ctx.error = Some(crate::object::exception::type_error(format!(
            "__init__() should return None, not '{}'",
            crate::object::type_name(&r)
        )));
        1
    }

    /// `Raise(n)` for `n` 1 (`raise exc`) or 2 (`raise exc from cause`): always returns 1,
    /// with the exception to raise (or the error making it raised) in `ctx`. The operands
    /// are borrowed.
    pub unsafe extern "C" fn pyjit_raise(
        ctx: *mut JitCtx,
        exc: *const Value,
        cause: *const Value,
        with_cause: u64,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        // SAFETY: the operands are live values compiled code owns or borrows.
        let err = crate::ops::exc::make_exception(vm, unsafe { (*exc).clone() }).and_then(|err| {
            if with_cause != 0 {
                crate::ops::exc::set_cause(vm, &err, unsafe { (*cause).clone() })?;
            }
            Ok(err)
        });
        let err = err.unwrap_or_else(|e| e);
        // An exception object raised again gets a fresh implicit context.
        err.data().context_set.set(false);
        ctx.error = Some(err);
        1
    }

    /// An instruction on the `n` owned values in `slots[..n]` (taken), its result (if it
    /// has one) written to `slots[0]`; returns 1 with the exception in `ctx` if it raised.
    /// `op` is one of the `SLOT_*` operations; `arg` is its operand (see each).
    pub unsafe extern "C" fn pyjit_slot_op(
        ctx: *mut JitCtx,
        op: u64,
        arg: u64,
        slots: *mut Value,
        n: u64,
    ) -> u64 {
        let (ctx, vm, code) = unsafe { parts(ctx) };
        // SAFETY: the slots hold `n` owned values; they move out here.
        let mut values: Vec<Value> = (0..n as usize)
            .map(|i| unsafe { read_words(slots.add(i)) })
            .collect();
        use super::super::eval;
        let r: PyResult<Option<Value>> = match op {
            SLOT_BUILD_SET => eval::build_set(vm, values).map(Some),
            SLOT_BUILD_MAP => eval::build_map(vm, values).map(Some),
            SLOT_LIST_TO_TUPLE => Ok(Some(crate::object::new_tuple(match values[0].payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                _ => Vec::new(),
            }))),
            SLOT_DELETE_SUBSCR => {
                let r = crate::ops::seq::del_item(vm, &values[0], &values[1]);
                drop(values);
                safe_point(vm);
                r.map(|()| None)
            }
            SLOT_FORMAT => {
                let conv = match arg & 3 {
                    0 => crate::bytecode::Conversion::None,
                    1 => crate::bytecode::Conversion::Str,
                    2 => crate::bytecode::Conversion::Repr,
                    _ => crate::bytecode::Conversion::Ascii,
                };
                let spec = if arg & 4 != 0 { values.pop() } else { None };
                let v = values.pop().expect("a value to format");
                eval::format_value(vm, v, conv, spec).map(Some)
            }
            _ => {
                // SLOT_CALL_KW: `callable args..`, the last arguments named by the tuple
                // constant `arg`.
                safe_point(vm);
                let names = eval::kwnames(&code.consts[arg as usize]);
                let r = super::super::call::call_args(
                    vm,
                    &values[0],
                    crate::object::function::Args {
                        values: &values[1..],
                        kwnames: &names,
                    },
                );
                drop(values);
                r.map(Some)
            }
        };
        match r {
            Ok(Some(v)) => {
                // SAFETY: slot 0 was emptied above.
                unsafe { slots.write(v) };
                0
            }
            Ok(None) => 0,
            Err(e) => {
                ctx.error = Some(e);
                1
            }
        }
    }

    /// `obj.names[name]` through the inline cache of instruction `pc`.
    pub unsafe extern "C" fn pyjit_load_attr(
        ctx: *mut JitCtx,
        obj: *const Value,
        pc: u64,
        name: u64,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, code) = unsafe { parts(ctx) };
        let r = super::super::cache::load_attr(
            vm,
            code,
            pc as usize,
            unsafe { &*obj },
            &code.names[name as usize],
        );
        finish(ctx, r, out)
    }

    /// `obj.names[name] = value` through the inline cache of instruction `pc`.
    pub unsafe extern "C" fn pyjit_store_attr(
        ctx: *mut JitCtx,
        value: *const Value,
        obj: *const Value,
        pc: u64,
        name: u64,
    ) -> u64 {
        let (ctx, vm, code) = unsafe { parts(ctx) };
        let r = super::super::cache::store_attr(
            vm,
            code,
            pc as usize,
            unsafe { &*obj },
            &code.names[name as usize],
            unsafe { (*value).clone() },
        );
        safe_point(vm);
        finish_unit(ctx, r)
    }

    /// `LoadMethod`: writes `method self` or `NULL attr` to `out[0..2]`.
    pub unsafe extern "C" fn pyjit_load_method(
        ctx: *mut JitCtx,
        obj: *const Value,
        pc: u64,
        name: u64,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, code) = unsafe { parts(ctx) };
        let name = &code.names[name as usize];
        let obj = unsafe { (*obj).clone() };
        let r = match super::super::cache::load_method(vm, code, pc as usize, &obj, name) {
            Ok(Some(func)) => Ok((func, obj)),
            Ok(None) => crate::ops::attr::get_attr(vm, &obj, name).map(|a| (Value::Null, a)),
            Err(e) => Err(e),
        };
        match r {
            Ok((a, b)) => {
                // SAFETY: two empty slots compiled code owns.
                unsafe {
                    out.write(a);
                    out.add(1).write(b);
                }
                0
            }
            Err(e) => {
                ctx.error = Some(e);
                1
            }
        }
    }

    /// `Call(n)` (`method == 0`: `callable args..` in `slots[0..=n]`) or `CallMethod(n)`
    /// (`method == 1`: `method self args..` or `NULL callable args..` in `slots[0..n + 2]`).
    /// Takes the values out of the slots (they are owned by compiled code) and writes the
    /// result to `slots[0]`.
    pub unsafe extern "C" fn pyjit_call(
        ctx: *mut JitCtx,
        slots: *mut Value,
        n: u64,
        method: u64,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let count = n as usize + 1 + method as usize;
        safe_point(vm);
        // `NULL callable args..` calls the callable; otherwise the first value is the callable
        // (a method with `self` first among its arguments).
        let skip = (method == 1 && unsafe { (*slots).is_null() }) as usize;
        let (callee_at, nargs) = (skip, count - skip - 1);
        // A plain Python function: its arguments move straight into its frame.
        if let Value::Obj(func) = unsafe { &*slots.add(callee_at) } {
            let func = func.clone();
            let fast = super::super::call::call_exact_with(vm, &func, nargs, |buf| {
                for i in 0..nargs {
                    // SAFETY: the argument slots hold owned values, moved out once here.
                    buf.push(unsafe { read_words(slots.add(callee_at + 1 + i)) });
                }
            });
            if let Some(r) = fast {
                // SAFETY: the callee (and the NULL before it) are still owned by the slots.
                unsafe {
                    std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(
                        slots,
                        callee_at + 1,
                    ))
                };
                return finish(ctx, r, slots);
            }
        }
        // SAFETY: the slots hold `count` owned values: borrowed for the call, dropped after.
        let values = unsafe { std::slice::from_raw_parts(slots, count) };
        let r = super::super::call::call(vm, &values[callee_at], &values[callee_at + 1..]);
        unsafe { std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(slots, count)) };
        finish(ctx, r, slots)
    }

    /// Whether the globals that the compiled entry with `signature` took as constants still
    /// hold, for a direct call into it from code running with the same globals (this records
    /// the answer in the signature, as entering it from the interpreter does).
    pub unsafe extern "C" fn pyjit_signature_holds(
        ctx: *mut JitCtx,
        signature: *const Signature,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        // SAFETY: the caller's globals outlive its run; the callee's entry (and so its
        // signature) is kept alive by the caller's.
        let globals = unsafe { &*ctx.globals };
        unsafe { &*signature }.globals_hold(globals, &vm.builtins_dict) as u64
    }

    /// A direct call of the function at `*func` starts while the frame stack is full (compiled
    /// code pushes the entry itself otherwise): the stack grows and takes the frame, its
    /// caller at `caller_pc`.
    pub unsafe extern "C" fn pyjit_push_frame(
        ctx: *mut JitCtx,
        func: *const Value,
        caller_pc: u64,
    ) {
        let (_, vm, _) = unsafe { parts(ctx) };
        // SAFETY: `func` is an object constant of the caller's entry.
        if let Some(Payload::Function(f)) = (unsafe { &*func }).payload() {
            vm.frame_stack.push(&f.code, &f.globals, caller_pc as usize);
        }
    }

    /// Finishes a direct call whose callee left its compiled code with `status` (anything but
    /// `STATUS_RETURN`): the callee's frame is rebuilt from its context and slots, and the
    /// interpreter runs it on from where its compiled code stopped. Writes the result to
    /// `*out`, or returns 1 with the exception in `ctx`.
    pub unsafe extern "C" fn pyjit_direct_resume(
        ctx: *mut JitCtx,
        callee_ctx: *mut JitCtx,
        status: u64,
        func: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        // SAFETY: the callee's context lives in the caller's stack frame until this returns.
        let cc = unsafe { &mut *callee_ctx };
        // SAFETY: `func` is an object constant of the caller's entry.
        let Some(Payload::Function(f)) = (unsafe { &*func }).payload() else {
            unreachable!("a direct call's callee is a function")
        };
        let code = f.code.clone();
        let base = code.nlocals() + code.ncells();
        let depth = cc.exit_depth as usize;
        let mut stack = vm.frames.take();
        stack.reserve(base + depth);
        for i in 0..base + depth {
            // SAFETY (invariant 1): the callee left `base + depth` owned values in its slots;
            // they move into its frame here.
            stack.push(unsafe { read_words(cc.slots.add(i)) });
        }
        let error = cc.error.take();
        // The interpreter records the frame as running again itself.
        vm.pop_frame();
        let mut frame = Frame {
            code: code.clone(),
            pc: 0,
            stack,
            base,
            globals: f.globals.clone(),
            builtins: vm.builtins_dict.clone(),
            namespace: None,
            locals_dict: None,
        };
        let entry = super::super::tier::current_start_with(&code, cc.signature);
        let entered = left_compiled_code(
            entry.as_deref(),
            &mut frame,
            status,
            cc.exit_pc as usize,
            error,
        );
        if let Some(e) = &entry {
            super::super::tier::account(&code, 0, e, &entered);
        }
        let resume = match entered {
            Entered::Raised(e) => super::super::eval::Resume::Throw(e),
            _ => super::super::eval::Resume::Here,
        };
        let r = super::super::eval::run(vm, &mut frame, resume).map(|exit| match exit {
            super::super::eval::Exit::Return(v) => v,
            super::super::eval::Exit::Yield(_) => unreachable!("only generator frames yield"),
        });
        vm.frames.recycle(frame);
        safe_point(vm);
        finish(ctx, r, out)
    }

    /// `BuildTuple(n)` (kind 0), `BuildList(n)` (1) or `BuildSlice(n)` (2) from the `n`
    /// values in `slots[..n]` (taken), written to `slots[0]`.
    pub unsafe extern "C" fn pyjit_build(kind: u64, slots: *mut Value, n: u64) {
        // SAFETY: the slots hold `n` owned values; they are moved out here.
        let take = |i: u64| unsafe { read_words(slots.add(i as usize)) };
        let v = match kind {
            0 => crate::object::new_tuple((0..n).map(take).collect()),
            1 => crate::object::new_list((0..n).map(take).collect()),
            _ => {
                let step = if n == 3 { take(2) } else { Value::None };
                crate::object::new_slice(take(0), take(1), step)
            }
        };
        unsafe { slots.write(v) };
    }

    /// `UnpackSequence(n)`: the items of `*seq` into `out[..n]` (last item first, as the
    /// interpreter's stack has them); or, unless `after` is `u64::MAX`, `UnpackEx(n, after)`
    /// into `out[..n + 1 + after]`. With `owned`, `*seq` is taken (and put back if it raises).
    pub unsafe extern "C" fn pyjit_unpack(
        ctx: *mut JitCtx,
        seq: *mut Value,
        owned: u64,
        n: u64,
        after: u64,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let after = (after != u64::MAX).then_some(after as usize);
        // Exact tuples and lists of the right length are unpacked by compiled code itself;
        // this is the rest. `out` may begin at `seq`'s own slot, so an owned sequence is
        // moved out of it before anything is written.
        // SAFETY: an owned value is moved out of its slot once; a borrowed one is cloned.
        let v = if owned == 1 {
            unsafe { read_words(seq) }
        } else {
            unsafe { (*seq).clone() }
        };
        let mut items = Vec::with_capacity(n as usize + after.map_or(0, |a| a + 1));
        match crate::ops::seq::unpack(vm, &v, n as usize, after, &mut items) {
            Ok(()) => {
                drop(v);
                for (i, item) in items.into_iter().enumerate() {
                    unsafe { out.add(i).write(item) };
                }
                0
            }
            Err(e) => {
                if owned == 1 {
                    unsafe { seq.write(v) };
                }
                ctx.error = Some(e);
                1
            }
        }
    }

    /// `iter(v)`.
    pub unsafe extern "C" fn pyjit_get_iter(
        ctx: *mut JitCtx,
        v: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let r = crate::ops::iter::get_iter(vm, unsafe { &*v });
        finish(ctx, r, out)
    }

    /// A pattern-matching instruction (`op` is one of the `MATCH_*` codes) on up to three
    /// values: `len(a)`, whether `a` is a sequence or a mapping for matching, the values of
    /// keys `b` in mapping `a`, or the attributes class `b` extracts from `a` for keyword
    /// names `c`.
    pub unsafe extern "C" fn pyjit_match(
        ctx: *mut JitCtx,
        op: u64,
        a: *const Value,
        b: *const Value,
        c: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        let (a, b, c) = unsafe { (&*a, &*b, &*c) };
        let r = match op as i64 & 255 {
            MATCH_LEN => crate::ops::len(vm, a).map(|n| Value::Int(n as i64)),
            MATCH_SEQUENCE => Ok(Value::Bool(super::super::matching::is_sequence(a))),
            MATCH_MAPPING => Ok(Value::Bool(super::super::matching::is_mapping(a))),
            MATCH_KEYS => super::super::matching::match_keys(vm, a, b),
            _ => super::super::matching::match_class(vm, a, b, (op >> 8) as usize, c),
        };
        finish(ctx, r, out)
    }

    /// One step of a `for` loop: 0 with the next value in `*out`, 1 when exhausted, 2 if it
    /// raised.
    pub unsafe extern "C" fn pyjit_for_iter(
        ctx: *mut JitCtx,
        it: *const Value,
        out: *mut Value,
    ) -> u64 {
        let (ctx, vm, _) = unsafe { parts(ctx) };
        match super::super::eval::for_iter_next(vm, unsafe { &*it }) {
            Ok(Some(v)) => {
                unsafe { out.write(v) };
                0
            }
            Ok(None) => 1,
            Err(e) => {
                ctx.error = Some(e);
                2
            }
        }
    }

    /// Drops the value (tag, payload) that compiled code owned, running finalisers that
    /// became due.
    pub unsafe extern "C" fn pyjit_drop_words(ctx: *mut JitCtx, tag: u64, payload: u64) {
        drop(unsafe { value_from_words(tag, payload) });
        let (_, vm, _) = unsafe { parts(ctx) };
        safe_point(vm);
    }

    /// Builds a `range` object, written to `*out`.
    pub unsafe extern "C" fn pyjit_new_range(start: i64, stop: i64, step: i64, out: *mut Value) {
        unsafe { out.write(crate::object::new_range(start, stop, step)) };
    }

    /// The length of `range(start, stop, step)` (step not 0), or -1 if it does not fit an i64
    /// (such a range iterates over big integers).
    pub extern "C" fn pyjit_range_len(start: i64, stop: i64, step: i64) -> i64 {
        if step == 1 {
            if let Some(n) = stop.checked_sub(start) {
                return n.max(0);
            }
        }
        let (lo, hi, step) = if step > 0 {
            (start as i128, stop as i128, step as i128)
        } else {
            (stop as i128, start as i128, -(step as i128))
        };
        let n = if lo >= hi {
            0
        } else {
            (hi - lo - 1) / step + 1
        };
        i64::try_from(n).unwrap_or(-1)
    }

    /// A value from its two words.
    ///
    /// # Safety
    /// `tag` and `payload` must make a valid value (invariant 3) whose reference, if an
    /// object, the caller owns.
    pub unsafe fn value_from_words(tag: u64, payload: u64) -> Value {
        let words = [tag, payload];
        // SAFETY: `Value` is `#[repr(C, u64)]`, 16 bytes: tag word then payload word.
        unsafe { std::mem::transmute::<[u64; 2], Value>(words) }
    }
}

#[cfg(test)]
mod tests {
    /// Compiled code reads these objects in place only if their layouts were measured: a
    /// layout this build does not recognise would silently send every access to a helper.
    #[test]
    fn layouts_are_measured_on_this_build() {
        assert!(super::list_layout().is_some());
        assert!(super::list_iter_layout().is_some());
        assert!(super::instance_layout().is_some());
        assert!(super::tuple_layout().is_some());
        assert!(super::cell_layout().is_some());
    }
}
