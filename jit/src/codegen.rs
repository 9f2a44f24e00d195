//! Cranelift IR to machine code: the target ISA, Cranelift's settings per `--opt-level`, and
//! the JIT module that owns the code.
//!
//! The host ISA comes from cranelift-native. Any other ISA can be targeted too (`compile_for`),
//! to check and show the code for AArch64 on an x86-64 machine and the reverse; that code is
//! never run.

use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use cranelift_codegen::ir::{Function, UserFuncName};
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module, ModuleReloc};

use pyjit_runtime::interp::jit_abi::CompiledFn;

use crate::disasm::MachineCode;
use crate::ir;
use crate::lower;

/// Cranelift's flags for a pyjit opt level: no optimisation at 0, `speed` above.
fn flags(opt_level: u8) -> settings::Flags {
    let mut b = settings::builder();
    let level = if opt_level == 0 { "none" } else { "speed" };
    b.set("opt_level", level).expect("known setting");
    b.set("is_pic", "false").expect("known setting");
    b.set(
        "enable_verifier",
        if cfg!(debug_assertions) {
            "true"
        } else {
            "false"
        },
    )
    .expect("known setting");
    settings::Flags::new(b)
}

/// The host ISA.
pub fn host_isa(opt_level: u8) -> Result<OwnedTargetIsa, String> {
    let builder = cranelift_native::builder().map_err(|e| e.to_string())?;
    builder.finish(flags(opt_level)).map_err(|e| e.to_string())
}

/// An ISA by name (`x86_64`, `aarch64`).
pub fn named_isa(name: &str, opt_level: u8) -> Result<OwnedTargetIsa, String> {
    let triple = match name {
        "x86_64" | "x86-64" => "x86_64-unknown-linux-gnu",
        "aarch64" | "arm64" => "aarch64-unknown-linux-gnu",
        other => return Err(format!("unknown ISA '{other}' (use x86_64 or aarch64)")),
    };
    let triple: target_lexicon::Triple = triple.parse().map_err(|e| format!("{e:?}"))?;
    let builder = cranelift_codegen::isa::lookup(triple).map_err(|e| e.to_string())?;
    builder.finish(flags(opt_level)).map_err(|e| e.to_string())
}

/// The name of the ISA that is not the host's (for cross-compilation checks).
pub fn other_isa_name() -> &'static str {
    if cfg!(target_arch = "aarch64") {
        "x86_64"
    } else {
        "aarch64"
    }
}

/// The Cranelift function for `func`, before compilation.
pub fn clif_function(isa: &dyn TargetIsa, func: &ir::Func, objects: usize) -> Function {
    let sig = lower::entry_signature(isa.default_call_conv());
    let mut f = Function::with_name_signature(UserFuncName::default(), sig);
    let mut fctx = FunctionBuilderContext::new();
    lower::lower(func, &mut f, &mut fctx, objects, isa.frontend_config());
    f
}

/// What compiling one entry produced.
pub struct Compiled {
    pub func: CompiledFn,
    /// The Cranelift IR and the machine code, when asked for (`pyjit graph`).
    pub listing: Option<(String, MachineCode)>,
    pub code_size: usize,
    /// The time Cranelift took (on the compiler thread, for a background compilation).
    pub codegen_time: Duration,
}

/// A compilation handed to the compiler thread, by number.
pub type JobId = u64;

/// What the compiler thread sends back: the context with its compiled code, or the error.
type Finished = (JobId, Result<Context, String>, Duration);

/// A compilation for the compiler thread: its number and its lowered function.
type Job = (JobId, Context);

/// The compiler thread: Cranelift's code generation (most of a compilation's time) for the
/// Cranelift functions the interpreter thread lowered, on the machine's other core. Only
/// Cranelift data crosses threads: the interpreter's objects never leave its thread, and the
/// machine code is placed in the JIT module back on that thread.
struct CompilerThread {
    jobs: mpsc::Sender<Job>,
    finished: mpsc::Receiver<Finished>,
}

impl CompilerThread {
    fn spawn(isa: Arc<dyn TargetIsa>) -> Option<CompilerThread> {
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (done_tx, finished) = mpsc::channel::<Finished>();
        std::thread::Builder::new()
            .name("pyjit-compiler".into())
            .stack_size(COMPILER_STACK)
            .spawn(move || {
                // Ends when the JIT (the sender) is gone; a job under way at exit is dropped.
                for (id, mut ctx) in job_rx {
                    let (result, time) = generate(&*isa, &mut ctx);
                    if done_tx.send((id, result.map(|()| ctx), time)).is_err() {
                        break;
                    }
                }
            })
            .ok()?;
        Some(CompilerThread { jobs, finished })
    }
}

/// Native stack for the compiler thread (Cranelift recurses over large functions).
const COMPILER_STACK: usize = 64 << 20;

/// Runs Cranelift's code generation on `ctx`; the time it took.
fn generate(isa: &dyn TargetIsa, ctx: &mut Context) -> (Result<(), String>, Duration) {
    let start = Instant::now();
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    let result = ctx
        .compile(isa, &mut ctrl)
        .map(|_| ())
        .map_err(|e| format!("{:?}", e.inner));
    (result, start.elapsed())
}

/// The JIT module: compiles functions for the host and keeps their code alive.
pub struct Backend {
    module: JITModule,
    isa: Arc<dyn TargetIsa>,
    count: usize,
    /// The compiler thread, for background compilation (None: compile on this thread).
    thread: Option<CompilerThread>,
    next_job: JobId,
}

impl Backend {
    /// The backend; with `background`, code generation runs on a compiler thread (when one
    /// can be started).
    pub fn new(opt_level: u8, background: bool) -> Result<Backend, String> {
        let isa = host_isa(opt_level)?;
        let builder = JITBuilder::with_isa(isa.clone(), default_libcall_names());
        let thread = if background {
            CompilerThread::spawn(isa.clone())
        } else {
            None
        };
        Ok(Backend {
            module: JITModule::new(builder),
            isa,
            count: 0,
            thread,
            next_job: 0,
        })
    }

    /// Whether compilations go to the compiler thread.
    pub fn compiles_in_background(&self) -> bool {
        self.thread.is_some()
    }

    /// Compiles `func` now, on this thread; with `listing`, also returns its Cranelift IR
    /// and machine code.
    pub fn compile(
        &mut self,
        func: &ir::Func,
        objects: usize,
        listing: bool,
    ) -> Result<Compiled, String> {
        let mut ctx = Context::for_function(clif_function(&*self.isa, func, objects));
        let clif = listing.then(|| ctx.func.display().to_string());
        let (result, codegen_time) = generate(&*self.isa, &mut ctx);
        result?;
        let mut compiled = self.place(&ctx, codegen_time)?;
        let arch = self.isa.triple().architecture;
        compiled.listing = clif.and_then(|clif| {
            let code = ctx.compiled_code()?;
            Some((clif, MachineCode::of(code, arch)))
        });
        Ok(compiled)
    }

    /// Lowers `func` to Cranelift IR here and hands its code generation to the compiler
    /// thread; [`Backend::finished`] returns the result under the job number this returns.
    pub fn submit(&mut self, func: &ir::Func, objects: usize) -> Result<JobId, String> {
        let ctx = Context::for_function(clif_function(&*self.isa, func, objects));
        let thread = self.thread.as_ref().ok_or("no compiler thread")?;
        let id = self.next_job;
        self.next_job += 1;
        thread
            .jobs
            .send((id, ctx))
            .map_err(|_| "the compiler thread stopped".to_string())?;
        Ok(id)
    }

    /// The compilations the compiler thread has finished since the last call, their code
    /// placed in the module and ready to run.
    pub fn finished(&mut self) -> Vec<(JobId, Result<Compiled, String>)> {
        let mut done = Vec::new();
        while let Some(Ok((id, result, time))) = self.thread.as_ref().map(|t| t.finished.try_recv())
        {
            done.push((id, result.and_then(|ctx| self.place(&ctx, time))));
        }
        done
    }

    /// Places the machine code of `ctx` (compiled) in the module and returns its address.
    fn place(&mut self, ctx: &Context, codegen_time: Duration) -> Result<Compiled, String> {
        let code = ctx.compiled_code().ok_or("not compiled")?;
        self.count += 1;
        let name = format!("pyjit_{}", self.count);
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &ctx.func.signature)
            .map_err(|e| e.to_string())?;
        let relocs: Vec<ModuleReloc> = code
            .buffer
            .relocs()
            .iter()
            .map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, id))
            .collect();
        self.module
            .define_function_bytes(
                id,
                code.buffer.alignment as u64,
                code.code_buffer(),
                &relocs,
            )
            .map_err(|e| format!("{e:?}"))?;
        self.module
            .finalize_definitions()
            .map_err(|e| e.to_string())?;
        let ptr = self.module.get_finalized_function(id);
        // SAFETY: the code was generated for `entry_signature`, which is `CompiledFn`'s ABI on
        // the host, and the module (which owns the code) lives as long as the JIT.
        let func: CompiledFn = unsafe { std::mem::transmute::<*const u8, CompiledFn>(ptr) };
        Ok(Compiled {
            func,
            listing: None,
            code_size: code.code_buffer().len(),
            codegen_time,
        })
    }
}

/// Compiles `func` for `isa` without running it; returns its Cranelift IR and machine code
/// (for `pyjit graph --isa`).
pub fn listing_for(
    isa: &dyn TargetIsa,
    func: &ir::Func,
    objects: usize,
) -> Result<(String, MachineCode), String> {
    let f = clif_function(isa, func, objects);
    let clif = f.display().to_string();
    let mut ctx = Context::for_function(f);
    generate(isa, &mut ctx).0?;
    let code = ctx.compiled_code().ok_or("not compiled")?;
    Ok((clif, MachineCode::of(code, isa.triple().architecture)))
}

/// Compiles `func` for `isa` without running it; returns the machine code's size.
pub fn compile_for(isa: &dyn TargetIsa, func: &ir::Func, objects: usize) -> Result<usize, String> {
    let mut ctx = Context::for_function(clif_function(isa, func, objects));
    generate(isa, &mut ctx).0?;
    let code = ctx.compiled_code().ok_or("not compiled")?;
    Ok(code.code_buffer().len())
}
