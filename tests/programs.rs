//! End-to-end tests: run every Python program in `tests/programs/` under pyjit, in every execution
//! mode, and compare what it does with what CPython 3.11 (the behaviour oracle) did.
//!
//! For each program `NAME.py` (files and folders starting with `_` are support modules, not
//! programs), `tests/regen.py` recorded CPython's behaviour beside it:
//!
//! * `NAME.out`: standard output (always present),
//! * `NAME.err`: standard error (only if non-empty),
//! * `NAME.exit`: the exit status (only if non-zero),
//! * `NAME.args`: optional space-separated program arguments (written by hand).
//!
//! This runs `pyjit MODE-FLAGS run NAME.py ARGS...` with the same set-up as `regen.py` (cwd =
//! `tests/programs`, stdin null, `PYTHONHASHSEED=0`, `PYTHONIOENCODING=utf-8`, no `PYTHONPATH`),
//! with a timeout, replaces the absolute path of `tests/programs/` by `$DIR/` in the output, and
//! compares standard output, standard error and exit status. A program passes only if it matches
//! in every mode (see [`MODES`]). Programs run in parallel, one worker thread per core.
//!
//! It is a `harness = false` test (only `std`), so it does what libtest would: one
//! `test programs::NAME ... ok|FAILED` line per program, then a report per failure (the modes,
//! a command to reproduce it, diffs of what differs; a Rust panic in pyjit is flagged PANIC),
//! the `test result:` summary, and exit status 101 if anything failed. Usage:
//!
//! ```text
//! cargo test --release --test programs                    # everything
//! cargo test --release --test programs -- lang_ err_      # names containing `lang_` or `err_`
//! PYJIT_TEST_MODES=nojit cargo test --release --test programs   # only some modes
//! PYJIT_BIN=/path/to/other/binary cargo test --release --test programs
//! ```
//!
//! Programs listed in `tests/programs/KNOWN_GAPS` (one per line: the name, then the missing
//! feature) are expected to fail until that feature exists: their failure is reported as
//! `ignored`, and the run fails if one of them passes (the entry must then be removed) or if an
//! entry names no program, so the list stays true.
//!
//! Environment variables:
//!
//! * `PYJIT_TEST_MODES`: comma-separated mode names to run (default: all of [`MODES`]).
//! * `PYJIT_BIN`: the binary to test instead of this workspace's `pyjit` (useful to test the
//!   runner itself, e.g. with a script that ignores the mode flags and execs `python3`).
//! * `RUST_TEST_THREADS` (or `--test-threads N`): number of worker threads.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Wall-clock limit for one run of one program in one mode.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Keep at most this much of each output stream: a runaway loop that prints forever must not
/// eat all memory in the 30 s before it is killed. Expected outputs are far smaller than this.
const MAX_CAPTURE: u64 = 16 << 20;

/// At most this many differing lines are shown per stream in a failure report.
const MAX_DIFF_LINES: usize = 30;

/// Unchanged lines shown around each change in a diff.
const DIFF_CONTEXT: usize = 2;

/// Displayed diff lines are cut to this many characters.
const MAX_LINE_CHARS: usize = 300;

/// Above this many cells (expected lines × actual lines, after trimming the common prefix and
/// suffix) the diff does not look for common lines in the middle, to bound time and memory.
const MAX_LCS_CELLS: usize = 4_000_000;

/// An execution mode: global flags given to pyjit before `run`.
struct Mode {
    /// Name used in `PYJIT_TEST_MODES` and in reports.
    name: &'static str,
    flags: &'static [&'static str],
}

/// Every mode the programs must pass in: the interpreter alone, the default tiering,
/// "compile every function on first call" at each optimisation level, so that the JIT compiles
/// (and deoptimises) everything the tests exercise instead of only hot loops, and a low
/// threshold, so that code compiled in the background (which `--threshold 0` turns off) is
/// installed while the programs run.
const MODES: &[Mode] = &[
    Mode {
        name: "nojit",
        flags: &["--no-jit"],
    },
    Mode {
        name: "default",
        flags: &[],
    },
    Mode {
        name: "t0o0",
        flags: &["--threshold", "0", "--opt-level", "0"],
    },
    Mode {
        name: "t0o1",
        flags: &["--threshold", "0", "--opt-level", "1"],
    },
    Mode {
        name: "t0o2",
        flags: &["--threshold", "0", "--opt-level", "2"],
    },
    Mode {
        name: "t2",
        flags: &["--threshold", "2"],
    },
];

impl Mode {
    fn describe(&self) -> String {
        if self.flags.is_empty() {
            format!("{} (no flags)", self.name)
        } else {
            format!("{} ({})", self.name, self.flags.join(" "))
        }
    }
}

/// A test program and what CPython did when running it.
struct Program {
    name: String,
    args: Vec<String>,
    expected_stdout: String,
    expected_stderr: String,
    expected_exit: i32,
}

/// Settings shared by all runs.
struct Context {
    binary: PathBuf,
    /// `tests/programs`, canonical, so that the interpreter's `getcwd()` and the absolute script
    /// path it prints agree with [`Context::dir_prefixes`].
    dir: PathBuf,
    /// Spellings of `tests/programs/` to replace by `$DIR/` in the output, longest first.
    dir_prefixes: Vec<String>,
}

/// How a run ended.
#[derive(PartialEq)]
enum Exit {
    Code(i32),
    Signal(i32),
    TimedOut,
    SpawnFailed(String),
}

/// What one run of a program did, with output already normalised (`$DIR/`).
struct Outcome {
    stdout: String,
    stderr: String,
    exit: Exit,
}

/// Command-line options (libtest-compatible where it matters).
#[derive(Default)]
struct Options {
    /// Run programs whose name contains one of these (all when empty).
    filters: Vec<String>,
    /// Skip programs whose name contains one of these.
    skips: Vec<String>,
    /// `--exact`: filters must equal the name.
    exact: bool,
    /// `--list`: print the test names instead of running them.
    list: bool,
    /// `--ignored`: run only ignored tests, of which there are none.
    ignored_only: bool,
    threads: Option<usize>,
}

fn main() {
    let code = match run() {
        Ok(true) => 0,
        Ok(false) => 101,
        Err(message) => {
            eprintln!("error: {message}");
            101
        }
    };
    std::process::exit(code);
}

/// Runs the selected programs; `Ok(true)` if all passed.
fn run() -> Result<bool, String> {
    let options = parse_args(env::args().skip(1))?;
    let modes = selected_modes()?;
    let context = make_context()?;
    let (programs, filtered_out) = discover_programs(&context.dir, &options)?;

    if options.list {
        for program in &programs {
            println!("programs::{}: test", program.name);
        }
        return Ok(true);
    }
    // Fail once, rather than once per program, when the binary is missing.
    if !programs.is_empty() && is_path(&context.binary) && !context.binary.exists() {
        return Err(format!(
            "pyjit binary {} does not exist (build it, or set PYJIT_BIN)",
            context.binary.display()
        ));
    }

    let gaps = known_gaps(&context.dir)?;
    for name in gaps.keys() {
        if !context.dir.join(format!("{name}.py")).exists() {
            return Err(format!(
                "tests/programs/KNOWN_GAPS names `{name}`, which is not a program"
            ));
        }
    }

    let start = Instant::now();
    println!("\nrunning {} tests", programs.len());
    let threads = options.threads.unwrap_or_else(default_threads);
    let mut failures = Vec::new();
    let mut ignored = 0;
    let mut fixed_gaps = Vec::new();
    run_parallel(&programs, threads, &context, &modes, |program, outcomes| {
        let failed: Vec<_> = modes
            .iter()
            .zip(outcomes)
            .filter_map(|(mode, outcome)| check(program, &outcome).map(|f| (*mode, f)))
            .collect();
        match (gaps.get(program.name.as_str()), failed.is_empty()) {
            (Some(reason), false) => {
                println!(
                    "test programs::{} ... ignored, known gap: {reason}",
                    program.name
                );
                ignored += 1;
            }
            (Some(_), true) => {
                println!(
                    "test programs::{} ... FAILED (passes, but is listed in KNOWN_GAPS)",
                    program.name
                );
                fixed_gaps.push(program.name.clone());
            }
            (None, true) => println!("test programs::{} ... ok", program.name),
            (None, false) => {
                println!("test programs::{} ... FAILED", program.name);
                failures.push((program, failed));
            }
        }
    });
    failures.sort_by(|a, b| a.0.name.cmp(&b.0.name));

    report_failures(&failures, &context, modes.len());
    for name in &fixed_gaps {
        println!("---- programs::{name} ----\nnow passes in every mode: remove it from tests/programs/KNOWN_GAPS\n");
    }
    let failed = failures.len() + fixed_gaps.len();
    let passed = programs.len() - failed - ignored;
    println!(
        "\ntest result: {}. {passed} passed; {failed} failed; {ignored} ignored; 0 measured; \
         {filtered_out} filtered out; finished in {:.2}s\n",
        if failed == 0 { "ok" } else { "FAILED" },
        start.elapsed().as_secs_f64()
    );
    Ok(failed == 0)
}

/// The programs expected to fail, with the missing feature: `tests/programs/KNOWN_GAPS`, one
/// per line as `NAME  reason` (`#` starts a comment).
fn known_gaps(dir: &Path) -> Result<std::collections::BTreeMap<String, String>, String> {
    let path = dir.join("KNOWN_GAPS");
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Default::default()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let mut gaps = std::collections::BTreeMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (name, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        gaps.insert(name.to_string(), reason.trim().to_string());
    }
    Ok(gaps)
}

/// Parses the arguments cargo passes through (after `--`). Bare words are name filters; libtest
/// flags that make sense here are honoured and the others ignored, so that
/// `cargo test --workspace -- --nocapture` and tools that drive libtest binaries still work.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    /// libtest flags that take a value we have no use for.
    const IGNORED_WITH_VALUE: &[&str] =
        &["--format", "--color", "--logfile", "--shuffle-seed", "-Z"];
    let mut options = Options::default();
    while let Some(arg) = args.next() {
        let (flag, inline_value) = match arg.split_once('=') {
            Some((flag, value)) if arg.starts_with('-') => (flag.to_string(), Some(value.into())),
            _ => (arg.clone(), None),
        };
        let mut value = || {
            inline_value
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--list" => options.list = true,
            "--exact" => options.exact = true,
            "--ignored" => options.ignored_only = true,
            "--skip" => options.skips.push(test_name_filter(&value()?)),
            "--test-threads" => {
                let n = value()?;
                options.threads = Some(
                    n.parse()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or(format!("bad --test-threads value `{n}`"))?,
                );
            }
            f if IGNORED_WITH_VALUE.contains(&f) => {
                value()?;
            }
            f if f.starts_with('-') => {} // --nocapture, --quiet, --include-ignored, ...
            _ => options.filters.push(test_name_filter(&arg)),
        }
    }
    Ok(options)
}

/// Lets a filter be pasted from the output (`programs::NAME`) as well as given as part of a name.
fn test_name_filter(arg: &str) -> String {
    arg.strip_prefix("programs::").unwrap_or(arg).to_string()
}

/// The modes named in `PYJIT_TEST_MODES`, or all of them.
fn selected_modes() -> Result<Vec<&'static Mode>, String> {
    let Ok(names) = env::var("PYJIT_TEST_MODES") else {
        return Ok(MODES.iter().collect());
    };
    let names: Vec<&str> = names
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        return Ok(MODES.iter().collect());
    }
    names
        .iter()
        .map(|name| {
            MODES.iter().find(|m| m.name == *name).ok_or_else(|| {
                let known: Vec<_> = MODES.iter().map(|m| m.name).collect();
                format!(
                    "unknown mode `{name}` in PYJIT_TEST_MODES (known: {})",
                    known.join(", ")
                )
            })
        })
        .collect()
}

fn make_context() -> Result<Context, String> {
    let given = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let dir = given
        .canonicalize()
        .map_err(|e| format!("{}: {e}", given.display()))?;
    let mut dir_prefixes = vec![format!("{}/", dir.display())];
    if given != dir {
        dir_prefixes.push(format!("{}/", given.display()));
    }
    dir_prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
    Ok(Context {
        binary: pyjit_binary()?,
        dir,
        dir_prefixes,
    })
}

/// `$PYJIT_BIN` if set, else the `pyjit` binary cargo built for this test. A relative path in
/// `PYJIT_BIN` is made absolute because programs run in another directory; a bare name is left to
/// the `PATH` search.
fn pyjit_binary() -> Result<PathBuf, String> {
    match env::var_os("PYJIT_BIN") {
        Some(bin) if !bin.is_empty() => {
            let bin = PathBuf::from(bin);
            if is_path(&bin) {
                std::path::absolute(&bin).map_err(|e| format!("PYJIT_BIN: {e}"))
            } else {
                Ok(bin)
            }
        }
        _ => Ok(PathBuf::from(env!("CARGO_BIN_EXE_pyjit"))),
    }
}

/// Whether `command` names a file (`dir/pyjit`) rather than a program to look up in `PATH`.
fn is_path(command: &Path) -> bool {
    command.components().count() > 1
}

fn default_threads() -> usize {
    env::var("RUST_TEST_THREADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()))
}

/// The selected programs of `dir`, sorted by name, and how many were filtered out.
fn discover_programs(dir: &Path, options: &Options) -> Result<(Vec<Program>, usize), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if let Some(name) = file_name.strip_suffix(".py") {
            if !name.starts_with('_') && entry.path().is_file() {
                names.push(name.to_string());
            }
        }
    }
    if names.is_empty() {
        return Err(format!("no test programs in {}", dir.display()));
    }
    names.sort();
    let total = names.len();
    let programs = names
        .into_iter()
        .filter(|name| is_selected(name, options))
        .map(|name| load_program(dir, name))
        .collect::<Result<Vec<_>, _>>()?;
    let filtered_out = total - programs.len();
    Ok((programs, filtered_out))
}

fn is_selected(name: &str, options: &Options) -> bool {
    let matches = |filter: &String| {
        if options.exact {
            name == filter
        } else {
            name.contains(filter.as_str())
        }
    };
    !options.ignored_only
        && (options.filters.is_empty() || options.filters.iter().any(matches))
        && !options.skips.iter().any(matches)
}

/// Reads the arguments and CPython's recorded behaviour for program `name`.
fn load_program(dir: &Path, name: String) -> Result<Program, String> {
    let read_optional = |extension: &str| -> Result<Option<String>, String> {
        let path = dir.join(format!("{name}.{extension}"));
        match fs::read(&path) {
            Ok(bytes) => Ok(Some(String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    };
    let expected_stdout = read_optional("out")?.ok_or_else(|| {
        format!("tests/programs/{name}.py has no {name}.out: run `python3 tests/regen.py {name}`")
    })?;
    let expected_exit = match read_optional("exit")? {
        None => 0,
        Some(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("tests/programs/{name}.exit: not an exit status: {text:?}"))?,
    };
    Ok(Program {
        args: read_optional("args")?
            .map(|a| a.split_whitespace().map(String::from).collect())
            .unwrap_or_default(),
        expected_stderr: read_optional("err")?.unwrap_or_default(),
        expected_stdout,
        expected_exit,
        name,
    })
}

/// Runs every program in every mode on `threads` worker threads, calling `on_done` on this
/// thread with each program's outcomes (in mode order) as soon as the program has finished.
///
/// The unit of work is a whole program, not a (program, mode) pair: the modes of one program run
/// one after the other, because some programs write files with fixed names in `tests/programs`.
fn run_parallel<'p>(
    programs: &'p [Program],
    threads: usize,
    context: &Context,
    modes: &[&Mode],
    mut on_done: impl FnMut(&'p Program, Vec<Outcome>),
) {
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::channel();
    thread::scope(|scope| {
        for _ in 0..threads.min(programs.len()) {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || {
                while let Some(program) = programs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let outcomes = modes.iter().map(|m| run_one(context, program, m)).collect();
                    if sender.send((program, outcomes)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender); // so that the loop below ends when the last worker is done
        for (program, outcomes) in receiver {
            on_done(program, outcomes);
        }
    });
}

/// The command that runs `program` in `mode`, set up like `tests/regen.py` runs CPython.
fn command(context: &Context, program: &Program, mode: &Mode) -> Command {
    let mut command = Command::new(&context.binary);
    command
        .args(mode.flags)
        .arg("run")
        .arg(format!("{}.py", program.name))
        .args(&program.args)
        .current_dir(&context.dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        // Not needed by pyjit, but keeps a CPython behind PYJIT_BIN from writing __pycache__.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH");
    command
}

/// Runs `program` once in `mode`, killing it if it exceeds [`TIMEOUT`].
fn run_one(context: &Context, program: &Program, mode: &Mode) -> Outcome {
    let mut child = match command(context, program, mode).spawn() {
        Ok(child) => child,
        Err(e) => {
            return Outcome {
                stdout: String::new(),
                stderr: String::new(),
                exit: Exit::SpawnFailed(format!("cannot run {}: {e}", context.binary.display())),
            }
        }
    };
    let deadline = Instant::now() + TIMEOUT;
    // Both pipes are read on their own threads, so that a child filling one pipe while we wait
    // on the other cannot deadlock, and so that waiting for them can time out.
    let (sender, receiver) = mpsc::channel();
    let pipes: [Box<dyn Read + Send>; 2] = [
        Box::new(child.stdout.take().expect("stdout is piped")),
        Box::new(child.stderr.take().expect("stderr is piped")),
    ];
    for (index, pipe) in pipes.into_iter().enumerate() {
        let sender = sender.clone();
        thread::spawn(move || sender.send((index, capture(pipe))));
    }
    drop(sender);

    let mut outputs: [Option<Vec<u8>>; 2] = [None, None];
    let mut timed_out = false;
    while outputs.iter().any(Option::is_none) {
        let wait = if timed_out {
            // Killed: the pipes close now, unless a grandchild still holds them.
            Duration::from_secs(2)
        } else {
            deadline.saturating_duration_since(Instant::now())
        };
        match receiver.recv_timeout(wait) {
            Ok((index, bytes)) => outputs[index] = Some(bytes),
            Err(_) if !timed_out => {
                timed_out = true;
                let _ = child.kill();
            }
            Err(_) => break,
        }
    }
    let status = if timed_out {
        let _ = child.wait();
        None
    } else {
        wait_until(&mut child, deadline)
    };
    let [stdout, stderr] = outputs.map(|o| normalise(context, &o.unwrap_or_default()));
    Outcome {
        stdout,
        stderr,
        exit: status.map_or(Exit::TimedOut, exit_of),
    }
}

/// Reads a pipe to its end, keeping the first [`MAX_CAPTURE`] bytes and discarding the rest
/// (still reading it, so that the child is not blocked on a full pipe).
fn capture(mut pipe: impl Read) -> Vec<u8> {
    let mut bytes = Vec::new();
    let _ = (&mut pipe).take(MAX_CAPTURE).read_to_end(&mut bytes);
    let _ = io::copy(&mut pipe, &mut io::sink());
    bytes
}

/// Waits for a child that has closed its output; kills it at `deadline` (returning `None`) in
/// case it keeps running without output.
fn wait_until(child: &mut Child, deadline: Instant) -> Option<ExitStatus> {
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(1)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

fn exit_of(status: ExitStatus) -> Exit {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Exit::Signal(signal);
        }
    }
    Exit::Code(status.code().unwrap_or(-1))
}

/// Decodes output and replaces the absolute path of `tests/programs/` by `$DIR/`, as
/// `tests/regen.py` did with CPython's output.
fn normalise(context: &Context, bytes: &[u8]) -> String {
    let mut text = String::from_utf8_lossy(bytes).into_owned();
    for prefix in &context.dir_prefixes {
        text = text.replace(prefix.as_str(), "$DIR/");
    }
    text
}

/// Why a program failed in one mode.
#[derive(PartialEq)]
struct Failure {
    /// One word for the summary: PANIC, TIMEOUT, CRASH, ERROR or MISMATCH.
    kind: &'static str,
    /// What differs, as text for the report.
    details: String,
}

/// Compares an outcome with CPython's; `None` if they match.
fn check(program: &Program, outcome: &Outcome) -> Option<Failure> {
    let exit_matches = outcome.exit == Exit::Code(program.expected_exit);
    if exit_matches
        && outcome.stdout == program.expected_stdout
        && outcome.stderr == program.expected_stderr
    {
        return None;
    }
    // A Rust panic inside pyjit is an interpreter bug, never Python behaviour: make it stand out
    // from ordinary output differences.
    let panicked =
        outcome.stderr.contains("panicked at") && !program.expected_stderr.contains("panicked at");
    let kind = match &outcome.exit {
        Exit::SpawnFailed(_) => "ERROR",
        Exit::TimedOut => "TIMEOUT",
        _ if panicked => "PANIC",
        Exit::Signal(_) => "CRASH",
        Exit::Code(_) => "MISMATCH",
    };
    let mut details = String::new();
    match &outcome.exit {
        Exit::SpawnFailed(message) => {
            // Nothing ran, so there is no output to compare.
            let _ = writeln!(details, "{message}");
            return Some(Failure { kind, details });
        }
        Exit::TimedOut => {
            let _ = writeln!(
                details,
                "timed out after {}s and was killed",
                TIMEOUT.as_secs()
            );
        }
        Exit::Signal(signal) => {
            let _ = writeln!(details, "killed by signal {signal}");
        }
        Exit::Code(_) => {}
    }
    if panicked {
        let _ = writeln!(details, "pyjit panicked:");
        details += &panic_message(&outcome.stderr);
    }
    details += &compare_stream("stdout", &program.expected_stdout, &outcome.stdout);
    details += &compare_stream("stderr", &program.expected_stderr, &outcome.stderr);
    if let Exit::Code(code) = outcome.exit {
        if !exit_matches {
            let expected = program.expected_exit;
            let _ = writeln!(
                details,
                "exit status differs: expected {expected}, got {code}"
            );
        }
    }
    Some(Failure { kind, details })
}

/// The panic message in pyjit's stderr: the "panicked at" line and the few lines after it.
fn panic_message(stderr: &str) -> String {
    let lines = stderr.lines().skip_while(|l| !l.contains("panicked at"));
    lines.take(6).map(|l| format!("    {l}\n")).collect()
}

/// A diff of one output stream, or nothing if it matches.
fn compare_stream(stream: &str, expected: &str, actual: &str) -> String {
    if expected == actual {
        String::new()
    } else if actual.is_empty() {
        // A diff would only repeat the expected output.
        let lines = expected.lines().count();
        format!("{stream} is empty, expected {lines} lines\n")
    } else {
        format!(
            "{stream} differs (-expected +actual):\n{}",
            render_diff(expected, actual)
        )
    }
}

/// Prints libtest-style failure sections, then the list of failed programs.
fn report_failures(
    failures: &[(&Program, Vec<(&Mode, Failure)>)],
    context: &Context,
    mode_count: usize,
) {
    // "all modes" keeps the usual case, a bug in the interpreter shared by all, readable.
    let describe = |modes: &[&Mode], long: bool| {
        if modes.len() == mode_count && mode_count > 1 {
            "all modes".to_string()
        } else {
            let names: Vec<_> = modes
                .iter()
                .map(|m| if long { m.describe() } else { m.name.into() })
                .collect();
            names.join(", ")
        }
    };
    if failures.is_empty() {
        return;
    }
    println!("\nfailures:");
    for (program, failed) in failures {
        println!("\n---- programs::{} ----", program.name);
        for (modes, failure) in group_identical(failed) {
            println!("[{}] in {}", failure.kind, describe(&modes, true));
            println!("reproduce: {}", reproduce(context, program, modes[0]));
            print!("{}", failure.details);
        }
    }
    println!("\nfailures:");
    for (program, failed) in failures {
        let mut kinds: Vec<String> = Vec::new();
        for (modes, failure) in group_identical(failed) {
            kinds.push(format!("{} in {}", failure.kind, describe(&modes, false)));
        }
        println!("    programs::{} ({})", program.name, kinds.join("; "));
    }
}

/// Groups modes that failed in exactly the same way, so that a bug common to all modes (the
/// usual case: one in the interpreter) is reported once rather than once per mode.
fn group_identical<'a>(failed: &'a [(&'a Mode, Failure)]) -> Vec<(Vec<&'a Mode>, &'a Failure)> {
    let mut groups: Vec<(Vec<&Mode>, &Failure)> = Vec::new();
    for (mode, failure) in failed {
        match groups.iter_mut().find(|(_, f)| *f == failure) {
            Some((modes, _)) => modes.push(mode),
            None => groups.push((vec![mode], failure)),
        }
    }
    groups
}

/// A shell command line that reruns `program` in `mode` by hand.
fn reproduce(context: &Context, program: &Program, mode: &Mode) -> String {
    let mut words = vec![context.binary.display().to_string()];
    words.extend(mode.flags.iter().map(|f| f.to_string()));
    words.push("run".into());
    words.push(format!("{}.py", program.name));
    words.extend(program.args.iter().cloned());
    format!(
        "cd {} && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 {}",
        context.dir.display(),
        words.join(" ")
    )
}

/// One line of a line diff.
#[derive(Clone, Copy, PartialEq)]
enum Edit<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// A line diff of two texts: common prefix and suffix, and a longest-common-subsequence diff of
/// the middle when that is small enough (else all of the middle is shown as replaced).
fn diff_lines<'a>(expected: &'a str, actual: &'a str) -> Vec<Edit<'a>> {
    // Lines keep their '\n' so that a missing final newline shows up as a difference.
    let old: Vec<&str> = expected.split_inclusive('\n').collect();
    let new: Vec<&str> = actual.split_inclusive('\n').collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (old_middle, new_middle) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut edits: Vec<Edit> = old[..prefix].iter().map(|l| Edit::Same(l)).collect();
    if old_middle.len() * new_middle.len() <= MAX_LCS_CELLS {
        edits.extend(lcs_diff(old_middle, new_middle));
    } else {
        edits.extend(old_middle.iter().map(|l| Edit::Removed(l)));
        edits.extend(new_middle.iter().map(|l| Edit::Added(l)));
    }
    edits.extend(old[old.len() - suffix..].iter().map(|l| Edit::Same(l)));
    edits
}

/// The textbook dynamic-programming LCS diff: O(n·m) time and space.
fn lcs_diff<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<Edit<'a>> {
    let (n, m) = (old.len(), new.len());
    let at = |i: usize, j: usize| i * (m + 1) + j;
    // common[at(i, j)] = length of the LCS of old[i..] and new[j..].
    let mut common = vec![0u32; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            common[at(i, j)] = if old[i] == new[j] {
                common[at(i + 1, j + 1)] + 1
            } else {
                common[at(i + 1, j)].max(common[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut edits = Vec::new();
    while i < n && j < m {
        if old[i] == new[j] {
            edits.push(Edit::Same(old[i]));
            (i, j) = (i + 1, j + 1);
        } else if common[at(i + 1, j)] >= common[at(i, j + 1)] {
            edits.push(Edit::Removed(old[i]));
            i += 1;
        } else {
            edits.push(Edit::Added(new[j]));
            j += 1;
        }
    }
    edits.extend(old[i..].iter().map(|l| Edit::Removed(l)));
    edits.extend(new[j..].iter().map(|l| Edit::Added(l)));
    edits
}

/// Renders a diff like `diff -u`: hunks of changes with [`DIFF_CONTEXT`] lines of context,
/// headed by the line numbers in the expected and actual text, up to [`MAX_DIFF_LINES`] changes.
fn render_diff(expected: &str, actual: &str) -> String {
    let edits = diff_lines(expected, actual);
    let changed: Vec<bool> = edits.iter().map(|e| !matches!(e, Edit::Same(_))).collect();
    let near_change = |k: usize| {
        let low = k.saturating_sub(DIFF_CONTEXT);
        let high = (k + DIFF_CONTEXT + 1).min(edits.len());
        changed[low..high].iter().any(|&c| c)
    };
    let total_changes = changed.iter().filter(|&&c| c).count();
    let mut out = String::new();
    let (mut old_line, mut new_line) = (1, 1);
    let (mut shown, mut in_hunk) = (0, false);
    for (k, edit) in edits.iter().enumerate() {
        if shown == MAX_DIFF_LINES && changed[k] {
            break;
        }
        if near_change(k) {
            if !in_hunk {
                let _ = writeln!(
                    out,
                    "@@ expected line {old_line}, actual line {new_line} @@"
                );
            }
            in_hunk = true;
            let (sign, line) = match *edit {
                Edit::Same(l) => (' ', l),
                Edit::Removed(l) => ('-', l),
                Edit::Added(l) => ('+', l),
            };
            out += &display_line(sign, line);
            shown += usize::from(changed[k]);
        } else {
            in_hunk = false;
        }
        match edit {
            Edit::Same(_) => (old_line, new_line) = (old_line + 1, new_line + 1),
            Edit::Removed(_) => old_line += 1,
            Edit::Added(_) => new_line += 1,
        }
    }
    if total_changes > shown {
        let _ = writeln!(
            out,
            "... and {} more differing lines",
            total_changes - shown
        );
    }
    out
}

/// One diff line, cut to [`MAX_LINE_CHARS`], marking a missing final newline like `diff` does.
fn display_line(sign: char, line: &str) -> String {
    let text = line.strip_suffix('\n').unwrap_or(line);
    let mut shown: String = text.chars().take(MAX_LINE_CHARS).collect();
    if shown.len() < text.len() {
        let _ = write!(
            shown,
            "... ({} more chars)",
            text[shown.len()..].chars().count()
        );
    }
    if line.ends_with('\n') {
        format!("{sign}{shown}\n")
    } else {
        format!("{sign}{shown}\n\\ No newline at end\n")
    }
}
