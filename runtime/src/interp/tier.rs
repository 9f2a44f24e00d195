//! Tier-up: when code gets hot, and how the interpreter enters compiled code and resumes after it.
//!
//! Each code object counts its calls (`Code::call_count`) and loop back-edges
//! (`Code::backedges`). When either crosses `--threshold`, the interpreter asks the [`Tier`] (the
//! JIT, handed in by the command line; this crate never depends on Cranelift) to compile the
//! code for entry at the function start or, for a back-edge, at the loop header it jumps to
//! (on-stack replacement). A compiled entry is specialised to the types the frame holds at that
//! moment, its [`Signature`]; it is entered only when the frame matches it, so the compiled code
//! itself needs no entry guards.
//!
//! Compiled code runs on the interpreter's frame: locals stay in the frame's slots (a compiled
//! entry keeps ints and floats in registers and writes them back when it leaves), and when it
//! cannot go on (a guard fails, an instruction it does not specialise, a Python exception) it
//! writes out the frame state and returns; the interpreter resumes at that instruction. See
//! `jit_abi` for the calling convention.
//!
//! Recompilation is bounded: an entry point whose frames stop matching its signature is compiled
//! again for the new types at most [`MAX_COMPILES_PER_ENTRY`] times, then frames that match
//! none of its entries stay interpreted. An entry for other argument types does not throw away
//! the one before it: a function called both with ints and with floats (raytrace's
//! `Vector(x, y, z)`) keeps a version for each, up to [`MAX_VARIANTS`] besides the newest.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::Code;
use crate::object::iter::IterState;
use crate::object::{dict_version, Obj, Payload};
use crate::table::dict_table::dict_mutations;
use crate::value::Value;

use super::frame::Frame;
use super::jit_abi::{self, CompiledFn};
use super::Vm;

/// The JIT, as the interpreter sees it.
pub trait Tier {
    /// Compiles `frame.code` to be entered at instruction `entry_pc` with the frame as it is
    /// now; None if it cannot be compiled (the reason goes to the statistics). The entry may
    /// come back not yet ready, its machine code being generated in the background: the
    /// tier then installs it with [`ready`] when [`Tier::poll`] finds it done.
    fn compile(&mut self, frame: &Frame, entry_pc: usize) -> Option<Rc<CompiledEntry>>;

    /// Installs the entries whose background compilation has finished.
    fn poll(&mut self) {}

    /// Called with the program's top-level code before it runs (the views walk it).
    fn program(&mut self, _code: &Rc<Code>) {}

    /// Called once when the program ends (statistics).
    fn finish(&mut self) {}
}

/// What a slot holds when compiled code is entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryTy {
    Unbound,
    None,
    Bool,
    Int,
    Float,
    /// A `range` iterator that nothing else references (compiled code may keep it in registers).
    RangeIter,
    /// Any other object.
    Object,
    /// Any value at all (entries compiled without type specialisation, `--opt-level 0`).
    Any,
}

impl EntryTy {
    /// Whether `v` has this type (without classifying it when the tag decides).
    #[inline]
    fn fits(self, v: &Value) -> bool {
        match (self, v) {
            (EntryTy::Unbound, Value::Null)
            | (EntryTy::None, Value::None)
            | (EntryTy::Bool, Value::Bool(_))
            | (EntryTy::Int, Value::Int(_))
            | (EntryTy::Float, Value::Float(_)) => true,
            (EntryTy::RangeIter | EntryTy::Object, Value::Obj(_)) => EntryTy::of(v) == self,
            (EntryTy::Any, v) => !v.is_null(),
            _ => false,
        }
    }

    /// Whether compiled code keeps a value of this type boxed, so that taking any value in
    /// its place costs nothing (see `Signature::widen_from`).
    fn is_boxed(self) -> bool {
        !matches!(self, EntryTy::Unbound | EntryTy::Int | EntryTy::Float)
    }

    pub fn of(v: &Value) -> EntryTy {
        match v {
            Value::Null => EntryTy::Unbound,
            Value::None => EntryTy::None,
            Value::Bool(_) => EntryTy::Bool,
            Value::Int(_) => EntryTy::Int,
            Value::Float(_) => EntryTy::Float,
            Value::Obj(o) => match &o.payload {
                Payload::Iter(st)
                    if o.refcount() == 1 && matches!(&*st.borrow(), IterState::Range { .. }) =>
                {
                    EntryTy::RangeIter
                }
                _ => EntryTy::Object,
            },
        }
    }
}

/// The types of a frame's fast locals and value stack at an entry, and the globals compiled
/// code took as constants: their values, and the key layouts of the globals and builtins dicts
/// (a dict's version changes when keys come or go) that fix where those values are; and the
/// defaults of functions that it passes itself in direct calls.
#[derive(Clone, Debug)]
pub struct Signature {
    pub locals: Vec<EntryTy>,
    pub stack: Vec<EntryTy>,
    pub globals_version: u64,
    pub builtins_version: u64,
    pub global_reads: Vec<GlobalRead>,
    pub defaults_reads: Vec<DefaultsRead>,
    /// `dict_mutations()` when the globals were last found to hold (no dict changed since
    /// means they still do).
    pub checked_at: Cell<u64>,
}

thread_local! {
    /// Globals (dict address, entry position) that were rebound after compiled code took
    /// their values as constants: code compiled from then on loads them each time instead.
    static REBOUND_GLOBALS: RefCell<std::collections::HashSet<(usize, usize)>> =
        RefCell::new(std::collections::HashSet::new());
}

/// Whether the global at entry `pos` of dict `d` was rebound after compiled code assumed it.
pub fn global_rebound(d: &Obj, pos: usize) -> bool {
    REBOUND_GLOBALS.with(|r| r.borrow().contains(&(d.addr(), pos)))
}

/// A global (or builtin) whose value compiled code assumes.
#[derive(Clone, Debug)]
pub struct GlobalRead {
    pub in_builtins: bool,
    /// Entry position in its dict.
    pub pos: usize,
    pub value: Value,
}

/// The defaults of a function that compiled code passes as arguments of a direct call (for
/// the parameters the call leaves out): they must still be the function's defaults.
/// Assigning `__defaults__` counts as a dict mutation, so that compiled code checks again.
#[derive(Clone, Debug)]
pub struct DefaultsRead {
    pub func: Value,
    pub defaults: Vec<Value>,
}

impl DefaultsRead {
    fn holds(&self) -> bool {
        match self.func.payload() {
            Some(Payload::Function(f)) => {
                let now = f.defaults.borrow();
                now.len() == self.defaults.len()
                    && now.iter().zip(&self.defaults).all(|(a, b)| a.is(b))
            }
            _ => false,
        }
    }
}

impl Signature {
    pub fn of(frame: &Frame) -> Signature {
        let nlocals = frame.code.nlocals();
        Signature {
            locals: frame.stack[..nlocals].iter().map(EntryTy::of).collect(),
            stack: frame.stack[frame.base..].iter().map(EntryTy::of).collect(),
            globals_version: dict_version(&frame.globals),
            builtins_version: dict_version(&frame.builtins),
            global_reads: Vec::new(),
            defaults_reads: Vec::new(),
            checked_at: Cell::new(u64::MAX),
        }
    }

    /// Widens the types that differ from `earlier`'s, the signature of the entry this one is
    /// to replace because frames kept arriving with other types: a local or stack entry seen
    /// as None and as an object (richards' `packet` arguments) takes any value, so that calls
    /// alternating between them do not recompile the entry back and forth until it runs out
    /// of recompiles. An int or a float stays as the frame has it: code that keeps it unboxed
    /// is worth more than code that takes both (measured on raytrace: 12% slower so).
    pub fn widen_from(&mut self, earlier: &Signature) {
        if self.locals.len() != earlier.locals.len() || self.stack.len() != earlier.stack.len() {
            return;
        }
        let pairs = self
            .locals
            .iter_mut()
            .zip(&earlier.locals)
            .chain(self.stack.iter_mut().zip(&earlier.stack));
        for (t, e) in pairs {
            if *t != *e && t.is_boxed() && e.is_boxed() {
                *t = EntryTy::Any;
            }
        }
    }

    /// Whether every frame whose locals and stack fit `other` fits this signature too (the
    /// same types, or any value where `other` has a boxed one), so that an entry with
    /// `other` would never be reached after one with this signature.
    fn covers(&self, other: &Signature) -> bool {
        let covers =
            |n: &EntryTy, o: &EntryTy| n == o || (*n == EntryTy::Any && *o != EntryTy::Unbound);
        self.locals.len() == other.locals.len()
            && self.stack.len() == other.stack.len()
            && self
                .locals
                .iter()
                .zip(&other.locals)
                .all(|(n, o)| covers(n, o))
            && self
                .stack
                .iter()
                .zip(&other.stack)
                .all(|(n, o)| covers(n, o))
    }

    /// Whether `frame` differs from this signature only where `widen_from` would take any
    /// value: recompiling for it then loses nothing, so it need not wait for more mismatches
    /// (calls alternating between None and an object would otherwise never count enough of
    /// them in a row).
    fn widens_to_fit(&self, frame: &Frame) -> bool {
        let nlocals = frame.code.nlocals();
        let stack = &frame.stack[frame.base..];
        if self.locals.len() != nlocals || self.stack.len() != stack.len() {
            return false;
        }
        let pairs = self
            .locals
            .iter()
            .zip(&frame.stack[..nlocals])
            .chain(self.stack.iter().zip(stack));
        let mut widened = false;
        for (t, v) in pairs {
            if t.fits(v) {
                continue;
            }
            if !(t.is_boxed() && EntryTy::of(v).is_boxed()) {
                return false;
            }
            widened = true;
        }
        widened && self.globals_hold(&frame.globals, &frame.builtins)
    }

    /// Whether the globals compiled code read still have the values it assumed.
    pub fn globals_hold(&self, globals: &Obj, builtins: &Obj) -> bool {
        let now = dict_mutations();
        if self.checked_at.get() == now {
            return true;
        }
        let holds = self.check_globals(globals, builtins);
        if holds {
            self.checked_at.set(now);
        } else if dict_version(globals) == self.globals_version
            && dict_version(builtins) == self.builtins_version
        {
            // Same keys, another value: a global was rebound. Code compiled from now on
            // loads it rather than assuming it again.
            for g in &self.global_reads {
                let d = if g.in_builtins { builtins } else { globals };
                if !crate::builtins::dict::value_at(d, g.pos).is(&g.value) {
                    REBOUND_GLOBALS.with(|r| r.borrow_mut().insert((d.addr(), g.pos)));
                }
            }
        }
        holds
    }

    fn check_globals(&self, globals: &Obj, builtins: &Obj) -> bool {
        dict_version(globals) == self.globals_version
            && dict_version(builtins) == self.builtins_version
            && self.global_reads.iter().all(|g| {
                let d = if g.in_builtins { builtins } else { globals };
                crate::builtins::dict::value_at(d, g.pos).is(&g.value)
            })
            && self.defaults_reads.iter().all(DefaultsRead::holds)
    }

    /// Whether `frame` matches, without building its signature.
    fn matches(&self, frame: &Frame) -> bool {
        let nlocals = frame.code.nlocals();
        let stack = &frame.stack[frame.base..];
        self.locals.len() == nlocals
            && self.stack.len() == stack.len()
            && self
                .locals
                .iter()
                .zip(&frame.stack[..nlocals])
                .all(|(t, v)| t.fits(v))
            && self.stack.iter().zip(stack).all(|(t, v)| t.fits(v))
            && self.globals_hold(&frame.globals, &frame.builtins)
    }
}

/// Machine code for one entry point of one code object.
pub struct CompiledEntry {
    pub pc: usize,
    pub signature: Signature,
    /// The deepest value stack the code writes when it leaves.
    pub max_exit_depth: usize,
    /// Objects the machine code refers to by address (kept alive with it).
    pub objects: Box<[Value]>,
    /// The machine code; None while it is being generated in the background (such an entry
    /// is pending in its slot, never entered, and its `self_address` is 0).
    pub func: Cell<Option<CompiledFn>>,
    /// Times a function-start entry was entered, and left to the interpreter rather than
    /// returning: code that mostly leaves early only adds the cost of entering.
    pub entries: Cell<u32>,
    pub early_exits: Cell<u32>,
    /// Times compiled code left because a guard failed, and entries since this was last
    /// judged: an entry whose guards keep failing is recompiled with the profile as it is now.
    pub guard_failures: Cell<u32>,
    pub judged_entries: Cell<u32>,
    /// Entries that the machine code calls directly (kept alive as long as it is).
    pub direct_callees: Vec<Rc<CompiledEntry>>,
    /// The machine code's own address, which its recursive direct calls call through.
    pub self_address: Box<Cell<usize>>,
    /// What `pyjit run --stats` and `pyjit explain` learn while the entry runs (None when
    /// no view asked for it, so ordinary runs record nothing).
    pub stats: Option<Rc<EntryStats>>,
}

impl CompiledEntry {
    /// Whether the machine code exists.
    pub fn is_ready(&self) -> bool {
        self.func.get().is_some()
    }

    /// Gives the entry its machine code; direct calls into it now reach it.
    /// Whether a direct call compiled against `old`, a function start of the same code,
    /// may enter this one instead: it accepts every argument `old` did (the caller checked
    /// them against `old`), assumes the same globals and defaults (the caller checks those
    /// of `old`), and leaves with no deeper value stack (the caller made room for `old`'s).
    pub fn can_stand_in_for(&self, old: &CompiledEntry) -> bool {
        let (new, was) = (&self.signature, &old.signature);
        self.pc == 0
            && old.pc == 0
            && self.is_ready()
            && self.max_exit_depth <= old.max_exit_depth
            && new.stack.is_empty()
            && was.stack.is_empty()
            && new.locals.len() == was.locals.len()
            && new.locals.iter().zip(&was.locals).all(|(n, o)| {
                n == o
                    || (*n == EntryTy::Any && !matches!(o, EntryTy::Unbound | EntryTy::RangeIter))
            })
            && new.global_reads.len() == was.global_reads.len()
            && new
                .global_reads
                .iter()
                .zip(&was.global_reads)
                .all(|(a, b)| {
                    a.in_builtins == b.in_builtins && a.pos == b.pos && a.value.is(&b.value)
                })
            && new.defaults_reads.len() == was.defaults_reads.len()
            && new
                .defaults_reads
                .iter()
                .zip(&was.defaults_reads)
                .all(|(a, b)| {
                    a.func.is(&b.func)
                        && a.defaults.len() == b.defaults.len()
                        && a.defaults.iter().zip(&b.defaults).all(|(x, y)| x.is(y))
                })
    }

    pub fn make_ready(&self, func: CompiledFn) {
        self.func.set(Some(func));
        self.self_address.set(func as usize);
    }
}

impl std::fmt::Debug for CompiledEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "CompiledEntry(pc {}, {:?})", self.pc, self.signature)
    }
}

/// The compiled function starts of `code` (for direct calls into them): the newest first
/// (one still being compiled counts: direct calls into it take the ordinary way until it is
/// ready), then the variants kept for other argument types, newest first.
pub fn compiled_starts(code: &Code) -> Vec<Rc<CompiledEntry>> {
    if code.jit_start_given_up.get() {
        return Vec::new();
    }
    let state = code.jit.borrow();
    let Some(slot) = state.entries.iter().find(|e| e.pc == 0) else {
        return Vec::new();
    };
    let newest = slot.compiled.clone().or_else(|| slot.pending.clone());
    newest
        .into_iter()
        .chain(slot.variants.iter().rev().cloned())
        .collect()
}

/// Installs `entry` as `code`'s compiled function start, compiled ahead of the interpreter
/// asking for it (the callee of a call that compiled code can then make directly). False,
/// and nothing installed, if the code already has one or may not be compiled again.
pub fn install_start(code: &Code, entry: Rc<CompiledEntry>) -> bool {
    if code.jit_start_given_up.get() {
        return false;
    }
    let mut state = code.jit.borrow_mut();
    let slot = state.slot(0);
    if slot.compiled.is_some() || slot.pending.is_some() || slot.compiles >= MAX_COMPILES_PER_ENTRY
    {
        return false;
    }
    slot.compiles += 1;
    slot.install(entry);
    true
}

/// `entry`, pending at instruction `pc` of `code`, got its machine code: it replaces the
/// entry compiled there before, if any.
pub fn ready(code: &Code, pc: usize, entry: &Rc<CompiledEntry>) {
    let mut state = code.jit.borrow_mut();
    let slot = state.slot(pc);
    if slot.pending.as_ref().is_some_and(|p| Rc::ptr_eq(p, entry)) {
        slot.pending = None;
        slot.replace_with(entry.clone());
    }
}

/// `entry`, pending at instruction `pc` of `code`, could not be compiled after all: the
/// entry point is not compiled again.
pub fn abandon(code: &Code, pc: usize, entry: &Rc<CompiledEntry>) {
    let mut state = code.jit.borrow_mut();
    let slot = state.slot(pc);
    if slot.pending.as_ref().is_some_and(|p| Rc::ptr_eq(p, entry)) {
        slot.pending = None;
        slot.compiles = MAX_COMPILES_PER_ENTRY;
    }
}

/// `code`'s compiled start in use with signature `signature`, if any (a direct call that
/// left the callee's compiled code accounts for it there only then).
pub fn current_start_with(code: &Code, signature: *const Signature) -> Option<Rc<CompiledEntry>> {
    compiled_starts(code)
        .into_iter()
        .find(|e| std::ptr::eq(&e.signature, signature))
}

impl EntrySlot {
    /// Makes `entry` the slot's code: at once if it is ready, else once it is (see [`ready`]).
    fn install(&mut self, entry: Rc<CompiledEntry>) {
        if entry.is_ready() {
            self.replace_with(entry);
        } else {
            self.pending = Some(entry);
        }
    }

    /// Makes `entry`, which has its machine code, the slot's code, and sends the direct
    /// calls still made into earlier entries that it can stand in for to it.
    fn use_compiled(&mut self, entry: Rc<CompiledEntry>) {
        for old in self.retired.iter().filter_map(|w| w.upgrade()) {
            if entry.can_stand_in_for(&old) {
                old.self_address.set(entry.self_address.get());
            }
        }
        self.compiled = Some(entry);
    }

    /// Makes `entry`, which has its machine code, the newest entry. The one it replaces
    /// stays as a variant if it takes frames that `entry` does not (and it is complete), and
    /// is retired otherwise; past [`MAX_VARIANTS`], the oldest variant is retired.
    fn replace_with(&mut self, entry: Rc<CompiledEntry>) {
        if let Some(old) = self.compiled.take() {
            if old.is_ready() && !entry.signature.covers(&old.signature) {
                if let Some(s) = &old.stats {
                    s.kept_beside_next.set(true);
                }
                self.variants.push(old);
                if self.variants.len() > MAX_VARIANTS {
                    let oldest = self.variants.remove(0);
                    if let Some(s) = &oldest.stats {
                        s.dropped
                            .set(Some("versions for other argument types took its place"));
                    }
                    self.retire_entry(oldest);
                }
            } else {
                self.retire_entry(old);
            }
        }
        self.use_compiled(entry);
    }

    /// Counts a frame that matched an entry (see `MISMATCH_WINDOW`).
    #[inline]
    fn matched(&self) {
        let n = self.matches.get() + 1;
        if n >= MISMATCH_WINDOW {
            self.matches.set(0);
            self.mismatches.set(0);
        } else {
            self.matches.set(n);
        }
    }

    /// The slot's entry that `frame` matches, if any: the newest first, then the variants.
    fn matching(&self, frame: &Frame) -> Option<&Rc<CompiledEntry>> {
        self.compiled
            .iter()
            .chain(&self.variants)
            .find(|e| e.signature.matches(frame))
    }

    /// Stops using the newest entry and every variant (see `retire_entry`).
    fn retire(&mut self) {
        if let Some(old) = self.compiled.take() {
            self.retire_entry(old);
        }
        for v in std::mem::take(&mut self.variants) {
            self.retire_entry(v);
        }
    }

    /// Stops using `entry` if the slot holds it, as the newest entry or a variant.
    fn retire_one(&mut self, entry: &CompiledEntry) {
        if self
            .compiled
            .as_ref()
            .is_some_and(|c| std::ptr::eq(&**c, entry))
        {
            let old = self.compiled.take().expect("checked");
            self.retire_entry(old);
        } else if let Some(i) = self.variants.iter().position(|v| std::ptr::eq(&**v, entry)) {
            let old = self.variants.remove(i);
            self.retire_entry(old);
        }
    }

    /// Stops using `old`: the interpreter forgets it, and direct calls into it (which hold it
    /// alive), or redirected to it, see its address cleared and call the ordinary way, until
    /// a new entry can stand in for them.
    fn retire_entry(&mut self, old: Rc<CompiledEntry>) {
        self.retired.retain(|w| w.strong_count() > 0);
        let address = old.self_address.get();
        for e in self.retired.iter().filter_map(|w| w.upgrade()) {
            if e.self_address.get() == address {
                e.self_address.set(0);
            }
        }
        old.self_address.set(0);
        self.retired.push(Rc::downgrade(&old));
    }
}

/// A compiled entry's run-time record for the views (`pyjit run --stats`, `pyjit explain`):
/// shared by the entry and the JIT, which reports it at exit.
#[derive(Default)]
pub struct EntryStats {
    /// Times compiled code was entered here.
    pub entered: Cell<u64>,
    /// Times it left because a guard failed (deoptimisations).
    pub deopts: Cell<u64>,
    /// Times it left at each instruction it does not compile, for the interpreter to run.
    pub exits: RefCell<Vec<(usize, u64)>>,
    /// The entry's guards (the JIT lists them when it compiles the entry).
    pub guards: Vec<GuardSite>,
    /// The guard failures seen, one per place and kind.
    pub failures: RefCell<Vec<GuardFailure>>,
    /// Why the entry was dropped, if it was: its guards kept failing (it is compiled again
    /// with the profile as it is now) or it mostly left early (the start stays interpreted).
    pub dropped: Cell<Option<&'static str>>,
    /// Whether the entry stayed in use beside the next one compiled for its entry point,
    /// for the argument types that one does not take.
    pub kept_beside_next: Cell<bool>,
}

/// A guard of compiled code: at a failure it resumes the interpreter at instruction `pc`.
pub struct GuardSite {
    pub pc: usize,
    pub check: GuardCheck,
}

/// What a guard checks.
pub enum GuardCheck {
    /// That local `i` holds a value of this type.
    Local(u32, EntryTy),
    /// That value-stack entry `i` holds a value of this type.
    Stack(u32, EntryTy),
    /// A condition on values already of the right type: what it expects and what failing
    /// means (`"an int result of 64 bits"`, `"an overflow"`).
    Condition(&'static str, &'static str),
}

/// Failures of guards at one instruction that expected one thing and saw another.
#[derive(Clone, Debug)]
pub struct GuardFailure {
    pub pc: usize,
    pub expected: String,
    pub saw: String,
    pub count: u64,
}

impl EntryTy {
    /// The Python type a guard on this type expects.
    pub fn python_name(self) -> &'static str {
        match self {
            EntryTy::Unbound => "unbound",
            EntryTy::None => "NoneType",
            EntryTy::Bool => "bool",
            EntryTy::Int => "int",
            EntryTy::Float => "float",
            EntryTy::RangeIter => "range_iterator",
            EntryTy::Object | EntryTy::Any => "object",
        }
    }
}

impl EntryStats {
    /// Records that compiled code left at instruction `pc` for the interpreter to run it.
    pub fn left_at(&self, pc: usize) {
        let mut exits = self.exits.borrow_mut();
        match exits.iter_mut().find(|(p, _)| *p == pc) {
            Some((_, n)) => *n += 1,
            None => exits.push((pc, 1)),
        }
    }

    /// Times compiled code left for the interpreter, at any instruction.
    pub fn exit_count(&self) -> u64 {
        self.exits.borrow().iter().map(|(_, n)| n).sum()
    }

    /// Records that a guard resuming at `pc` failed, with `frame` as compiled code left it:
    /// the type guard whose value no longer fits, or else the first condition there.
    pub fn guard_failed(&self, frame: &Frame, pc: usize) {
        self.deopts.set(self.deopts.get() + 1);
        let value_at = |i: usize| frame.stack.get(i);
        let seen = |v: &Value| match v {
            Value::Obj(_) if crate::object::type_name(v) == "int" => "int (beyond 64 bits)".into(),
            Value::Null => "unbound".into(),
            v => crate::object::type_name(v),
        };
        let mut found = None;
        for g in self.guards.iter().filter(|g| g.pc == pc) {
            let (v, ty) = match g.check {
                GuardCheck::Local(i, ty) => (value_at(i as usize), ty),
                GuardCheck::Stack(i, ty) => (value_at(frame.base + i as usize), ty),
                GuardCheck::Condition(want, failed) => {
                    found.get_or_insert((want.to_string(), failed.to_string()));
                    continue;
                }
            };
            if let Some(v) = v.filter(|v| !ty.fits(v)) {
                found = Some((ty.python_name().to_string(), seen(v)));
                break;
            }
        }
        let (expected, saw) = found.unwrap_or_else(|| ("?".into(), "?".into()));
        let mut failures = self.failures.borrow_mut();
        match failures
            .iter_mut()
            .find(|f| f.pc == pc && f.expected == expected && f.saw == saw)
        {
            Some(f) => f.count += 1,
            None => failures.push(GuardFailure {
                pc,
                expected,
                saw,
                count: 1,
            }),
        }
    }
}

/// Back-edges between offers of a loop that compiled code did not take.
pub const OSR_RETRY_INTERVAL: u64 = 1000;

/// Back-edges between looks at a loop whose entry is being compiled in the background.
pub const OSR_PENDING_INTERVAL: u64 = 64;

/// How many times one entry point may be compiled before it is left to the interpreter.
pub const MAX_COMPILES_PER_ENTRY: u32 = 4;

/// Mismatched entries (within a window, see below) before an entry point is compiled for the new types.
const MISMATCHES_BEFORE_RECOMPILE: u32 = 8;

/// Mismatched entries count towards a recompile within windows of this many matching
/// entries, not only in a row: a kind of frame that keeps coming between others (one in five
/// of raytrace's `Vector(x, y, z)` calls) gets its version too, and one that comes rarely
/// (less than one in a hundred) does not.
const MISMATCH_WINDOW: u32 = 1024;

/// Entries an entry point keeps for other argument types, besides its newest.
pub const MAX_VARIANTS: usize = 3;

/// A code object's compiled entry points and tier-up bookkeeping.
#[derive(Default)]
pub struct JitState {
    entries: Vec<EntrySlot>,
}

struct EntrySlot {
    pc: usize,
    /// The newest entry: the one direct calls from code compiled from now on call.
    compiled: Option<Rc<CompiledEntry>>,
    /// Earlier entries, oldest first, kept for the frames they take that `compiled` does not
    /// (other unboxed argument types): a frame enters the first entry that it matches.
    variants: Vec<Rc<CompiledEntry>>,
    /// Entries this slot used before, which direct calls from other compiled code may still
    /// hold: while the current entry can stand in for one, its calls go to the current code
    /// (see `CompiledEntry::can_stand_in_for`).
    retired: Vec<std::rc::Weak<CompiledEntry>>,
    /// The entry being compiled in the background to replace `compiled`, if any.
    pending: Option<Rc<CompiledEntry>>,
    compiles: u32,
    /// Mismatched entries, and matching ones, in the current window (`MISMATCH_WINDOW`).
    mismatches: Cell<u32>,
    matches: Cell<u32>,
}

/// Entries of a function start before its exit rate is judged.
const ENTRIES_BEFORE_JUDGING: u32 = 200;

impl JitState {
    /// The signature of the code compiled now for entry `pc`, if any.
    pub fn signature_at(&self, pc: usize) -> Option<&Signature> {
        let slot = self.entries.iter().find(|e| e.pc == pc)?;
        slot.compiled.as_ref().map(|c| &c.signature)
    }

    /// Whether an entry for `pc` is being compiled in the background.
    fn pending_at(&self, pc: usize) -> bool {
        self.entries
            .iter()
            .any(|e| e.pc == pc && e.pending.is_some())
    }

    fn slot(&mut self, pc: usize) -> &mut EntrySlot {
        match self.entries.iter().position(|e| e.pc == pc) {
            Some(i) => &mut self.entries[i],
            None => {
                self.entries.push(EntrySlot {
                    pc,
                    compiled: None,
                    variants: Vec::new(),
                    retired: Vec::new(),
                    pending: None,
                    compiles: 0,
                    mismatches: Cell::new(0),
                    matches: Cell::new(0),
                });
                self.entries.last_mut().expect("just pushed")
            }
        }
    }
}

/// What happened when the interpreter tried compiled code.
pub enum Entered {
    /// Nothing: no compiled entry here (or it does not fit the frame); keep interpreting.
    No,
    /// Nothing yet: the entry is being compiled in the background.
    Pending,
    /// The function returned this value.
    Returned(Value),
    /// Compiled code left at `frame.pc`; interpret from there.
    Resumed,
    /// Compiled code raised while running the instruction before `frame.pc`.
    Raised(crate::object::exception::PyErr),
}

/// The compiled function start of `frame`'s code, if there is one and the frame (about to
/// run from its start) matches it. Mismatches are left to `try_enter`, which counts them.
pub fn start_entry(vm: &Vm, frame: &Frame) -> Option<Rc<CompiledEntry>> {
    let code = &frame.code;
    if vm.tier.is_none() || code.jit_start_given_up.get() {
        return None;
    }
    let state = code.jit.borrow();
    let slot = state.entries.iter().find(|e| e.pc == 0)?;
    let entry = slot.matching(frame)?.clone();
    slot.matched();
    Some(entry)
}

/// Guard failures before an entry is judged, and the share of entries they must reach for
/// it to be recompiled.
const GUARD_FAILURES_BEFORE_JUDGING: u32 = 64;

/// Judges an entry after it ran: one whose guards keep failing is dropped (the next time the
/// code is hot it is compiled again, with the profile that the interpreter updated at the
/// failing instructions; at most `MAX_COMPILES_PER_ENTRY` times), and a function start that
/// mostly leaves early is given up.
pub fn account(code: &Code, pc: usize, entry: &CompiledEntry, entered: &Entered) {
    let judged = entry.judged_entries.get() + 1;
    entry.judged_entries.set(judged);
    let failures = entry.guard_failures.get();
    if failures >= GUARD_FAILURES_BEFORE_JUDGING {
        if failures * 4 >= judged {
            let mut state = code.jit.borrow_mut();
            let slot = state.slot(pc);
            let held = slot.compiled.iter().chain(&slot.variants);
            if held.into_iter().any(|c| std::ptr::eq(&**c, entry)) {
                if let Some(s) = &entry.stats {
                    s.dropped.set(Some("its guards kept failing"));
                }
                slot.retire_one(entry);
            }
        }
        entry.guard_failures.set(0);
        entry.judged_entries.set(0);
    }
    if pc != 0 {
        return;
    }
    let n = entry.entries.get() + 1;
    let early = entry.early_exits.get() + matches!(entered, Entered::Resumed) as u32;
    if n >= ENTRIES_BEFORE_JUDGING {
        if early * 2 > n {
            let mut state = code.jit.borrow_mut();
            let slot = state.slot(0);
            slot.retire();
            slot.pending = None;
            slot.compiles = MAX_COMPILES_PER_ENTRY;
            code.jit_start_given_up.set(true);
            if let Some(s) = &entry.stats {
                s.dropped.set(Some("it mostly left early"));
            }
        }
        entry.entries.set(0);
        entry.early_exits.set(0);
    } else {
        entry.entries.set(n);
        entry.early_exits.set(early);
    }
}

/// Called when `frame` is at `pc` (its start, or a loop header after a back-edge) and the code
/// is hot: enters compiled code for that point, compiling it first if needed.
pub fn try_enter(vm: &mut Vm, frame: &mut Frame, pc: usize) -> Entered {
    let code: Rc<Code> = frame.code.clone();
    if code.jit.borrow().pending_at(pc) {
        if let Some(mut tier) = vm.tier.take() {
            tier.poll();
            vm.tier = Some(tier);
        }
    }
    let entry = {
        let mut state = code.jit.borrow_mut();
        let slot = state.slot(pc);
        if let Some(e) = slot.matching(frame) {
            let e = e.clone();
            slot.matched();
            Some(e)
        } else {
            match &slot.compiled {
                // The next entry is being compiled; until it is ready, the frames that fit the
                // entries there now keep using them.
                _ if slot.pending.is_some() => return Entered::Pending,
                Some(e) => {
                    let m = slot.mismatches.get() + 1;
                    slot.mismatches.set(m);
                    if slot.compiles >= MAX_COMPILES_PER_ENTRY
                        || m < MISMATCHES_BEFORE_RECOMPILE && !e.signature.widens_to_fit(frame)
                    {
                        return Entered::No;
                    }
                    None
                }
                None if slot.compiles >= MAX_COMPILES_PER_ENTRY => {
                    if pc == 0 && slot.variants.is_empty() {
                        code.jit_start_given_up.set(true);
                    }
                    return Entered::No;
                }
                None => None,
            }
        }
    };
    let entry = match entry {
        Some(e) => e,
        None => {
            let Some(mut tier) = vm.tier.take() else {
                return Entered::No;
            };
            frame.pc = pc;
            let compiled = tier.compile(frame, pc);
            vm.tier = Some(tier);
            let mut state = code.jit.borrow_mut();
            let slot = state.slot(pc);
            slot.mismatches.set(0);
            slot.matches.set(0);
            match compiled {
                Some(c) => {
                    slot.compiles += 1;
                    slot.install(c.clone());
                    if !c.is_ready() {
                        return Entered::Pending;
                    }
                    c
                }
                None => {
                    // Not compilable here: never ask again for this entry point.
                    slot.compiles = MAX_COMPILES_PER_ENTRY;
                    slot.retire();
                    return Entered::No;
                }
            }
        }
    };
    frame.pc = pc;
    let entered = jit_abi::enter(vm, frame, &entry);
    account(&code, pc, &entry, &entered);
    entered
}
