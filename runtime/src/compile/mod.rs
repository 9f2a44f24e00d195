//! The bytecode compiler: Python source → AST (rustpython-parser) → [`Code`].
//!
//! Two passes, as in CPython: `symtable` decides for every name in every scope whether it is a
//! fast local, a cell, a free variable, a global or a namespace name; `codegen` then walks the
//! AST once more and emits bytecode, an exception table and a position for every instruction.

mod codegen;
mod symtable;
pub use symtable::mangle;

use std::rc::Rc;

use rustpython_parser::ast;
use rustpython_parser::text_size::TextSize;
use rustpython_parser::Parse;

use crate::bytecode::Code;

/// A source file: its name as shown in tracebacks, its text and where each line starts.
pub struct Source {
    pub filename: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(filename: &str, text: &str) -> Source {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Source {
            filename: filename.to_string(),
            text: text.to_string(),
            line_starts,
        }
    }

    /// (1-based line, 0-based column in characters) of a byte offset.
    pub fn locate(&self, offset: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let end = offset.min(self.text.len());
        let col = self
            .text
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(end - start);
        (line as u32 + 1, col as u32)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line(&self, line: u32) -> Option<&str> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(i)?;
        let end = self
            .line_starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.text.len());
        Some(self.text[start..end].trim_end_matches(['\n', '\r']))
    }
}

/// A compile-time error: raised as `SyntaxError` (or a subclass) with a location.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// "SyntaxError", "IndentationError" or "TabError".
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    /// 1-based column as CPython reports it (`offset`).
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// Found by the compiler proper (symbol table, code generation) rather than the parser.
    /// CPython gives these no source text when the source is not a file (`-c`, `exec`).
    pub from_compiler: bool,
}

/// Compiles a module's source.
pub fn compile_module(source: Rc<Source>, name: &str) -> Result<Rc<Code>, CompileError> {
    compile_code(source, name, false)
}

/// Compiles a module's source; with `namespace`, its top-level names live in a locals
/// namespace separate from its globals (`exec(src, globals, locals)`).
pub fn compile_code(
    source: Rc<Source>,
    name: &str,
    namespace: bool,
) -> Result<Rc<Code>, CompileError> {
    let suite =
        ast::Suite::parse(&source.text, &source.filename).map_err(|e| parse_error(&source, e))?;
    let table = symtable::build_module(&suite, &source)?;
    codegen::compile_module(&suite, &table, source, name, namespace)
}

/// Compiles one input of the interactive prompt ('single' mode: expression statements at
/// module level show their value).
pub fn compile_interactive(source: Rc<Source>) -> Result<Rc<Code>, CompileError> {
    let suite =
        ast::Suite::parse(&source.text, &source.filename).map_err(|e| parse_error(&source, e))?;
    let table = symtable::build_module(&suite, &source)?;
    codegen::compile_interactive(&suite, &table, source)
}

/// Compiles source for `eval`-style use: an expression whose value is returned.
pub fn compile_expression(source: Rc<Source>, namespace: bool) -> Result<Rc<Code>, CompileError> {
    let expr =
        ast::Expr::parse(&source.text, &source.filename).map_err(|e| parse_error(&source, e))?;
    let table = symtable::build_expression(&expr, &source)?;
    codegen::compile_expression(&expr, &table, source, namespace)
}

fn parse_error(source: &Source, e: rustpython_parser::ParseError) -> CompileError {
    use rustpython_parser::lexer::LexicalErrorType as L;
    use rustpython_parser::ParseErrorType as P;
    let offset: usize = u32::from(e.offset) as usize;
    let (line, col) = source.locate(offset);
    let mut kind = "SyntaxError";
    let mut col1 = col + 1;
    let msg = match &e.error {
        P::Eof | P::Lexical(L::Eof) => {
            // CPython reports an unclosed bracket at the bracket itself.
            if let Some(e) = never_closed(source, u32::MAX) {
                return e;
            }
            "unexpected EOF while parsing".to_string()
        }
        P::Lexical(L::IndentationError) => {
            kind = "IndentationError";
            if source
                .line(line)
                .is_some_and(|l| l.trim_start().len() < l.len())
            {
                "unexpected indent".to_string()
            } else {
                "unindent does not match any outer indentation level".to_string()
            }
        }
        P::Lexical(L::TabError) | P::Lexical(L::TabsAfterSpaces) => {
            kind = "TabError";
            "inconsistent use of tabs and spaces in indentation".to_string()
        }
        P::Lexical(L::NestingError) => "unmatched bracket".to_string(),
        P::Lexical(L::DefaultArgumentError) => {
            "non-default argument follows default argument".to_string()
        }
        P::Lexical(L::DuplicateArgumentError(name)) => {
            format!("duplicate argument '{name}' in function definition")
        }
        P::Lexical(L::PositionalArgumentError) => {
            "positional argument follows keyword argument".to_string()
        }
        P::Lexical(L::DuplicateKeywordArgumentError(name)) => {
            format!("keyword argument repeated: {name}")
        }
        P::Lexical(L::UnrecognizedToken { tok }) => {
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
        }
        P::UnrecognizedToken(tok, _) => {
            use rustpython_parser::Tok;
            match tok {
                Tok::Indent => {
                    kind = "IndentationError";
                    "unexpected indent".to_string()
                }
                Tok::Dedent => {
                    kind = "IndentationError";
                    "unindent does not match any outer indentation level".to_string()
                }
                Tok::Newline if expects_block(source, line) => {
                    kind = "IndentationError";
                    col1 = 1;
                    return CompileError {
                        from_compiler: false,
                        kind,
                        msg: format!(
                            "expected an indented block after {}",
                            block_description(source, line)
                        ),
                        line: line + 1,
                        col: source
                            .line(line + 1)
                            .map(|l| l.len() as u32 + 1)
                            .unwrap_or(col1),
                        end_line: line + 1,
                        end_col: 0,
                    };
                }
                Tok::Newline if needs_colon(source, line) => {
                    // `if x == 1` with no colon: CPython points just past the line's end.
                    let text = source.line(line).unwrap_or("").trim_end();
                    col1 = text.chars().count() as u32 + 1;
                    "expected ':'".to_string()
                }
                _ => {
                    // Inside brackets never closed, CPython reports the bracket.
                    // At the end of the input, any unclosed bracket is the error (as at EOF).
                    let at_end = offset >= source.text.trim_end().len();
                    let before = if at_end { u32::MAX } else { line };
                    if let Some(e) = never_closed(source, before) {
                        return e;
                    }
                    "invalid syntax".to_string()
                }
            }
        }
        _ => "invalid syntax".to_string(),
    };
    CompileError {
        from_compiler: false,
        kind,
        msg,
        line,
        col: col1,
        end_line: line,
        end_col: 0,
    }
}

/// "'(' was never closed", for a bracket opened before line `before` and never closed.
fn never_closed(source: &Source, before: u32) -> Option<CompileError> {
    let (line, col, ch) = unclosed_bracket(&source.text)?;
    (line < before).then(|| CompileError {
        from_compiler: false,
        kind: "SyntaxError",
        msg: format!("'{ch}' was never closed"),
        line,
        col: col + 1,
        end_line: line,
        end_col: col + 2,
    })
}

/// The position of the innermost bracket never closed, if any (for "'(' was never closed").
fn unclosed_bracket(text: &str) -> Option<(u32, u32, char)> {
    let src = Source::new("", text);
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '#' => {
                while let Some(&(_, d)) = chars.peek() {
                    if d == '\n' {
                        break;
                    }
                    chars.next();
                }
            }
            '\'' | '"' => {
                // Skip a simple string literal (triple quotes handled by repetition).
                let q = c;
                while let Some((_, d)) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == q || d == '\n' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => stack.push((i, c)),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    let (off, ch) = *stack.last()?;
    let (l, c) = src.locate(off);
    Some((l, c, ch))
}

/// Whether `line` starts a compound statement but lacks its colon.
fn needs_colon(source: &Source, line: u32) -> bool {
    let text = source.line(line).unwrap_or("").trim();
    let word: String = text
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    matches!(
        word.as_str(),
        "if" | "elif"
            | "else"
            | "while"
            | "for"
            | "def"
            | "class"
            | "try"
            | "except"
            | "finally"
            | "with"
    ) && !text.ends_with(':')
}

fn expects_block(source: &Source, line: u32) -> bool {
    source
        .line(line)
        .is_some_and(|l| l.trim_end().ends_with(':'))
}

fn block_description(source: &Source, line: u32) -> String {
    let text = source.line(line).unwrap_or("").trim();
    let word: String = text
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "def" => format!("function definition on line {line}"),
        "class" => format!("class definition on line {line}"),
        "if" | "elif" | "else" | "while" | "for" | "try" | "except" | "finally" | "with" => {
            format!("'{word}' statement on line {line}")
        }
        _ => format!("statement on line {line}"),
    }
}

/// Converts a parser offset to (line, column).
pub(crate) fn loc(source: &Source, offset: TextSize) -> (u32, u32) {
    source.locate(u32::from(offset) as usize)
}
