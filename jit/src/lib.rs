//! pyjit's JIT tier: hot code objects, from bytecode and the frame's types, to pyjit's IR
//! (`ir`, built by `build`), to Cranelift IR (`lower`), to machine code (`codegen`).
//!
//! The runtime decides when code is hot and calls [`Jit`] through its `Tier` trait with the
//! frame about to run; the entry this produces is specialised to that frame's types and is
//! entered only when a frame has them (see `pyjit_runtime::interp::tier`).

pub mod build;
pub mod codegen;
pub mod disasm;
pub mod explain;
pub mod graph;
pub mod ir;
pub mod liveness;
pub mod lower;
pub mod stats;

use std::rc::Rc;
use std::time::{Duration, Instant};

use pyjit_runtime::bytecode::Code;
use pyjit_runtime::interp::tier::{
    CompiledEntry, EntryStats, EntryTy, GuardCheck, GuardSite, Tier,
};
use pyjit_runtime::interp::Frame;
use pyjit_runtime::object::Payload;
use pyjit_runtime::value::Value;
use pyjit_runtime::Options;

use disasm::MachineCode;
use ir::InstKind;

/// One compiled entry, as the views (`pyjit graph`, `--stats`, `pyjit explain`) show it.
pub struct Record {
    pub code: Rc<Code>,
    /// The name of the module whose globals the code runs with (`module.name` in `graph`).
    pub module: String,
    pub entry_pc: usize,
    /// 1 for the first compilation of this entry point, 2 after it was recompiled, ...
    pub version: usize,
    /// The IR, kept when a view shows it.
    pub func: Option<ir::Func>,
    /// The Cranelift IR and machine code (`pyjit graph` of this function).
    pub listing: Option<(String, MachineCode)>,
    pub code_size: usize,
    pub compile_time: Duration,
    pub stats: Option<Rc<EntryStats>>,
}

impl Record {
    pub fn qualname(&self) -> &str {
        &self.code.qualname
    }

    pub fn name(&self) -> &str {
        pyjit_runtime::object::str_of(&self.code.name)
    }

    /// Whether `pyjit graph`'s function argument names this code: `name`, `Class.method`
    /// or `module.name`.
    pub fn is_named(&self, target: &str) -> bool {
        target == self.qualname()
            || target == self.name()
            || target
                .strip_prefix(self.module.as_str())
                .and_then(|t| t.strip_prefix('.'))
                .is_some_and(|t| t == self.qualname())
    }

    /// `start` or `loop at bytecode N`.
    pub fn kind(&self) -> String {
        if self.entry_pc == 0 {
            "start".to_string()
        } else {
            format!("loop at bytecode {}", self.entry_pc)
        }
    }
}

/// Which views to print when the program ends.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// `pyjit graph`: the function whose compiled code to print.
    pub graph: Option<String>,
    /// `pyjit graph --stage`: `bytecode`, `ir`, `clif` or `asm` (all when empty).
    pub graph_stages: Vec<String>,
    /// `pyjit graph --format dot`: Graphviz of the bytecode and IR control-flow graphs.
    pub graph_dot: bool,
    /// Also compile every entry for this ISA (`x86_64`, `aarch64`), without running it, and
    /// say at exit how many compiled (the cross-ISA check of the test suite).
    pub check_isa: Option<String>,
    /// `pyjit run --stats`: what was compiled and what happened to it, on stderr at exit.
    pub stats: bool,
    /// `--stats=json`: the same, as JSON.
    pub stats_json: bool,
    /// `pyjit graph --isa`: show the code for this ISA (compiled again for it, never run).
    pub graph_isa: Option<String>,
    /// `pyjit explain`: the program's source marked by what happened to each line.
    pub explain: Option<explain::Request>,
    /// Leave out what changes between runs (times, addresses), for tests.
    pub stable: bool,
}

impl Report {
    /// Whether compiled entries record what happens to them as they run.
    fn records_runs(&self) -> bool {
        self.stats || self.stats_json || self.explain.is_some() || self.graph.is_some()
    }
}

pub struct Jit {
    backend: Option<codegen::Backend>,
    opt_level: u8,
    /// `--threshold` (what `pyjit graph` says when a function never got hot).
    threshold: u64,
    report: Report,
    records: Vec<Record>,
    /// Code objects that could not be compiled, and why.
    rejected: Vec<(Rc<Code>, String)>,
    /// The program's top-level code (`pyjit explain` walks it).
    program: Option<Rc<Code>>,
    /// The cross-ISA check: the ISA, entries compiled for it, and failures.
    check_isa: Option<(cranelift_codegen::isa::OwnedTargetIsa, usize, Vec<String>)>,
    /// The ISA `pyjit graph --isa` shows code for.
    graph_isa: Option<cranelift_codegen::isa::OwnedTargetIsa>,
    /// The code objects whose callees are being compiled ahead of them, outermost first.
    compiling: Vec<usize>,
    /// Entries whose machine code the compiler thread is generating.
    pending: Vec<PendingJob>,
}

/// An entry handed to the compiler thread, until its machine code comes back.
struct PendingJob {
    job: codegen::JobId,
    entry: Rc<CompiledEntry>,
    record: Record,
}

impl Jit {
    pub fn new(options: &Options, report: Report) -> Jit {
        // Code generation runs on a compiler thread, except where the views or the tests
        // need compiled code to be there as soon as it is asked for: `--threshold 0`
        // compiles everything first, and the views report what each entry did from its
        // first call.
        let background =
            options.threshold > 0 && !report.records_runs() && report.check_isa.is_none();
        let backend = match codegen::Backend::new(options.opt_level, background) {
            Ok(b) => Some(b),
            Err(e) => {
                eprintln!("pyjit: the JIT is unavailable on this machine ({e}); interpreting");
                None
            }
        };
        let check_isa = report.check_isa.as_deref().map(|name| {
            let isa = codegen::named_isa(name, options.opt_level).unwrap_or_else(|e| {
                eprintln!("pyjit: {e}");
                std::process::exit(2)
            });
            (isa, 0, Vec::new())
        });
        let graph_isa = report.graph_isa.as_deref().map(|name| {
            codegen::named_isa(name, options.opt_level).unwrap_or_else(|e| {
                eprintln!("pyjit: {e}");
                std::process::exit(2)
            })
        });
        Jit {
            backend,
            opt_level: options.opt_level,
            threshold: options.threshold,
            report,
            check_isa,
            graph_isa,
            records: Vec::new(),
            rejected: Vec::new(),
            compiling: Vec::new(),
            pending: Vec::new(),
            program: None,
        }
    }
}

/// The bytecode of a code object, one instruction per line with its source line.
pub fn bytecode_listing(code: &pyjit_runtime::bytecode::Code) -> String {
    let mut out = String::new();
    for (pc, instr) in code.instrs.iter().enumerate() {
        out.push_str(&format!("{pc:5}  line {:<4} {instr:?}\n", code.line_of(pc)));
    }
    out
}

/// How deep compiling a callee first may go (a callee's own callees, and so on).
const MAX_CALLEE_NESTING: usize = 2;

impl Jit {
    /// Compiles the start of `callee` (a function called from `caller` with arguments of
    /// `types`) and installs it; false if nothing was installed.
    fn compile_callee(&mut self, caller: &Frame, callee: &Value, types: &[EntryTy]) -> bool {
        let Some(Payload::Function(f)) = callee.payload() else {
            return false;
        };
        if self.compiling.contains(&(Rc::as_ptr(&f.code) as usize)) {
            return false;
        }
        let args: Vec<Value> = types
            .iter()
            .map(|t| match t {
                EntryTy::Int => Value::Int(0),
                EntryTy::Float => Value::Float(0.0),
                EntryTy::Bool => Value::Bool(false),
                EntryTy::None => Value::None,
                _ => pyjit_runtime::object::new_tuple(Vec::new()),
            })
            .collect();
        let frame = Frame::with_buffer(
            f.code.clone(),
            f.globals.clone(),
            caller.builtins.clone(),
            args,
        );
        match self.compile(&frame, 0) {
            Some(entry) => pyjit_runtime::interp::tier::install_start(&f.code, entry),
            None => false,
        }
    }
}

/// The guards of `func`, for recording which fail (see `EntryStats::guard_failed`).
fn guard_sites(func: &ir::Func) -> Vec<GuardSite> {
    let mut sites = Vec::new();
    for inst in func.blocks.iter().flat_map(|b| &b.insts) {
        let (state, check) = match &inst.kind {
            InstKind::Unbox { slot, ty, state } => (state, GuardCheck::Stack(*slot, ty.entry_ty())),
            InstKind::UnboxLocal { local, ty, state } => {
                (state, GuardCheck::Local(*local, ty.entry_ty()))
            }
            InstKind::ListLoad { state, .. } => (
                state,
                GuardCheck::Condition(
                    "a list item of the profiled type",
                    "another container, an index out of range or another type",
                ),
            ),
            InstKind::AttrLoad { out, ty, post, .. } => {
                (post, GuardCheck::Stack(*out, ty.entry_ty()))
            }
            InstKind::ListStore { state, .. } => (
                state,
                GuardCheck::Condition(
                    "a list item holding no object",
                    "another container, an index out of range or an object",
                ),
            ),
            InstKind::IntArithOvf(_, _, _, s) | InstKind::IntNeg(_, s) => (
                s,
                GuardCheck::Condition("an int result of 64 bits", "an overflow"),
            ),
            InstKind::FloatDiv(_, _, s) => (s, GuardCheck::Condition("a non-zero divisor", "zero")),
            InstKind::IntFloatCmp(_, _, _, s) => (
                s,
                GuardCheck::Condition("an int exact as a float", "a larger int"),
            ),
            InstKind::NumOp(_, _, _, s) => (
                s,
                GuardCheck::Condition("a result of the profiled type", "another type or an error"),
            ),
            InstKind::RangeLen(_, _, _, s) => (
                s,
                GuardCheck::Condition("a range of 64-bit length", "a zero step or a huge range"),
            ),
            InstKind::GuardCanCall(s) => (
                s,
                GuardCheck::Condition("room on the call stack", "deep recursion"),
            ),
            InstKind::GuardInterrupt(s) => (s, GuardCheck::Condition("no Ctrl-C", "a Ctrl-C")),
            InstKind::GuardGlobals(s) => (
                s,
                GuardCheck::Condition(
                    "unchanged globals",
                    "a global rebound (or the defaults of a function called directly changed)",
                ),
            ),
            InstKind::GuardMethod { state, .. } => (
                state,
                GuardCheck::Condition(
                    "a receiver of a class (and attributes) the method was found on",
                    "another receiver, or a class changed",
                ),
            ),
            InstKind::GuardOperands { state, .. } => (
                state,
                GuardCheck::Condition(
                    "operands of classes whose operator method was called before",
                    "other operands, or a class changed",
                ),
            ),
            InstKind::NewInstance { state, .. } => (
                state,
                GuardCheck::Condition("classes unchanged since compiling", "a class changed"),
            ),
            InstKind::FloatFn { state, .. } => (
                state,
                GuardCheck::Condition("a result math returns", "an argument math rejects"),
            ),
            _ => continue,
        };
        sites.push(GuardSite {
            pc: func.state(*state).pc,
            check,
        });
    }
    sites
}

impl Tier for Jit {
    fn program(&mut self, code: &Rc<Code>) {
        self.program = Some(code.clone());
    }

    fn compile(&mut self, frame: &Frame, entry_pc: usize) -> Option<Rc<CompiledEntry>> {
        self.backend.as_ref()?;
        let start = Instant::now();
        let specialize = self.opt_level > 0;
        let mut signature = build::signature(frame, specialize);
        let code = &frame.code;
        if let Some(earlier) = code.jit.borrow().signature_at(entry_pc) {
            signature.widen_from(earlier);
        }
        let inline = self.opt_level >= 2;
        let build = |signature: &pyjit_runtime::interp::tier::Signature| {
            build::build(frame, entry_pc, signature, specialize, inline)
        };
        let mut func = match build(&signature) {
            Ok(f) => f,
            Err(build::Unsupported(why)) => {
                self.rejected.push((code.clone(), why));
                return None;
            }
        };
        // Callees that calls here could enter directly once compiled: compile them first
        // (for the argument types they get here), then this code again to call them so.
        // Time spent compiling callees is theirs (each records its own), not this code's.
        let mut callees_time = Duration::ZERO;
        if !func.wanted_callees.is_empty() && self.compiling.len() < MAX_CALLEE_NESTING {
            let callees_start = Instant::now();
            self.compiling.push(Rc::as_ptr(code) as usize);
            let mut any = false;
            for (callee, types) in std::mem::take(&mut func.wanted_callees) {
                any |= self.compile_callee(frame, &callee, &types);
            }
            self.compiling.pop();
            callees_time = callees_start.elapsed();
            if any {
                if let Ok(f) = build(&signature) {
                    func = f;
                }
            }
        }
        signature.global_reads = func.global_reads.clone();
        signature.defaults_reads = func.defaults_reads.clone();
        let mut func = func;
        if let Some((isa, count, failures)) = &mut self.check_isa {
            match codegen::compile_for(&**isa, &func, 0) {
                Ok(_) => *count += 1,
                Err(e) => failures.push(format!("{} at bytecode {entry_pc}: {e}", code.qualname)),
            }
        }
        let module = pyjit_runtime::builtins::dict::get_by_str(&frame.globals, "__name__")
            .and_then(|v| {
                v.as_obj()
                    .map(|o| pyjit_runtime::object::str_of(o).to_string())
            })
            .unwrap_or_default();
        let version = 1
            + self
                .records
                .iter()
                .filter(|r| Rc::ptr_eq(&r.code, code) && r.entry_pc == entry_pc)
                .count()
            + self
                .pending
                .iter()
                .filter(|p| Rc::ptr_eq(&p.record.code, code) && p.record.entry_pc == entry_pc)
                .count();
        let mut record = Record {
            code: code.clone(),
            module,
            entry_pc,
            version,
            func: None,
            listing: None,
            code_size: 0,
            compile_time: Duration::ZERO,
            stats: None,
        };
        let wanted = self
            .report
            .graph
            .as_deref()
            .is_some_and(|g| record.is_named(g));
        if self.report.records_runs() {
            let stats = Rc::new(EntryStats {
                guards: guard_sites(&func),
                ..EntryStats::default()
            });
            // Recursive direct calls count their entries here too.
            func.self_entered = &stats.entered as *const std::cell::Cell<u64> as usize;
            record.stats = Some(stats);
        }
        // The entry exists before its machine code: the code refers to its object constants,
        // its signature and its own address cell by address.
        let entry = Rc::new(CompiledEntry {
            pc: entry_pc,
            signature,
            max_exit_depth: func.max_stack_slots(),
            objects: func.object_consts.clone().into(),
            entries: Default::default(),
            early_exits: Default::default(),
            guard_failures: Default::default(),
            judged_entries: Default::default(),
            stats: record.stats.clone(),
            func: Default::default(),
            direct_callees: std::mem::take(&mut func.direct_callees),
            self_address: Default::default(),
        });
        // Recursive direct calls call through this word, set once the code exists.
        func.self_address = &*entry.self_address as *const std::cell::Cell<usize> as usize;
        let objects = entry.objects.as_ptr() as usize;
        let backend = self.backend.as_mut()?;
        if backend.compiles_in_background() && !wanted {
            match backend.submit(&func, objects) {
                Ok(job) => {
                    record.compile_time = start.elapsed().saturating_sub(callees_time);
                    self.pending.push(PendingJob {
                        job,
                        entry: entry.clone(),
                        record,
                    });
                    return Some(entry);
                }
                Err(e) => {
                    self.rejected.push((code.clone(), e));
                    return None;
                }
            }
        }
        let compiled = match backend.compile(&func, objects, wanted) {
            Ok(c) => c,
            Err(e) => {
                self.rejected
                    .push((code.clone(), format!("Cranelift: {e}")));
                return None;
            }
        };
        entry.make_ready(compiled.func);
        record.compile_time = start.elapsed().saturating_sub(callees_time);
        record.code_size = compiled.code_size;
        record.listing = match (&self.graph_isa, wanted) {
            (Some(isa), true) => Some(
                codegen::listing_for(&**isa, &func, objects)
                    .unwrap_or_else(|e| (format!("(Cranelift: {e})\n"), MachineCode::default())),
            ),
            _ => compiled.listing,
        };
        if wanted || self.report.explain.is_some() {
            record.func = Some(func);
        }
        self.records.push(record);
        Some(entry)
    }

    fn poll(&mut self) {
        let Some(backend) = self.backend.as_mut() else {
            return;
        };
        for (job, result) in backend.finished() {
            let Some(i) = self.pending.iter().position(|p| p.job == job) else {
                continue;
            };
            let PendingJob {
                entry, mut record, ..
            } = self.pending.swap_remove(i);
            match result {
                Ok(compiled) => {
                    entry.make_ready(compiled.func);
                    record.compile_time += compiled.codegen_time;
                    record.code_size = compiled.code_size;
                    pyjit_runtime::interp::tier::ready(&record.code, record.entry_pc, &entry);
                    self.records.push(record);
                }
                Err(e) => {
                    pyjit_runtime::interp::tier::abandon(&record.code, record.entry_pc, &entry);
                    self.rejected
                        .push((record.code.clone(), format!("Cranelift: {e}")));
                }
            }
        }
    }

    fn finish(&mut self) {
        if let Some(target) = self.report.graph.clone() {
            graph::print(self, &target);
        }
        if self.report.stats_json {
            eprintln!("{}", stats::json(self));
        } else if self.report.stats {
            eprint!("{}", stats::text(self));
        }
        if let Some(request) = &self.report.explain {
            explain::print(self, request);
        }
        if let Some((isa, count, failures)) = &self.check_isa {
            eprintln!(
                "pyjit: compiled {count} entries for {} ({} failed)",
                isa.triple().architecture,
                failures.len()
            );
            for f in failures {
                eprintln!("  {f}");
            }
        }
    }
}

/// The factory the command line hands the runtime (the JIT lives on the interpreter thread).
pub fn factory(report: Report) -> pyjit_runtime::TierFactory {
    Box::new(move |options: &Options| Box::new(Jit::new(options, report)) as Box<dyn Tier>)
}
