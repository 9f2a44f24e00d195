//! The cross-ISA check: every benchmark, run with every function compiled on its first call,
//! has each compiled entry compiled again for the ISA that is not the host's (AArch64 on x86-64
//! and the reverse). That code never runs; the test checks that Cranelift accepts all of it.
//!
//! Benchmarks run with small arguments so the check stays quick.

use std::path::PathBuf;
use std::process::Command;

/// Each benchmark with an argument that keeps it short.
const BENCHMARKS: &[(&str, &str)] = &[
    ("chaos", "300"),
    ("deltablue", "2"),
    ("fannkuch", "6"),
    ("fib", "18"),
    ("float", "2000"),
    ("generators", "1"),
    ("go", "5"),
    ("hexiom", "1"),
    ("json_roundtrip", "2"),
    ("mandelbrot", "40"),
    ("nbody", "200"),
    ("nqueens", "6"),
    ("pidigits", "50"),
    ("raytrace", "8"),
    ("richards", "2"),
    ("spectral_norm", "30"),
    ("unpack_sequence", "100"),
];

fn other_isa() -> &'static str {
    if cfg!(target_arch = "aarch64") {
        "x86_64"
    } else {
        "aarch64"
    }
}

#[test]
fn benchmarks_compile_for_the_other_isa() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut total = 0;
    for (name, arg) in BENCHMARKS {
        let out = Command::new(env!("CARGO_BIN_EXE_pyjit"))
            .args(["--threshold", "0", "--check-isa", other_isa(), "run"])
            .arg(root.join("benches").join(format!("{name}.py")))
            .arg(arg)
            .output()
            .expect("run pyjit");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name} failed:\n{stderr}");
        let line = stderr
            .lines()
            .find(|l| l.starts_with("pyjit: compiled "))
            .unwrap_or_else(|| panic!("{name}: no cross-ISA report in:\n{stderr}"));
        assert!(line.ends_with("(0 failed)"), "{name}: {stderr}");
        let count: usize = line["pyjit: compiled ".len()..]
            .split(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a count");
        total += count;
    }
    assert!(total > 0, "no benchmark compiled anything");
}
