//! Cranelift IR to machine code: the target ISA, Cranelift's settings per `--opt-level`, and
//! the JIT module that owns the code.
//!
//! The host ISA comes from cranelift-native. Any other ISA can be targeted too (`compile_for`),
//! to check and show the code for AArch64 on an x86-64 machine and the reverse; that code is
//! never run.

use std::sync::Arc;

use cranelift_codegen::ir::{Function, UserFuncName};
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module};

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
}

/// The JIT module: compiles functions for the host and keeps their code alive.
pub struct Backend {
    module: JITModule,
    isa: Arc<dyn TargetIsa>,
    count: usize,
}

impl Backend {
    pub fn new(opt_level: u8) -> Result<Backend, String> {
        let isa = host_isa(opt_level)?;
        let builder = JITBuilder::with_isa(isa.clone(), default_libcall_names());
        Ok(Backend {
            module: JITModule::new(builder),
            isa,
            count: 0,
        })
    }

    pub fn compile(
        &mut self,
        func: &ir::Func,
        objects: usize,
        listing: bool,
    ) -> Result<Compiled, String> {
        let clif_func = clif_function(&*self.isa, func, objects);
        let clif = listing.then(|| clif_func.display().to_string());
        self.count += 1;
        let name = format!("pyjit_{}_{}", self.count, func.entry_pc);
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &clif_func.signature)
            .map_err(|e| e.to_string())?;
        let mut ctx = Context::for_function(clif_func);
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("{e:?}"))?;
        let code_size = ctx
            .compiled_code()
            .map(|c| c.code_buffer().len())
            .unwrap_or(0);
        let arch = self.isa.triple().architecture;
        let listing = clif.and_then(|clif| {
            let code = ctx.compiled_code()?;
            Some((clif, MachineCode::of(code, arch)))
        });
        self.module
            .finalize_definitions()
            .map_err(|e| e.to_string())?;
        let ptr = self.module.get_finalized_function(id);
        // SAFETY: the code was generated for `entry_signature`, which is `CompiledFn`'s ABI on
        // the host, and the module (which owns the code) lives as long as the JIT.
        let func: CompiledFn = unsafe { std::mem::transmute::<*const u8, CompiledFn>(ptr) };
        Ok(Compiled {
            func,
            listing,
            code_size,
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
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    let code = ctx
        .compile(isa, &mut ctrl)
        .map_err(|e| format!("{:?}", e.inner))?;
    Ok((clif, MachineCode::of(code, isa.triple().architecture)))
}

/// Compiles `func` for `isa` without running it; returns the machine code's size.
pub fn compile_for(isa: &dyn TargetIsa, func: &ir::Func, objects: usize) -> Result<usize, String> {
    let f = clif_function(isa, func, objects);
    let mut ctx = Context::for_function(f);
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    let code = ctx
        .compile(isa, &mut ctrl)
        .map_err(|e| format!("{:?}", e.inner))?;
    Ok(code.code_buffer().len())
}
