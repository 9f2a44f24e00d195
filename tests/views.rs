//! The JIT's views (`pyjit graph`, `pyjit run --stats`, `pyjit explain`) on the small programs
//! of tests/views/, compared with the expected outputs committed beside them
//! (`PROGRAM.CASE.out`). Runs use `--stable`, which leaves out times and addresses; the
//! directory of the programs is written `<dir>` in the expected outputs.
//!
//! After a deliberate change to the views or to the code the JIT generates, write the outputs
//! anew with `PYJIT_BLESS=1 cargo test --release --test views` and review the diff.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/views")
}

/// `$PYJIT_BIN` if set, else the binary cargo built for this test.
fn pyjit() -> PathBuf {
    std::env::var_os("PYJIT_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pyjit")))
}

/// Runs pyjit with `args` (`{}` stands for the program's path); returns stdout and stderr.
fn run(program: &str, args: &[&str]) -> (String, String) {
    let path = dir().join(program);
    let path = path.to_str().expect("UTF-8 path");
    let out = Command::new(pyjit())
        .arg("--stable")
        .args(args.iter().map(|a| if *a == "{}" { path } else { a }))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("run pyjit");
    assert!(
        out.status.success(),
        "pyjit {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let clean =
        |b: &[u8]| String::from_utf8_lossy(b).replace(dir().to_str().expect("UTF-8 path"), "<dir>");
    (clean(&out.stdout), clean(&out.stderr))
}

/// Compares `actual` with `tests/views/NAME` (or writes it, with PYJIT_BLESS set).
fn golden(name: &str, actual: &str) {
    let path = dir().join(name);
    if std::env::var_os("PYJIT_BLESS").is_some() {
        std::fs::write(&path, actual).expect("write expected output");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing (PYJIT_BLESS=1 writes it)", path.display()));
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (e, a))| e != a)
            .take(5)
            .map(|(i, (e, a))| format!("line {}:\n  expected: {e}\n  actual:   {a}", i + 1))
            .collect();
        panic!(
            "{name} differs ({} vs {} lines):\n{}",
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn graph_bytecode_stage() {
    let (out, _) = run(
        "shapes.py",
        &[
            "--threshold",
            "0",
            "graph",
            "--stage",
            "bytecode",
            "{}",
            "add",
        ],
    );
    golden("shapes.graph-bytecode.out", &out);
}

#[test]
fn graph_ir_stage_of_a_method() {
    let (out, _) = run(
        "shapes.py",
        &["--threshold", "0", "graph", "--stage", "ir", "{}", "P.norm"],
    );
    assert!(out.contains("=== P.norm ("), "{out}");
    golden("shapes.graph-ir.out", &out);
}

#[test]
fn graph_by_module_name() {
    let (by_module, _) = run(
        "shapes.py",
        &[
            "--threshold",
            "0",
            "graph",
            "--stage",
            "ir",
            "{}",
            "__main__.P.norm",
        ],
    );
    let (by_name, _) = run(
        "shapes.py",
        &["--threshold", "0", "graph", "--stage", "ir", "{}", "norm"],
    );
    assert!(by_module.contains("=== P.norm ("), "{by_module}");
    assert_eq!(by_module, by_name);
}

#[test]
fn graph_clif_and_asm_stages_for_x86_64() {
    let (out, _) = run(
        "shapes.py",
        &[
            "--threshold",
            "0",
            "graph",
            "--isa",
            "x86_64",
            "--stage",
            "clif",
            "--stage",
            "asm",
            "{}",
            "add",
        ],
    );
    assert!(out.contains("--- machine code (x86_64)"), "{out}");
    assert!(
        out.contains("; bytecode 1, line 13: BinaryOpFast(Add, 1)"),
        "{out}"
    );
    assert!(!out.contains("--- bytecode"), "{out}");
    golden("shapes.graph-clif-asm.out", &out);
}

#[test]
fn graph_asm_for_aarch64_has_source_lines() {
    let (out, _) = run(
        "shapes.py",
        &[
            "--threshold",
            "0",
            "graph",
            "--isa",
            "aarch64",
            "--stage",
            "asm",
            "{}",
            "add",
        ],
    );
    assert!(out.contains("--- machine code (aarch64)"), "{out}");
    assert!(
        out.contains("; bytecode 1, line 13: BinaryOpFast(Add, 1)"),
        "{out}"
    );
    assert!(out.contains("ret"), "{out}");
}

#[test]
fn graph_every_version_of_a_recompiled_function() {
    let (out, _) = run(
        "deopt.py",
        &[
            "--threshold",
            "5",
            "graph",
            "--stage",
            "bytecode",
            "{}",
            "total",
        ],
    );
    golden("deopt.graph-versions.out", &out);
}

#[test]
fn graph_dot_format() {
    let (out, _) = run(
        "deopt.py",
        &[
            "--threshold",
            "50",
            "graph",
            "--format",
            "dot",
            "{}",
            "total",
        ],
    );
    golden("deopt.graph-dot.out", &out);
}

#[test]
fn graph_of_code_that_never_got_hot() {
    let (out, _) = run("shapes.py", &["graph", "{}", "P.norm"]);
    golden("shapes.graph-cold.out", &out);
    assert!(out.contains("--threshold 0"), "{out}");
    let (out, _) = run("shapes.py", &["graph", "{}", "unused"]);
    assert!(
        out.ends_with("unused was never compiled: it never ran\n"),
        "{out}"
    );
    let (out, _) = run("shapes.py", &["graph", "{}", "no_such"]);
    assert!(out.contains("no function of that name got hot"), "{out}");
}

/// The DOT output is accepted by Graphviz (when it is installed).
#[test]
fn dot_output_is_valid_graphviz() {
    let has_dot = Command::new("dot")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_dot {
        eprintln!("skipped: Graphviz's `dot` is not installed");
        return;
    }
    for (program, func) in [("deopt.py", "total"), ("shapes.py", "tagged")] {
        let (out, _) = run(
            program,
            &["--threshold", "10", "graph", "--format", "dot", "{}", func],
        );
        let dot_text = out.lines().skip_while(|l| !l.starts_with("digraph"));
        let input: String = dot_text.map(|l| format!("{l}\n")).collect();
        assert!(input.starts_with("digraph"), "{out}");
        let mut child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run dot");
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write to dot");
        let result = child.wait_with_output().expect("dot finishes");
        assert!(
            result.status.success() && result.stderr.is_empty(),
            "dot rejected the graph of {func}: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        assert!(String::from_utf8_lossy(&result.stdout).contains("<svg"));
    }
}

#[test]
fn stats_text() {
    let (out, err) = run("deopt.py", &["--threshold", "50", "run", "--stats", "{}"]);
    assert_eq!(out, "300.0\n");
    golden("deopt.stats.out", &err);
}

#[test]
fn stats_of_a_recompiled_function() {
    let (out, err) = run(
        "recompile.py",
        &["--threshold", "50", "run", "--stats", "{}"],
    );
    assert_eq!(out, "6 4.0\n");
    assert!(
        err.contains("recompiled as version 2, generic there"),
        "{err}"
    );
    golden("recompile.stats.out", &err);
    let (out, _) = run("recompile.py", &["--threshold", "50", "explain", "{}"]);
    golden("recompile.explain.out", &out);
}

#[test]
fn stats_of_a_function_entered_with_none_and_objects() {
    let (out, err) = run("widen.py", &["--threshold", "50", "run", "--stats", "{}"]);
    assert_eq!(out, "3600\n");
    assert!(
        err.contains("weigh (<dir>/widen.py:10), start, version 2"),
        "{err}"
    );
    assert!(!err.contains("version 3"), "{err}");
    golden("widen.stats.out", &err);
}

#[test]
fn stats_and_explain_of_exits_to_the_interpreter() {
    let (_, err) = run("leaves.py", &["--threshold", "10", "run", "--stats", "{}"]);
    golden("leaves.stats.out", &err);
    let (out, _) = run("leaves.py", &["--threshold", "10", "explain", "{}"]);
    assert!(out.contains("I   10 |             last = i"), "{out}");
    golden("leaves.explain.out", &out);
}

#[test]
fn stats_of_generators_that_stay_interpreted() {
    let (out, err) = run(
        "generators.py",
        &["--threshold", "50", "run", "--stats", "{}"],
    );
    assert_eq!(out, "6000\n");
    assert!(
        err.contains("squares: a generator, which stays interpreted"),
        "{err}"
    );
    golden("generators.stats.out", &err);
}

#[test]
fn stats_json() {
    let (_, err) = run(
        "shapes.py",
        &["--threshold", "50", "run", "--stats=json", "{}"],
    );
    golden("shapes.stats-json.out", &err);
    assert!(err.starts_with("{\n") && err.ends_with("}\n"), "{err}");
}

#[test]
fn explain_marks_lines() {
    let (out, _) = run("deopt.py", &["--threshold", "50", "explain", "{}"]);
    golden("deopt.explain.out", &out);
    let (out, _) = run("generic.py", &["--threshold", "10", "explain", "{}"]);
    golden("generic.explain.out", &out);
    let (out, _) = run("shapes.py", &["--threshold", "50", "explain", "{}"]);
    assert!(!out.contains('\x1b'), "NO_COLOR is set: no colours");
    golden("shapes.explain.out", &out);
}

/// On a terminal, `explain` colours the marks unless NO_COLOR is set.
#[test]
fn explain_colours_on_a_terminal() {
    use nix::pty::openpty;
    use std::fs::File;
    use std::io::Read;
    let shown = |no_color: bool| {
        let pty = openpty(None, None).expect("openpty");
        let slave = File::from(pty.slave);
        let mut cmd = Command::new(pyjit());
        cmd.args(["--stable", "--threshold", "10", "explain"])
            .arg(dir().join("generic.py"))
            .env_remove("NO_COLOR")
            .stdin(Stdio::null())
            .stdout(Stdio::from(slave))
            .stderr(Stdio::null());
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let mut child = cmd.spawn().expect("spawn pyjit");
        // The child's copy of the terminal must be its only one, so that reading ends.
        drop(cmd);
        let mut master = File::from(pty.master);
        let mut out = Vec::new();
        let mut buf = [0u8; 4096];
        // Ends with an error (EIO) once the child has exited.
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
        assert!(child.wait().expect("pyjit exits").success());
        String::from_utf8_lossy(&out).replace('\r', "")
    };
    let coloured = shown(false);
    assert!(
        coloured.contains("\x1b[33mG    7 |         out = out + it\x1b[0m"),
        "{coloured:?}"
    );
    let plain = shown(true);
    assert!(!plain.contains('\x1b'), "{plain:?}");
    assert!(
        plain.contains("G    7 |         out = out + it"),
        "{plain:?}"
    );
}

#[test]
fn explain_html_page() {
    let page = std::env::temp_dir().join(format!("pyjit-explain-{}.html", std::process::id()));
    let (out, _) = run(
        "generic.py",
        &[
            "--threshold",
            "10",
            "explain",
            "--html",
            page.to_str().expect("UTF-8"),
            "{}",
        ],
    );
    let html = std::fs::read_to_string(&page).expect("the page was written");
    let _ = std::fs::remove_file(&page);
    assert!(out.contains("G    7 |         out = out + it"), "{out}");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    assert!(html.contains("<title>pyjit explain: "));
    // Each kind of mark in the legend; the source lines with theirs, escaped.
    for words in [
        "compiled and specialised",
        "compiled generic",
        "deoptimising often",
        "interpreted only",
        "never run",
    ] {
        assert!(
            html.contains(&format!(">{words}</span>")),
            "legend lacks {words}"
        );
    }
    assert!(html.contains("words = [&quot;a&quot;, &quot;b&quot;, &quot;c&quot;] * 100"));
    assert!(html.contains(
        "<span class=\"line generic\" title=\"compiled generic\"><span class=\"no\">   7</span>"
    ));
    // The costly expression underlined, and the advice listed.
    assert!(html.contains("out = <span class=\"site\""), "{html}");
    assert!(html.contains("<li class=\"generic\">line 7: the operator `out + it`"));
    assert!(
        !html.contains("<script"),
        "a standalone page with no scripts"
    );
}

#[test]
fn stats_of_a_function_called_with_ints_and_with_floats() {
    let (out, err) = run(
        "variants.py",
        &["--threshold", "50", "run", "--stats", "{}"],
    );
    assert_eq!(out, "17750.0\n");
    assert!(err.contains("added beside version 1"), "{err}");
    golden("variants.stats.out", &err);
}
