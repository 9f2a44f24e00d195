//! `pyjit`: the command line.
//!
//! Follows `python3`'s habits: `pyjit run FILE [ARGS...]` runs a script (everything after FILE
//! belongs to the program's `sys.argv`), `pyjit -c CODE` runs a string, `pyjit -m MODULE` a
//! module found on `sys.path`, `pyjit -` the program on standard input; `pyjit` alone starts
//! the interactive prompt on a terminal and otherwise runs standard input. Tiering options are
//! global, so they may come before or after the subcommand.

mod line_editor;

use std::io::IsTerminal;

use clap::{Args, CommandFactory, Parser, Subcommand};
use pyjit_jit::Report;
use pyjit_runtime::{Options, Program};

#[derive(Parser)]
#[command(
    name = "pyjit",
    version,
    about = "A method JIT compiler for Python, on Cranelift"
)]
struct Cli {
    #[command(flatten)]
    tier: TierArgs,

    /// Run the program passed in as a string (like `python3 -c`); later arguments become
    /// sys.argv[1:]
    #[arg(short = 'c', value_name = "CODE", num_args = 1.., allow_hyphen_values = true)]
    code: Option<Vec<String>>,

    /// Run a module found on sys.path as __main__ (like `python3 -m`); later arguments become
    /// sys.argv[1:]
    #[arg(short = 'm', value_name = "MODULE", num_args = 1.., allow_hyphen_values = true,
          conflicts_with = "code")]
    module: Option<Vec<String>>,

    /// `-`: read the program from standard input; later arguments become sys.argv[1:]
    #[arg(value_name = "-", num_args = 0.., trailing_var_arg = true, allow_hyphen_values = true)]
    stdin: Vec<String>,

    /// Also compile every entry for this ISA without running it, and report at exit (the
    /// test suite's cross-ISA check)
    #[arg(long, global = true, value_name = "ISA", hide = true)]
    check_isa: Option<String>,

    /// Leave out of the views what changes from run to run (times, addresses), for tests
    #[arg(long, global = true, hide = true)]
    stable: bool,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Args, Clone, Copy)]
struct TierArgs {
    /// Run in the interpreter only; never compile
    #[arg(long, global = true)]
    no_jit: bool,

    /// Calls or loop iterations before a function is compiled
    #[arg(long, global = true, value_name = "N", default_value_t = Options::default().threshold)]
    threshold: u64,

    /// JIT optimisation level: 0 (no specialisation), 1 (guards and unboxing), 2 (+ inlining)
    #[arg(long, global = true, value_name = "LEVEL", default_value_t = 1,
          value_parser = clap::value_parser!(u8).range(0..=2))]
    opt_level: u8,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python program
    Run {
        /// At exit, print to stderr what the JIT compiled, which guards failed and what it
        /// cost (`--stats=json` for tools)
        #[arg(long, value_name = "FORMAT", num_args = 0..=1, require_equals = true,
              default_missing_value = "text", value_parser = ["text", "json"])]
        stats: Option<String>,
        /// The Python file to run
        file: String,
        /// Arguments passed to the program as sys.argv[1:]
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run a Python program, then show the compiled code of one function (every compiled
    /// version): its bytecode with the types seen, pyjit's IR, the Cranelift IR and the
    /// machine code
    Graph {
        /// Show only this stage (repeatable; all by default)
        #[arg(long, value_name = "STAGE", value_parser = graph_stages())]
        stage: Vec<String>,
        /// `text`, or `dot` for Graphviz control-flow graphs of the bytecode and the IR
        #[arg(long, value_name = "FORMAT", default_value = "text",
              value_parser = ["text", "dot"])]
        format: String,
        /// Show the Cranelift IR and machine code for this ISA (x86_64 or aarch64) instead of
        /// the host's
        #[arg(long, value_name = "ISA")]
        isa: Option<String>,
        /// The Python file to run
        file: String,
        /// The function (`name`, `Class.method` or `module.name`)
        func: String,
        /// Arguments passed to the program as sys.argv[1:]
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run a Python program, then print its source with each line marked by what the JIT did
    /// with it, and the costliest generic or deoptimising sites
    Explain {
        /// Also write the marked source as a standalone HTML page
        #[arg(long, value_name = "OUT.html")]
        html: Option<String>,
        /// The Python file to run
        file: String,
        /// Arguments passed to the program as sys.argv[1:]
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn graph_stages() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(pyjit_jit::graph::STAGES)
}

/// Exits with a usage error.
fn usage_error(message: &str) -> ! {
    Cli::command()
        .error(clap::error::ErrorKind::ArgumentConflict, message)
        .exit()
}

fn main() {
    let cli = Cli::parse();
    let options = Options {
        jit: !cli.tier.no_jit,
        threshold: cli.tier.threshold,
        opt_level: cli.tier.opt_level,
    };
    if cli.command.is_some() && (cli.code.is_some() || cli.module.is_some()) {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "-c and -m cannot be combined with a subcommand",
            )
            .exit();
    }
    if cli.tier.no_jit
        && matches!(
            cli.command,
            Some(Command::Explain { .. } | Command::Graph { .. })
        )
    {
        usage_error("`pyjit graph` and `pyjit explain` show what the JIT did: not with --no-jit");
    }
    if !cli.stdin.is_empty()
        && (cli.command.is_some()
            || cli.code.is_some()
            || cli.module.is_some()
            || cli.stdin[0] != "-")
    {
        Cli::command()
            .error(
                clap::error::ErrorKind::UnknownArgument,
                format!(
                    "unexpected argument '{}' (run a file with `pyjit run FILE`)",
                    cli.stdin[0]
                ),
            )
            .exit();
    }
    let check_isa = cli.check_isa.clone();
    let stable = cli.stable;
    let tier = |mut report: Report| {
        report.check_isa = check_isa.clone();
        report.stable = stable;
        Some(pyjit_jit::factory(report))
    };
    let status = match (cli.command, cli.code) {
        (None, None) if cli.module.is_some() => {
            let mut module = cli.module.unwrap_or_default();
            let args = module.split_off(1);
            let program = Program::Module(module.remove(0));
            pyjit_runtime::run(program, args, options, tier(Report::default()))
        }
        (Some(Command::Run { file, args, stats }), _) => {
            let report = Report {
                stats: stats.is_some(),
                stats_json: stats.as_deref() == Some("json"),
                ..Report::default()
            };
            let status = pyjit_runtime::run(Program::File(file), args, options, tier(report));
            if stats.is_some() && !options.jit {
                eprintln!("pyjit stats: nothing compiled (--no-jit)");
            }
            status
        }
        (
            Some(Command::Graph {
                file,
                func,
                args,
                isa,
                stage,
                format,
            }),
            _,
        ) => {
            let dot = format == "dot";
            if dot && stage.iter().any(|s| s == "clif" || s == "asm") {
                usage_error(
                    "--format dot draws the bytecode and IR graphs: use --stage bytecode or ir",
                );
            }
            let stages = if dot && stage.is_empty() {
                vec!["bytecode".to_string(), "ir".to_string()]
            } else {
                stage
            };
            let report = Report {
                graph: Some(func),
                graph_isa: isa,
                graph_stages: stages,
                graph_dot: dot,
                ..Report::default()
            };
            pyjit_runtime::run(Program::File(file), args, options, tier(report))
        }
        (Some(Command::Explain { file, args, html }), _) => {
            let color = std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let report = Report {
                explain: Some(pyjit_jit::explain::Request { color, html }),
                ..Report::default()
            };
            pyjit_runtime::run(Program::File(file), args, options, tier(report))
        }
        (None, Some(mut code)) => {
            let args = code.split_off(1);
            let program = Program::Code(code.remove(0));
            pyjit_runtime::run(program, args, options, tier(Report::default()))
        }
        (None, None) => {
            let (program, args) = if let Some((_, args)) = cli.stdin.split_first() {
                (Program::Stdin { dash: true }, args.to_vec())
            } else if std::io::stdin().is_terminal() {
                (Program::Interactive(line_editor::factory()), Vec::new())
            } else {
                (Program::Stdin { dash: false }, Vec::new())
            };
            pyjit_runtime::run(program, args, options, tier(Report::default()))
        }
    };
    std::process::exit(status);
}
