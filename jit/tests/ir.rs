//! The IR builder on small functions: what it specialises, what it leaves to helpers, and
//! what it refuses. Each test defines functions in a fresh interpreter, makes a frame as a
//! call would, builds the IR for it and reads the printed IR.

use std::rc::Rc;

use pyjit_jit::build::{build, signature, Unsupported};
use pyjit_runtime::compile::{compile_module, Source};
use pyjit_runtime::interp::{Frame, Vm};
use pyjit_runtime::object::{module_dict, new_module, Payload};
use pyjit_runtime::value::Value;
use pyjit_runtime::Options;

/// Runs `src` as a module and builds the IR of its function `name` entered with `args`.
fn ir_of(src: &str, name: &str, args: Vec<Value>, specialize: bool) -> Result<String, String> {
    let mut vm = Vm::new(Options::default(), vec!["test".into()], 64 << 20);
    let main = new_module("__main__");
    let globals = module_dict(&main);
    let source = Rc::new(Source::new("<test>", src));
    let code = compile_module(source, "__main__").map_err(|e| format!("{e:?}"))?;
    pyjit_runtime::interp::call::run_in_namespace(&mut vm, code, globals.clone(), None, &[])
        .map_err(|_| "module raised".to_string())?;
    let f = pyjit_runtime::builtins::dict::get_by_str(&globals, name).ok_or("no function")?;
    let Some(Payload::Function(func)) = f.payload() else {
        return Err("not a function".into());
    };
    let mut frame = Frame::new(
        func.code.clone(),
        globals.clone(),
        vm.builtins_dict.clone(),
        &mut vm.frames,
    );
    for (i, a) in args.into_iter().enumerate() {
        frame.stack[i] = a;
    }
    let sig = signature(&frame, specialize);
    build(&frame, 0, &sig, specialize, false)
        .map(|f| f.to_string())
        .map_err(|Unsupported(why)| why)
}

#[test]
fn float_arithmetic_is_unboxed() {
    let ir = ir_of(
        "def f(a, b):\n    return a * b + 1.5\n",
        "f",
        vec![Value::Float(2.0), Value::Float(3.0)],
        true,
    )
    .unwrap();
    assert!(ir.contains("float.mul"), "{ir}");
    assert!(ir.contains("float.add"), "{ir}");
    assert!(!ir.contains("call "), "no helper calls expected:\n{ir}");
}

#[test]
fn int_arithmetic_checks_overflow() {
    let ir = ir_of(
        "def f(a, b):\n    return a * b - 7\n",
        "f",
        vec![Value::Int(2), Value::Int(3)],
        true,
    )
    .unwrap();
    assert!(ir.contains("int.mul_ovf"), "{ir}");
    assert!(ir.contains("int.sub_ovf"), "{ir}");
    assert!(ir.contains("exit @"), "overflow needs an exit:\n{ir}");
}

#[test]
fn mixed_int_float_converts_the_int() {
    let ir = ir_of(
        "def f(a, b):\n    return a + b\n",
        "f",
        vec![Value::Int(2), Value::Float(0.5)],
        true,
    )
    .unwrap();
    assert!(ir.contains("int_to_float"), "{ir}");
    assert!(ir.contains("float.add"), "{ir}");
}

#[test]
fn range_loops_keep_the_iterator_in_registers() {
    let ir = ir_of(
        "def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n",
        "f",
        vec![Value::Int(10)],
        true,
    )
    .unwrap();
    assert!(ir.contains("range_len"), "{ir}");
    assert!(!ir.contains("call "), "no helper calls expected:\n{ir}");
}

#[test]
fn types_that_differ_at_a_join_move_the_local_to_the_frame() {
    let ir = ir_of(
        "def f(n):\n    x = 0\n    for i in range(n):\n        x = 0.5\n    return x\n",
        "f",
        vec![Value::Int(10)],
        true,
    )
    .unwrap();
    assert!(
        ir.contains("store_slot l1"),
        "x must be written to its slot:\n{ir}"
    );
}

#[test]
fn opt_level_0_uses_helpers_for_everything() {
    let ir = ir_of(
        "def f(a, b):\n    return a * b + 1.5\n",
        "f",
        vec![Value::Float(2.0), Value::Float(3.0)],
        false,
    )
    .unwrap();
    assert!(ir.contains("call Binary"), "{ir}");
    assert!(!ir.contains("float.mul"), "{ir}");
}

#[test]
fn code_that_leaves_at_once_is_not_compiled() {
    let why = ir_of(
        "def f(a):\n    import math\n    return a\n",
        "f",
        vec![Value::Int(1)],
        true,
    )
    .unwrap_err();
    assert!(why.contains("before finishing any work"), "{why}");
}

#[test]
fn generators_stay_interpreted() {
    let why = ir_of("def g(n):\n    yield n\n", "g", vec![Value::Int(1)], true).unwrap_err();
    assert!(why.contains("generator"), "{why}");
}
