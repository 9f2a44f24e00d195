//! `pyjit run --stats`: at exit, on stderr, what the JIT compiled (each entry with its calls or
//! loop entries, compile time and code size), each guard that failed (where, how often, what it
//! expected and saw, and what happened next), and the totals; `--stats=json` for tools.

use std::rc::Rc;
use std::time::Duration;

use pyjit_runtime::bytecode::Code;
use pyjit_runtime::interp::tier::GuardFailure;

use crate::{Jit, Record};

/// The entry compiled after `r` for the same entry point, if any.
fn next_version<'a>(jit: &'a Jit, r: &Record) -> Option<&'a Record> {
    jit.records.iter().find(|o| {
        Rc::ptr_eq(&o.code, &r.code) && o.entry_pc == r.entry_pc && o.version == r.version + 1
    })
}

/// What became of an entry after a guard resuming at `pc` failed: the interpreter resumed
/// (and the entry stayed), or the entry was dropped and recompiled (generic there if the new
/// version has no guard at `pc`), or left to the interpreter.
pub fn then(jit: &Jit, r: &Record, pc: usize) -> String {
    let dropped = r.stats.as_ref().and_then(|s| s.dropped.get());
    match dropped {
        None => "resumed in the interpreter".to_string(),
        Some(why) => match next_version(jit, r) {
            Some(o) => {
                let guarded = o
                    .stats
                    .as_ref()
                    .is_some_and(|s| s.guards.iter().any(|g| g.pc == pc));
                let generic = if guarded { "" } else { ", generic there" };
                format!(
                    "dropped because {why}, recompiled as version {}{generic}",
                    o.version
                )
            }
            None => format!("dropped because {why}, interpreted from then on"),
        },
    }
}

/// Why version `r` replaced the one before it, or was compiled beside it.
fn replaced(jit: &Jit, r: &Record) -> Option<String> {
    let before = jit.records.iter().find(|o| {
        Rc::ptr_eq(&o.code, &r.code) && o.entry_pc == r.entry_pc && o.version + 1 == r.version
    })?;
    if before
        .stats
        .as_ref()
        .is_some_and(|s| s.kept_beside_next.get())
    {
        return Some(format!(
            "added beside version {} (which still takes the argument types it was compiled \
             for) because it was entered with other argument types",
            before.version
        ));
    }
    let why = before
        .stats
        .as_ref()
        .and_then(|s| s.dropped.get())
        .unwrap_or(
            "it was entered with other argument types or after a global it assumed was rebound",
        );
    Some(format!("replaces version {} because {why}", before.version))
}

/// The failures recorded for an entry.
fn failures(r: &Record) -> Vec<GuardFailure> {
    r.stats
        .as_ref()
        .map(|s| s.failures.borrow().clone())
        .unwrap_or_default()
}

/// Where an entry left for the interpreter, and how often.
fn exits_of(r: &Record) -> Vec<(usize, u64)> {
    r.stats
        .as_ref()
        .map(|s| s.exits.borrow().clone())
        .unwrap_or_default()
}

fn counter(r: &Record, f: impl Fn(&pyjit_runtime::interp::tier::EntryStats) -> u64) -> u64 {
    r.stats.as_deref().map_or(0, f)
}

/// (calls, loop entries) of an entry.
fn entries(r: &Record) -> (u64, u64) {
    let n = counter(r, |s| s.entered.get());
    if r.entry_pc == 0 {
        (n, 0)
    } else {
        (0, n)
    }
}

/// The instruction at `pc`, as the bytecode listing shows it.
fn instr_at(r: &Record, pc: usize) -> String {
    r.code
        .instrs
        .get(pc)
        .map_or_else(|| "(end)".to_string(), |i| format!("{i:?}"))
}

/// `1 entry`, `2 entries`.
fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct Totals {
    compile: Duration,
    deopts: u64,
    exits: u64,
    osr: u64,
}

fn totals(jit: &Jit) -> Totals {
    Totals {
        compile: jit.records.iter().map(|r| r.compile_time).sum(),
        deopts: jit
            .records
            .iter()
            .map(|r| counter(r, |s| s.deopts.get()))
            .sum(),
        exits: jit
            .records
            .iter()
            .map(|r| counter(r, |s| s.exit_count()))
            .sum(),
        osr: jit.records.iter().map(|r| entries(r).1).sum(),
    }
}

pub fn text(jit: &Jit) -> String {
    let t = totals(jit);
    let stable = jit.report.stable;
    let mut out = format!(
        "pyjit stats: {} compiled at opt level {}",
        plural(jit.records.len() as u64, "entry", "entries"),
        jit.opt_level
    );
    if !stable {
        out.push_str(&format!(" in {:.1} ms", ms(t.compile)));
    }
    out.push('\n');
    for r in &jit.records {
        let (calls, loops) = entries(r);
        out.push_str(&format!(
            "  {} ({}:{}), {}, version {}: opt level {}, {}, {}, {} bytes",
            r.qualname(),
            r.code.source.filename,
            r.code.first_line,
            r.kind(),
            r.version,
            jit.opt_level,
            plural(calls, "call", "calls"),
            plural(loops, "loop entry", "loop entries"),
            r.code_size,
        ));
        if !stable {
            out.push_str(&format!(", compiled in {:.2} ms", ms(r.compile_time)));
        }
        if let Some(why) = replaced(jit, r) {
            out.push_str(&format!("; {why}"));
        }
        out.push('\n');
    }
    let failed: Vec<(&Record, GuardFailure)> = jit
        .records
        .iter()
        .flat_map(|r| failures(r).into_iter().map(move |f| (r, f)))
        .collect();
    if !failed.is_empty() {
        out.push_str("  guards that failed:\n");
        for (r, f) in failed {
            out.push_str(&format!(
                "    {}:{} in {} (version {}), bytecode {} {}: expected {}, saw {}, {}; {}\n",
                r.code.source.filename,
                r.code.line_of(f.pc),
                r.qualname(),
                r.version,
                f.pc,
                instr_at(r, f.pc),
                f.expected,
                f.saw,
                plural(f.count, "time", "times"),
                then(jit, r, f.pc)
            ));
        }
    }
    let exits: Vec<(&Record, (usize, u64))> = jit
        .records
        .iter()
        .flat_map(|r| exits_of(r).into_iter().map(move |e| (r, e)))
        .collect();
    if !exits.is_empty() {
        out.push_str("  where compiled code left for the interpreter:\n");
        for (r, (pc, n)) in exits {
            out.push_str(&format!(
                "    {}:{} in {} (version {}), bytecode {pc} {}: {}\n",
                r.code.source.filename,
                r.code.line_of(pc),
                r.qualname(),
                r.version,
                instr_at(r, pc),
                plural(n, "time", "times"),
            ));
        }
    }
    let not_compiled = not_compiled(jit);
    if !not_compiled.is_empty() {
        out.push_str("  not compiled:\n");
        for (name, why) in &not_compiled {
            out.push_str(&format!("    {name}: {why}\n"));
        }
    }
    out.push_str(&format!(
        "  deopts (guard failures): {}, other exits to the interpreter: {}, OSR entries: {}\n",
        t.deopts, t.exits, t.osr
    ));
    out
}

/// What was not compiled, and why: code the JIT turned down, and hot generator functions and
/// coroutines of the program, which stay interpreted.
fn not_compiled(jit: &Jit) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = jit
        .rejected
        .iter()
        .map(|(code, why)| (code.qualname.clone(), why.clone()))
        .collect();
    let mut work: Vec<Rc<Code>> = jit.program.iter().cloned().collect();
    while let Some(code) = work.pop() {
        work.extend(code.children.iter().cloned());
        let f = &code.flags;
        let kind = if f.async_generator {
            "an async generator"
        } else if f.coroutine {
            "a coroutine"
        } else if f.generator {
            "a generator"
        } else {
            continue;
        };
        // Hot by its starts, or by the loops it runs between yields.
        if code.call_count.get() > jit.threshold || code.backedges.get() > jit.threshold {
            out.push((
                code.qualname.clone(),
                format!("{kind}, which stays interpreted (generators are not compiled yet)"),
            ));
        }
    }
    out
}

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The statistics as one JSON object (times left out with `--stable`).
pub fn json(jit: &Jit) -> String {
    let t = totals(jit);
    let stable = jit.report.stable;
    let time = |d: Duration| {
        if stable {
            String::new()
        } else {
            format!(", \"compile_time_ms\": {:.3}", ms(d))
        }
    };
    let functions: Vec<String> = jit
        .records
        .iter()
        .map(|r| {
            let (calls, loops) = entries(r);
            format!(
                "{{\"name\": {}, \"file\": {}, \"line\": {}, \"entry_pc\": {}, \"version\": {}, \
                 \"opt_level\": {}, \"calls\": {calls}, \"loop_entries\": {loops}, \
                 \"code_size\": {}{}, \"deopts\": {}, \"exits\": {}, \"dropped\": {}, \
                 \"replaces\": {}}}",
                json_str(r.qualname()),
                json_str(&r.code.source.filename),
                r.code.first_line,
                r.entry_pc,
                r.version,
                jit.opt_level,
                r.code_size,
                time(r.compile_time),
                counter(r, |s| s.deopts.get()),
                counter(r, |s| s.exit_count()),
                r.stats
                    .as_ref()
                    .and_then(|s| s.dropped.get())
                    .map_or("null".to_string(), json_str),
                replaced(jit, r).map_or("null".to_string(), |w| json_str(&w)),
            )
        })
        .collect();
    let guards: Vec<String> = jit
        .records
        .iter()
        .flat_map(|r| failures(r).into_iter().map(move |f| (r, f)))
        .map(|(r, f)| {
            format!(
                "{{\"function\": {}, \"version\": {}, \"file\": {}, \"line\": {}, \"pc\": {}, \
                 \"instruction\": {}, \"expected\": {}, \"saw\": {}, \"count\": {}, \"then\": {}}}",
                json_str(r.qualname()),
                r.version,
                json_str(&r.code.source.filename),
                r.code.line_of(f.pc),
                f.pc,
                json_str(&instr_at(r, f.pc)),
                json_str(&f.expected),
                json_str(&f.saw),
                f.count,
                json_str(&then(jit, r, f.pc))
            )
        })
        .collect();
    let exits: Vec<String> = jit
        .records
        .iter()
        .flat_map(|r| exits_of(r).into_iter().map(move |e| (r, e)))
        .map(|(r, (pc, n))| {
            format!(
                "{{\"function\": {}, \"version\": {}, \"file\": {}, \"line\": {}, \"pc\": {pc}, \
                 \"instruction\": {}, \"count\": {n}}}",
                json_str(r.qualname()),
                r.version,
                json_str(&r.code.source.filename),
                r.code.line_of(pc),
                json_str(&instr_at(r, pc)),
            )
        })
        .collect();
    let rejected: Vec<String> = not_compiled(jit)
        .iter()
        .map(|(name, why)| {
            format!(
                "{{\"function\": {}, \"reason\": {}}}",
                json_str(name),
                json_str(why)
            )
        })
        .collect();
    let list = |items: &[String]| {
        if items.is_empty() {
            "[]".to_string()
        } else {
            format!("[\n    {}\n  ]", items.join(",\n    "))
        }
    };
    format!(
        "{{\n  \"opt_level\": {}{},\n  \"deopts\": {},\n  \"exits\": {},\n  \"osr_entries\": {},\n  \
         \"functions\": {},\n  \"guard_failures\": {},\n  \"exits_at\": {},\n  \
         \"not_compiled\": {}\n}}",
        jit.opt_level,
        time(t.compile),
        t.deopts,
        t.exits,
        t.osr,
        list(&functions),
        list(&guards),
        list(&exits),
        list(&rejected)
    )
}
