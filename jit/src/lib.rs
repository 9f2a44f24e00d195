//! pyjit's JIT tier: hot code objects, from bytecode and the frame's types, to pyjit's IR
//! (`ir`, built by `build`), to Cranelift IR (`lower`), to machine code (`codegen`).
//!
//! The runtime decides when code is hot and calls [`Jit`] through its `Tier` trait with the
//! frame about to run; the entry this produces is specialised to that frame's types and is
//! entered only when a frame has them (see `pyjit_runtime::interp::tier`).

pub mod build;
pub mod codegen;
pub mod ir;
pub mod liveness;
pub mod lower;

use std::time::{Duration, Instant};

use std::rc::Rc;

use pyjit_runtime::interp::tier::{CompiledEntry, EntryTy, Tier};
use pyjit_runtime::interp::Frame;
use pyjit_runtime::object::Payload;
use pyjit_runtime::value::Value;
use pyjit_runtime::Options;

/// One compiled entry, as `pyjit graph` and the statistics show it.
pub struct Record {
    pub name: String,
    pub qualname: String,
    pub file: String,
    pub line: u32,
    pub entry_pc: usize,
    pub bytecode: String,
    pub ir: String,
    pub clif: String,
    pub asm: String,
    pub code_size: usize,
    pub compile_time: Duration,
}

/// What to report when the program ends.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// `pyjit graph`: the function whose compiled code to print.
    pub graph: Option<String>,
    /// Also compile every entry for this ISA (`x86_64`, `aarch64`), without running it, and
    /// say at exit how many compiled (the cross-ISA check of the test suite).
    pub check_isa: Option<String>,
    /// `pyjit run --stats`: what was compiled, and how long it took, on stderr at exit.
    pub stats: bool,
    /// `pyjit graph --isa`: show the code for this ISA (compiled again for it, never run).
    pub graph_isa: Option<String>,
}

pub struct Jit {
    backend: Option<codegen::Backend>,
    opt_level: u8,
    report: Report,
    records: Vec<Record>,
    /// Code objects that could not be compiled, and why.
    rejected: Vec<(String, String)>,
    /// The cross-ISA check: the ISA, entries compiled for it, and failures.
    check_isa: Option<(cranelift_codegen::isa::OwnedTargetIsa, usize, Vec<String>)>,
    /// The ISA `pyjit graph --isa` shows code for.
    graph_isa: Option<cranelift_codegen::isa::OwnedTargetIsa>,
    /// The code objects whose callees are being compiled ahead of them, outermost first.
    compiling: Vec<usize>,
}

impl Jit {
    pub fn new(options: &Options, report: Report) -> Jit {
        let backend = match codegen::Backend::new(options.opt_level) {
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
            report,
            check_isa,
            graph_isa,
            records: Vec::new(),
            rejected: Vec::new(),
            compiling: Vec::new(),
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

impl Tier for Jit {
    fn compile(&mut self, frame: &Frame, entry_pc: usize) -> Option<CompiledEntry> {
        self.backend.as_ref()?;
        let start = Instant::now();
        let specialize = self.opt_level > 0;
        let mut signature = build::signature(frame, specialize);
        let code = &frame.code;
        let inline = self.opt_level >= 2;
        let build = |signature: &pyjit_runtime::interp::tier::Signature| {
            build::build(frame, entry_pc, signature, specialize, inline)
        };
        let mut func = match build(&signature) {
            Ok(f) => f,
            Err(build::Unsupported(why)) => {
                self.rejected.push((code.qualname.clone(), why));
                return None;
            }
        };
        // Callees that calls here could enter directly once compiled: compile them first
        // (for the argument types they get here), then this code again to call them so.
        if !func.wanted_callees.is_empty() && self.compiling.len() < MAX_CALLEE_NESTING {
            self.compiling.push(Rc::as_ptr(code) as usize);
            let mut any = false;
            for (callee, types) in std::mem::take(&mut func.wanted_callees) {
                any |= self.compile_callee(frame, &callee, &types);
            }
            self.compiling.pop();
            if any {
                if let Ok(f) = build(&signature) {
                    func = f;
                }
            }
        }
        signature.global_reads = func.global_reads.clone();
        // Recursive direct calls call through this word, set once the code exists.
        let self_address = Box::new(std::cell::Cell::new(0usize));
        let mut func = func;
        func.self_address = &*self_address as *const std::cell::Cell<usize> as usize;
        if let Some((isa, count, failures)) = &mut self.check_isa {
            match codegen::compile_for(&**isa, &func, 0) {
                Ok(_) => *count += 1,
                Err(e) => failures.push(format!("{} at bytecode {entry_pc}: {e}", code.qualname)),
            }
        }
        // The machine code refers to object constants by address: they move into the entry.
        let objects: Box<[pyjit_runtime::value::Value]> = func.object_consts.clone().into();
        let backend = self.backend.as_mut()?;
        let compiled = match backend.compile(&func, objects.as_ptr() as usize) {
            Ok(c) => c,
            Err(e) => {
                self.rejected
                    .push((code.qualname.clone(), format!("Cranelift: {e}")));
                return None;
            }
        };
        self_address.set(compiled.func as usize);
        let compile_time = start.elapsed();
        let wanted =
            self.report.graph.as_deref().is_some_and(|g| {
                g == code.qualname || g == pyjit_runtime::object::str_of(&code.name)
            });
        let (clif, asm) = match (&self.graph_isa, wanted) {
            (Some(isa), true) => codegen::listing_for(&**isa, &func, objects.as_ptr() as usize)
                .unwrap_or_else(|e| (format!("(Cranelift: {e})\n"), String::new())),
            _ => (compiled.clif, compiled.asm),
        };
        self.records.push(Record {
            name: pyjit_runtime::object::str_of(&code.name).to_string(),
            qualname: code.qualname.clone(),
            file: code.source.filename.clone(),
            line: code.first_line,
            entry_pc,
            bytecode: if wanted {
                bytecode_listing(code)
            } else {
                String::new()
            },
            ir: if wanted {
                func.to_string()
            } else {
                String::new()
            },
            clif: if wanted { clif } else { String::new() },
            asm: if wanted { asm } else { String::new() },
            code_size: compiled.code_size,
            compile_time,
        });
        Some(CompiledEntry {
            pc: entry_pc,
            signature,
            max_exit_depth: func.max_stack_slots(),
            objects,
            entries: Default::default(),
            early_exits: Default::default(),
            guard_failures: Default::default(),
            judged_entries: Default::default(),
            func: compiled.func,
            direct_callees: std::mem::take(&mut func.direct_callees),
            self_address,
        })
    }

    fn finish(&mut self) {
        if let Some(target) = self.report.graph.clone() {
            self.print_graph(&target);
        }
        if self.report.stats {
            self.print_stats();
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

impl Jit {
    /// The compiled entries and the code that was not compiled, with compile times.
    fn print_stats(&self) {
        let total: Duration = self.records.iter().map(|r| r.compile_time).sum();
        eprintln!(
            "pyjit stats: {} entries compiled at opt level {} in {:.1} ms",
            self.records.len(),
            self.opt_level,
            total.as_secs_f64() * 1000.0
        );
        for r in &self.records {
            let at = if r.entry_pc == 0 {
                "start".to_string()
            } else {
                format!("loop at bytecode {}", r.entry_pc)
            };
            eprintln!(
                "  {} ({}:{}), {at}: {} bytes, {:.2} ms",
                r.qualname,
                r.file,
                r.line,
                r.code_size,
                r.compile_time.as_secs_f64() * 1000.0
            );
        }
        if !self.rejected.is_empty() {
            eprintln!("  not compiled:");
            for (name, why) in &self.rejected {
                eprintln!("    {name}: {why}");
            }
        }
    }

    fn print_graph(&self, target: &str) {
        let mut found = false;
        for r in &self.records {
            if r.qualname != target && r.name != target {
                continue;
            }
            found = true;
            let kind = if r.entry_pc == 0 {
                "function entry".to_string()
            } else {
                format!("loop entry at bytecode {}", r.entry_pc)
            };
            println!(
                "=== {} ({}:{}), {kind}, opt level {}: {} bytes of machine code, compiled in {:.3} ms",
                r.qualname,
                r.file,
                r.line,
                self.opt_level,
                r.code_size,
                r.compile_time.as_secs_f64() * 1000.0
            );
            println!("--- bytecode");
            print!("{}", r.bytecode);
            println!("--- pyjit IR");
            print!("{}", r.ir);
            println!("--- Cranelift IR");
            print!("{}", r.clif);
            match &self.graph_isa {
                Some(isa) => println!("--- machine code ({})", isa.triple().architecture),
                None => println!("--- machine code"),
            }
            print!("{}", r.asm);
        }
        if !found {
            let why: Vec<&String> = self
                .rejected
                .iter()
                .filter(|(n, _)| n == target || n.rsplit('.').next() == Some(target))
                .map(|(_, w)| w)
                .collect();
            match why.first() {
                Some(w) => println!("{target} was not compiled: {w}"),
                None => println!(
                    "{target} was never compiled: it did not get hot (run with --threshold 0 to \
                     compile every function on its first call)"
                ),
            }
        }
    }
}

/// The factory the command line hands the runtime (the JIT lives on the interpreter thread).
pub fn factory(report: Report) -> pyjit_runtime::TierFactory {
    Box::new(move |options: &Options| Box::new(Jit::new(options, report)) as Box<dyn Tier>)
}
