//! pyjit's IR to Cranelift IR.
//!
//! One Cranelift block per IR block, with the same parameters (int → i64, float → f64,
//! bool → i8; none has no bits and is carried as an i64 zero). A check that can fail branches
//! to a cold block of its own that writes the frame state out (`jit_abi`'s calling
//! convention) and returns `STATUS_EXIT`; Cranelift traps are never used, since nothing would
//! handle them. Runtime helpers are called indirectly through their addresses, so the same code
//! is produced for any ISA.

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, Signature, SourceLoc,
    StackSlotData, StackSlotKind, Value,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

use pyjit_runtime::bytecode::{BinOp, CmpOp};
use pyjit_runtime::interp::frame_stack;
use pyjit_runtime::interp::jit_abi::{
    ctx_offset, helpers, vm_offset, CellLayout, InstanceLayout, ListIterLayout, ListLayout,
    TupleLayout, BIN_OPS, CMP_IN, CMP_NOT_IN, CMP_OPS, CODE_CALL_COUNT_OFFSET, MATCH_CLASS,
    MATCH_KEYS, MATCH_LEN, MATCH_MAPPING, MATCH_SEQUENCE, SIGNATURE_CHECKED_AT_OFFSET, STATUS_EXIT,
    STATUS_GUARD, STATUS_RAISE, STATUS_RETURN, VALUE_PAYLOAD_OFFSET, VALUE_SIZE, VALUE_TAG_OFFSET,
};
use pyjit_runtime::object::heap::{CLASS_OFFSET, REFCNT_OFFSET};
use pyjit_runtime::value::tag;

use crate::ir::{
    self, CellOp, DirectCall, FrameState, Helper, InstKind, MatchOp, Operand, StackEntry, StateId,
    Terminator, Type,
};

fn clif_type(t: Type) -> types::Type {
    match t {
        Type::Int | Type::None => types::I64,
        Type::Float => types::F64,
        Type::Bool => types::I8,
    }
}

pub fn type_tag(t: Type) -> u64 {
    match t {
        Type::Int => tag::INT,
        Type::Float => tag::FLOAT,
        Type::Bool => tag::BOOL,
        Type::None => tag::NONE,
    }
}

fn int_cc(op: CmpOp) -> IntCC {
    match op {
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::Le => IntCC::SignedLessThanOrEqual,
        CmpOp::Eq => IntCC::Equal,
        CmpOp::Ne => IntCC::NotEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
    }
}

/// Python's float comparisons: every comparison with a NaN is false except `!=`.
fn float_cc(op: CmpOp) -> FloatCC {
    match op {
        CmpOp::Lt => FloatCC::LessThan,
        CmpOp::Le => FloatCC::LessThanOrEqual,
        CmpOp::Eq => FloatCC::Equal,
        CmpOp::Ne => FloatCC::NotEqual,
        CmpOp::Gt => FloatCC::GreaterThan,
        CmpOp::Ge => FloatCC::GreaterThanOrEqual,
    }
}

/// Where lists, list iterators and instances keep their values, measured once on the
/// interpreter's thread (the JIT runs there) rather than for every function compiled.
#[derive(Clone, Copy)]
pub(crate) struct Layouts {
    pub list: Option<ListLayout>,
    pub list_iter: Option<ListIterLayout>,
    pub instance: Option<InstanceLayout>,
    pub tuple: Option<TupleLayout>,
    pub cell: Option<CellLayout>,
}

pub(crate) fn layouts() -> Layouts {
    thread_local! {
        static LAYOUTS: std::cell::OnceCell<Layouts> = const { std::cell::OnceCell::new() };
    }
    LAYOUTS.with(|l| {
        *l.get_or_init(|| Layouts {
            list: pyjit_runtime::interp::jit_abi::list_layout(),
            list_iter: pyjit_runtime::interp::jit_abi::list_iter_layout(),
            instance: pyjit_runtime::interp::jit_abi::instance_layout(),
            tuple: pyjit_runtime::interp::jit_abi::tuple_layout(),
            cell: pyjit_runtime::interp::jit_abi::cell_layout(),
        })
    })
}

/// The signature of every compiled entry: `fn(ctx) -> status`.
pub fn entry_signature(call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.push(AbiParam::new(types::I64));
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

fn helper_sig(call_conv: CallConv, params: usize, ret: bool) -> Signature {
    let mut sig = Signature::new(call_conv);
    for _ in 0..params {
        sig.params.push(AbiParam::new(types::I64));
    }
    if ret {
        sig.returns.push(AbiParam::new(types::I64));
    }
    sig
}

/// Lowers `func` into `clif` (an empty function with the entry signature).
pub fn lower(
    func: &ir::Func,
    clif: &mut cranelift_codegen::ir::Function,
    fctx: &mut FunctionBuilderContext,
    objects: usize,
    frontend: cranelift_codegen::isa::TargetFrontendConfig,
) {
    let call_conv = clif.signature.call_conv;
    let mut b = FunctionBuilder::new(clif, fctx);
    let trusted = MemFlagsData::trusted();
    let plain = MemFlagsData::new();
    let start = b.create_block();
    b.append_block_params_for_function_params(start);
    b.switch_to_block(start);
    let ctx = b.block_params(start)[0];
    let slots = b.ins().load(types::I64, trusted, ctx, ctx_offset::SLOTS);

    let blocks: Vec<Block> = func.blocks.iter().map(|_| b.create_block()).collect();
    let mut values: Vec<Option<Value>> = vec![None; func.value_types.len()];
    for (bi, block) in func.blocks.iter().enumerate() {
        for p in &block.params {
            let v = b.append_block_param(blocks[bi], clif_type(func.ty(*p)));
            values[p.0 as usize] = Some(v);
        }
    }
    b.ins().jump(blocks[0], &[]);

    let mut l = Lowerer {
        b,
        func,
        ctx,
        slots,
        values,
        call_conv,
        range_iters: HashMap::new(),
        float_consts: HashMap::new(),
        checked_lists: HashMap::new(),
        exits: HashMap::new(),
        trusted,
        plain,
        objects,
        scratch: None,
        callee_frame: None,
        list: layouts().list,
        list_iter: layouts().list_iter,
        instance: layouts().instance,
        tuple: layouts().tuple,
        cell: layouts().cell,
        cur_pc: None,
    };
    // Source locations are kept relative to a base: 0, so that every offset is one.
    l.b.func.params.ensure_base_srcloc(SourceLoc::new(0));
    for (bi, block) in func.blocks.iter().enumerate() {
        l.b.switch_to_block(blocks[bi]);
        l.exits.clear();
        l.checked_lists.clear();
        // Source locations are bytecode offsets: `pyjit graph` labels machine code with them.
        let pc = block.pc.unwrap_or(func.entry_pc);
        l.b.set_srcloc(SourceLoc::new(pc as u32));
        for inst in &block.insts {
            l.b.set_srcloc(SourceLoc::new(inst.pc as u32));
            l.inst(inst);
            match &inst.kind {
                k if keeps_lists(k) => {}
                InstKind::StoreSlot(i, _) => {
                    l.checked_lists.remove(i);
                }
                _ => l.checked_lists.clear(),
            }
        }
        match &block.term {
            Terminator::Jump(t, args) => {
                let args = l.args(args);
                l.b.ins().jump(blocks[t.0 as usize], &args);
            }
            Terminator::Branch {
                cond,
                then_block,
                then_args,
                else_block,
                else_args,
            } => {
                let c = l.v(*cond);
                let ta = l.args(then_args);
                let ea = l.args(else_args);
                l.b.ins().brif(
                    c,
                    blocks[then_block.0 as usize],
                    &ta,
                    blocks[else_block.0 as usize],
                    &ea,
                );
            }
            Terminator::Return(op) => {
                match *op {
                    Operand::Reg(v) => {
                        let ty = func.ty(v);
                        l.write_value(ctx, ctx_offset::RET, ty, v);
                    }
                    Operand::Stack(k) => {
                        // The value moves out of its slot into the context.
                        let from = l.stack_ptr(k);
                        l.copy_value(from, ctx, ctx_offset::RET, false);
                    }
                    other => {
                        let from = l.operand_ptr(other, 0);
                        l.copy_value(from, ctx, ctx_offset::RET, true);
                    }
                }
                let status = l.b.ins().iconst(types::I64, STATUS_RETURN as i64);
                l.b.ins().return_(&[status]);
            }
            Terminator::Exit(s) => l.exit(*s, STATUS_EXIT),
        }
    }
    l.b.seal_all_blocks();
    l.b.finalize(frontend);
}

struct Lowerer<'a, 'f> {
    b: FunctionBuilder<'f>,
    func: &'a ir::Func,
    ctx: Value,
    slots: Value,
    values: Vec<Option<Value>>,
    call_conv: CallConv,
    /// Stack slots holding the state of range iterators taken at entry, by stack index.
    range_iters: HashMap<u32, cranelift_codegen::ir::StackSlot>,
    /// The exact lists, by local, that an earlier `list.load` or `list.store` of this IR
    /// block checked, with their length and items: no instruction since can have changed
    /// them (see `keeps_lists`), so later accesses only check their index.
    checked_lists: HashMap<u32, (Value, Value)>,
    /// The float constants lowered so far, so that `x ** 0.5` can be told apart.
    float_consts: HashMap<ir::ValueId, f64>,
    /// Memory flags: frame and context accesses are aligned and never trap.
    trusted: MemFlagsData,
    plain: MemFlagsData,
    /// Address of the entry's object constants (`Operand::Const`).
    objects: usize,
    /// Memory for helper operands and results (`SCRATCH_VALUES` values).
    scratch: Option<cranelift_codegen::ir::StackSlot>,
    /// The exit blocks of the IR block being lowered, by frame state and status.
    exits: HashMap<(StateId, u64), Block>,
    /// The context and slots of the callee of a direct call (one area, shared by every
    /// direct call of this code: the calls never overlap).
    callee_frame: Option<(
        cranelift_codegen::ir::StackSlot,
        cranelift_codegen::ir::StackSlot,
    )>,
    /// Where lists keep their items, for inline `list[int]` (None: always the helper).
    list: Option<ListLayout>,
    /// Where tuples keep their items, for unpacking in place.
    tuple: Option<TupleLayout>,
    /// Where cells keep their values, for closure variables read in place.
    cell: Option<CellLayout>,
    /// Where list iterators keep their state, for `for` over a list in place.
    list_iter: Option<ListIterLayout>,
    /// Where instances keep their attributes, for inline cached attributes.
    instance: Option<InstanceLayout>,
    /// The bytecode instruction of the IR instruction being lowered, if it can raise (so may
    /// run Python code): helper calls publish it as `Vm::cur_pc`, where the runtime finds the
    /// line a frame is at (`sys._getframe`, `warnings`).
    cur_pc: Option<usize>,
}

/// Values of scratch memory: up to three operands, then two results.
const SCRATCH_VALUES: u32 = 5;
/// Where helper results go in scratch memory.
const SCRATCH_OUT: i32 = 3 * VALUE_SIZE;

impl Lowerer<'_, '_> {
    fn v(&self, v: ir::ValueId) -> Value {
        self.values[v.0 as usize].expect("IR value defined before use")
    }

    fn args(&self, vs: &[ir::ValueId]) -> Vec<BlockArg> {
        vs.iter().map(|v| BlockArg::Value(self.v(*v))).collect()
    }

    fn def(&mut self, inst: &ir::Inst, v: Value) {
        if let Some(r) = inst.result {
            self.values[r.0 as usize] = Some(v);
        }
    }

    fn iconst(&mut self, x: i64) -> Value {
        self.b.ins().iconst(types::I64, x)
    }

    /// The payload word of `v` as an i64 (floats by their bits, bools zero-extended).
    fn payload_word(&mut self, ty: Type, v: ir::ValueId) -> Value {
        let x = self.v(v);
        match ty {
            Type::Int => x,
            Type::Float => self.b.ins().bitcast(types::I64, self.plain, x),
            Type::Bool => self.b.ins().uextend(types::I64, x),
            Type::None => self.iconst(0),
        }
    }

    /// Writes `v` as a `Value` (tag, payload) at `base + offset`.
    fn write_value(&mut self, base: Value, offset: i32, ty: Type, v: ir::ValueId) {
        let t = self.iconst(type_tag(ty) as i64);
        let p = self.payload_word(ty, v);
        let flags = self.trusted;
        self.b
            .ins()
            .store(flags, t, base, offset + VALUE_TAG_OFFSET);
        self.b
            .ins()
            .store(flags, p, base, offset + VALUE_PAYLOAD_OFFSET);
    }

    fn slot_offset(slot: u32) -> i32 {
        slot as i32 * VALUE_SIZE
    }

    fn call_helper(&mut self, addr: usize, args: &[Value], ret: bool) -> Option<Value> {
        if let Some(pc) = self.cur_pc {
            let flags = self.trusted;
            let vm = self
                .b
                .ins()
                .load(types::I64, flags, self.ctx, ctx_offset::VM);
            let pc = self.iconst(pc as i64);
            self.b.ins().store(flags, pc, vm, vm_offset::CUR_PC);
        }
        let sig = helper_sig(self.call_conv, args.len(), ret);
        let sig = self.b.import_signature(sig);
        let callee = self.iconst(addr as i64);
        let call = self.b.ins().call_indirect(sig, callee, args);
        ret.then(|| self.b.inst_results(call)[0])
    }

    /// Writes frame state `s` out and returns `status` (in the current block).
    fn exit(&mut self, s: StateId, status: u64) {
        // The blocks that writing the state out needs (increfs of borrowed values) are as cold
        // as the exit itself: placed after the hot code, not between its instructions.
        let first_new = self.b.func.dfg.num_blocks();
        self.write_exit_state(s, status);
        self.cold_since(first_new);
    }

    /// Marks every block created since there were `first` blocks as cold: code that only a
    /// slow path or an exit reaches goes after the hot code.
    fn cold_since(&mut self, first: usize) {
        for i in first..self.b.func.dfg.num_blocks() {
            self.b.set_cold_block(Block::from_u32(i as u32));
        }
    }

    fn write_exit_state(&mut self, s: StateId, status: u64) {
        let state: &FrameState = self.func.state(s);
        let state = state.clone();
        for (slot, v) in &state.locals {
            let ty = self.func.ty(*v);
            self.write_value(self.slots, Self::slot_offset(*slot), ty, *v);
        }
        for (k, e) in state.stack.iter().enumerate() {
            let slot = self.func.stack_base + k as u32;
            match e {
                StackEntry::Value(v) => {
                    let ty = self.func.ty(*v);
                    self.write_value(self.slots, Self::slot_offset(slot), ty, *v);
                }
                StackEntry::RangeIter(n, st, r) => {
                    let (n, st, r) = (self.v(*n), self.v(*st), self.v(*r));
                    let out = self
                        .b
                        .ins()
                        .iadd_imm_s(self.slots, Self::slot_offset(slot) as i64);
                    self.call_helper(
                        helpers::pyjit_new_range_iter as *const () as usize,
                        &[n, st, r, out],
                        false,
                    );
                }
                StackEntry::Range(a, b2, c) => {
                    let (a, b2, c) = (self.v(*a), self.v(*b2), self.v(*c));
                    let out = self.stack_ptr(k as u32);
                    self.call_helper(
                        helpers::pyjit_new_range as *const () as usize,
                        &[a, b2, c, out],
                        false,
                    );
                }
                StackEntry::InSlot => {}
                StackEntry::Local(i) => {
                    let from = self.operand_ptr(Operand::Local(*i), 0);
                    let slots = self.slots;
                    self.copy_value(from, slots, Self::slot_offset(slot), true);
                }
                StackEntry::Const(i) => {
                    let from = self.operand_ptr(Operand::Const(*i), 0);
                    let slots = self.slots;
                    self.copy_value(from, slots, Self::slot_offset(slot), true);
                }
            }
        }
        let pc = self.iconst(state.pc as i64);
        let depth = self.iconst(state.stack.len() as i64);
        let flags = self.trusted;
        self.b.ins().store(flags, pc, self.ctx, ctx_offset::EXIT_PC);
        self.b
            .ins()
            .store(flags, depth, self.ctx, ctx_offset::EXIT_DEPTH);
        let status = self.iconst(status as i64);
        self.b.ins().return_(&[status]);
    }

    /// Leaves through frame state `s` when `cond` (an i8) is true; continues in a new block.
    fn exit_if(&mut self, cond: Value, s: StateId) {
        self.leave_if(cond, s, STATUS_GUARD);
    }

    /// Leaves with the exception a helper raised when `cond` is true.
    fn raise_if(&mut self, cond: Value, s: StateId) {
        self.leave_if(cond, s, STATUS_RAISE);
    }

    fn leave_if(&mut self, cond: Value, s: StateId, status: u64) {
        // Within an IR block, the exits through one frame state share their code: the values
        // the state names are defined before any instruction that leaves through it.
        let (cold, fill) = match self.exits.get(&(s, status)) {
            Some(&b) => (b, false),
            None => {
                let b = self.b.create_block();
                self.b.set_cold_block(b);
                self.exits.insert((s, status), b);
                (b, true)
            }
        };
        let cont = self.b.create_block();
        self.b.ins().brif(cond, cold, &[], cont, &[]);
        if fill {
            self.b.switch_to_block(cold);
            self.exit(s, status);
        }
        self.b.switch_to_block(cont);
    }

    /// Fills `block`, the current block, so that it leaves through frame state `s` with
    /// `status`: a jump to the exit code already made for them in this IR block, or that
    /// code itself.
    fn leave_from(&mut self, block: Block, s: StateId, status: u64) {
        match self.exits.get(&(s, status)) {
            Some(&cold) => {
                self.b.ins().jump(cold, &[]);
            }
            None => {
                self.b.set_cold_block(block);
                self.exits.insert((s, status), block);
                self.exit(s, status);
            }
        }
    }

    fn scratch_ptr(&mut self, offset: i32) -> Value {
        let ss = match self.scratch {
            Some(ss) => ss,
            None => {
                let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    SCRATCH_VALUES * VALUE_SIZE as u32,
                    4,
                ));
                self.scratch = Some(ss);
                ss
            }
        };
        self.b.ins().stack_addr(types::I64, ss, offset)
    }

    fn stack_ptr(&mut self, k: u32) -> Value {
        let off = Self::slot_offset(self.func.stack_base + k) as i64;
        self.b.ins().iadd_imm_s(self.slots, off)
    }

    /// A pointer to an operand's value; a register is written to scratch value `index`.
    fn operand_ptr(&mut self, op: Operand, index: i32) -> Value {
        match op {
            Operand::Reg(v) => {
                let p = self.scratch_ptr(index * VALUE_SIZE);
                let ty = self.func.ty(v);
                self.write_value(p, 0, ty, v);
                p
            }
            Operand::Local(i) => self
                .b
                .ins()
                .iadd_imm_s(self.slots, Self::slot_offset(i) as i64),
            Operand::Stack(k) => self.stack_ptr(k),
            Operand::Const(i) => {
                let addr = self.objects as i64 + i as i64 * VALUE_SIZE as i64;
                self.iconst(addr)
            }
        }
    }

    /// Adds a reference to the value at `p` if it is an object.
    fn incref_value_at(&mut self, tag_word: Value, payload: Value) {
        let is_obj = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag_word, tag::OBJ as i64);
        let inc = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(is_obj, inc, &[], cont, &[]);
        self.b.switch_to_block(inc);
        let flags = self.trusted;
        let rc = self
            .b
            .ins()
            .load(types::I32, flags, payload, REFCNT_OFFSET as i32);
        let rc = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(flags, rc, payload, REFCNT_OFFSET as i32);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Copies the value at `from` to `to + offset`, as a new reference if `incref`.
    fn copy_value(&mut self, from: Value, to: Value, offset: i32, incref: bool) {
        let flags = self.trusted;
        let t = self.b.ins().load(types::I64, flags, from, VALUE_TAG_OFFSET);
        let p = self
            .b
            .ins()
            .load(types::I64, flags, from, VALUE_PAYLOAD_OFFSET);
        self.b.ins().store(flags, t, to, offset + VALUE_TAG_OFFSET);
        self.b
            .ins()
            .store(flags, p, to, offset + VALUE_PAYLOAD_OFFSET);
        if incref {
            self.incref_value_at(t, p);
        }
    }

    /// The register value of type `ty` at `p`, leaving through `s` if its tag differs.
    fn unbox_at(&mut self, p: Value, ty: Type, s: StateId) -> Value {
        let flags = self.trusted;
        let t = self.b.ins().load(types::I64, flags, p, VALUE_TAG_OFFSET);
        let wrong = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, t, type_tag(ty) as i64);
        self.exit_if(wrong, s);
        self.payload_at(p, ty)
    }

    /// The payload of the value at `p`, whose tag is `ty`'s, as a register.
    fn payload_at(&mut self, p: Value, ty: Type) -> Value {
        match ty {
            Type::None => self.iconst(0),
            _ => self
                .b
                .ins()
                .load(clif_type(ty), self.trusted, p, VALUE_PAYLOAD_OFFSET),
        }
    }

    /// Ends the current block: on to the returned new block if the value at `p` has `ty`'s
    /// tag, else to `slow`.
    fn branch_on_tag(&mut self, p: Value, ty: Type, slow: Block) -> Block {
        let t = self
            .b
            .ins()
            .load(types::I64, self.trusted, p, VALUE_TAG_OFFSET);
        let right = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, t, type_tag(ty) as i64);
        let ok = self.b.create_block();
        self.b.ins().brif(right, ok, &[], slow, &[]);
        ok
    }

    /// `a op b` by the interpreter's arithmetic (`pyjit_num_op`), leaving through `s` if it
    /// raises or gives another type than `result_ty`.
    fn num_op_helper(
        &mut self,
        op: BinOp,
        a: ir::ValueId,
        b: ir::ValueId,
        result_ty: Type,
        s: StateId,
    ) -> Value {
        let ss =
            self.b
                .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 40, 4));
        let base = self.b.ins().stack_addr(types::I64, ss, 0);
        let (ta, tb) = (self.func.ty(a), self.func.ty(b));
        self.write_value(base, 0, ta, a);
        self.write_value(base, 16, tb, b);
        let op_index = BIN_OPS.iter().position(|o| *o == op).expect("known op");
        let op_v = self.iconst(op_index as i64);
        let pb = self.b.ins().iadd_imm_s(base, 16);
        let out = self.b.ins().iadd_imm_s(base, 32);
        let want = self.iconst(type_tag(result_ty) as i64);
        let ok = self
            .call_helper(
                helpers::pyjit_num_op as *const () as usize,
                &[self.ctx, op_v, base, pb, want, out],
                true,
            )
            .expect("returns");
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
        self.exit_if(failed, s);
        self.b
            .ins()
            .stack_load(types::I64, clif_type(result_ty), ss, 32)
    }

    /// An int or float IR value as an f64.
    fn float_of(&mut self, v: ir::ValueId) -> Value {
        let x = self.v(v);
        match self.func.ty(v) {
            Type::Float => x,
            _ => self.b.ins().fcvt_from_sint(types::F64, x),
        }
    }

    fn call_float_pow(&mut self, x: Value, y: Value, out: Value) -> Option<Value> {
        let mut sig = Signature::new(self.call_conv);
        sig.params.push(AbiParam::new(types::F64));
        sig.params.push(AbiParam::new(types::F64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I64));
        let sig = self.b.import_signature(sig);
        let callee = self.iconst(helpers::pyjit_float_pow as *const () as i64);
        let call = self.b.ins().call_indirect(sig, callee, &[x, y, out]);
        Some(self.b.inst_results(call)[0])
    }

    /// `x ** 0.5` as the runtime's `pow_half_by_sqrt` computes it: `sqrt(x)`, to `merge`, where
    /// that is certain to be libm's `pow(x, 0.5)`; otherwise continues in a new block (which
    /// calls `pow`).
    fn pow_half_by_sqrt(&mut self, x: Value, merge: Block) {
        use pyjit_runtime::ops::arith::{POW_HALF_MAX, POW_HALF_MIN, POW_HALF_RESIDUAL};
        let lo = self.b.ins().f64const(POW_HALF_MIN);
        let hi = self.b.ins().f64const(POW_HALF_MAX);
        let above = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
        let below = self.b.ins().fcmp(FloatCC::LessThanOrEqual, x, hi);
        let in_range = self.b.ins().band(above, below);
        let s = self.b.ins().sqrt(x);
        let minus_s = self.b.ins().fneg(s);
        let residual = self.b.ins().fma(minus_s, s, x);
        let residual = self.b.ins().fabs(residual);
        let bits = self.b.ins().bitcast(types::I64, self.plain, s);
        let exponent = self
            .b
            .ins()
            .band_imm_u(bits, 0x7FF0_0000_0000_0000u64 as i64);
        let scale = self.b.ins().bitcast(types::F64, self.plain, exponent);
        let epsilon = self.b.ins().f64const(f64::EPSILON * POW_HALF_RESIDUAL);
        let limit = self.b.ins().fmul(scale, epsilon);
        let limit = self.b.ins().fmul(limit, s);
        let close = self.b.ins().fcmp(FloatCC::LessThan, residual, limit);
        let mantissa = self.b.ins().ishl_imm_u(bits, 12);
        let not_power_of_two = self.b.ins().icmp_imm_u(IntCC::NotEqual, mantissa, 0);
        let ok = self.b.ins().band(in_range, close);
        let ok = self.b.ins().band(ok, not_power_of_two);
        let slow = self.b.create_block();
        self.b
            .ins()
            .brif(ok, merge, &[BlockArg::Value(s)], slow, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
    }

    /// Continues in a new block if `cond`, else goes to `slow`.
    fn continue_if(&mut self, slow: Block, cond: Value) {
        let ok = self.b.create_block();
        self.b.ins().brif(cond, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
    }

    /// The fast path of a generic `a op b` (`+`, `-`, `*`) whose operands, at `pa` and `pb`,
    /// turn out to be an int and an int (no overflow) or ints and floats: computed here as
    /// CPython does (an int operand converted to float), the result written as the helper's;
    /// then `merge`. Continues in `slow` (the helper) for anything else. Sites whose profile
    /// saw more than one numeric type compile to this.
    fn number_fast_path(&mut self, op: BinOp, pa: Value, pb: Value, merge: Block, slow: Block) {
        let f = self.trusted;
        let ta = self.b.ins().load(types::I64, f, pa, VALUE_TAG_OFFSET);
        let tb = self.b.ins().load(types::I64, f, pb, VALUE_TAG_OFFSET);
        let xa = self.b.ins().load(types::I64, f, pa, VALUE_PAYLOAD_OFFSET);
        let xb = self.b.ins().load(types::I64, f, pb, VALUE_PAYLOAD_OFFSET);
        let outp = self.scratch_ptr(SCRATCH_OUT);
        let a_int = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::INT as i64);
        let b_int = self.b.ins().icmp_imm_s(IntCC::Equal, tb, tag::INT as i64);
        let both_int = self.b.ins().band(a_int, b_int);
        let ints = self.b.create_block();
        let mixed = self.b.create_block();
        self.b.ins().brif(both_int, ints, &[], mixed, &[]);

        self.b.switch_to_block(ints);
        let (r, of) = match op {
            BinOp::Add => self.b.ins().sadd_overflow(xa, xb),
            BinOp::Sub => self.b.ins().ssub_overflow(xa, xb),
            _ => self.b.ins().smul_overflow(xa, xb),
        };
        let fits = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
        self.continue_if(slow, fits);
        let t = self.iconst(tag::INT as i64);
        self.b.ins().store(f, t, outp, VALUE_TAG_OFFSET);
        self.b.ins().store(f, r, outp, VALUE_PAYLOAD_OFFSET);
        self.b.ins().jump(merge, &[]);

        self.b.switch_to_block(mixed);
        let a_float = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::FLOAT as i64);
        let b_float = self.b.ins().icmp_imm_s(IntCC::Equal, tb, tag::FLOAT as i64);
        let a_num = self.b.ins().bor(a_int, a_float);
        let b_num = self.b.ins().bor(b_int, b_float);
        let both_num = self.b.ins().band(a_num, b_num);
        self.continue_if(slow, both_num);
        let as_float = |l: &mut Self, is_float: Value, x: Value| {
            let bits = l.b.ins().bitcast(types::F64, l.plain, x);
            let conv = l.b.ins().fcvt_from_sint(types::F64, x);
            l.b.ins().select(is_float, bits, conv)
        };
        let fa = as_float(self, a_float, xa);
        let fb = as_float(self, b_float, xb);
        let r = match op {
            BinOp::Add => self.b.ins().fadd(fa, fb),
            BinOp::Sub => self.b.ins().fsub(fa, fb),
            _ => self.b.ins().fmul(fa, fb),
        };
        let bits = self.b.ins().bitcast(types::I64, self.plain, r);
        let t = self.iconst(tag::FLOAT as i64);
        self.b.ins().store(f, t, outp, VALUE_TAG_OFFSET);
        self.b.ins().store(f, bits, outp, VALUE_PAYLOAD_OFFSET);
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(slow);
    }

    /// The fast path of a generic comparison whose operands turn out to be ints (values
    /// the IR could not type, such as items of a tuple): the bool is the helper's result;
    /// then `merge`. Continues in `slow` for anything else.
    fn int_compare_fast_path(
        &mut self,
        op: CmpOp,
        pa: Value,
        pb: Value,
        merge: Block,
        slow: Block,
    ) {
        let f = self.trusted;
        let ta = self.b.ins().load(types::I64, f, pa, VALUE_TAG_OFFSET);
        let tb = self.b.ins().load(types::I64, f, pb, VALUE_TAG_OFFSET);
        let a_int = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::INT as i64);
        let b_int = self.b.ins().icmp_imm_s(IntCC::Equal, tb, tag::INT as i64);
        let both_int = self.b.ins().band(a_int, b_int);
        self.continue_if(slow, both_int);
        let xa = self.b.ins().load(types::I64, f, pa, VALUE_PAYLOAD_OFFSET);
        let xb = self.b.ins().load(types::I64, f, pb, VALUE_PAYLOAD_OFFSET);
        let r = self.b.ins().icmp(int_cc(op), xa, xb);
        let r = self.b.ins().uextend(types::I64, r);
        let outp = self.scratch_ptr(SCRATCH_OUT);
        let t = self.iconst(tag::BOOL as i64);
        self.b.ins().store(f, t, outp, VALUE_TAG_OFFSET);
        self.b.ins().store(f, r, outp, VALUE_PAYLOAD_OFFSET);
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(slow);
    }

    /// The fast path of `item in list` (`not in` if `negate`) for an int `item` and the value
    /// at `p`: if it is an exact list, its items are scanned in place while they are ints,
    /// and the answer is the helper's result; then `merge`. Continues in `slow` (the helper)
    /// for anything else, or at the first item that is not an int (whose equality the
    /// runtime decides).
    fn int_in_list(
        &mut self,
        item: Value,
        p: Value,
        negate: bool,
        layout: ListLayout,
        merge: Block,
        slow: Block,
    ) {
        let f = self.trusted;
        let (len, items) = self.list_parts(p, layout, slow);
        let head = self.b.create_block();
        let i = self.b.append_block_param(head, types::I64);
        let body = self.b.create_block();
        let compare = self.b.create_block();
        let answer = self.b.create_block();
        let found = self.b.append_block_param(answer, types::I64);
        let zero = self.iconst(0);
        self.b.ins().jump(head, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(head);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let no = self.iconst(0);
        self.b
            .ins()
            .brif(more, body, &[], answer, &[BlockArg::Value(no)]);
        self.b.switch_to_block(body);
        let offset = self.b.ins().imul_imm_s(i, VALUE_SIZE as i64);
        let at = self.b.ins().iadd(items, offset);
        let t = self.b.ins().load(types::I64, f, at, VALUE_TAG_OFFSET);
        let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::INT as i64);
        self.b.ins().brif(is_int, compare, &[], slow, &[]);
        self.b.switch_to_block(compare);
        let x = self.b.ins().load(types::I64, f, at, VALUE_PAYLOAD_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, x, item);
        let yes = self.iconst(1);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().brif(
            same,
            answer,
            &[BlockArg::Value(yes)],
            head,
            &[BlockArg::Value(next)],
        );
        self.b.switch_to_block(answer);
        let r = if negate {
            self.b.ins().bxor_imm_u(found, 1)
        } else {
            found
        };
        let outp = self.scratch_ptr(SCRATCH_OUT);
        let bool_tag = self.iconst(tag::BOOL as i64);
        self.b.ins().store(f, bool_tag, outp, VALUE_TAG_OFFSET);
        self.b.ins().store(f, r, outp, VALUE_PAYLOAD_OFFSET);
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(slow);
    }

    /// The fast path of a load: the value at `item` (a new reference) is the helper's result;
    /// then `merge`. Continues in `slow`.
    fn load_in_place(&mut self, item: Value, merge: Block, slow: Block) {
        let outp = self.scratch_ptr(SCRATCH_OUT);
        self.copy_value(item, outp, 0, true);
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(slow);
    }

    /// The fast path of a store of `value` (also at `value_ptr`) at `item`; then `merge`.
    /// Continues in `slow`. A register value (an int, float, bool or None) is stored only
    /// over an inline value, so that the path calls nothing (go was 2-5% slower when it
    /// could call the runtime to release an old object); any other value is stored with a
    /// reference, and the old one released after (which may run a `__del__`), as CPython's
    /// stores do.
    fn store_in_place(
        &mut self,
        item: Value,
        value: Operand,
        value_ptr: Option<Value>,
        merge: Block,
        slow: Block,
    ) {
        let f = self.trusted;
        let old_tag = self.b.ins().load(types::I64, f, item, VALUE_TAG_OFFSET);
        if let Operand::Reg(v) = value {
            let inline = self
                .b
                .ins()
                .icmp_imm_s(IntCC::NotEqual, old_tag, tag::OBJ as i64);
            self.continue_if(slow, inline);
            let ty = self.func.ty(v);
            self.write_value(item, 0, ty, v);
        } else {
            let old = self.b.ins().load(types::I64, f, item, VALUE_PAYLOAD_OFFSET);
            let value_ptr = value_ptr.expect("only register operands are written late");
            self.copy_value(value_ptr, item, 0, true);
            self.release_words(old_tag, old);
        }
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(slow);
    }

    /// The pointer to operand `i` of a helper, writing it to scratch now if that was left
    /// for later (see the lowering of `InstKind::Helper`).
    fn early_ptr(&mut self, early: &mut [Option<Value>], args: &[Operand], i: usize) -> Value {
        match early[i] {
            Some(p) => p,
            None => {
                let p = self.operand_ptr(args[i], i as i32);
                early[i] = Some(p);
                p
            }
        }
    }

    fn is_int(&self, op: &Operand) -> bool {
        matches!(op, Operand::Reg(v) if self.func.ty(*v) == Type::Int)
    }

    fn int_of(&self, op: &Operand) -> Value {
        match op {
            Operand::Reg(v) => self.v(*v),
            _ => unreachable!("checked by is_int"),
        }
    }

    /// The object that the value at `p` is, continuing in a new block; branches to `slow`
    /// unless it is an object of class `class` (by address).
    fn object_of_class(&mut self, p: Value, class: usize, slow: Block) -> Value {
        let f = self.trusted;
        let t = self.b.ins().load(types::I64, f, p, VALUE_TAG_OFFSET);
        let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::OBJ as i64);
        self.continue_if(slow, is_obj);
        let obj = self.b.ins().load(types::I64, f, p, VALUE_PAYLOAD_OFFSET);
        let got = self.b.ins().load(types::I64, f, obj, CLASS_OFFSET as i32);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, got, class as i64);
        self.continue_if(slow, same);
        obj
    }

    /// Branches to `slow` if the `RefCell` whose borrow flag is at `borrow` in `obj` is
    /// borrowed; continues in a new block.
    fn continue_if_free(&mut self, obj: Value, borrow: i32, slow: Block) {
        let flag = self.b.ins().load(types::I64, self.trusted, obj, borrow);
        let free = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
        self.continue_if(slow, free);
    }

    /// Unpacks the tuple or list that the value at `p` is into value-stack slots `out..out+n`
    /// (last item first, as the interpreter's stack takes them) and jumps to `done`; branches
    /// to `slow` unless it is an exact tuple, or an exact list not being mutated, of exactly
    /// `n` items. An `owned` sequence (whose slot may be `out`) is released once its items
    /// have their own references.
    fn unpack_in_place(
        &mut self,
        p: Value,
        owned: bool,
        n: u32,
        out: u32,
        slow: Block,
        done: Block,
    ) {
        let f = self.trusted;
        let dest = self.stack_ptr(out);
        let unpack_from = |l: &mut Self, obj: Value, items_at: i32, len_at: i32| {
            let len = l.b.ins().load(types::I64, f, obj, len_at);
            let fits = l.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
            l.continue_if(slow, fits);
            let items = l.b.ins().load(types::I64, f, obj, items_at);
            for i in 0..n {
                let from = (n - 1 - i) as i32 * VALUE_SIZE;
                let src = l.b.ins().iadd_imm_s(items, from as i64);
                l.copy_value(src, dest, i as i32 * VALUE_SIZE, true);
            }
            if owned {
                let t = l.iconst(tag::OBJ as i64);
                l.release_words(t, obj);
            }
            l.b.ins().jump(done, &[]);
        };
        let (tuple, list) = (self.tuple, self.list);
        let not_tuple = self.b.create_block();
        match tuple {
            Some(layout) => {
                let obj = self.object_of_class(p, layout.class, not_tuple);
                unpack_from(self, obj, layout.items, layout.len);
            }
            None => {
                self.b.ins().jump(not_tuple, &[]);
            }
        }
        self.b.switch_to_block(not_tuple);
        match list {
            Some(layout) => {
                let obj = self.object_of_class(p, layout.class, slow);
                self.continue_if_free(obj, layout.borrow, slow);
                unpack_from(self, obj, layout.items, layout.len);
            }
            None => {
                self.b.ins().jump(slow, &[]);
            }
        }
    }

    /// The address of item `index` of the list that the value at `p` is, continuing in a new
    /// block; branches to `slow` if it is not an exact list, is borrowed, or the index is out
    /// of range (negative indexes count from the end, as Python's).
    fn list_item(&mut self, p: Value, index: Value, layout: ListLayout, slow: Block) -> Value {
        let (len, items) = self.list_parts(p, layout, slow);
        self.item_address(len, items, index, slow)
    }

    /// The length and items of the exact list that the value at `p` is, continuing in a new
    /// block; branches to `slow` unless it is one and is not being written.
    fn list_parts(&mut self, p: Value, layout: ListLayout, slow: Block) -> (Value, Value) {
        let f = self.trusted;
        let obj = self.object_of_class(p, layout.class, slow);
        self.continue_if_free(obj, layout.borrow, slow);
        let len = self.b.ins().load(types::I64, f, obj, layout.len);
        let items = self.b.ins().load(types::I64, f, obj, layout.items);
        (len, items)
    }

    /// Like `list_item` for `list.load` and `list.store`, whose lists held in locals are
    /// checked once per IR block (see `checked_lists`).
    fn checked_list_item(
        &mut self,
        list: Operand,
        index: Value,
        layout: ListLayout,
        slow: Block,
    ) -> Value {
        let known = match list {
            Operand::Local(i) => self.checked_lists.get(&i).copied(),
            _ => None,
        };
        let (len, items) = match known {
            Some(parts) => parts,
            None => {
                let p = self.operand_ptr(list, 0);
                let parts = self.list_parts(p, layout, slow);
                if let Operand::Local(i) = list {
                    self.checked_lists.insert(i, parts);
                }
                parts
            }
        };
        self.item_address(len, items, index, slow)
    }

    /// The address of item `index` (negative counts from the end) of `len` items at `items`,
    /// continuing in a new block; branches to `slow` if it is out of range.
    fn item_address(&mut self, len: Value, items: Value, index: Value, slow: Block) -> Value {
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, index, 0);
        let wrapped = self.b.ins().iadd(index, len);
        let i = self.b.ins().select(neg, wrapped, index);
        let in_range = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.continue_if(slow, in_range);
        let offset = self.b.ins().imul_imm_s(i, VALUE_SIZE as i64);
        self.b.ins().iadd(items, offset)
    }

    /// The address of the attribute slot `g` names in the instance that the value at `p` is,
    /// continuing in a new block; branches to `slow` unless the object has the class, shape
    /// and type epoch the cache saw, no `__dict__`, and is not borrowed.
    fn instance_slot(
        &mut self,
        p: Value,
        g: crate::ir::SlotGuess,
        layout: InstanceLayout,
        slow: Block,
    ) -> Value {
        let (obj, class, shape) = self.instance_receiver(p, g.epoch, layout, slow);
        // One test per class and shape the cache saw, each finding its slot.
        let found = self.b.create_block();
        let slot = self.b.append_block_param(found, types::I64);
        for (class_addr, shape_addr, index) in g.slots() {
            let to = (found, &[index as i64][..]);
            self.branch_if_receiver(class, shape, class_addr, shape_addr, layout, to);
        }
        self.b.ins().jump(slow, &[]);
        self.b.switch_to_block(found);
        self.attribute_address(obj, slot, layout, slow)
    }

    /// The object that the value at `p` is, its class and its shape pointer, continuing in
    /// a new block; branches to `slow` unless it is an object and the type epoch is `epoch`.
    fn instance_receiver(
        &mut self,
        p: Value,
        epoch: u64,
        layout: InstanceLayout,
        slow: Block,
    ) -> (Value, Value, Value) {
        let f = self.trusted;
        let t = self.b.ins().load(types::I64, f, p, VALUE_TAG_OFFSET);
        let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::OBJ as i64);
        self.continue_if(slow, is_obj);
        let obj = self.b.ins().load(types::I64, f, p, VALUE_PAYLOAD_OFFSET);
        let class = self.b.ins().load(types::I64, f, obj, CLASS_OFFSET as i32);
        let epoch_addr = self.iconst(layout.epoch as i64);
        let now = self.b.ins().load(types::I64, f, epoch_addr, 0);
        let same_epoch = self.b.ins().icmp_imm_s(IntCC::Equal, now, epoch as i64);
        self.continue_if(slow, same_epoch);
        let shape = self.b.ins().load(types::I64, f, obj, layout.shape);
        (obj, class, shape)
    }

    /// Branches to block `to.0`, with the constants `to.1` as its arguments, if `class` and
    /// `shape` are the class and shape (by the addresses the caches record) of a receiver
    /// the cache saw; continues in a new block otherwise.
    fn branch_if_receiver(
        &mut self,
        class: Value,
        shape: Value,
        class_addr: usize,
        shape_addr: usize,
        layout: InstanceLayout,
        to: (Block, &[i64]),
    ) {
        let same_class = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, class, class_addr as i64);
        let want = shape_addr as i64 - layout.shape_delta;
        let same_shape = self.b.ins().icmp_imm_s(IntCC::Equal, shape, want);
        let both = self.b.ins().band(same_class, same_shape);
        let args: Vec<BlockArg> =
            to.1.iter()
                .map(|a| BlockArg::Value(self.iconst(*a)))
                .collect();
        let next = self.b.create_block();
        self.b.ins().brif(both, to.0, &args, next, &[]);
        self.b.switch_to_block(next);
    }

    /// Continues in a new block if the instance `obj` is not borrowed and has no `__dict__`
    /// (its values are its attributes); else branches to `slow`.
    fn continue_if_plain(&mut self, obj: Value, layout: InstanceLayout, slow: Block) {
        let f = self.trusted;
        let flag = self.b.ins().load(types::I64, f, obj, layout.borrow);
        let dict = self.b.ins().load(types::I64, f, obj, layout.dict);
        let either = self.b.ins().bor(flag, dict);
        let plain = self.b.ins().icmp_imm_s(IntCC::Equal, either, 0);
        self.continue_if(slow, plain);
    }

    /// The address of value `slot` of the instance `obj`, continuing in a new block if it is
    /// plain (`continue_if_plain`) and has that many values; else branches to `slow`.
    fn attribute_address(
        &mut self,
        obj: Value,
        slot: Value,
        layout: InstanceLayout,
        slow: Block,
    ) -> Value {
        let f = self.trusted;
        self.continue_if_plain(obj, layout, slow);
        let len = self.b.ins().load(types::I64, f, obj, layout.len);
        let fits = self.b.ins().icmp(IntCC::UnsignedGreaterThan, len, slot);
        self.continue_if(slow, fits);
        let values = self.b.ins().load(types::I64, f, obj, layout.values);
        let offset = self.b.ins().imul_imm_s(slot, VALUE_SIZE as i64);
        self.b.ins().iadd(values, offset)
    }

    /// `obj.name = value` in place, for the instance that the value at `p` is, when it has a
    /// class, shape and type epoch the cache saw, no `__dict__`, and is not borrowed: into
    /// the slot `g` names for that shape, or, where the cache saw the store add the
    /// attribute, appended to the values (only while they have room), moving the object to
    /// the next shape. Then `merge`; anything else continues in `slow`, where the caller
    /// calls the helper.
    #[allow(clippy::too_many_arguments)]
    fn instance_store(
        &mut self,
        p: Value,
        value: Operand,
        value_ptr: Option<Value>,
        g: crate::ir::SlotGuess,
        layout: InstanceLayout,
        merge: Block,
        slow: Block,
    ) {
        let f = self.trusted;
        let (obj, class, shape) = self.instance_receiver(p, g.epoch, layout, slow);
        let found = g.slots().next().is_some().then(|| {
            let block = self.b.create_block();
            self.b.append_block_param(block, types::I64);
            block
        });
        if let Some(found) = found {
            for (class_addr, shape_addr, index) in g.slots() {
                let to = (found, &[index as i64][..]);
                self.branch_if_receiver(class, shape, class_addr, shape_addr, layout, to);
            }
        }
        let added = g.adds().next().is_some().then(|| {
            let block = self.b.create_block();
            self.b.append_block_param(block, types::I64);
            self.b.append_block_param(block, types::I64);
            block
        });
        if let Some(added) = added {
            for (class_addr, shape_addr, index, next_addr) in g.adds() {
                let next_word = next_addr as i64 - layout.shape_delta;
                let to = (added, &[index as i64, next_word][..]);
                self.branch_if_receiver(class, shape, class_addr, shape_addr, layout, to);
            }
        }
        self.b.ins().jump(slow, &[]);

        if let Some(found) = found {
            let slot = self.b.block_params(found)[0];
            self.b.switch_to_block(found);
            let item = self.attribute_address(obj, slot, layout, slow);
            self.store_in_place(item, value, value_ptr, merge, slow);
        }

        let Some(added) = added else {
            self.b.switch_to_block(slow);
            return;
        };
        let (new_slot, next_shape) = {
            let params = self.b.block_params(added);
            (params[0], params[1])
        };
        self.b.switch_to_block(added);
        self.continue_if_plain(obj, layout, slow);
        // The shape has `new_slot` attributes, so the values must number as many, and have
        // room for one more.
        let len = self.b.ins().load(types::I64, f, obj, layout.len);
        let at_end = self.b.ins().icmp(IntCC::Equal, len, new_slot);
        self.continue_if(slow, at_end);
        let cap = self.b.ins().load(types::I64, f, obj, layout.cap);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        self.continue_if(slow, room);
        let values = self.b.ins().load(types::I64, f, obj, layout.values);
        let offset = self.b.ins().imul_imm_s(len, VALUE_SIZE as i64);
        let item = self.b.ins().iadd(values, offset);
        self.store_operand(item, value, value_ptr);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(f, len1, obj, layout.len);
        // The object's reference moves from the old shape to the next one; the shape tree
        // holds both too, so neither count reaches zero here.
        let strong = layout.shape_strong;
        let n = self.b.ins().load(types::I64, f, next_shape, strong);
        let n1 = self.b.ins().iadd_imm_s(n, 1);
        self.b.ins().store(f, n1, next_shape, strong);
        self.b.ins().store(f, next_shape, obj, layout.shape);
        let o = self.b.ins().load(types::I64, f, shape, strong);
        let o1 = self.b.ins().iadd_imm_s(o, -1);
        self.b.ins().store(f, o1, shape, strong);
        self.b.ins().jump(merge, &[]);

        self.b.switch_to_block(slow);
    }

    /// Writes `value` (whose value is also at `value_ptr`) to the slot at `item`, with a new
    /// reference if it is an object.
    fn store_operand(&mut self, item: Value, value: Operand, value_ptr: Option<Value>) {
        match value {
            Operand::Reg(v) => {
                let ty = self.func.ty(v);
                self.write_value(item, 0, ty, v);
            }
            _ => {
                let value_ptr = value_ptr.expect("only register operands are written late");
                self.copy_value(value_ptr, item, 0, true)
            }
        }
    }

    fn drop_stack(&mut self, k: u32) {
        let p = self.stack_ptr(k);
        let f = self.trusted;
        let t = self.b.ins().load(types::I64, f, p, VALUE_TAG_OFFSET);
        let v = self.b.ins().load(types::I64, f, p, VALUE_PAYLOAD_OFFSET);
        self.release_words(t, v);
    }

    /// Releases a value compiled code owned, given as its two words: an object's count is
    /// decremented in place, and only the last reference calls the runtime to free it.
    fn release_words(&mut self, t: Value, p: Value) {
        let f = self.trusted;
        let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::OBJ as i64);
        let dec = self.b.create_block();
        let last = self.b.create_block();
        let store = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_obj, dec, &[], done, &[]);
        self.b.switch_to_block(dec);
        let rc = self.b.ins().load(types::I32, f, p, REFCNT_OFFSET as i32);
        let is_last = self.b.ins().icmp_imm_s(IntCC::Equal, rc, 1);
        self.b.ins().brif(is_last, last, &[], store, &[]);
        self.b.switch_to_block(store);
        let rc1 = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(f, rc1, p, REFCNT_OFFSET as i32);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(last);
        let ctx = self.ctx;
        self.call_helper(
            helpers::pyjit_drop_words as *const () as usize,
            &[ctx, t, p],
            false,
        );
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Calls `addr` and raises through `s` if it returned non-zero.
    fn call_checked(&mut self, addr: usize, args: &[Value], s: StateId) {
        let status = self.call_helper(addr, args, true).expect("returns");
        let failed = self.b.ins().icmp_imm_s(IntCC::NotEqual, status, 0);
        self.raise_if(failed, s);
    }

    /// The stack slots for a direct call's callee: its context, and its fast locals and
    /// value stack (sized for the largest callee of this code).
    fn callee_frame(
        &mut self,
    ) -> (
        cranelift_codegen::ir::StackSlot,
        cranelift_codegen::ir::StackSlot,
    ) {
        if let Some(f) = self.callee_frame {
            return f;
        }
        let own = self.func.stack_base + self.func.max_stack_slots() as u32;
        let values = self
            .func
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .flat_map(|i| match &i.kind {
                InstKind::CallDirect { target, .. } => vec![&**target],
                InstKind::CallPoly { cases, .. } => cases.iter().map(|(_, t)| &**t).collect(),
                _ => Vec::new(),
            })
            .map(|target| match target.stack_slots {
                Some(k) => target.nlocals + k,
                None => own,
            })
            .max()
            .unwrap_or(0)
            .max(1);
        let ctx = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            ctx_offset::SIZE,
            3,
        ));
        let slots = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            values * VALUE_SIZE as u32,
            4,
        ));
        self.callee_frame = Some((ctx, slots));
        (ctx, slots)
    }

    /// Pushes the frame of direct call `t`'s callee on `Vm::frame_stack` (its caller at
    /// `call_pc`), through the runtime only when the stack must grow.
    fn push_frame(&mut self, vm: Value, t: &DirectCall, call_pc: usize) {
        let f = self.trusted;
        let at = |o: i32| vm_offset::FRAME_STACK + o;
        let len = self
            .b
            .ins()
            .load(types::I64, f, vm, at(frame_stack::LEN_OFFSET));
        let cap = self
            .b
            .ins()
            .load(types::I64, f, vm, at(frame_stack::CAP_OFFSET));
        let full = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, len, cap);
        let grow = self.b.create_block();
        let fast = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(grow);
        self.b.ins().brif(full, grow, &[], fast, &[]);
        self.b.switch_to_block(grow);
        let func_ptr = self.operand_ptr(Operand::Const(t.callee), 0);
        let pc = self.iconst(call_pc as i64);
        let ctx = self.ctx;
        self.call_helper(
            helpers::pyjit_push_frame as *const () as usize,
            &[ctx, func_ptr, pc],
            false,
        );
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(fast);
        let base = self
            .b
            .ins()
            .load(types::I64, f, vm, at(frame_stack::BASE_OFFSET));
        let offset = self.b.ins().imul_imm_s(len, frame_stack::ENTRY_SIZE as i64);
        let entry = self.b.ins().iadd(base, offset);
        let code = self.iconst(t.code_handle as i64);
        let globals = self.iconst(t.globals_handle as i64);
        let pc = self.iconst(call_pc as i64);
        self.b.ins().store(f, code, entry, frame_stack::CODE_OFFSET);
        self.b
            .ins()
            .store(f, globals, entry, frame_stack::GLOBALS_OFFSET);
        self.b
            .ins()
            .store(f, pc, entry, frame_stack::CALLER_PC_OFFSET);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(f, len1, vm, at(frame_stack::LEN_OFFSET));
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// The runtime's call of the callable in slot `first` (a method, `self` after it, if
    /// `method`) on the `nargs` arguments after it; the result in slot `first`.
    fn ordinary_call(&mut self, first: u32, nargs: u32, method: bool, state: StateId) {
        let p = self.stack_ptr(first);
        let n = self.iconst(nargs as i64);
        let m = self.iconst(method as i64);
        let ctx = self.ctx;
        self.call_checked(
            helpers::pyjit_call as *const () as usize,
            &[ctx, p, n, m],
            state,
        );
    }

    /// A direct call (see [`DirectCall`]): checks, then the callee's machine code on a context
    /// and slots in this stack frame; the ordinary call when a check fails; the interpreter
    /// finishing the callee when it leaves its compiled code. The result ends in slot `first`.
    fn call_direct(&mut self, first: u32, nargs: u32, t: &DirectCall, state: StateId) {
        let f = self.trusted;
        let call_pc = self.func.state(state).pc;
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let bail_if = |l: &mut Self, cond: Value| {
            let next = l.b.create_block();
            l.b.ins().brif(cond, slow, &[], next, &[]);
            l.b.switch_to_block(next);
        };
        // The callee's machine code, while its entry is in use (0 once it is retired).
        let cell = self.iconst(t.entry.unwrap_or(self.func.self_address) as i64);
        let target = self.b.ins().load(types::I64, f, cell, 0);
        let retired = self.b.ins().icmp_imm_s(IntCC::Equal, target, 0);
        bail_if(self, retired);
        for (i, check) in t.checks.iter().enumerate() {
            if let Some(tag) = check {
                let p = self.stack_ptr(first + 1 + i as u32);
                let got = self.b.ins().load(types::I64, f, p, VALUE_TAG_OFFSET);
                let wrong = self.b.ins().icmp_imm_s(IntCC::NotEqual, got, *tag as i64);
                bail_if(self, wrong);
            }
        }
        // Ctrl-C and finalisers are handled where the ordinary call handles them.
        let flag = self.iconst(&pyjit_runtime::interp::interrupt::INTERRUPTED as *const _ as i64);
        let interrupted = self.b.ins().atomic_load(types::I8, f, flag);
        bail_if(self, interrupted);
        let pending = self.iconst(pyjit_runtime::interp::finalize::pending_flag_address() as i64);
        let pending = self.b.ins().load(types::I8, f, pending, 0);
        bail_if(self, pending);
        // The recursion limit, in calls and in native stack.
        let vm = self.b.ins().load(types::I64, f, self.ctx, ctx_offset::VM);
        let depth = self.b.ins().load(types::I32, f, vm, vm_offset::DEPTH);
        let limit = self
            .b
            .ins()
            .load(types::I32, f, vm, vm_offset::RECURSION_LIMIT);
        let too_deep = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, depth, limit);
        bail_if(self, too_deep);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let stack_limit = self.b.ins().load(types::I64, f, vm, vm_offset::STACK_LIMIT);
        let no_stack = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, stack_limit);
        bail_if(self, no_stack);
        // The globals the callee took as constants still hold (one compare unless a dict
        // changed since they were last found to).
        let signature = match t.signature {
            Some(a) => self.iconst(a as i64),
            None => self
                .b
                .ins()
                .load(types::I64, f, self.ctx, ctx_offset::SIGNATURE),
        };
        let counter =
            self.iconst(&pyjit_runtime::table::dict_table::DICT_MUTATIONS as *const _ as i64);
        let now = self.b.ins().load(types::I64, f, counter, 0);
        let seen = self
            .b
            .ins()
            .load(types::I64, f, signature, SIGNATURE_CHECKED_AT_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, now, seen);
        let recheck = self.b.create_block();
        let enter = self.b.create_block();
        self.b.set_cold_block(recheck);
        self.b.ins().brif(same, enter, &[], recheck, &[]);
        self.b.switch_to_block(recheck);
        let ctx = self.ctx;
        let holds = self
            .call_helper(
                helpers::pyjit_signature_holds as *const () as usize,
                &[ctx, signature],
                true,
            )
            .expect("returns");
        let changed = self.b.ins().icmp_imm_s(IntCC::Equal, holds, 0);
        self.b.ins().brif(changed, slow, &[], enter, &[]);
        self.b.switch_to_block(enter);

        // Enter: count the call, build the callee's slots and context, call its code.
        let (ctx_ss, slots_ss) = self.callee_frame();
        let depth1 = self.b.ins().iadd_imm_s(depth, 1);
        self.b.ins().store(f, depth1, vm, vm_offset::DEPTH);
        let code = match t.entry {
            Some(_) => self.iconst(t.code as i64),
            None => self.b.ins().load(types::I64, f, self.ctx, ctx_offset::CODE),
        };
        let calls = self
            .b
            .ins()
            .load(types::I64, f, code, CODE_CALL_COUNT_OFFSET);
        let calls = self.b.ins().iadd_imm_s(calls, 1);
        self.b.ins().store(f, calls, code, CODE_CALL_COUNT_OFFSET);
        let entered = match t.entry {
            Some(_) => t.entered,
            None => self.func.self_entered,
        };
        if entered != 0 {
            let counter = self.iconst(entered as i64);
            let n = self.b.ins().load(types::I64, f, counter, 0);
            let n = self.b.ins().iadd_imm_s(n, 1);
            self.b.ins().store(f, n, counter, 0);
        }
        let slots = self.b.ins().stack_addr(types::I64, slots_ss, 0);
        for i in 0..nargs {
            let from = self.stack_ptr(first + 1 + i);
            self.copy_value(from, slots, Self::slot_offset(i), false);
        }
        let null = self.iconst(tag::NULL as i64);
        for i in nargs..t.nlocals {
            self.b
                .ins()
                .store(f, null, slots, Self::slot_offset(i) + VALUE_TAG_OFFSET);
        }
        let callee_ctx = self.b.ins().stack_addr(types::I64, ctx_ss, 0);
        let globals = self
            .b
            .ins()
            .load(types::I64, f, self.ctx, ctx_offset::GLOBALS);
        let builtins = self.b.ins().iadd_imm_s(vm, vm_offset::BUILTINS_DICT as i64);
        let can_call = self.b.ins().icmp(IntCC::UnsignedLessThan, depth1, limit);
        let can_call = self.b.ins().uextend(types::I64, can_call);
        let zero = self.iconst(0);
        for (offset, v) in [
            (ctx_offset::SLOTS, slots),
            (ctx_offset::RET + VALUE_TAG_OFFSET, null),
            (ctx_offset::VM, vm),
            (ctx_offset::CODE, code),
            (ctx_offset::GLOBALS, globals),
            (ctx_offset::BUILTINS, builtins),
            (ctx_offset::ERROR, zero),
            (ctx_offset::SIGNATURE, signature),
            (ctx_offset::GLOBALS_CHECKED_AT, now),
            (ctx_offset::CAN_CALL, can_call),
        ] {
            self.b.ins().store(f, v, callee_ctx, offset);
        }
        self.push_frame(vm, t, call_pc);
        let sig = self.b.import_signature(entry_signature(self.call_conv));
        let call = self.b.ins().call_indirect(sig, target, &[callee_ctx]);
        let status = self.b.inst_results(call)[0];
        let returned = self.b.create_block();
        let left = self.b.create_block();
        self.b.set_cold_block(left);
        let is_return = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, status, STATUS_RETURN as i64);
        self.b.ins().brif(is_return, returned, &[], left, &[]);

        // Returned: the result moves to `first`; the callee's locals are released.
        self.b.switch_to_block(returned);
        self.b.ins().store(f, depth, vm, vm_offset::DEPTH);
        // The callee's frame leaves the frame stack; this code is at the call again.
        let len = self.b.ins().load(
            types::I64,
            f,
            vm,
            vm_offset::FRAME_STACK + frame_stack::LEN_OFFSET,
        );
        let len = self.b.ins().iadd_imm_s(len, -1);
        self.b
            .ins()
            .store(f, len, vm, vm_offset::FRAME_STACK + frame_stack::LEN_OFFSET);
        let pc = self.iconst(call_pc as i64);
        self.b.ins().store(f, pc, vm, vm_offset::CUR_PC);
        let out = self.stack_ptr(first);
        let t_ret = self.b.ins().load(
            types::I64,
            f,
            callee_ctx,
            ctx_offset::RET + VALUE_TAG_OFFSET,
        );
        let p_ret = self.b.ins().load(
            types::I64,
            f,
            callee_ctx,
            ctx_offset::RET + VALUE_PAYLOAD_OFFSET,
        );
        self.b.ins().store(f, t_ret, out, VALUE_TAG_OFFSET);
        self.b.ins().store(f, p_ret, out, VALUE_PAYLOAD_OFFSET);
        for i in 0..t.nlocals {
            let off = Self::slot_offset(i);
            let tw = self
                .b
                .ins()
                .load(types::I64, f, slots, off + VALUE_TAG_OFFSET);
            let pw = self
                .b
                .ins()
                .load(types::I64, f, slots, off + VALUE_PAYLOAD_OFFSET);
            self.release_words(tw, pw);
        }
        self.b.ins().jump(join, &[]);

        // Left its compiled code: the interpreter finishes the call (at the callee's depth).
        self.b.switch_to_block(left);
        let func_ptr = self.operand_ptr(Operand::Const(t.callee), 0);
        let out = self.stack_ptr(first);
        let ctx = self.ctx;
        let raised = self
            .call_helper(
                helpers::pyjit_direct_resume as *const () as usize,
                &[ctx, callee_ctx, status, func_ptr, out],
                true,
            )
            .expect("returns");
        self.b.ins().store(f, depth, vm, vm_offset::DEPTH);
        let raised = self.b.ins().icmp_imm_s(IntCC::NotEqual, raised, 0);
        self.raise_if(raised, state);
        self.b.ins().jump(join, &[]);

        // A check failed: the ordinary call, with the callable in its slot.
        self.b.switch_to_block(slow);
        let from = self.operand_ptr(Operand::Const(t.callee), 0);
        let out = self.stack_ptr(first);
        self.copy_value(from, out, 0, true);
        self.ordinary_call(first, nargs, false, state);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// `CallPoly`: one direct call per case, chosen by the receiver's class; the ordinary
    /// call of the method in slot `first` when no case has the class.
    fn call_poly(
        &mut self,
        first: u32,
        nargs: u32,
        cases: &[(Vec<usize>, Box<DirectCall>)],
        state: StateId,
    ) {
        let f = self.trusted;
        let recv = self.stack_ptr(first + 1);
        let o = self.b.ins().load(types::I64, f, recv, VALUE_PAYLOAD_OFFSET);
        let cls = self.b.ins().load(types::I64, f, o, CLASS_OFFSET as i32);
        let join = self.b.create_block();
        let other = self.b.create_block();
        self.b.set_cold_block(other);
        let case_blocks: Vec<Block> = cases.iter().map(|_| self.b.create_block()).collect();
        for ((classes, _), &block) in cases.iter().zip(&case_blocks) {
            for class in classes {
                let next = self.b.create_block();
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, cls, *class as i64);
                self.b.ins().brif(same, block, &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        self.b.ins().jump(other, &[]);
        for ((_, target), &block) in cases.iter().zip(&case_blocks) {
            self.b.switch_to_block(block);
            // The direct call takes its callable as a constant: the slot's reference goes
            // (the constant keeps the function alive).
            let slot = self.stack_ptr(first);
            let t = self.b.ins().load(types::I64, f, slot, VALUE_TAG_OFFSET);
            let p = self.b.ins().load(types::I64, f, slot, VALUE_PAYLOAD_OFFSET);
            self.release_words(t, p);
            self.call_direct(first, nargs, target, state);
            self.b.ins().jump(join, &[]);
        }
        self.b.switch_to_block(other);
        self.ordinary_call(first, nargs, false, state);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    fn inst(&mut self, inst: &ir::Inst) {
        self.cur_pc = inst.kind.state().map(|s| self.func.state(s).pc);
        let flags = self.trusted;
        match &inst.kind {
            InstKind::ConstInt(i) => {
                let v = self.iconst(*i);
                self.def(inst, v);
            }
            InstKind::ConstFloat(f) => {
                if let Some(r) = inst.result {
                    self.float_consts.insert(r, *f);
                }
                let v = self.b.ins().f64const(*f);
                self.def(inst, v);
            }
            InstKind::ConstBool(x) => {
                let v = self.b.ins().iconst(types::I8, *x as i64);
                self.def(inst, v);
            }
            InstKind::ConstNone => {
                let v = self.iconst(0);
                self.def(inst, v);
            }
            InstKind::LoadSlot(slot, ty) => {
                let off = Self::slot_offset(*slot) + VALUE_PAYLOAD_OFFSET;
                let v = match ty {
                    Type::None => self.iconst(0),
                    _ => self.b.ins().load(clif_type(*ty), flags, self.slots, off),
                };
                self.def(inst, v);
            }
            InstKind::TakeRangeIter(i) => {
                let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    24,
                    3,
                ));
                self.range_iters.insert(*i, ss);
                let slot = self.func.stack_base + i;
                let from = self
                    .b
                    .ins()
                    .iadd_imm_s(self.slots, Self::slot_offset(slot) as i64);
                let out = self.b.ins().stack_addr(types::I64, ss, 0);
                self.call_helper(
                    helpers::pyjit_take_range_iter as *const () as usize,
                    &[from, out],
                    false,
                );
            }
            InstKind::RangeIterField(i, k) => {
                let ss = self.range_iters[i];
                let v = self
                    .b
                    .ins()
                    .stack_load(types::I64, types::I64, ss, *k as i32 * 8);
                self.def(inst, v);
            }
            InstKind::StoreSlot(slot, v) => {
                let ty = self.func.ty(*v);
                self.write_value(self.slots, Self::slot_offset(*slot), ty, *v);
            }
            InstKind::StoreSlotDropping(slot, v) => {
                let ty = self.func.ty(*v);
                let i = self.iconst(*slot as i64);
                let t = self.iconst(type_tag(ty) as i64);
                let p = self.payload_word(ty, *v);
                self.call_helper(
                    helpers::pyjit_store_local as *const () as usize,
                    &[self.ctx, i, t, p],
                    false,
                );
            }
            InstKind::IntArithOvf(op, a, b, s) => {
                let (a, b) = (self.v(*a), self.v(*b));
                let (r, of) = match op {
                    BinOp::Add => self.b.ins().sadd_overflow(a, b),
                    BinOp::Sub => self.b.ins().ssub_overflow(a, b),
                    _ => self.b.ins().smul_overflow(a, b),
                };
                self.exit_if(of, *s);
                self.def(inst, r);
            }
            InstKind::IntBitwise(op, a, b) => {
                let (a, b) = (self.v(*a), self.v(*b));
                let r = match op {
                    BinOp::And => self.b.ins().band(a, b),
                    BinOp::Or => self.b.ins().bor(a, b),
                    _ => self.b.ins().bxor(a, b),
                };
                self.def(inst, r);
            }
            InstKind::IntAddWrap(a, b) => {
                let x0 = self.v(*a);
                let x1 = self.v(*b);
                let r = self.b.ins().iadd(x0, x1);
                self.def(inst, r);
            }
            InstKind::IntNeg(a, s) => {
                let a = self.v(*a);
                let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                self.exit_if(is_min, *s);
                let r = self.b.ins().ineg(a);
                self.def(inst, r);
            }
            InstKind::IntInvert(a) => {
                let x0 = self.v(*a);
                let r = self.b.ins().bnot(x0);
                self.def(inst, r);
            }
            InstKind::IntCmp(op, a, b) => {
                let x0 = self.v(*a);
                let x1 = self.v(*b);
                let r = self.b.ins().icmp(int_cc(*op), x0, x1);
                self.def(inst, r);
            }
            InstKind::FloatFn {
                f,
                sqrt,
                arg,
                state,
            } => {
                let x = self.v(*arg);
                let r = if *sqrt {
                    self.b.ins().sqrt(x)
                } else {
                    let mut sig = Signature::new(self.call_conv);
                    sig.params.push(AbiParam::new(types::F64));
                    sig.returns.push(AbiParam::new(types::F64));
                    let sig = self.b.import_signature(sig);
                    let callee = self.iconst(*f as i64);
                    let call = self.b.ins().call_indirect(sig, callee, &[x]);
                    self.b.inst_results(call)[0]
                };
                // A NaN from a number, or an infinity from a finite number: `math` raises.
                let r_nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
                let x_num = self.b.ins().fcmp(FloatCC::Ordered, x, x);
                let domain = self.b.ins().band(r_nan, x_num);
                let r_abs = self.b.ins().fabs(r);
                let x_abs = self.b.ins().fabs(x);
                let inf = self.b.ins().f64const(f64::INFINITY);
                let r_inf = self.b.ins().fcmp(FloatCC::Equal, r_abs, inf);
                let x_fin = self.b.ins().fcmp(FloatCC::LessThan, x_abs, inf);
                let range = self.b.ins().band(r_inf, x_fin);
                let bad = self.b.ins().bor(domain, range);
                self.exit_if(bad, *state);
                self.def(inst, r);
            }
            InstKind::IntToFloat(a) => {
                let x0 = self.v(*a);
                let r = self.b.ins().fcvt_from_sint(types::F64, x0);
                self.def(inst, r);
            }
            InstKind::FloatArith(op, a, b) => {
                let (a, b) = (self.v(*a), self.v(*b));
                let r = match op {
                    BinOp::Add => self.b.ins().fadd(a, b),
                    BinOp::Sub => self.b.ins().fsub(a, b),
                    _ => self.b.ins().fmul(a, b),
                };
                self.def(inst, r);
            }
            InstKind::FloatDiv(a, b, s) => {
                let (a, b) = (self.v(*a), self.v(*b));
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, b, zero);
                self.exit_if(is_zero, *s);
                let r = self.b.ins().fdiv(a, b);
                self.def(inst, r);
            }
            InstKind::FloatNeg(a) => {
                let x0 = self.v(*a);
                let r = self.b.ins().fneg(x0);
                self.def(inst, r);
            }
            InstKind::FloatCmp(op, a, b) => {
                let x0 = self.v(*a);
                let x1 = self.v(*b);
                let r = self.b.ins().fcmp(float_cc(*op), x0, x1);
                self.def(inst, r);
            }
            InstKind::IntFloatCmp(op, a, b, s) => {
                // Exact only if the int converts exactly: |a| <= 2**53, i.e.
                // (a + 2**53) as unsigned <= 2**54.
                let a = self.v(*a);
                let shifted = self.b.ins().iadd_imm_s(a, 1 << 53);
                let inexact = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::UnsignedGreaterThan, shifted, 1 << 54);
                self.exit_if(inexact, *s);
                let af = self.b.ins().fcvt_from_sint(types::F64, a);
                let x0 = self.v(*b);
                let r = self.b.ins().fcmp(float_cc(*op), af, x0);
                self.def(inst, r);
            }
            InstKind::NumOp(op @ (BinOp::FloorDiv | BinOp::Mod), a, b, s)
                if self.func.ty(*a) == Type::Int && self.func.ty(*b) == Type::Int =>
            {
                // A positive divisor (the usual case) is done inline: truncating division,
                // then the floor adjustment when the remainder is negative. Anything else
                // takes the helper (zero divisors raise, negative ones are rarer).
                let (x, y) = (self.v(*a), self.v(*b));
                let fast = self.b.create_block();
                let slow = self.b.create_block();
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, types::I64);
                let positive = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, y, 0);
                self.b.ins().brif(positive, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                let q = self.b.ins().sdiv(x, y);
                let r = self.b.ins().srem(x, y);
                let adjust = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
                let v = if *op == BinOp::FloorDiv {
                    let one = self.iconst(1);
                    let zero = self.iconst(0);
                    let d = self.b.ins().select(adjust, one, zero);
                    self.b.ins().isub(q, d)
                } else {
                    let zero = self.iconst(0);
                    let d = self.b.ins().select(adjust, y, zero);
                    self.b.ins().iadd(r, d)
                };
                self.b.ins().jump(merge, &[BlockArg::Value(v)]);
                self.b.switch_to_block(slow);
                let v = self.num_op_helper(*op, *a, *b, Type::Int, *s);
                self.b.ins().jump(merge, &[BlockArg::Value(v)]);
                self.b.switch_to_block(merge);
                self.def(inst, result);
            }
            InstKind::NumOp(BinOp::Pow, a, b, s)
                if self.func.ty(*a) == Type::Float || self.func.ty(*b) == Type::Float =>
            {
                let x = self.float_of(*a);
                let y = self.float_of(*b);
                let half =
                    self.func.ty(*a) == Type::Float && self.float_consts.get(b) == Some(&0.5);
                let merge = self.b.create_block();
                self.b.append_block_param(merge, types::F64);
                if half {
                    self.pow_half_by_sqrt(x, merge);
                }
                let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    8,
                    3,
                ));
                let out = self.b.ins().stack_addr(types::I64, ss, 0);
                let ok = self.call_float_pow(x, y, out).expect("returns");
                let failed = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
                self.exit_if(failed, *s);
                let r = self.b.ins().stack_load(types::I64, types::F64, ss, 0);
                self.b.ins().jump(merge, &[BlockArg::Value(r)]);
                self.b.switch_to_block(merge);
                let r = self.b.block_params(merge)[0];
                self.def(inst, r);
            }
            InstKind::NumOp(op, a, b, s) => {
                let result_ty = self.func.ty(inst.result.expect("num op has a result"));
                let r = self.num_op_helper(*op, *a, *b, result_ty, *s);
                self.def(inst, r);
            }
            InstKind::Truthy(a) => {
                let x = self.v(*a);
                let r = match self.func.ty(*a) {
                    Type::Int => self.b.ins().icmp_imm_s(IntCC::NotEqual, x, 0),
                    Type::Float => {
                        let zero = self.b.ins().f64const(0.0);
                        self.b.ins().fcmp(FloatCC::NotEqual, x, zero)
                    }
                    Type::Bool => x,
                    Type::None => self.b.ins().iconst(types::I8, 0),
                };
                self.def(inst, r);
            }
            InstKind::BoolNot(a) => {
                let x0 = self.v(*a);
                let r = self.b.ins().icmp_imm_s(IntCC::Equal, x0, 0);
                self.def(inst, r);
            }
            InstKind::Helper {
                helper,
                args,
                out,
                drops,
                state,
            } => {
                // The fast paths below read register operands as registers: for them, the
                // writes of those operands to scratch memory for the helper are left to the
                // slow path.
                let registers_late = matches!(
                    helper,
                    Helper::Subscr
                        | Helper::StoreSubscr
                        | Helper::LoadAttr { .. }
                        | Helper::StoreAttr { .. }
                        | Helper::Cell(..)
                        | Helper::Compare(CMP_IN | CMP_NOT_IN)
                );
                let mut early: Vec<Option<Value>> = args
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        (!registers_late || !matches!(a, Operand::Reg(_)))
                            .then(|| self.operand_ptr(*a, i as i32))
                    })
                    .collect();
                // `list[int]` loads and stores of inline values are done in place when the
                // object is a list and the index in range; anything else takes the helper.
                let merge = self.b.create_block();
                match (*helper, self.list) {
                    (Helper::Subscr, Some(layout)) if self.is_int(&args[1]) => {
                        let index = self.int_of(&args[1]);
                        let slow = self.b.create_block();
                        let p = self.early_ptr(&mut early, args, 0);
                        let not_list = match self.tuple {
                            Some(_) => self.b.create_block(),
                            None => slow,
                        };
                        let item = self.list_item(p, index, layout, not_list);
                        self.load_in_place(item, merge, not_list);
                        if let Some(tuple) = self.tuple {
                            // An exact tuple's item, in range, likewise.
                            let obj = self.object_of_class(p, tuple.class, slow);
                            let len = self.b.ins().load(types::I64, flags, obj, tuple.len);
                            let items = self.b.ins().load(types::I64, flags, obj, tuple.items);
                            let item = self.item_address(len, items, index, slow);
                            self.load_in_place(item, merge, slow);
                        }
                    }
                    (Helper::StoreSubscr, Some(layout)) if self.is_int(&args[2]) => {
                        let index = self.int_of(&args[2]);
                        let slow = self.b.create_block();
                        let p = self.early_ptr(&mut early, args, 1);
                        let item = self.list_item(p, index, layout, slow);
                        self.store_in_place(item, args[0], early[0], merge, slow);
                    }
                    (Helper::Compare(op @ (CMP_IN | CMP_NOT_IN)), Some(layout))
                        if self.is_int(&args[0]) =>
                    {
                        let item = self.int_of(&args[0]);
                        let slow = self.b.create_block();
                        let p = self.early_ptr(&mut early, args, 1);
                        self.int_in_list(item, p, op == CMP_NOT_IN, layout, merge, slow);
                    }
                    (Helper::Compare(op), _) if (op as usize) < CMP_OPS.len() => {
                        let slow = self.b.create_block();
                        let pa = self.early_ptr(&mut early, args, 0);
                        let pb = self.early_ptr(&mut early, args, 1);
                        self.int_compare_fast_path(CMP_OPS[op as usize], pa, pb, merge, slow);
                    }
                    (Helper::Binary(op, _), _)
                        if matches!(BIN_OPS[op as usize], BinOp::Add | BinOp::Sub | BinOp::Mul) =>
                    {
                        let slow = self.b.create_block();
                        let pa = self.early_ptr(&mut early, args, 0);
                        let pb = self.early_ptr(&mut early, args, 1);
                        self.number_fast_path(BIN_OPS[op as usize], pa, pb, merge, slow);
                    }
                    (Helper::Cell(CellOp::Load, i), _) if self.cell.is_some() => {
                        // The cell's value unless it is unbound (the helper raises) or the cell
                        // is being written.
                        let layout = self.cell.expect("checked");
                        let slow = self.b.create_block();
                        let at = Self::slot_offset(self.func.nlocals + i);
                        let cell = self.b.ins().load(
                            types::I64,
                            flags,
                            self.slots,
                            at + VALUE_PAYLOAD_OFFSET,
                        );
                        self.continue_if_free(cell, layout.borrow, slow);
                        let t = self.b.ins().load(types::I64, flags, cell, layout.value);
                        let bound = self
                            .b
                            .ins()
                            .icmp_imm_s(IntCC::NotEqual, t, tag::NULL as i64);
                        self.continue_if(slow, bound);
                        let item = self.b.ins().iadd_imm_s(cell, layout.value as i64);
                        self.load_in_place(item, merge, slow);
                    }
                    (Helper::LoadAttr { slot: Some(g), .. }, _) if self.instance.is_some() => {
                        let layout = self.instance.expect("checked");
                        let slow = self.b.create_block();
                        let p = self.early_ptr(&mut early, args, 0);
                        let item = self.instance_slot(p, g, layout, slow);
                        self.load_in_place(item, merge, slow);
                    }
                    (Helper::StoreAttr { slot: Some(g), .. }, _) if self.instance.is_some() => {
                        let layout = self.instance.expect("checked");
                        let slow = self.b.create_block();
                        let p = self.early_ptr(&mut early, args, 1);
                        self.instance_store(p, args[0], early[0], g, layout, merge, slow);
                    }
                    _ => {}
                }
                let ptrs: Vec<Value> = early
                    .iter()
                    .enumerate()
                    .map(|(i, p)| p.unwrap_or_else(|| self.operand_ptr(args[i], i as i32)))
                    .collect();
                let outp = self.scratch_ptr(SCRATCH_OUT);
                let ctx = self.ctx;
                let (addr, call_args): (usize, Vec<Value>) = match *helper {
                    Helper::Binary(op, inplace) => {
                        let code = self.iconst(op as i64 | if inplace { 16 } else { 0 });
                        (
                            helpers::pyjit_binary as *const () as usize,
                            vec![ctx, code, ptrs[0], ptrs[1], outp],
                        )
                    }
                    Helper::Unary(op) => {
                        let code = self.iconst(op as i64);
                        (
                            helpers::pyjit_unary as *const () as usize,
                            vec![ctx, code, ptrs[0], outp],
                        )
                    }
                    Helper::Compare(op) => {
                        let code = self.iconst(op as i64);
                        (
                            helpers::pyjit_compare as *const () as usize,
                            vec![ctx, code, ptrs[0], ptrs[1], outp],
                        )
                    }
                    Helper::Subscr => (
                        helpers::pyjit_subscr as *const () as usize,
                        vec![ctx, ptrs[0], ptrs[1], outp],
                    ),
                    Helper::StoreSubscr => (
                        helpers::pyjit_store_subscr as *const () as usize,
                        vec![ctx, ptrs[0], ptrs[1], ptrs[2]],
                    ),
                    Helper::Slice(n) => {
                        let step = if n == 3 { ptrs[3] } else { self.iconst(0) };
                        (
                            helpers::pyjit_slice as *const () as usize,
                            vec![ctx, ptrs[0], ptrs[1], ptrs[2], step, outp],
                        )
                    }
                    Helper::StoreSlice(n) => {
                        let step = if n == 3 { ptrs[4] } else { self.iconst(0) };
                        (
                            helpers::pyjit_store_slice as *const () as usize,
                            vec![ctx, ptrs[0], ptrs[1], ptrs[2], ptrs[3], step],
                        )
                    }
                    Helper::LoadAttr { pc, name, .. } => {
                        let pc = self.iconst(pc as i64);
                        let name = self.iconst(name as i64);
                        (
                            helpers::pyjit_load_attr as *const () as usize,
                            vec![ctx, ptrs[0], pc, name, outp],
                        )
                    }
                    Helper::StoreAttr { pc, name, .. } => {
                        let pc = self.iconst(pc as i64);
                        let name = self.iconst(name as i64);
                        (
                            helpers::pyjit_store_attr as *const () as usize,
                            vec![ctx, ptrs[0], ptrs[1], pc, name],
                        )
                    }
                    Helper::Raise(n) => {
                        let with_cause = self.iconst((n == 2) as i64);
                        let cause = ptrs.get(1).copied().unwrap_or(ptrs[0]);
                        (
                            helpers::pyjit_raise as *const () as usize,
                            vec![ctx, ptrs[0], cause, with_cause],
                        )
                    }
                    Helper::MakeFunction(i, flags) => {
                        let i = self.iconst(i as i64);
                        let fl = self.iconst(flags as i64);
                        let mut v = vec![ctx, i, fl];
                        for k in 0..4 {
                            v.push(match ptrs.get(k) {
                                Some(p) => *p,
                                None => self.iconst(0),
                            });
                        }
                        v.push(outp);
                        (helpers::pyjit_make_function as *const () as usize, v)
                    }
                    Helper::Collect(kind) => {
                        let k = self.iconst(kind as i64);
                        let key = if kind == 2 { ptrs[1] } else { ptrs[0] };
                        let value = *ptrs.last().expect("a value");
                        (
                            helpers::pyjit_collect as *const () as usize,
                            vec![ctx, k, ptrs[0], key, value],
                        )
                    }
                    Helper::Cell(op, i) => {
                        let op = self.iconst(op as i64);
                        let i = self.iconst(i as i64);
                        let value = ptrs.first().copied().unwrap_or(outp);
                        (
                            helpers::pyjit_cell as *const () as usize,
                            vec![ctx, op, i, value, outp],
                        )
                    }
                    Helper::GetIter => (
                        helpers::pyjit_get_iter as *const () as usize,
                        vec![ctx, ptrs[0], outp],
                    ),
                    Helper::MatchPeek(op) => {
                        let code = self.iconst(match op {
                            MatchOp::Len => MATCH_LEN,
                            MatchOp::Sequence => MATCH_SEQUENCE,
                            MatchOp::Mapping => MATCH_MAPPING,
                            MatchOp::Keys => MATCH_KEYS,
                        });
                        let b = ptrs.get(1).copied().unwrap_or(ptrs[0]);
                        (
                            helpers::pyjit_match as *const () as usize,
                            vec![ctx, code, ptrs[0], b, ptrs[0], outp],
                        )
                    }
                    Helper::MatchClass(n) => {
                        let code = self.iconst(MATCH_CLASS | (n as i64) << 8);
                        (
                            helpers::pyjit_match as *const () as usize,
                            vec![ctx, code, ptrs[0], ptrs[1], ptrs[2], outp],
                        )
                    }
                };
                self.call_checked(addr, &call_args, *state);
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(merge);
                for d in drops {
                    self.drop_stack(*d);
                }
                if let Some(o) = out {
                    let to = self.stack_ptr(*o);
                    let from = self.scratch_ptr(SCRATCH_OUT);
                    self.copy_value(from, to, 0, false);
                }
            }
            InstKind::LoadMethod {
                obj,
                pc,
                name,
                out,
                drops,
                state,
            } => {
                let p = self.operand_ptr(*obj, 0);
                let outp = self.scratch_ptr(SCRATCH_OUT);
                let pc = self.iconst(*pc as i64);
                let name = self.iconst(*name as i64);
                let ctx = self.ctx;
                self.call_checked(
                    helpers::pyjit_load_method as *const () as usize,
                    &[ctx, p, pc, name, outp],
                    *state,
                );
                for d in drops {
                    self.drop_stack(*d);
                }
                for i in 0..2 {
                    let to = self.stack_ptr(out + i);
                    let from = self.scratch_ptr(SCRATCH_OUT + i as i32 * VALUE_SIZE);
                    self.copy_value(from, to, 0, false);
                }
            }
            InstKind::CallDirect {
                first,
                nargs,
                target,
                state,
            } => self.call_direct(*first, *nargs, target, *state),
            InstKind::GuardOperands {
                a,
                b,
                epoch,
                pairs,
                state,
            } => {
                let layout = self
                    .instance
                    .expect("operator guesses need the instance layout");
                let mut classes = Vec::new();
                // `a` must be an object; `b` is named by its class if an object, else by
                // its tag (never a class's address).
                let pa = self.operand_ptr(*a, 0);
                let t = self.b.ins().load(types::I64, flags, pa, VALUE_TAG_OFFSET);
                let not_obj = self.b.ins().icmp_imm_s(IntCC::NotEqual, t, tag::OBJ as i64);
                self.exit_if(not_obj, *state);
                let o = self
                    .b
                    .ins()
                    .load(types::I64, flags, pa, VALUE_PAYLOAD_OFFSET);
                classes.push(self.b.ins().load(types::I64, flags, o, CLASS_OFFSET as i32));
                let pb = self.operand_ptr(*b, 0);
                let tb = self.b.ins().load(types::I64, flags, pb, VALUE_TAG_OFFSET);
                let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tb, tag::OBJ as i64);
                let obj_b = self.b.create_block();
                let named = self.b.create_block();
                let name = self.b.append_block_param(named, types::I64);
                self.b
                    .ins()
                    .brif(is_obj, obj_b, &[], named, &[BlockArg::Value(tb)]);
                self.b.switch_to_block(obj_b);
                let ob = self
                    .b
                    .ins()
                    .load(types::I64, flags, pb, VALUE_PAYLOAD_OFFSET);
                let cb = self
                    .b
                    .ins()
                    .load(types::I64, flags, ob, CLASS_OFFSET as i32);
                self.b.ins().jump(named, &[BlockArg::Value(cb)]);
                self.b.switch_to_block(named);
                classes.push(name);
                let epoch_addr = self.iconst(layout.epoch as i64);
                let now = self.b.ins().load(types::I64, flags, epoch_addr, 0);
                let changed = self.b.ins().icmp_imm_s(IntCC::NotEqual, now, *epoch as i64);
                self.exit_if(changed, *state);
                let matched = self.b.create_block();
                let fail = self.b.create_block();
                self.b.set_cold_block(fail);
                for (left, right) in pairs {
                    let next = self.b.create_block();
                    let l = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, classes[0], *left as i64);
                    let r = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, classes[1], *right as i64);
                    let both = self.b.ins().band(l, r);
                    self.b.ins().brif(both, matched, &[], next, &[]);
                    self.b.switch_to_block(next);
                }
                self.b.ins().jump(fail, &[]);
                self.b.switch_to_block(fail);
                self.exit(*state, STATUS_GUARD);
                self.b.switch_to_block(matched);
            }
            InstKind::OperatorResult {
                op,
                at,
                not_implemented,
                state,
            } => {
                let r = self.stack_ptr(at + 2);
                let t = self.b.ins().load(types::I64, flags, r, VALUE_TAG_OFFSET);
                let p = self
                    .b
                    .ins()
                    .load(types::I64, flags, r, VALUE_PAYLOAD_OFFSET);
                let ni = self.operand_ptr(Operand::Const(*not_implemented), 0);
                let ni = self
                    .b
                    .ins()
                    .load(types::I64, flags, ni, VALUE_PAYLOAD_OFFSET);
                let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::OBJ as i64);
                let is_ni = self.b.ins().icmp(IntCC::Equal, p, ni);
                let rest = self.b.ins().band(is_obj, is_ni);
                let cold = self.b.create_block();
                let hot = self.b.create_block();
                let done = self.b.create_block();
                self.b.set_cold_block(cold);
                self.b.ins().brif(rest, cold, &[], hot, &[]);
                self.b.switch_to_block(hot);
                for k in [*at, at + 1] {
                    let slot = self.stack_ptr(k);
                    let t = self.b.ins().load(types::I64, flags, slot, VALUE_TAG_OFFSET);
                    let p = self
                        .b
                        .ins()
                        .load(types::I64, flags, slot, VALUE_PAYLOAD_OFFSET);
                    self.release_words(t, p);
                }
                let to = self.stack_ptr(*at);
                self.copy_value(r, to, 0, false);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(cold);
                let slots = self.stack_ptr(*at);
                let op = self.iconst(*op as i64);
                let ctx = self.ctx;
                self.call_checked(
                    helpers::pyjit_operator_rest as *const () as usize,
                    &[ctx, op, slots],
                    *state,
                );
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            InstKind::LoadGlobal {
                name,
                pc,
                out,
                state,
            } => {
                let to = self.stack_ptr(*out);
                let name = self.iconst(*name as i64);
                let pc = self.iconst(*pc as i64);
                let ctx = self.ctx;
                let missing = self
                    .call_helper(
                        helpers::pyjit_load_global as *const () as usize,
                        &[ctx, name, pc, to],
                        true,
                    )
                    .expect("returns");
                let missing = self.b.ins().icmp_imm_s(IntCC::NotEqual, missing, 0);
                self.exit_if(missing, *state);
            }
            InstKind::Len { obj, state } => {
                let p = self.operand_ptr(*obj, 0);
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.append_block_param(done, types::I64);
                if let Some(layout) = self.list {
                    let o = self.object_of_class(p, layout.class, slow);
                    self.continue_if_free(o, layout.borrow, slow);
                    let n = self.b.ins().load(types::I64, flags, o, layout.len);
                    self.b.ins().jump(done, &[BlockArg::Value(n)]);
                } else {
                    self.b.ins().jump(slow, &[]);
                }
                self.b.switch_to_block(slow);
                let out = self.scratch_ptr(SCRATCH_OUT);
                let ctx = self.ctx;
                self.call_checked(
                    helpers::pyjit_len as *const () as usize,
                    &[ctx, p, out],
                    *state,
                );
                let n = self.b.ins().load(types::I64, flags, out, 0);
                self.b.ins().jump(done, &[BlockArg::Value(n)]);
                self.b.switch_to_block(done);
                let n = self.b.block_params(done)[0];
                self.def(inst, n);
            }
            InstKind::ListAppend {
                list,
                value,
                method,
                state,
            } => {
                let layout = self.list.expect("built only with the list layout");
                let p = self.operand_ptr(*list, 0);
                let slow = self.b.create_block();
                let done = self.b.create_block();
                let o = self
                    .b
                    .ins()
                    .load(types::I64, flags, p, VALUE_PAYLOAD_OFFSET);
                self.continue_if_free(o, layout.borrow, slow);
                let len = self.b.ins().load(types::I64, flags, o, layout.len);
                let cap = self.b.ins().load(types::I64, flags, o, layout.cap);
                let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
                self.continue_if(slow, room);
                let items = self.b.ins().load(types::I64, flags, o, layout.items);
                let offset = self.b.ins().imul_imm_s(len, VALUE_SIZE as i64);
                let at = self.b.ins().iadd(items, offset);
                let value_ptr = match value {
                    Operand::Reg(_) => None,
                    other => Some(self.operand_ptr(*other, 1)),
                };
                self.store_operand(at, *value, value_ptr);
                let len1 = self.b.ins().iadd_imm_s(len, 1);
                self.b.ins().store(flags, len1, o, layout.len);
                self.b.ins().jump(done, &[]);
                // No room (or being written): `list.append` itself.
                self.b.switch_to_block(slow);
                self.b.set_cold_block(slow);
                let first_cold = self.b.func.dfg.num_blocks();
                let f = self.operand_ptr(Operand::Const(*method), 2);
                let vp = self.operand_ptr(*value, 1);
                let out = self.scratch_ptr(SCRATCH_OUT);
                let ctx = self.ctx;
                self.call_checked(
                    helpers::pyjit_call2 as *const () as usize,
                    &[ctx, f, p, vp, out],
                    *state,
                );
                self.b.ins().jump(done, &[]);
                self.cold_since(first_cold);
                self.b.switch_to_block(done);
            }
            InstKind::IsInstance { obj, class, state } => {
                let pyjit_runtime::value::Value::Obj(c) = &self.func.object_consts[*class as usize]
                else {
                    unreachable!("built only for a class constant")
                };
                let class_addr = c.addr() as i64;
                let p = self.operand_ptr(*obj, 0);
                let slow = self.b.create_block();
                let exact = self.b.create_block();
                let done = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.append_block_param(done, types::I8);
                let t = self.b.ins().load(types::I64, flags, p, VALUE_TAG_OFFSET);
                let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::OBJ as i64);
                self.b.ins().brif(is_obj, exact, &[], slow, &[]);
                self.b.switch_to_block(exact);
                let o = self
                    .b
                    .ins()
                    .load(types::I64, flags, p, VALUE_PAYLOAD_OFFSET);
                let cls = self.b.ins().load(types::I64, flags, o, CLASS_OFFSET as i32);
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, cls, class_addr);
                let yes = self.b.ins().iconst(types::I8, 1);
                self.b
                    .ins()
                    .brif(same, done, &[BlockArg::Value(yes)], slow, &[]);
                self.b.switch_to_block(slow);
                let first_cold = self.b.func.dfg.num_blocks();
                let out = self.scratch_ptr(SCRATCH_OUT);
                let cp = self.operand_ptr(Operand::Const(*class), 1);
                let ctx = self.ctx;
                self.call_checked(
                    helpers::pyjit_isinstance as *const () as usize,
                    &[ctx, p, cp, out],
                    *state,
                );
                let r = self.b.ins().load(types::I8, flags, out, 0);
                self.b.ins().jump(done, &[BlockArg::Value(r)]);
                self.cold_since(first_cold);
                self.b.switch_to_block(done);
                let r = self.b.block_params(done)[0];
                self.def(inst, r);
            }
            InstKind::SelectMethod { obj, cases, out } => {
                let p = self.operand_ptr(*obj, 0);
                let o = self
                    .b
                    .ins()
                    .load(types::I64, flags, p, VALUE_PAYLOAD_OFFSET);
                let cls = self.b.ins().load(types::I64, flags, o, CLASS_OFFSET as i32);
                let done = self.b.create_block();
                let to = self.stack_ptr(*out);
                let (last, tests) = cases.split_last().expect("a method to select");
                for (class, c) in tests {
                    let this = self.b.create_block();
                    let next = self.b.create_block();
                    let same = self.b.ins().icmp_imm_s(IntCC::Equal, cls, *class as i64);
                    self.b.ins().brif(same, this, &[], next, &[]);
                    self.b.switch_to_block(this);
                    let from = self.operand_ptr(Operand::Const(*c), 0);
                    self.copy_value(from, to, 0, true);
                    self.b.ins().jump(done, &[]);
                    self.b.switch_to_block(next);
                }
                let from = self.operand_ptr(Operand::Const(last.1), 0);
                self.copy_value(from, to, 0, true);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            InstKind::CallPoly {
                first,
                nargs,
                cases,
                state,
            } => self.call_poly(*first, *nargs, cases, *state),
            InstKind::SlotOp {
                op,
                arg,
                first,
                n,
                state,
            } => {
                let p = self.stack_ptr(*first);
                let op = self.iconst(*op as i64);
                let arg = self.iconst(*arg as i64);
                let n = self.iconst(*n as i64);
                let ctx = self.ctx;
                self.call_checked(
                    helpers::pyjit_slot_op as *const () as usize,
                    &[ctx, op, arg, p, n],
                    *state,
                );
            }
            InstKind::NewInstance {
                class,
                epoch,
                out,
                state,
            } => {
                let layout = self
                    .instance
                    .expect("constructions need the instance layout");
                let epoch_addr = self.iconst(layout.epoch as i64);
                let now = self.b.ins().load(types::I64, flags, epoch_addr, 0);
                let changed = self.b.ins().icmp_imm_s(IntCC::NotEqual, now, *epoch as i64);
                self.exit_if(changed, *state);
                let cls = self.operand_ptr(Operand::Const(*class), 0);
                let out = self.stack_ptr(*out);
                self.call_helper(
                    helpers::pyjit_new_instance as *const () as usize,
                    &[cls, out],
                    false,
                );
            }
            InstKind::CheckInitResult { slot, state } => {
                let p = self.stack_ptr(*slot);
                let t = self.b.ins().load(types::I64, flags, p, VALUE_TAG_OFFSET);
                let not_none = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::NotEqual, t, tag::NONE as i64);
                let bad = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(bad);
                self.b.ins().brif(not_none, bad, &[], ok, &[]);
                self.b.switch_to_block(bad);
                let ctx = self.ctx;
                self.call_helper(
                    helpers::pyjit_init_result as *const () as usize,
                    &[ctx, p],
                    true,
                );
                self.exit(*state, STATUS_RAISE);
                self.b.switch_to_block(ok);
            }
            InstKind::GuardMethod {
                obj,
                epoch,
                receivers,
                state,
            } => {
                let layout = self
                    .instance
                    .expect("method guesses need the instance layout");
                let p = self.operand_ptr(*obj, 0);
                let t = self.b.ins().load(types::I64, flags, p, VALUE_TAG_OFFSET);
                let not_obj = self.b.ins().icmp_imm_s(IntCC::NotEqual, t, tag::OBJ as i64);
                self.exit_if(not_obj, *state);
                let epoch_addr = self.iconst(layout.epoch as i64);
                let now = self.b.ins().load(types::I64, flags, epoch_addr, 0);
                let changed = self.b.ins().icmp_imm_s(IntCC::NotEqual, now, *epoch as i64);
                self.exit_if(changed, *state);
                let o = self
                    .b
                    .ins()
                    .load(types::I64, flags, p, VALUE_PAYLOAD_OFFSET);
                let cls = self.b.ins().load(types::I64, flags, o, CLASS_OFFSET as i32);
                // One test per receiver the cache saw; none matching leaves.
                let matched = self.b.create_block();
                let fail = self.b.create_block();
                self.b.set_cold_block(fail);
                for (class, shape) in receivers {
                    let next = self.b.create_block();
                    let same = self.b.ins().icmp_imm_s(IntCC::Equal, cls, *class as i64);
                    if *shape == 0 {
                        self.b.ins().brif(same, matched, &[], next, &[]);
                    } else {
                        let check = self.b.create_block();
                        self.b.ins().brif(same, check, &[], next, &[]);
                        self.b.switch_to_block(check);
                        let got = self.b.ins().load(types::I64, flags, o, layout.shape);
                        let want = *shape as i64 - layout.shape_delta;
                        let same_shape = self.b.ins().icmp_imm_s(IntCC::Equal, got, want);
                        let dict = self.b.ins().load(types::I64, flags, o, layout.dict);
                        let no_dict = self.b.ins().icmp_imm_s(IntCC::Equal, dict, 0);
                        let ok = self.b.ins().band(same_shape, no_dict);
                        self.b.ins().brif(ok, matched, &[], next, &[]);
                    }
                    self.b.switch_to_block(next);
                }
                self.b.ins().jump(fail, &[]);
                self.b.switch_to_block(fail);
                self.exit(*state, STATUS_GUARD);
                self.b.switch_to_block(matched);
            }
            InstKind::Call {
                first,
                nargs,
                method,
                state,
            } => self.ordinary_call(*first, *nargs, *method, *state),
            InstKind::Build { kind, first, n } => {
                let p = self.stack_ptr(*first);
                let k = self.iconst(*kind as i64);
                let n = self.iconst(*n as i64);
                self.call_helper(
                    helpers::pyjit_build as *const () as usize,
                    &[k, p, n],
                    false,
                );
            }
            InstKind::Unpack {
                seq,
                owned,
                n,
                after,
                out,
                state,
            } => {
                let p = self.operand_ptr(*seq, 0);
                let done = self.b.create_block();
                if after.is_none() {
                    let slow = self.b.create_block();
                    self.b.set_cold_block(slow);
                    self.unpack_in_place(p, *owned, *n, *out, slow, done);
                    self.b.switch_to_block(slow);
                }
                let o = self.iconst(*owned as i64);
                let n = self.iconst(*n as i64);
                let a = self.iconst(after.map_or(-1, i64::from));
                let outp = self.stack_ptr(*out);
                let ctx = self.ctx;
                self.call_checked(
                    helpers::pyjit_unpack as *const () as usize,
                    &[ctx, p, o, n, a, outp],
                    *state,
                );
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            InstKind::BoxRange { to, iter, parts } => {
                let [a, b2, c] = parts.map(|p| self.v(p));
                let out = self.stack_ptr(*to);
                let helper = if *iter {
                    helpers::pyjit_new_range_iter as *const () as usize
                } else {
                    helpers::pyjit_new_range as *const () as usize
                };
                self.call_helper(helper, &[a, b2, c, out], false);
            }
            InstKind::Materialize { to, from } => {
                let dest = self.stack_ptr(*to);
                match *from {
                    Operand::Reg(v) => {
                        let ty = self.func.ty(v);
                        self.write_value(dest, 0, ty, v);
                    }
                    Operand::Stack(k) => {
                        let src = self.stack_ptr(k);
                        self.copy_value(src, dest, 0, false);
                    }
                    other => {
                        let src = self.operand_ptr(other, 0);
                        self.copy_value(src, dest, 0, true);
                    }
                }
            }
            InstKind::Unbox { slot, ty, state } => {
                let p = self.stack_ptr(*slot);
                let v = self.unbox_at(p, *ty, *state);
                self.def(inst, v);
            }
            InstKind::ListLoad {
                list,
                index,
                ty,
                state,
            } => {
                let layout = self.list.expect("built only with the list layout");
                let index = self.v(*index);
                let slow = self.b.create_block();
                let item = self.checked_list_item(*list, index, layout, slow);
                let ok = self.branch_on_tag(item, *ty, slow);
                self.b.switch_to_block(slow);
                self.leave_from(slow, *state, STATUS_GUARD);
                self.b.switch_to_block(ok);
                let v = self.payload_at(item, *ty);
                self.def(inst, v);
            }
            InstKind::AttrLoad {
                obj,
                pc,
                name,
                guess,
                ty,
                out,
                state,
                post,
            } => {
                let layout = self.instance.expect("built only with the instance layout");
                let p = self.operand_ptr(*obj, 0);
                let slow = self.b.create_block();
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, clif_type(*ty));
                let item = self.instance_slot(p, *guess, layout, slow);
                let ok = self.branch_on_tag(item, *ty, slow);
                self.b.switch_to_block(ok);
                let v = self.payload_at(item, *ty);
                if let Operand::Stack(k) = obj {
                    self.drop_stack(*k);
                }
                self.b.ins().jump(merge, &[BlockArg::Value(v)]);
                // Anything else: the helper, its result unboxed from the stack, all of it out
                // of the way of the hot code.
                self.b.switch_to_block(slow);
                self.b.set_cold_block(slow);
                let first_cold = self.b.func.dfg.num_blocks();
                let outp = self.scratch_ptr(SCRATCH_OUT);
                let ctx = self.ctx;
                let pc = self.iconst(*pc as i64);
                let name = self.iconst(*name as i64);
                self.call_checked(
                    helpers::pyjit_load_attr as *const () as usize,
                    &[ctx, p, pc, name, outp],
                    *state,
                );
                if let Operand::Stack(k) = obj {
                    self.drop_stack(*k);
                }
                let to = self.stack_ptr(*out);
                self.copy_value(outp, to, 0, false);
                let v = self.unbox_at(to, *ty, *post);
                self.b.ins().jump(merge, &[BlockArg::Value(v)]);
                self.cold_since(first_cold);
                self.b.switch_to_block(merge);
                self.def(inst, result);
            }
            InstKind::ListStore {
                list,
                index,
                value,
                state,
            } => {
                let layout = self.list.expect("built only with the list layout");
                let i = self.v(*index);
                let slow = self.b.create_block();
                let item = self.checked_list_item(*list, i, layout, slow);
                let old = self.b.ins().load(types::I64, flags, item, VALUE_TAG_OFFSET);
                let inline = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::NotEqual, old, tag::OBJ as i64);
                let ok = self.b.create_block();
                self.b.ins().brif(inline, ok, &[], slow, &[]);
                self.b.switch_to_block(slow);
                self.leave_from(slow, *state, STATUS_GUARD);
                self.b.switch_to_block(ok);
                let ty = self.func.ty(*value);
                self.write_value(item, 0, ty, *value);
            }
            InstKind::UnboxLocal { local, ty, state } => {
                let p = self.operand_ptr(Operand::Local(*local), 0);
                let v = self.unbox_at(p, *ty, *state);
                self.def(inst, v);
            }
            InstKind::DropStack(k) => self.drop_stack(*k),
            InstKind::MoveToLocal {
                from,
                local,
                dropping,
            } => {
                let src = self.stack_ptr(*from);
                if *dropping {
                    // Move the new value in, then release the old one: an object's count is
                    // decremented in place, and only the last reference calls the runtime.
                    let f = self.trusted;
                    let off = Self::slot_offset(*local);
                    let slots = self.slots;
                    let old_t = self
                        .b
                        .ins()
                        .load(types::I64, f, slots, off + VALUE_TAG_OFFSET);
                    let old_p = self
                        .b
                        .ins()
                        .load(types::I64, f, slots, off + VALUE_PAYLOAD_OFFSET);
                    self.copy_value(src, slots, off, false);
                    self.release_words(old_t, old_p);
                } else {
                    let slots = self.slots;
                    self.copy_value(src, slots, Self::slot_offset(*local), false);
                }
            }
            InstKind::CopyStack { from, to, incref } => {
                let src = self.stack_ptr(*from);
                let dest = self.stack_ptr(*to);
                self.copy_value(src, dest, 0, *incref);
            }
            InstKind::SwapStack(a, b) => {
                let pa = self.stack_ptr(*a);
                let pb = self.stack_ptr(*b);
                let f = self.trusted;
                let ta = self.b.ins().load(types::I64, f, pa, VALUE_TAG_OFFSET);
                let va = self.b.ins().load(types::I64, f, pa, VALUE_PAYLOAD_OFFSET);
                let tb = self.b.ins().load(types::I64, f, pb, VALUE_TAG_OFFSET);
                let vb = self.b.ins().load(types::I64, f, pb, VALUE_PAYLOAD_OFFSET);
                self.b.ins().store(f, tb, pa, VALUE_TAG_OFFSET);
                self.b.ins().store(f, vb, pa, VALUE_PAYLOAD_OFFSET);
                self.b.ins().store(f, ta, pb, VALUE_TAG_OFFSET);
                self.b.ins().store(f, va, pb, VALUE_PAYLOAD_OFFSET);
            }
            InstKind::ForIter { it, out, state } => {
                let pi = self.stack_ptr(*it);
                let po = self.stack_ptr(*out);
                let done = self.b.create_block();
                let has = self.b.append_block_param(done, types::I8);
                if let (Some(li), Some(l)) = (self.list_iter, self.list) {
                    // A list iterator with an item left steps in place; anything else (other
                    // iterators, the end of the list, a borrowed object) takes the helper.
                    let slow = self.b.create_block();
                    self.b.set_cold_block(slow);
                    let o = self.object_of_class(pi, li.class, slow);
                    self.continue_if_free(o, li.borrow, slow);
                    let state_tag = self.b.ins().load(types::I64, flags, o, li.tag);
                    let is_seq =
                        self.b
                            .ins()
                            .icmp_imm_s(IntCC::Equal, state_tag, li.seq_tag as i64);
                    self.continue_if(slow, is_seq);
                    let seq = self.b.ins().load(types::I64, flags, o, li.seq);
                    self.continue_if_free(seq, l.borrow, slow);
                    let index = self.b.ins().load(types::I64, flags, o, li.index);
                    let len = self.b.ins().load(types::I64, flags, seq, l.len);
                    let left = self.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
                    self.continue_if(slow, left);
                    let items = self.b.ins().load(types::I64, flags, seq, l.items);
                    let offset = self.b.ins().imul_imm_s(index, VALUE_SIZE as i64);
                    let item = self.b.ins().iadd(items, offset);
                    self.copy_value(item, po, 0, true);
                    let next = self.b.ins().iadd_imm_s(index, 1);
                    self.b.ins().store(flags, next, o, li.index);
                    let yes = self.b.ins().iconst(types::I8, 1);
                    self.b.ins().jump(done, &[BlockArg::Value(yes)]);
                    self.b.switch_to_block(slow);
                }
                let ctx = self.ctx;
                let r = self
                    .call_helper(
                        helpers::pyjit_for_iter as *const () as usize,
                        &[ctx, pi, po],
                        true,
                    )
                    .expect("returns");
                let raised = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
                self.raise_if(raised, *state);
                let got = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                self.b.ins().jump(done, &[BlockArg::Value(got)]);
                self.b.switch_to_block(done);
                self.def(inst, has);
            }
            InstKind::TruthyOf(op, state) => {
                let p = self.operand_ptr(*op, 0);
                let ctx = self.ctx;
                let r = self
                    .call_helper(helpers::pyjit_truthy as *const () as usize, &[ctx, p], true)
                    .expect("returns");
                let raised = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
                self.raise_if(raised, *state);
                let t = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
                self.def(inst, t);
            }
            InstKind::IsNoneOf(op) => {
                let r = match *op {
                    Operand::Reg(v) => {
                        let is_none = self.func.ty(v) == Type::None;
                        self.b.ins().iconst(types::I8, is_none as i64)
                    }
                    other => {
                        let p = self.operand_ptr(other, 0);
                        let f = self.trusted;
                        let t = self.b.ins().load(types::I64, f, p, VALUE_TAG_OFFSET);
                        self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::NONE as i64)
                    }
                };
                self.def(inst, r);
            }
            InstKind::IsOf(a, b) => {
                // `Value::is` in place: the same tag, and for those with a payload the same
                // payload (a bool's is its low byte; None's and NULL's words mean nothing).
                let pa = self.operand_ptr(*a, 0);
                let pb = self.operand_ptr(*b, 1);
                let ta = self.b.ins().load(types::I64, flags, pa, VALUE_TAG_OFFSET);
                let tb = self.b.ins().load(types::I64, flags, pb, VALUE_TAG_OFFSET);
                let xa = self
                    .b
                    .ins()
                    .load(types::I64, flags, pa, VALUE_PAYLOAD_OFFSET);
                let xb = self
                    .b
                    .ins()
                    .load(types::I64, flags, pb, VALUE_PAYLOAD_OFFSET);
                let same_tag = self.b.ins().icmp(IntCC::Equal, ta, tb);
                let is_bool = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::BOOL as i64);
                let byte = self.iconst(0xff);
                let word = self.iconst(-1);
                let mask = self.b.ins().select(is_bool, byte, word);
                let ma = self.b.ins().band(xa, mask);
                let mb = self.b.ins().band(xb, mask);
                let same_payload = self.b.ins().icmp(IntCC::Equal, ma, mb);
                let no_payload =
                    self.b
                        .ins()
                        .icmp_imm_u(IntCC::UnsignedLessThanOrEqual, ta, tag::NONE as i64);
                let either = self.b.ins().bor(no_payload, same_payload);
                let t = self.b.ins().band(same_tag, either);
                self.def(inst, t);
            }
            InstKind::RangeLen(start, stop, step, s) => {
                let (a, b, c) = (self.v(*start), self.v(*stop), self.v(*step));
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, c, 0);
                self.exit_if(zero, *s);
                let len = self
                    .call_helper(
                        helpers::pyjit_range_len as *const () as usize,
                        &[a, b, c],
                        true,
                    )
                    .expect("returns");
                let big = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, len, 0);
                self.exit_if(big, *s);
                self.def(inst, len);
            }
            InstKind::GuardCanCall(s) => {
                let f = self.trusted;
                let ok = self
                    .b
                    .ins()
                    .load(types::I64, f, self.ctx, ctx_offset::CAN_CALL);
                let cannot = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
                self.exit_if(cannot, *s);
            }
            InstKind::GuardInterrupt(s) => {
                // An atomic load: a plain one could be merged with an earlier load of the flag.
                let flag =
                    self.iconst(&pyjit_runtime::interp::interrupt::INTERRUPTED as *const _ as i64);
                let set = self.b.ins().atomic_load(types::I8, self.trusted, flag);
                self.exit_if(set, *s);
            }
            InstKind::GuardGlobals(s)
                if self.func.global_reads.is_empty() && self.func.defaults_reads.is_empty() =>
            {
                let _ = s;
            }
            InstKind::GuardGlobals(s) => {
                // Fast path: no dict changed since the globals were last checked.
                let f = self.trusted;
                let counter = self
                    .iconst(&pyjit_runtime::table::dict_table::DICT_MUTATIONS as *const _ as i64);
                let now = self.b.ins().load(types::I64, f, counter, 0);
                let seen =
                    self.b
                        .ins()
                        .load(types::I64, f, self.ctx, ctx_offset::GLOBALS_CHECKED_AT);
                let same = self.b.ins().icmp(IntCC::Equal, now, seen);
                let check = self.b.create_block();
                let cont = self.b.create_block();
                self.b.set_cold_block(check);
                self.b.ins().brif(same, cont, &[], check, &[]);
                self.b.switch_to_block(check);
                let ok = self
                    .call_helper(
                        helpers::pyjit_globals_unchanged as *const () as usize,
                        &[self.ctx],
                        true,
                    )
                    .expect("returns");
                let changed = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
                self.exit_if(changed, *s);
                self.b.ins().jump(cont, &[]);
                self.b.switch_to_block(cont);
            }
        }
    }
}

/// Whether an instruction leaves every list as it was (length, items, not being written) and
/// runs no Python code, so that the lists checked before it stay checked.
fn keeps_lists(kind: &InstKind) -> bool {
    matches!(
        kind,
        InstKind::ConstInt(_)
            | InstKind::ConstFloat(_)
            | InstKind::ConstBool(_)
            | InstKind::ConstNone
            | InstKind::LoadSlot(..)
            | InstKind::RangeIterField(..)
            | InstKind::IntArithOvf(..)
            | InstKind::IntBitwise(..)
            | InstKind::IntAddWrap(..)
            | InstKind::IntNeg(..)
            | InstKind::IntInvert(_)
            | InstKind::IntCmp(..)
            | InstKind::IntToFloat(_)
            | InstKind::FloatArith(..)
            | InstKind::FloatDiv(..)
            | InstKind::FloatNeg(_)
            | InstKind::FloatFn { .. }
            | InstKind::FloatCmp(..)
            | InstKind::IntFloatCmp(..)
            | InstKind::NumOp(..)
            | InstKind::Truthy(_)
            | InstKind::BoolNot(_)
            | InstKind::GuardInterrupt(_)
            | InstKind::GuardGlobals(_)
            | InstKind::Unbox { .. }
            | InstKind::UnboxLocal { .. }
            | InstKind::ListLoad { .. }
            | InstKind::ListStore { .. }
    )
}
