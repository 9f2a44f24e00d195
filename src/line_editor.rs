//! Line editing and history for the interactive prompt, by rustyline (the runtime only sees a
//! `LineReader`).

use pyjit_runtime::repl::{Line, LineReader, ReaderFactory};
use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

struct Editor(DefaultEditor);

impl LineReader for Editor {
    fn read_line(&mut self, prompt: &str) -> Line {
        match self.0.readline(prompt) {
            Ok(line) => Line::Text(line),
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            // End of input, or the terminal failed: either way there is nothing more to read.
            Err(_) => Line::Eof,
        }
    }

    fn add_history(&mut self, entry: &str) {
        let _ = self.0.add_history_entry(entry);
    }
}

/// Makes the editor on the interpreter's thread.
pub fn factory() -> ReaderFactory {
    Box::new(|| {
        let editor = DefaultEditor::new().expect("the terminal supports line editing");
        Box::new(Editor(editor))
    })
}
