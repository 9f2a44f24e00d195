//! `pyjit explain FILE`: the program's source after it ran, each line marked by what happened
//! to it (compiled and specialised, compiled generic, deoptimising often, interpreted only,
//! never run), as text (ANSI colours on a terminal) or a standalone HTML page, followed by the
//! costliest generic or deoptimising sites in words a Python programmer can act on.
//!
//! What ran is read from the interpreter's profile: code objects count their calls, and the
//! instructions whose results are profiled (calls, operators, attributes, subscripts) record
//! the types they produced; a line whose profiled instructions recorded nothing never ran.

use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

use pyjit_runtime::bytecode::{Code, Instr};

use crate::ir::{Helper, InstKind};
use crate::{Jit, Record};

/// How `pyjit explain` shows its result.
#[derive(Clone, Debug, Default)]
pub struct Request {
    /// ANSI colours (a terminal, and `NO_COLOR` not set).
    pub color: bool,
    /// Also write a standalone HTML page here.
    pub html: Option<String>,
}

/// What happened to a line, from least to most worth a look (a line shows its highest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    NeverRun,
    Interpreted,
    Specialised,
    /// Compiled code leaves here for the interpreter to run the instruction.
    LeavesCompiled,
    Generic,
    Deopt,
}

impl Mark {
    fn symbol(self) -> char {
        match self {
            Mark::NeverRun => '-',
            Mark::Interpreted | Mark::LeavesCompiled => 'I',
            Mark::Specialised => 'S',
            Mark::Generic => 'G',
            Mark::Deopt => 'D',
        }
    }

    fn words(self) -> &'static str {
        match self {
            Mark::NeverRun => "never run",
            Mark::Interpreted => "interpreted only",
            Mark::LeavesCompiled => "interpreted (compiled code leaves here)",
            Mark::Specialised => "compiled and specialised",
            Mark::Generic => "compiled generic",
            Mark::Deopt => "deoptimising often",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Mark::NeverRun => "never",
            Mark::Interpreted | Mark::LeavesCompiled => "interp",
            Mark::Specialised => "spec",
            Mark::Generic => "generic",
            Mark::Deopt => "deopt",
        }
    }

    fn ansi(self) -> &'static str {
        match self {
            Mark::NeverRun => "\x1b[2m",
            Mark::Interpreted | Mark::LeavesCompiled => "\x1b[34m",
            Mark::Specialised => "\x1b[32m",
            Mark::Generic => "\x1b[33m",
            Mark::Deopt => "\x1b[31m",
        }
    }
}

/// Guard failures at one instruction before it counts as deoptimising often.
const DEOPTS_OFTEN: u64 = 5;

/// What the compiled entries did with one instruction.
#[derive(Default)]
struct PcInfo {
    compiled: bool,
    leaves: bool,
    /// Why it is compiled generic.
    generic: Option<String>,
    deopts: u64,
    /// Times compiled code left here for the interpreter to run the instruction.
    exits: u64,
    /// (expected, saw, count, what happened next) per guard failure there.
    failures: Vec<(String, String, u64, String)>,
}

/// An actionable site, for the list under the source.
struct Site {
    cost: u64,
    line: u32,
    text: String,
    /// Source span (line, start column, end column) to highlight.
    span: Option<(u32, u32, u32)>,
    mark: Mark,
}

type Key = (usize, usize);

fn key(code: &Rc<Code>, pc: usize) -> Key {
    (Rc::as_ptr(code) as usize, pc)
}

/// The instructions whose results the interpreter profiles every time they run.
fn profiled(i: Instr) -> bool {
    matches!(
        i,
        Instr::LoadAttr(_)
            | Instr::CallMethod(_)
            | Instr::Call(_)
            | Instr::CallKw(..)
            | Instr::BinaryOp(_)
            | Instr::InplaceOp(_)
            | Instr::Compare(_)
            | Instr::Subscr
            | Instr::LoadFastAttr(..)
            | Instr::BinaryOpFastConst(..)
            | Instr::BinaryOpFast(..)
            | Instr::BinaryOpConst(..)
            | Instr::GetLen
    )
}

/// Why the compiled code of an instruction is generic (runs the interpreter's own operation
/// on boxed objects), if it is.
fn generic(code: &Code, kind: &InstKind) -> Option<String> {
    let InstKind::Helper { helper, .. } = kind else {
        return None;
    };
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|n| pyjit_runtime::object::str_of(n).to_string())
            .unwrap_or_default()
    };
    match helper {
        Helper::Binary(..) | Helper::Unary(_) => Some("operator".into()),
        Helper::Compare(op) if *op < 6 => Some("comparison".into()),
        Helper::LoadAttr {
            slot: None,
            name: n,
            ..
        } => Some(format!("attribute `{}`", name(*n))),
        // Stores in `__init__` add the attributes that make an object's shape: expected.
        Helper::StoreAttr {
            slot: None,
            name: n,
            ..
        } if pyjit_runtime::object::str_of(&code.name) != "__init__" => {
            Some(format!("attribute store `{}`", name(*n)))
        }
        _ => None,
    }
}

/// The source text of an instruction's expression, if it is on one line.
fn snippet(code: &Code, pc: usize) -> Option<(String, (u32, u32, u32))> {
    let p = code.positions.get(pc)?;
    if p.line != p.end_line || p.end_col <= p.col {
        return None;
    }
    let line = code.source.text.lines().nth(p.line as usize - 1)?;
    let s: String = line
        .chars()
        .skip(p.col as usize)
        .take((p.end_col - p.col) as usize)
        .collect();
    Some((s, (p.line, p.col, p.end_col)))
}

/// Every code object of the program, the program's own first.
pub fn code_objects(root: &Rc<Code>) -> Vec<Rc<Code>> {
    let mut out = vec![root.clone()];
    let mut i = 0;
    while i < out.len() {
        let children = out[i].children.clone();
        out.extend(children);
        i += 1;
    }
    out
}

fn collect(jit: &Jit) -> HashMap<Key, PcInfo> {
    let mut info: HashMap<Key, PcInfo> = HashMap::new();
    for r in &jit.records {
        let Some(func) = &r.func else { continue };
        for &pc in &func.compiled_pcs {
            info.entry(key(&r.code, pc)).or_default().compiled = true;
        }
        for &pc in &func.exit_pcs {
            info.entry(key(&r.code, pc)).or_default().leaves = true;
        }
        for inst in func.blocks.iter().flat_map(|b| &b.insts) {
            if let Some(why) = generic(&r.code, &inst.kind) {
                info.entry(key(&r.code, inst.pc)).or_default().generic = Some(why);
            }
        }
        record_failures(jit, r, &mut info);
    }
    info
}

fn record_failures(jit: &Jit, r: &Record, info: &mut HashMap<Key, PcInfo>) {
    let Some(stats) = &r.stats else { return };
    for &(pc, n) in stats.exits.borrow().iter() {
        info.entry(key(&r.code, pc)).or_default().exits += n;
    }
    for f in stats.failures.borrow().iter() {
        let i = info.entry(key(&r.code, f.pc)).or_default();
        i.deopts += f.count;
        i.failures.push((
            f.expected.clone(),
            f.saw.clone(),
            f.count,
            crate::stats::then(jit, r, f.pc),
        ));
    }
}

/// The mark of one instruction.
fn mark_of(code: &Code, ran: bool, pc: usize, info: Option<&PcInfo>) -> Mark {
    if let Some(i) = info {
        if i.deopts >= DEOPTS_OFTEN {
            return Mark::Deopt;
        }
        if i.generic.is_some() {
            return Mark::Generic;
        }
        if i.leaves && !i.compiled {
            return Mark::LeavesCompiled;
        }
        if i.compiled {
            return Mark::Specialised;
        }
    }
    let silent =
        profiled(code.instrs[pc]) && code.value_profile.get(pc).is_some_and(|c| c.get() == 0);
    if !ran || silent {
        Mark::NeverRun
    } else {
        Mark::Interpreted
    }
}

/// The marks of the program's lines (None: no code on the line) and the costly sites.
fn analyse(jit: &Jit, root: &Rc<Code>) -> (Vec<Option<Mark>>, Vec<Site>) {
    let info = collect(jit);
    let nlines = root.source.text.lines().count();
    let mut marks: Vec<Option<Mark>> = vec![None; nlines + 1];
    let mut sites = Vec::new();
    let lines: Vec<&str> = root.source.text.lines().collect();
    for (ci, code) in code_objects(root).iter().enumerate() {
        let ran = ci == 0 || code.call_count.get() > 0;
        let heat = code.call_count.get() + code.backedges.get();
        for pc in 0..code.instrs.len() {
            let line = code.line_of(pc) as usize;
            // A function's `def` line is its parent's (the implicit `return None` of the
            // function's code carries it too).
            if line == 0 || line > nlines || (ci > 0 && line == code.first_line as usize) {
                continue;
            }
            let src = lines[line - 1].trim();
            if src.is_empty() || src.starts_with('#') {
                continue;
            }
            let i = info.get(&key(code, pc));
            let m = mark_of(code, ran, pc, i);
            marks[line] = Some(marks[line].map_or(m, |old| old.max(m)));
            if let Some(site) = i.and_then(|i| site(code, pc, i, m, heat)) {
                sites.push(site);
            }
        }
    }
    sites.sort_by(|a, b| b.cost.cmp(&a.cost).then(a.line.cmp(&b.line)));
    sites.dedup_by(|a, b| a.text == b.text);
    sites.truncate(8);
    (marks, sites)
}

/// The advice for a generic or deoptimising instruction.
fn site(code: &Code, pc: usize, i: &PcInfo, m: Mark, heat: u64) -> Option<Site> {
    let line = code.line_of(pc);
    let (expr, span) = match snippet(code, pc) {
        // A guard resumes at the instruction after the one whose value it checked: the
        // whole line says more than that instruction.
        Some(_) | None if m == Mark::Deopt => {
            let src = code
                .source
                .text
                .lines()
                .nth(line as usize - 1)
                .unwrap_or("");
            (format!("(`{}`)", src.trim()), None)
        }
        Some((s, span)) => (format!("`{s}`"), Some(span)),
        None => (format!("{:?}", code.instrs[pc]), None),
    };
    let seen = crate::graph::seen_types(code, pc);
    let text = match m {
        Mark::Deopt => {
            let (expected, saw, _, then) = i.failures.iter().max_by_key(|f| f.2)?;
            let mut t = format!(
                "line {line}: {expr} in {} deoptimised {} times: compiled code expected {expected} \
                 and saw {saw}; then {then}.",
                code.qualname, i.deopts
            );
            if expected != saw && !expected.starts_with("a ") {
                t.push_str(&format!(
                    " Values here are sometimes {expected} and sometimes {saw}: if one type \
                     is meant, convert once (e.g. float(x)) before the hot code."
                ));
            }
            t
        }
        Mark::Generic => {
            let why = i.generic.as_deref().unwrap_or("operation");
            let what = if seen.is_empty() {
                String::new()
            } else {
                format!(" (it produced {})", seen.join(" and "))
            };
            if why.starts_with("attribute store") {
                format!(
                    "line {line}: the {why} in {expr} is compiled generic: it adds an \
                     attribute after __init__ (or objects reaching it have different \
                     attributes), so objects of one class end up with several shapes. Assign \
                     every attribute in __init__ (None if it has no value yet)."
                )
            } else if why.starts_with("attribute") {
                format!(
                    "line {line}: {why} in {expr} is looked up generically{what}: the objects \
                     reaching it do not share one class and one set of attributes. Assign \
                     every attribute in __init__, in the same order, so all objects of the \
                     class have one shape."
                )
            } else if seen.iter().all(|t| *t == "object") {
                format!(
                    "line {line}: the {why} {expr} is compiled generic{what}: its operands are \
                     objects, not ints or floats, so each run calls the general operation. \
                     That is the cost of objects; for strings built in a loop, append the \
                     parts to a list and ''.join it once."
                )
            } else {
                format!(
                    "line {line}: the {why} {expr} is compiled generic{what}: its operands are \
                     not plain ints or floats of one type each time, so it works on boxed \
                     objects. Keep the operands one numeric type (e.g. 0.0 rather than 0 for \
                     a float accumulator)."
                )
            }
        }
        Mark::LeavesCompiled if i.exits > 0 => format!(
            "line {line}: {expr} ({:?}) is not compiled: compiled code of {} hands it to the \
             interpreter {} times. Moving it out of the hot loop or function keeps the rest \
             in compiled code.",
            code.instrs[pc], code.qualname, i.exits
        ),
        _ => return None,
    };
    let cost = match m {
        Mark::Deopt => i.deopts * 100,
        Mark::LeavesCompiled => i.exits * 10,
        _ => heat,
    };
    Some(Site {
        cost,
        line,
        text,
        span,
        mark: m,
    })
}

pub fn print(jit: &Jit, request: &Request) {
    let Some(root) = &jit.program else {
        println!("pyjit explain: no program source to explain");
        return;
    };
    let (marks, sites) = analyse(jit, root);
    print!("{}", text(root, &marks, &sites, request.color));
    if let Some(path) = &request.html {
        if let Err(e) = std::fs::write(path, html(root, &marks, &sites)) {
            eprintln!("pyjit explain: cannot write {path}: {e}");
        }
    }
}

const LEGEND: [Mark; 5] = [
    Mark::Specialised,
    Mark::Generic,
    Mark::Deopt,
    Mark::Interpreted,
    Mark::NeverRun,
];

fn text(root: &Code, marks: &[Option<Mark>], sites: &[Site], color: bool) -> String {
    let (reset, bold) = if color {
        ("\x1b[0m", "\x1b[1m")
    } else {
        ("", "")
    };
    let paint = |m: Mark| if color { m.ansi() } else { "" };
    let mut out = format!("{bold}pyjit explain: {}{reset}\n", root.source.filename);
    let legend: Vec<String> = LEGEND
        .iter()
        .map(|m| format!("{}{} {}{reset}", paint(*m), m.symbol(), m.words()))
        .collect();
    let _ = writeln!(out, "  {}\n", legend.join("   "));
    for (n, src) in root.source.text.lines().enumerate() {
        let line = n + 1;
        match marks.get(line).copied().flatten() {
            Some(m) => {
                let _ = writeln!(out, "{}{} {line:4} | {src}{reset}", paint(m), m.symbol());
                // The costly expression on the line, underlined.
                let span = sites
                    .iter()
                    .find_map(|s| s.span.filter(|(l, _, _)| *l as usize == line));
                if let Some((_, a, b)) = span {
                    let _ = writeln!(
                        out,
                        "       | {}{}{}{reset}",
                        " ".repeat(a as usize),
                        paint(m),
                        "^".repeat((b - a) as usize)
                    );
                }
            }
            None => {
                let _ = writeln!(out, "  {line:4} | {src}");
            }
        }
    }
    out.push('\n');
    if sites.is_empty() {
        out.push_str("No generic or deoptimising sites.\n");
    } else {
        let _ = writeln!(out, "{bold}Most costly sites:{reset}");
        for s in sites {
            let _ = writeln!(
                out,
                "{}{}{reset} {}",
                paint(s.mark),
                s.mark.symbol(),
                s.text
            );
        }
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A standalone page: the marked source (the costly expressions underlined, with their advice
/// as a tooltip) and the list of costly sites.
fn html(root: &Code, marks: &[Option<Mark>], sites: &[Site]) -> String {
    let name = escape(&root.source.filename);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>pyjit explain: {name}</title>\n<style>\n\
         body {{ font-family: sans-serif; margin: 2em; }}\n\
         pre {{ font-family: monospace; line-height: 1.35; }}\n\
         .line {{ display: inline-block; width: calc(100% - 0.7em); padding-left: 0.3em; \
         border-left: 0.4em solid transparent; }}\n\
         .no {{ color: #888; user-select: none; }}\n\
         .spec {{ background: #e3f6e3; border-color: #2e9e2e; }}\n\
         .generic {{ background: #fdf3d0; border-color: #d8a400; }}\n\
         .deopt {{ background: #fbe0e0; border-color: #d03030; }}\n\
         .interp {{ background: #e6eefb; border-color: #5078c8; }}\n\
         .never {{ color: #999; }}\n\
         .site {{ text-decoration: underline wavy; }}\n\
         .legend span {{ padding: 0.1em 0.5em; margin-right: 0.5em; border-left: 0.4em solid; }}\n\
         </style>\n</head>\n<body>\n<h1>pyjit explain: {name}</h1>\n<p class=\"legend\">"
    );
    for m in LEGEND {
        let _ = write!(out, "<span class=\"{}\">{}</span>", m.class(), m.words());
    }
    out.push_str("</p>\n<pre>\n");
    for (n, src) in root.source.text.lines().enumerate() {
        let line = n + 1;
        let body = underline(src, line as u32, sites);
        match marks.get(line).copied().flatten() {
            Some(m) => {
                let _ = writeln!(
                    out,
                    "<span class=\"line {}\" title=\"{}\"><span class=\"no\">{line:4}</span>  {body}</span>",
                    m.class(),
                    m.words()
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "<span class=\"line\"><span class=\"no\">{line:4}</span>  {body}</span>"
                );
            }
        }
    }
    out.push_str("</pre>\n<h2>Most costly sites</h2>\n");
    if sites.is_empty() {
        out.push_str("<p>No generic or deoptimising sites.</p>\n");
    } else {
        out.push_str("<ul>\n");
        for s in sites {
            let _ = writeln!(
                out,
                "<li class=\"{}\">{}</li>",
                s.mark.class(),
                escape(&s.text)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// One source line, HTML-escaped, with the span of the first costly site on it underlined.
fn underline(src: &str, line: u32, sites: &[Site]) -> String {
    let span = sites
        .iter()
        .find(|s| s.span.is_some_and(|(l, _, _)| l == line));
    let Some(site) = span else {
        return escape(src);
    };
    let (_, a, b) = site.span.expect("found with a span");
    let chars: Vec<char> = src.chars().collect();
    let part = |x: usize, y: usize| {
        escape(
            &chars[x.min(chars.len())..y.min(chars.len())]
                .iter()
                .collect::<String>(),
        )
    };
    format!(
        "{}<span class=\"site\" title=\"{}\">{}</span>{}",
        part(0, a as usize),
        escape(&site.text),
        part(a as usize, b as usize),
        part(b as usize, chars.len())
    )
}
