//! Differential fuzzing of the JIT against the interpreter: generated programs (hot loops of
//! mixed int, float and bool arithmetic, comparisons, list reads and writes, exceptions from
//! zero divisors and overflow) run under `--no-jit` and with every function compiled at once
//! at each opt level; stdout, stderr and the exit status must be identical.
//!
//! The generator is deterministic (a fixed seed per program), so a failure names the seed
//! and the program can be regenerated: `PYJIT_FUZZ_SEED=N cargo test --release --test
//! jit_fuzz -- --nocapture` prints program N; `PYJIT_FUZZ_PROGRAMS=N` runs more programs.

use std::process::Command;

/// Programs per run (each runs in four modes).
const PROGRAMS: u64 = 40;

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const VARS: &[&str] = &["a", "b", "c", "d"];

fn literal(r: &mut Rng) -> String {
    match r.below(7) {
        0 => format!("{}", r.below(10)),
        1 => format!("-{}", r.below(1000)),
        2 => format!("{}.{}", r.below(100), r.below(100)),
        3 => r.pick(&["True", "False"]).to_string(),
        4 => r
            .pick(&["2**62", "-2**63", "2**53 + 1", "0.0", "-0.0", "1e308"])
            .to_string(),
        5 => format!("xs[{}]", r.below(4)),
        _ => r.pick(&["i", "n"]).to_string(),
    }
}

fn expr(r: &mut Rng, depth: u32) -> String {
    if depth == 0 || r.below(3) == 0 {
        return if r.below(2) == 0 {
            r.pick(VARS).to_string()
        } else {
            literal(r)
        };
    }
    let a = expr(r, depth - 1);
    let b = expr(r, depth - 1);
    match r.below(6) {
        0..=2 => {
            let op = r.pick(&["+", "-", "*", "/", "//", "%", "&", "|", "^", "<<", ">>"]);
            match op {
                // Keep shifts and powers small.
                "<<" | ">>" => format!("(({a}) {op} (abs(int({b})) % 70))"),
                _ => format!("(({a}) {op} ({b}))"),
            }
        }
        3 => {
            let op = r.pick(&["<", "<=", "==", "!=", ">", ">="]);
            format!("(({a}) {op} ({b}))")
        }
        4 => format!("({a} if ({b}) else {})", expr(r, depth - 1)),
        _ => r
            .pick(&["(-({a}))", "(not ({a}))", "abs({a})", "float({a})"])
            .replace("{a}", &a),
    }
}

fn program(seed: u64) -> String {
    let mut r = Rng(seed);
    let mut src = String::from("def f(n, xs):\n    a = 1\n    b = 2.5\n    c = True\n    d = -3\n");
    src.push_str(&format!("    for i in range({}):\n", 50 + r.below(200)));
    for _ in 0..2 + r.below(4) {
        let v = r.pick(VARS);
        src.push_str(&format!(
            "        try:\n            {v} = {}\n        except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:\n            {v} = type(e).__name__\n",
            expr(&mut r, 3)
        ));
        // Keep values small, so that no program grows huge integers.
        src.push_str(&format!(
            "        if isinstance({v}, str) or abs({v}) > 1e12:\n            {v} = i\n",
        ));
    }
    if r.below(2) == 0 {
        src.push_str(&format!(
            "        xs[i % 4] = {}\n",
            r.pick(&["a", "b", "i", "i * 0.5"])
        ));
    }
    src.push_str("    return a, b, c, d, xs\n\n");
    src.push_str("for k in range(3):\n    print(f(k, [1, 2.5, -3, 0.125]))\n");
    src
}

fn run(args: &[&str], path: &std::path::Path) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(args)
        .arg("run")
        .arg(path)
        .output()
        .expect("run pyjit");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn compiled_code_agrees_with_the_interpreter() {
    let dir = std::env::temp_dir().join(format!("pyjit-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let only: Option<u64> = std::env::var("PYJIT_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok());
    let seeds: Vec<u64> = match only {
        Some(s) => vec![s],
        None => {
            let n = std::env::var("PYJIT_FUZZ_PROGRAMS")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(PROGRAMS);
            (1..=n).collect()
        }
    };
    let mut failures = Vec::new();
    for seed in seeds {
        let src = program(seed);
        if only.is_some() {
            println!("{src}");
        }
        let path = dir.join(format!("fuzz_{seed}.py"));
        std::fs::write(&path, &src).expect("write program");
        let expected = run(&["--no-jit"], &path);
        for mode in [
            &["--threshold", "0", "--opt-level", "0"][..],
            &["--threshold", "0", "--opt-level", "1"],
            &["--threshold", "0", "--opt-level", "2"],
            &["--threshold", "20"],
        ] {
            let got = run(mode, &path);
            if got != expected {
                failures.push(format!(
                    "seed {seed} {mode:?}:\n--- interpreter\n{}{}\n--- jit\n{}{}",
                    expected.0, expected.1, got.0, got.1
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
