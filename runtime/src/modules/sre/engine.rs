//! The matching engine of `_sre`: a port of CPython 3.11's `sre_lib.h`.
//!
//! The code it runs is what `re._compiler` emits (a list of 32-bit words). Matching is
//! backtracking as in CPython: instead of recursing, each nested match attempt pushes a
//! context on an explicit stack and records where to resume its parent (the `Jump` kinds,
//! CPython's `JUMP_*` labels); capture marks and the zero-width guards of repeats are saved
//! on a data stack. So the Rust stack depth does not grow with the subject or the pattern's
//! backtracking, only (through `count`'s single-character items) with the pattern's nesting.
//! Texts are slices of code points (a `str`) or of byte values (`bytes`), both as `u32`.

use crate::text::unicode as uni;

pub const MAXREPEAT: u32 = u32::MAX;

/// Opcodes (`re._constants.OPCODES`, in order).
mod op {
    pub const FAILURE: u32 = 0;
    pub const SUCCESS: u32 = 1;
    pub const ANY: u32 = 2;
    pub const ANY_ALL: u32 = 3;
    pub const ASSERT: u32 = 4;
    pub const ASSERT_NOT: u32 = 5;
    pub const AT: u32 = 6;
    pub const BRANCH: u32 = 7;
    pub const CATEGORY: u32 = 8;
    pub const CHARSET: u32 = 9;
    pub const BIGCHARSET: u32 = 10;
    pub const GROUPREF: u32 = 11;
    pub const GROUPREF_EXISTS: u32 = 12;
    pub const IN: u32 = 13;
    pub const INFO: u32 = 14;
    pub const JUMP: u32 = 15;
    pub const LITERAL: u32 = 16;
    pub const MARK: u32 = 17;
    pub const MAX_UNTIL: u32 = 18;
    pub const MIN_UNTIL: u32 = 19;
    pub const NOT_LITERAL: u32 = 20;
    pub const NEGATE: u32 = 21;
    pub const RANGE: u32 = 22;
    pub const REPEAT: u32 = 23;
    pub const REPEAT_ONE: u32 = 24;
    pub const MIN_REPEAT_ONE: u32 = 26;
    pub const ATOMIC_GROUP: u32 = 27;
    pub const POSSESSIVE_REPEAT: u32 = 28;
    pub const POSSESSIVE_REPEAT_ONE: u32 = 29;
    pub const GROUPREF_IGNORE: u32 = 30;
    pub const IN_IGNORE: u32 = 31;
    pub const LITERAL_IGNORE: u32 = 32;
    pub const NOT_LITERAL_IGNORE: u32 = 33;
    pub const GROUPREF_LOC_IGNORE: u32 = 34;
    pub const IN_LOC_IGNORE: u32 = 35;
    pub const LITERAL_LOC_IGNORE: u32 = 36;
    pub const NOT_LITERAL_LOC_IGNORE: u32 = 37;
    pub const GROUPREF_UNI_IGNORE: u32 = 38;
    pub const IN_UNI_IGNORE: u32 = 39;
    pub const LITERAL_UNI_IGNORE: u32 = 40;
    pub const NOT_LITERAL_UNI_IGNORE: u32 = 41;
    pub const RANGE_UNI_IGNORE: u32 = 42;
}

/// `AT` codes (`re._constants.ATCODES`).
mod at {
    pub const BEGINNING: u32 = 0;
    pub const BEGINNING_LINE: u32 = 1;
    pub const BEGINNING_STRING: u32 = 2;
    pub const BOUNDARY: u32 = 3;
    pub const NON_BOUNDARY: u32 = 4;
    pub const END: u32 = 5;
    pub const END_LINE: u32 = 6;
    pub const END_STRING: u32 = 7;
    pub const LOC_BOUNDARY: u32 = 8;
    pub const LOC_NON_BOUNDARY: u32 = 9;
    pub const UNI_BOUNDARY: u32 = 10;
    pub const UNI_NON_BOUNDARY: u32 = 11;
}

/// `INFO` block flags.
const INFO_PREFIX: u32 = 1;
const INFO_LITERAL: u32 = 2;
const INFO_CHARSET: u32 = 4;

/// Why a match attempt stopped without an answer.
#[derive(Debug)]
pub enum SreError {
    /// Malformed code (CPython's `SRE_ERROR_ILLEGAL`/`SRE_ERROR_STATE`).
    Internal,
    /// A Ctrl-C is pending.
    Interrupted,
}

type SreResult<T> = Result<T, SreError>;

// Character predicates and case mappings, as `sre.c` defines them.

fn is_digit(ch: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&ch)
}

fn is_space(ch: u32) -> bool {
    matches!(ch, 9..=13 | 32)
}

fn is_linebreak(ch: u32) -> bool {
    ch == b'\n' as u32
}

fn is_word(ch: u32) -> bool {
    ch < 128 && ((ch as u8).is_ascii_alphanumeric() || ch == b'_' as u32)
}

/// The `LOCALE` predicates use the C library's ctype tables; pyjit runs in the "C" locale,
/// where they are the ASCII ones.
fn loc_is_word(ch: u32) -> bool {
    is_word(ch)
}

fn uni_char(ch: u32) -> Option<char> {
    char::from_u32(ch)
}

fn uni_is_digit(ch: u32) -> bool {
    uni_char(ch).is_some_and(uni::is_decimal)
}

fn uni_is_space(ch: u32) -> bool {
    uni_char(ch).is_some_and(crate::text::py_is_space)
}

fn uni_is_linebreak(ch: u32) -> bool {
    matches!(
        ch,
        0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029
    )
}

fn uni_is_word(ch: u32) -> bool {
    ch == b'_' as u32 || uni_char(ch).is_some_and(uni::is_alnum)
}

pub fn lower_ascii(ch: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&ch) {
        ch + 32
    } else {
        ch
    }
}

fn upper_ascii(ch: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&ch) {
        ch - 32
    } else {
        ch
    }
}

fn lower_locale(ch: u32) -> u32 {
    lower_ascii(ch)
}

fn upper_locale(ch: u32) -> u32 {
    upper_ascii(ch)
}

/// `Py_UNICODE_TOLOWER`: CPython's one-character lowercase (`'İ'` gives `'i'`).
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    uni_char(ch).map_or(ch, |c| uni::to_lower_char(c) as u32)
}

/// `Py_UNICODE_TOUPPER`, likewise (`'ß'` gives `'S'`).
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_ascii(ch);
    }
    uni_char(ch).map_or(ch, |c| uni::to_upper_char(c) as u32)
}

#[inline]
fn category(code: u32, ch: u32) -> bool {
    match code {
        0 => is_digit(ch),
        1 => !is_digit(ch),
        2 => is_space(ch),
        3 => !is_space(ch),
        4 => is_word(ch),
        5 => !is_word(ch),
        6 => is_linebreak(ch),
        7 => !is_linebreak(ch),
        8 => loc_is_word(ch),
        9 => !loc_is_word(ch),
        10 => uni_is_digit(ch),
        11 => !uni_is_digit(ch),
        12 => uni_is_space(ch),
        13 => !uni_is_space(ch),
        14 => uni_is_word(ch),
        15 => !uni_is_word(ch),
        16 => uni_is_linebreak(ch),
        17 => !uni_is_linebreak(ch),
        _ => false,
    }
}

fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}

/// Where a finished child context resumes its parent (CPython's `JUMP_*`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One match attempt in progress (CPython's `match_context`).
#[derive(Clone, Copy)]
struct Ctx {
    count: isize,
    chr: u32,
    rep: usize,
    lastmark: isize,
    lastindex: isize,
    pattern: usize,
    ptr: usize,
    toplevel: bool,
    jump: Jump,
}

/// The state of a `REPEAT` being matched (CPython's `SRE_REPEAT`).
struct Repeat {
    count: isize,
    /// Index of the REPEAT's operands (`<skip> <min> <max> item...`).
    pattern: usize,
    /// Where the last iteration started (-1: none yet), against zero-width loops.
    last_ptr: isize,
    prev: Option<usize>,
}

/// What the engine loop does next.
#[derive(Clone, Copy)]
enum Act {
    Entrance,
    Dispatch,
    Fail,
    Succeed,
    Resume(Jump),
    BranchTry,
    RepeatOneLit,
    RepeatOneGen,
    MinRepeatOneTry,
    MaxUntilMore,
    MaxUntilTail,
    PossMin,
    PossMore,
    PossTail,
}

/// A matching state over one subject (CPython's `SRE_STATE`).
pub struct State<'a> {
    code: &'a [u32],
    text: &'a [u32],
    pub start: usize,
    pub end: usize,
    pub ptr: usize,
    /// Capture marks: text positions, -1 where unset.
    pub marks: Vec<isize>,
    pub lastmark: isize,
    pub lastindex: isize,
    repeat: Option<usize>,
    repeats: Vec<Repeat>,
    ctxs: Vec<Ctx>,
    data: Vec<isize>,
    pub match_all: bool,
    pub must_advance: bool,
    sigcount: u32,
}

/// The stacks of a state, kept between matches so that each match does not allocate them
/// anew (matching short subjects in a loop is common).
#[derive(Default)]
struct Stacks {
    marks: Vec<isize>,
    repeats: Vec<Repeat>,
    ctxs: Vec<Ctx>,
    data: Vec<isize>,
}

thread_local! {
    static SPARE: std::cell::RefCell<Vec<Stacks>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Drop for State<'_> {
    fn drop(&mut self) {
        let mut st = Stacks {
            marks: std::mem::take(&mut self.marks),
            repeats: std::mem::take(&mut self.repeats),
            ctxs: std::mem::take(&mut self.ctxs),
            data: std::mem::take(&mut self.data),
        };
        // Keep small stacks only: a huge backtracking match should not pin its memory.
        if st.ctxs.capacity() <= 4096 && st.data.capacity() <= 4096 {
            st.repeats.clear();
            st.ctxs.clear();
            st.data.clear();
            SPARE.with(|s| {
                let mut s = s.borrow_mut();
                if s.len() < 4 {
                    s.push(st);
                }
            });
        }
    }
}

impl<'a> State<'a> {
    /// A state for `code` (a pattern with `groups` groups) over `text[start..end]`.
    pub fn new(code: &'a [u32], groups: usize, text: &'a [u32], start: usize, end: usize) -> Self {
        let mut st = SPARE.with(|s| s.borrow_mut().pop()).unwrap_or_default();
        st.marks.clear();
        st.marks.resize(2 * groups + 2, -1);
        State {
            code,
            text,
            start,
            end,
            ptr: start,
            marks: st.marks,
            lastmark: -1,
            lastindex: -1,
            repeat: None,
            repeats: st.repeats,
            ctxs: st.ctxs,
            data: st.data,
            match_all: false,
            must_advance: false,
            sigcount: 0,
        }
    }

    /// `state_reset`: forgets the marks of the previous attempt.
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.ctxs.clear();
        self.data.clear();
    }

    /// The span of group `g` (>= 1) after a successful match, if it took part.
    pub fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let j = 2 * (g - 1);
        if (j + 1) as isize > self.lastmark {
            return None;
        }
        let (a, b) = (self.marks[j], self.marks[j + 1]);
        if a < 0 || b < 0 {
            return None;
        }
        Some((a as usize, b as usize))
    }

    #[inline(always)]
    fn c(&self, i: usize) -> u32 {
        self.code.get(i).copied().unwrap_or(op::FAILURE)
    }

    #[inline(always)]
    fn ch(&self, i: usize) -> u32 {
        self.text[i]
    }

    fn at(&self, ptr: usize, code: u32) -> bool {
        let end = self.end;
        let word_boundary = |is_word: fn(u32) -> bool| -> Option<(bool, bool)> {
            if end == 0 {
                return None;
            }
            let thatp = ptr > 0 && is_word(self.ch(ptr - 1));
            let thisp = ptr < end && is_word(self.ch(ptr));
            Some((thisp, thatp))
        };
        match code {
            at::BEGINNING | at::BEGINNING_STRING => ptr == 0,
            at::BEGINNING_LINE => ptr == 0 || is_linebreak(self.ch(ptr - 1)),
            at::END => (end == ptr + 1 && is_linebreak(self.ch(ptr))) || ptr == end,
            at::END_LINE => ptr == end || is_linebreak(self.ch(ptr)),
            at::END_STRING => ptr == end,
            at::BOUNDARY => word_boundary(is_word).is_some_and(|(a, b)| a != b),
            at::NON_BOUNDARY => word_boundary(is_word).is_some_and(|(a, b)| a == b),
            at::LOC_BOUNDARY => word_boundary(loc_is_word).is_some_and(|(a, b)| a != b),
            at::LOC_NON_BOUNDARY => word_boundary(loc_is_word).is_some_and(|(a, b)| a == b),
            at::UNI_BOUNDARY => word_boundary(uni_is_word).is_some_and(|(a, b)| a != b),
            at::UNI_NON_BOUNDARY => word_boundary(uni_is_word).is_some_and(|(a, b)| a == b),
            _ => false,
        }
    }

    /// Whether `ch` is in the set starting at code index `set`.
    #[inline]
    fn charset(&self, mut set: usize, ch: u32) -> bool {
        let mut ok = true;
        loop {
            let o = self.c(set);
            set += 1;
            match o {
                op::FAILURE => return !ok,
                op::LITERAL => {
                    if ch == self.c(set) {
                        return ok;
                    }
                    set += 1;
                }
                op::CATEGORY => {
                    if category(self.c(set), ch) {
                        return ok;
                    }
                    set += 1;
                }
                op::CHARSET => {
                    if ch < 256 && self.c(set + (ch / 32) as usize) & (1u32 << (ch & 31)) != 0 {
                        return ok;
                    }
                    set += 8;
                }
                op::RANGE => {
                    if self.c(set) <= ch && ch <= self.c(set + 1) {
                        return ok;
                    }
                    set += 2;
                }
                op::RANGE_UNI_IGNORE => {
                    if self.c(set) <= ch && ch <= self.c(set + 1) {
                        return ok;
                    }
                    let uch = upper_unicode(ch);
                    if self.c(set) <= uch && uch <= self.c(set + 1) {
                        return ok;
                    }
                    set += 2;
                }
                op::NEGATE => ok = !ok,
                op::BIGCHARSET => {
                    // <BIGCHARSET> <blockcount> <256 block indices as bytes> <blocks>
                    let count = self.c(set) as usize;
                    set += 1;
                    if ch < 0x10000 {
                        let k = (ch >> 8) as usize;
                        let block = ((self.c(set + k / 4) >> ((k % 4) * 8)) & 0xff) as usize;
                        let bit = block * 256 + (ch & 255) as usize;
                        if self.c(set + 64 + bit / 32) & (1u32 << (ch & 31)) != 0 {
                            return ok;
                        }
                    }
                    set += 64 + count * 8;
                }
                _ => return false,
            }
        }
    }

    fn charset_loc_ignore(&self, set: usize, ch: u32) -> bool {
        let lo = lower_locale(ch);
        if self.charset(set, lo) {
            return true;
        }
        let up = upper_locale(ch);
        up != lo && self.charset(set, up)
    }

    /// `SRE(count)`: how many times (up to `maxcount`) the single-character item at
    /// `pattern` matches from `self.ptr`.
    fn count(&mut self, pattern: usize, maxcount: u32) -> SreResult<usize> {
        let start = self.ptr;
        let mut ptr = start;
        let mut end = self.end;
        if maxcount != MAXREPEAT && (maxcount as usize) < end - ptr {
            end = ptr + maxcount as usize;
        }
        let chr = self.c(pattern + 1);
        match self.c(pattern) {
            op::IN => {
                while ptr < end && self.charset(pattern + 2, self.ch(ptr)) {
                    ptr += 1;
                }
            }
            op::ANY => {
                while ptr < end && !is_linebreak(self.ch(ptr)) {
                    ptr += 1;
                }
            }
            op::ANY_ALL => ptr = end,
            op::LITERAL => {
                while ptr < end && self.ch(ptr) == chr {
                    ptr += 1;
                }
            }
            op::LITERAL_IGNORE => {
                while ptr < end && lower_ascii(self.ch(ptr)) == chr {
                    ptr += 1;
                }
            }
            op::LITERAL_UNI_IGNORE => {
                while ptr < end && lower_unicode(self.ch(ptr)) == chr {
                    ptr += 1;
                }
            }
            op::LITERAL_LOC_IGNORE => {
                while ptr < end && char_loc_ignore(chr, self.ch(ptr)) {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL => {
                while ptr < end && self.ch(ptr) != chr {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL_IGNORE => {
                while ptr < end && lower_ascii(self.ch(ptr)) != chr {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL_UNI_IGNORE => {
                while ptr < end && lower_unicode(self.ch(ptr)) != chr {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL_LOC_IGNORE => {
                while ptr < end && !char_loc_ignore(chr, self.ch(ptr)) {
                    ptr += 1;
                }
            }
            _ => {
                // A one-character subpattern: match it repeatedly.
                while self.ptr < end {
                    if !self.run(pattern, false)? {
                        break;
                    }
                }
                return Ok(self.ptr - start);
            }
        }
        Ok(ptr - start)
    }

    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.data.extend_from_slice(&self.marks[..n]);
        }
    }

    fn mark_pop_keep(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let top = self.data.len() - n;
            self.marks[..n].copy_from_slice(&self.data[top..]);
        }
    }

    fn mark_pop(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            self.mark_pop_keep(lastmark);
            self.mark_pop_discard(lastmark);
        }
    }

    fn mark_pop_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.data.truncate(self.data.len() - n);
        }
    }

    /// Back-reference to group mark pair `groupref`: its span, if set.
    fn groupref_span(&self, groupref: usize) -> Option<(usize, usize)> {
        if groupref as isize >= self.lastmark {
            return None;
        }
        let (p, e) = (self.marks[groupref], self.marks[groupref + 1]);
        if p < 0 || e < 0 || e < p {
            return None;
        }
        Some((p as usize, e as usize))
    }

    /// `SRE(match)` at the top level: matches the whole code from `self.ptr`.
    pub fn match_(&mut self) -> SreResult<bool> {
        self.run(0, true)
    }

    /// `SRE(match)`: whether the code at `pattern` matches at `self.ptr`; on success
    /// `self.ptr` is where the match ends.
    fn run(&mut self, mut pattern: usize, toplevel: bool) -> SreResult<bool> {
        let base = self.ctxs.len();
        self.ctxs.push(Ctx {
            count: 0,
            chr: 0,
            rep: 0,
            lastmark: -1,
            lastindex: -1,
            pattern,
            ptr: self.ptr,
            toplevel,
            jump: Jump::None,
        });
        let end = self.end;
        let mut ptr = self.ptr;
        let mut ret = false;
        let mut act = Act::Entrance;
        loop {
            let ci = self.ctxs.len() - 1;
            match act {
                Act::Entrance => {
                    ptr = self.ptr;
                    act = Act::Dispatch;
                    if self.c(pattern) == op::INFO {
                        let min = self.c(pattern + 3) as usize;
                        if min != 0 && end.saturating_sub(ptr) < min {
                            act = Act::Fail;
                        } else {
                            pattern += self.c(pattern + 1) as usize + 1;
                        }
                    }
                }
                Act::Dispatch => {
                    self.sigcount = self.sigcount.wrapping_add(1);
                    if self.sigcount & 0xfff == 0 && crate::interp::interrupt::pending() {
                        return Err(SreError::Interrupted);
                    }
                    let o = self.c(pattern);
                    pattern += 1;
                    act = self.dispatch(o, &mut pattern, &mut ptr, ci)?;
                }
                Act::Fail | Act::Succeed => {
                    ret = matches!(act, Act::Succeed);
                    let done = self.ctxs.pop().expect("a context");
                    if self.ctxs.len() == base {
                        return Ok(ret);
                    }
                    let parent = self.ctxs[self.ctxs.len() - 1];
                    pattern = parent.pattern;
                    ptr = parent.ptr;
                    act = Act::Resume(done.jump);
                }
                Act::Resume(jump) => {
                    act = self.resume(jump, ret, &mut pattern, &mut ptr, ci)?;
                }
                Act::BranchTry => {
                    act = Act::Fail;
                    let repeat = self.repeat.is_some();
                    loop {
                        let skip = self.c(pattern) as usize;
                        if skip == 0 {
                            if repeat {
                                self.mark_pop_discard(self.ctxs[ci].lastmark);
                            }
                            break;
                        }
                        let first = self.c(pattern + 1);
                        if first == op::LITERAL
                            && (ptr >= end || self.ch(ptr) != self.c(pattern + 2))
                        {
                            pattern += skip;
                            continue;
                        }
                        if first == op::IN
                            && (ptr >= end || !self.charset(pattern + 3, self.ch(ptr)))
                        {
                            pattern += skip;
                            continue;
                        }
                        self.ptr = ptr;
                        let tl = self.ctxs[ci].toplevel;
                        act = self.jump(Jump::Branch, pattern, ptr, pattern + 1, tl, &mut pattern);
                        break;
                    }
                }
                Act::RepeatOneLit => {
                    let min = self.c(pattern + 1) as isize;
                    let chr = self.ctxs[ci].chr;
                    while self.ctxs[ci].count >= min && (ptr >= end || self.ch(ptr) != chr) {
                        ptr = ptr.wrapping_sub(1);
                        self.ctxs[ci].count -= 1;
                    }
                    if self.ctxs[ci].count < min {
                        if self.repeat.is_some() {
                            self.mark_pop_discard(self.ctxs[ci].lastmark);
                        }
                        act = Act::Fail;
                    } else {
                        self.ptr = ptr;
                        let next = pattern + self.c(pattern) as usize;
                        let tl = self.ctxs[ci].toplevel;
                        act = self.jump(Jump::RepeatOne1, pattern, ptr, next, tl, &mut pattern);
                    }
                }
                Act::RepeatOneGen => {
                    let min = self.c(pattern + 1) as isize;
                    if self.ctxs[ci].count >= min {
                        self.ptr = ptr;
                        let next = pattern + self.c(pattern) as usize;
                        let tl = self.ctxs[ci].toplevel;
                        act = self.jump(Jump::RepeatOne2, pattern, ptr, next, tl, &mut pattern);
                    } else {
                        if self.repeat.is_some() {
                            self.mark_pop_discard(self.ctxs[ci].lastmark);
                        }
                        act = Act::Fail;
                    }
                }
                Act::MinRepeatOneTry => {
                    let max = self.c(pattern + 2);
                    if max == MAXREPEAT || self.ctxs[ci].count <= max as isize {
                        self.ptr = ptr;
                        let next = pattern + self.c(pattern) as usize;
                        let tl = self.ctxs[ci].toplevel;
                        act = self.jump(Jump::MinRepeatOne, pattern, ptr, next, tl, &mut pattern);
                    } else {
                        if self.repeat.is_some() {
                            self.mark_pop_discard(self.ctxs[ci].lastmark);
                        }
                        act = Act::Fail;
                    }
                }
                Act::MaxUntilMore => {
                    let rep = self.ctxs[ci].rep;
                    let rp = self.repeats[rep].pattern;
                    let max = self.c(rp + 2);
                    let count = self.ctxs[ci].count;
                    if (count < max as isize || max == MAXREPEAT)
                        && self.ptr as isize != self.repeats[rep].last_ptr
                    {
                        // We may have enough matches, but if we can match another item, do so.
                        self.repeats[rep].count = count;
                        self.ctxs[ci].lastmark = self.lastmark;
                        self.ctxs[ci].lastindex = self.lastindex;
                        self.mark_push(self.lastmark);
                        self.data.push(self.repeats[rep].last_ptr);
                        self.repeats[rep].last_ptr = self.ptr as isize;
                        let tl = self.ctxs[ci].toplevel;
                        act = self.jump(Jump::MaxUntil2, pattern, ptr, rp + 3, tl, &mut pattern);
                    } else {
                        act = Act::MaxUntilTail;
                    }
                }
                Act::MaxUntilTail => {
                    // Cannot match more repeated items here: make sure the tail matches.
                    let rep = self.ctxs[ci].rep;
                    self.repeat = self.repeats[rep].prev;
                    let tl = self.ctxs[ci].toplevel;
                    act = self.jump(Jump::MaxUntil3, pattern, ptr, pattern, tl, &mut pattern);
                }
                Act::PossMin => {
                    if self.ctxs[ci].count < self.c(pattern + 1) as isize {
                        act = self.jump(
                            Jump::PossRepeat1,
                            pattern,
                            ptr,
                            pattern + 3,
                            false,
                            &mut pattern,
                        );
                    } else {
                        // No previous position: the loop below runs at least once.
                        ptr = usize::MAX;
                        act = Act::PossMore;
                    }
                }
                Act::PossMore => {
                    let max = self.c(pattern + 2);
                    let count = self.ctxs[ci].count;
                    if (count < max as isize || max == MAXREPEAT) && self.ptr != ptr {
                        self.ctxs[ci].lastmark = self.lastmark;
                        self.ctxs[ci].lastindex = self.lastindex;
                        self.mark_push(self.lastmark);
                        ptr = self.ptr;
                        act = self.jump(
                            Jump::PossRepeat2,
                            pattern,
                            ptr,
                            pattern + 3,
                            false,
                            &mut pattern,
                        );
                    } else {
                        act = Act::PossTail;
                    }
                }
                Act::PossTail => {
                    pattern += self.c(pattern) as usize + 1;
                    ptr = self.ptr;
                    act = Act::Dispatch;
                }
            }
        }
    }

    /// `DO_JUMP`: saves the parent's position, starts a child context at `next`.
    fn jump(
        &mut self,
        jump: Jump,
        pattern: usize,
        ptr: usize,
        next: usize,
        toplevel: bool,
        pat: &mut usize,
    ) -> Act {
        let ci = self.ctxs.len() - 1;
        self.ctxs[ci].pattern = pattern;
        self.ctxs[ci].ptr = ptr;
        self.ctxs.push(Ctx {
            count: 0,
            chr: 0,
            rep: 0,
            lastmark: -1,
            lastindex: -1,
            pattern: next,
            ptr,
            toplevel,
            jump,
        });
        *pat = next;
        Act::Entrance
    }

    fn lastmark_save(&mut self, ci: usize) {
        self.ctxs[ci].lastmark = self.lastmark;
        self.ctxs[ci].lastindex = self.lastindex;
    }

    fn lastmark_restore(&mut self, ci: usize) {
        self.lastmark = self.ctxs[ci].lastmark;
        self.lastindex = self.ctxs[ci].lastindex;
    }

    /// Executes opcode `o` (its operands at `*pattern`).
    fn dispatch(
        &mut self,
        o: u32,
        pattern: &mut usize,
        ptr: &mut usize,
        ci: usize,
    ) -> SreResult<Act> {
        let end = self.end;
        let p = *pattern;
        let cur = *ptr;
        let at_end = cur >= end;
        Ok(match o {
            op::MARK => {
                let i = self.c(p) as usize;
                if i >= self.marks.len() {
                    return Err(SreError::Internal);
                }
                if i & 1 == 1 {
                    self.lastindex = (i / 2 + 1) as isize;
                }
                if i as isize > self.lastmark {
                    // Marks between the old highest and this one were never set.
                    let from = (self.lastmark + 1) as usize;
                    for m in &mut self.marks[from..i] {
                        *m = -1;
                    }
                    self.lastmark = i as isize;
                }
                self.marks[i] = cur as isize;
                *pattern += 1;
                Act::Dispatch
            }
            op::LITERAL => self.single(at_end || self.ch(cur) != self.c(p), pattern, ptr),
            op::NOT_LITERAL => self.single(at_end || self.ch(cur) == self.c(p), pattern, ptr),
            op::LITERAL_IGNORE => self.single(
                at_end || lower_ascii(self.ch(cur)) != self.c(p),
                pattern,
                ptr,
            ),
            op::NOT_LITERAL_IGNORE => self.single(
                at_end || lower_ascii(self.ch(cur)) == self.c(p),
                pattern,
                ptr,
            ),
            op::LITERAL_UNI_IGNORE => self.single(
                at_end || lower_unicode(self.ch(cur)) != self.c(p),
                pattern,
                ptr,
            ),
            op::NOT_LITERAL_UNI_IGNORE => self.single(
                at_end || lower_unicode(self.ch(cur)) == self.c(p),
                pattern,
                ptr,
            ),
            op::LITERAL_LOC_IGNORE => self.single(
                at_end || !char_loc_ignore(self.c(p), self.ch(cur)),
                pattern,
                ptr,
            ),
            op::NOT_LITERAL_LOC_IGNORE => self.single(
                at_end || char_loc_ignore(self.c(p), self.ch(cur)),
                pattern,
                ptr,
            ),
            op::CATEGORY => self.single(at_end || !category(self.c(p), self.ch(cur)), pattern, ptr),
            op::SUCCESS => {
                let ctx = self.ctxs[ci];
                if ctx.toplevel
                    && ((self.match_all && cur != end) || (self.must_advance && cur == self.start))
                {
                    Act::Fail
                } else {
                    self.ptr = cur;
                    Act::Succeed
                }
            }
            op::AT => {
                if !self.at(cur, self.c(p)) {
                    Act::Fail
                } else {
                    *pattern += 1;
                    Act::Dispatch
                }
            }
            op::ANY => {
                if at_end || is_linebreak(self.ch(cur)) {
                    Act::Fail
                } else {
                    *ptr += 1;
                    Act::Dispatch
                }
            }
            op::ANY_ALL => {
                if at_end {
                    Act::Fail
                } else {
                    *ptr += 1;
                    Act::Dispatch
                }
            }
            op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                let ok = !at_end && {
                    let ch = self.ch(cur);
                    match o {
                        op::IN => self.charset(p + 1, ch),
                        op::IN_IGNORE => self.charset(p + 1, lower_ascii(ch)),
                        op::IN_UNI_IGNORE => self.charset(p + 1, lower_unicode(ch)),
                        _ => self.charset_loc_ignore(p + 1, ch),
                    }
                };
                if !ok {
                    Act::Fail
                } else {
                    *pattern += self.c(p) as usize;
                    *ptr += 1;
                    Act::Dispatch
                }
            }
            op::JUMP | op::INFO => {
                *pattern += self.c(p) as usize;
                Act::Dispatch
            }
            op::BRANCH => {
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                self.lastmark_save(ci);
                if self.repeat.is_some() {
                    self.mark_push(self.ctxs[ci].lastmark);
                }
                Act::BranchTry
            }
            op::REPEAT_ONE => {
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                let min = self.c(p + 1) as usize;
                if min > end - cur {
                    return Ok(Act::Fail);
                }
                self.ptr = cur;
                let count = self.count(p + 3, self.c(p + 2))?;
                self.ctxs[ci].count = count as isize;
                *ptr += count;
                if count < min {
                    return Ok(Act::Fail);
                }
                let next = p + self.c(p) as usize;
                if self.c(next) == op::SUCCESS
                    && *ptr == end
                    && !(self.ctxs[ci].toplevel && self.must_advance && *ptr == self.start)
                {
                    // The tail is empty: done.
                    self.ptr = *ptr;
                    return Ok(Act::Succeed);
                }
                self.lastmark_save(ci);
                if self.repeat.is_some() {
                    self.mark_push(self.ctxs[ci].lastmark);
                }
                if self.c(next) == op::LITERAL {
                    // The tail starts with a literal: skip positions where it cannot match.
                    self.ctxs[ci].chr = self.c(next + 1);
                    Act::RepeatOneLit
                } else {
                    Act::RepeatOneGen
                }
            }
            op::MIN_REPEAT_ONE => {
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                let min = self.c(p + 1) as usize;
                if min > end - cur {
                    return Ok(Act::Fail);
                }
                self.ptr = cur;
                if min == 0 {
                    self.ctxs[ci].count = 0;
                } else {
                    let count = self.count(p + 3, min as u32)?;
                    if count < min {
                        return Ok(Act::Fail);
                    }
                    self.ctxs[ci].count = count as isize;
                    *ptr += count;
                }
                let next = p + self.c(p) as usize;
                let toplevel = self.ctxs[ci].toplevel;
                if self.c(next) == op::SUCCESS
                    && !(toplevel
                        && ((self.match_all && *ptr != end)
                            || (self.must_advance && *ptr == self.start)))
                {
                    self.ptr = *ptr;
                    Act::Succeed
                } else {
                    self.lastmark_save(ci);
                    if self.repeat.is_some() {
                        self.mark_push(self.ctxs[ci].lastmark);
                    }
                    Act::MinRepeatOneTry
                }
            }
            op::POSSESSIVE_REPEAT_ONE => {
                let min = self.c(p + 1) as usize;
                if min > end - cur {
                    return Ok(Act::Fail);
                }
                self.ptr = cur;
                let count = self.count(p + 3, self.c(p + 2))?;
                self.ctxs[ci].count = count as isize;
                *ptr += count;
                if count < min {
                    return Ok(Act::Fail);
                }
                *pattern += self.c(p) as usize;
                if self.c(*pattern) == op::SUCCESS
                    && *ptr == end
                    && !(self.ctxs[ci].toplevel && self.must_advance && *ptr == self.start)
                {
                    self.ptr = *ptr;
                    return Ok(Act::Succeed);
                }
                Act::Dispatch
            }
            op::REPEAT => {
                // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
                self.repeats.push(Repeat {
                    count: -1,
                    pattern: p,
                    last_ptr: -1,
                    prev: self.repeat,
                });
                let idx = self.repeats.len() - 1;
                self.ctxs[ci].rep = idx;
                self.repeat = Some(idx);
                self.ptr = cur;
                let tl = self.ctxs[ci].toplevel;
                let next = p + self.c(p) as usize;
                self.jump(Jump::Repeat, p, cur, next, tl, pattern)
            }
            op::MAX_UNTIL | op::MIN_UNTIL => {
                let Some(rep) = self.repeat else {
                    return Err(SreError::Internal);
                };
                self.ctxs[ci].rep = rep;
                self.ptr = cur;
                let count = self.repeats[rep].count + 1;
                self.ctxs[ci].count = count;
                let rp = self.repeats[rep].pattern;
                let tl = self.ctxs[ci].toplevel;
                if count < self.c(rp + 1) as isize {
                    // Not enough matches yet.
                    self.repeats[rep].count = count;
                    let j = if o == op::MAX_UNTIL {
                        Jump::MaxUntil1
                    } else {
                        Jump::MinUntil1
                    };
                    self.jump(j, p, cur, rp + 3, tl, pattern)
                } else if o == op::MAX_UNTIL {
                    Act::MaxUntilMore
                } else {
                    // See if the tail matches.
                    self.repeat = self.repeats[rep].prev;
                    self.lastmark_save(ci);
                    if self.repeat.is_some() {
                        self.mark_push(self.ctxs[ci].lastmark);
                    }
                    self.jump(Jump::MinUntil2, p, cur, p, tl, pattern)
                }
            }
            op::POSSESSIVE_REPEAT => {
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                self.ptr = cur;
                self.ctxs[ci].count = 0;
                Act::PossMin
            }
            op::ATOMIC_GROUP => {
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                self.ptr = cur;
                self.jump(Jump::AtomicGroup, p, cur, p + 1, false, pattern)
            }
            op::GROUPREF
            | op::GROUPREF_IGNORE
            | op::GROUPREF_UNI_IGNORE
            | op::GROUPREF_LOC_IGNORE => {
                let Some((mut a, b)) = self.groupref_span(self.c(p) as usize * 2) else {
                    return Ok(Act::Fail);
                };
                let fold: fn(u32) -> u32 = match o {
                    op::GROUPREF => |c| c,
                    op::GROUPREF_IGNORE => lower_ascii,
                    op::GROUPREF_UNI_IGNORE => lower_unicode,
                    _ => lower_locale,
                };
                while a < b {
                    if *ptr >= end || fold(self.ch(*ptr)) != fold(self.ch(a)) {
                        return Ok(Act::Fail);
                    }
                    a += 1;
                    *ptr += 1;
                }
                *pattern += 1;
                Act::Dispatch
            }
            op::GROUPREF_EXISTS => {
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                if self.groupref_span(self.c(p) as usize * 2).is_some() {
                    *pattern += 2;
                } else {
                    *pattern += self.c(p + 1) as usize;
                }
                Act::Dispatch
            }
            op::ASSERT => {
                // <ASSERT> <skip> <back> <pattern>
                let back = self.c(p + 1) as usize;
                if cur < back {
                    return Ok(Act::Fail);
                }
                self.ptr = cur - back;
                self.jump(Jump::Assert, p, cur, p + 2, false, pattern)
            }
            op::ASSERT_NOT => {
                let back = self.c(p + 1) as usize;
                if cur >= back {
                    self.ptr = cur - back;
                    self.lastmark_save(ci);
                    if self.repeat.is_some() {
                        self.mark_push(self.ctxs[ci].lastmark);
                    }
                    self.jump(Jump::AssertNot, p, cur, p + 2, false, pattern)
                } else {
                    *pattern += self.c(p) as usize;
                    Act::Dispatch
                }
            }
            op::FAILURE => Act::Fail,
            _ => return Err(SreError::Internal),
        })
    }

    /// A one-character test: fails if `fail`, else steps over the operand and the character.
    #[inline]
    fn single(&self, fail: bool, pattern: &mut usize, ptr: &mut usize) -> Act {
        if fail {
            Act::Fail
        } else {
            *pattern += 1;
            *ptr += 1;
            Act::Dispatch
        }
    }

    /// Continues the parent after a child context of kind `jump` finished with `ret`.
    fn resume(
        &mut self,
        jump: Jump,
        ret: bool,
        pattern: &mut usize,
        ptr: &mut usize,
        ci: usize,
    ) -> SreResult<Act> {
        let p = *pattern;
        let repeat = self.repeat.is_some();
        Ok(match jump {
            Jump::None => return Err(SreError::Internal),
            Jump::Branch => {
                if ret {
                    if repeat {
                        self.mark_pop_discard(self.ctxs[ci].lastmark);
                    }
                    Act::Succeed
                } else {
                    if repeat {
                        self.mark_pop_keep(self.ctxs[ci].lastmark);
                    }
                    self.lastmark_restore(ci);
                    *pattern += self.c(p) as usize;
                    Act::BranchTry
                }
            }
            Jump::RepeatOne1 | Jump::RepeatOne2 => {
                if ret {
                    if repeat {
                        self.mark_pop_discard(self.ctxs[ci].lastmark);
                    }
                    return Ok(Act::Succeed);
                }
                if repeat {
                    self.mark_pop_keep(self.ctxs[ci].lastmark);
                }
                self.lastmark_restore(ci);
                *ptr = ptr.wrapping_sub(1);
                self.ctxs[ci].count -= 1;
                if jump == Jump::RepeatOne1 {
                    Act::RepeatOneLit
                } else {
                    Act::RepeatOneGen
                }
            }
            Jump::MinRepeatOne => {
                if ret {
                    if repeat {
                        self.mark_pop_discard(self.ctxs[ci].lastmark);
                    }
                    return Ok(Act::Succeed);
                }
                if repeat {
                    self.mark_pop_keep(self.ctxs[ci].lastmark);
                }
                self.lastmark_restore(ci);
                self.ptr = *ptr;
                if self.count(p + 3, 1)? == 0 {
                    if self.repeat.is_some() {
                        self.mark_pop_discard(self.ctxs[ci].lastmark);
                    }
                    return Ok(Act::Fail);
                }
                *ptr += 1;
                self.ctxs[ci].count += 1;
                Act::MinRepeatOneTry
            }
            Jump::Repeat => {
                let rep = self.ctxs[ci].rep;
                self.repeat = self.repeats[rep].prev;
                self.repeats.truncate(rep);
                if ret {
                    Act::Succeed
                } else {
                    Act::Fail
                }
            }
            Jump::MaxUntil1 | Jump::MinUntil1 => {
                if ret {
                    return Ok(Act::Succeed);
                }
                let rep = self.ctxs[ci].rep;
                self.repeats[rep].count = self.ctxs[ci].count - 1;
                self.ptr = *ptr;
                Act::Fail
            }
            Jump::MaxUntil2 => {
                let rep = self.ctxs[ci].rep;
                self.repeats[rep].last_ptr = self.data.pop().unwrap_or(-1);
                if ret {
                    self.mark_pop_discard(self.ctxs[ci].lastmark);
                    return Ok(Act::Succeed);
                }
                self.mark_pop(self.ctxs[ci].lastmark);
                self.lastmark_restore(ci);
                self.repeats[rep].count = self.ctxs[ci].count - 1;
                self.ptr = *ptr;
                Act::MaxUntilTail
            }
            Jump::MaxUntil3 => {
                self.repeat = Some(self.ctxs[ci].rep);
                if ret {
                    return Ok(Act::Succeed);
                }
                self.ptr = *ptr;
                Act::Fail
            }
            Jump::MinUntil2 => {
                let repeat_of_tail = self.repeat.is_some();
                let rep = self.ctxs[ci].rep;
                self.repeat = Some(rep);
                if ret {
                    if repeat_of_tail {
                        self.mark_pop_discard(self.ctxs[ci].lastmark);
                    }
                    return Ok(Act::Succeed);
                }
                if repeat_of_tail {
                    self.mark_pop(self.ctxs[ci].lastmark);
                }
                self.lastmark_restore(ci);
                self.ptr = *ptr;
                let rp = self.repeats[rep].pattern;
                let max = self.c(rp + 2);
                let count = self.ctxs[ci].count;
                if (count >= max as isize && max != MAXREPEAT)
                    || self.ptr as isize == self.repeats[rep].last_ptr
                {
                    return Ok(Act::Fail);
                }
                self.repeats[rep].count = count;
                self.data.push(self.repeats[rep].last_ptr);
                self.repeats[rep].last_ptr = self.ptr as isize;
                let tl = self.ctxs[ci].toplevel;
                self.jump(Jump::MinUntil3, p, *ptr, rp + 3, tl, pattern)
            }
            Jump::MinUntil3 => {
                let rep = self.ctxs[ci].rep;
                self.repeats[rep].last_ptr = self.data.pop().unwrap_or(-1);
                if ret {
                    return Ok(Act::Succeed);
                }
                self.repeats[rep].count = self.ctxs[ci].count - 1;
                self.ptr = *ptr;
                Act::Fail
            }
            Jump::PossRepeat1 => {
                if ret {
                    self.ctxs[ci].count += 1;
                    Act::PossMin
                } else {
                    self.ptr = *ptr;
                    Act::Fail
                }
            }
            Jump::PossRepeat2 => {
                if ret {
                    self.mark_pop_discard(self.ctxs[ci].lastmark);
                    self.ctxs[ci].count += 1;
                    Act::PossMore
                } else {
                    self.mark_pop(self.ctxs[ci].lastmark);
                    self.lastmark_restore(ci);
                    self.ptr = *ptr;
                    Act::PossTail
                }
            }
            Jump::AtomicGroup => {
                if !ret {
                    self.ptr = *ptr;
                    return Ok(Act::Fail);
                }
                *pattern += self.c(p) as usize;
                *ptr = self.ptr;
                Act::Dispatch
            }
            Jump::Assert => {
                if !ret {
                    return Ok(Act::Fail);
                }
                *pattern += self.c(p) as usize;
                Act::Dispatch
            }
            Jump::AssertNot => {
                if ret {
                    if repeat {
                        self.mark_pop_discard(self.ctxs[ci].lastmark);
                    }
                    return Ok(Act::Fail);
                }
                if repeat {
                    self.mark_pop(self.ctxs[ci].lastmark);
                }
                self.lastmark_restore(ci);
                *pattern += self.c(p) as usize;
                Act::Dispatch
            }
        })
    }

    /// `SRE(search)`: finds the first match starting at or after `self.start`; on success
    /// `self.start`/`self.ptr` delimit it.
    pub fn search(&mut self) -> SreResult<bool> {
        let mut ptr = self.start;
        let mut end = self.end;
        if ptr > end {
            return Ok(false);
        }
        let mut pattern = 0;
        let mut flags = 0;
        let (mut prefix_len, mut prefix_skip, mut prefix) = (0usize, 0usize, 0usize);
        let mut charset = None;
        if self.c(0) == op::INFO {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = self.c(2);
            let min = self.c(3) as usize;
            if min != 0 && end - ptr < min {
                return Ok(false);
            }
            if min > 1 {
                // Leave at least one character so the literal search works.
                end -= min - 1;
                if end <= ptr {
                    end = ptr;
                }
            }
            if flags & INFO_PREFIX != 0 {
                // <length> <skip> <prefix data> <overlap data>
                prefix_len = self.c(5) as usize;
                prefix_skip = self.c(6) as usize;
                prefix = 7;
            } else if flags & INFO_CHARSET != 0 {
                charset = Some(5);
            }
            pattern = 1 + self.c(1) as usize;
        }
        let overlap = prefix + prefix_len.saturating_sub(1);

        if prefix_len == 1 {
            // The pattern starts with a literal character.
            let c = self.c(prefix);
            let end = self.end;
            self.must_advance = false;
            while ptr < end {
                while self.ch(ptr) != c {
                    ptr += 1;
                    if ptr >= end {
                        return Ok(false);
                    }
                }
                self.start = ptr;
                self.ptr = (ptr + prefix_skip).min(end);
                if flags & INFO_LITERAL != 0 {
                    return Ok(true);
                }
                if self.run(pattern + 2 * prefix_skip, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.lastmark = -1;
                self.lastindex = -1;
            }
            return Ok(false);
        }

        if prefix_len > 1 {
            // A known prefix: use the overlap table to skip forward.
            let end = self.end;
            if prefix_len > end - ptr {
                return Ok(false);
            }
            while ptr < end {
                let c = self.c(prefix);
                loop {
                    let ch = self.ch(ptr);
                    ptr += 1;
                    if ch == c {
                        break;
                    }
                    if ptr >= end {
                        return Ok(false);
                    }
                }
                if ptr >= end {
                    return Ok(false);
                }
                let mut i = 1;
                self.must_advance = false;
                loop {
                    if self.ch(ptr) == self.c(prefix + i) {
                        i += 1;
                        if i != prefix_len {
                            ptr += 1;
                            if ptr >= end {
                                return Ok(false);
                            }
                            continue;
                        }
                        // A potential match.
                        self.start = ptr + 1 - prefix_len;
                        self.ptr = (ptr + 1 + prefix_skip).saturating_sub(prefix_len);
                        if flags & INFO_LITERAL != 0 {
                            return Ok(true);
                        }
                        if self.run(pattern + 2 * prefix_skip, false)? {
                            return Ok(true);
                        }
                        // Close but no cigar: try again.
                        ptr += 1;
                        if ptr >= end {
                            return Ok(false);
                        }
                        self.lastmark = -1;
                        self.lastindex = -1;
                    }
                    i = self.c(overlap + i) as usize;
                    if i == 0 {
                        break;
                    }
                }
            }
            return Ok(false);
        }

        if let Some(cs) = charset {
            // The pattern starts with a character from a known set.
            let end = self.end;
            self.must_advance = false;
            loop {
                while ptr < end && !self.charset(cs, self.ch(ptr)) {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr;
                if self.run(pattern, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.lastmark = -1;
                self.lastindex = -1;
            }
        }

        // The general case.
        self.start = ptr;
        self.ptr = ptr;
        let mut status = self.run(pattern, true)?;
        self.must_advance = false;
        if !status
            && self.c(pattern) == op::AT
            && matches!(self.c(pattern + 1), at::BEGINNING | at::BEGINNING_STRING)
        {
            self.start = end;
            self.ptr = end;
            return Ok(false);
        }
        while !status && ptr < end {
            ptr += 1;
            self.lastmark = -1;
            self.lastindex = -1;
            self.start = ptr;
            self.ptr = ptr;
            status = self.run(pattern, false)?;
        }
        Ok(status)
    }
}
