//! `pyjit graph FILE FUNC`: the compiled code of one function after the program ran, every
//! compiled version of it, stage by stage (bytecode with the types the interpreter saw, pyjit's
//! IR, Cranelift IR, machine code), as text or as Graphviz control-flow graphs (`--format
//! dot`) of the bytecode and the IR with the types that flow along each edge.

use pyjit_runtime::bytecode::Code;
use pyjit_runtime::value::tag;

use crate::ir::{Func, Terminator};
use crate::{Jit, Record};

/// The stages `--stage` names, in the order they are printed.
pub const STAGES: [&str; 4] = ["bytecode", "ir", "clif", "asm"];

pub fn print(jit: &Jit, target: &str) {
    let asked = &jit.report.graph_stages;
    let stages: Vec<&str> = STAGES
        .into_iter()
        .filter(|s| asked.is_empty() || asked.iter().any(|a| a == s))
        .collect();
    let records: Vec<&Record> = jit.records.iter().filter(|r| r.is_named(target)).collect();
    if records.is_empty() {
        not_compiled(jit, target);
        return;
    }
    for r in records {
        if jit.report.graph_dot {
            print!("{}", dot(r, &stages));
        } else {
            print!("{}", text(jit, r, &stages));
        }
    }
}

/// Why `target` has no compiled code.
fn not_compiled(jit: &Jit, target: &str) {
    let named = |code: &Code| {
        code.qualname == target
            || pyjit_runtime::object::str_of(&code.name) == target
            || target.strip_prefix("__main__.") == Some(code.qualname.as_str())
    };
    if let Some((_, w)) = jit.rejected.iter().find(|(code, _)| named(code)) {
        println!("{target} was not compiled: {w}");
        return;
    }
    let force = "run with --threshold 0 to compile every function on its first call";
    let found = jit.program.as_ref().and_then(|root| {
        crate::explain::code_objects(root)
            .into_iter()
            .find(|c| named(c))
    });
    match found {
        Some(code) if code.call_count.get() == 0 => {
            println!("{target} was never compiled: it never ran")
        }
        Some(code) => println!(
            "{target} was never compiled: it did not get hot (called {} times, {} loop \
             iterations; the threshold is {} of either): {force}",
            code.call_count.get(),
            code.backedges.get(),
            jit.threshold
        ),
        None => println!(
            "{target} was never compiled: no function of that name got hot (name it as \
             `name`, `Class.method` or `module.name`; {force})"
        ),
    }
}

/// The Python types of the values an instruction produced, from its profile.
pub fn seen_types(code: &Code, pc: usize) -> Vec<&'static str> {
    let bits = code.value_profile.get(pc).map_or(0, |c| c.get());
    [
        (tag::NONE, "None"),
        (tag::BOOL, "bool"),
        (tag::INT, "int"),
        (tag::FLOAT, "float"),
        (tag::OBJ, "object"),
    ]
    .into_iter()
    .filter(|(t, _)| bits & (1 << t) != 0)
    .map(|(_, n)| n)
    .collect()
}

fn text(jit: &Jit, r: &Record, stages: &[&str]) -> String {
    let code = &r.code;
    let mut out = format!(
        "=== {} ({}:{}), {}, version {}, opt level {}: {} bytes of machine code",
        code.qualname,
        code.source.filename,
        code.first_line,
        r.kind(),
        r.version,
        jit.opt_level,
        r.code_size,
    );
    if !jit.report.stable {
        out.push_str(&format!(
            ", compiled in {:.3} ms",
            r.compile_time.as_secs_f64() * 1000.0
        ));
    }
    out.push('\n');
    for stage in stages {
        match *stage {
            "bytecode" => {
                out.push_str(
                    "--- bytecode (the types the interpreter saw it produce; where compiled \
                     code leaves for the interpreter)\n",
                );
                for (pc, instr) in code.instrs.iter().enumerate() {
                    let mut notes = Vec::new();
                    let seen = seen_types(code, pc);
                    if !seen.is_empty() {
                        notes.push(format!("saw {}", seen.join(", ")));
                    }
                    if r.func.as_ref().is_some_and(|f| f.exit_pcs.contains(&pc)) {
                        notes.push("leaves compiled code".to_string());
                    }
                    let mut line = format!("{pc:5}  line {:<4} {instr:?}", code.line_of(pc));
                    if !notes.is_empty() {
                        line = format!("{line:<50} ; {}", notes.join("; "));
                    }
                    out.push_str(&line);
                    out.push('\n');
                }
            }
            "ir" => {
                out.push_str("--- pyjit IR\n");
                if let Some(f) = &r.func {
                    out.push_str(&f.to_string());
                }
            }
            "clif" => {
                out.push_str("--- Cranelift IR (@xxxx: the bytecode offset, in hex)\n");
                if let Some((clif, _)) = &r.listing {
                    out.push_str(&stabilise(clif, jit.report.stable));
                }
            }
            _ => {
                let isa = match &jit.graph_isa {
                    Some(isa) => isa.triple().architecture.to_string(),
                    None => std::env::consts::ARCH.to_string(),
                };
                out.push_str(&format!("--- machine code ({isa})\n"));
                if let Some((_, mc)) = &r.listing {
                    out.push_str(&stabilise(&mc.listing(code), jit.report.stable));
                }
            }
        }
    }
    out
}

/// With `stable`, addresses (numbers of more than 32 bits) become `ADDR`, so that listings
/// compare equal between runs.
pub fn stabilise(text: &str, stable: bool) -> String {
    if !stable {
        return text.to_string();
    }
    fn flush(word: &mut String, out: &mut String) {
        let digits: String = word.chars().filter(|c| *c != '_').collect();
        let (number, radix, hex) = match digits.strip_prefix("0x") {
            Some(h) => (h, 16, true),
            None => (digits.as_str(), 10, false),
        };
        let big = word.starts_with(|c: char| c.is_ascii_digit())
            && u128::from_str_radix(number, radix).is_ok_and(|v| v >= 1 << 32);
        match (big, hex) {
            (true, true) => out.push_str("0xADDR"),
            (true, false) => out.push_str("ADDR"),
            _ => out.push_str(word),
        }
        word.clear();
    }
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Text for a Graphviz label: quotes and backslashes escaped, lines left-aligned.
fn dot_label(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        out.push_str(&line.replace('\\', "\\\\").replace('"', "\\\""));
        out.push_str("\\l");
    }
    out
}

/// What flows into `func`'s block at bytecode `pc`: its parameters' names and types.
fn types_into(func: Option<&Func>, pc: usize) -> String {
    let Some(func) = func else {
        return String::new();
    };
    func.blocks
        .iter()
        .find(|b| b.pc == Some(pc))
        .map(|b| {
            b.params
                .iter()
                .enumerate()
                .map(|(i, p)| match b.param_names.get(i) {
                    Some(name) => format!("{name}: {}", func.ty(*p)),
                    None => func.ty(*p).to_string(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

/// Graphviz for the bytecode and IR control-flow graphs of one compiled entry.
fn dot(r: &Record, stages: &[&str]) -> String {
    let code = &r.code;
    let id = format!("{} v{} {}", code.qualname, r.version, r.kind());
    let mut out = format!(
        "digraph \"{}\" {{\n  node [shape=box, fontname=monospace];\n",
        id.replace('"', "'")
    );
    if stages.contains(&"bytecode") {
        out.push_str("  subgraph cluster_bytecode {\n    label=\"bytecode\";\n");
        let instrs = &code.instrs;
        let mut leaders = std::collections::BTreeSet::from([0usize]);
        for (pc, i) in instrs.iter().enumerate() {
            if let Some(t) = i.jump_target() {
                leaders.insert(t);
                leaders.insert(pc + 1);
            } else if i.ends_flow() {
                leaders.insert(pc + 1);
            }
        }
        leaders.insert(r.entry_pc);
        let starts: Vec<usize> = leaders.into_iter().filter(|p| *p < instrs.len()).collect();
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(instrs.len());
            let mut body = String::new();
            for (pc, instr) in instrs.iter().enumerate().take(end).skip(start) {
                let seen = seen_types(code, pc);
                body.push_str(&format!("{pc:4}  {instr:?}"));
                if !seen.is_empty() {
                    body.push_str(&format!("  ; {}", seen.join(", ")));
                }
                body.push('\n');
            }
            let entry = if start == r.entry_pc {
                ", penwidth=2"
            } else {
                ""
            };
            out.push_str(&format!(
                "    bc{start} [label=\"line {}\\l{}\"{entry}];\n",
                code.line_of(start),
                dot_label(&body)
            ));
            let last = instrs[end - 1];
            let mut edge = |to: usize, what: &str| {
                let types = types_into(r.func.as_ref(), to);
                let label = if types.is_empty() {
                    what.to_string()
                } else {
                    format!("{what}: {types}")
                };
                out.push_str(&format!("    bc{start} -> bc{to} [label=\"{label}\"];\n"));
            };
            if let Some(t) = last.jump_target() {
                edge(t, "jump");
            }
            if !last.ends_flow() && end < instrs.len() {
                edge(end, "next");
            }
        }
        out.push_str("  }\n");
    }
    if let (true, Some(func)) = (stages.contains(&"ir"), &r.func) {
        out.push_str("  subgraph cluster_ir {\n    label=\"pyjit IR\";\n");
        for bi in 0..func.blocks.len() {
            out.push_str(&format!(
                "    b{bi} [label=\"{}\"];\n",
                dot_label(&func.block_text(bi))
            ));
            let mut edge = |to: usize, args: &[crate::ir::ValueId], what: &str| {
                let types: Vec<String> = args
                    .iter()
                    .map(|v| format!("{v}: {}", func.ty(*v)))
                    .collect();
                out.push_str(&format!(
                    "    b{bi} -> b{to} [label=\"{what}{}{}\"];\n",
                    if what.is_empty() || types.is_empty() {
                        ""
                    } else {
                        " "
                    },
                    types.join(", ")
                ));
            };
            match &func.blocks[bi].term {
                Terminator::Jump(t, args) => edge(t.0 as usize, args, ""),
                Terminator::Branch {
                    then_block,
                    then_args,
                    else_block,
                    else_args,
                    ..
                } => {
                    edge(then_block.0 as usize, then_args, "true");
                    edge(else_block.0 as usize, else_args, "false");
                }
                Terminator::Return(_) | Terminator::Exit(_) => {}
            }
        }
        out.push_str("  }\n");
    }
    out.push_str("}\n");
    out
}
