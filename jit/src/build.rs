//! From bytecode and the frame at entry to pyjit's IR.
//!
//! The builder executes the bytecode symbolically, one basic block at a time. A local is an IR
//! value of a known machine type (int, float, bool, None) held in a register, a value up to
//! date in its frame slot (`Mem`), or unbound. A value-stack entry is a register value, a
//! `range` or `range` iterator kept as three ints, an owned value in its own frame slot
//! (`Slot`, where the interpreter would have it), or a borrowed view of a local or of an object
//! constant. Types come from the entry frame (the entry is only taken by frames with those
//! types) and flow forward through the operations; values that helpers produce are unboxed
//! when the interpreter's profile of that instruction saw one type only.
//!
//! It runs twice. First a fixpoint over block-entry types (the same translation, with its IR
//! thrown away): where paths meet with different types, the local moves to the frame (`Mem`),
//! and a value stack that does not agree makes the block leave compiled code. Then the real
//! translation, with one IR block per reachable bytecode block and block parameters for what
//! lives in registers.
//!
//! Operations on ints and floats are compiled inline. Other operations call the runtime
//! helper that does what the interpreter does (subscripts, attributes, calls, operators on
//! objects); an exception from a helper leaves compiled code with the frame state before the
//! instruction, and the interpreter handles it. An instruction with no helper yet ends its
//! block with an exit to the interpreter at that instruction, which runs it and comes back
//! to compiled code at the next loop header. Exits happen at instruction boundaries only.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use pyjit_runtime::bytecode::{AttrCache, BinOp, CmpOp, Instr, UnaryOp, PROFILE_GENERIC};
use pyjit_runtime::interp::jit_abi::{BIN_OPS, CMP_IN, CMP_NOT_IN, CMP_OPS};
use pyjit_runtime::interp::tier::{DefaultsRead, EntryTy, GlobalRead, Signature};
use pyjit_runtime::interp::Frame;
use pyjit_runtime::object::Payload;
use pyjit_runtime::value::Value;

use crate::ir::{
    Block, BlockId, CellOp, DirectCall, FrameState, Func, Helper, Inst, InstKind, MatchOp, Operand,
    SlotGuess, StackEntry, StateId, Terminator, Type, ValueId,
};

/// A local in the symbolic state.
#[derive(Clone, Copy, Debug, PartialEq)]
enum LSym {
    Unbound,
    Reg(ValueId),
    /// Up to date in the frame slot; `inline` if the slot holds no object, `bound` if it
    /// holds a value for sure.
    Mem {
        inline: bool,
        bound: bool,
    },
}

/// A value-stack entry in the symbolic state.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SSym {
    Val(ValueId),
    RangeIter(ValueId, ValueId, ValueId),
    Range(ValueId, ValueId, ValueId),
    /// Owned, in its own frame slot.
    Slot,
    /// The value of local `i` (borrowed).
    Local(u32),
    /// Object constant `i` (borrowed).
    Const(u32),
}

#[derive(Clone, Debug)]
struct Sym {
    locals: Vec<LSym>,
    stack: Vec<SSym>,
}

/// The type of a local at a block entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LTy {
    Unbound,
    Reg(Type),
    Mem { inline: bool, bound: bool },
}

/// The type of a stack entry at a block entry (borrowed views are made owned at block ends).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum STy {
    Val(Type),
    RangeIter,
    Range,
    Slot,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Tys {
    locals: Vec<LTy>,
    stack: Vec<STy>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Entry {
    Tys(Tys),
    /// Paths with value stacks of different shapes meet here: each leaves compiled code.
    Conflict,
}

fn join_local(a: LTy, b: LTy) -> LTy {
    let inline = |t: LTy| !matches!(t, LTy::Mem { inline: false, .. });
    let bound = |t: LTy| match t {
        LTy::Unbound => false,
        LTy::Reg(_) => true,
        LTy::Mem { bound, .. } => bound,
    };
    if a == b {
        a
    } else {
        LTy::Mem {
            inline: inline(a) && inline(b),
            bound: bound(a) && bound(b),
        }
    }
}

fn join(a: &Entry, b: &Tys) -> Entry {
    match a {
        Entry::Conflict => Entry::Conflict,
        Entry::Tys(a) => {
            // Stack entries of different types meet as owned values in their slots; a range
            // kept in registers has no slot form here, so it cannot meet anything else.
            let mut stack = Vec::new();
            if a.stack.len() != b.stack.len() {
                return Entry::Conflict;
            }
            for (x, y) in a.stack.iter().zip(&b.stack) {
                stack.push(match (x, y) {
                    _ if x == y => *x,
                    (STy::Val(_) | STy::Slot, STy::Val(_) | STy::Slot) => STy::Slot,
                    _ => return Entry::Conflict,
                });
            }
            Entry::Tys(Tys {
                locals: a
                    .locals
                    .iter()
                    .zip(&b.locals)
                    .map(|(x, y)| join_local(*x, *y))
                    .collect(),
                stack,
            })
        }
    }
}

/// Why a code object cannot be compiled for an entry.
#[derive(Debug)]
pub struct Unsupported(pub String);

/// The signature an entry compiled for `frame` has: the frame's types or, without type
/// specialisation, any bound values.
pub fn signature(frame: &Frame, specialize: bool) -> Signature {
    let mut sig = Signature::of(frame);
    if !specialize {
        for t in sig.locals.iter_mut().chain(sig.stack.iter_mut()) {
            if *t != EntryTy::Unbound {
                *t = EntryTy::Any;
            }
        }
    }
    sig
}

/// Builds the IR of `frame.code` entered at `entry_pc` with the frame's current types.
///
/// Without `specialize` (`--opt-level 0`) nothing depends on types: the signature must say
/// `Any` for every bound local and stack entry, values live in frame slots, and every
/// operation goes through the helper the interpreter would use; only dispatch is removed.
pub fn build(
    frame: &Frame,
    entry_pc: usize,
    sig: &Signature,
    specialize: bool,
    inline: bool,
) -> Result<Func, Unsupported> {
    let code = &frame.code;
    if code.flags.uses_namespace {
        return Err(Unsupported(
            "module and class bodies stay interpreted".into(),
        ));
    }
    if code.flags.generator {
        return Err(Unsupported("generator functions stay interpreted".into()));
    }
    let mut entry = Tys {
        locals: Vec::new(),
        stack: Vec::new(),
    };
    for t in &sig.locals {
        entry.locals.push(match t {
            EntryTy::Unbound => LTy::Unbound,
            EntryTy::Int => LTy::Reg(Type::Int),
            EntryTy::Float => LTy::Reg(Type::Float),
            EntryTy::Bool => LTy::Reg(Type::Bool),
            EntryTy::None => LTy::Reg(Type::None),
            EntryTy::RangeIter | EntryTy::Object | EntryTy::Any => LTy::Mem {
                inline: false,
                bound: true,
            },
        });
    }
    for t in &sig.stack {
        entry.stack.push(match t {
            EntryTy::Int => STy::Val(Type::Int),
            EntryTy::Float => STy::Val(Type::Float),
            EntryTy::Bool => STy::Val(Type::Bool),
            EntryTy::None => STy::Val(Type::None),
            EntryTy::RangeIter => STy::RangeIter,
            EntryTy::Object | EntryTy::Any => STy::Slot,
            EntryTy::Unbound => {
                return Err(Unsupported(
                    "a NULL on the value stack at the loop header".into(),
                ))
            }
        });
    }

    let leaders = leaders(&code.instrs, entry_pc);
    let mut b = Builder {
        frame,
        sig,
        func: Func::default(),
        leaders,
        entries: BTreeMap::new(),
        blocks: BTreeMap::new(),
        emit: false,
        succs: Vec::new(),
        cur: BlockId(0),
        copy: entry_pc,
        pc: entry_pc,
        dirty: false,
        specialize,
        inline,
        live: crate::liveness::analyse(code),
        region: loop_region(&code.instrs, entry_pc),
        selected_methods: HashMap::new(),
        list_appends: Default::default(),
    };

    // Pass 1: block-entry types to a fixpoint.
    let entry_key = (entry_pc, entry_pc);
    b.entries.insert(entry_key, Entry::Tys(entry.clone()));
    let mut work: BTreeSet<Key> = BTreeSet::from([entry_key]);
    let mut rounds = 0usize;
    while let Some(key) = work.pop_first() {
        rounds += 1;
        if rounds > 100_000 {
            return Err(Unsupported("block types did not settle".into()));
        }
        let Some(Entry::Tys(tys)) = b.entries.get(&key).cloned() else {
            continue;
        };
        b.func = Func::default();
        b.succs.clear();
        let sym = b.fresh_sym(&tys);
        b.cur = b.new_block(Some(key.0), Vec::new());
        b.dirty = true;
        b.copy = key.1;
        b.translate(key.0, sym);
        for (target, tys) in std::mem::take(&mut b.succs) {
            let new = match b.entries.get(&target) {
                None => Entry::Tys(tys),
                Some(old) => join(old, &tys),
            };
            if b.entries.get(&target) != Some(&new) {
                b.entries.insert(target, new);
                work.insert(target);
            }
        }
    }

    // Pass 2: the IR.
    b.emit = true;
    b.func = Func {
        name: code.qualname.clone(),
        entry_pc,
        stack_base: frame.base as u32,
        nlocals: code.nlocals() as u32,
        ..Func::default()
    };
    // Block 0 is the prologue: it loads the entry frame into registers.
    b.pc = entry_pc;
    let prologue = b.new_block(None, Vec::new());
    let mut starts: Vec<(Key, Sym)> = Vec::new();
    let keys: Vec<Key> = b.entries.keys().copied().collect();
    for key in keys {
        if let Some(Entry::Tys(tys)) = b.entries.get(&key).cloned() {
            let sym = b.fresh_sym(&tys);
            let params = sym_values(&sym);
            let id = b.new_block(Some(key.0), params);
            b.func.blocks[id.0 as usize].param_names = sym_names(&sym, code);
            b.blocks.insert(key, id);
            starts.push((key, sym));
        }
    }
    b.cur = prologue;
    let mut sym = Sym {
        locals: Vec::new(),
        stack: Vec::new(),
    };
    for (i, t) in entry.locals.iter().enumerate() {
        sym.locals.push(match t {
            LTy::Reg(ty) => LSym::Reg(b.inst(*ty, InstKind::LoadSlot(i as u32, *ty))),
            LTy::Unbound => LSym::Unbound,
            LTy::Mem { inline, bound } => LSym::Mem {
                inline: *inline,
                bound: *bound,
            },
        });
    }
    for (i, t) in entry.stack.iter().enumerate() {
        let i = i as u32;
        sym.stack.push(match t {
            STy::Val(ty) => SSym::Val(b.inst(*ty, InstKind::LoadSlot(frame.base as u32 + i, *ty))),
            STy::RangeIter => {
                b.push(None, InstKind::TakeRangeIter(i));
                let next = b.inst(Type::Int, InstKind::RangeIterField(i, 0));
                let step = b.inst(Type::Int, InstKind::RangeIterField(i, 1));
                let rem = b.inst(Type::Int, InstKind::RangeIterField(i, 2));
                SSym::RangeIter(next, step, rem)
            }
            STy::Slot => SSym::Slot,
            STy::Range => unreachable!("entry stacks hold no virtual range"),
        });
    }
    b.copy = entry_pc;
    b.pc = entry_pc;
    b.jump_to(entry_pc, &sym);
    for (key, sym) in starts {
        b.cur = b.blocks[&key];
        // A predecessor may have called a helper: check the globals before using one.
        b.dirty = true;
        b.copy = key.1;
        b.translate(key.0, sym);
    }
    // A loop entry must be able to go round its loop: one that leaves on every iteration would
    // be entered again at the next back-edge, paying for entry and exit each time.
    let useful = if entry_pc == 0 {
        does_work(&b.func)
    } else {
        b.blocks
            .get(&entry_key)
            .is_some_and(|blk| on_cycle(&b.func, *blk))
    };
    if !useful {
        let pc = first_exit_pc(&b.func).unwrap_or(entry_pc);
        let instr = code
            .instrs
            .get(pc)
            .map(|i| format!("{i:?}"))
            .unwrap_or_default();
        return Err(Unsupported(format!(
            "it would leave compiled code before finishing any work (at bytecode {pc}, \
             {instr}, line {}), so it stays interpreted",
            code.line_of(pc)
        )));
    }
    Ok(b.func)
}

fn successors(block: &Block) -> Vec<BlockId> {
    match &block.term {
        Terminator::Jump(t, _) => vec![*t],
        Terminator::Branch {
            then_block,
            else_block,
            ..
        } => vec![*then_block, *else_block],
        Terminator::Return(_) | Terminator::Exit(_) => Vec::new(),
    }
}

/// Whether compiled code can get anything done before it leaves: return, or go round a loop.
/// Code that always leaves first would only add the cost of entering and leaving.
fn does_work(func: &Func) -> bool {
    // Depth-first search from the prologue; a successor still on the stack closes a cycle.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnStack,
        Done,
    }
    let mut mark = vec![Mark::New; func.blocks.len()];
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    mark[0] = Mark::OnStack;
    while let Some((b, next)) = stack.pop() {
        let block = &func.blocks[b];
        if let Terminator::Return(_) = block.term {
            return true;
        }
        let succs = successors(block);
        if next < succs.len() {
            stack.push((b, next + 1));
            let s = succs[next].0 as usize;
            match mark[s] {
                Mark::OnStack => return true,
                Mark::New => {
                    mark[s] = Mark::OnStack;
                    stack.push((s, 0));
                }
                Mark::Done => {}
            }
        } else {
            mark[b] = Mark::Done;
        }
    }
    false
}

/// Whether `block` can reach itself.
fn on_cycle(func: &Func, block: BlockId) -> bool {
    let mut seen = vec![false; func.blocks.len()];
    let mut work: Vec<BlockId> = successors(&func.blocks[block.0 as usize]);
    while let Some(b) = work.pop() {
        if b == block {
            return true;
        }
        if !std::mem::replace(&mut seen[b.0 as usize], true) {
            work.extend(successors(&func.blocks[b.0 as usize]));
        }
    }
    false
}

/// The bytecode offset of the first exit reached from the prologue (for the statistics).
fn first_exit_pc(func: &Func) -> Option<usize> {
    let mut seen = vec![false; func.blocks.len()];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if std::mem::replace(&mut seen[b], true) {
            continue;
        }
        let block = &func.blocks[b];
        if let Terminator::Exit(s) = block.term {
            return Some(func.state(s).pc);
        }
        work.extend(successors(block).into_iter().map(|s| s.0 as usize));
    }
    None
}

/// The values of a symbolic state that live in registers, in block-parameter order.
fn sym_values(s: &Sym) -> Vec<ValueId> {
    let mut out = Vec::new();
    for l in &s.locals {
        if let LSym::Reg(v) = l {
            out.push(*v);
        }
    }
    for e in &s.stack {
        match e {
            SSym::Val(v) => out.push(*v),
            SSym::RangeIter(a, b, c) | SSym::Range(a, b, c) => out.extend([*a, *b, *c]),
            SSym::Slot | SSym::Local(_) | SSym::Const(_) => {}
        }
    }
    out
}

/// What the values of `sym_values` hold, by name: locals by their names, stack entries by
/// position (for the views).
fn sym_names(s: &Sym, code: &pyjit_runtime::bytecode::Code) -> Vec<String> {
    let mut out = Vec::new();
    for (i, l) in s.locals.iter().enumerate() {
        if let LSym::Reg(_) = l {
            let name = code.varnames.get(i).map(pyjit_runtime::object::str_of);
            out.push(name.map_or_else(|| format!("l{i}"), str::to_string));
        }
    }
    for (k, e) in s.stack.iter().enumerate() {
        match e {
            SSym::Val(_) => out.push(format!("stack[{k}]")),
            SSym::RangeIter(..) => {
                out.extend(["next", "step", "remaining"].map(|f| format!("stack[{k}].{f}")))
            }
            SSym::Range(..) => {
                out.extend(["start", "stop", "step"].map(|f| format!("stack[{k}].{f}")))
            }
            SSym::Slot | SSym::Local(_) | SSym::Const(_) => {}
        }
    }
    out
}

/// Translates the straight-line body of an inlined callee up to its return, with exits at
/// the caller's call (`pc`, `pre`). None if an instruction has no pure, typed translation.
fn loop_translate(
    b: &mut Builder,
    code: &pyjit_runtime::bytecode::Code,
    locals: &mut [Option<ValueId>],
    stack: &mut Vec<ValueId>,
    pc: usize,
    pre: &Sym,
) -> Option<ValueId> {
    let konst = |b: &mut Builder, v: &Value| -> Option<ValueId> {
        match b.konst(v) {
            SSym::Val(x) => Some(x),
            _ => None,
        }
    };
    for instr in &code.instrs {
        match *instr {
            Instr::Nop => {}
            Instr::LoadConst(k) => stack.push(konst(b, &code.consts[k as usize])?),
            Instr::LoadFast(i) => stack.push(locals[i as usize]?),
            Instr::LoadFast2(i, j) => {
                stack.push(locals[i as usize]?);
                stack.push(locals[j as usize]?);
            }
            Instr::LoadFastConst(i, k) => {
                stack.push(locals[i as usize]?);
                stack.push(konst(b, &code.consts[k as usize])?);
            }
            Instr::StoreFast(i) => locals[i as usize] = Some(stack.pop()?),
            Instr::LoadGlobal(i) => {
                if b.dirty {
                    let st = b.frame_state(pc, pre);
                    b.push(None, InstKind::GuardGlobals(st));
                    b.dirty = false;
                }
                let v = b.global_value_of(code, i)?;
                stack.push(konst(b, &v)?);
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                let y = stack.pop()?;
                let x = stack.pop()?;
                stack.push(b.binary_typed(op, x, y, pc, pre)?);
            }
            Instr::BinaryOpConst(op, k) => {
                let y = konst(b, &code.consts[k as usize])?;
                let x = stack.pop()?;
                stack.push(b.binary_typed(op, x, y, pc, pre)?);
            }
            Instr::BinaryOpFast(op, j) => {
                let y = locals[j as usize]?;
                let x = stack.pop()?;
                stack.push(b.binary_typed(op, x, y, pc, pre)?);
            }
            Instr::BinaryOpFastConst(op, i, k) => {
                let x = locals[i as usize]?;
                let y = konst(b, &code.consts[k as usize])?;
                stack.push(b.binary_typed(op, x, y, pc, pre)?);
            }
            Instr::Unary(op) => {
                let x = stack.pop()?;
                b.unary_typed(op, x)?;
                stack.push(b.unary(op, x, pc, pre));
            }
            Instr::Return => return stack.pop(),
            Instr::ReturnFast(i) => return locals[i as usize],
            Instr::ReturnConst(k) => return konst(b, &code.consts[k as usize]),
            Instr::Pop => {
                stack.pop()?;
            }
            _ => return None,
        }
    }
    None
}

/// Where name `i` of `code` is found from `frame`: the dict (its globals, else its builtins),
/// the entry's position, and whether that is the builtins.
fn global_entry<'f>(
    frame: &'f Frame,
    code: &pyjit_runtime::bytecode::Code,
    i: u32,
) -> Option<(&'f pyjit_runtime::object::Obj, usize, bool)> {
    let name = &code.names[i as usize];
    let (pos, in_builtins) =
        pyjit_runtime::builtins::dict::find_global_pos(&frame.globals, &frame.builtins, name)?;
    let d = if in_builtins {
        &frame.builtins
    } else {
        &frame.globals
    };
    Some((d, pos, in_builtins))
}

/// The (function, class) pairs an inline cache saw, grouped by function: each function with
/// the classes (by address, without repeats) it was found for.
fn group_by_function(found: impl IntoIterator<Item = (Value, usize)>) -> Vec<(Value, Vec<usize>)> {
    let mut by_func: Vec<(Value, Vec<usize>)> = Vec::new();
    for (f, class) in found {
        match by_func.iter_mut().find(|(g, _)| g.is(&f)) {
            Some((_, classes)) if classes.contains(&class) => {}
            Some((_, classes)) => classes.push(class),
            None => by_func.push((f, vec![class])),
        }
    }
    by_func
}

/// For an entry at a loop header (on-stack replacement), the bytecode range of the outermost
/// loop around it. Code after that loop that the interpreter has not run yet is left to it,
/// to profile first: a loop after this one then gets its own entry, compiled from its own
/// profile, instead of generic code for instructions that had never run. None for a
/// function start.
fn loop_region(instrs: &[Instr], entry_pc: usize) -> Option<(usize, usize)> {
    if entry_pc == 0 {
        return None;
    }
    let (mut lo, mut hi) = (entry_pc, entry_pc);
    loop {
        let (mut new_lo, mut new_hi) = (lo, hi);
        for (pc, instr) in instrs.iter().enumerate() {
            if let Some(t) = instr.jump_target() {
                // A back edge `pc -> t` is a loop over [t, pc]; take those around the region.
                if t <= pc && t <= lo && pc >= hi {
                    new_lo = new_lo.min(t);
                    new_hi = new_hi.max(pc);
                }
            }
        }
        if (new_lo, new_hi) == (lo, hi) {
            return Some((lo, hi));
        }
        (lo, hi) = (new_lo, new_hi);
    }
}

/// Instructions that start a basic block.
fn leaders(instrs: &[Instr], entry_pc: usize) -> BTreeSet<usize> {
    let mut out = BTreeSet::from([entry_pc]);
    for (pc, instr) in instrs.iter().enumerate() {
        if let Some(t) = instr.jump_target() {
            out.insert(t);
            out.insert(pc + 1);
        } else if instr.ends_flow() {
            out.insert(pc + 1);
        }
    }
    out
}

struct Builder<'a> {
    frame: &'a Frame,
    /// The signature the entry is compiled for (what a recursive direct call must fit).
    sig: &'a Signature,
    func: Func,
    leaders: BTreeSet<usize>,
    entries: BTreeMap<Key, Entry>,
    /// IR block of each bytecode block (pass 2).
    blocks: BTreeMap<Key, BlockId>,
    /// Pass 2 (emit the IR) rather than pass 1 (find the types).
    emit: bool,
    /// Pass 1: the successors of the block just translated, with the types they receive.
    succs: Vec<(Key, Tys)>,
    cur: BlockId,
    /// The copy being translated (see [`Key`]) and the instruction being translated.
    copy: usize,
    pc: usize,
    /// A helper that may have run Python code may have been called since the globals were
    /// last checked: the next `LoadGlobal` checks them first.
    dirty: bool,
    /// Specialise to types (`--opt-level` 1 and 2), or only remove dispatch (0).
    specialize: bool,
    /// Compile calls of small pure functions inline (`--opt-level 2`).
    inline: bool,
    /// Locals live at each instruction: exits write back only those.
    live: crate::liveness::Liveness,
    /// For a loop entry, the bytecode of the loops around it (see [`loop_region`]).
    region: Option<(usize, usize)>,
    /// Value-stack slots that `SelectMethod` filled in the block being translated, with the
    /// methods it chooses from and the classes each is chosen for.
    selected_methods: HashMap<usize, Vec<(Value, Vec<usize>)>>,
    /// Value-stack slots holding `list.append` of a receiver a method guard found to be an
    /// exact list, in the block being translated: the call appends in place.
    list_appends: std::collections::HashSet<usize>,
}

/// A block of the IR: a bytecode block in one copy of the code. An entry at a loop header
/// nested in other loops (on-stack replacement) would make those outer loops enterable in
/// the middle, which Cranelift's loop analysis and register allocator handle badly. So the
/// code is translated in copies, each entered at a loop header (the second field): a jump
/// back to the header of a loop that encloses the copy's header continues in the copy
/// entered there. Every copy is then entered at its outermost loop, and all its loops are
/// natural. A function entry has one copy.
type Key = (usize, usize);

/// What an instruction's translation decided.
enum Flow {
    Next,
    /// The block has its terminator.
    Done,
    /// Not specialised: exit to the interpreter at this instruction.
    Exit,
}

/// The profile bit of a tag.
fn bit(t: u64) -> u8 {
    1 << t
}

impl Builder<'_> {
    fn new_block(&mut self, pc: Option<usize>, params: Vec<ValueId>) -> BlockId {
        self.func.blocks.push(Block {
            pc,
            params,
            param_names: Vec::new(),
            insts: Vec::new(),
            term: Terminator::Exit(StateId(u32::MAX)),
        });
        BlockId(self.func.blocks.len() as u32 - 1)
    }

    fn push(&mut self, result: Option<ValueId>, kind: InstKind) {
        self.func.blocks[self.cur.0 as usize].insts.push(Inst {
            pc: self.pc,
            result,
            kind,
        });
    }

    fn inst(&mut self, ty: Type, kind: InstKind) -> ValueId {
        let v = self.func.new_value(ty);
        self.push(Some(v), kind);
        v
    }

    fn terminate(&mut self, t: Terminator) {
        self.func.blocks[self.cur.0 as usize].term = t;
    }

    fn fresh_sym(&mut self, tys: &Tys) -> Sym {
        let mut s = Sym {
            locals: Vec::new(),
            stack: Vec::new(),
        };
        for l in &tys.locals {
            s.locals.push(match l {
                LTy::Unbound => LSym::Unbound,
                LTy::Reg(t) => LSym::Reg(self.func.new_value(*t)),
                LTy::Mem { inline, bound } => LSym::Mem {
                    inline: *inline,
                    bound: *bound,
                },
            });
        }
        for e in &tys.stack {
            let mut three = || {
                (
                    self.func.new_value(Type::Int),
                    self.func.new_value(Type::Int),
                    self.func.new_value(Type::Int),
                )
            };
            s.stack.push(match e {
                STy::Val(t) => SSym::Val(self.func.new_value(*t)),
                STy::RangeIter => {
                    let (a, b, c) = three();
                    SSym::RangeIter(a, b, c)
                }
                STy::Range => {
                    let (a, b, c) = three();
                    SSym::Range(a, b, c)
                }
                STy::Slot => SSym::Slot,
            });
        }
        s
    }

    fn tys_of(&self, s: &Sym) -> Tys {
        Tys {
            locals: s
                .locals
                .iter()
                .map(|l| match l {
                    LSym::Unbound => LTy::Unbound,
                    LSym::Reg(v) => LTy::Reg(self.func.ty(*v)),
                    LSym::Mem { inline, bound } => LTy::Mem {
                        inline: *inline,
                        bound: *bound,
                    },
                })
                .collect(),
            stack: s
                .stack
                .iter()
                .map(|e| match e {
                    SSym::Val(v) => STy::Val(self.func.ty(*v)),
                    SSym::RangeIter(..) => STy::RangeIter,
                    SSym::Range(..) => STy::Range,
                    SSym::Slot | SSym::Local(_) | SSym::Const(_) => STy::Slot,
                })
                .collect(),
        }
    }

    fn frame_state(&mut self, pc: usize, s: &Sym) -> StateId {
        let locals = s
            .locals
            .iter()
            .enumerate()
            .filter_map(|(i, l)| match l {
                LSym::Reg(v) if self.live.is_live(pc, i as u32) => Some((i as u32, *v)),
                _ => None,
            })
            .collect();
        let stack = s
            .stack
            .iter()
            .map(|e| match e {
                SSym::Val(v) => StackEntry::Value(*v),
                SSym::RangeIter(a, b, c) => StackEntry::RangeIter(*a, *b, *c),
                SSym::Range(a, b, c) => StackEntry::Range(*a, *b, *c),
                SSym::Slot => StackEntry::InSlot,
                SSym::Local(i) => StackEntry::Local(*i),
                SSym::Const(i) => StackEntry::Const(*i),
            })
            .collect();
        self.func.add_state(FrameState { pc, locals, stack })
    }

    /// The block and arguments that carry state `s` to bytecode `target`, after `pre`: an
    /// edge block when something must be done first (locals written to the frame, borrowed
    /// stack entries made owned, `pre`), an exit block when the target is a conflict.
    fn edge_with(&mut self, target: usize, s: &Sym, pre: Vec<InstKind>) -> (BlockId, Vec<ValueId>) {
        // A jump back to the header of a loop around this copy's header continues in the
        // copy entered at that header.
        let copy = if target < self.copy && self.copy <= self.pc {
            target
        } else {
            self.copy
        };
        let key = (target, copy);
        if !self.emit {
            let tys = self.tys_of(s);
            self.succs.push((key, tys));
            return (BlockId(0), Vec::new());
        }
        let saved = self.cur;
        let mut insts = pre;
        let result = match self.entries.get(&key).cloned() {
            Some(Entry::Tys(tys)) => {
                for (i, t) in tys.locals.iter().enumerate() {
                    if let (LTy::Mem { .. }, LSym::Reg(v)) = (t, s.locals[i]) {
                        insts.push(InstKind::StoreSlot(i as u32, v));
                    }
                }
                let mut args = Vec::new();
                for (i, t) in tys.locals.iter().enumerate() {
                    if let (LTy::Reg(_), LSym::Reg(v)) = (t, s.locals[i]) {
                        args.push(v);
                    }
                }
                for (k, e) in s.stack.iter().enumerate() {
                    match e {
                        SSym::Val(v) if tys.stack[k] == STy::Slot => {
                            insts.push(InstKind::Materialize {
                                to: k as u32,
                                from: Operand::Reg(*v),
                            })
                        }
                        SSym::Val(v) => args.push(*v),
                        SSym::RangeIter(a, b, c) | SSym::Range(a, b, c) => {
                            args.extend([*a, *b, *c])
                        }
                        SSym::Slot => {}
                        SSym::Local(i) => insts.push(InstKind::Materialize {
                            to: k as u32,
                            from: Operand::Local(*i),
                        }),
                        SSym::Const(i) => insts.push(InstKind::Materialize {
                            to: k as u32,
                            from: Operand::Const(*i),
                        }),
                    }
                }
                let target_block = self.blocks[&key];
                if insts.is_empty() {
                    (target_block, args)
                } else {
                    let e = self.new_block(None, Vec::new());
                    self.cur = e;
                    for k in insts {
                        self.push(None, k);
                    }
                    self.terminate(Terminator::Jump(target_block, args));
                    (e, Vec::new())
                }
            }
            _ => {
                let e = self.new_block(None, Vec::new());
                self.cur = e;
                for k in insts {
                    self.push(None, k);
                }
                let st = self.frame_state(target, s);
                self.terminate(Terminator::Exit(st));
                (e, Vec::new())
            }
        };
        self.cur = saved;
        result
    }

    fn edge(&mut self, target: usize, s: &Sym) -> (BlockId, Vec<ValueId>) {
        self.edge_with(target, s, Vec::new())
    }

    fn jump_to(&mut self, target: usize, s: &Sym) {
        let (b, args) = self.edge(target, s);
        self.terminate(Terminator::Jump(b, args));
    }

    fn branch(
        &mut self,
        cond: ValueId,
        then_pc: usize,
        then_s: &Sym,
        else_pc: usize,
        else_s: &Sym,
    ) {
        self.branch_with(
            cond,
            (then_pc, then_s, Vec::new()),
            (else_pc, else_s, Vec::new()),
        );
    }

    fn branch_with(
        &mut self,
        cond: ValueId,
        then: (usize, &Sym, Vec<InstKind>),
        els: (usize, &Sym, Vec<InstKind>),
    ) {
        let (tb, targs) = self.edge_with(then.0, then.1, then.2);
        let (eb, eargs) = self.edge_with(els.0, els.1, els.2);
        self.terminate(Terminator::Branch {
            cond,
            then_block: tb,
            then_args: targs,
            else_block: eb,
            else_args: eargs,
        });
    }

    /// Translates the bytecode block at `pc` into the current IR block.
    fn translate(&mut self, mut pc: usize, mut s: Sym) {
        // A method selected in another block may have been replaced on some path here.
        self.selected_methods.clear();
        self.list_appends.clear();
        if let Some((lo, hi)) = self.region {
            if (pc < lo || pc > hi) && !self.block_has_run(pc) {
                let st = self.frame_state(pc, &s);
                self.terminate(Terminator::Exit(st));
                return;
            }
        }
        loop {
            let instrs = &self.frame.code.instrs;
            if pc >= instrs.len() {
                let st = self.frame_state(pc, &s);
                self.terminate(Terminator::Exit(st));
                return;
            }
            if self.dirty && matches!(instrs[pc], Instr::LoadGlobal(_)) {
                // A helper may have changed the globals since they were last checked.
                let st = self.frame_state(pc, &s);
                self.push(None, InstKind::GuardGlobals(st));
                self.dirty = false;
            }
            let pre = s.clone();
            self.pc = pc;
            match self.instr(pc, instrs[pc], &mut s, &pre) {
                Flow::Next => {
                    self.func.compiled_pcs.insert(pc);
                }
                Flow::Done => {
                    self.func.compiled_pcs.insert(pc);
                    return;
                }
                Flow::Exit => {
                    self.func.exit_pcs.insert(pc);
                    let st = self.frame_state(pc, &pre);
                    self.terminate(Terminator::Exit(st));
                    return;
                }
            }
            pc += 1;
            if self.leaders.contains(&pc) {
                self.jump_to(pc, &s);
                return;
            }
        }
    }

    /// Whether the interpreter has run the bytecode block at `pc`, as far as its profile
    /// tells: no instruction in it whose result the interpreter records has none.
    fn block_has_run(&self, pc: usize) -> bool {
        let code = &self.frame.code;
        (pc..code.instrs.len())
            .take_while(|&i| i == pc || !self.leaders.contains(&i))
            .all(|i| !code.instrs[i].is_observed() || code.value_profile[i].get() != 0)
    }

    /// An object constant's index (interned per function).
    fn object_const(&mut self, v: &Value) -> u32 {
        if let Some(i) = self.func.object_consts.iter().position(|c| c.is(v)) {
            return i as u32;
        }
        self.func.object_consts.push(v.clone());
        self.func.object_consts.len() as u32 - 1
    }

    fn konst(&mut self, v: &Value) -> SSym {
        match v {
            Value::Int(i) => SSym::Val(self.inst(Type::Int, InstKind::ConstInt(*i))),
            Value::Float(f) => SSym::Val(self.inst(Type::Float, InstKind::ConstFloat(*f))),
            Value::Bool(b) => SSym::Val(self.inst(Type::Bool, InstKind::ConstBool(*b))),
            Value::None => SSym::Val(self.inst(Type::None, InstKind::ConstNone)),
            _ => SSym::Const(self.object_const(v)),
        }
    }

    fn load_fast(&mut self, s: &Sym, i: u32) -> Option<SSym> {
        match s.locals[i as usize] {
            LSym::Reg(v) => Some(SSym::Val(v)),
            LSym::Mem { bound: true, .. } => Some(SSym::Local(i)),
            _ => None,
        }
    }

    /// Makes owned copies of stack entries that borrow local `i` (before it changes).
    fn detach_local(&mut self, s: &mut Sym, i: u32) {
        for k in 0..s.stack.len() {
            if s.stack[k] == SSym::Local(i) {
                self.push(
                    None,
                    InstKind::Materialize {
                        to: k as u32,
                        from: Operand::Local(i),
                    },
                );
                s.stack[k] = SSym::Slot;
            }
        }
    }

    /// Makes stack entry `k` owned in its slot.
    fn materialize(&mut self, s: &mut Sym, k: usize) -> bool {
        let from = match s.stack[k] {
            SSym::Slot => return true,
            SSym::Val(v) => Operand::Reg(v),
            SSym::Local(i) => Operand::Local(i),
            SSym::Const(i) => Operand::Const(i),
            SSym::Range(a, b, c) | SSym::RangeIter(a, b, c) => {
                let iter = matches!(s.stack[k], SSym::RangeIter(..));
                self.push(
                    None,
                    InstKind::BoxRange {
                        to: k as u32,
                        iter,
                        parts: [a, b, c],
                    },
                );
                s.stack[k] = SSym::Slot;
                return true;
            }
        };
        self.push(None, InstKind::Materialize { to: k as u32, from });
        s.stack[k] = SSym::Slot;
        true
    }

    /// `StoreFast(i)` of the top of the stack (at index `k`, already popped from `s`).
    fn store_fast(&mut self, s: &mut Sym, i: u32, e: SSym, k: usize) -> bool {
        self.detach_local(s, i);
        let local = s.locals[i as usize];
        let holds_object = matches!(local, LSym::Mem { inline: false, .. });
        match e {
            SSym::Val(_) if !self.specialize => {
                // Locals stay in the frame: the value goes there through its stack slot.
                s.stack.push(e);
                self.materialize(s, k);
                s.stack.pop();
                self.push(
                    None,
                    InstKind::MoveToLocal {
                        from: k as u32,
                        local: i,
                        dropping: holds_object,
                    },
                );
                s.locals[i as usize] = LSym::Mem {
                    inline: false,
                    bound: true,
                };
            }
            SSym::Val(v) => {
                if holds_object {
                    // The slot may hold an object: replace it properly (this can run a
                    // finaliser, which can change globals the code took as constants).
                    self.push(None, InstKind::StoreSlotDropping(i, v));
                    self.dirty = true;
                }
                s.locals[i as usize] = LSym::Reg(v);
            }
            SSym::Slot | SSym::Local(_) | SSym::Const(_) => {
                if let SSym::Local(j) = e {
                    if j == i {
                        return true;
                    }
                }
                if e != SSym::Slot {
                    s.stack.push(e);
                    self.materialize(s, k);
                    s.stack.pop();
                }
                self.push(
                    None,
                    InstKind::MoveToLocal {
                        from: k as u32,
                        local: i,
                        dropping: holds_object,
                    },
                );
                if holds_object {
                    self.dirty = true;
                }
                s.locals[i as usize] = LSym::Mem {
                    inline: false,
                    bound: true,
                };
            }
            SSym::Range(..) | SSym::RangeIter(..) => return false,
        }
        true
    }

    fn operand(e: SSym, k: usize) -> Option<Operand> {
        Some(match e {
            SSym::Val(v) => Operand::Reg(v),
            SSym::Slot => Operand::Stack(k as u32),
            SSym::Local(i) => Operand::Local(i),
            SSym::Const(i) => Operand::Const(i),
            SSym::Range(..) | SSym::RangeIter(..) => return None,
        })
    }

    /// Calls `helper` on the top `n` stack entries (popped), its result pushed in their place.
    fn helper(&mut self, pc: usize, s: &mut Sym, pre: &Sym, helper: Helper, n: usize) -> bool {
        let base = s.stack.len() - n;
        let mut args = Vec::new();
        let mut drops = Vec::new();
        for k in base..s.stack.len() {
            let Some(op) = Self::operand(s.stack[k], k) else {
                return false;
            };
            if let Operand::Stack(i) = op {
                drops.push(i);
            }
            args.push(op);
        }
        let state = self.frame_state(pc, pre);
        s.stack.truncate(base);
        let out = helper.has_result().then_some(base as u32);
        self.push(
            None,
            InstKind::Helper {
                helper,
                args,
                out,
                drops,
                state,
            },
        );
        self.dirty = true;
        if out.is_some() {
            self.result(pc, s);
        }
        true
    }

    /// Like `helper`, for an instruction that reads the top `n` stack entries and leaves
    /// them there, pushing its result above them.
    fn helper_peek(&mut self, pc: usize, s: &mut Sym, pre: &Sym, op: MatchOp, n: usize) -> bool {
        let base = s.stack.len() - n;
        let mut args = Vec::new();
        for k in base..s.stack.len() {
            let Some(a) = Self::operand(s.stack[k], k) else {
                return false;
            };
            args.push(a);
        }
        let state = self.frame_state(pc, pre);
        self.push(
            None,
            InstKind::Helper {
                helper: Helper::MatchPeek(op),
                args,
                out: Some(s.stack.len() as u32),
                drops: Vec::new(),
                state,
            },
        );
        self.dirty = true;
        self.result(pc, s);
        true
    }

    /// `list[i]` at `pc`, for an int `i`, where the profile saw only exact lists and items of
    /// one int or float type: the item read in place as a register. It leaves before the
    /// subscript (which the interpreter then runs, noting in the profile what it found) when
    /// that does not hold. False if the subscript is not of that kind.
    fn list_load(&mut self, pc: usize, s: &mut Sym, pre: &Sym) -> bool {
        if !self.specialize || crate::lower::layouts().list.is_none() {
            return false;
        }
        if self.frame.code.value_profile[pc].get() & PROFILE_GENERIC != 0 {
            return false;
        }
        let Some(ty @ (Type::Int | Type::Float)) = self.profiled_type(pc) else {
            return false;
        };
        let n = s.stack.len();
        let SSym::Val(index) = s.stack[n - 1] else {
            return false;
        };
        if self.func.ty(index) != Type::Int {
            return false;
        }
        let list = match s.stack[n - 2] {
            SSym::Local(i) => Operand::Local(i),
            SSym::Slot => Operand::Stack(n as u32 - 2),
            _ => return false,
        };
        let state = self.frame_state(pc, pre);
        let v = self.inst(
            ty,
            InstKind::ListLoad {
                list,
                index,
                ty,
                state,
            },
        );
        if let Operand::Stack(k) = list {
            // The list was a temporary: dropping it may free it, and its items.
            self.push(None, InstKind::DropStack(k));
            self.dirty = true;
        }
        s.stack.truncate(n - 2);
        s.stack.push(SSym::Val(v));
        true
    }

    /// `obj.name` at `pc`, `obj` on top of the stack, where the profile saw only instances'
    /// slots holding one int, float or bool type, for the classes and shapes the inline cache
    /// names: the slot read in place as a register, the helper for any other receiver.
    /// False if the load is not of that kind.
    fn attr_load(&mut self, pc: usize, s: &mut Sym, pre: &Sym) -> bool {
        if !self.specialize || crate::lower::layouts().instance.is_none() {
            return false;
        }
        if self.frame.code.value_profile[pc].get() & PROFILE_GENERIC != 0 {
            return false;
        }
        let Some(ty @ (Type::Int | Type::Float | Type::Bool)) = self.profiled_type(pc) else {
            return false;
        };
        let only_slots = self.frame.code.attr_caches[pc]
            .borrow()
            .entries
            .iter()
            .all(|e| matches!(e, AttrCache::Empty | AttrCache::Slot { .. }));
        if !only_slots {
            return false;
        }
        let Some(guess) = self.slot_guess(pc, false) else {
            return false;
        };
        let n = s.stack.len();
        let obj = match s.stack[n - 1] {
            SSym::Local(i) => Operand::Local(i),
            SSym::Slot => Operand::Stack(n as u32 - 1),
            _ => return false,
        };
        let (Instr::LoadAttr(name) | Instr::LoadFastAttr(_, name)) = self.frame.code.instrs[pc]
        else {
            unreachable!("an attribute load")
        };
        let state = self.frame_state(pc, pre);
        let out = n as u32 - 1;
        s.stack.truncate(n - 1);
        s.stack.push(SSym::Slot);
        let post = self.frame_state(pc + 1, s);
        let v = self.inst(
            ty,
            InstKind::AttrLoad {
                obj,
                pc: pc as u32,
                name,
                guess,
                ty,
                out,
                state,
                post,
            },
        );
        // The helper may run Python code (a property, `__getattr__`), and dropping a
        // temporary receiver may free it.
        self.dirty = true;
        *s.stack.last_mut().expect("pushed") = SSym::Val(v);
        true
    }

    /// `list[i] = x` at `pc`, for an int `i` and an int or float `x` in a register, where the
    /// profile saw only stores over items of exact lists that held no object: written in
    /// place. It leaves before the store (which the interpreter then runs, noting in the
    /// profile what it found) when that does not hold. False if the store is not of that kind.
    fn list_store(&mut self, pc: usize, s: &mut Sym, pre: &Sym) -> bool {
        if !self.specialize || crate::lower::layouts().list.is_none() {
            return false;
        }
        let seen = self.frame.code.value_profile[pc].get();
        if seen == 0 || seen & PROFILE_GENERIC != 0 {
            return false;
        }
        let n = s.stack.len();
        let (SSym::Val(value), SSym::Val(index)) = (s.stack[n - 3], s.stack[n - 1]) else {
            return false;
        };
        if self.func.ty(index) != Type::Int
            || !matches!(self.func.ty(value), Type::Int | Type::Float)
        {
            return false;
        }
        let list = match s.stack[n - 2] {
            SSym::Local(i) => Operand::Local(i),
            SSym::Slot => Operand::Stack(n as u32 - 2),
            _ => return false,
        };
        let state = self.frame_state(pc, pre);
        self.push(
            None,
            InstKind::ListStore {
                list,
                index,
                value,
                state,
            },
        );
        if let Operand::Stack(k) = list {
            self.push(None, InstKind::DropStack(k));
            self.dirty = true;
        }
        s.stack.truncate(n - 3);
        true
    }

    /// The one inline type the profile saw instruction `pc` produce, if it saw only one.
    fn profiled_type(&self, pc: usize) -> Option<Type> {
        let seen = self.frame.code.value_profile[pc].get() & !PROFILE_GENERIC;
        [Type::Int, Type::Float, Type::Bool, Type::None]
            .into_iter()
            .find(|t| seen == bit(crate::lower::type_tag(*t)))
    }

    /// Pushes the result a helper left in the next stack slot, unboxed if the profile of `pc`
    /// saw a single inline type (leaving, after the instruction, when it is not).
    fn result(&mut self, pc: usize, s: &mut Sym) {
        let k = s.stack.len() as u32;
        s.stack.push(SSym::Slot);
        if !self.specialize {
            return;
        }
        let Some(ty) = self.profiled_type(pc) else {
            return;
        };
        let st = self.frame_state(pc + 1, s);
        let v = self.inst(
            ty,
            InstKind::Unbox {
                slot: k,
                ty,
                state: st,
            },
        );
        *s.stack.last_mut().expect("pushed") = SSym::Val(v);
    }

    /// The truth value of stack entry `e` (at index `k`, already popped), dropping it.
    fn truth_of(&mut self, pc: usize, pre: &Sym, e: SSym, k: usize) -> Option<ValueId> {
        Some(match e {
            SSym::Val(v) => self.truthy(v),
            SSym::Range(..) | SSym::RangeIter(..) => return None,
            _ => {
                let op = Self::operand(e, k)?;
                let st = self.frame_state(pc, pre);
                let c = self.inst(Type::Bool, InstKind::TruthyOf(op, st));
                self.dirty = true;
                if e == SSym::Slot {
                    self.push(None, InstKind::DropStack(k as u32));
                }
                c
            }
        })
    }

    fn instr(&mut self, pc: usize, instr: Instr, s: &mut Sym, pre: &Sym) -> Flow {
        macro_rules! need {
            ($e:expr) => {
                match $e {
                    Some(v) => v,
                    None => return Flow::Exit,
                }
            };
        }
        macro_rules! ok {
            ($e:expr) => {
                if !$e {
                    return Flow::Exit;
                }
            };
        }
        let code = self.frame.code.clone();
        let consts = &code.consts;
        match instr {
            Instr::Nop => {}
            Instr::LoadConst(k) => {
                let e = self.konst(&consts[k as usize]);
                s.stack.push(e);
            }
            Instr::LoadFast(i) => {
                let e = need!(self.load_fast(s, i));
                s.stack.push(e);
            }
            Instr::LoadFast2(i, j) => {
                let a = need!(self.load_fast(s, i));
                let b = need!(self.load_fast(s, j));
                s.stack.push(a);
                s.stack.push(b);
            }
            Instr::LoadFastConst(i, k) => {
                let a = need!(self.load_fast(s, i));
                let b = self.konst(&consts[k as usize]);
                s.stack.push(a);
                s.stack.push(b);
            }
            Instr::StoreFast(i) => {
                let e = need!(s.stack.pop());
                let k = s.stack.len();
                ok!(self.store_fast(s, i, e, k));
            }
            Instr::LoadGlobal(i) if self.global_rebound(i) => {
                let state = self.frame_state(pc, pre);
                let out = s.stack.len() as u32;
                self.push(
                    None,
                    InstKind::LoadGlobal {
                        name: i,
                        pc: pc as u32,
                        out,
                        state,
                    },
                );
                s.stack.push(SSym::Slot);
            }
            Instr::LoadGlobal(i) => {
                let v = need!(self.global_value(i));
                let e = self.konst(&v);
                s.stack.push(e);
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                let inplace = matches!(instr, Instr::InplaceOp(_));
                ok!(self.binary(op, inplace, pc, s, pre));
            }
            Instr::BinaryOpConst(op, k) => {
                let b = self.konst(&consts[k as usize]);
                s.stack.push(b);
                ok!(self.binary(op, false, pc, s, pre));
            }
            Instr::BinaryOpFastConst(op, i, k) => {
                let a = need!(self.load_fast(s, i));
                let b = self.konst(&consts[k as usize]);
                s.stack.push(a);
                s.stack.push(b);
                ok!(self.binary(op, false, pc, s, pre));
            }
            Instr::BinaryOpFast(op, j) => {
                let b = need!(self.load_fast(s, j));
                s.stack.push(b);
                ok!(self.binary(op, false, pc, s, pre));
            }
            Instr::Unary(op) => {
                let k = s.stack.len() - 1;
                match (op, s.stack[k]) {
                    (_, SSym::Val(a)) if self.unary_typed(op, a).is_some() => {
                        s.stack.pop();
                        let r = self.unary(op, a, pc, pre);
                        s.stack.push(SSym::Val(r));
                    }
                    (UnaryOp::Not, e) => {
                        s.stack.pop();
                        let c = need!(self.truth_of(pc, pre, e, k));
                        let r = self.inst(Type::Bool, InstKind::BoolNot(c));
                        s.stack.push(SSym::Val(r));
                    }
                    (UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, _) => {
                        let code = match op {
                            UnaryOp::Neg => 0,
                            UnaryOp::Pos => 1,
                            _ => 2,
                        };
                        ok!(self.helper(pc, s, pre, Helper::Unary(code), 1));
                    }
                }
            }
            Instr::Compare(op) => {
                ok!(self.compare(op, pc, s, pre));
            }
            Instr::CompareJumpIfFalse(op, t) | Instr::CompareJumpIfTrue(op, t) => {
                ok!(self.compare(op, pc, s, pre));
                let k = s.stack.len() - 1;
                let e = need!(s.stack.pop());
                let c = need!(self.truth_of(pc, pre, e, k));
                let jump_if = matches!(instr, Instr::CompareJumpIfTrue(..));
                self.cond_jump(c, jump_if, t as usize, s, pc + 1, s);
                return Flow::Done;
            }
            Instr::In(neg) => {
                let op = if neg { CMP_NOT_IN } else { CMP_IN };
                ok!(self.helper(pc, s, pre, Helper::Compare(op), 2));
            }
            Instr::Is(neg) => {
                let kb = s.stack.len() - 1;
                let (a, b) = (s.stack[kb - 1], s.stack[kb]);
                let r = match (a, b) {
                    (SSym::Val(x), SSym::Val(y))
                        if self.func.ty(x) == Type::None || self.func.ty(y) == Type::None =>
                    {
                        let same = self.func.ty(x) == self.func.ty(y);
                        self.inst(Type::Bool, InstKind::ConstBool(same != neg))
                    }
                    _ => {
                        let oa = need!(Self::operand(a, kb - 1));
                        let ob = need!(Self::operand(b, kb));
                        let r = self.inst(Type::Bool, InstKind::IsOf(oa, ob));
                        for (e, k) in [(b, kb), (a, kb - 1)] {
                            if e == SSym::Slot {
                                self.push(None, InstKind::DropStack(k as u32));
                            }
                        }
                        if neg {
                            self.inst(Type::Bool, InstKind::BoolNot(r))
                        } else {
                            r
                        }
                    }
                };
                s.stack.truncate(kb - 1);
                s.stack.push(SSym::Val(r));
            }
            Instr::Subscr => {
                if !self.list_load(pc, s, pre) {
                    ok!(self.helper(pc, s, pre, Helper::Subscr, 2));
                }
            }
            Instr::GetLen => ok!(self.helper_peek(pc, s, pre, MatchOp::Len, 1)),
            Instr::MatchSequence => ok!(self.helper_peek(pc, s, pre, MatchOp::Sequence, 1)),
            Instr::MatchMapping => ok!(self.helper_peek(pc, s, pre, MatchOp::Mapping, 1)),
            Instr::MatchKeys => ok!(self.helper_peek(pc, s, pre, MatchOp::Keys, 2)),
            Instr::MatchClass(n) => {
                ok!(self.helper(pc, s, pre, Helper::MatchClass(n), 3));
            }
            Instr::StoreSubscr => {
                if !self.list_store(pc, s, pre) {
                    ok!(self.helper(pc, s, pre, Helper::StoreSubscr, 3));
                }
            }
            Instr::Slice(n) => {
                ok!(self.helper(pc, s, pre, Helper::Slice(n as u8), n as usize + 1));
            }
            Instr::StoreSlice(n) => {
                ok!(self.helper(pc, s, pre, Helper::StoreSlice(n as u8), n as usize + 2));
            }
            Instr::LoadAttr(n) => {
                if self.attr_load(pc, s, pre) {
                    return Flow::Next;
                }
                let h = Helper::LoadAttr {
                    pc: pc as u32,
                    name: n,
                    slot: self.slot_guess(pc, false),
                };
                ok!(self.helper(pc, s, pre, h, 1));
            }
            Instr::LoadFastAttr(i, n) => {
                let e = need!(self.load_fast(s, i));
                s.stack.push(e);
                if self.attr_load(pc, s, pre) {
                    return Flow::Next;
                }
                let h = Helper::LoadAttr {
                    pc: pc as u32,
                    name: n,
                    slot: self.slot_guess(pc, false),
                };
                ok!(self.helper(pc, s, pre, h, 1));
            }
            Instr::StoreAttr(n) => {
                let h = Helper::StoreAttr {
                    pc: pc as u32,
                    name: n,
                    slot: self.slot_guess(pc, true),
                };
                // The stack is `value obj`; the helper takes them in that order.
                ok!(self.helper(pc, s, pre, h, 2));
            }
            Instr::LoadMethod(n) => {
                let k = s.stack.len() - 1;
                let e = need!(s.stack.pop());
                ok!(self.load_method(pc, s, pre, e, k, n));
            }
            Instr::LoadFastMethod(i, n) => {
                let e = need!(self.load_fast(s, i));
                let k = s.stack.len();
                ok!(self.load_method(pc, s, pre, e, k, n));
            }
            Instr::Call(n) => {
                ok!(self.call(pc, s, pre, n as usize, false));
            }
            Instr::CallMethod(n) => {
                ok!(self.call(pc, s, pre, n as usize, true));
            }
            Instr::BuildTuple(n) | Instr::BuildList(n) | Instr::BuildSlice(n) => {
                let n = n as usize;
                let first = s.stack.len() - n;
                for k in first..s.stack.len() {
                    ok!(self.materialize(s, k));
                }
                let kind = match instr {
                    Instr::BuildTuple(_) => 0,
                    Instr::BuildList(_) => 1,
                    _ => 2,
                };
                self.push(
                    None,
                    InstKind::Build {
                        kind,
                        first: first as u32,
                        n: n as u32,
                    },
                );
                s.stack.truncate(first);
                s.stack.push(SSym::Slot);
            }
            Instr::UnpackSequence(_) | Instr::UnpackEx(..) => {
                let (n, after) = match instr {
                    Instr::UnpackEx(before, after) => (before, Some(after)),
                    Instr::UnpackSequence(n) => (n, None),
                    _ => unreachable!("matched above"),
                };
                let k = s.stack.len() - 1;
                let e = need!(s.stack.pop());
                let seq = need!(Self::operand(e, k));
                let state = self.frame_state(pc, pre);
                self.push(
                    None,
                    InstKind::Unpack {
                        seq,
                        owned: e == SSym::Slot,
                        n,
                        after,
                        out: k as u32,
                        state,
                    },
                );
                self.dirty = true;
                for _ in 0..crate::ir::unpacked(n, after) {
                    s.stack.push(SSym::Slot);
                }
            }
            Instr::GetIter => {
                let k = s.stack.len() - 1;
                match s.stack[k] {
                    SSym::Range(start, stop, step) => {
                        let st = self.frame_state(pc, pre);
                        let len = self.inst(Type::Int, InstKind::RangeLen(start, stop, step, st));
                        s.stack[k] = SSym::RangeIter(start, step, len);
                    }
                    _ => ok!(self.helper(pc, s, pre, Helper::GetIter, 1)),
                }
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let k = s.stack.len() - 1;
                let e = need!(s.stack.pop());
                let c = need!(self.truth_of(pc, pre, e, k));
                let jump_if = matches!(instr, Instr::PopJumpIfTrue(_));
                self.cond_jump(c, jump_if, t as usize, s, pc + 1, s);
                return Flow::Done;
            }
            Instr::PopJumpIfNone(t) | Instr::PopJumpIfNotNone(t) => {
                let k = s.stack.len() - 1;
                let e = need!(s.stack.pop());
                let jump_if_none = matches!(instr, Instr::PopJumpIfNone(_));
                match e {
                    SSym::Val(v) => {
                        let is_none = self.func.ty(v) == Type::None;
                        let target = if is_none == jump_if_none {
                            t as usize
                        } else {
                            pc + 1
                        };
                        self.jump_to(target, s);
                    }
                    _ => {
                        let op = need!(Self::operand(e, k));
                        let c = self.inst(Type::Bool, InstKind::IsNoneOf(op));
                        if e == SSym::Slot {
                            self.push(None, InstKind::DropStack(k as u32));
                        }
                        self.cond_jump(c, jump_if_none, t as usize, s, pc + 1, s);
                    }
                }
                return Flow::Done;
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let k = s.stack.len() - 1;
                let e = s.stack[k];
                let c = match e {
                    SSym::Val(v) => self.truthy(v),
                    SSym::Range(..) | SSym::RangeIter(..) => return Flow::Exit,
                    _ => {
                        let op = need!(Self::operand(e, k));
                        let st = self.frame_state(pc, pre);
                        self.dirty = true;
                        self.inst(Type::Bool, InstKind::TruthyOf(op, st))
                    }
                };
                let kept = s.clone();
                s.stack.pop();
                let drop = if e == SSym::Slot {
                    vec![InstKind::DropStack(k as u32)]
                } else {
                    Vec::new()
                };
                let jump = (t as usize, &kept, Vec::new());
                let next = (pc + 1, &*s, drop);
                if matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                    self.branch_with(c, jump, next);
                } else {
                    self.branch_with(c, next, jump);
                }
                return Flow::Done;
            }
            Instr::Jump(t) => {
                if (t as usize) < pc {
                    // A back-edge: leave for the interpreter if Ctrl-C was pressed.
                    let st = self.frame_state(pc, s);
                    self.push(None, InstKind::GuardInterrupt(st));
                }
                self.jump_to(t as usize, s);
                return Flow::Done;
            }
            Instr::ForIter(t) | Instr::ForIterStoreFast(t, _) => {
                let k = s.stack.len() - 1;
                let store = match instr {
                    Instr::ForIterStoreFast(_, i) => Some(i),
                    _ => None,
                };
                return match s.stack[k] {
                    SSym::RangeIter(next, step, rem) => {
                        self.for_range(pc, t as usize, s, next, step, rem, store)
                    }
                    SSym::Slot => self.for_generic(pc, t as usize, s, pre, store),
                    _ => Flow::Exit,
                };
            }
            Instr::Return => {
                let k = s.stack.len() - 1;
                let e = need!(s.stack.pop());
                let op = need!(Self::operand(e, k));
                self.ret(s, op);
                return Flow::Done;
            }
            Instr::ReturnFast(i) => {
                let e = need!(self.load_fast(s, i));
                let op = need!(Self::operand(e, 0));
                self.ret(s, op);
                return Flow::Done;
            }
            Instr::ReturnConst(k) => {
                let e = self.konst(&consts[k as usize]);
                let op = need!(Self::operand(e, 0));
                self.ret(s, op);
                return Flow::Done;
            }
            Instr::Pop => {
                let k = s.stack.len() - 1;
                if need!(s.stack.pop()) == SSym::Slot {
                    self.push(None, InstKind::DropStack(k as u32));
                }
            }
            Instr::Copy(n) => {
                let from = s.stack.len() - n as usize;
                let to = s.stack.len();
                match s.stack[from] {
                    SSym::Range(..) | SSym::RangeIter(..) => return Flow::Exit,
                    SSym::Slot => {
                        self.push(
                            None,
                            InstKind::CopyStack {
                                from: from as u32,
                                to: to as u32,
                                incref: true,
                            },
                        );
                        s.stack.push(SSym::Slot);
                    }
                    e => s.stack.push(e),
                }
            }
            Instr::Swap(n) => {
                let a = s.stack.len() - 1;
                let b = s.stack.len() - n as usize;
                match (s.stack[a], s.stack[b]) {
                    (SSym::Slot, SSym::Slot) => {
                        self.push(None, InstKind::SwapStack(a as u32, b as u32))
                    }
                    (SSym::Slot, _) => self.push(
                        None,
                        InstKind::CopyStack {
                            from: a as u32,
                            to: b as u32,
                            incref: false,
                        },
                    ),
                    (_, SSym::Slot) => self.push(
                        None,
                        InstKind::CopyStack {
                            from: b as u32,
                            to: a as u32,
                            incref: false,
                        },
                    ),
                    _ => {}
                }
                s.stack.swap(a, b);
            }
            Instr::BuildSet(_)
            | Instr::BuildMap(_)
            | Instr::ListToTuple
            | Instr::DeleteSubscr
            | Instr::FormatValue(..)
            | Instr::CallKw(..) => {
                use pyjit_runtime::bytecode::Conversion;
                use pyjit_runtime::interp::jit_abi as abi;
                let (op, arg, n, result) = match instr {
                    Instr::BuildSet(n) => (abi::SLOT_BUILD_SET, 0, n as usize, true),
                    Instr::BuildMap(n) => (abi::SLOT_BUILD_MAP, 0, 2 * n as usize, true),
                    Instr::ListToTuple => (abi::SLOT_LIST_TO_TUPLE, 0, 1, true),
                    Instr::DeleteSubscr => (abi::SLOT_DELETE_SUBSCR, 0, 2, false),
                    Instr::FormatValue(conv, spec) => {
                        let c = match conv {
                            Conversion::None => 0,
                            Conversion::Str => 1,
                            Conversion::Repr => 2,
                            Conversion::Ascii => 3,
                        };
                        (
                            abi::SLOT_FORMAT,
                            c | (spec as u64) << 2,
                            1 + spec as usize,
                            true,
                        )
                    }
                    Instr::CallKw(n, k) => (abi::SLOT_CALL_KW, k as u64, n as usize + 1, true),
                    _ => unreachable!(),
                };
                let first = s.stack.len() - n;
                for k in first..s.stack.len() {
                    ok!(self.materialize(s, k));
                }
                // The helper takes the operands, so an exception leaves without them.
                let mut raised = s.clone();
                raised.stack.truncate(first);
                let state = self.frame_state(pc, &raised);
                self.push(
                    None,
                    InstKind::SlotOp {
                        op,
                        arg,
                        first: first as u32,
                        n: n as u32,
                        state,
                    },
                );
                self.dirty = true;
                s.stack.truncate(first);
                if result {
                    if op == abi::SLOT_CALL_KW {
                        self.result(pc, s);
                    } else {
                        s.stack.push(SSym::Slot);
                    }
                }
            }
            Instr::Raise(n @ (1 | 2)) => {
                ok!(self.helper(pc, s, pre, Helper::Raise(n as u8), n as usize));
                // The helper always raises: nothing after it runs.
                let state = self.frame_state(pc, pre);
                self.terminate(Terminator::Exit(state));
                return Flow::Done;
            }
            Instr::MakeFunction(i, flags) => {
                let n = (flags & 0xf).count_ones() as usize;
                let operands = &s.stack[s.stack.len() - n..];
                if operands.iter().any(|e| matches!(e, SSym::Val(_))) {
                    return Flow::Exit;
                }
                ok!(self.helper(pc, s, pre, Helper::MakeFunction(i, flags), n))
            }
            Instr::ListAppend(d) | Instr::SetAdd(d) | Instr::MapAdd(d) => {
                let (kind, n) = match instr {
                    Instr::ListAppend(_) => (0, 1),
                    Instr::SetAdd(_) => (1, 1),
                    _ => (2, 2),
                };
                let top = s.stack.len() - n;
                let c = top - d as usize;
                if s.stack[c] != SSym::Slot {
                    return Flow::Exit;
                }
                let mut args = vec![Operand::Stack(c as u32)];
                let mut drops = Vec::new();
                for k in top..s.stack.len() {
                    let op = need!(Self::operand(s.stack[k], k));
                    if let Operand::Stack(i) = op {
                        drops.push(i);
                    }
                    args.push(op);
                }
                let state = self.frame_state(pc, pre);
                s.stack.truncate(top);
                self.push(
                    None,
                    InstKind::Helper {
                        helper: Helper::Collect(kind),
                        args,
                        out: None,
                        drops,
                        state,
                    },
                );
                self.dirty = true;
            }
            Instr::LoadDeref(i) => ok!(self.helper(pc, s, pre, Helper::Cell(CellOp::Load, i), 0)),
            Instr::StoreDeref(i) => {
                ok!(self.helper(pc, s, pre, Helper::Cell(CellOp::Store, i), 1))
            }
            Instr::LoadClosure(i) => {
                ok!(self.helper(pc, s, pre, Helper::Cell(CellOp::Closure, i), 0))
            }
            _ => return Flow::Exit,
        }
        Flow::Next
    }

    /// The instance slots the interpreter's cache found the attribute of instruction `pc` in,
    /// for each class and shape it saw at the current type epoch; for a `store`, also the
    /// new attributes it added, and the shapes that moved the objects to.
    fn slot_guess(&self, pc: usize, store: bool) -> Option<SlotGuess> {
        let now = pyjit_runtime::object::class::type_epoch();
        let caches = self.frame.code.attr_caches[pc].borrow();
        let mut g = SlotGuess {
            epoch: now,
            cases: [(0, 0, 0, 0); 4],
            n: 0,
        };
        for e in caches.entries.iter() {
            let case = match e {
                AttrCache::Slot {
                    class,
                    epoch,
                    shape,
                    slot,
                } if *epoch == now => (*class, *shape, *slot as u32, 0),
                AttrCache::Add {
                    class,
                    epoch,
                    shape,
                    next,
                } if store && *epoch == now => (
                    *class,
                    *shape,
                    next.names.len() as u32 - 1,
                    std::rc::Rc::as_ptr(next) as usize,
                ),
                _ => continue,
            };
            if (g.n as usize) < g.cases.len() {
                g.cases[g.n as usize] = case;
                g.n += 1;
            }
        }
        (g.n > 0).then_some(g)
    }

    /// Returns `op`, dropping the owned values still on the stack.
    fn ret(&mut self, s: &Sym, op: Operand) {
        for (k, e) in s.stack.iter().enumerate() {
            if *e == SSym::Slot && op != Operand::Stack(k as u32) {
                self.push(None, InstKind::DropStack(k as u32));
            }
        }
        self.terminate(Terminator::Return(op));
    }

    #[allow(clippy::too_many_arguments)]
    fn for_range(
        &mut self,
        pc: usize,
        target: usize,
        s: &mut Sym,
        next: ValueId,
        step: ValueId,
        rem: ValueId,
        store: Option<u32>,
    ) -> Flow {
        let zero = self.inst(Type::Int, InstKind::ConstInt(0));
        let has = self.inst(Type::Bool, InstKind::IntCmp(CmpOp::Gt, rem, zero));
        let mut done = s.clone();
        done.stack.pop();
        let next2 = self.inst(Type::Int, InstKind::IntAddWrap(next, step));
        // `rem - 1` cannot overflow: rem > 0 on this path.
        let minus_one = self.inst(Type::Int, InstKind::ConstInt(-1));
        let rem2 = self.inst(Type::Int, InstKind::IntAddWrap(rem, minus_one));
        let mut body = s.clone();
        *body.stack.last_mut().expect("iterator") = SSym::RangeIter(next2, step, rem2);
        let body_block = self.new_block(None, Vec::new());
        let (eb, eargs) = self.edge(target, &done);
        self.terminate(Terminator::Branch {
            cond: has,
            then_block: body_block,
            then_args: Vec::new(),
            else_block: eb,
            else_args: eargs,
        });
        self.cur = body_block;
        match store {
            Some(i) => {
                let k = body.stack.len();
                if !self.store_fast(&mut body, i, SSym::Val(next), k) {
                    let st = self.frame_state(pc, s);
                    self.terminate(Terminator::Exit(st));
                    return Flow::Done;
                }
            }
            None => body.stack.push(SSym::Val(next)),
        }
        self.jump_to(pc + 1, &body);
        Flow::Done
    }

    fn for_generic(
        &mut self,
        pc: usize,
        target: usize,
        s: &mut Sym,
        pre: &Sym,
        store: Option<u32>,
    ) -> Flow {
        let it = s.stack.len() as u32 - 1;
        let st = self.frame_state(pc, pre);
        let has = self.inst(
            Type::Bool,
            InstKind::ForIter {
                it,
                out: it + 1,
                state: st,
            },
        );
        self.dirty = true;
        let mut done = s.clone();
        done.stack.pop();
        let body_block = self.new_block(None, Vec::new());
        let (eb, eargs) = self.edge_with(target, &done, vec![InstKind::DropStack(it)]);
        self.terminate(Terminator::Branch {
            cond: has,
            then_block: body_block,
            then_args: Vec::new(),
            else_block: eb,
            else_args: eargs,
        });
        self.cur = body_block;
        let mut body = s.clone();
        match store {
            Some(i) => {
                let k = body.stack.len();
                if !self.store_fast(&mut body, i, SSym::Slot, k) {
                    unreachable!("a slot can always be stored");
                }
                self.unbox_local(pc, &mut body, i);
            }
            None => self.result(pc, &mut body),
        }
        self.jump_to(pc + 1, &body);
        Flow::Done
    }

    /// After local `i` received a helper's result at `pc`: unboxes it if the profile saw one
    /// inline type.
    fn unbox_local(&mut self, pc: usize, s: &mut Sym, i: u32) {
        if !self.specialize {
            return;
        }
        let Some(ty) = self.profiled_type(pc).filter(|t| *t != Type::None) else {
            return;
        };
        let st = self.frame_state(pc + 1, s);
        let v = self.inst(
            ty,
            InstKind::UnboxLocal {
                local: i,
                ty,
                state: st,
            },
        );
        s.locals[i as usize] = LSym::Reg(v);
    }

    fn load_method(
        &mut self,
        pc: usize,
        s: &mut Sym,
        pre: &Sym,
        e: SSym,
        k: usize,
        n: u32,
    ) -> bool {
        let Some(obj) = Self::operand(e, k) else {
            return false;
        };
        let append_case = match e {
            SSym::Val(_) => None,
            _ => self.list_append_case(pc),
        };
        if let Some((epoch, append)) = append_case {
            // `xs.append` of exact lists only: a guard on the receiver, then the method as
            // a constant, which the call takes as an append in place.
            let list = crate::lower::layouts().list.expect("checked").class;
            self.guard_receiver(pc, pre, obj, epoch, vec![(list, 0)], e, k);
            s.stack.truncate(k);
            let c = self.object_const(&append);
            s.stack.push(SSym::Const(c));
            s.stack.push(e);
            self.list_appends.insert(k);
            return true;
        }
        if let Some((epoch, found)) = self.method_cases(pc) {
            // The methods the interpreter found: a guard on the receiver, then the function
            // as a constant when it is always the same one (a call of it can be direct), or
            // chosen by the receiver's class (a call of it can be direct per class).
            let receivers = found.iter().map(|(_, c, shape)| (*c, *shape)).collect();
            self.guard_receiver(pc, pre, obj, epoch, receivers, e, k);
            s.stack.truncate(k);
            if found.iter().all(|(f, ..)| f.is(&found[0].0)) {
                let c = self.object_const(&found[0].0);
                s.stack.push(SSym::Const(c));
            } else {
                let by_func = group_by_function(found.into_iter().map(|(f, class, _)| (f, class)));
                let obj = Self::operand(e, k + 1).expect("an operand above");
                self.select_method(obj, &by_func, k as u32);
                s.stack.push(SSym::Slot);
                self.selected_methods.insert(k, by_func);
            }
            s.stack.push(e);
            return true;
        }
        let drops = if e == SSym::Slot {
            vec![k as u32]
        } else {
            Vec::new()
        };
        let state = self.frame_state(pc, pre);
        self.push(
            None,
            InstKind::LoadMethod {
                obj,
                pc: pc as u32,
                name: n,
                out: k as u32,
                drops,
                state,
            },
        );
        self.dirty = true;
        s.stack.truncate(k);
        s.stack.push(SSym::Slot);
        s.stack.push(SSym::Slot);
        true
    }

    /// The Python functions that `LoadMethod` at `pc` found, each with the receiver it was
    /// found on (class and shape by address, as the interpreter's cache saw them while the
    /// type epoch was the one returned), when the instance layout is known and the cache saw
    /// nothing else.
    #[allow(clippy::type_complexity)]
    fn method_cases(&self, pc: usize) -> Option<(u64, Vec<(Value, usize, usize)>)> {
        if !self.specialize || crate::lower::layouts().instance.is_none() {
            return None;
        }
        let caches = self.frame.code.attr_caches[pc].borrow();
        let now = pyjit_runtime::object::class::type_epoch();
        let mut found = Vec::new();
        for e in caches.entries.iter() {
            match e {
                AttrCache::Empty => {}
                AttrCache::Method {
                    class,
                    epoch,
                    shape,
                    func,
                } if *epoch == now && matches!(func.payload(), Some(Payload::Function(_))) => {
                    found.push((func.clone(), *class, *shape));
                }
                _ => return None,
            }
        }
        if found.is_empty() {
            return None;
        }
        Some((now, found))
    }

    /// The method guard of a method load at `pc` whose receiver `e` (operand `obj`) is in
    /// stack slot `k`: it leaves unless the receiver has one of the classes (and shapes) of
    /// `receivers`. A receiver in the slot moves up one, below it the method.
    #[allow(clippy::too_many_arguments)]
    fn guard_receiver(
        &mut self,
        pc: usize,
        pre: &Sym,
        obj: Operand,
        epoch: u64,
        receivers: Vec<(usize, usize)>,
        e: SSym,
        k: usize,
    ) {
        let state = self.frame_state(pc, pre);
        self.push(
            None,
            InstKind::GuardMethod {
                obj,
                epoch,
                receivers,
                state,
            },
        );
        if e == SSym::Slot {
            self.push(
                None,
                InstKind::CopyStack {
                    from: k as u32,
                    to: k as u32 + 1,
                    incref: false,
                },
            );
        }
    }

    /// The type epoch and `list.append`, if the inline cache of method load `pc` saw only
    /// exact lists, finding `append`.
    fn list_append_case(&self, pc: usize) -> Option<(u64, Value)> {
        if !self.specialize
            || crate::lower::layouts().instance.is_none()
            || crate::lower::layouts().list.is_none()
        {
            return None;
        }
        let list = pyjit_runtime::object::types().list.addr();
        let caches = self.frame.code.attr_caches[pc].borrow();
        let now = pyjit_runtime::object::class::type_epoch();
        let mut found = None;
        for e in caches.entries.iter() {
            match e {
                AttrCache::Empty => {}
                AttrCache::Method {
                    class, epoch, func, ..
                } if *class == list
                    && *epoch == now
                    && matches!(func.payload(), Some(Payload::Builtin(b))
                        if b.self_.is_none()
                            && pyjit_runtime::builtins::list::is_append(b.func)) =>
                {
                    found = Some(func.clone());
                }
                _ => return None,
            }
        }
        found.map(|f| (now, f))
    }

    /// `SelectMethod`: the method of `obj`'s class, among `by_func`, into slot `out`.
    fn select_method(&mut self, obj: Operand, by_func: &[(Value, Vec<usize>)], out: u32) {
        let mut cases = Vec::new();
        for (f, classes) in by_func {
            let c = self.object_const(f);
            cases.extend(classes.iter().map(|class| (*class, c)));
        }
        self.push(None, InstKind::SelectMethod { obj, cases, out });
    }

    /// `CallMethod` of a method that `SelectMethod` chose by class (at `first`, with `n`
    /// arguments after the receiver): a direct call for each method that can have one, the
    /// ordinary call for the rest. None if no method can be called directly.
    fn call_poly(&mut self, pc: usize, s: &mut Sym, first: usize, n: usize) -> Option<bool> {
        let by_func = self.selected_methods.remove(&first)?;
        if s.stack[first] != SSym::Slot {
            return None;
        }
        let mut cases = Vec::new();
        for (func, classes) in by_func {
            let c = self.object_const(&func);
            let mut call = s.clone();
            call.stack[first] = SSym::Const(c);
            if let Some(target) = self.direct_call(&call, first) {
                cases.push((classes, Box::new(target)));
            }
        }
        if cases.is_empty() {
            return None;
        }
        for k in first + 1..s.stack.len() {
            if !self.materialize(s, k) {
                return Some(false);
            }
        }
        let mut raised = s.clone();
        raised.stack.truncate(first);
        let state = self.frame_state(pc, &raised);
        self.push(
            None,
            InstKind::CallPoly {
                first: first as u32,
                nargs: n as u32 + 1,
                cases,
                state,
            },
        );
        self.dirty = true;
        s.stack.truncate(first);
        self.result(pc, s);
        Some(true)
    }

    fn call(&mut self, pc: usize, s: &mut Sym, pre: &Sym, n: usize, method: bool) -> bool {
        let count = n + 1 + method as usize;
        let first = s.stack.len() - count;
        // `CallMethod` of a method found as a constant: a call of it with `self` first.
        let (first, n, method) = if method && matches!(s.stack[first], SSym::Const(_)) {
            (first, n + 1, false)
        } else {
            (first, n, method)
        };
        if self.list_appends.remove(&first) && n == 2 && self.list_append(pc, s, first) {
            return true;
        }
        if method && self.specialize {
            if let Some(r) = self.call_poly(pc, s, first, n) {
                return r;
            }
        }
        // A direct call when the callee allows it; otherwise the helper. The callable of a
        // direct call stays a constant (its slot only receives the result).
        let mut direct = None;
        if !method && self.specialize {
            if let Some(r) = self.call_range(s, first, pc, pre) {
                return r;
            }
            if self.inline && self.inline_call(s, first, pc, pre) {
                return true;
            }
            if self.math_call(s, first, pc, pre) {
                return true;
            }
            if self.len_call(s, first, pc) {
                return true;
            }
            if self.isinstance_call(s, first, pc) {
                return true;
            }
            if self.construct(s, first, pc, n) {
                return true;
            }
            direct = self.direct_call(s, first);
            if direct.is_none() {
                if let Some((with, target)) = self.direct_call_with_defaults(s, first) {
                    *s = with;
                    direct = Some(target);
                }
            }
        }
        // A direct call may pass defaults too.
        let n = match direct {
            Some(_) => s.stack.len() - first - 1,
            None => n,
        };
        let operands = first + direct.is_some() as usize;
        for k in operands..s.stack.len() {
            if !self.materialize(s, k) {
                return false;
            }
        }
        // The call takes the operands; if it raises they are gone (the handler would
        // discard them anyway: a handler's stack depth is never above a call's operands).
        let mut raised = s.clone();
        raised.stack.truncate(first);
        let state = self.frame_state(pc, &raised);
        let kind = match direct {
            Some(target) => InstKind::CallDirect {
                first: first as u32,
                nargs: n as u32,
                target: Box::new(target),
                state,
            },
            None => InstKind::Call {
                first: first as u32,
                nargs: n as u32,
                method,
                state,
            },
        };
        self.push(None, kind);
        self.dirty = true;
        s.stack.truncate(first);
        self.result(pc, s);
        true
    }

    /// `Call` of a one-argument `math` function on a number held unboxed: computed in
    /// compiled code (leaving for the interpreter where `math` would raise). False (nothing
    /// emitted) otherwise.
    fn math_call(&mut self, s: &mut Sym, first: usize, pc: usize, pre: &Sym) -> bool {
        if s.stack.len() != first + 2 {
            return false;
        }
        let (SSym::Const(c), SSym::Val(arg)) = (s.stack[first], s.stack[first + 1]) else {
            return false;
        };
        let Some(Payload::Builtin(b)) = self.func.object_consts[c as usize].payload() else {
            return false;
        };
        if b.self_.is_some() {
            return false;
        }
        let Some((f, _)) = pyjit_runtime::modules::math::float_function(b.func) else {
            return false;
        };
        let sqrt = pyjit_runtime::modules::math::is_sqrt(b.func);
        let x = match self.func.ty(arg) {
            Type::Float => arg,
            Type::Int => self.inst(Type::Float, InstKind::IntToFloat(arg)),
            _ => return false,
        };
        let state = self.frame_state(pc, pre);
        let r = self.inst(
            Type::Float,
            InstKind::FloatFn {
                f: f as usize,
                sqrt,
                arg: x,
                state,
            },
        );
        s.stack.truncate(first);
        s.stack.push(SSym::Val(r));
        true
    }

    /// `Call` of the builtin `len` on one argument: an int computed in compiled code (in
    /// place for a list). False (nothing emitted) otherwise.
    fn len_call(&mut self, s: &mut Sym, first: usize, pc: usize) -> bool {
        if s.stack.len() != first + 2 {
            return false;
        }
        let SSym::Const(c) = s.stack[first] else {
            return false;
        };
        let Some(Payload::Builtin(b)) = self.func.object_consts[c as usize].payload() else {
            return false;
        };
        if b.self_.is_some() || !pyjit_runtime::builtins::functions::is_len(b.func) {
            return false;
        }
        let Some(obj) = Self::object_operand(s.stack[first + 1], first + 1) else {
            return false;
        };
        // If it raises, the operands are still on the stack (the handler discards them).
        let state = self.frame_state(pc, s);
        let n = self.inst(Type::Int, InstKind::Len { obj, state });
        if s.stack[first + 1] == SSym::Slot {
            self.push(None, InstKind::DropStack(first as u32 + 1));
        }
        s.stack.truncate(first);
        s.stack.push(SSym::Val(n));
        true
    }

    /// `xs.append(x)` of a guarded exact list (see `list_appends`): the stack holds the
    /// method constant, the list and the value from `first`.
    fn list_append(&mut self, pc: usize, s: &mut Sym, first: usize) -> bool {
        let SSym::Const(method) = s.stack[first] else {
            unreachable!("list.append is a constant")
        };
        let (Some(list), Some(value)) = (
            Self::operand(s.stack[first + 1], first + 1),
            Self::operand(s.stack[first + 2], first + 2),
        ) else {
            return false;
        };
        // If the call raises, the operands are still on the stack (the handler discards
        // them).
        let state = self.frame_state(pc, s);
        self.push(
            None,
            InstKind::ListAppend {
                list,
                value,
                method,
                state,
            },
        );
        for (k, e) in [(first + 2, value), (first + 1, list)] {
            if let Operand::Stack(_) = e {
                self.push(None, InstKind::DropStack(k as u32));
                self.dirty = true;
            }
        }
        s.stack.truncate(first);
        let none = self.inst(Type::None, InstKind::ConstNone);
        s.stack.push(SSym::Val(none));
        true
    }

    /// `isinstance(obj, C)` of the builtin and a class constant (a global class): a bool
    /// register, true in place for an object of exactly class `C`.
    fn isinstance_call(&mut self, s: &mut Sym, first: usize, pc: usize) -> bool {
        if s.stack.len() != first + 3 {
            return false;
        }
        let (SSym::Const(f), SSym::Const(c)) = (s.stack[first], s.stack[first + 2]) else {
            return false;
        };
        let Some(Payload::Builtin(b)) = self.func.object_consts[f as usize].payload() else {
            return false;
        };
        if b.self_.is_some() || !pyjit_runtime::builtins::functions::is_isinstance(b.func) {
            return false;
        }
        if !matches!(
            self.func.object_consts[c as usize].payload(),
            Some(Payload::Class(_))
        ) {
            return false;
        }
        let Some(obj) = Self::object_operand(s.stack[first + 1], first + 1) else {
            return false;
        };
        // If it raises (a metaclass's `__instancecheck__`), the operands are still on the
        // stack (the handler discards them).
        let state = self.frame_state(pc, s);
        let r = self.inst(
            Type::Bool,
            InstKind::IsInstance {
                obj,
                class: c,
                state,
            },
        );
        // The runtime's answer may run Python code.
        self.dirty = true;
        if s.stack[first + 1] == SSym::Slot {
            self.push(None, InstKind::DropStack(first as u32 + 1));
        }
        s.stack.truncate(first);
        s.stack.push(SSym::Val(r));
        true
    }

    /// `Call` of a plain class (metaclass `type`, instances made by `object.__new__`, an
    /// `__init__` written in Python that a direct call can run): the instance is made in
    /// compiled code and `__init__` called directly on it. The value stack becomes
    /// `instance, __init__, instance, args..` for the call, and the instance its result.
    /// False (nothing emitted) if the call is not such a construction.
    fn construct(&mut self, s: &mut Sym, first: usize, pc: usize, n: usize) -> bool {
        use pyjit_runtime::object::class::{class_data, lookup_str, type_epoch, Layout};
        let SSym::Const(c) = s.stack[first] else {
            return false;
        };
        let Value::Obj(cls) = self.func.object_consts[c as usize].clone() else {
            return false;
        };
        let Payload::Class(_) = &cls.payload else {
            return false;
        };
        if crate::lower::layouts().instance.is_none()
            || !cls.class().is(&pyjit_runtime::object::types().type_)
            || class_data(&cls).layout != Layout::Instance
            || matches!(
                lookup_str(&cls, "__new__")
                    .as_ref()
                    .and_then(|v| v.payload()),
                Some(Payload::Function(_) | Payload::StaticMethod(_))
            )
        {
            return false;
        }
        let Some(init) = lookup_str(&cls, "__init__") else {
            return false;
        };
        if !matches!(init.payload(), Some(Payload::Function(_))) {
            return false;
        }
        let epoch = type_epoch();
        // The call as it will be: `__init__` at first + 1, the instance and the arguments
        // after it (all owned, in their slots).
        let init_c = self.object_const(&init);
        let mut call = s.clone();
        call.stack.truncate(first);
        call.stack.push(SSym::Slot);
        call.stack.push(SSym::Const(init_c));
        call.stack.extend(std::iter::repeat_n(SSym::Slot, n + 1));
        let arg_types: Vec<SSym> = s.stack[first + 1..].to_vec();
        call.stack[first + 3..].copy_from_slice(&arg_types);
        let Some(target) = self.direct_call(&call, first + 1) else {
            return false;
        };
        for k in first + 1..s.stack.len() {
            if !self.materialize(s, k) {
                return false;
            }
        }
        let state = self.frame_state(pc, s);
        self.push(
            None,
            InstKind::NewInstance {
                class: c,
                epoch,
                out: first as u32,
                state,
            },
        );
        for k in (first + 1..=first + n).rev() {
            self.push(
                None,
                InstKind::CopyStack {
                    from: k as u32,
                    to: k as u32 + 2,
                    incref: false,
                },
            );
        }
        self.push(
            None,
            InstKind::CopyStack {
                from: first as u32,
                to: first as u32 + 2,
                incref: true,
            },
        );
        s.stack.truncate(first);
        s.stack.push(SSym::Slot);
        let state = self.frame_state(pc, s);
        self.push(
            None,
            InstKind::CallDirect {
                first: first as u32 + 1,
                nargs: n as u32 + 1,
                target: Box::new(target),
                state,
            },
        );
        self.push(
            None,
            InstKind::CheckInitResult {
                slot: first as u32 + 1,
                state,
            },
        );
        self.dirty = true;
        true
    }

    /// The direct call that `Call` of the entries `s.stack[first..]` can be: the callable is
    /// a Python function (a constant: a global the code assumes) with the same globals,
    /// taking exactly these positional arguments into plain fast locals, and compiled at
    /// its start for argument types these can have (this entry itself, for a recursive call
    /// from a function start; else the newest of the callee's entries that takes them). None
    /// if it cannot.
    fn direct_call(&mut self, s: &Sym, first: usize) -> Option<DirectCall> {
        let SSym::Const(c) = s.stack[first] else {
            return None;
        };
        let Value::Obj(fobj) = self.func.object_consts[c as usize].clone() else {
            return None;
        };
        let Payload::Function(f) = &fobj.payload else {
            return None;
        };
        let code = &f.code;
        let n = s.stack.len() - first - 1;
        let plain = code.argcount as usize == n
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkw
            && !code.flags.generator
            && !code.flags.uses_namespace
            && code.cellvars.is_empty()
            && code.freevars.is_empty()
            && f.globals.is(&self.frame.globals);
        if !plain {
            return None;
        }
        let recursive = std::rc::Rc::ptr_eq(code, &self.frame.code) && self.func.entry_pc == 0;
        let (callee, checks) = if recursive {
            (None, self.argument_checks(s, first, &self.sig.locals[..n])?)
        } else {
            let starts = pyjit_runtime::interp::tier::compiled_starts(code);
            if starts.is_empty() {
                self.want_callee(s, first, code);
                return None;
            }
            starts.into_iter().find_map(|e| {
                let checks = self.argument_checks(s, first, e.signature.locals.get(..n)?)?;
                Some((Some(e), checks))
            })?
        };
        let target = DirectCall {
            callee: c,
            entry: callee
                .as_ref()
                .map(|e| &*e.self_address as *const std::cell::Cell<usize> as usize),
            signature: callee
                .as_ref()
                .map(|e| &e.signature as *const Signature as usize),
            checks,
            code: &**code as *const pyjit_runtime::bytecode::Code as usize,
            code_handle: code as *const std::rc::Rc<pyjit_runtime::bytecode::Code> as usize,
            globals_handle: &f.globals as *const pyjit_runtime::object::Obj as usize,
            nlocals: code.nlocals() as u32,
            stack_slots: callee.as_ref().map(|e| e.max_exit_depth as u32),
            entered: callee
                .as_ref()
                .and_then(|e| e.stats.as_ref())
                .map_or(0, |s| &s.entered as *const std::cell::Cell<u64> as usize),
        };
        if let Some(e) = callee {
            self.func.direct_callees.push(e);
        }
        Some(target)
    }

    /// The tag checks a direct call makes on the arguments `s.stack[first + 1..]` for a
    /// callee entry with parameter types `params` (None where the argument's type is known
    /// to fit); None if an argument cannot fit.
    fn argument_checks(
        &self,
        s: &Sym,
        first: usize,
        params: &[EntryTy],
    ) -> Option<Vec<Option<u64>>> {
        let n = params.len();
        let mut checks = Vec::with_capacity(n);
        for (e, want) in s.stack[first + 1..].iter().zip(params) {
            let tag = match want {
                EntryTy::None => pyjit_runtime::value::tag::NONE,
                EntryTy::Bool => pyjit_runtime::value::tag::BOOL,
                EntryTy::Int => pyjit_runtime::value::tag::INT,
                EntryTy::Float => pyjit_runtime::value::tag::FLOAT,
                EntryTy::Object => pyjit_runtime::value::tag::OBJ,
                // A parameter the callee takes boxed, whatever it holds (an argument is never
                // unbound): nothing to check, unless it is in a register here.
                EntryTy::Any => {
                    match e {
                        SSym::Slot | SSym::Local(_) | SSym::Const(_) => checks.push(None),
                        _ => return None,
                    }
                    continue;
                }
                EntryTy::Unbound | EntryTy::RangeIter => return None,
            };
            checks.push(match e {
                SSym::Val(v) if crate::lower::type_tag(self.func.ty(*v)) == tag => None,
                SSym::Val(_) | SSym::Range(..) | SSym::RangeIter(..) => return None,
                SSym::Const(_) if tag == pyjit_runtime::value::tag::OBJ => None,
                SSym::Slot | SSym::Local(_) | SSym::Const(_) => Some(tag),
            });
        }
        Some(checks)
    }

    /// The direct call that `Call` of `s.stack[first..]` can be once the parameters it leaves
    /// out get their defaults, passed by compiled code itself as constants; the stack with them
    /// pushed, and the call. The defaults are recorded for the entry to check (with the
    /// globals: assigning `__defaults__` makes compiled code check again).
    fn direct_call_with_defaults(&mut self, s: &Sym, first: usize) -> Option<(Sym, DirectCall)> {
        let SSym::Const(c) = s.stack[first] else {
            return None;
        };
        let func = self.func.object_consts[c as usize].clone();
        let Some(Payload::Function(f)) = func.payload() else {
            return None;
        };
        let n = s.stack.len() - first - 1;
        let defaults = f.defaults.borrow().clone();
        let missing =
            pyjit_runtime::object::function::defaults_for(f.code.argcount as usize, &defaults, n)
                .filter(|m| !m.is_empty())?;
        let mut with = s.clone();
        for v in missing {
            let k = self.konst(v);
            with.stack.push(k);
        }
        let target = self.direct_call(&with, first)?;
        if !self.func.defaults_reads.iter().any(|d| d.func.is(&func)) {
            self.func
                .defaults_reads
                .push(DefaultsRead { func, defaults });
        }
        Some((with, target))
    }

    /// Records that the call of `s.stack[first]` (a plain function without a compiled start)
    /// could be direct, with the argument types it gets here (objects where unknown), if the
    /// callee has run in the interpreter (so that it has a profile to compile from).
    fn want_callee(&mut self, s: &Sym, first: usize, code: &pyjit_runtime::bytecode::Code) {
        if !self.emit || code.call_count.get() == 0 || code.jit_start_given_up.get() {
            return;
        }
        let SSym::Const(c) = s.stack[first] else {
            return;
        };
        let mut types = Vec::new();
        for e in &s.stack[first + 1..] {
            types.push(match e {
                SSym::Val(v) => self.func.ty(*v).entry_ty(),
                SSym::Slot | SSym::Local(_) | SSym::Const(_) => EntryTy::Object,
                SSym::Range(..) | SSym::RangeIter(..) => return,
            });
        }
        let callee = self.func.object_consts[c as usize].clone();
        if !self.func.wanted_callees.iter().any(|(f, _)| f.is(&callee)) {
            self.func.wanted_callees.push((callee, types));
        }
    }

    /// A call of a small Python function that only computes on numbers (no calls, no
    /// branches, no side effects), compiled inline (`--opt-level 2`). Anything that would
    /// leave compiled code inside it leaves at the call instead, with the callable and the
    /// arguments on the stack: since the callee has done nothing observable yet, the
    /// interpreter makes the call as if it never started. False (nothing used) if the callee
    /// does not qualify.
    fn inline_call(&mut self, s: &mut Sym, first: usize, pc: usize, pre: &Sym) -> bool {
        let SSym::Const(c) = s.stack[first] else {
            return false;
        };
        let Value::Obj(fobj) = self.func.object_consts[c as usize].clone() else {
            return false;
        };
        let Payload::Function(f) = &fobj.payload else {
            return false;
        };
        let code = f.code.clone();
        let n = s.stack.len() - first - 1;
        let simple = code.argcount as usize == n
            && code.posonlyargcount as usize <= n
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkw
            && !code.flags.generator
            && !code.flags.uses_namespace
            && code.cellvars.is_empty()
            && code.freevars.is_empty()
            && code.instrs.len() <= 48
            && f.globals.is(&self.frame.globals);
        if !simple {
            return false;
        }
        let mut args = Vec::new();
        for e in &s.stack[first + 1..] {
            match e {
                SSym::Val(v) => args.push(*v),
                _ => return false,
            }
        }
        // The callee's frame, symbolically: its arguments in registers, the rest unbound.
        let mut locals: Vec<Option<ValueId>> = vec![None; code.nlocals()];
        for (i, a) in args.iter().enumerate() {
            locals[i] = Some(*a);
        }
        let mut stack: Vec<ValueId> = Vec::new();
        let checked = self.func.blocks[self.cur.0 as usize].insts.len();
        let st = self.frame_state(pc, pre);
        self.push(None, InstKind::GuardCanCall(st));
        let result = loop_translate(self, &code, &mut locals, &mut stack, pc, pre);
        match result {
            Some(v) => {
                s.stack.truncate(first);
                s.stack.push(SSym::Val(v));
                true
            }
            None => {
                // Not inlinable after all: drop what was emitted (it had no effects).
                self.func.blocks[self.cur.0 as usize]
                    .insts
                    .truncate(checked);
                false
            }
        }
    }

    /// `range(...)` on ints, with `range` the builtin: a range kept in registers.
    fn call_range(&mut self, s: &mut Sym, first: usize, pc: usize, pre: &Sym) -> Option<bool> {
        let SSym::Const(c) = s.stack[first] else {
            return None;
        };
        let range_type = Value::Obj(pyjit_runtime::object::types().range.clone());
        if !self.func.object_consts[c as usize].is(&range_type) {
            return None;
        }
        let mut ints = Vec::new();
        for e in &s.stack[first + 1..] {
            match e {
                SSym::Val(v) if self.func.ty(*v) == Type::Int => ints.push(*v),
                _ => return None,
            }
        }
        let (start, stop, step) = match ints[..] {
            [stop] => (self.inst(Type::Int, InstKind::ConstInt(0)), stop, None),
            [start, stop] => (start, stop, None),
            [start, stop, step] => (start, stop, Some(step)),
            _ => return None,
        };
        let step = match step {
            Some(v) => v,
            None => self.inst(Type::Int, InstKind::ConstInt(1)),
        };
        // Leaves before the call when `range` would raise (step 0) or iterate over big ints.
        let st = self.frame_state(pc, pre);
        self.inst(Type::Int, InstKind::RangeLen(start, stop, step, st));
        s.stack.truncate(first);
        s.stack.push(SSym::Range(start, stop, step));
        Some(true)
    }

    fn cond_jump(
        &mut self,
        c: ValueId,
        jump_if: bool,
        target: usize,
        target_s: &Sym,
        next: usize,
        next_s: &Sym,
    ) {
        if jump_if {
            self.branch(c, target, target_s, next, next_s);
        } else {
            self.branch(c, next, next_s, target, target_s);
        }
    }

    /// A global's current value, for compiled code to take as a constant (the entry then
    /// checks that it still holds).
    fn global_value(&mut self, i: u32) -> Option<Value> {
        let code = self.frame.code.clone();
        self.global_value_of(&code, i)
    }

    /// Whether global `i` of this code was rebound after compiled code assumed its value
    /// (see `tier::global_rebound`): it is then loaded each time, not taken as a constant.
    fn global_rebound(&self, i: u32) -> bool {
        global_entry(self.frame, &self.frame.code, i)
            .is_some_and(|(d, pos, _)| pyjit_runtime::interp::tier::global_rebound(d, pos))
    }

    /// `global_value` for name `i` of `code` (this code, or a callee sharing its globals).
    /// None for a global that was rebound (see `global_rebound`).
    fn global_value_of(&mut self, code: &pyjit_runtime::bytecode::Code, i: u32) -> Option<Value> {
        let (d, pos, in_builtins) = global_entry(self.frame, code, i)?;
        if pyjit_runtime::interp::tier::global_rebound(d, pos) {
            return None;
        }
        let v = pyjit_runtime::builtins::dict::value_at(d, pos);
        if self.emit
            && !self
                .func
                .global_reads
                .iter()
                .any(|g| g.pos == pos && g.in_builtins == in_builtins)
        {
            self.func.global_reads.push(GlobalRead {
                in_builtins,
                pos,
                value: v.clone(),
            });
        }
        Some(v)
    }

    fn truthy(&mut self, v: ValueId) -> ValueId {
        match self.func.ty(v) {
            Type::Bool => v,
            _ => self.inst(Type::Bool, InstKind::Truthy(v)),
        }
    }

    fn as_float(&mut self, v: ValueId) -> ValueId {
        match self.func.ty(v) {
            Type::Float => v,
            _ => self.inst(Type::Float, InstKind::IntToFloat(v)),
        }
    }

    /// `a op b` on the top two stack entries.
    fn binary(&mut self, op: BinOp, inplace: bool, pc: usize, s: &mut Sym, pre: &Sym) -> bool {
        let n = s.stack.len();
        if let (true, SSym::Val(a), SSym::Val(b)) =
            (self.specialize, s.stack[n - 2], s.stack[n - 1])
        {
            if let Some(r) = self.binary_typed(op, a, b, pc, pre) {
                s.stack.truncate(n - 2);
                s.stack.push(SSym::Val(r));
                return true;
            }
        }
        let index = BIN_OPS.iter().position(|o| *o == op).expect("known op") as u8;
        if !inplace && self.operator_call(index, pc, s, pre) {
            return true;
        }
        self.helper(pc, s, pre, Helper::Binary(index, inplace), 2)
    }

    /// `a op b` (`op` indexes `BIN_OPS`) where the interpreter's cache saw instances of user
    /// classes whose method for the operator is a Python function that goes first: a guard on
    /// both operands' classes, a direct call of the method of `a`'s class, and the rest of
    /// the operator if it returns NotImplemented. False (nothing emitted) if that cannot be.
    fn operator_call(&mut self, op: u8, pc: usize, s: &mut Sym, pre: &Sym) -> bool {
        if !self.specialize || crate::lower::layouts().instance.is_none() {
            return false;
        }
        let now = pyjit_runtime::object::class::type_epoch();
        let mut pairs = Vec::new();
        let mut methods = Vec::new();
        for e in self.frame.code.attr_caches[pc].borrow().entries.iter() {
            match e {
                AttrCache::Empty => {}
                AttrCache::Operator {
                    left,
                    right,
                    epoch,
                    func,
                } if *epoch == now => {
                    pairs.push((*left, *right));
                    methods.push((func.clone(), *left));
                }
                _ => return false,
            }
        }
        let by_func = group_by_function(methods);
        let k = s.stack.len() - 2;
        let b = match s.stack[k + 1] {
            SSym::Val(v) => Some(Operand::Reg(v)),
            e => Self::object_operand(e, k + 1),
        };
        let (Some(a), Some(b)) = (Self::object_operand(s.stack[k], k), b) else {
            return false;
        };
        // A right operand of an inline type is known by its tag (see `GuardOperands`).
        let types = pyjit_runtime::object::types();
        let inline = [
            (&types.int, pyjit_runtime::value::tag::INT),
            (&types.float, pyjit_runtime::value::tag::FLOAT),
            (&types.bool_, pyjit_runtime::value::tag::BOOL),
            (&types.none_type, pyjit_runtime::value::tag::NONE),
        ];
        for (_, right) in pairs.iter_mut() {
            if let Some((_, t)) = inline.iter().find(|(c, _)| c.addr() == *right) {
                *right = *t as usize;
            }
        }
        if pairs.is_empty() {
            return false;
        }
        // The call as it will be: the method at k + 2, copies of the operands after it.
        let mut call = s.clone();
        call.stack.truncate(k);
        call.stack
            .extend([SSym::Slot, SSym::Slot, SSym::Slot, SSym::Slot, SSym::Slot]);
        let mut cases = Vec::new();
        for (func, classes) in &by_func {
            let c = self.object_const(func);
            call.stack[k + 2] = SSym::Const(c);
            if let Some(target) = self.direct_call(&call, k + 2) {
                cases.push((c, classes.clone(), Box::new(target)));
            }
        }
        if cases.is_empty() {
            return false;
        }
        let state = self.frame_state(pc, pre);
        self.push(
            None,
            InstKind::GuardOperands {
                a,
                b,
                epoch: now,
                pairs,
                state,
            },
        );
        for j in [k, k + 1] {
            if !self.materialize(s, j) {
                return false;
            }
        }
        for j in [k, k + 1] {
            self.push(
                None,
                InstKind::CopyStack {
                    from: j as u32,
                    to: j as u32 + 3,
                    incref: true,
                },
            );
        }
        let raised = s.clone();
        let state = self.frame_state(pc, &raised);
        if by_func.len() == 1 {
            let (_, _, target) = cases.pop().expect("one case");
            self.push(
                None,
                InstKind::CallDirect {
                    first: k as u32 + 2,
                    nargs: 2,
                    target,
                    state,
                },
            );
        } else {
            self.select_method(Operand::Stack(k as u32), &by_func, k as u32 + 2);
            self.push(
                None,
                InstKind::CallPoly {
                    first: k as u32 + 2,
                    nargs: 2,
                    cases: cases.into_iter().map(|(_, cl, t)| (cl, t)).collect(),
                    state,
                },
            );
        }
        s.stack.truncate(k);
        let state = self.frame_state(pc, s);
        let not_implemented = self.object_const(&Value::Obj(
            pyjit_runtime::object::types().not_implemented.clone(),
        ));
        self.push(
            None,
            InstKind::OperatorResult {
                op,
                at: k as u32,
                not_implemented,
                state,
            },
        );
        self.dirty = true;
        self.result(pc, s);
        true
    }

    /// The operand of stack entry `e` at `k` when it can be an object.
    fn object_operand(e: SSym, k: usize) -> Option<Operand> {
        match e {
            SSym::Val(_) | SSym::Range(..) | SSym::RangeIter(..) => None,
            _ => Self::operand(e, k),
        }
    }

    fn binary_typed(
        &mut self,
        op: BinOp,
        a: ValueId,
        b: ValueId,
        pc: usize,
        pre: &Sym,
    ) -> Option<ValueId> {
        let (ta, tb) = (self.func.ty(a), self.func.ty(b));
        match (ta, tb) {
            (Type::Int, Type::Int) => Some(match op {
                BinOp::Add | BinOp::Sub | BinOp::Mul => {
                    let st = self.frame_state(pc, pre);
                    self.inst(Type::Int, InstKind::IntArithOvf(op, a, b, st))
                }
                BinOp::And | BinOp::Or | BinOp::Xor => {
                    self.inst(Type::Int, InstKind::IntBitwise(op, a, b))
                }
                BinOp::FloorDiv | BinOp::Mod | BinOp::LShift | BinOp::RShift => {
                    let st = self.frame_state(pc, pre);
                    self.inst(Type::Int, InstKind::NumOp(op, a, b, st))
                }
                BinOp::TrueDiv => {
                    let st = self.frame_state(pc, pre);
                    self.inst(Type::Float, InstKind::NumOp(op, a, b, st))
                }
                _ => return None,
            }),
            (Type::Float, Type::Float) | (Type::Int, Type::Float) | (Type::Float, Type::Int) => {
                Some(match op {
                    BinOp::Add | BinOp::Sub | BinOp::Mul => {
                        let (a, b) = (self.as_float(a), self.as_float(b));
                        self.inst(Type::Float, InstKind::FloatArith(op, a, b))
                    }
                    BinOp::TrueDiv => {
                        let (a, b) = (self.as_float(a), self.as_float(b));
                        let st = self.frame_state(pc, pre);
                        self.inst(Type::Float, InstKind::FloatDiv(a, b, st))
                    }
                    BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
                        let st = self.frame_state(pc, pre);
                        self.inst(Type::Float, InstKind::NumOp(op, a, b, st))
                    }
                    _ => return None,
                })
            }
            _ => None,
        }
    }

    /// Whether `op a` has an inline form for a's type.
    fn unary_typed(&self, op: UnaryOp, a: ValueId) -> Option<()> {
        match (op, self.func.ty(a)) {
            (UnaryOp::Not, _)
            | (UnaryOp::Neg | UnaryOp::Pos, Type::Int | Type::Float)
            | (UnaryOp::Invert, Type::Int) => Some(()),
            _ => None,
        }
    }

    fn unary(&mut self, op: UnaryOp, a: ValueId, pc: usize, pre: &Sym) -> ValueId {
        match (op, self.func.ty(a)) {
            (UnaryOp::Not, _) => {
                let c = self.truthy(a);
                self.inst(Type::Bool, InstKind::BoolNot(c))
            }
            (UnaryOp::Neg, Type::Int) => {
                let st = self.frame_state(pc, pre);
                self.inst(Type::Int, InstKind::IntNeg(a, st))
            }
            (UnaryOp::Neg, _) => self.inst(Type::Float, InstKind::FloatNeg(a)),
            (UnaryOp::Pos, _) => a,
            _ => self.inst(Type::Int, InstKind::IntInvert(a)),
        }
    }

    /// `a op b` on the top two stack entries.
    fn compare(&mut self, op: CmpOp, pc: usize, s: &mut Sym, pre: &Sym) -> bool {
        let n = s.stack.len();
        if let (true, SSym::Val(a), SSym::Val(b)) =
            (self.specialize, s.stack[n - 2], s.stack[n - 1])
        {
            let (ta, tb) = (self.func.ty(a), self.func.ty(b));
            let r = match (ta, tb) {
                (Type::Int, Type::Int) => Some(self.inst(Type::Bool, InstKind::IntCmp(op, a, b))),
                (Type::Float, Type::Float) => {
                    Some(self.inst(Type::Bool, InstKind::FloatCmp(op, a, b)))
                }
                (Type::Int, Type::Float) => {
                    let st = self.frame_state(pc, pre);
                    Some(self.inst(Type::Bool, InstKind::IntFloatCmp(op, a, b, st)))
                }
                (Type::Float, Type::Int) => {
                    let st = self.frame_state(pc, pre);
                    Some(self.inst(Type::Bool, InstKind::IntFloatCmp(op.swapped(), b, a, st)))
                }
                _ => None,
            };
            if let Some(r) = r {
                s.stack.truncate(n - 2);
                s.stack.push(SSym::Val(r));
                return true;
            }
        }
        let index = CMP_OPS.iter().position(|o| *o == op).expect("known op") as u8;
        self.helper(pc, s, pre, Helper::Compare(index), 2)
    }
}
