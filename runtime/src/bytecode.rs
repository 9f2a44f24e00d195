//! pyjit bytecode: the instruction set and the code object.
//!
//! A stack machine close to CPython 3.11's, so its behaviour (evaluation order, exception
//! handling through an exception table, generators) carries over directly. Instructions are a
//! dense enum with their operands inline; jump targets are instruction indices.
//!
//! Stack effects are written `before -> after`, top of stack on the right.

use std::cell::Cell;
use std::rc::Rc;

use crate::compile::Source;
use crate::object::Obj;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator as Python writes it (for error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The dunder method names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Conversion applied by `FormatValue` (`!s`, `!r`, `!a`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    Nop,
    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> locals[i]` (UnboundLocalError if unbound)
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// `-> cell contents` for cell/free variable i (index into cells ++ frees)
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// `-> the cell object itself` (to build closures)
    LoadClosure(u32),
    /// In a class body: names[i] from the class namespace, else the free variable `cell`.
    LoadClassDeref(u32, u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: locals dict, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `obj -> obj.name`
    LoadAttr(u32),
    /// `value obj ->` (obj.name = value)
    StoreAttr(u32),
    DeleteAttr(u32),
    /// `obj -> method self` if `name` is a plain function on the class, else `-> NULL attr`.
    LoadMethod(u32),
    /// `method self arg1..argN ->  result` or `NULL callable arg1..argN -> result`
    CallMethod(u32),
    /// `callable arg1..argN -> result`
    Call(u32),
    /// `callable source globals locals -> result`: `eval(source)`/`exec(source)` in the
    /// caller's namespaces if `callable` is the builtin, else a plain `callable(source)`.
    CallInFrame,
    /// `callable arg1..argN -> result`; the last `len(consts[k])` args are keyword arguments
    /// named by the tuple consts[k].
    CallKw(u32, u32),
    /// `callable args_tuple [kwargs_dict] -> result`
    CallEx(bool),
    BinaryOp(BinOp),
    InplaceOp(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),
    /// `a b -> a is b` (negated if true)
    Is(bool),
    /// `a b -> a in b` (negated if true)
    In(bool),
    /// `container key -> container[key]`
    Subscr,
    /// `container start stop [step] -> container[start:stop:step]`, `n` bounds (2 or 3):
    /// `x[a:b]` without a slice object where the container is sliced natively.
    Slice(u32),
    /// `value container key ->`
    StoreSubscr,
    /// `value container start stop [step] ->`: `x[a:b] = value` (see `Slice`).
    StoreSlice(u32),
    DeleteSubscr,
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `k1 v1 .. kn vn -> dict`
    BuildMap(u32),
    /// `v1 .. vn -> dict` with keys the tuple consts[k]
    BuildConstKeyMap(u32, u32),
    /// `start stop [step] -> slice`
    BuildSlice(u32),
    /// `s1 .. sn -> ''.join(...)`
    BuildString(u32),
    /// Comprehension helpers: the container is `depth` below the top (after popping the item).
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    /// `list iterable -> list` (list.extend), container `depth` below.
    ListExtend(u32),
    /// `callable list iterable -> callable list` — ListExtend for `f(*args)`, whose error
    /// message names the callable.
    CallArgsExtend,
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but raises on duplicate keys (for `f(**a, **b)`).
    DictMerge(u32),
    /// `list -> tuple`
    ListToTuple,
    /// `seq -> item_n-1 .. item_0` (first item on top)
    UnpackSequence(u32),
    /// `seq -> ...` with a starred target: (count before, count after)
    UnpackEx(u32, u32),
    /// `value [spec] -> str`
    FormatValue(Conversion, bool),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `iterable -> iterator`
    GetIter,
    /// `iterator -> iterator next` or, when exhausted, pop the iterator and jump.
    ForIter(u32),
    /// Make a function from children[i]; flags say which of (defaults tuple, kwdefaults dict,
    /// closure tuple) are on the stack below, in that order.
    MakeFunction(u32, u8),
    Return,
    Pop,
    /// `value ->`: calls `sys.displayhook(value)` (an expression statement typed at the
    /// interactive prompt).
    PrintExpr,
    /// Push a copy of the item `n` from the top (1 = top).
    Copy(u32),
    /// Swap the top with the item `n` from the top (2 = the one below).
    Swap(u32),
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    Raise(u32),
    /// `exc ->` re-raise exc keeping its traceback. With `true`, also restore the
    /// exception that was being handled before (the saved one is below).
    Reraise,
    /// At handler entry: `exc -> saved_exc_info exc`; exc becomes the handled exception.
    PushExcInfo,
    /// `saved_exc_info ->` restore the handled exception.
    PopExcept,
    /// `exc cls -> exc bool` whether exc matches cls (class or tuple of classes).
    CheckExcMatch,
    /// `except* T`: `exc cls -> rest match`, splitting an exception group (a naked exception
    /// that matches is wrapped in one); a match becomes the handled exception.
    CheckEgMatch,
    /// End of `except*`: `orig raised_list -> exc_or_none`, the exception to re-raise.
    PrepReraiseStar,
    /// `mgr -> exit_method enter_result`
    BeforeWith,
    /// In the with-handler: `exit exc -> exit exc result` calling exit(type, exc, tb).
    WithExceptStart,
    /// `value -> sent`: suspend the generator.
    YieldValue,
    /// `obj -> iterator` for `yield from` (generators pass through).
    GetYieldFromIter,
    /// `iter value -> iter result` delegate one step; on StopIteration pop iter, push its value
    /// and jump to target.
    Send(u32),
    /// `obj -> iterator` for `await`: a coroutine itself, else `obj.__await__()`. The operand
    /// says what is awaited, for the error message: 0 an expression, 1 the result of
    /// `__aenter__`, 2 the result of `__aexit__`.
    GetAwaitable(u8),
    /// `obj -> aiter` for `async for`: `obj.__aiter__()`.
    GetAiter,
    /// `aiter -> aiter awaitable`: the awaitable of `aiter.__anext__()`.
    GetAnext,
    /// Handler of `async for`'s `__anext__` await: `aiter exc ->`, ending the loop if `exc` is
    /// StopAsyncIteration, else re-raising it.
    EndAsyncFor,
    /// `mgr -> aexit aenter_result` for `async with`.
    BeforeAsyncWith,
    /// `value -> wrapped`: a `yield` in an async generator marks its value, so that what the
    /// generator yields is told apart from what its awaits pass up to the event loop.
    AsyncGenWrap,
    /// Like `WithExceptStart`, for `async with`: pushes the awaitable `__aexit__` returns.
    AsyncWithExceptStart,
    ImportName(u32),
    /// `module -> module attr`
    ImportFrom(u32),
    /// `module ->` copy public names into the current namespace.
    ImportStar,
    LoadBuildClass,
    LoadAssertionError,
    /// `-> NULL`, for `CallMethod` on a non-method callable.
    PushNull,
    /// Build a `__class__` cell check after class bodies (no-op placeholder-free marker).
    SetupAnnotations,
    /// `target name annotation ->` for annotated assignments at module/class level.
    StoreAnnotation(u32),
    // Superinstructions: pairs and triples fused by the compiler's peephole pass, so hot code
    // dispatches fewer times (each dispatch is an indirect branch that predicts poorly).
    /// `a b -> ` Compare then PopJumpIfFalse.
    CompareJumpIfFalse(CmpOp, u32),
    /// `a b -> ` Compare then PopJumpIfTrue.
    CompareJumpIfTrue(CmpOp, u32),
    /// `-> locals[i] consts[k]`
    LoadFastConst(u32, u32),
    /// `a -> a op consts[k]`
    BinaryOpConst(BinOp, u32),
    /// `iterator -> iterator` ForIter whose value goes straight into local `i`.
    ForIterStoreFast(u32, u32),
    /// `-> locals[i] locals[j]`
    LoadFast2(u32, u32),
    /// `-> locals[i].names[n]`
    LoadFastAttr(u32, u32),
    /// `-> method self` LoadMethod on local `i`.
    LoadFastMethod(u32, u32),
    /// `-> locals[i] op consts[k]`
    BinaryOpFastConst(BinOp, u32, u32),
    /// `a -> a op locals[j]`
    BinaryOpFast(BinOp, u32),
    /// Return local `i`.
    ReturnFast(u32),
    /// Return constant `k`.
    ReturnConst(u32),
    // Structural pattern matching (`match`), as CPython 3.11.
    /// `obj -> obj len(obj)`
    GetLen,
    /// `subject -> subject bool`: whether the subject is a mapping (a dict, or a class whose
    /// MRO sets the mapping bit of `__abc_tpflags__`).
    MatchMapping,
    /// `subject -> subject bool`: whether the subject is a sequence for matching (list, tuple,
    /// range, or a class whose MRO sets the sequence bit of `__abc_tpflags__`; never str,
    /// bytes or bytearray).
    MatchSequence,
    /// `subject keys -> subject keys values`: the values of the keys (a tuple) in the mapping,
    /// by `subject.get(key, sentinel)`, or None if one is missing.
    MatchKeys,
    /// `subject cls names -> attrs`: if the subject is an instance of `cls`, the tuple of its
    /// `n` positional (through `__match_args__`) then keyword (`names`) attributes; None if
    /// it is not, or an attribute is missing.
    MatchClass(u32),
    /// `-> dict` of the current scope's names (`locals()`): the namespace of a module or
    /// class body, or a snapshot of a function's bound locals.
    LoadLocals,
    /// `-> the module namespace dict` (`globals()`).
    LoadGlobals,
}

impl Instr {
    /// The instruction a jump may go to (a label while the compiler builds the code).
    pub fn jump_target_mut(&mut self) -> Option<&mut u32> {
        match self {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::Send(t)
            | Instr::CompareJumpIfFalse(_, t)
            | Instr::CompareJumpIfTrue(_, t)
            | Instr::ForIterStoreFast(t, _) => Some(t),
            _ => None,
        }
    }

    /// The instruction a jump may go to.
    pub fn jump_target(mut self) -> Option<usize> {
        self.jump_target_mut().map(|t| *t as usize)
    }

    /// Whether the interpreter records what this instruction produces in the code's
    /// `value_profile` (so an empty profile there means the interpreter never finished it).
    /// Keep in step with the `observe` calls in `interp::eval`.
    pub fn is_observed(self) -> bool {
        matches!(
            self,
            Instr::BinaryOp(_)
                | Instr::BinaryOpConst(..)
                | Instr::BinaryOpFast(..)
                | Instr::BinaryOpFastConst(..)
                | Instr::InplaceOp(_)
                | Instr::Call(_)
                | Instr::CallKw(..)
                | Instr::CallMethod(_)
                | Instr::Compare(_)
                | Instr::ForIter(_)
                | Instr::ForIterStoreFast(..)
                | Instr::GetLen
                | Instr::LoadAttr(_)
                | Instr::LoadDeref(_)
                | Instr::LoadFastAttr(..)
                | Instr::MatchMapping
                | Instr::MatchSequence
                | Instr::Subscr
                | Instr::StoreSubscr
        )
    }

    /// Whether execution never continues with the next instruction.
    pub fn ends_flow(self) -> bool {
        matches!(
            self,
            Instr::Jump(_)
                | Instr::Return
                | Instr::ReturnFast(_)
                | Instr::ReturnConst(_)
                | Instr::Raise(_)
                | Instr::Reraise
        )
    }
}

/// Where an instruction came from, for tracebacks: lines are 1-based, columns are 0-based
/// character offsets in the line. `anchor` marks the operator of a binary operation or the
/// subscript of an indexing so CPython 3.11's `~~~^^^` markers can be drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
    pub anchor: Anchor,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Anchor {
    #[default]
    None,
    /// Binary operation: the left operand ends at `left_end`; the operator spans
    /// `op_start..op_end` (all columns on the instruction's first line).
    BinOp { op_start: u32, op_end: u32 },
    /// Subscript: the value ends at `value_end` and the `[...]` part follows.
    Subscript { value_end: u32 },
}

/// One row of the exception table: instructions in `start..end` that raise jump to `handler`
/// with the value stack cut to `depth` (plus the exception pushed).
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

/// The bit of `Code::value_profile` (the tags use bits 0 to 5) an instruction sets when it
/// took a path that compiled code specialised to the common case would leave for: a
/// subscript that read anything but an in-range item of an exact list by an int index, a
/// subscript store that wrote anything but such an item holding no object, an attribute
/// load that did not read an instance's slot through its inline cache. The JIT compiles
/// such a site generic.
pub const PROFILE_GENERIC: u8 = 1 << 7;

#[derive(Clone, Copy, Debug, Default)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkw: bool,
    /// Calling the code makes a generator-like object instead of running it: a generator, a
    /// coroutine or an async generator (see `coroutine`).
    pub generator: bool,
    /// With `generator`: `async def` (or an awaiting comprehension), making a coroutine, or an
    /// async generator if it also yields.
    pub coroutine: bool,
    pub async_generator: bool,
    /// Defined inside a function (CPython's CO_NESTED, shown in `co_flags`).
    pub nested: bool,
    /// Module or class body: names resolve through a namespace dict, not fast locals.
    pub uses_namespace: bool,
}

/// Inline cache of one global-name load: where the name was found (its entry position in the
/// globals or builtins dict), valid while neither dict has gained or lost keys.
#[derive(Clone, Copy, Debug, Default)]
pub struct GlobalCache {
    pub valid: bool,
    pub globals_version: u64,
    pub builtins_version: u64,
    pub in_builtins: bool,
    pub pos: usize,
}

/// Inline cache of an attribute instruction (`LoadAttr`, `LoadMethod`, `StoreAttr`), valid for
/// objects of one class (by address) at one type epoch. For instances it also names the shape,
/// which fixes where (or whether) the instance holds the attribute.
#[derive(Clone, Default)]
pub enum AttrCache {
    #[default]
    Empty,
    /// The attribute is instance slot `slot` of objects with shape `shape`.
    Slot {
        class: usize,
        epoch: u64,
        shape: usize,
        slot: usize,
    },
    /// `obj.name(...)` finds function `func` on the class; instances of shape `shape`
    /// (0 for builtin objects) do not shadow it.
    Method {
        class: usize,
        epoch: u64,
        shape: usize,
        func: Value,
    },
    /// `a op b` (a binary operator's cache) with `a` an instance of class `left` and `b` a
    /// value of class `right` (an int, a float, an object...) calls Python function
    /// `func(a, b)` first.
    Operator {
        left: usize,
        right: usize,
        epoch: u64,
        func: Value,
    },
    /// Storing a new attribute moves objects of shape `shape` to `next`, appending the value.
    Add {
        class: usize,
        epoch: u64,
        shape: usize,
        next: std::rc::Rc<crate::object::instance::Shape>,
    },
}

/// The polymorphic inline cache of one attribute instruction: a few entries, one per class
/// (and shape) seen, replaced round-robin.
#[derive(Clone, Default)]
pub struct AttrCaches {
    pub entries: [AttrCache; 4],
    pub next: u8,
}

impl AttrCaches {
    /// Whether every entry is taken, so that the next insertion forgets one.
    pub fn is_full(&self) -> bool {
        self.next as usize >= self.entries.len()
    }

    /// Remembers `entry`, replacing the oldest.
    pub fn insert(&mut self, entry: AttrCache) {
        let i = self.next as usize % self.entries.len();
        self.entries[i] = entry;
        self.next = self.next.wrapping_add(1);
    }
}

/// A compiled function body, module or class body. Immutable once built, except for the
/// inline caches and profile counters, which use `Cell`s.
pub struct Code {
    pub name: Obj,
    pub qualname: String,
    pub source: Rc<Source>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub instrs: Vec<Instr>,
    pub positions: Vec<Position>,
    /// For superinstructions whose first part can fail on its own (a `LoadFast` of an unbound
    /// local fused with what follows): that part's position, by instruction index.
    pub aux_positions: Vec<(u32, Position)>,
    pub consts: Vec<Value>,
    /// Interned names used by global, attribute and namespace instructions.
    pub names: Vec<Obj>,
    /// Fast locals, parameters first.
    pub varnames: Vec<Obj>,
    /// Variables of this code captured by inner functions.
    pub cellvars: Vec<Obj>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Obj>,
    /// For each cell variable that is also a parameter, the parameter's index.
    pub cell_params: Vec<(u32, u32)>,
    pub children: Vec<Rc<Code>>,
    pub exc_table: Vec<ExcEntry>,
    pub docstring: Value,
    /// Per-instruction inline caches for `LoadGlobal` (indexed by instruction).
    pub global_caches: Box<[Cell<GlobalCache>]>,
    /// Per-instruction inline caches for attribute instructions (indexed by instruction).
    pub attr_caches: Box<[std::cell::RefCell<AttrCaches>]>,
    /// Per instruction: the tags (`1 << value::tag::*`) of the values it produced, for the
    /// instructions whose results compiled code cannot type by itself (subscripts, attributes,
    /// calls, generic operators, iteration). The JIT guards on a tag seen alone. Subscripts and
    /// attribute loads also set [`PROFILE_GENERIC`].
    pub value_profile: Box<[Cell<u8>]>,
    /// How many times this code has been entered (profile for tier-up).
    pub call_count: Cell<u64>,
    /// How many loop back-edges it has taken (profile for on-stack replacement).
    pub backedges: Cell<u64>,
    /// Back-edge count before which a loop that was not entered in compiled code is not
    /// offered to the JIT again.
    pub osr_after: Cell<u64>,
    /// Set when the JIT gave up on entering this code at its start: calls skip asking.
    pub jit_start_given_up: Cell<bool>,
    /// Compiled entry points (see `interp::tier`).
    pub jit: std::cell::RefCell<crate::interp::tier::JitState>,
}

impl Code {
    /// Records that instruction `pc` produced `v`.
    #[inline(always)]
    pub fn observe(&self, pc: usize, v: &Value) {
        let c = &self.value_profile[pc];
        c.set(c.get() | 1 << v.tag());
    }

    /// Records that subscript `pc` produced `v` from `container` by the fast path (an
    /// in-range int index of a list or tuple), noting a tuple ([`PROFILE_GENERIC`]).
    #[inline(always)]
    pub fn observe_subscript(&self, pc: usize, container: &Value, v: &Value) {
        let list = matches!(container, Value::Obj(o)
            if matches!(o.payload, crate::object::Payload::List(_)));
        let c = &self.value_profile[pc];
        c.set(c.get() | 1 << v.tag() | if list { 0 } else { PROFILE_GENERIC });
    }

    /// Records that subscript store `pc` stored a value with tag `stored`; `general` when it
    /// was not into an item of an exact list, in range, that held no object (it then sets
    /// [`PROFILE_GENERIC`]).
    #[inline(always)]
    pub fn observe_store(&self, pc: usize, stored: u64, general: bool) {
        let c = &self.value_profile[pc];
        c.set(c.get() | 1 << stored | if general { PROFILE_GENERIC } else { 0 });
    }

    /// Records that instruction `pc` took a path that specialised code leaves for.
    #[inline]
    pub fn observe_generic(&self, pc: usize) {
        let c = &self.value_profile[pc];
        c.set(c.get() | PROFILE_GENERIC);
    }

    /// The position of instruction `pc`, or of its first part (`aux`) for a superinstruction.
    pub fn position(&self, pc: usize, aux: bool) -> Position {
        if aux {
            if let Some((_, p)) = self.aux_positions.iter().find(|(i, _)| *i as usize == pc) {
                return *p;
            }
        }
        self.positions.get(pc).copied().unwrap_or_default()
    }

    pub fn line_of(&self, pc: usize) -> u32 {
        self.positions
            .get(pc)
            .map(|p| p.line)
            .unwrap_or(self.first_line)
    }

    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// The exception-table row covering instruction `pc`, innermost first.
    pub fn handler_for(&self, pc: usize) -> Option<ExcEntry> {
        let pc = pc as u32;
        self.exc_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
            .copied()
    }

    pub fn name_str(&self) -> &str {
        crate::object::str_of(&self.name)
    }
}
