//! The `time` module: wall clock, monotonic and CPU clocks, `sleep`, and (in Python, from
//! `time_prelude.py` and `time_strptime.py`) `struct_time` and the calendar functions over the
//! local zone of `localzone`.
//!
//! Clocks as CPython 3.11 reads them on Linux: `time` is the real-time clock, `monotonic` and
//! `perf_counter` one monotonic clock, `process_time` and `thread_time` the CPU time of the
//! process and of the calling thread (read from `/proc`, since the standard library has no
//! CPU clocks). Each has a `_ns` variant returning integer nanoseconds.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use num_traits::ToPrimitive;

use crate::builtins::add_module_function;
use crate::builtins::number::index_value;
use crate::interp::Vm;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::{module_dict, new_module, new_str, new_tuple, type_name, Obj, Payload};
use crate::value::Value;
use crate::PyResult;

/// Checks that a clock function got no arguments.
fn no_args(args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "time.{name}() takes no keyword arguments"
        )));
    }
    if !args.values.is_empty() {
        return Err(type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.values.len()
        )));
    }
    Ok(())
}

/// Nanoseconds since the Unix epoch (negative before it).
fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Nanoseconds on the monotonic clock, counted from the first reading.
fn monotonic_ns() -> u128 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos()
}

/// Linux reports CPU times in `/proc/.../stat` in clock ticks of 1/100 s (`USER_HZ`).
const TICK_NS: u128 = 10_000_000;

/// CPU time (user + system) of the whole process, in nanoseconds.
fn process_ns() -> u128 {
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
            let after = s.rsplit_once(')')?.1;
            let mut fields = after.split_whitespace().skip(11);
            let user: u128 = fields.next()?.parse().ok()?;
            let system: u128 = fields.next()?.parse().ok()?;
            Some(user + system)
        });
    ticks.unwrap_or(0) * TICK_NS
}

/// CPU time of the calling thread, in nanoseconds (the scheduler's exact run time).
fn thread_ns() -> u128 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn secs(ns: u128) -> Value {
    Value::Float(ns as f64 / 1e9)
}

fn int_ns(ns: i128) -> Value {
    Value::from_bigint(ns.into())
}

fn time(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "time")?;
    Ok(Value::Float(wall_ns() as f64 / 1e9))
}

fn time_ns(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "time_ns")?;
    Ok(int_ns(wall_ns()))
}

fn perf_counter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "perf_counter")?;
    Ok(secs(monotonic_ns()))
}

fn perf_counter_ns(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "perf_counter_ns")?;
    Ok(int_ns(monotonic_ns() as i128))
}

fn monotonic(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "monotonic")?;
    Ok(secs(monotonic_ns()))
}

fn monotonic_ns_fn(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "monotonic_ns")?;
    Ok(int_ns(monotonic_ns() as i128))
}

fn process_time(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "process_time")?;
    Ok(secs(process_ns()))
}

fn process_time_ns(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "process_time_ns")?;
    Ok(int_ns(process_ns() as i128))
}

fn thread_time(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "thread_time")?;
    Ok(secs(thread_ns()))
}

fn thread_time_ns(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "thread_time_ns")?;
    Ok(int_ns(thread_ns() as i128))
}

/// A duration in seconds as CPython's `_PyTime_FromSecondsObject` reads it: a float, or an
/// integer (`__index__`), in nanoseconds that must fit an i64.
fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    // i64::MAX nanoseconds, rounded to a double (2**63) as in the C comparison.
    const MAX_NS: f64 = i64::MAX as f64;
    if let Value::Float(f) = v {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let ns = f * 1e9;
        if !(-MAX_NS..MAX_NS).contains(&ns) {
            return Err(overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(*f);
    }
    let Some(n) = index_value(vm, v)? else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )));
    };
    let too_large = || overflow_error("timestamp too large to convert to C _PyTime_t");
    let n = n.to_i64().ok_or_else(too_large)?;
    n.checked_mul(1_000_000_000).ok_or_else(too_large)?;
    Ok(n as f64)
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("time.sleep() takes no keyword arguments"));
    }
    if args.values.len() != 1 {
        return Err(type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.values.len()
        )));
    }
    let secs = seconds_arg(vm, &args.values[0])?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    crate::interp::interrupt::sleep(Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}

/// `_localtype(secs)`: the local zone at an instant, as (gmtoff, isdst, abbreviation).
fn localtype(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("_localtype", &args, 1, 1)?;
    let t = index_value(vm, &args.values[0])?
        .and_then(|n| n.to_i64())
        .ok_or_else(|| overflow_error("timestamp out of range for platform time_t"))?;
    let lt = super::localzone::local_type(t);
    Ok(new_tuple(vec![
        Value::Int(lt.gmtoff),
        Value::Bool(lt.isdst),
        new_str(lt.abbrev),
    ]))
}

/// The calendar functions and `struct_time`, in Python (see the file's header).
const PRELUDE: &str = include_str!("time_prelude.py");

/// `strptime`'s parser, compiled on its first use.
const STRPTIME: &str = include_str!("time_strptime.py");

/// `_load_strptime(namespace)`: defines `_strptime` in the `time` module's namespace, once.
fn load_strptime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("_load_strptime", &args, 1, 1)?;
    let Some(Payload::Dict(_)) = args.values[0].payload() else {
        return Err(type_error("_load_strptime() needs the module's namespace"));
    };
    let ns = args.values[0].as_obj().expect("a dict").clone();
    if crate::builtins::dict::get_by_str(&ns, "_strptime").is_none() {
        crate::run_prelude(vm, "time", STRPTIME, &ns);
    }
    Ok(Value::None)
}

pub fn create(vm: &mut Vm) -> Obj {
    let m = new_module("time");
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns_fn),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("sleep", sleep),
        ("_localtype", localtype),
        ("_load_strptime", load_strptime),
    ];
    for (name, f) in fns {
        add_module_function(&m, name, *f);
    }
    crate::run_prelude(vm, "time", PRELUDE, &module_dict(&m));
    m
}
