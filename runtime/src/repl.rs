//! The interactive prompt (`pyjit` with no program, on a terminal), after CPython's: a banner,
//! `>>> ` and `... ` prompts, each input compiled in 'single' mode (expression statements show
//! their value through `sys.displayhook`) and run in the persistent `__main__` namespace, a
//! traceback for an exception and then the next prompt, `exit()` or end of input to leave.
//!
//! Reading lines (editing, history) is the caller's: this crate knows no terminal, it gets a
//! [`LineReader`].

use std::rc::Rc;

use crate::compile::Source;
use crate::interp::Vm;
use crate::object::{exc_types, Obj};
use rustpython_parser::ast;
use rustpython_parser::Parse;

/// What reading one line gave.
pub enum Line {
    Text(String),
    /// Ctrl-C while editing.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of input.
    Eof,
}

/// Reads lines with a prompt (line editing, history).
pub trait LineReader {
    fn read_line(&mut self, prompt: &str) -> Line;
    /// Adds a line to the history (each line, as CPython's readline does).
    fn add_history(&mut self, entry: &str);
}

/// Makes the line reader on the interpreter's thread.
pub type ReaderFactory = Box<dyn FnOnce() -> Box<dyn LineReader> + Send>;

const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// The banner, on stderr as CPython's. It names only commands that exist in pyjit.
fn banner() -> String {
    let platform = if cfg!(target_os = "macos") {
        "darwin"
    } else {
        "linux"
    };
    format!(
        "pyjit {} (Python 3.11 compatible) on {platform}\nType \"exit()\" or press Ctrl-D to leave.\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Runs the prompt until `exit()` or end of input; returns the exit status.
pub fn run(vm: &mut Vm, globals: &Obj, reader: &mut dyn LineReader) -> i32 {
    vm.write_stderr(&banner());
    loop {
        let Some(input) = read_input(vm, reader) else {
            // End of input: CPython ends the prompt's line before leaving.
            vm.write_stderr("\n");
            return 0;
        };
        if input.trim().is_empty() {
            continue;
        }
        let source = Rc::new(Source::new("<stdin>", &input));
        let result = crate::compile::compile_interactive(source.clone())
            .map_err(|e| crate::traceback::syntax_error(&e, &source))
            .and_then(|code| {
                crate::interp::call::run_in_namespace(vm, code, globals.clone(), None, &[])
            });
        vm.flush_stdout();
        if let Err(e) = result {
            if e.is_instance(&exc_types().system_exit) {
                return crate::exit_status(vm, &e);
            }
            crate::traceback::print_exception(vm, &e);
        }
    }
}

/// Reads one complete input (a statement, or a compound statement ended by an empty line);
/// None at end of input on the first line. Ctrl-C drops what was typed and starts again.
fn read_input(vm: &mut Vm, reader: &mut dyn LineReader) -> Option<String> {
    let mut buf = String::new();
    loop {
        vm.flush_stdout();
        let prompt = if buf.is_empty() { PS1 } else { PS2 };
        match reader.read_line(prompt) {
            Line::Eof if buf.is_empty() => return None,
            // At `... `, as in CPython, end of input ends the block and the prompt goes on.
            Line::Eof => {
                vm.write_stderr("\n");
                return Some(buf);
            }
            Line::Interrupted => {
                // A Ctrl-C that reached the handler too is spent here.
                crate::interp::interrupt::clear();
                vm.write_stderr("\nKeyboardInterrupt\n");
                buf.clear();
            }
            Line::Text(line) => {
                let blank = line.trim().is_empty();
                if !blank {
                    reader.add_history(&line);
                }
                if buf.is_empty() && blank {
                    return Some(String::new());
                }
                buf.push_str(&line);
                buf.push('\n');
                if is_complete(&buf, blank) {
                    return Some(buf);
                }
            }
        }
    }
}

/// Whether `src` is a whole input, as CPython's `codeop` decides: not while a bracket, a
/// triple-quoted string or a backslash continuation is open; a compound statement goes on
/// until an empty line (`last_blank`).
fn is_complete(src: &str, last_blank: bool) -> bool {
    let scan = scan(src);
    if scan.open {
        return false;
    }
    if last_blank {
        return true;
    }
    if scan.block || src.trim_start().starts_with('@') {
        return false;
    }
    // A compound statement on one line (`if x: f()`) goes on too; anything else is complete
    // (and if it does not parse, compiling it reports the error).
    match ast::Suite::parse(src, "<stdin>") {
        Ok(suite) => !suite.last().is_some_and(is_compound),
        Err(_) => true,
    }
}

fn is_compound(s: &ast::Stmt) -> bool {
    use ast::Stmt as S;
    matches!(
        s,
        S::If(_)
            | S::For(_)
            | S::AsyncFor(_)
            | S::While(_)
            | S::With(_)
            | S::AsyncWith(_)
            | S::Try(_)
            | S::TryStar(_)
            | S::FunctionDef(_)
            | S::AsyncFunctionDef(_)
            | S::ClassDef(_)
            | S::Match(_)
    )
}

/// What a token-level scan of an input found.
struct Scan {
    /// Ends inside brackets, a triple-quoted string or after a backslash continuation.
    open: bool,
    /// Some logical line ends with `:` (it opens a block).
    block: bool,
}

fn scan(src: &str) -> Scan {
    let chars: Vec<char> = src.chars().collect();
    let mut depth = 0usize;
    let mut block = false;
    // The last significant character of the current logical line.
    let mut last = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\\' if chars.get(i + 1) == Some(&'\n') => {
                if i + 2 >= chars.len() {
                    return Scan { open: true, block };
                }
                i += 2;
                continue;
            }
            '\'' | '"' => {
                let triple = chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
                let quote = if triple { 3 } else { 1 };
                i += quote;
                loop {
                    match chars.get(i) {
                        // An unterminated one-line string is an error, reported by the parser.
                        None => {
                            return Scan {
                                open: triple,
                                block,
                            }
                        }
                        Some('\n') if !triple => break,
                        Some('\\') => i += 2,
                        Some(&q)
                            if q == c
                                && (!triple
                                    || (chars.get(i + 1) == Some(&c)
                                        && chars.get(i + 2) == Some(&c))) =>
                        {
                            i += quote;
                            break;
                        }
                        Some(_) => i += 1,
                    }
                }
                last = Some(c);
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            '\n' if depth == 0 => {
                if last == Some(':') {
                    block = true;
                }
                last = None;
            }
            _ => {}
        }
        if !c.is_whitespace() {
            last = Some(c);
        }
        i += 1;
    }
    Scan {
        open: depth > 0,
        block,
    }
}

#[cfg(test)]
mod tests {
    use super::is_complete;

    #[test]
    fn completeness() {
        assert!(is_complete("1 + 2\n", false));
        assert!(!is_complete("def f():\n", false));
        assert!(!is_complete("def f():\n    return 1\n", false));
        assert!(is_complete("def f():\n    return 1\n\n", true));
        assert!(!is_complete("if x: f()\n", false));
        assert!(!is_complete("(1,\n", false));
        assert!(is_complete("(1,\n 2)\n", false));
        assert!(!is_complete("s = '''a\n", false));
        assert!(is_complete("s = '''a\n'''\n", false));
        assert!(!is_complete("x = 1 + \\\n", false));
        assert!(is_complete("d = {1: 2}\n", false));
        assert!(is_complete("f = lambda: 1\n", false));
        assert!(is_complete("x = 'a:' # b:\n", false));
        assert!(!is_complete("@dec\n", false));
        assert!(is_complete("1 +\n", false));
    }
}
