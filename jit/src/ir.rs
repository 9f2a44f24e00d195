//! pyjit's JIT IR: typed SSA in blocks with parameters, built from bytecode and printed by
//! `pyjit graph`.
//!
//! Every value has a machine type: `int` (i64), `float` (f64), `bool`, or `none`. Python objects
//! never live in IR values: a local holding one stays in the frame's slot, and an instruction
//! that would need it leaves compiled code. A `range` iterator on the value stack is kept as
//! three ints (next, step, remaining) and made into an object only if compiled code leaves.
//!
//! Leaving compiled code is explicit: an instruction that can fail a check (an overflowing add,
//! a zero divisor) names a [`FrameState`], and so does the `exit` terminator. A frame state is
//! the bytecode instruction to resume at and where every register local and stack entry is,
//! which is all the interpreter needs to carry on (LuaJIT's snapshots, Cinder's FrameState).

use std::fmt::{self, Write};

use pyjit_runtime::bytecode::{BinOp, CmpOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ValueId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlockId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StateId(pub u32);

/// The machine type of an IR value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Int,
    Float,
    Bool,
    None,
}

impl Type {
    /// What a frame slot holding a value of this type holds, as entry signatures say it.
    pub fn entry_ty(self) -> pyjit_runtime::interp::tier::EntryTy {
        use pyjit_runtime::interp::tier::EntryTy;
        match self {
            Type::Int => EntryTy::Int,
            Type::Float => EntryTy::Float,
            Type::Bool => EntryTy::Bool,
            Type::None => EntryTy::None,
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            Type::Int => "int",
            Type::Float => "float",
            Type::Bool => "bool",
            Type::None => "none",
        })
    }
}

/// An entry of the value stack in a frame state.
#[derive(Clone, Debug, PartialEq)]
pub enum StackEntry {
    Value(ValueId),
    /// A `range` iterator kept in registers: next value, step, values remaining.
    RangeIter(ValueId, ValueId, ValueId),
    /// A `range` object kept in registers: start, stop, step.
    Range(ValueId, ValueId, ValueId),
    /// Already in its frame slot, owned by compiled code.
    InSlot,
    /// The object in local `i`'s slot (a new reference is made on exit).
    Local(u32),
    /// Object constant `i` (a new reference is made on exit).
    Const(u32),
}

/// Where a helper finds an operand (helpers take pointers to values).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Operand {
    /// A register value, written to scratch memory for the call.
    Reg(ValueId),
    /// The slot of local `i`.
    Local(u32),
    /// The slot of value-stack entry `i`.
    Stack(u32),
    /// Object constant `i`.
    Const(u32),
}

/// What the interpreter's attribute cache saw at an instruction: instances of each class (by
/// address) with that shape keep the attribute in that slot, while the type epoch is
/// `epoch`. Compiled code checks them and then reads or writes the slot in place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SlotGuess {
    pub epoch: u64,
    /// (class, shape, slot, next shape) of each receiver seen, as many as the cache has
    /// entries: the attribute is slot `slot`; for a store that adds it (which moves the object
    /// to shape `next`), `slot` is the new one's, and `next` is 0 otherwise. The first `n`
    /// are used.
    pub cases: [(usize, usize, u32, usize); 4],
    pub n: u8,
}

impl SlotGuess {
    /// The receivers that have the attribute: (class, shape, slot).
    pub fn slots(&self) -> impl Iterator<Item = (usize, usize, u32)> + '_ {
        self.cases[..self.n as usize]
            .iter()
            .filter(|c| c.3 == 0)
            .map(|&(class, shape, slot, _)| (class, shape, slot))
    }

    /// The receivers that a store gives the attribute: (class, shape, slot, next shape).
    pub fn adds(&self) -> impl Iterator<Item = (usize, usize, u32, usize)> + '_ {
        self.cases[..self.n as usize]
            .iter()
            .filter(|c| c.3 != 0)
            .copied()
    }
}

/// The callee of a direct call: a Python function (object constant `callee`) taking exactly
/// the arguments given, with a compiled function start whose signature they fit. Compiled
/// code checks what it cannot know statically (argument tags, the callee's globals, the
/// recursion limit, pending finalisers and Ctrl-C), builds the callee's context and slots in
/// its own stack frame and calls the machine code; if any check fails it makes the call the
/// ordinary way, and if the callee leaves its compiled code the interpreter finishes it.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectCall {
    pub callee: u32,
    /// The machine code to call: None for the entry being compiled (a recursive call, made
    /// through [`Func::self_address`]), else the callee's entry.
    pub entry: Option<usize>,
    /// The callee's `Signature` (None: this entry's own, found in the context).
    pub signature: Option<usize>,
    /// The tag each argument's slot must hold (None where the type is known to fit).
    pub checks: Vec<Option<u64>>,
    /// The callee's code object, its fast locals, and the value-stack slots its code uses
    /// (None: this entry's own, known once the IR is complete).
    pub code: usize,
    /// Addresses of the callee function's `code` and `globals` handles (what its entry on the
    /// frame stack points at).
    pub code_handle: usize,
    pub globals_handle: usize,
    pub nlocals: u32,
    pub stack_slots: Option<u32>,
    /// Address of the callee entry's count of entries for the views (0: not counted; for a
    /// recursive call, [`Func::self_entered`]).
    pub entered: usize,
}

/// Runtime helpers that implement a bytecode instruction on any values, as the interpreter does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Helper {
    /// Index into `BIN_OPS`, and whether in place.
    Binary(u8, bool),
    /// 0 `-`, 1 `+`, 2 `~`.
    Unary(u8),
    /// Index into `CMP_OPS`; 6 `in`, 7 `not in`.
    Compare(u8),
    Subscr,
    StoreSubscr,
    /// `Slice(n)`: the container and `n` bounds (2 or 3).
    Slice(u8),
    /// `StoreSlice(n)`: the value, the container and `n` bounds.
    StoreSlice(u8),
    LoadAttr {
        pc: u32,
        name: u32,
        slot: Option<SlotGuess>,
    },
    StoreAttr {
        pc: u32,
        name: u32,
        slot: Option<SlotGuess>,
    },
    GetIter,
    /// A pattern-matching instruction of `match`, on the values on top of the stack, which it
    /// leaves there: `len` (`GetLen`), `MatchSequence`, `MatchMapping`, `MatchKeys`.
    MatchPeek(MatchOp),
    /// `MatchClass` with this many positional sub-patterns (consumes subject, class, names).
    MatchClass(u32),
    /// An operation on cell (or free) variable `i`.
    Cell(CellOp, u32),
    /// `MakeFunction(i, flags)` on the operands the flags call for.
    MakeFunction(u32, u8),
    /// `raise exc` (1) or `raise exc from cause` (2): always raises.
    Raise(u8),
    /// `ListAppend` (0), `SetAdd` (1) or `MapAdd` (2): the container, then the key (for
    /// `MapAdd`) and the value.
    Collect(u8),
}

/// What `Helper::Cell` does with its cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CellOp {
    /// `LoadDeref`: the cell's value.
    Load,
    /// `StoreDeref`: sets the cell's value (the operand).
    Store,
    /// `LoadClosure`: the cell itself.
    Closure,
}

/// The pattern-matching instructions that read the top of the stack without consuming it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MatchOp {
    Len,
    Sequence,
    Mapping,
    Keys,
}

impl Helper {
    /// Whether the helper produces a value.
    pub fn has_result(self) -> bool {
        !matches!(
            self,
            Helper::StoreSubscr
                | Helper::StoreSlice(_)
                | Helper::Raise(_)
                | Helper::StoreAttr { .. }
                | Helper::Cell(CellOp::Store, _)
                | Helper::Collect(_)
        )
    }
}

/// Everything the interpreter needs to resume at `pc`: the locals held in registers (the other
/// locals are up to date in the frame) and the value stack.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameState {
    pub pc: usize,
    pub locals: Vec<(u32, ValueId)>,
    pub stack: Vec<StackEntry>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InstKind {
    ConstInt(i64),
    ConstFloat(f64),
    ConstBool(bool),
    ConstNone,
    /// Loads local `slot` (of the given type) from the frame at entry.
    LoadSlot(u32, Type),
    /// Takes (and drops) the `range` iterator on the entry value stack at `index`, keeping its
    /// state for `RangeIterField`.
    TakeRangeIter(u32),
    /// Field 0 (next), 1 (step) or 2 (remaining) of the iterator taken at `index`.
    RangeIterField(u32, u8),
    /// Writes a register local back to its frame slot (the slot holds no object).
    StoreSlot(u32, ValueId),
    /// Replaces local `slot`, which may hold an object, dropping the old value (runtime helper).
    StoreSlotDropping(u32, ValueId),
    /// `int op int` for +, -, *: leaves on overflow.
    IntArithOvf(BinOp, ValueId, ValueId, StateId),
    /// `int op int` for &, |, ^ (cannot fail).
    IntBitwise(BinOp, ValueId, ValueId),
    /// Wrapping `a + b` (range iterator bookkeeping, where overflow is harmless).
    IntAddWrap(ValueId, ValueId),
    IntNeg(ValueId, StateId),
    IntInvert(ValueId),
    IntCmp(CmpOp, ValueId, ValueId),
    IntToFloat(ValueId),
    FloatArith(BinOp, ValueId, ValueId),
    /// `float / float`: leaves on a zero divisor.
    FloatDiv(ValueId, ValueId, StateId),
    FloatNeg(ValueId),
    /// A one-argument `math` function on a float (`f`: its address; `sqrt` compiles to the
    /// instruction); leaves where `math` raises: a NaN from a number, or an infinity from a
    /// finite number.
    FloatFn {
        f: usize,
        sqrt: bool,
        arg: ValueId,
        state: StateId,
    },
    FloatCmp(CmpOp, ValueId, ValueId),
    /// `int cmp float`, exactly: leaves if the int does not convert to a float exactly.
    IntFloatCmp(CmpOp, ValueId, ValueId, StateId),
    /// Any other numeric operator on two numbers (runtime helper, Python's own code): leaves if
    /// it raises or its result is not of the result type.
    NumOp(BinOp, ValueId, ValueId, StateId),
    /// Python truth value of a number, bool or None.
    Truthy(ValueId),
    BoolNot(ValueId),
    /// Leaves if the globals the code read changed (checked before a `LoadGlobal` that follows
    /// a helper, which may have run Python code).
    GuardGlobals(StateId),
    /// Leaves if Ctrl-C was pressed (at loop back-edges: the interpreter, resumed at the
    /// backward jump, raises `KeyboardInterrupt`).
    GuardInterrupt(StateId),
    /// Runs `helper` on `args`; its result (owned) goes to value-stack slot `out`. Raises
    /// through `state`. Then drops the value-stack slots in `drops` (consumed operands).
    Helper {
        helper: Helper,
        args: Vec<Operand>,
        out: Option<u32>,
        drops: Vec<u32>,
        state: StateId,
    },
    /// `LoadMethod`: `method self` or `NULL attr` into value-stack slots `out`, `out + 1`.
    LoadMethod {
        obj: Operand,
        pc: u32,
        name: u32,
        out: u32,
        drops: Vec<u32>,
        state: StateId,
    },
    /// Leaves unless the type epoch is `epoch` and `obj` is one of `receivers`: an object of
    /// that class (by address) with that shape and no `__dict__` (shape 0: any object of the
    /// class). Then `obj.name` is the method the interpreter's cache saw.
    GuardMethod {
        obj: Operand,
        epoch: u64,
        receivers: Vec<(usize, usize)>,
        state: StateId,
    },
    /// Leaves unless the type epoch is `epoch` and object `a`'s class and `b`'s class are one
    /// of `pairs`: the pairs for which `a op b` calls a Python method of `a`'s class first.
    /// Classes are addresses, except that a right operand of an inline type (int, float,
    /// bool, None) is named by its tag.
    GuardOperands {
        a: Operand,
        b: Operand,
        epoch: u64,
        pairs: Vec<(usize, usize)>,
        state: StateId,
    },
    /// After a call of the left operand's method for `a op b` (`op` indexes `BIN_OPS`),
    /// with `a`, `b` and the call's result in value-stack slots from `at`: the result moves
    /// to `at` and the operands are released, unless it is NotImplemented (object constant
    /// `not_implemented`), for which a helper makes the rest of the operator.
    OperatorResult {
        op: u8,
        at: u32,
        not_implemented: u32,
        state: StateId,
    },
    /// `LoadGlobal(name)` at instruction `pc` into value-stack slot `out`, loaded each time
    /// (the global was rebound since code first took it as a constant); leaves for the
    /// interpreter if the name is not defined.
    LoadGlobal {
        name: u32,
        pc: u32,
        out: u32,
        state: StateId,
    },
    /// `len(obj)`, an int: read in place from a list, else from a helper (raising where
    /// `len` raises, as the call would).
    Len {
        obj: Operand,
        state: StateId,
    },
    /// `list.append(value)` (object constant `method`) on `list`, an exact list (a method
    /// guard made sure): the value written after the last item in place when there is room
    /// and the list is not being written, the method called otherwise (which leaves through
    /// `state` if it raises).
    ListAppend {
        list: Operand,
        value: Operand,
        method: u32,
        state: StateId,
    },
    /// `isinstance(obj, class)` of the builtin `isinstance` and the class in object constant
    /// `class`: true at once for an object of exactly that class (as CPython decides before
    /// anything else), the runtime's answer for anything else.
    IsInstance {
        obj: Operand,
        class: u32,
        state: StateId,
    },
    /// `LoadMethod` after a `GuardMethod` whose receivers find different methods: the method
    /// of `obj`'s class (object constant `cases[i].1` for class address `cases[i].0`; the
    /// last case is the one left when no other matches) into value-stack slot `out`.
    SelectMethod {
        obj: Operand,
        cases: Vec<(usize, u32)>,
        out: u32,
    },
    /// A new instance of class constant `class` (a plain class, whose `__init__` a direct
    /// call runs next) in value-stack slot `out`; leaves first if the type epoch is no longer
    /// `epoch` (a class changed, so the class may no longer be plain).
    NewInstance {
        class: u32,
        epoch: u64,
        out: u32,
        state: StateId,
    },
    /// Raises (through `state`) the TypeError for an `__init__` that returned something other
    /// than None, the value in value-stack slot `slot`.
    CheckInitResult {
        slot: u32,
        state: StateId,
    },
    /// An instruction done by `pyjit_slot_op` on the `n` owned values in value-stack slots
    /// from `first` (taken); its result, if it has one, in `first`. `op` and `arg` as
    /// `jit_abi`'s `SLOT_*` operations say.
    SlotOp {
        op: u64,
        arg: u64,
        first: u32,
        n: u32,
        state: StateId,
    },
    /// `Call` / `CallMethod` on the values in value-stack slots from `first`; result in `first`.
    Call {
        first: u32,
        nargs: u32,
        method: bool,
        state: StateId,
    },
    /// `Call(n)` of a Python function that has compiled code for these argument types,
    /// entered straight from this code (see [`DirectCall`]). The arguments are in value-stack
    /// slots from `first + 1`; the result goes to `first`.
    CallDirect {
        first: u32,
        nargs: u32,
        target: Box<DirectCall>,
        state: StateId,
    },
    /// `CallMethod` of a method that `SelectMethod` chose by the receiver's class: a direct
    /// call of the case whose classes (by address) include the receiver's (in slot
    /// `first + 1`), the ordinary call of the method in slot `first` for any other. The
    /// arguments, receiver first, are in value-stack slots from `first + 1`; the result goes
    /// to `first`.
    CallPoly {
        first: u32,
        nargs: u32,
        cases: Vec<(Vec<usize>, Box<DirectCall>)>,
        state: StateId,
    },
    /// `BuildTuple` (kind 0), `BuildList` (1) or `BuildSlice` (2) of the `n` values in
    /// value-stack slots from `first` (taken); the result in `first`.
    Build {
        kind: u8,
        first: u32,
        n: u32,
    },
    /// `UnpackSequence(n)` of `seq` (taken if `owned`) into value-stack slots from `out`; or,
    /// with `after`, `UnpackEx(n, after)`: `n` items, a list of the rest, `after` items.
    Unpack {
        seq: Operand,
        owned: bool,
        n: u32,
        after: Option<u32>,
        out: u32,
        state: StateId,
    },
    /// Makes the `range` iterator (`iter`: next, step, remaining) or `range` object (start,
    /// stop, step) kept in registers into an object, owned by value-stack slot `to`.
    BoxRange {
        to: u32,
        iter: bool,
        parts: [ValueId; 3],
    },
    /// Writes `from` into value-stack slot `to` as an owned value.
    Materialize {
        to: u32,
        from: Operand,
    },
    /// The value in value-stack slot `slot` as a register of type `ty`; leaves if it has
    /// another type.
    Unbox {
        slot: u32,
        ty: Type,
        state: StateId,
    },
    /// Item `index` of the exact list `list` (negative counts from the end) as a register
    /// of type `ty`, read in place; leaves through `state` (before the subscript) if `list`
    /// is not an exact list, is being written, the index is out of range or the item has
    /// another type.
    ListLoad {
        list: Operand,
        index: ValueId,
        ty: Type,
        state: StateId,
    },
    /// Attribute `name` of `obj` (the instruction at `pc`) as a register of type `ty`, read in
    /// place from the slot that `guess` names for the receiver's class and shape. Any other
    /// receiver, or a slot holding another type, takes the helper, which leaves through
    /// `state` if it raises; its result goes to value-stack slot `out` and is unboxed,
    /// leaving through `post` (after the load) if it has another type. A receiver in a stack
    /// slot is dropped.
    AttrLoad {
        obj: Operand,
        pc: u32,
        name: u32,
        guess: SlotGuess,
        ty: Type,
        out: u32,
        state: StateId,
        post: StateId,
    },
    /// `list[index] = value` for the exact list `list` (negative counts from the end), written
    /// in place over an item that holds no object; leaves through `state` (before the store)
    /// if `list` is not an exact list, is being written, the index is out of range or the
    /// old item is an object.
    ListStore {
        list: Operand,
        index: ValueId,
        value: ValueId,
        state: StateId,
    },
    /// Local `local`'s value as a register of type `ty`; leaves if it has another type.
    UnboxLocal {
        local: u32,
        ty: Type,
        state: StateId,
    },
    /// Drops the value in value-stack slot `slot`.
    DropStack(u32),
    /// Moves value-stack slot `from` into local `local`, dropping the local's old value if
    /// `dropping` (else the local's slot holds no object).
    MoveToLocal {
        from: u32,
        local: u32,
        dropping: bool,
    },
    /// Copies value-stack slot `from` to `to` (a move; with `incref`, a new reference).
    CopyStack {
        from: u32,
        to: u32,
        incref: bool,
    },
    /// Exchanges two value-stack slots.
    SwapStack(u32, u32),
    /// Next item of the iterator in value-stack slot `it`, into slot `out`; bool: whether
    /// there was one. Raises through `state`.
    ForIter {
        it: u32,
        out: u32,
        state: StateId,
    },
    /// Python truth value of any operand; raises through `state`.
    TruthyOf(Operand, StateId),
    /// Whether an operand is None.
    IsNoneOf(Operand),
    /// `a is b` on any operands.
    IsOf(Operand, Operand),
    /// Leaves unless a Python call made now would not raise RecursionError (before a call
    /// compiled inline).
    GuardCanCall(StateId),
    /// Length of `range(start, stop, step)`; leaves if step is 0 or the length does not fit.
    RangeLen(ValueId, ValueId, ValueId, StateId),
}

/// The number of values an `Unpack` leaves on the stack: `n`, or with a starred target
/// `n`, the list of the rest and `after`.
pub fn unpacked(n: u32, after: Option<u32>) -> u32 {
    match after {
        Some(a) => n + 1 + a,
        None => n,
    }
}

impl InstKind {
    /// The frame state the instruction leaves through, if it can leave or raise.
    pub fn state(&self) -> Option<StateId> {
        use InstKind::*;
        match self {
            IntArithOvf(.., s)
            | IntNeg(_, s)
            | FloatDiv(_, _, s)
            | IntFloatCmp(.., s)
            | NumOp(.., s)
            | GuardGlobals(s)
            | GuardInterrupt(s)
            | Helper { state: s, .. }
            | LoadMethod { state: s, .. }
            | Call { state: s, .. }
            | Unpack { state: s, .. }
            | Unbox { state: s, .. }
            | UnboxLocal { state: s, .. }
            | ListLoad { state: s, .. }
            | ListStore { state: s, .. }
            | AttrLoad { state: s, .. }
            | ForIter { state: s, .. }
            | TruthyOf(_, s)
            | GuardCanCall(s)
            | CallDirect { state: s, .. }
            | CallPoly { state: s, .. }
            | GuardOperands { state: s, .. }
            | Len { state: s, .. }
            | IsInstance { state: s, .. }
            | ListAppend { state: s, .. }
            | LoadGlobal { state: s, .. }
            | OperatorResult { state: s, .. }
            | GuardMethod { state: s, .. }
            | NewInstance { state: s, .. }
            | CheckInitResult { state: s, .. }
            | SlotOp { state: s, .. }
            | FloatFn { state: s, .. }
            | RangeLen(.., s) => Some(*s),
            ConstInt(_)
            | ConstFloat(_)
            | ConstBool(_)
            | ConstNone
            | LoadSlot(..)
            | TakeRangeIter(_)
            | RangeIterField(..)
            | StoreSlot(..)
            | StoreSlotDropping(..)
            | IntBitwise(..)
            | IntAddWrap(..)
            | IntInvert(_)
            | IntCmp(..)
            | IntToFloat(_)
            | FloatArith(..)
            | FloatNeg(_)
            | FloatCmp(..)
            | Truthy(_)
            | BoolNot(_)
            | Build { .. }
            | BoxRange { .. }
            | Materialize { .. }
            | DropStack(_)
            | MoveToLocal { .. }
            | CopyStack { .. }
            | SelectMethod { .. }
            | SwapStack(..)
            | IsNoneOf(_)
            | IsOf(..) => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    /// The bytecode instruction it implements (for the views: source lines, machine code).
    pub pc: usize,
    pub result: Option<ValueId>,
    pub kind: InstKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(BlockId, Vec<ValueId>),
    Branch {
        cond: ValueId,
        then_block: BlockId,
        then_args: Vec<ValueId>,
        else_block: BlockId,
        else_args: Vec<ValueId>,
    },
    Return(Operand),
    /// Leave compiled code and resume the interpreter.
    Exit(StateId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// The bytecode instruction this block starts at (None for the entry and edge blocks).
    pub pc: Option<usize>,
    pub params: Vec<ValueId>,
    /// What each parameter holds, in Python's terms (a local's name, `stack[k]`), for the
    /// views; empty for blocks that are not a bytecode block's start.
    pub param_names: Vec<String>,
    pub insts: Vec<Inst>,
    pub term: Terminator,
}

/// One compiled entry of one code object.
#[derive(Debug, Default)]
pub struct Func {
    pub name: String,
    pub entry_pc: usize,
    /// Slots before the value stack (fast locals and cells): where stack entry 0 lives.
    pub stack_base: u32,
    /// The fast locals: cell `i` is in slot `nlocals + i`.
    pub nlocals: u32,
    pub blocks: Vec<Block>,
    pub value_types: Vec<Type>,
    pub states: Vec<FrameState>,
    /// Globals and builtins the code took as constants (entries check they still hold).
    pub global_reads: Vec<pyjit_runtime::interp::tier::GlobalRead>,
    /// Defaults of functions that direct calls pass themselves (entries check they still
    /// hold, with the globals).
    pub defaults_reads: Vec<pyjit_runtime::interp::tier::DefaultsRead>,
    /// Objects the code refers to (`Operand::Const`); the compiled entry keeps them alive.
    pub object_consts: Vec<pyjit_runtime::value::Value>,
    /// Compiled entries that direct calls enter (kept alive with this code).
    pub direct_callees: Vec<std::rc::Rc<pyjit_runtime::interp::tier::CompiledEntry>>,
    /// Address of a word that will hold this entry's own machine code (recursive direct
    /// calls call through it).
    pub self_address: usize,
    /// Address of this entry's count of entries for the views (0: not counted).
    pub self_entered: usize,
    /// Calls that could be direct if their callee (a function object) had a compiled start
    /// for these argument types: the JIT compiles those callees first, then this code again.
    pub wanted_callees: Vec<(
        pyjit_runtime::value::Value,
        Vec<pyjit_runtime::interp::tier::EntryTy>,
    )>,
    /// The bytecode instructions compiled, and those where compiled code leaves for the
    /// interpreter to run them (for `pyjit explain`).
    pub compiled_pcs: std::collections::BTreeSet<usize>,
    pub exit_pcs: std::collections::BTreeSet<usize>,
}

impl Func {
    pub fn new_value(&mut self, ty: Type) -> ValueId {
        self.value_types.push(ty);
        ValueId(self.value_types.len() as u32 - 1)
    }

    pub fn ty(&self, v: ValueId) -> Type {
        self.value_types[v.0 as usize]
    }

    pub fn add_state(&mut self, s: FrameState) -> StateId {
        self.states.push(s);
        StateId(self.states.len() as u32 - 1)
    }

    pub fn state(&self, s: StateId) -> &FrameState {
        &self.states[s.0 as usize]
    }

    /// How many value-stack slots the code uses at most (exits and helpers write them).
    pub fn max_stack_slots(&self) -> usize {
        let mut m = self.states.iter().map(|s| s.stack.len()).max().unwrap_or(0);
        for b in &self.blocks {
            for inst in &b.insts {
                let top = match &inst.kind {
                    InstKind::Helper { args, out, .. } => {
                        let a = args
                            .iter()
                            .filter_map(|o| match o {
                                Operand::Stack(k) => Some(k + 1),
                                _ => None,
                            })
                            .max()
                            .unwrap_or(0);
                        a.max(out.map_or(0, |o| o + 1))
                    }
                    InstKind::LoadMethod { out, .. } => out + 2,
                    InstKind::Call {
                        first,
                        nargs,
                        method,
                        ..
                    } => first + nargs + 1 + *method as u32,
                    InstKind::CallDirect { first, nargs, .. }
                    | InstKind::CallPoly { first, nargs, .. } => first + nargs + 1,
                    InstKind::SelectMethod { out, .. } => out + 1,
                    InstKind::OperatorResult { at, .. } => at + 3,
                    InstKind::LoadGlobal { out, .. } => out + 1,
                    InstKind::Materialize { to, .. } | InstKind::BoxRange { to, .. } => to + 1,
                    InstKind::NewInstance { out, .. } => out + 1,
                    InstKind::SlotOp { first, n, .. } => first + n.max(&1),
                    InstKind::CheckInitResult { slot, .. } => slot + 1,
                    InstKind::Build { first, n, .. } => first + n.max(&1),
                    InstKind::Unpack { out, n, after, .. } => out + unpacked(*n, *after) + 1,
                    InstKind::Unbox { slot, .. } | InstKind::DropStack(slot) => slot + 1,
                    InstKind::AttrLoad { out, .. } => out + 1,
                    InstKind::MoveToLocal { from, .. } => from + 1,
                    InstKind::CopyStack { from, to, .. } => from.max(to) + 1,
                    InstKind::SwapStack(a, b) => a.max(b) + 1,
                    InstKind::ForIter { out, .. } => out + 1,
                    _ => 0,
                };
                m = m.max(top as usize);
            }
        }
        m
    }
}

impl fmt::Display for ValueId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

impl fmt::Display for BlockId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "b{}", self.0)
    }
}

fn operand(o: &Operand) -> String {
    match o {
        Operand::Reg(v) => v.to_string(),
        Operand::Local(i) => format!("&l{i}"),
        Operand::Stack(i) => format!("s{i}"),
        Operand::Const(i) => format!("c{i}"),
    }
}

fn operands(os: &[Operand]) -> String {
    os.iter().map(operand).collect::<Vec<_>>().join(", ")
}

fn drop_list(drops: &[u32]) -> String {
    if drops.is_empty() {
        String::new()
    } else {
        let d: Vec<String> = drops.iter().map(|i| format!("s{i}")).collect();
        format!(", dropping {}", d.join(" "))
    }
}

fn list(vs: &[ValueId]) -> String {
    vs.iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn op_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::MatMul => "matmul",
        BinOp::TrueDiv => "truediv",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
        BinOp::And => "and",
        BinOp::Or => "or",
        BinOp::Xor => "xor",
    }
}

fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "lt",
        CmpOp::Le => "le",
        CmpOp::Eq => "eq",
        CmpOp::Ne => "ne",
        CmpOp::Gt => "gt",
        CmpOp::Ge => "ge",
    }
}

impl fmt::Display for FrameState {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "@{} [", self.pc)?;
        let locals: Vec<String> = self
            .locals
            .iter()
            .map(|(i, v)| format!("l{i}={v}"))
            .collect();
        write!(f, "{}] stack [", locals.join(" "))?;
        let stack: Vec<String> = self
            .stack
            .iter()
            .map(|e| match e {
                StackEntry::Value(v) => v.to_string(),
                StackEntry::RangeIter(a, b, c) => format!("range_iter({a}, {b}, {c})"),
                StackEntry::Range(a, b, c) => format!("range({a}, {b}, {c})"),
                StackEntry::InSlot => "slot".into(),
                StackEntry::Local(i) => format!("&l{i}"),
                StackEntry::Const(i) => format!("c{i}"),
            })
            .collect();
        write!(f, "{}]", stack.join(" "))
    }
}

impl Func {
    fn inst_text(&self, kind: &InstKind) -> String {
        let st = |s: &StateId| format!("exit {}", self.state(*s));
        match kind {
            InstKind::ConstInt(i) => format!("const.int {i}"),
            InstKind::ConstFloat(x) => format!("const.float {x:?}"),
            InstKind::ConstBool(b) => format!("const.bool {b}"),
            InstKind::ConstNone => "const.none".into(),
            InstKind::LoadSlot(i, t) => format!("load_slot.{t} l{i}"),
            InstKind::TakeRangeIter(i) => format!("take_range_iter stack{i}"),
            InstKind::RangeIterField(i, k) => {
                format!(
                    "range_iter.{} stack{i}",
                    ["next", "step", "remaining"][*k as usize]
                )
            }
            InstKind::StoreSlot(i, v) => format!("store_slot l{i}, {v}"),
            InstKind::StoreSlotDropping(i, v) => format!("store_slot_dropping l{i}, {v}"),
            InstKind::IntArithOvf(op, a, b, s) => {
                format!("int.{}_ovf {a}, {b}; {}", op_name(*op), st(s))
            }
            InstKind::IntBitwise(op, a, b) => format!("int.{} {a}, {b}", op_name(*op)),
            InstKind::IntAddWrap(a, b) => format!("int.add_wrap {a}, {b}"),
            InstKind::IntNeg(a, s) => format!("int.neg {a}; {}", st(s)),
            InstKind::IntInvert(a) => format!("int.invert {a}"),
            InstKind::IntCmp(c, a, b) => format!("int.{} {a}, {b}", cmp_name(*c)),
            InstKind::IntToFloat(a) => format!("int_to_float {a}"),
            InstKind::FloatFn {
                f,
                sqrt,
                arg,
                state,
            } => format!(
                "float.{} {arg}; {}",
                if *sqrt {
                    "sqrt".to_string()
                } else {
                    format!("call {f:#x}")
                },
                st(state)
            ),
            InstKind::FloatArith(op, a, b) => format!("float.{} {a}, {b}", op_name(*op)),
            InstKind::FloatDiv(a, b, s) => format!("float.truediv {a}, {b}; {}", st(s)),
            InstKind::FloatNeg(a) => format!("float.neg {a}"),
            InstKind::FloatCmp(c, a, b) => format!("float.{} {a}, {b}", cmp_name(*c)),
            InstKind::IntFloatCmp(c, a, b, s) => {
                format!("int_float.{} {a}, {b}; {}", cmp_name(*c), st(s))
            }
            InstKind::NumOp(op, a, b, s) => {
                format!("num.{} {a}, {b}; {}", op_name(*op), st(s))
            }
            InstKind::Truthy(a) => format!("truthy {a}"),
            InstKind::BoolNot(a) => format!("bool.not {a}"),
            InstKind::GuardGlobals(s) => format!("guard_globals; {}", st(s)),
            InstKind::GuardInterrupt(s) => format!("guard_interrupt; {}", st(s)),
            InstKind::Helper {
                helper,
                args,
                out,
                drops,
                state,
            } => {
                let out = out.map(|o| format!("s{o} = ")).unwrap_or_default();
                format!(
                    "{out}call {helper:?}({}){}; raise {}",
                    operands(args),
                    drop_list(drops),
                    st(state)
                )
            }
            InstKind::LoadMethod {
                obj,
                name,
                out,
                drops,
                state,
                ..
            } => format!(
                "s{out}, s{} = load_method {}, name{name}{}; raise {}",
                out + 1,
                operand(obj),
                drop_list(drops),
                st(state)
            ),
            InstKind::Call {
                first,
                nargs,
                method,
                state,
            } => format!(
                "s{first} = {}call s{first}..+{}; raise {}",
                if *method { "method_" } else { "" },
                nargs + 1 + *method as u32,
                st(state)
            ),
            InstKind::SlotOp {
                op,
                arg,
                first,
                n,
                state,
            } => format!(
                "s{first} = {} s{first}..+{n}; raise {}",
                match *op {
                    pyjit_runtime::interp::jit_abi::SLOT_BUILD_SET => "build_set".to_string(),
                    pyjit_runtime::interp::jit_abi::SLOT_BUILD_MAP => "build_map".to_string(),
                    pyjit_runtime::interp::jit_abi::SLOT_LIST_TO_TUPLE =>
                        "list_to_tuple".to_string(),
                    pyjit_runtime::interp::jit_abi::SLOT_DELETE_SUBSCR =>
                        "delete_subscr".to_string(),
                    pyjit_runtime::interp::jit_abi::SLOT_FORMAT => format!("format_value.{arg}"),
                    _ => format!("call_kw c{arg}"),
                },
                st(state)
            ),
            InstKind::NewInstance {
                class, out, state, ..
            } => format!("s{out} = new_instance c{class}; {}", st(state)),
            InstKind::CheckInitResult { slot, state } => {
                format!("check_init_result s{slot}; raise {}", st(state))
            }
            InstKind::GuardMethod {
                obj,
                receivers,
                state,
                ..
            } => format!(
                "guard_method {} in {} class/shape pairs; {}",
                operand(obj),
                receivers.len(),
                st(state)
            ),
            InstKind::CallDirect {
                first,
                nargs,
                target,
                state,
            } => format!(
                "s{first} = call_direct {}(s{}..+{nargs}){}; raise {}",
                match target.entry {
                    None => "self".to_string(),
                    Some(_) => format!("c{}", target.callee),
                },
                first + 1,
                target
                    .checks
                    .iter()
                    .enumerate()
                    .filter_map(|(i, c)| c.map(|t| format!(" s{}:tag{t}", first + 1 + i as u32)))
                    .collect::<String>()
                    .replacen(' ', " check ", 1),
                st(state)
            ),
            InstKind::GuardOperands {
                a, b, pairs, state, ..
            } => format!(
                "guard_operands {}, {} in {} class pairs; {}",
                operand(a),
                operand(b),
                pairs.len(),
                st(state)
            ),
            InstKind::OperatorResult {
                op,
                at,
                not_implemented,
                state,
            } => format!(
                "s{at} = operator_result s{} ({}), unless c{not_implemented}; raise {}",
                at + 2,
                pyjit_runtime::interp::jit_abi::BIN_OPS[*op as usize].symbol(),
                st(state)
            ),
            InstKind::LoadGlobal {
                name, out, state, ..
            } => format!("s{out} = load_global n{name}; {}", st(state)),
            InstKind::Len { obj, state } => {
                format!("len {}; raise {}", operand(obj), st(state))
            }
            InstKind::ListAppend {
                list,
                value,
                method,
                state,
            } => format!(
                "list.append {}, {} (c{method}); raise {}",
                operand(list),
                operand(value),
                st(state)
            ),
            InstKind::IsInstance { obj, class, state } => {
                format!("isinstance {}, c{class}; raise {}", operand(obj), st(state))
            }
            InstKind::SelectMethod { obj, cases, out } => format!(
                "s{out} = select_method {} of {}",
                operand(obj),
                cases
                    .iter()
                    .map(|(_, c)| format!("c{c}"))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
            InstKind::CallPoly {
                first,
                nargs,
                cases,
                state,
            } => format!(
                "s{first} = call_poly s{first}(s{}..+{nargs}) direct to {}; raise {}",
                first + 1,
                cases
                    .iter()
                    .map(|(classes, t)| format!("c{} for {} classes", t.callee, classes.len()))
                    .collect::<Vec<_>>()
                    .join(", "),
                st(state)
            ),
            InstKind::Materialize { to, from } => format!("s{to} = materialize {}", operand(from)),
            InstKind::BoxRange { to, iter, parts } => format!(
                "s{to} = box_{} {}, {}, {}",
                if *iter { "range_iter" } else { "range" },
                parts[0],
                parts[1],
                parts[2]
            ),
            InstKind::Build { kind, first, n } => format!(
                "s{first} = build_{} s{first}..+{n}",
                ["tuple", "list", "slice"][*kind as usize]
            ),
            InstKind::Unpack {
                seq,
                owned,
                n,
                after,
                out,
                state,
            } => format!(
                "s{out}..+{} = unpack{} {}{}; raise {}",
                unpacked(*n, *after),
                match after {
                    Some(a) => format!(" {n}, *, {a}"),
                    None => String::new(),
                },
                operand(seq),
                if *owned { " (taken)" } else { "" },
                st(state)
            ),
            InstKind::Unbox { slot, ty, state } => format!("unbox.{ty} s{slot}; {}", st(state)),
            InstKind::ListLoad {
                list,
                index,
                ty,
                state,
            } => format!("list.load.{ty} {}, {index}; {}", operand(list), st(state)),
            InstKind::AttrLoad {
                obj,
                pc,
                name,
                guess,
                ty,
                out,
                state,
                post,
            } => format!(
                "attr.load.{ty} {} (bytecode {pc}, name {name}) {guess:?}, else s{out}; raise {}; {}",
                operand(obj),
                st(state),
                st(post)
            ),
            InstKind::ListStore {
                list,
                index,
                value,
                state,
            } => format!(
                "list.store {}, {index}, {value}; {}",
                operand(list),
                st(state)
            ),
            InstKind::UnboxLocal { local, ty, state } => {
                format!("unbox.{ty} l{local}; {}", st(state))
            }
            InstKind::DropStack(i) => format!("drop s{i}"),
            InstKind::MoveToLocal {
                from,
                local,
                dropping,
            } => format!(
                "l{local} = move s{from}{}",
                if *dropping { " (dropping old)" } else { "" }
            ),
            InstKind::CopyStack { from, to, incref } => {
                format!("s{to} = {} s{from}", if *incref { "copy" } else { "move" })
            }
            InstKind::SwapStack(a, b) => format!("swap s{a}, s{b}"),
            InstKind::ForIter { it, out, state } => {
                format!("s{out} = for_iter s{it}; raise {}", st(state))
            }
            InstKind::TruthyOf(a, state) => format!("truthy {}; raise {}", operand(a), st(state)),
            InstKind::IsNoneOf(a) => format!("is_none {}", operand(a)),
            InstKind::IsOf(a, b) => format!("is {}, {}", operand(a), operand(b)),
            InstKind::RangeLen(a, b, c, s) => format!("range_len {a}, {b}, {c}; {}", st(s)),
            InstKind::GuardCanCall(s) => format!("guard_can_call; {}", st(s)),
        }
    }
}

impl Func {
    /// One block as `pyjit graph` prints it: its head line, instructions and terminator.
    pub fn block_text(&self, bi: usize) -> String {
        let b = &self.blocks[bi];
        let mut f = String::new();
        let params: Vec<String> = b
            .params
            .iter()
            .map(|p| format!("{p}: {}", self.ty(*p)))
            .collect();
        let _ = write!(f, "b{bi}({})", params.join(", "));
        if let Some(pc) = b.pc {
            let _ = write!(f, "  ; bytecode {pc}");
            let named: Vec<String> = b
                .params
                .iter()
                .zip(&b.param_names)
                .map(|(p, n)| format!("{p} = {n}"))
                .collect();
            if !named.is_empty() {
                let _ = write!(f, ", {}", named.join(", "));
            }
        }
        f.push_str(":\n");
        for inst in &b.insts {
            let _ = match inst.result {
                Some(r) => writeln!(
                    f,
                    "    {r}: {} = {}",
                    self.ty(r),
                    self.inst_text(&inst.kind)
                ),
                None => writeln!(f, "    {}", self.inst_text(&inst.kind)),
            };
        }
        let _ = match &b.term {
            Terminator::Jump(t, args) => writeln!(f, "    jump {t}({})", list(args)),
            Terminator::Branch {
                cond,
                then_block,
                then_args,
                else_block,
                else_args,
            } => writeln!(
                f,
                "    branch {cond}, {then_block}({}), {else_block}({})",
                list(then_args),
                list(else_args)
            ),
            Terminator::Return(v) => writeln!(f, "    return {}", operand(v)),
            Terminator::Exit(s) => writeln!(f, "    exit {}", self.state(*s)),
        };
        f
    }
}

impl fmt::Display for Func {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(
            f,
            "function {} (entry at bytecode {}):",
            self.name, self.entry_pc
        )?;
        for (i, c) in self.object_consts.iter().enumerate() {
            writeln!(f, "  c{i}: {}", pyjit_runtime::object::type_name(c))?;
        }
        for bi in 0..self.blocks.len() {
            f.write_str(&self.block_text(bi))?;
        }
        Ok(())
    }
}
