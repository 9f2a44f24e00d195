//! Files: `open()`, the file objects it returns (`_io.TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom`, `FileIO`) and the standard streams.
//!
//! The layers follow CPython's `io` module, so that what reaches the disk, and when, is the same:
//! a [`Channel`] is the buffered byte stream over the OS file (read-ahead, pending writes), and a
//! text file adds a [`TextState`] that decodes ahead in chunks, encodes, and translates newlines.
//! Pending writes reach the OS on `flush`/`close`, when the buffer fills, when the file object is
//! freed, or when the program ends. Writes to stdout and stderr go through the interpreter's own
//! stdout buffer so that they interleave correctly with `print`.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

use crate::interp::Vm;
use crate::object::class::{class_data, compute_mro, lookup_str, Layout};
use crate::object::exception::{not_implemented_error, type_error, value_error, PyErr};
use crate::object::function::Args;
use crate::object::types::{make_class, Types};
use crate::object::{
    as_str, exc_types, new_bytes, new_list, new_str, new_tuple, type_name, types, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::{add_method, bind, check_args, no_kwargs};

/// `io.DEFAULT_BUFFER_SIZE`: the size of read chunks and of the write buffer.
const CHUNK: usize = 8192;

// ---- codecs -------------------------------------------------------------------------------

/// The encodings files support.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec for an encoding name, normalised and aliased as Python's codec registry does.
    fn lookup(name: &str) -> Option<Codec> {
        let n: String = name
            .trim()
            .chars()
            .map(|c| {
                if c == '-' || c == ' ' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        match n.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
            "ascii" | "646" | "us" | "us_ascii" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_ir_6" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
            | "iso_646.irv_1991" => Some(Codec::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859"
            | "cp819" | "ibm819" | "csisolatin1" | "iso_ir_100" | "iso_8859_1_1987" => {
                Some(Codec::Latin1)
            }
            _ => None,
        }
    }

    /// The name used in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Decodes `data`. Unless `last`, an incomplete sequence at the end is left for the next
    /// call: returns the text and the number of bytes consumed.
    fn decode(self, data: &[u8], last: bool, errors: &str) -> PyResult<(String, usize)> {
        let mut out = String::with_capacity(data.len());
        let mut i = 0;
        while i < data.len() {
            let (start, end, reason) = match self {
                Codec::Latin1 => {
                    out.extend(data[i..].iter().map(|&b| b as char));
                    return Ok((out, data.len()));
                }
                Codec::Ascii => match data[i..].iter().position(|&b| b >= 0x80) {
                    None => {
                        out.extend(data[i..].iter().map(|&b| b as char));
                        return Ok((out, data.len()));
                    }
                    Some(k) => {
                        out.extend(data[i..i + k].iter().map(|&b| b as char));
                        (i + k, i + k + 1, "ordinal not in range(128)")
                    }
                },
                Codec::Utf8 => match std::str::from_utf8(&data[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok((out, data.len()));
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(
                            std::str::from_utf8(&data[i..i + good]).expect("valid prefix"),
                        );
                        let start = i + good;
                        match e.error_len() {
                            None if !last => return Ok((out, start)),
                            None => (start, data.len(), "unexpected end of data"),
                            Some(n) => {
                                let b = data[start];
                                let bad_start = (0x80..0xc2).contains(&b) || b >= 0xf5;
                                let reason = if bad_start {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (start, start + n, reason)
                            }
                        }
                    }
                },
            };
            match errors {
                "strict" => {
                    let what = if end - start == 1 {
                        format!("byte 0x{:02x} in position {start}", data[start])
                    } else {
                        format!("bytes in position {start}-{}", end - 1)
                    };
                    return Err(crate::object::exception::unicode_decode_error(format!(
                        "'{}' codec can't decode {what}: {reason}",
                        self.name()
                    )));
                }
                "ignore" => {}
                "replace" => out.push('\u{fffd}'),
                "backslashreplace" => {
                    for b in &data[start..end] {
                        out.push_str(&format!("\\x{b:02x}"));
                    }
                }
                other => return Err(error_handler(other)),
            }
            i = end;
        }
        Ok((out, i))
    }

    /// Encodes `s`, handling unencodable characters as `errors` says.
    fn encode<'a>(self, s: &'a str, errors: &str) -> PyResult<Cow<'a, [u8]>> {
        let limit: u32 = match self {
            Codec::Utf8 => return Ok(Cow::Borrowed(s.as_bytes())),
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        };
        if s.is_ascii() {
            return Ok(Cow::Borrowed(s.as_bytes()));
        }
        let mut out = Vec::with_capacity(s.len());
        let mut chars = s.chars().enumerate().peekable();
        while let Some((i, c)) = chars.next() {
            if (c as u32) < limit {
                out.push(c as u8);
                continue;
            }
            let mut run = vec![c];
            while let Some(&(_, d)) = chars.peek() {
                if (d as u32) < limit {
                    break;
                }
                run.push(d);
                chars.next();
            }
            match errors {
                "strict" => {
                    let what = if run.len() == 1 {
                        format!("character '{}' in position {i}", escape_char(c))
                    } else {
                        format!("characters in position {i}-{}", i + run.len() - 1)
                    };
                    return Err(crate::object::exception::unicode_encode_error(format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        self.name()
                    )));
                }
                "ignore" => {}
                "replace" => out.extend(run.iter().map(|_| b'?')),
                "backslashreplace" => {
                    for d in run {
                        out.extend_from_slice(escape_char(d).as_bytes());
                    }
                }
                "xmlcharrefreplace" => {
                    for d in run {
                        out.extend_from_slice(format!("&#{};", d as u32).as_bytes());
                    }
                }
                other => return Err(error_handler(other)),
            }
        }
        Ok(Cow::Owned(out))
    }

    /// How many bytes `s` encodes to (for `tell`, which counts undelivered read-ahead).
    fn encoded_len(self, s: &str) -> usize {
        match self {
            Codec::Utf8 => s.len(),
            Codec::Ascii | Codec::Latin1 => s.chars().count(),
        }
    }
}

/// `\xe9`, `\u20ac`, `\U0001f600`: a character as codec error messages show it.
fn escape_char(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// The error for an error handler this runtime does not have.
fn error_handler(name: &str) -> PyErr {
    match name {
        "surrogateescape" | "surrogatepass" | "namereplace" => {
            not_implemented_error(format!("the '{name}' error handler is not supported yet"))
        }
        _ => PyErr::new(
            &exc_types().lookup_error,
            format!("unknown error handler name '{name}'"),
        ),
    }
}

// ---- the byte layer -----------------------------------------------------------------------

/// What a channel reads from and writes to.
enum Raw {
    File(std::fs::File),
    Stdin,
    Stdout,
    Stderr,
    /// After `close`: the OS file has been released.
    Closed,
}

fn raw_read(raw: &mut Raw, buf: &mut [u8]) -> std::io::Result<usize> {
    match raw {
        Raw::File(f) => f.read(buf),
        Raw::Stdin => std::io::stdin().lock().read(buf),
        _ => Ok(0),
    }
}

/// The buffered byte stream under a file object (CPython's `Buffered*` layer): read-ahead in
/// `rbuf[rpos..]`, writes not yet given to the OS in `wbuf`. A text file's `buffer` shares it.
pub struct Channel {
    raw: Raw,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    /// `buffering=0` (a `FileIO`): writes go straight to the OS.
    unbuffered: bool,
    closed: bool,
}

impl Channel {
    fn new(raw: Raw, unbuffered: bool) -> Rc<RefCell<Channel>> {
        let c = Rc::new(RefCell::new(Channel {
            raw,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            unbuffered,
            closed: false,
        }));
        OPEN_FILES.with(|f| {
            let mut v = f.0.borrow_mut();
            v.retain(|w| w.strong_count() > 0);
            v.push(Rc::downgrade(&c));
        });
        c
    }

    fn is_std(&self) -> bool {
        matches!(self.raw, Raw::Stdin | Raw::Stdout | Raw::Stderr)
    }

    /// Gives pending writes to the OS.
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if let Raw::File(f) = &mut self.raw {
            if !self.wbuf.is_empty() {
                let r = f.write_all(&self.wbuf);
                self.wbuf.clear();
                r?;
            }
        }
        Ok(())
    }

    /// Drops the read-ahead, moving the OS position back to where the reader is.
    fn discard_readahead(&mut self) -> std::io::Result<()> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if let (Raw::File(f), true) = (&mut self.raw, unread > 0) {
            f.seek(SeekFrom::Current(-(unread as i64)))?;
        }
        Ok(())
    }

    /// The next chunk of bytes (the read-ahead if there is any); empty at end of file.
    fn read_chunk(&mut self) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        if self.rpos < self.rbuf.len() {
            let v = self.rbuf[self.rpos..].to_vec();
            self.rbuf.clear();
            self.rpos = 0;
            return Ok(v);
        }
        let mut buf = vec![0; CHUNK];
        let n = raw_read(&mut self.raw, &mut buf)?;
        buf.truncate(n);
        Ok(buf)
    }

    /// Tops up the read-ahead; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let old = self.rbuf.len();
        self.rbuf.resize(old + CHUNK, 0);
        let n = raw_read(&mut self.raw, &mut self.rbuf[old..]);
        self.rbuf.truncate(old + *n.as_ref().unwrap_or(&0));
        Ok(n? > 0)
    }

    /// Up to `n` bytes (all that is left for `None`).
    fn read(&mut self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        let mut out = Vec::new();
        loop {
            let avail = &self.rbuf[self.rpos..];
            let want = n.map_or(avail.len(), |n| (n - out.len()).min(avail.len()));
            out.extend_from_slice(&avail[..want]);
            self.rpos += want;
            if n.is_some_and(|n| out.len() >= n) || !self.fill()? {
                return Ok(out);
            }
        }
    }

    /// One line, ending with b"\n" (at most `limit` bytes if given).
    fn read_line(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        let mut out = Vec::new();
        loop {
            let avail = &self.rbuf[self.rpos..];
            let room = limit.map_or(avail.len(), |l| (l - out.len()).min(avail.len()));
            let (take, done) = match avail[..room].iter().position(|&b| b == b'\n') {
                Some(k) => (k + 1, true),
                None => (room, limit.is_some_and(|l| out.len() + room >= l)),
            };
            out.extend_from_slice(&avail[..take]);
            self.rpos += take;
            if done || !self.fill()? {
                return Ok(out);
            }
        }
    }

    fn write(&mut self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        match &mut self.raw {
            Raw::Stdout => vm
                .stdout
                .write_all(data)
                .map_err(|e| os_error_for(&e, None)),
            Raw::Stderr => {
                vm.flush_stdout();
                std::io::stderr()
                    .write_all(data)
                    .map_err(|e| os_error_for(&e, None))
            }
            Raw::File(_) => {
                self.discard_readahead()
                    .map_err(|e| os_error_for(&e, None))?;
                self.wbuf.extend_from_slice(data);
                if self.unbuffered || self.wbuf.len() >= CHUNK {
                    self.flush_writes().map_err(|e| os_error_for(&e, None))?;
                }
                Ok(())
            }
            Raw::Stdin | Raw::Closed => Ok(()),
        }
    }

    /// The position of the reader/writer in the file.
    fn tell(&mut self) -> PyResult<u64> {
        let Raw::File(f) = &mut self.raw else {
            return Err(unsupported_operation("underlying stream is not seekable"));
        };
        let pos = f.stream_position().map_err(|e| os_error_for(&e, None))?;
        // Pending writes and unread read-ahead are never both present (see `write`).
        Ok(pos + self.wbuf.len() as u64 - (self.rbuf.len() - self.rpos) as u64)
    }

    fn seek(&mut self, to: SeekFrom) -> PyResult<u64> {
        if !matches!(self.raw, Raw::File(_)) {
            return Err(unsupported_operation("underlying stream is not seekable"));
        }
        self.flush_writes().map_err(|e| os_error_for(&e, None))?;
        self.rbuf.clear();
        self.rpos = 0;
        let Raw::File(f) = &mut self.raw else {
            unreachable!("checked above")
        };
        f.seek(to).map_err(|e| os_error_for(&e, None))
    }

    fn truncate(&mut self, size: u64) -> PyResult<()> {
        let r = self.flush_writes().and_then(|()| self.discard_readahead());
        r.map_err(|e| os_error_for(&e, None))?;
        match &mut self.raw {
            Raw::File(f) => f.set_len(size).map_err(|e| os_error_for(&e, None)),
            _ => Err(unsupported_operation("underlying stream is not seekable")),
        }
    }

    fn close(&mut self) -> PyResult<()> {
        if self.closed {
            return Ok(());
        }
        let r = self.flush_writes();
        self.closed = true;
        if let Raw::File(_) = self.raw {
            self.raw = Raw::Closed;
        }
        r.map_err(|e| os_error_for(&e, None))
    }
}

impl Drop for Channel {
    /// A file freed without `close` still delivers its writes, as in CPython.
    fn drop(&mut self) {
        let _ = self.flush_writes();
    }
}

/// The channels of this thread, so that writes of files never freed (kept alive by a cycle or
/// a module global) still reach the disk when the interpreter thread ends.
struct OpenFiles(RefCell<Vec<Weak<RefCell<Channel>>>>);

impl Drop for OpenFiles {
    fn drop(&mut self) {
        for w in self.0.get_mut().drain(..) {
            if let Some(c) = w.upgrade() {
                if let Ok(mut c) = c.try_borrow_mut() {
                    let _ = c.flush_writes();
                }
            }
        }
    }
}

thread_local! {
    static OPEN_FILES: OpenFiles = const { OpenFiles(RefCell::new(Vec::new())) };
}

// ---- file objects -------------------------------------------------------------------------

/// Which `io` class a file object is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `TextIOWrapper`.
    Text,
    /// `BufferedReader`, `BufferedWriter` or `BufferedRandom`.
    Buffered,
    /// `FileIO` (`buffering=0`).
    Raw,
}

/// Newline kinds seen by a universal-newlines reader (the `newlines` attribute).
const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The text layer of a `TextIOWrapper`. Read-ahead is kept decoded but untranslated, so that
/// `tell` can count its size in bytes.
pub struct TextState {
    codec: Codec,
    /// The `encoding` attribute, as given to `open`.
    encoding: String,
    errors: String,
    /// `None` for universal newlines (translate `\r\n` and `\r` to `\n` on input).
    newline: Option<String>,
    decoded: String,
    dpos: usize,
    /// Bytes of an incomplete character at the end of the last chunk.
    undecoded: Vec<u8>,
    seen: u8,
    line_buffering: bool,
}

impl TextState {
    fn new(
        codec: Codec,
        encoding: &str,
        errors: &str,
        newline: Option<&str>,
        line_buffering: bool,
    ) -> TextState {
        TextState {
            codec,
            encoding: encoding.to_string(),
            errors: errors.to_string(),
            newline: newline.map(str::to_string),
            decoded: String::new(),
            dpos: 0,
            undecoded: Vec::new(),
            seen: 0,
            line_buffering,
        }
    }

    fn reset(&mut self) {
        self.decoded.clear();
        self.dpos = 0;
        self.undecoded.clear();
    }

    /// Decodes the next chunk into the read-ahead; false at end of file.
    fn fill(&mut self, chan: &mut Channel) -> PyResult<bool> {
        let chunk = chan.read_chunk().map_err(|e| os_error_for(&e, None))?;
        let last = chunk.is_empty();
        if last && self.undecoded.is_empty() {
            return Ok(false);
        }
        if self.dpos == self.decoded.len() {
            self.decoded.clear();
            self.dpos = 0;
        } else if self.dpos >= CHUNK {
            self.decoded.drain(..self.dpos);
            self.dpos = 0;
        }
        let mut data = std::mem::take(&mut self.undecoded);
        data.extend_from_slice(&chunk);
        let (s, used) = self.codec.decode(&data, last, &self.errors)?;
        self.undecoded = data[used..].to_vec();
        self.decoded.push_str(&s);
        Ok(true)
    }

    /// The next undelivered character, reading ahead as needed.
    fn peek(&mut self, chan: &mut Channel) -> PyResult<Option<char>> {
        loop {
            if let Some(c) = self.decoded[self.dpos..].chars().next() {
                return Ok(Some(c));
            }
            if !self.fill(chan)? {
                return Ok(None);
            }
        }
    }

    /// Consumes a `\n` if one comes next (after a `\r`).
    fn eat_lf(&mut self, chan: &mut Channel) -> PyResult<bool> {
        if self.peek(chan)? == Some('\n') {
            self.dpos += 1;
            return Ok(true);
        }
        Ok(false)
    }

    /// Consumes the `\r` just read in universal mode, with a `\n` after it.
    fn universal_cr(&mut self, chan: &mut Channel) -> PyResult<()> {
        self.seen |= if self.eat_lf(chan)? {
            SEEN_CRLF
        } else {
            SEEN_CR
        };
        Ok(())
    }

    /// Up to `n` characters (after newline translation), or everything for `None`.
    fn read(&mut self, chan: &mut Channel, n: Option<usize>) -> PyResult<String> {
        let Some(n) = n else {
            let rest = chan.read(None).map_err(|e| os_error_for(&e, None))?;
            let mut data = std::mem::take(&mut self.undecoded);
            data.extend_from_slice(&rest);
            let (s, _) = self.codec.decode(&data, true, &self.errors)?;
            let mut text = self.decoded[self.dpos..].to_string();
            text.push_str(&s);
            self.reset();
            return Ok(self.translate(text));
        };
        let mut out = String::new();
        for _ in 0..n {
            let Some(c) = self.peek(chan)? else { break };
            self.dpos += c.len_utf8();
            if self.newline.is_none() && c == '\r' {
                self.universal_cr(chan)?;
                out.push('\n');
            } else {
                if self.newline.is_none() && c == '\n' {
                    self.seen |= SEEN_LF;
                }
                out.push(c);
            }
        }
        Ok(out)
    }

    /// Universal-newline translation of a whole string.
    fn translate(&mut self, text: String) -> String {
        if self.newline.is_some() || !text.contains('\r') {
            if self.newline.is_none() && text.contains('\n') {
                self.seen |= SEEN_LF;
            }
            return text;
        }
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' if chars.peek() == Some(&'\n') => {
                    chars.next();
                    self.seen |= SEEN_CRLF;
                    out.push('\n');
                }
                '\r' => {
                    self.seen |= SEEN_CR;
                    out.push('\n');
                }
                '\n' => {
                    self.seen |= SEEN_LF;
                    out.push('\n');
                }
                c => out.push(c),
            }
        }
        out
    }

    /// One line with its terminator (which `newline` defines), at most `limit` characters.
    fn read_line(&mut self, chan: &mut Channel, limit: Option<usize>) -> PyResult<String> {
        let mut out = String::new();
        let mut count = 0;
        loop {
            if limit.is_some_and(|l| count >= l) {
                return Ok(out);
            }
            // Fast path: copy the buffered text up to the first character that needs a look.
            if limit.is_none() {
                let rest = &self.decoded[self.dpos..];
                let stop = match self.newline.as_deref() {
                    Some("\n") => rest.find('\n'),
                    Some("\r") => rest.find('\r'),
                    _ => rest.find(['\r', '\n']),
                };
                let k = stop.unwrap_or(rest.len());
                out.push_str(&rest[..k]);
                self.dpos += k;
                if stop.is_none() {
                    if !self.fill(chan)? {
                        return Ok(out);
                    }
                    continue;
                }
            }
            let Some(c) = self.peek(chan)? else {
                return Ok(out);
            };
            self.dpos += c.len_utf8();
            count += 1;
            match (self.newline.as_deref(), c) {
                (None, '\r') => {
                    self.universal_cr(chan)?;
                    out.push('\n');
                    return Ok(out);
                }
                (None, '\n') => {
                    self.seen |= SEEN_LF;
                    out.push('\n');
                    return Ok(out);
                }
                (Some(""), '\r') => {
                    out.push('\r');
                    if self.eat_lf(chan)? {
                        out.push('\n');
                    }
                    return Ok(out);
                }
                (Some("\r\n"), '\r') => {
                    out.push('\r');
                    if self.eat_lf(chan)? {
                        out.push('\n');
                        return Ok(out);
                    }
                }
                (Some("") | Some("\n"), '\n') | (Some("\r"), '\r') => {
                    out.push(c);
                    return Ok(out);
                }
                _ => out.push(c),
            }
        }
    }

    /// The `newlines` attribute.
    fn newlines(&self) -> Value {
        let kinds: Vec<Value> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
            .iter()
            .filter(|(bit, _)| self.seen & bit != 0)
            .map(|(_, s)| new_str(*s))
            .collect();
        match kinds.len() {
            0 => Value::None,
            1 => kinds[0].clone(),
            _ => new_tuple(kinds),
        }
    }
}

/// A file object: its mode and channel, and the text layer for text files.
pub struct FileState {
    /// The `name` attribute (the path as given, or `<stdout>` and friends).
    name: Value,
    /// The `mode` attribute.
    mode: String,
    kind: Kind,
    readable: bool,
    writable: bool,
    chan: Rc<RefCell<Channel>>,
    text: Option<TextState>,
}

impl FileState {
    fn closed(&self) -> bool {
        self.chan.borrow().closed
    }

    fn class(&self) -> Obj {
        let c = io_classes();
        match self.kind {
            Kind::Text => types().file.clone(),
            Kind::Raw => c.file_io.clone(),
            Kind::Buffered => match (self.readable, self.writable) {
                (true, true) => c.buffered_random.clone(),
                (true, false) => c.buffered_reader.clone(),
                _ => c.buffered_writer.clone(),
            },
        }
    }

    /// The binary file over the same channel (`f.buffer`, `f.raw`).
    fn binary_view(&self, kind: Kind) -> FileState {
        let mode = binary_mode(&self.mode, self.readable, self.writable);
        FileState {
            name: self.name.clone(),
            mode,
            kind,
            readable: self.readable,
            writable: self.writable,
            chan: self.chan.clone(),
            text: None,
        }
    }
}

fn new_file_object(f: FileState) -> Value {
    Value::Obj(Obj::new(
        &f.class(),
        Payload::File(Box::new(RefCell::new(f))),
    ))
}

/// The mode a binary file reports: `rb`, `wb`, `ab`, `xb`, with `+` as `rb+`, `ab+`, `xb+`.
fn binary_mode(mode: &str, readable: bool, writable: bool) -> String {
    let base = if mode.contains('x') {
        "xb"
    } else if mode.contains('a') {
        "ab"
    } else if readable {
        "rb"
    } else {
        "wb"
    };
    if readable && writable {
        format!("{base}+")
    } else {
        base.to_string()
    }
}

/// The standard streams, for `sys`.
pub enum StdStream {
    Stdin,
    Stdout,
    Stderr,
}

/// A new `sys.stdin`, `sys.stdout` or `sys.stderr` (UTF-8, as with `PYTHONIOENCODING=utf-8`).
pub fn std_stream(which: StdStream) -> Value {
    let (raw, name, mode, errors) = match which {
        StdStream::Stdin => (Raw::Stdin, "<stdin>", "r", "strict"),
        StdStream::Stdout => (Raw::Stdout, "<stdout>", "w", "strict"),
        StdStream::Stderr => (Raw::Stderr, "<stderr>", "w", "backslashreplace"),
    };
    let line_buffering = match which {
        StdStream::Stdin => false,
        StdStream::Stdout => std::io::stdout().is_terminal(),
        StdStream::Stderr => true,
    };
    new_file_object(FileState {
        name: new_str(name),
        mode: mode.to_string(),
        kind: Kind::Text,
        readable: mode == "r",
        writable: mode == "w",
        chan: Channel::new(raw, false),
        text: Some(TextState::new(
            Codec::Utf8,
            "utf-8",
            errors,
            None,
            line_buffering,
        )),
    })
}

/// The `io` classes other than `TextIOWrapper` (which is `types().file`).
struct IoClasses {
    buffered_reader: Obj,
    buffered_writer: Obj,
    buffered_random: Obj,
    file_io: Obj,
    unsupported_operation: Obj,
}

thread_local! {
    static IO_CLASSES: OnceCell<&'static IoClasses> = const { OnceCell::new() };
}

fn io_classes() -> &'static IoClasses {
    IO_CLASSES.with(|c| {
        *c.get_or_init(|| {
            let o = std::slice::from_ref(&types().object);
            let mk = |name: &str| {
                let cls = make_class(name, o, Layout::Builtin);
                *class_data(&cls).module.borrow_mut() = "_io".to_string();
                cls
            };
            // `io.UnsupportedOperation` derives from both OSError and ValueError.
            let t = exc_types();
            let bases = [t.os_error.clone(), t.value_error.clone()];
            let unsupported = make_class("UnsupportedOperation", &bases, Layout::Exception);
            if let Ok(mro) = compute_mro(&unsupported, &bases) {
                *class_data(&unsupported).mro.borrow_mut() = mro;
            }
            *class_data(&unsupported).module.borrow_mut() = "io".to_string();
            super::dict::set_str_item(&class_data(&unsupported).dict, "__module__", new_str("io"));
            Box::leak(Box::new(IoClasses {
                buffered_reader: mk("BufferedReader"),
                buffered_writer: mk("BufferedWriter"),
                buffered_random: mk("BufferedRandom"),
                file_io: mk("FileIO"),
                unsupported_operation: unsupported,
            }))
        })
    })
}

/// The file classes under their `io` module names.
pub fn io_names() -> Vec<(&'static str, Value)> {
    let c = io_classes();
    [
        ("TextIOWrapper", &types().file),
        ("BufferedReader", &c.buffered_reader),
        ("BufferedWriter", &c.buffered_writer),
        ("BufferedRandom", &c.buffered_random),
        ("FileIO", &c.file_io),
        ("UnsupportedOperation", &c.unsupported_operation),
    ]
    .into_iter()
    .map(|(n, c)| (n, Value::Obj(c.clone())))
    .collect()
}

/// `io.UnsupportedOperation(msg)`.
fn unsupported_operation(msg: &str) -> PyErr {
    PyErr::new(&io_classes().unsupported_operation, msg)
}

/// The OSError subclass for an I/O error, with `errno`, `strerror` and `filename` set.
pub fn os_error_for(e: &std::io::Error, path: Option<&Value>) -> PyErr {
    let t = exc_types();
    let errno = e.raw_os_error().unwrap_or(0);
    let cls = match errno {
        2 => &t.file_not_found_error,
        13 | 1 => &t.permission_error,
        17 => &t.file_exists_error,
        20 => &t.not_a_directory_error,
        21 => &t.is_a_directory_error,
        _ => &t.os_error,
    };
    let text = strerror(e);
    let err = PyErr::with_args(cls, vec![Value::Int(errno as i64), new_str(text.as_str())]);
    ops::exc::set_attr_str(&err, "errno", Value::Int(errno as i64));
    ops::exc::set_attr_str(&err, "strerror", new_str(text));
    ops::exc::set_attr_str(&err, "filename", path.cloned().unwrap_or(Value::None));
    err
}

/// The C library's text for an OS error (Rust appends " (os error N)", which Python does not).
pub fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

// ---- open ---------------------------------------------------------------------------------

/// The text of an optional str argument of `open`.
fn opt_str<'a>(v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => as_str(v).map(Some).ok_or_else(|| {
            type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                type_name(v)
            ))
        }),
    }
}

/// The path of `open`'s `file` argument (a str, bytes, or an object with `__fspath__`) and the
/// file's `name`: the str or bytes path.
fn fs_path(vm: &mut Vm, file: &Value) -> PyResult<(String, Value)> {
    let bad = || {
        type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(file)
        ))
    };
    match file.payload() {
        Some(Payload::Str(s)) => Ok((s.as_str().to_string(), file.clone())),
        Some(Payload::Bytes(b)) => match String::from_utf8(b.to_vec()) {
            Ok(p) => Ok((p, file.clone())),
            Err(_) => Err(not_implemented_error(
                "file names that are not UTF-8 are not supported yet",
            )),
        },
        Some(Payload::Instance(_)) => {
            let f = lookup_str(&crate::object::class_of(file), "__fspath__").ok_or_else(bad)?;
            let p = crate::interp::call(vm, &f, std::slice::from_ref(file))?;
            match p.payload() {
                Some(Payload::Str(_) | Payload::Bytes(_)) => fs_path(vm, &p),
                _ => Err(type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    type_name(file),
                    type_name(&p)
                ))),
            }
        }
        _ => Err(bad()),
    }
}

/// The parsed `mode` argument of `open`.
struct Mode {
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let invalid = || value_error(format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let m = Mode {
        reading: seen.contains('r'),
        writing: seen.contains('w'),
        appending: seen.contains('a'),
        creating: seen.contains('x'),
        plus: seen.contains('+'),
        binary: seen.contains('b'),
    };
    if m.binary && seen.contains('t') {
        return Err(value_error("can't have text and binary mode at once"));
    }
    match [m.reading, m.writing, m.appending, m.creating]
        .iter()
        .filter(|b| **b)
        .count()
    {
        0 => Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )),
        1 => Ok(m),
        _ => Err(value_error(
            "must have exactly one of create/read/write/append mode",
        )),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
/// opener=None)`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let params = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let a = bind("open", &args, &params, 0, 1)?;
    let file = a[0].expect("required");
    if matches!(file, Value::Int(_) | Value::Bool(_)) {
        return Err(not_implemented_error(
            "open() of a file descriptor is not supported yet",
        ));
    }
    let (path, name) = fs_path(vm, file)?;
    let mode_str = match a[1] {
        None => "r",
        Some(v) => as_str(v).ok_or_else(|| {
            type_error(format!(
                "open() argument 'mode' must be str, not {}",
                type_name(v)
            ))
        })?,
    };
    let buffering = match a[2] {
        None => -1,
        Some(v) => ops::seq::to_index(vm, v)?.ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))
        })?,
    };
    let encoding = opt_str(a[3], "encoding")?;
    let errors = opt_str(a[4], "errors")?;
    let newline = opt_str(a[5], "newline")?;
    if let Some(c) = a[6] {
        if !ops::truthy(vm, c)? {
            return Err(value_error("Cannot use closefd=False with file name"));
        }
    }
    if a[7].is_some_and(|o| !o.is_none()) {
        return Err(not_implemented_error(
            "open() with an opener is not supported yet",
        ));
    }
    let m = parse_mode(mode_str)?;
    if m.binary {
        for (given, what) in [
            (encoding, "an encoding"),
            (errors, "an errors"),
            (newline, "a newline"),
        ] {
            if given.is_some() {
                return Err(value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    }

    let mut opts = std::fs::OpenOptions::new();
    opts.read(m.reading || m.plus);
    if m.writing {
        opts.write(true).create(true).truncate(true);
    } else if m.appending {
        opts.append(true).create(true);
    } else if m.creating {
        opts.write(true).create_new(true);
    } else if m.plus {
        opts.write(true);
    }
    let mut f = opts
        .open(&path)
        .map_err(|e| os_error_for(&e, Some(&name)))?;
    if f.metadata().is_ok_and(|md| md.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error_for(&e, Some(&name)));
    }
    if m.appending {
        // Like CPython's FileIO, start at the end so that `tell` is right.
        f.seek(SeekFrom::End(0))
            .map_err(|e| os_error_for(&e, Some(&name)))?;
    }
    let tty = f.is_terminal();
    let readable = m.reading || m.plus;
    let writable = !m.reading || m.plus;

    if buffering == 0 && !m.binary {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    let kind = match (m.binary, buffering) {
        (true, 0) => Kind::Raw,
        (true, _) => Kind::Buffered,
        (false, _) => Kind::Text,
    };
    let text = if m.binary {
        None
    } else {
        if let Some(nl) = newline {
            if !["", "\n", "\r", "\r\n"].contains(&nl) {
                return Err(value_error(format!("illegal newline value: {nl}")));
            }
        }
        let enc = encoding.unwrap_or("UTF-8");
        let codec = Codec::lookup(enc).ok_or_else(|| {
            PyErr::new(
                &exc_types().lookup_error,
                format!("unknown encoding: {enc}"),
            )
        })?;
        let line_buffering = buffering == 1 || (buffering < 0 && tty);
        Some(TextState::new(
            codec,
            enc,
            errors.unwrap_or("strict"),
            newline,
            line_buffering,
        ))
    };
    let mode = if m.binary {
        binary_mode(mode_str, readable, writable)
    } else {
        mode_str.to_string()
    };
    Ok(new_file_object(FileState {
        name,
        mode,
        kind,
        readable,
        writable,
        chan: Channel::new(Raw::File(f), kind == Kind::Raw),
        text,
    }))
}

// ---- reprs and attributes -----------------------------------------------------------------

pub fn file_repr(f: &FileState) -> String {
    let name = match &f.name {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => crate::text::py_str_repr(s.as_str()),
            Payload::Bytes(b) => super::bytes::bytes_repr(b),
            _ => String::new(),
        },
        Value::Int(i) => i.to_string(),
        _ => String::new(),
    };
    match (&f.text, f.kind) {
        (Some(t), _) => format!(
            "<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>",
            f.mode, t.encoding
        ),
        (None, Kind::Raw) if f.closed() => "<_io.FileIO [closed]>".to_string(),
        (None, Kind::Raw) => format!("<_io.FileIO name={name} mode='{}' closefd=True>", f.mode),
        (None, _) => format!("<_io.{} name={name}>", class_data(&f.class()).name_str()),
    }
}

/// The data attributes of file objects.
pub fn file_attr(f: &FileState, name: &str) -> Option<Value> {
    let common = match name {
        "name" => Some(f.name.clone()),
        "mode" => Some(new_str(f.mode.as_str())),
        "closed" => Some(Value::Bool(f.closed())),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    match (&f.text, f.kind) {
        (Some(t), _) => match name {
            "encoding" => Some(new_str(t.encoding.as_str())),
            "errors" => Some(new_str(t.errors.as_str())),
            "newlines" => Some(t.newlines()),
            "line_buffering" => Some(Value::Bool(t.line_buffering)),
            "write_through" => Some(Value::Bool(false)),
            "buffer" => Some(new_file_object(f.binary_view(Kind::Buffered))),
            _ => None,
        },
        (None, Kind::Buffered) => match name {
            "raw" => Some(new_file_object(f.binary_view(Kind::Raw))),
            _ => None,
        },
        (None, _) => match name {
            "closefd" => Some(Value::Bool(!f.chan.borrow().is_std())),
            _ => None,
        },
    }
}

// ---- methods ------------------------------------------------------------------------------

fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Obj> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::File(_)) => Ok(o),
        Some(other) => Err(type_error(format!(
            "descriptor '{method}' requires a file object but received a '{}'",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "descriptor '{method}' needs an argument"
        ))),
    }
}

fn state(o: &Obj) -> &RefCell<FileState> {
    match &o.payload {
        Payload::File(f) => f,
        _ => unreachable!("file method on a non-file"),
    }
}

/// CPython's closed-file errors: text files say "I/O operation on closed file.", binary files
/// name the operation ("read of closed file"), and some checks have no full stop.
fn closed_error(f: &FileState, op: &str) -> PyErr {
    value_error(match (f.kind, op) {
        (Kind::Text, _) | (_, "") => "I/O operation on closed file.".to_string(),
        (_, "write") => "write to closed file".to_string(),
        (_, op) => format!("{op} of closed file"),
    })
}

fn check_open(f: &FileState, op: &str) -> PyResult<()> {
    if f.closed() {
        return Err(closed_error(f, op));
    }
    Ok(())
}

/// Checks that `f` can be read: text files check for closed first, binary files for the mode.
fn check_readable(f: &FileState, op: &str) -> PyResult<()> {
    if f.kind == Kind::Text {
        check_open(f, op)?;
    }
    if !f.readable {
        return Err(unsupported_operation(if f.kind == Kind::Text {
            "not readable"
        } else {
            "read"
        }));
    }
    check_open(f, op)
}

fn check_writable(f: &FileState) -> PyResult<()> {
    if f.kind == Kind::Text {
        check_open(f, "write")?;
    }
    if !f.writable {
        return Err(unsupported_operation(if f.kind == Kind::Text {
            "not writable"
        } else {
            "write"
        }));
    }
    check_open(f, "write")
}

/// A size argument: `None` or a negative number means "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match ops::seq::to_index(vm, v)? {
            Some(n) => Ok(usize::try_from(n).ok()),
            None => Err(type_error(format!(
                "argument should be integer or None, not '{}'",
                type_name(v)
            ))),
        },
    }
}

fn io_err(e: std::io::Error) -> PyErr {
    os_error_for(&e, None)
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("read", &args)?;
    check_args("read", &args, 1, 2)?;
    let o = this(&args, "read")?;
    if let Some(Value::Int(n)) = args.values.get(1) {
        if *n < -1 && state(o).borrow().kind != Kind::Text {
            return Err(value_error("read length must be non-negative or -1"));
        }
    }
    let n = size_arg(vm, args.values.get(1))?;
    let mut f = state(o).borrow_mut();
    check_readable(&f, "read")?;
    let f = &mut *f;
    let mut chan = f.chan.borrow_mut();
    match &mut f.text {
        Some(t) => t.read(&mut chan, n).map(new_str),
        None => chan.read(n).map(new_bytes).map_err(io_err),
    }
}

/// Reads one line of a file object (`None` at end of file), for iteration.
pub fn next_line(_vm: &mut Vm, o: &Obj) -> PyResult<Option<Value>> {
    let mut f = state(o).borrow_mut();
    check_readable(&f, "readline")?;
    let f = &mut *f;
    let mut chan = f.chan.borrow_mut();
    let line = match &mut f.text {
        Some(t) => {
            let s = t.read_line(&mut chan, None)?;
            (!s.is_empty()).then(|| new_str(s))
        }
        None => {
            let b = chan.read_line(None).map_err(io_err)?;
            (!b.is_empty()).then(|| new_bytes(b))
        }
    };
    Ok(line)
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind("readline", &args, &["self", "size"], 0, 1)?;
    let o = this(&args, "readline")?;
    let is_text = state(o).borrow().kind == Kind::Text;
    let limit = match a[1] {
        Some(v) if is_text => match ops::seq::to_index(vm, v)? {
            Some(n) => usize::try_from(n).ok(),
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                )))
            }
        },
        v => size_arg(vm, v)?,
    };
    let mut f = state(o).borrow_mut();
    check_readable(&f, "readline")?;
    let f = &mut *f;
    let mut chan = f.chan.borrow_mut();
    match &mut f.text {
        Some(t) => t.read_line(&mut chan, limit).map(new_str),
        None => chan.read_line(limit).map(new_bytes).map_err(io_err),
    }
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind("readlines", &args, &["self", "hint"], 0, 1)?;
    let o = this(&args, "readlines")?.clone();
    let hint = size_arg(vm, a[1])?.filter(|h| *h > 0);
    check_open(&state(&o).borrow(), "")?;
    let mut lines = Vec::new();
    let mut total = 0;
    while let Some(line) = next_line(vm, &o)? {
        total += match &line {
            Value::Obj(l) => match &l.payload {
                Payload::Str(s) => s.char_len(),
                Payload::Bytes(b) => b.len(),
                _ => 0,
            },
            _ => 0,
        };
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(new_list(lines))
}

fn readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("readinto", &args)?;
    check_args("readinto", &args, 2, 2)?;
    let o = this(&args, "readinto")?;
    let Some(Payload::ByteArray(buf)) = args.values[1].payload() else {
        return Err(type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            type_name(&args.values[1])
        )));
    };
    let _ = vm;
    let f = state(o).borrow();
    check_readable(&f, "readinto")?;
    let n = buf.borrow().len();
    let data = f.chan.borrow_mut().read(Some(n)).map_err(io_err)?;
    buf.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

/// Writes `s` to a text file object (for `print` and `write`); returns the characters written.
pub fn write_str(vm: &mut Vm, o: &Obj, s: &str) -> PyResult<usize> {
    let mut f = state(o).borrow_mut();
    check_writable(&f)?;
    let f = &mut *f;
    let Some(t) = &mut f.text else {
        return Err(type_error("a bytes-like object is required, not 'str'"));
    };
    let data: Cow<str> = match t.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => Cow::Owned(s.replace('\n', nl)),
        _ => Cow::Borrowed(s),
    };
    let bytes = t.codec.encode(&data, &t.errors)?;
    // CPython drops decoded read-ahead on a write: the write lands where the byte stream is.
    t.reset();
    let mut chan = f.chan.borrow_mut();
    chan.write(vm, &bytes)?;
    if t.line_buffering && (s.contains('\n') || s.contains('\r')) {
        flush_channel(vm, &mut chan)?;
    }
    Ok(s.chars().count())
}

fn flush_channel(vm: &mut Vm, chan: &mut Channel) -> PyResult<()> {
    match chan.raw {
        Raw::Stdout => vm.flush_stdout(),
        _ => chan.flush_writes().map_err(io_err)?,
    }
    Ok(())
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("write", &args)?;
    check_args("write", &args, 2, 2)?;
    let o = this(&args, "write")?;
    let v = &args.values[1];
    let is_text = state(o).borrow().text.is_some();
    if is_text {
        check_writable(&state(o).borrow())?;
        let s = as_str(v).ok_or_else(|| {
            type_error(format!(
                "write() argument must be str, not {}",
                type_name(v)
            ))
        })?;
        return write_str(vm, o, s).map(|n| Value::Int(n as i64));
    }
    let f = state(o).borrow();
    check_writable(&f)?;
    let n = match v.payload() {
        Some(Payload::Bytes(b)) => {
            f.chan.borrow_mut().write(vm, b)?;
            b.len()
        }
        // Any other buffer (bytearray, memoryview, array), copied out first.
        _ => match crate::builtins::bytes::bytes_like(v) {
            Some(b) => {
                let b = b.into_owned();
                f.chan.borrow_mut().write(vm, &b)?;
                b.len()
            }
            None => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(v)
                )))
            }
        },
    };
    Ok(Value::Int(n as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("writelines", &args)?;
    check_args("writelines", &args, 2, 2)?;
    let o = this(&args, "writelines")?.clone();
    check_open(&state(&o).borrow(), "")?;
    let it = ops::iter::get_iter(vm, &args.values[1])?;
    while let Some(line) = ops::iter::next(vm, &it)? {
        let a = [Value::Obj(o.clone()), line];
        write(vm, Args::positional(&a))?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("flush", &args)?;
    check_args("flush", &args, 1, 1)?;
    let o = this(&args, "flush")?;
    let f = state(o).borrow();
    check_open(&f, "flush")?;
    flush_channel(vm, &mut f.chan.borrow_mut())?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("close", &args)?;
    check_args("close", &args, 1, 1)?;
    let o = this(&args, "close")?;
    let f = state(o).borrow();
    let mut chan = f.chan.borrow_mut();
    if let Raw::Stdout = chan.raw {
        vm.flush_stdout();
    }
    chan.close()?;
    Ok(Value::None)
}

fn tell(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("tell", &args)?;
    check_args("tell", &args, 1, 1)?;
    let o = this(&args, "tell")?;
    let f = state(o).borrow();
    if f.closed() {
        return Err(if f.kind == Kind::Text {
            closed_error(&f, "")
        } else {
            value_error("I/O operation on closed file")
        });
    }
    let mut chan = f.chan.borrow_mut();
    chan.flush_writes().map_err(io_err)?;
    let pos = chan.tell()?;
    let ahead = match &f.text {
        Some(t) => t.undecoded.len() + t.codec.encoded_len(&t.decoded[t.dpos..]),
        None => 0,
    };
    Ok(Value::Int(pos as i64 - ahead as i64))
}

fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("seek", &args)?;
    check_args("seek", &args, 2, 3)?;
    let o = this(&args, "seek")?;
    let int_arg = |vm: &mut Vm, v: &Value| -> PyResult<i64> {
        ops::seq::to_index(vm, v)?.ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))
        })
    };
    let offset = int_arg(vm, &args.values[1])?;
    let whence = match args.values.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let mut f = state(o).borrow_mut();
    check_open(&f, "seek")?;
    let f = &mut *f;
    let target = match (whence, &f.text) {
        (0, _) if offset < 0 => {
            return Err(value_error(format!("negative seek position {offset}")))
        }
        (0, _) => SeekFrom::Start(offset as u64),
        (1 | 2, Some(_)) if offset != 0 => {
            let which = if whence == 1 { "cur" } else { "end" };
            return Err(unsupported_operation(&format!(
                "can't do nonzero {which}-relative seeks"
            )));
        }
        (1, Some(t)) => {
            // Seeking nowhere from the current position: the position is what tell() says.
            let mut chan = f.chan.borrow_mut();
            chan.flush_writes().map_err(io_err)?;
            let ahead = t.undecoded.len() + t.codec.encoded_len(&t.decoded[t.dpos..]);
            SeekFrom::Start(chan.tell()? - ahead as u64)
        }
        (1, None) => {
            SeekFrom::Current(offset - (f.chan.borrow().rbuf.len() - f.chan.borrow().rpos) as i64)
        }
        (2, _) => SeekFrom::End(offset),
        _ => {
            return Err(value_error(if f.text.is_some() {
                format!("invalid whence ({whence}, should be 0, 1 or 2)")
            } else {
                format!("whence value {whence} unsupported")
            }))
        }
    };
    if let Some(t) = &mut f.text {
        t.reset();
        t.seen = 0;
    }
    let pos = f.chan.borrow_mut().seek(target)?;
    Ok(Value::Int(pos as i64))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("truncate", &args)?;
    check_args("truncate", &args, 1, 2)?;
    let o = this(&args, "truncate")?;
    let size = match args.values.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(ops::seq::to_index(vm, v)?.ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))
        })?),
    };
    {
        let f = state(o).borrow();
        check_open(&f, "truncate")?;
        if !f.writable {
            return Err(unsupported_operation("truncate"));
        }
    }
    let size = match size {
        Some(n) if n < 0 => return Err(value_error(format!("negative size value {n}"))),
        Some(n) => n as u64,
        None => match tell(vm, Args::positional(&args.values[..1]))? {
            Value::Int(n) => n as u64,
            _ => 0,
        },
    };
    let mut f = state(o).borrow_mut();
    if let Some(t) = &mut f.text {
        t.reset();
    }
    f.chan.borrow_mut().truncate(size)?;
    Ok(Value::Int(size as i64))
}

/// `readable()`, `writable()`, `seekable()`: a file without the capability says False even
/// when closed, as CPython's do.
fn capability(args: &Args, name: &str, get: fn(&FileState) -> bool) -> PyResult<Value> {
    check_args(name, args, 1, 1)?;
    let f = state(this(args, name)?).borrow();
    if !get(&f) {
        return Ok(Value::Bool(false));
    }
    if f.closed() {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(Value::Bool(true))
}

fn readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    capability(&args, "readable", |f| f.readable)
}

fn writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    capability(&args, "writable", |f| f.writable)
}

fn seekable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    capability(&args, "seekable", |f| !f.chan.borrow().is_std())
}

fn fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("fileno", &args, 1, 1)?;
    let f = state(this(&args, "fileno")?).borrow();
    let chan = f.chan.borrow();
    Ok(Value::Int(match &chan.raw {
        Raw::Stdin => 0,
        Raw::Stdout => 1,
        Raw::Stderr => 2,
        Raw::File(file) => std::os::fd::AsRawFd::as_raw_fd(file) as i64,
        Raw::Closed => return Err(value_error("I/O operation on closed file")),
    }))
}

fn isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("isatty", &args, 1, 1)?;
    let f = state(this(&args, "isatty")?).borrow();
    let chan = f.chan.borrow();
    Ok(Value::Bool(match &chan.raw {
        Raw::Stdin => std::io::stdin().is_terminal(),
        Raw::Stdout => std::io::stdout().is_terminal(),
        Raw::Stderr => std::io::stderr().is_terminal(),
        Raw::File(file) => file.is_terminal(),
        Raw::Closed => return Err(value_error("I/O operation on closed file")),
    }))
}

fn enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args, "__enter__")?;
    check_open(&state(o).borrow(), "")?;
    Ok(Value::Obj(o.clone()))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args, "__exit__")?.clone();
    close(vm, Args::positional(&[Value::Obj(o)]))
}

/// Checks that file object `o` can be iterated (`iter(f)` is `f` itself while it is open).
pub fn check_iter(o: &Obj) -> PyResult<()> {
    check_open(&state(o).borrow(), "")
}

fn iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args, "__iter__")?;
    check_iter(o)?;
    Ok(Value::Obj(o.clone()))
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args, "__next__")?.clone();
    match next_line(vm, &o)? {
        Some(line) => Ok(line),
        None => Err(crate::object::exception::stop_iteration(Value::None)),
    }
}

pub fn install(t: &Types) {
    let c = io_classes();
    *class_data(&t.file).module.borrow_mut() = "_io".to_string();
    for cls in [
        &t.file,
        &c.buffered_reader,
        &c.buffered_writer,
        &c.buffered_random,
        &c.file_io,
    ] {
        add_method(cls, "read", read);
        add_method(cls, "readline", readline);
        add_method(cls, "readlines", readlines);
        add_method(cls, "write", write);
        add_method(cls, "writelines", writelines);
        add_method(cls, "flush", flush);
        add_method(cls, "close", close);
        add_method(cls, "tell", tell);
        add_method(cls, "seek", seek);
        add_method(cls, "truncate", truncate);
        add_method(cls, "readable", readable);
        add_method(cls, "writable", writable);
        add_method(cls, "seekable", seekable);
        add_method(cls, "fileno", fileno);
        add_method(cls, "isatty", isatty);
        add_method(cls, "__enter__", enter);
        add_method(cls, "__exit__", exit);
        add_method(cls, "__iter__", iter);
        add_method(cls, "__next__", next);
    }
    for cls in [&c.buffered_reader, &c.buffered_random, &c.file_io] {
        add_method(cls, "readinto", readinto);
    }
}
