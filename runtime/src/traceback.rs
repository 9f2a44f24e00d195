//! Printing uncaught exceptions exactly as CPython 3.11 does: chained exceptions, tracebacks
//! with source lines and `~~~^^^` position markers, collapsed recursion, SyntaxError carets,
//! and "Did you mean" suggestions for NameError and AttributeError.

use std::rc::Rc;

use crate::bytecode::{Anchor, Code};
use crate::compile::{CompileError, Source};
use crate::interp::Vm;
use crate::object::class::class_data;
use crate::object::exception::{exc_data, PyErr};
use crate::object::{as_str, exc_types, new_str, new_tuple, Obj, Payload};
use crate::ops;
use crate::value::Value;

/// Whether CPython's `linecache` would read source lines for `filename`: not for pseudo-files
/// such as `<string>` (code from `-c`, `exec` and `eval`), whose tracebacks show no source.
fn readable(filename: &str) -> bool {
    !(filename.starts_with('<') && filename.ends_with('>')) && SOURCE_LINES.with(|s| s.get())
}

thread_local! {
    /// Off during interpreter shutdown, when CPython can no longer read source files (its
    /// `io` module is gone), so tracebacks printed then show no source lines.
    static SOURCE_LINES: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Called when the interpreter starts shutting down (see `SOURCE_LINES`).
pub fn stop_showing_source() {
    SOURCE_LINES.with(|s| s.set(false));
}

/// A SyntaxError (or subclass) exception for a compile error.
pub fn syntax_error(e: &CompileError, source: &Rc<Source>) -> PyErr {
    let t = exc_types();
    let cls = match e.kind {
        "IndentationError" => &t.indentation_error,
        "TabError" => &t.tab_error,
        _ => &t.syntax_error,
    };
    // CPython's compiler reads the line back from the file, which `-c` and `exec` lack.
    let unreadable = e.from_compiler && !readable(&source.filename);
    let text = source
        .line(e.line)
        .filter(|_| !unreadable)
        .map(|l| new_str(format!("{l}\n")))
        .unwrap_or(Value::None);
    let details = new_tuple(vec![
        new_str(source.filename.as_str()),
        Value::Int(e.line as i64),
        Value::Int(e.col as i64),
        text.clone(),
        Value::Int(e.end_line as i64),
        Value::Int(e.end_col as i64),
    ]);
    let err = PyErr::with_args(cls, vec![new_str(e.msg.as_str()), details]);
    ops::exc::set_attr_str(&err, "msg", new_str(e.msg.as_str()));
    ops::exc::set_attr_str(&err, "filename", new_str(source.filename.as_str()));
    ops::exc::set_attr_str(&err, "lineno", Value::Int(e.line as i64));
    ops::exc::set_attr_str(&err, "offset", Value::Int(e.col as i64));
    ops::exc::set_attr_str(&err, "text", text);
    ops::exc::set_attr_str(&err, "end_lineno", Value::Int(e.end_line as i64));
    ops::exc::set_attr_str(&err, "end_offset", Value::Int(e.end_col as i64));
    err
}

/// `exc.__traceback__`: a chain of `traceback` objects, outermost frame first, each with
/// `tb_lineno`, `tb_lasti` and `tb_next` (frames themselves are not exposed).
pub fn traceback_object(e: &Obj) -> Value {
    let Some(d) = exc_data(e) else {
        return Value::None;
    };
    let mut next = Value::None;
    for entry in d.traceback.borrow().iter() {
        let tb = crate::builtins::type_::object_new_for(&crate::object::types().traceback);
        if let Some(Payload::Instance(inst)) = tb.payload() {
            inst.set(
                &crate::object::intern("tb_lineno"),
                Value::Int(entry.code.line_of(entry.pc) as i64),
            );
            inst.set(
                &crate::object::intern("tb_lasti"),
                Value::Int(entry.pc as i64 * 2),
            );
            inst.set(&crate::object::intern("tb_next"), next);
            inst.set(&crate::object::intern("tb_frame"), Value::None);
        }
        next = tb;
    }
    next
}

/// Prints an uncaught exception and its chain to stderr.
pub fn print_exception(vm: &mut Vm, err: &PyErr) {
    let mut ctx = PrintContext::default();
    format_chain(vm, &err.0, &mut ctx);
    vm.write_stderr(&ctx.out);
}

/// What `traceback.format_exception(e, chain=chain)` joins to: the uncaught-exception text.
pub fn format_exception(vm: &mut Vm, e: &Obj, chain: bool) -> String {
    let mut ctx = PrintContext::default();
    if chain {
        format_chain(vm, e, &mut ctx);
    } else {
        format_one(vm, e, &mut ctx.out, "Traceback", true);
    }
    ctx.out
}

/// What `traceback.format_exception_only(e)` joins to: the exception's lines without its
/// traceback (a SyntaxError's location, the message, the notes).
pub fn format_exception_only(vm: &mut Vm, e: &Obj) -> String {
    let mut out = String::new();
    format_one(vm, e, &mut out, "Traceback", false);
    out
}

/// CPython's limits on how much of a nested exception group is shown.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The state of printing one uncaught exception (`traceback._ExceptionPrintContext`): inside
/// an exception group every line is indented and gets a `|` margin.
#[derive(Default)]
struct PrintContext {
    out: String,
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Appends `text` with every line (blank ones too) prefixed by the group margin.
    fn emit(&mut self, text: &str, margin: char) {
        if self.group_depth == 0 {
            self.out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

fn format_chain(vm: &mut Vm, e: &Obj, ctx: &mut PrintContext) {
    ctx.seen.push(e.addr());
    if let Some(d) = exc_data(e) {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if let Value::Obj(c) = &cause {
            if !ctx.seen.contains(&c.addr()) {
                format_chain(vm, c, ctx);
                ctx.emit(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    '|',
                );
            }
        } else if let Value::Obj(c) = &context {
            if !d.suppress_context.get() && !ctx.seen.contains(&c.addr()) {
                format_chain(vm, c, ctx);
                ctx.emit(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                    '|',
                );
            }
        }
    }
    match group_members(vm, e) {
        None => {
            let mut text = String::new();
            format_one(vm, e, &mut text, "Traceback", true);
            ctx.emit(&text, '|');
        }
        Some(_) if ctx.group_depth > MAX_GROUP_DEPTH => {
            ctx.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
        }
        Some(members) => format_group(vm, e, &members, ctx),
    }
}

/// The members of an exception group, or None for any other exception.
fn group_members(vm: &mut Vm, e: &Obj) -> Option<Vec<Value>> {
    let group = crate::builtins::dict::get_by_str(&vm.builtins_dict, "BaseExceptionGroup")?;
    let group = group.as_obj()?;
    if !crate::object::class::is_subclass(&e.class(), group) {
        return None;
    }
    let members = ops::attr::get_attr_str(vm, &Value::Obj(e.clone()), "exceptions").ok()?;
    ops::iter::collect(vm, &members).ok()
}

/// An exception group and, boxed beneath it, each of its members (`traceback.py`'s layout).
fn format_group(vm: &mut Vm, e: &Obj, members: &[Value], ctx: &mut PrintContext) {
    let toplevel = ctx.group_depth == 0;
    if toplevel {
        ctx.group_depth += 1;
    }
    let mut header = String::new();
    let has_stack = format_one(vm, e, &mut header, "Exception Group Traceback", true);
    if has_stack {
        // The first line carries the `+` margin of the outermost group.
        let split = header.find('\n').map_or(header.len(), |i| i + 1);
        let (first, rest) = header.split_at(split);
        ctx.emit(first, if toplevel { '+' } else { '|' });
        ctx.emit(rest, '|');
    } else {
        ctx.emit(&header, '|');
    }
    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..shown {
        let last = i == shown - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let bar = if i == 0 { "+-" } else { "  " };
        let line = format!(
            "{}{bar}+---------------- {title} ----------------\n",
            ctx.indent()
        );
        ctx.out.push_str(&line);
        ctx.group_depth += 1;
        if truncated {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            ctx.emit(&format!("and {remaining} more exception{plural}\n"), '|');
        } else if let Value::Obj(m) = &members[i] {
            format_chain(vm, m, ctx);
        }
        if last && ctx.need_close {
            let line = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if toplevel {
        ctx.group_depth = 0;
    }
}

/// Whether `filename` names a module prelude (`<NAME prelude>`, see `run_prelude`).
fn is_prelude(filename: &str) -> bool {
    filename.starts_with('<') && filename.ends_with(" prelude>")
}

/// CPython's TB_RECURSIVE_CUTOFF: identical consecutive entries beyond this are summarised.
const RECURSIVE_CUTOFF: usize = 3;

/// One exception's traceback (under `title`, if it has one and `with_tb`) and its message
/// line; returns whether there was a traceback.
fn format_one(vm: &mut Vm, e: &Obj, out: &mut String, title: &str, with_tb: bool) -> bool {
    let d = exc_data(e).filter(|_| with_tb);
    let entries: Vec<(Rc<Code>, usize, bool)> = d
        .map(|d| {
            d.traceback
                .borrow()
                .iter()
                .rev()
                // Preludes are Python standing in for CPython's C functions, which show no
                // frames.
                .filter(|t| !is_prelude(&t.code.source.filename))
                .map(|t| (t.code.clone(), t.pc, t.aux))
                .collect()
        })
        .unwrap_or_default();
    let has_stack = !entries.is_empty();
    if has_stack {
        out.push_str(title);
        out.push_str(" (most recent call last):\n");
        let mut last: Option<(String, u32, String)> = None;
        let mut count = 0usize;
        for (code, pc, aux) in &entries {
            let line = code.position(*pc, *aux).line;
            let key = (
                code.source.filename.clone(),
                line,
                code.name_str().to_string(),
            );
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                flush_repeats(out, count);
                last = Some(key);
                count = 1;
            }
            if count <= RECURSIVE_CUTOFF {
                format_entry(out, code, *pc, *aux);
            }
        }
        flush_repeats(out, count);
    }
    let cls = e.class();
    if crate::object::class::is_subclass(&cls, &exc_types().syntax_error) {
        format_syntax_error(vm, e, out);
    }
    out.push_str(&exception_line(vm, e));
    out.push('\n');
    if let Ok(notes) = ops::attr::get_attr_str(vm, &Value::Obj(e.clone()), "__notes__") {
        if let Ok(items) = ops::iter::collect(vm, &notes) {
            for n in items {
                if let Ok(s) = ops::repr::str(vm, &n) {
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
    }
    has_stack
}

fn flush_repeats(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

fn format_entry(out: &mut String, code: &Code, pc: usize, aux: bool) {
    let pos = code.position(pc, aux);
    let line = if pos.line == 0 {
        code.first_line
    } else {
        pos.line
    };
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        code.source.filename,
        line,
        code.name_str()
    ));
    if !readable(&code.source.filename) {
        return;
    }
    let Some(text) = code.source.line(line) else {
        return;
    };
    let stripped = text.trim_start();
    if stripped.is_empty() {
        return;
    }
    let indent = text.chars().count() - stripped.chars().count();
    out.push_str("    ");
    out.push_str(stripped.trim_end());
    out.push('\n');
    if pos.line == 0 {
        return;
    }
    let line_chars = text.trim_end().chars().count();
    let start = pos.col as usize;
    let mut end = if pos.end_line == pos.line {
        pos.end_col as usize
    } else {
        line_chars
    };
    end = end.min(line_chars);
    if end <= start {
        return;
    }
    let stripped_len = stripped.trim_end().chars().count();
    // Anchors (CPython's _extract_caret_anchors_from_line_segment), relative to `start`.
    let chars: Vec<char> = text.chars().collect();
    let anchors = if pos.end_line == pos.line {
        match pos.anchor {
            Anchor::BinOp { op_start, op_end } => {
                let (op_start, op_end) = (op_start as usize, op_end as usize);
                let segment: String = chars
                    .get(op_start..op_end)
                    .map(|c| c.iter().collect())
                    .unwrap_or_default();
                let offset = segment.chars().count() - segment.trim_start().chars().count();
                let mut left = op_start + offset;
                let mut right = left + 1;
                if segment
                    .chars()
                    .nth(offset + 1)
                    .is_some_and(|c| !c.is_whitespace())
                    && offset + 1 < segment.chars().count()
                {
                    right += 1;
                }
                while left < chars.len()
                    && (chars[left].is_whitespace() || chars[left] == ')' || chars[left] == '#')
                {
                    left += 1;
                    right += 1;
                }
                Some((left.saturating_sub(start), right.saturating_sub(start)))
            }
            Anchor::Subscript { value_end } => {
                let mut left = value_end as usize;
                while left < chars.len() && (chars[left].is_whitespace() || chars[left] == ')') {
                    left += 1;
                }
                Some((left.saturating_sub(start), end - start))
            }
            Anchor::None => None,
        }
    } else {
        None
    };
    let width = end - start;
    let spans_line = width >= stripped_len;
    if spans_line && anchors.is_none_or(|(l, r)| r <= l) {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(start.saturating_sub(indent)));
    match anchors {
        Some((l, r)) => {
            let l = l.min(width);
            let r = r.min(width).max(l);
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(width - r));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
}

fn format_syntax_error(vm: &mut Vm, e: &Obj, out: &mut String) {
    let get = |n: &str| crate::builtins::special_getattr_exception(e, n);
    let filename = get("filename")
        .and_then(|f| as_str(&f).map(str::to_string))
        .unwrap_or_else(|| "<string>".to_string());
    let lineno = match crate::builtins::special_getattr_exception(e, "lineno") {
        Some(Value::Int(n)) => n,
        // A SyntaxError raised by Python code without a location has no block to show.
        _ => return,
    };
    out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
    let Some(text) = get("text").and_then(|t| as_str(&t).map(str::to_string)) else {
        return;
    };
    let line = text.trim_end_matches(['\n', '\r']);
    let stripped = line.trim_start();
    let removed = line.chars().count() - stripped.chars().count();
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let offset = match get("offset") {
        Some(Value::Int(n)) => n,
        _ => return,
    };
    let end_offset = match (get("end_lineno"), get("end_offset")) {
        (Some(Value::Int(el)), Some(Value::Int(eo))) if el == lineno && eo > offset => eo,
        _ => offset + 1,
    };
    let col = offset - 1 - removed as i64;
    if col < 0 || col as usize > stripped.chars().count() {
        return;
    }
    let width = (end_offset - offset).max(1) as usize;
    let width = width.min(stripped.chars().count().saturating_sub(col as usize).max(1));
    out.push_str("    ");
    out.push_str(&" ".repeat(col as usize));
    out.push_str(&"^".repeat(width));
    out.push('\n');
    let _ = vm;
}

/// `ValueError: message`, with the module for classes outside builtins and __main__.
fn exception_line(vm: &mut Vm, e: &Obj) -> String {
    let cls = e.class();
    let data = class_data(&cls);
    let module = crate::builtins::dict::get_by_str(&data.dict, "__module__")
        .and_then(|m| as_str(&m).map(str::to_string))
        .unwrap_or_else(|| data.module.borrow().clone());
    let qualname = data.qualname.borrow().clone();
    let name = if module == "builtins" || module == "__main__" {
        qualname
    } else {
        format!("{module}.{qualname}")
    };
    let is_syntax = crate::object::class::is_subclass(&cls, &exc_types().syntax_error);
    let msg = if is_syntax {
        ops::attr::exception_attr(e, "msg")
            .and_then(|m| as_str(&m).map(str::to_string))
            .map(Ok)
            .unwrap_or_else(|| ops::repr::str(vm, &Value::Obj(e.clone())))
    } else {
        ops::repr::str(vm, &Value::Obj(e.clone()))
    };
    let mut line = match msg {
        Ok(m) if m.is_empty() => name,
        Ok(m) => format!("{name}: {m}"),
        Err(_) => format!("{name}: <exception str() failed>"),
    };
    if let Some(s) = suggestion(vm, e) {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    line
}

/// CPython's "Did you mean" for NameError (names recorded when raised) and AttributeError.
fn suggestion(vm: &mut Vm, e: &Obj) -> Option<String> {
    let t = exc_types();
    let cls = e.class();
    let name = ops::attr::exception_attr(e, "name").and_then(|n| as_str(&n).map(str::to_string))?;
    if crate::object::class::is_subclass(&cls, &t.name_error) {
        let scopes = exc_data(e)?.name_scopes.borrow().clone();
        for mut names in scopes {
            names.sort();
            if let Some(s) = best_match(&name, &names) {
                return Some(s);
            }
        }
        return None;
    }
    if crate::object::class::is_subclass(&cls, &t.attribute_error) {
        let obj = ops::attr::exception_attr(e, "obj")?;
        let names = crate::builtins::functions::dir_of(vm, &obj).ok()?;
        let names: Vec<String> = ops::iter::collect(vm, &names)
            .ok()?
            .iter()
            .filter_map(|v| as_str(v).map(str::to_string))
            .collect();
        return best_match(&name, &names);
    }
    None
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Levenshtein distance with CPython's costs, giving up above `max_cost`.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (0..=b.len()).map(|i| i * MOVE_COST).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = (i + 1) * MOVE_COST;
        let mut min_row = row[0];
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev + substitution_cost(ca, cb);
            let del = row[j + 1] + MOVE_COST;
            let ins = row[j] + MOVE_COST;
            prev = row[j + 1];
            row[j + 1] = sub.min(del).min(ins);
            min_row = min_row.min(row[j + 1]);
        }
        if min_row > max_cost {
            return max_cost + 1;
        }
    }
    row[b.len()]
}

fn best_match(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.chars().count() + c.chars().count() + 3) * MOVE_COST / 6;
        if let Some((d, _)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name, c, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}
