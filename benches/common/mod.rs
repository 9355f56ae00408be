//! Helpers shared by the benchmarks: settings from the environment, medians, and formatting
//! of the figures they print.

// Each bench compiles this module on its own and uses a subset of it.
#![allow(dead_code)]

pub mod namespace_rows;
pub mod python;

use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

pub fn env_number(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(text) => text
            .trim()
            .replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("{name}={text:?} is not a number")),
        Err(_) => default,
    }
}

pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    let mid = times.len() / 2;
    if times.len() % 2 == 0 {
        (times[mid - 1] + times[mid]) / 2
    } else {
        times[mid]
    }
}

/// CPU model and count, as /proc/cpuinfo and nproc give them.
pub fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name")?.split_once(':'))
        .map_or("unknown CPU".to_string(), |(_, m)| m.trim().to_string());
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{model}, {cpus} CPUs")
}

/// Today's date (UTC), from `date`: not worth a dependency.
pub fn today() -> String {
    Command::new("date")
        .args(["-u", "+%Y-%m-%d"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "unknown date".to_string())
}

/// 1234567 -> "1,234,567".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

pub fn millis(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Returns freed heap memory to the operating system, so that a child spawned next does not
/// count this process's old peak in its own peak RSS.
pub fn release_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of the allocator; it has no preconditions.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// This process's peak RSS so far (VmHWM), in bytes. A child's peak RSS (ru_maxrss) cannot be
/// below this process's resident memory when it spawned the child, so print it next to children's
/// figures. Not getrusage(RUSAGE_SELF), whose maximum includes cargo's memory from before the
/// exec that started this process.
pub fn own_peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kib| kib * 1024)
}

/// "met" or "MISSED", for a target.
pub fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "MISSED"
    }
}

/// One child run to completion, measured on its own.
pub struct Measured {
    pub elapsed: Duration,
    /// The child's own peak RSS in bytes (ru_maxrss from wait4).
    pub peak_rss: u64,
    /// Whether it exited with status 0.
    pub success: bool,
    /// The raw wait status, for messages.
    pub wait_status: i32,
}

/// Spawns `cmd` (its stdio as set on it) and waits for it with wait4, which gives this child's
/// own rusage; getrusage(RUSAGE_CHILDREN) would give the maximum over every child waited for so
/// far. Keep this process small before calling it: see `own_peak_rss`.
pub fn spawn_measured(cmd: &mut Command) -> Measured {
    spawn_measured_cpu(cmd).run
}

/// `Measured`, with the child's CPU time: what is left of the wall time once user and system
/// time are taken out was spent waiting (for the disk, mostly).
pub struct MeasuredCpu {
    pub run: Measured,
    /// ru_utime and ru_stime from wait4.
    pub user: Duration,
    pub system: Duration,
}

impl MeasuredCpu {
    /// The exit code, when the child exited rather than being killed.
    pub fn exit_code(&self) -> Option<i32> {
        let status = self.run.wait_status;
        libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status))
    }

    /// Wall time not spent on a CPU.
    pub fn waiting(&self) -> Duration {
        self.run.elapsed.saturating_sub(self.user + self.system)
    }
}

/// `spawn_measured`, also returning the child's own user and system CPU time (one wait4 does
/// both). Keep this process small before calling it: see `own_peak_rss`.
// The child is reaped by wait4 rather than Child::wait, which clippy cannot see.
#[allow(clippy::zombie_processes)]
pub fn spawn_measured_cpu(cmd: &mut Command) -> MeasuredCpu {
    let start = std::time::Instant::now();
    let child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {:?}: {e}", cmd.get_program()));
    let mut status = 0;
    // SAFETY: rusage is plain old data, for which all-zero bytes are valid.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: `pid` is our unwaited child; `status` and `usage` are valid for writes.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    assert_eq!(
        waited,
        pid,
        "wait4 failed: {}",
        std::io::Error::last_os_error()
    );
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    MeasuredCpu {
        run: Measured {
            elapsed,
            // Linux reports ru_maxrss in KiB.
            peak_rss: usage.ru_maxrss as u64 * 1024,
            success: libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
            wait_status: status,
        },
        user: time(usage.ru_utime),
        system: time(usage.ru_stime),
    }
}

pub fn parse(stdout: &[u8]) -> Value {
    serde_json::from_slice(stdout).unwrap_or_else(|e| {
        panic!(
            "storectl printed no JSON ({e}): {}",
            String::from_utf8_lossy(stdout)
        )
    })
}

/// Runs `cmd` to completion with its output captured; returns its stdout.
pub fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().expect("cannot run storectl");
    assert!(
        out.status.success(),
        "{:?} failed: {}",
        cmd.get_args().collect::<Vec<_>>(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The wall time of `cmd`, its stdout captured and discarded.
pub fn timed(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let out = cmd.output();
    let elapsed = start.elapsed();
    assert!(
        out.expect("cannot run storectl").status.success(),
        "{:?} failed",
        cmd.get_args().collect::<Vec<_>>()
    );
    elapsed
}

/// One row of the README's Performance table (figure | storectl | reference | ratio): printed,
/// and appended to the file `STORECTL_BENCH_TABLE` names, from which `benches/readme.sh` builds
/// the README section.
pub fn table_row(figure: &str, storectl: &str, reference: &str, ratio: &str) {
    let row = format!("| {figure} | {storectl} | {reference} | {ratio} |");
    println!("{row}");
    if let Some(path) = std::env::var_os("STORECTL_BENCH_TABLE") {
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .unwrap_or_else(|e| panic!("STORECTL_BENCH_TABLE {path:?}: {e}"));
        writeln!(file, "{row}").expect("write a table row");
    }
}

/// A ratio as the table shows it.
pub fn ratio(value: f64, reference: f64) -> String {
    format!("{:.2}", value / reference)
}
