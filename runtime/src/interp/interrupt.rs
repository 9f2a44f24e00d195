//! Ctrl-C. As in CPython, the SIGINT handler only records that the signal came; running code
//! notices at its next check and raises `KeyboardInterrupt` there, so Python code can catch
//! it. The interpreter checks at loop back-edges (`Instr::Jump` backwards), compiled code at
//! its back-edges too (the JIT reads [`INTERRUPTED`] at its fixed address and leaves compiled
//! code, resuming the interpreter at the backward jump, which raises), and blocking waits such
//! as `time.sleep` poll it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;
use std::time::{Duration, Instant};

use crate::object::exc_types;
use crate::object::exception::PyErr;
use crate::PyResult;

/// Set by the SIGINT handler, cleared when `KeyboardInterrupt` is raised. An atomic so that
/// the handler may set it and compiled code can load it from a fixed address.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Installs the SIGINT handler (once per process).
pub fn install_handler() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Failing to install it only means Ctrl-C kills the process, as it would anyway.
        let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, &INTERRUPTED);
    });
}

/// Whether a Ctrl-C waits to be raised (cheap: one load).
#[inline(always)]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Forgets a pending Ctrl-C (the interactive prompt, which handles Ctrl-C itself).
pub fn clear() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

/// Raises `KeyboardInterrupt` if a Ctrl-C came since the last check.
#[inline]
pub fn check() -> PyResult<()> {
    if pending() {
        clear();
        return Err(PyErr::with_args(&exc_types().keyboard_interrupt, vec![]));
    }
    Ok(())
}

/// Sleeps for `d`, raising `KeyboardInterrupt` as soon as a Ctrl-C comes (the handler restarts
/// interrupted system calls, so the sleep polls the flag in short slices).
pub fn sleep(d: Duration) -> PyResult<()> {
    const SLICE: Duration = Duration::from_millis(10);
    let end = Instant::now() + d;
    loop {
        check()?;
        let now = Instant::now();
        if now >= end {
            return Ok(());
        }
        std::thread::sleep((end - now).min(SLICE));
    }
}
