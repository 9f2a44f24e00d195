//! The interactive prompt, driven as a person would through a pseudo-terminal: typed lines,
//! the Up arrow, Ctrl-C and Ctrl-D. And `pyjit` with standard input that is not a terminal,
//! which runs the program as `python3` does.

use std::fs::File;
use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::pty::{openpty, Winsize};

/// A `pyjit` running on a pseudo-terminal, and everything it has written so far.
struct Session {
    child: Child,
    input: File,
    output: Arc<Mutex<Vec<u8>>>,
    /// How much of `output` earlier `expect`s consumed.
    seen: usize,
}

impl Session {
    fn start() -> Session {
        let size = Winsize {
            ws_row: 24,
            ws_col: 100,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let pty = openpty(&size, None).expect("openpty");
        let slave = File::from(pty.slave);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyjit"));
        cmd.env("TERM", "xterm")
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        let child = cmd.spawn().expect("spawn pyjit");
        // The child's copies of the terminal must be its only ones, so that reading the master
        // ends when it exits.
        drop(cmd);
        let master = File::from(pty.master);
        let input = master.try_clone().unwrap();
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = output.clone();
        std::thread::spawn(move || {
            let mut master = master;
            let mut buf = [0u8; 4096];
            // Ends with an error (EIO) once the child has exited.
            while let Ok(n) = master.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session {
            child,
            input,
            output,
            seen: 0,
        }
    }

    /// Waits until the output after what was already seen contains `text`, and consumes it.
    /// The output is compared as a person reads it: without the editor's escape sequences
    /// (colours, cursor moves, bracketed paste) and carriage returns.
    fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let shown = visible(&self.output.lock().unwrap());
            let fresh = &shown[self.seen.min(shown.len())..];
            if let Some(i) = fresh.find(text) {
                self.seen += i + text.len();
                return;
            }
            if Instant::now() > deadline {
                panic!("expected {text:?}; the terminal shows after what was seen:\n{fresh}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.input.write_all(keys.as_bytes()).unwrap();
        self.input.flush().unwrap();
    }

    /// Types a line and presses Enter (a terminal sends a carriage return).
    fn line(&mut self, text: &str) {
        self.send(&format!("{text}\r"));
    }

    fn wait(mut self) -> i32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().expect("exited normally");
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("pyjit did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Terminal output without control sequences (`ESC [ ... final`, `ESC ] ... BEL`, and other
/// `ESC x`) and carriage returns.
fn visible(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => match chars.next() {
                Some('[') => {
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
                Some(']') => {
                    for c in chars.by_ref() {
                        if c == '\x07' {
                            break;
                        }
                    }
                }
                _ => {}
            },
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
fn banner_echo_and_underscore() {
    let mut s = Session::start();
    s.expect("pyjit 0.1.0 (Python 3.11 compatible)");
    s.expect(">>> ");
    s.line("6 * 7");
    s.expect("\n42\n>>> ");
    // `_` holds the last value shown; None is not shown and leaves it.
    s.line("None");
    s.expect(">>> ");
    s.line("_ + 1");
    s.expect("\n43\n>>> ");
    s.line("'text'");
    s.expect("'text'\n>>> ");
    s.line("x = 5");
    s.expect(">>> ");
    s.line("x; x + 1");
    s.expect("5\n6\n>>> ");
    s.send("\x04");
    assert_eq!(s.wait(), 0);
}

#[test]
fn multi_line_blocks() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.line("def double(n):");
    s.expect("... ");
    s.line("    return n * 2");
    s.expect("... ");
    s.line("");
    s.expect(">>> ");
    s.line("double(21)");
    s.expect("42\n>>> ");
    // Open brackets continue without an empty line.
    s.line("(1,");
    s.expect("... ");
    s.line(" 2)");
    s.expect("(1, 2)\n>>> ");
    // Expression statements inside a module-level block show their values too.
    s.line("for i in range(3): i * 10");
    s.expect("... ");
    s.line("");
    s.expect("0\n10\n20\n>>> ");
    s.line("exit()");
    assert_eq!(s.wait(), 0);
}

#[test]
fn traceback_then_prompt() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.line("1 / 0");
    s.expect("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> ");
    s.line("def f():");
    s.line("    raise ValueError('bad')");
    s.line("");
    s.expect(">>> ");
    s.line("f()");
    s.expect("  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 2, in f\nValueError: bad\n>>> ");
    s.line("1 +");
    s.expect("SyntaxError: invalid syntax\n>>> ");
    s.line("'still here'");
    s.expect("'still here'\n>>> ");
    s.line("exit(3)");
    assert_eq!(s.wait(), 3);
}

#[test]
fn history_ctrl_c_and_ctrl_d() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.line("40 + 2");
    s.expect("42\n>>> ");
    // Ctrl-C drops the line being typed.
    s.send("'dropped'");
    s.expect("'dropped'");
    s.send("\x03");
    s.expect("KeyboardInterrupt\n>>> ");
    // Ctrl-C in a block's continuation drops the whole block.
    s.line("if True:");
    s.expect("... ");
    s.send("\x03");
    s.expect("KeyboardInterrupt\n>>> ");
    // Up recalls the previous line.
    s.send("\x1b[A\x1b[A\r");
    s.expect("42\n>>> ");
    // Ctrl-D at `... ` ends the block, and the prompt goes on.
    s.line("for i in range(2):");
    s.line("    print('line', i)");
    s.expect("... ");
    s.send("\x04");
    s.expect("line 0\nline 1\n>>> ");
    s.send("\x04");
    assert_eq!(s.wait(), 0);
}

#[test]
fn ctrl_c_interrupts_running_code() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.line("import time");
    s.expect(">>> ");
    s.line("time.sleep(30)");
    std::thread::sleep(Duration::from_millis(300));
    // The terminal has no controlling process group here, so the signal is sent directly.
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(s.child.id() as i32),
        nix::sys::signal::Signal::SIGINT,
    )
    .unwrap();
    s.expect("KeyboardInterrupt\n>>> ");
    s.line("'after'");
    s.expect("'after'\n>>> ");
    s.send("\x04");
    assert_eq!(s.wait(), 0);
}

/// Runs `program` with `args` fed the given standard input.
fn run_piped(program: &str, args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
        out.status.code().unwrap_or(-1),
    )
}

const PIPED: &str = "import sys
print(sys.argv)
x = 6 * 7
x
print(x, __name__)
def f():
    return 1 / 0
f()
";

#[test]
fn piped_stdin_runs_like_python3() {
    let pyjit = env!("CARGO_BIN_EXE_pyjit");
    for args in [&[][..], &["-", "a", "b"][..]] {
        let ours = run_piped(pyjit, args, PIPED);
        let theirs = run_piped("python3", args, PIPED);
        assert_eq!(ours, theirs, "pyjit {args:?} < program");
    }
}
