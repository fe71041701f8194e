//! Reference answers from the `semver` crate as Debian ships it
//! (librust-semver-dev), for differential tests of ferry's Cargo version
//! requirements.  One answer line per input line:
//!
//!   cargo-oracle satisfies < pairs.tsv   REQ<TAB>VERSION -> yes | no | error
//!   cargo-oracle compare   < cmp.tsv     A<TAB>B         -> -1 | 0 | 1 | error
//!   cargo-oracle version   < vers.txt    V               -> normalized V | error
//!
//! "error" when the line has no tab (satisfies, compare), is not UTF-8, or
//! VersionReq::parse / Version::parse fails.  Fields are split at the first
//! tab and used as they are (not trimmed); only the '\n' ending a line is
//! removed.  compare is SemVer precedence: (major, minor, patch, pre), build
//! metadata ignored (semver's derived Ord would also compare build).
use semver::{Version, VersionReq};
use std::cmp::Ordering;
use std::io::{self, BufWriter, Read, Write};
use std::process;

#[derive(Clone, Copy)]
enum Mode {
    Satisfies,
    Compare,
    Version,
}

fn split_tab(line: &str) -> Option<(&str, &str)> {
    let tab = line.find('\t')?;
    Some((&line[..tab], &line[tab + 1..]))
}

fn precedence(a: &Version, b: &Version) -> Ordering {
    a.major
        .cmp(&b.major)
        .then(a.minor.cmp(&b.minor))
        .then(a.patch.cmp(&b.patch))
        .then_with(|| a.pre.cmp(&b.pre))
}

fn answer(mode: Mode, line: &[u8]) -> String {
    let line = match std::str::from_utf8(line) {
        Ok(s) => s,
        Err(_) => return "error".to_string(),
    };
    match mode {
        Mode::Satisfies => {
            let (r, v) = match split_tab(line) {
                Some(x) => x,
                None => return "error".to_string(),
            };
            match (VersionReq::parse(r), Version::parse(v)) {
                (Ok(req), Ok(ver)) => {
                    if req.matches(&ver) { "yes" } else { "no" }.to_string()
                }
                _ => "error".to_string(),
            }
        }
        Mode::Compare => {
            let (a, b) = match split_tab(line) {
                Some(x) => x,
                None => return "error".to_string(),
            };
            match (Version::parse(a), Version::parse(b)) {
                (Ok(a), Ok(b)) => match precedence(&a, &b) {
                    Ordering::Less => "-1",
                    Ordering::Equal => "0",
                    Ordering::Greater => "1",
                }
                .to_string(),
                _ => "error".to_string(),
            }
        }
        Mode::Version => match Version::parse(line) {
            Ok(v) => v.to_string(),
            Err(_) => "error".to_string(),
        },
    }
}

fn usage() -> ! {
    eprintln!("usage: cargo-oracle satisfies|compare|version < LINES");
    process::exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 2 {
        usage();
    }
    let mode = match args[1].as_str() {
        "satisfies" => Mode::Satisfies,
        "compare" => Mode::Compare,
        "version" => Mode::Version,
        _ => usage(),
    };
    let mut input = Vec::new();
    if let Err(e) = io::stdin().lock().read_to_end(&mut input) {
        eprintln!("cargo-oracle: reading stdin: {}", e);
        process::exit(1);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // Lines end at '\n'; a last line without one still gets an answer.
    let body = input.strip_suffix(b"\n").unwrap_or(&input);
    let mut result = Ok(());
    if !input.is_empty() {
        for line in body.split(|&b| b == b'\n') {
            result = writeln!(out, "{}", answer(mode, line));
            if result.is_err() {
                break;
            }
        }
    }
    if let Err(e) = result.and_then(|_| out.flush()) {
        eprintln!("cargo-oracle: writing stdout: {}", e);
        process::exit(1);
    }
}
