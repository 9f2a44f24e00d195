//! From bytecode and the frame at entry to pyjit's IR.
//!
//! The builder executes the bytecode symbolically, one basic block at a time, with each local
//! and stack entry either an IR value of a known machine type, a local that lives in the frame
//! (`Mem`), or an unbound local. Types come from the entry frame (its actual values: the entry
//! is only taken when the frame has those types) and flow forward through the operations.
//!
//! It runs twice. First a fixpoint over block-entry types (the same translation, with its IR
//! thrown away): where paths meet with different types, the local moves to the frame (`Mem`),
//! and a value stack that does not agree makes the block leave compiled code. Then the real
//! translation, with one IR block per reachable bytecode block and block parameters for what
//! lives in registers.
//!
//! An instruction that cannot be specialised for the types it sees ends its block with an exit
//! to the interpreter, at that instruction, with the frame state before it: the interpreter
//! runs it, and comes back to compiled code at the next loop header. Superinstructions exit as
//! a whole, so an exit is always at an instruction boundary.

use std::collections::{BTreeMap, BTreeSet};

use pyjit_runtime::bytecode::{BinOp, CmpOp, Instr, UnaryOp};
use pyjit_runtime::interp::tier::{EntryTy, GlobalRead, Signature};
use pyjit_runtime::interp::Frame;
use pyjit_runtime::value::Value;

use crate::ir::{
    Block, BlockId, FrameState, Func, Inst, InstKind, StackEntry, StateId, Terminator, Type,
    ValueId,
};

/// A local in the symbolic state.
#[derive(Clone, Copy, Debug, PartialEq)]
enum LSym {
    Unbound,
    Reg(ValueId),
    /// Up to date in the frame slot; `inline` if the slot can hold no object.
    Mem {
        inline: bool,
    },
}

/// A value-stack entry in the symbolic state.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SSym {
    Val(ValueId),
    RangeIter(ValueId, ValueId, ValueId),
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
    Mem { inline: bool },
}

/// The type of a stack entry at a block entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum STy {
    Val(Type),
    RangeIter,
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
    let inline = |t: LTy| !matches!(t, LTy::Mem { inline: false });
    if a == b {
        a
    } else {
        LTy::Mem {
            inline: inline(a) && inline(b),
        }
    }
}

fn join(a: &Entry, b: &Tys) -> Entry {
    match a {
        Entry::Conflict => Entry::Conflict,
        Entry::Tys(a) if a.stack != b.stack => Entry::Conflict,
        Entry::Tys(a) => Entry::Tys(Tys {
            locals: a
                .locals
                .iter()
                .zip(&b.locals)
                .map(|(x, y)| join_local(*x, *y))
                .collect(),
            stack: a.stack.clone(),
        }),
    }
}

/// Why a code object cannot be compiled for an entry.
#[derive(Debug)]
pub struct Unsupported(pub String);

/// Builds the IR of `frame.code` entered at `entry_pc` with the frame's current types.
pub fn build(frame: &Frame, entry_pc: usize, sig: &Signature) -> Result<Func, Unsupported> {
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
            EntryTy::RangeIter | EntryTy::Object => LTy::Mem { inline: false },
        });
    }
    for t in &sig.stack {
        entry.stack.push(match t {
            EntryTy::Int => STy::Val(Type::Int),
            EntryTy::Float => STy::Val(Type::Float),
            EntryTy::Bool => STy::Val(Type::Bool),
            EntryTy::None => STy::Val(Type::None),
            EntryTy::RangeIter => STy::RangeIter,
            EntryTy::Unbound | EntryTy::Object => {
                return Err(Unsupported(
                    "an object on the value stack at the loop header".into(),
                ))
            }
        });
    }

    let leaders = leaders(&code.instrs, entry_pc);
    let mut b = Builder {
        frame,
        func: Func::default(),
        leaders,
        entries: BTreeMap::new(),
        blocks: BTreeMap::new(),
        emit: false,
        succs: Vec::new(),
        cur: BlockId(0),
    };

    // Pass 1: block-entry types to a fixpoint.
    b.entries.insert(entry_pc, Entry::Tys(entry.clone()));
    let mut work: BTreeSet<usize> = BTreeSet::from([entry_pc]);
    let mut rounds = 0usize;
    while let Some(pc) = work.pop_first() {
        rounds += 1;
        if rounds > 100_000 {
            return Err(Unsupported("block types did not settle".into()));
        }
        let Some(Entry::Tys(tys)) = b.entries.get(&pc).cloned() else {
            continue;
        };
        b.func = Func::default();
        b.succs.clear();
        let sym = b.fresh_sym(&tys);
        b.cur = b.new_block(Some(pc), Vec::new());
        b.translate(pc, sym);
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
        ..Func::default()
    };
    // Block 0 is the prologue: it loads the entry frame into registers.
    let prologue = b.new_block(None, Vec::new());
    let mut starts: Vec<(usize, Sym)> = Vec::new();
    let pcs: Vec<usize> = b.entries.keys().copied().collect();
    for pc in pcs {
        if let Some(Entry::Tys(tys)) = b.entries.get(&pc).cloned() {
            let sym = b.fresh_sym(&tys);
            let params = sym_values(&sym);
            let id = b.new_block(Some(pc), params);
            b.blocks.insert(pc, id);
            starts.push((pc, sym));
        }
    }
    b.cur = prologue;
    let mut sym = Sym {
        locals: Vec::new(),
        stack: Vec::new(),
    };
    for (i, t) in entry.locals.iter().enumerate() {
        sym.locals.push(match t {
            LTy::Reg(ty) => LSym::Reg(b.inst(Some(*ty), InstKind::LoadSlot(i as u32, *ty))),
            LTy::Unbound => LSym::Unbound,
            LTy::Mem { inline } => LSym::Mem { inline: *inline },
        });
    }
    for (i, t) in entry.stack.iter().enumerate() {
        let i = i as u32;
        sym.stack.push(match t {
            STy::Val(ty) => {
                SSym::Val(b.inst(Some(*ty), InstKind::LoadSlot(frame.base as u32 + i, *ty)))
            }
            STy::RangeIter => {
                b.push(None, InstKind::TakeRangeIter(i));
                let next = b.inst(Some(Type::Int), InstKind::RangeIterField(i, 0));
                let step = b.inst(Some(Type::Int), InstKind::RangeIterField(i, 1));
                let rem = b.inst(Some(Type::Int), InstKind::RangeIterField(i, 2));
                SSym::RangeIter(next, step, rem)
            }
        });
    }
    b.jump_to(entry_pc, &sym);
    for (pc, sym) in starts {
        b.cur = b.blocks[&pc];
        b.translate(pc, sym);
    }
    // A loop entry must be able to go round its loop: one that leaves on every iteration would
    // be entered again at the next back-edge, paying for entry and exit each time.
    let useful = if entry_pc == 0 {
        does_work(&b.func)
    } else {
        b.blocks
            .get(&entry_pc)
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
            SSym::RangeIter(a, b, c) => out.extend([*a, *b, *c]),
        }
    }
    out
}

/// Instructions that start a basic block.
fn leaders(instrs: &[Instr], entry_pc: usize) -> BTreeSet<usize> {
    let mut out = BTreeSet::from([entry_pc]);
    for (pc, instr) in instrs.iter().enumerate() {
        match *instr {
            Instr::Jump(t) => {
                out.insert(t as usize);
                out.insert(pc + 1);
            }
            Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::ForIterStoreFast(t, _)
            | Instr::CompareJumpIfFalse(_, t)
            | Instr::CompareJumpIfTrue(_, t)
            | Instr::Send(t) => {
                out.insert(t as usize);
                out.insert(pc + 1);
            }
            Instr::Return | Instr::ReturnFast(_) | Instr::ReturnConst(_) | Instr::Raise(_) => {
                out.insert(pc + 1);
            }
            _ => {}
        }
    }
    out
}

struct Builder<'a> {
    frame: &'a Frame,
    func: Func,
    leaders: BTreeSet<usize>,
    entries: BTreeMap<usize, Entry>,
    /// IR block of each bytecode block (pass 2).
    blocks: BTreeMap<usize, BlockId>,
    /// Pass 2 (emit the IR) rather than pass 1 (find the types).
    emit: bool,
    /// Pass 1: the successors of the block just translated, with the types they receive.
    succs: Vec<(usize, Tys)>,
    cur: BlockId,
}

/// What an instruction's translation decided.
enum Flow {
    Next,
    /// The block has its terminator.
    Done,
    /// Not specialised: exit to the interpreter at this instruction.
    Exit,
}

impl Builder<'_> {
    fn new_block(&mut self, pc: Option<usize>, params: Vec<ValueId>) -> BlockId {
        self.func.blocks.push(Block {
            pc,
            params,
            insts: Vec::new(),
            term: Terminator::Exit(StateId(u32::MAX)),
        });
        BlockId(self.func.blocks.len() as u32 - 1)
    }

    fn push(&mut self, result: Option<ValueId>, kind: InstKind) {
        self.func.blocks[self.cur.0 as usize]
            .insts
            .push(Inst { result, kind });
    }

    fn inst(&mut self, ty: Option<Type>, kind: InstKind) -> ValueId {
        let v = self.func.new_value(ty.unwrap_or(Type::None));
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
                LTy::Mem { inline } => LSym::Mem { inline: *inline },
            });
        }
        for e in &tys.stack {
            s.stack.push(match e {
                STy::Val(t) => SSym::Val(self.func.new_value(*t)),
                STy::RangeIter => SSym::RangeIter(
                    self.func.new_value(Type::Int),
                    self.func.new_value(Type::Int),
                    self.func.new_value(Type::Int),
                ),
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
                    LSym::Mem { inline } => LTy::Mem { inline: *inline },
                })
                .collect(),
            stack: s
                .stack
                .iter()
                .map(|e| match e {
                    SSym::Val(v) => STy::Val(self.func.ty(*v)),
                    SSym::RangeIter(..) => STy::RangeIter,
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
                LSym::Reg(v) => Some((i as u32, *v)),
                _ => None,
            })
            .collect();
        let stack = s
            .stack
            .iter()
            .map(|e| match e {
                SSym::Val(v) => StackEntry::Value(*v),
                SSym::RangeIter(a, b, c) => StackEntry::RangeIter(*a, *b, *c),
            })
            .collect();
        self.func.add_state(FrameState { pc, locals, stack })
    }

    /// The block and arguments that carry state `s` to bytecode `target`: an edge block when
    /// locals must first be written to the frame, an exit block when the target is a conflict.
    fn edge(&mut self, target: usize, s: &Sym) -> (BlockId, Vec<ValueId>) {
        if !self.emit {
            let tys = self.tys_of(s);
            self.succs.push((target, tys));
            return (BlockId(0), Vec::new());
        }
        let saved = self.cur;
        let result = match self.entries.get(&target).cloned() {
            Some(Entry::Tys(tys)) => {
                let stores: Vec<(u32, ValueId)> = tys
                    .locals
                    .iter()
                    .enumerate()
                    .filter_map(|(i, t)| match (t, s.locals[i]) {
                        (LTy::Mem { .. }, LSym::Reg(v)) => Some((i as u32, v)),
                        _ => None,
                    })
                    .collect();
                let mut args = Vec::new();
                for (i, t) in tys.locals.iter().enumerate() {
                    if let (LTy::Reg(_), LSym::Reg(v)) = (t, s.locals[i]) {
                        args.push(v);
                    }
                }
                for e in &s.stack {
                    match e {
                        SSym::Val(v) => args.push(*v),
                        SSym::RangeIter(a, b, c) => args.extend([*a, *b, *c]),
                    }
                }
                let target_block = self.blocks[&target];
                if stores.is_empty() {
                    (target_block, args)
                } else {
                    let e = self.new_block(None, Vec::new());
                    self.cur = e;
                    for (i, v) in stores {
                        self.push(None, InstKind::StoreSlot(i, v));
                    }
                    self.terminate(Terminator::Jump(target_block, args));
                    (e, Vec::new())
                }
            }
            _ => {
                let e = self.new_block(None, Vec::new());
                self.cur = e;
                let st = self.frame_state(target, s);
                self.terminate(Terminator::Exit(st));
                (e, Vec::new())
            }
        };
        self.cur = saved;
        result
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
        let (tb, targs) = self.edge(then_pc, then_s);
        let (eb, eargs) = self.edge(else_pc, else_s);
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
        loop {
            let instrs = &self.frame.code.instrs;
            if pc >= instrs.len() {
                let st = self.frame_state(pc, &s);
                self.terminate(Terminator::Exit(st));
                return;
            }
            let pre = s.clone();
            match self.instr(pc, instrs[pc], &mut s, &pre) {
                Flow::Next => {}
                Flow::Done => return,
                Flow::Exit => {
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

    fn konst(&mut self, v: &Value) -> Option<ValueId> {
        Some(match v {
            Value::Int(i) => self.inst(Some(Type::Int), InstKind::ConstInt(*i)),
            Value::Float(f) => self.inst(Some(Type::Float), InstKind::ConstFloat(*f)),
            Value::Bool(b) => self.inst(Some(Type::Bool), InstKind::ConstBool(*b)),
            Value::None => self.inst(Some(Type::None), InstKind::ConstNone),
            _ => return None,
        })
    }

    fn load_fast(&mut self, s: &Sym, i: u32) -> Option<ValueId> {
        match s.locals[i as usize] {
            LSym::Reg(v) => Some(v),
            _ => None,
        }
    }

    fn store_fast(&mut self, s: &mut Sym, i: u32, v: ValueId, pc: usize) {
        if let LSym::Mem { inline: false } = s.locals[i as usize] {
            // The slot may hold an object: replace it properly (this can run a finaliser,
            // which can change globals the code took as constants).
            self.push(None, InstKind::StoreSlotDropping(i, v));
            s.locals[i as usize] = LSym::Reg(v);
            let st = self.frame_state(pc + 1, s);
            self.push(None, InstKind::GuardGlobals(st));
        } else {
            s.locals[i as usize] = LSym::Reg(v);
        }
    }

    fn pop_val(s: &mut Sym) -> Option<ValueId> {
        match s.stack.pop() {
            Some(SSym::Val(v)) => Some(v),
            _ => None,
        }
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
        let consts = &self.frame.code.consts;
        match instr {
            Instr::Nop => {}
            Instr::LoadConst(k) => {
                let c = consts[k as usize].clone();
                let v = need!(self.konst(&c));
                s.stack.push(SSym::Val(v));
            }
            Instr::LoadFast(i) => {
                let v = need!(self.load_fast(s, i));
                s.stack.push(SSym::Val(v));
            }
            Instr::LoadFast2(i, j) => {
                let a = need!(self.load_fast(s, i));
                let b = need!(self.load_fast(s, j));
                s.stack.push(SSym::Val(a));
                s.stack.push(SSym::Val(b));
            }
            Instr::LoadFastConst(i, k) => {
                let a = need!(self.load_fast(s, i));
                let c = consts[k as usize].clone();
                let b = need!(self.konst(&c));
                s.stack.push(SSym::Val(a));
                s.stack.push(SSym::Val(b));
            }
            Instr::StoreFast(i) => {
                let v = need!(Self::pop_val(s));
                self.store_fast(s, i, v, pc);
            }
            Instr::LoadGlobal(i) => {
                let v = need!(self.global_value(i));
                let v = need!(self.konst(&v));
                s.stack.push(SSym::Val(v));
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                let b = need!(Self::pop_val(s));
                let a = need!(Self::pop_val(s));
                let r = need!(self.binary(op, a, b, pc, pre));
                s.stack.push(SSym::Val(r));
            }
            Instr::BinaryOpConst(op, k) => {
                let a = need!(Self::pop_val(s));
                let c = consts[k as usize].clone();
                let b = need!(self.konst(&c));
                let r = need!(self.binary(op, a, b, pc, pre));
                s.stack.push(SSym::Val(r));
            }
            Instr::BinaryOpFastConst(op, i, k) => {
                let a = need!(self.load_fast(s, i));
                let c = consts[k as usize].clone();
                let b = need!(self.konst(&c));
                let r = need!(self.binary(op, a, b, pc, pre));
                s.stack.push(SSym::Val(r));
            }
            Instr::BinaryOpFast(op, j) => {
                let a = need!(Self::pop_val(s));
                let b = need!(self.load_fast(s, j));
                let r = need!(self.binary(op, a, b, pc, pre));
                s.stack.push(SSym::Val(r));
            }
            Instr::Unary(op) => {
                let a = need!(Self::pop_val(s));
                let r = need!(self.unary(op, a, pc, pre));
                s.stack.push(SSym::Val(r));
            }
            Instr::Compare(op) => {
                let b = need!(Self::pop_val(s));
                let a = need!(Self::pop_val(s));
                let r = need!(self.compare(op, a, b, pc, pre));
                s.stack.push(SSym::Val(r));
            }
            Instr::CompareJumpIfFalse(op, t) | Instr::CompareJumpIfTrue(op, t) => {
                let b = need!(Self::pop_val(s));
                let a = need!(Self::pop_val(s));
                let c = need!(self.compare(op, a, b, pc, pre));
                let jump_if = matches!(instr, Instr::CompareJumpIfTrue(..));
                self.cond_jump(c, jump_if, t as usize, s, pc + 1, s);
                return Flow::Done;
            }
            Instr::Is(neg) => {
                let b = need!(Self::pop_val(s));
                let a = need!(Self::pop_val(s));
                let (ta, tb) = (self.func.ty(a), self.func.ty(b));
                // Identity is decidable from the types only when one side is None.
                if ta != Type::None && tb != Type::None {
                    return Flow::Exit;
                }
                let r = (ta == tb) != neg;
                let v = self.inst(Some(Type::Bool), InstKind::ConstBool(r));
                s.stack.push(SSym::Val(v));
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let v = need!(Self::pop_val(s));
                let c = self.truthy(v);
                let jump_if = matches!(instr, Instr::PopJumpIfTrue(_));
                self.cond_jump(c, jump_if, t as usize, s, pc + 1, s);
                return Flow::Done;
            }
            Instr::PopJumpIfNone(t) | Instr::PopJumpIfNotNone(t) => {
                let v = need!(Self::pop_val(s));
                let is_none = self.func.ty(v) == Type::None;
                let jump = is_none == matches!(instr, Instr::PopJumpIfNone(_));
                let target = if jump { t as usize } else { pc + 1 };
                self.jump_to(target, s);
                return Flow::Done;
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let v = match s.stack.last() {
                    Some(SSym::Val(v)) => *v,
                    _ => return Flow::Exit,
                };
                let c = self.truthy(v);
                let kept = s.clone();
                s.stack.pop();
                let jump_if = matches!(instr, Instr::JumpIfTrueOrPop(_));
                self.cond_jump(c, jump_if, t as usize, &kept, pc + 1, s);
                return Flow::Done;
            }
            Instr::Jump(t) => {
                self.jump_to(t as usize, s);
                return Flow::Done;
            }
            Instr::ForIter(t) | Instr::ForIterStoreFast(t, _) => {
                let Some(SSym::RangeIter(next, step, rem)) = s.stack.last().copied() else {
                    return Flow::Exit;
                };
                let zero = self.inst(Some(Type::Int), InstKind::ConstInt(0));
                let has = self.inst(Some(Type::Bool), InstKind::IntCmp(CmpOp::Gt, rem, zero));
                let mut done = s.clone();
                done.stack.pop();
                let mut body = s.clone();
                let next2 = self.inst(Some(Type::Int), InstKind::IntAddWrap(next, step));
                // `rem - 1` cannot overflow: rem > 0 on this path.
                let minus_one = self.inst(Some(Type::Int), InstKind::ConstInt(-1));
                let rem2 = self.inst(Some(Type::Int), InstKind::IntAddWrap(rem, minus_one));
                *body.stack.last_mut().expect("iterator") = SSym::RangeIter(next2, step, rem2);
                match instr {
                    Instr::ForIterStoreFast(_, i)
                        if matches!(body.locals[i as usize], LSym::Mem { inline: false }) =>
                    {
                        // Storing may drop an object: only on the path that has a value.
                        let store = self.new_block(None, Vec::new());
                        let (eb, eargs) = self.edge(t as usize, &done);
                        self.terminate(Terminator::Branch {
                            cond: has,
                            then_block: store,
                            then_args: Vec::new(),
                            else_block: eb,
                            else_args: eargs,
                        });
                        self.cur = store;
                        self.store_fast(&mut body, i, next, pc);
                        self.jump_to(pc + 1, &body);
                        return Flow::Done;
                    }
                    Instr::ForIterStoreFast(_, i) => self.store_fast(&mut body, i, next, pc),
                    _ => body.stack.push(SSym::Val(next)),
                }
                self.branch(has, pc + 1, &body, t as usize, &done);
                return Flow::Done;
            }
            Instr::Return => {
                let v = need!(Self::pop_val(s));
                self.terminate(Terminator::Return(v));
                return Flow::Done;
            }
            Instr::ReturnFast(i) => {
                let v = need!(self.load_fast(s, i));
                self.terminate(Terminator::Return(v));
                return Flow::Done;
            }
            Instr::ReturnConst(k) => {
                let c = consts[k as usize].clone();
                let v = need!(self.konst(&c));
                self.terminate(Terminator::Return(v));
                return Flow::Done;
            }
            Instr::Pop => {
                need!(s.stack.pop());
            }
            Instr::Copy(n) => {
                let e = s.stack[s.stack.len() - n as usize];
                // A range iterator in registers must not be duplicated (it has one identity).
                let SSym::Val(_) = e else {
                    return Flow::Exit;
                };
                s.stack.push(e);
            }
            Instr::Swap(n) => {
                let len = s.stack.len();
                s.stack.swap(len - 1, len - n as usize);
            }
            _ => return Flow::Exit,
        }
        Flow::Next
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

    /// A global's current value, if it is one compiled code can take as a constant (the entry
    /// then checks that it still holds).
    fn global_value(&mut self, i: u32) -> Option<Value> {
        use pyjit_runtime::builtins::dict;
        let name = &self.frame.code.names[i as usize];
        let (pos, in_builtins) = match dict::find_str_pos(&self.frame.globals, name) {
            Some(p) => (p, false),
            None => (dict::find_str_pos(&self.frame.builtins, name)?, true),
        };
        let d = if in_builtins {
            &self.frame.builtins
        } else {
            &self.frame.globals
        };
        let v = dict::value_at(d, pos);
        if !matches!(
            v,
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None
        ) {
            return None;
        }
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
            _ => self.inst(Some(Type::Bool), InstKind::Truthy(v)),
        }
    }

    fn as_float(&mut self, v: ValueId) -> ValueId {
        match self.func.ty(v) {
            Type::Float => v,
            _ => self.inst(Some(Type::Float), InstKind::IntToFloat(v)),
        }
    }

    fn binary(
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
                    self.inst(Some(Type::Int), InstKind::IntArithOvf(op, a, b, st))
                }
                BinOp::And | BinOp::Or | BinOp::Xor => {
                    self.inst(Some(Type::Int), InstKind::IntBitwise(op, a, b))
                }
                BinOp::FloorDiv | BinOp::Mod | BinOp::LShift | BinOp::RShift => {
                    let st = self.frame_state(pc, pre);
                    self.inst(Some(Type::Int), InstKind::NumOp(op, a, b, st))
                }
                BinOp::TrueDiv => {
                    let st = self.frame_state(pc, pre);
                    self.inst(Some(Type::Float), InstKind::NumOp(op, a, b, st))
                }
                _ => return None,
            }),
            (Type::Float, Type::Float) | (Type::Int, Type::Float) | (Type::Float, Type::Int) => {
                Some(match op {
                    BinOp::Add | BinOp::Sub | BinOp::Mul => {
                        let (a, b) = (self.as_float(a), self.as_float(b));
                        self.inst(Some(Type::Float), InstKind::FloatArith(op, a, b))
                    }
                    BinOp::TrueDiv => {
                        let (a, b) = (self.as_float(a), self.as_float(b));
                        let st = self.frame_state(pc, pre);
                        self.inst(Some(Type::Float), InstKind::FloatDiv(a, b, st))
                    }
                    BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
                        let st = self.frame_state(pc, pre);
                        self.inst(Some(Type::Float), InstKind::NumOp(op, a, b, st))
                    }
                    _ => return None,
                })
            }
            _ => None,
        }
    }

    fn unary(&mut self, op: UnaryOp, a: ValueId, pc: usize, pre: &Sym) -> Option<ValueId> {
        let t = self.func.ty(a);
        Some(match (op, t) {
            (UnaryOp::Not, _) => {
                let c = self.truthy(a);
                self.inst(Some(Type::Bool), InstKind::BoolNot(c))
            }
            (UnaryOp::Neg, Type::Int) => {
                let st = self.frame_state(pc, pre);
                self.inst(Some(Type::Int), InstKind::IntNeg(a, st))
            }
            (UnaryOp::Neg, Type::Float) => self.inst(Some(Type::Float), InstKind::FloatNeg(a)),
            (UnaryOp::Pos, Type::Int | Type::Float) => a,
            (UnaryOp::Invert, Type::Int) => self.inst(Some(Type::Int), InstKind::IntInvert(a)),
            _ => return None,
        })
    }

    fn compare(
        &mut self,
        op: CmpOp,
        a: ValueId,
        b: ValueId,
        pc: usize,
        pre: &Sym,
    ) -> Option<ValueId> {
        let (ta, tb) = (self.func.ty(a), self.func.ty(b));
        Some(match (ta, tb) {
            (Type::Int, Type::Int) => self.inst(Some(Type::Bool), InstKind::IntCmp(op, a, b)),
            (Type::Float, Type::Float) => self.inst(Some(Type::Bool), InstKind::FloatCmp(op, a, b)),
            (Type::Int, Type::Float) => {
                let st = self.frame_state(pc, pre);
                self.inst(Some(Type::Bool), InstKind::IntFloatCmp(op, a, b, st))
            }
            (Type::Float, Type::Int) => {
                let st = self.frame_state(pc, pre);
                self.inst(
                    Some(Type::Bool),
                    InstKind::IntFloatCmp(op.swapped(), b, a, st),
                )
            }
            _ => return None,
        })
    }
}
