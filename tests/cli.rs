//! Command-line behaviour checked against `python3`: `-m MODULE` (a module, a package's
//! `__main__`, the errors), and Ctrl-C (SIGINT) in a running program, in the interpreter and in
//! compiled code.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

/// A fresh directory holding the given files (path, text).
fn tree(name: &str, files: &[(&str, &str)]) -> PathBuf {
    // Tests run in parallel: every directory gets its own number.
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("pyjit-cli-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

/// (stdout, stderr with the program's own name replaced by PROGRAM, exit status).
fn run_in(program: &str, dir: &Path, args: &[&str]) -> (String, String, i32) {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .output()
        .expect("spawn");
    let mut err = String::from_utf8_lossy(&out.stderr).to_string();
    // Both name themselves by the executable's path in `-m` errors.
    if let Some((first, rest)) = err.split_once(": ") {
        if first.starts_with('/') && !first.contains('\n') {
            err = format!("PROGRAM: {rest}");
        }
    }
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        err,
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn dash_m_like_python3() {
    let dir = tree(
        "m",
        &[
            (
                "tool.py",
                "import sys\nprint(__name__, __package__ == '', sys.argv[0].endswith('tool.py'), sys.argv[1:])\n",
            ),
            ("app/__init__.py", "print('init', __name__)\n"),
            (
                "app/__main__.py",
                "import sys\nfrom app import helper\nprint(__name__, __package__, sys.argv[0].endswith('__main__.py'), helper.x)\n",
            ),
            ("app/helper.py", "x = 42\nif __name__ == '__main__':\n    print('helper main', __package__)\n"),
            ("lib/__init__.py", ""),
            ("bad.py", "print('before')\nraise ValueError('in module')\n"),
        ],
    );
    let pyjit = env!("CARGO_BIN_EXE_pyjit");
    let cases: &[&[&str]] = &[
        &["-m", "tool", "a", "-x", "--flag"],
        &["-m", "app"],
        &["-m", "app.helper"],
        &["-m", "lib"],
        &["-m", "missing"],
        &["-m", "app.missing"],
        &["-m", "missing.sub"],
        &["-m", "math"],
        &["-m", "bad"],
    ];
    for args in cases {
        let ours = run_in(pyjit, &dir, args);
        let theirs = run_in("python3", &dir, args);
        if args[1] == "bad" {
            // CPython's traceback goes through runpy's frames; compare the rest.
            assert_eq!(ours.0, theirs.0);
            assert_eq!(ours.2, theirs.2);
            assert!(ours.1.ends_with("ValueError: in module\n"), "{}", ours.1);
        } else {
            assert_eq!(ours, theirs, "{args:?}");
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

/// Starts `pyjit ARGS program`, waits for its "ready" line, sends SIGINT and returns (stdout,
/// stderr, exit status).
fn interrupt(args: &[&str], program: &str) -> (String, String, i32) {
    let dir = tree("sigint", &[("prog.py", program)]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(args)
        .arg("run")
        .arg(dir.join("prog.py"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "ready\n");
    // Let a compiled loop get going.
    std::thread::sleep(std::time::Duration::from_millis(200));
    kill(Pid::from_raw(child.id() as i32), Signal::SIGINT).unwrap();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap().code().unwrap_or(-1);
    std::fs::remove_dir_all(dir).unwrap();
    (rest, err, status)
}

const SPIN: &str = "def spin():
    n = 0
    while True:
        n += 1

print('ready', flush=True)
spin()
";

#[test]
fn ctrl_c_in_the_interpreter() {
    let (out, err, status) = interrupt(&["--no-jit"], SPIN);
    assert_eq!(out, "");
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "{err}");
    assert_eq!(status, 130);
}

#[test]
fn ctrl_c_in_compiled_code() {
    // With threshold 0 the loop runs compiled before the signal comes.
    let (out, err, status) = interrupt(&["--threshold", "0"], SPIN);
    assert_eq!(out, "");
    assert!(err.contains("in spin\n"), "{err}");
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "{err}");
    assert_eq!(status, 130);
}

#[test]
fn ctrl_c_caught() {
    let program = "import time

def spin():
    n = 0
    try:
        while True:
            n += 1
    except KeyboardInterrupt:
        return n > 0

print('ready', flush=True)
print('spin caught', spin(), flush=True)
print('ready', flush=True)
try:
    time.sleep(60)
except KeyboardInterrupt as e:
    print('sleep caught', repr(e))
";
    for args in [&["--no-jit"][..], &["--threshold", "0"][..]] {
        // Two interrupts: one in the loop, then one in the sleep.
        let dir = tree("caught", &[("prog.py", program)]);
        let mut child = Command::new(env!("CARGO_BIN_EXE_pyjit"))
            .args(args)
            .arg("run")
            .arg(dir.join("prog.py"))
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut lines = Vec::new();
        for _ in 0..2 {
            let mut line = String::new();
            stdout.read_line(&mut line).unwrap();
            assert_eq!(line, "ready\n");
            std::thread::sleep(std::time::Duration::from_millis(200));
            kill(Pid::from_raw(child.id() as i32), Signal::SIGINT).unwrap();
            let mut line = String::new();
            stdout.read_line(&mut line).unwrap();
            lines.push(line);
        }
        assert_eq!(
            lines,
            ["spin caught True\n", "sleep caught KeyboardInterrupt()\n"]
        );
        assert_eq!(child.wait().unwrap().code(), Some(0));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
