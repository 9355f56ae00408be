//! End-to-end benchmark of the MoinMoin 1.9 migration and export, run as a user would: whole
//! `storectl` processes on a synthetic data dir.
//!
//! `cargo bench --bench moin16`:
//! - generates a data dir with `gen_synth_moin19.py DIR 20000 5` (20,000 pages of 5 revisions,
//!   about 230 MB in 140,000 files) and counts in it what a migration must import: page
//!   directories with a `current` file, revision files, deleted pages;
//! - reads the tree with `tar -C DIR -cf - . | cat > /dev/null` twice, the second time with a
//!   warm cache: the reference;
//! - `migrate moin16 DIR` into a store made by `init`, right after the warm tar, so with the
//!   tree in the page cache too: its wall time (target: at most 5x the warm tar) and peak RSS
//!   (target: under 100 MB), and its report's counts checked against the tree;
//! - `cp -r DIR COPY`, the reference, and `export moin16 OUT` of that store (target: at most 2x
//!   the cp), in the order cp, export, export, cp, each after a `sync`, and every figure the
//!   mean of its runs: the speed of creating files drifts (see below), and this way the drift
//!   hits both alike. Each export is counted like the source, and the files of one page in
//!   SAMPLE_EVERY compared byte for byte with the source.
//!
//! On ext4 without a journal (as on the machine this was written on), creating files soon after
//! many were removed is several times slower, for minutes: the inode allocator skips recently
//! freed inodes. So nothing is removed until the end, and a run right after another (whose temp
//! dir of about a million files was just removed) gets slower `cp` and `export` figures: wait a
//! few minutes between runs. The CPU times printed next to each figure show it (system time).
//!
//! Each storectl run has STORECTL_ACL_ENFORCE=false and nothing from the user's environment or
//! config. STORECTL_BENCH_PAGES (default 20,000) shrinks it for a quick run; STORECTL_BENCH_RUNS
//! (default 1) repeats the tar + migrate rounds and the cp, export, export, cp rounds.
//! STORECTL_BENCH_GENERATOR names the generator script if it is not at GENERATOR. The output
//! ends with a block that can be pasted into a README; the bench exits non-zero after printing
//! it when a correctness check failed.

mod common;

use common::{
    env_number, machine, mib, own_peak_rss, parse, release_memory, spawn_measured_cpu, table_row,
    thousands, today, verdict, MeasuredCpu,
};

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
const GENERATOR: &str = "/work/shared/tools/gen_synth_moin19.py";
/// Revisions per generated page.
const REVISIONS: u64 = 5;
const STORE: &str = "store.db";
const MB: u64 = 1_000_000;
const TARGET_MIGRATE_RATIO: f64 = 5.0;
const TARGET_MIGRATE_RSS: u64 = 100 * MB;
const TARGET_EXPORT_RATIO: f64 = 2.0;
/// The files of every SAMPLE_EVERYth page (by directory name) are compared byte for byte.
const SAMPLE_EVERY: u64 = 500;

fn main() {
    let pages = env_number("STORECTL_BENCH_PAGES", 20_000).max(1);
    let runs = env_number("STORECTL_BENCH_RUNS", 1).max(1) as usize;
    let generator = std::env::var("STORECTL_BENCH_GENERATOR").unwrap_or(GENERATOR.to_string());
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    let bench = Bench::new(dir.path());
    let data = bench.path("data");

    // The data dir, written by the generator and counted here; nothing of it is kept but the
    // counts and a few hundred sample paths, so that this process stays small when it spawns
    // the measured commands (see `own_peak_rss`).
    eprintln!("generating {pages} pages x {REVISIONS} revisions...");
    let start = Instant::now();
    run(Command::new("python3")
        .arg(&generator)
        .arg(&data)
        .arg(pages.to_string())
        .arg(REVISIONS.to_string()));
    let generated = start.elapsed();
    // The generator's writeback is not left to slow down what is measured next.
    sync();
    let tree = Tree::count(&data, true);
    assert!(tree.pages > 0, "the generator wrote no pages");
    release_memory();

    // 1. tar, once to warm the cache, then tar and migrate in each round.
    eprintln!("reading the tree with tar, migrating, {runs} round(s)...");
    let tar_first = bench.tar(&data);
    let mut tar = Timing::default();
    let mut migrate = Timing::default();
    let mut migrate_exits = Vec::new();
    let mut report = Value::Null;
    let floor_rss = own_peak_rss();
    for _ in 0..runs {
        tar.add(&bench.tar(&data));
        let (m, r) = bench.migrate(&data);
        migrate.add(&m);
        migrate_exits.push(m.exit_code());
        report = r;
    }
    let store_bytes = bench.store_bytes();

    // 2. cp -r and export, each after a sync, in the order cp, export, export, cp in each round,
    // so that a drift of the file system's speed over the run hits both alike. Nothing is
    // removed until the end: on ext4 without a journal, creating files soon after many were
    // removed is several times slower (the inode allocator skips recently freed inodes).
    eprintln!("cp -r and export moin16, {runs} round(s) of cp, export, export, cp...");
    let mut cp = Timing::default();
    let mut export = Timing::default();
    let mut exports = Vec::new();
    for _ in 0..runs {
        for command in ["cp", "export", "export", "cp"] {
            sync();
            if command == "cp" {
                let copy = bench.path(&format!("copy-{}", cp.runs + 1));
                cp.add(&bench.cp(&data, &copy));
            } else {
                let out = bench.path(&format!("export-{}", export.runs + 1));
                let (e, r) = bench.export(&out);
                export.add(&e);
                exports.push((out, r));
            }
        }
    }

    // 3. What was migrated and exported, against the tree.
    eprintln!("checking...");
    let mut checks = Checks::default();
    checks.equal(
        "report pages.imported",
        &report["pages"]["imported"],
        tree.pages,
        "page dirs with current",
    );
    checks.equal(
        "revisions.imported",
        &report["revisions"]["imported"],
        tree.revision_files,
        "revision files",
    );
    checks.equal(
        "revisions.deleted",
        &report["revisions"]["deleted"],
        tree.deleted,
        "pages whose current has no file",
    );
    let skipped = report["skipped"].as_array().map_or(0, Vec::len);
    let exits: Vec<String> = migrate_exits
        .iter()
        .map(|c| c.map_or("by a signal".to_string(), |c| c.to_string()))
        .collect();
    checks.check(
        format!("{skipped} skipped, exit {}", exits.join(", ")),
        skipped == 0 && migrate_exits.iter().all(|&c| c == Some(0)),
    );
    for (out, export_report) in &exports {
        let exported = Tree::count(out, false);
        let differing = tree
            .sample
            .iter()
            .filter(|rel| fs::read(data.join(rel)).ok() != fs::read(out.join(rel)).ok())
            .count();
        let label = out
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        checks.equal(
            &format!("{label}: report revisions"),
            &export_report["revisions"],
            tree.revision_files,
            "revision files",
        );
        checks.check(
            format!(
                "{label} dir: {} page dirs with current, {} revision files, {} of {} sampled \
                 files (current and revisions of 1 page in {SAMPLE_EVERY}) byte-identical",
                thousands(exported.pages),
                thousands(exported.revision_files),
                tree.sample.len() - differing,
                tree.sample.len(),
            ),
            exported.pages == tree.pages
                && exported.revision_files == tree.revision_files
                && exported.deleted == tree.deleted
                && differing == 0
                && !tree.sample.is_empty(),
        );
    }

    let migrate_ratio = ratio(migrate.elapsed(), tar.elapsed());
    let export_ratio = ratio(export.elapsed(), cp.elapsed());
    println!();
    println!("Machine: {}; date: {}", machine(), today());
    println!(
        "(STORECTL_ACL_ENFORCE=false, a pure admin store; MB = 10^6 bytes; whole processes timed \
         from spawn to exit, CPU times from wait4; {})",
        if runs == 1 {
            "one run of each command, cp and export: the mean of 2".to_string()
        } else {
            format!(
                "the mean of {runs} runs of each command, cp and export: of {}",
                2 * runs
            )
        }
    );
    println!(
        "data dir: {} pages x {REVISIONS} revisions from gen_synth_moin19.py (generated in {}): \
         {} files, {} in files",
        thousands(tree.pages),
        secs(generated),
        thousands(tree.files),
        mb(tree.bytes),
    );
    println!(
        "reference: tar -C DIR -cf - . | cat > /dev/null: {} the first time (just after the \
         generator and a sync), {} warm ({})",
        secs(tar_first.run.elapsed),
        secs(tar.elapsed()),
        tar.cpu(),
    );
    table_row(
        &format!(
            "`migrate moin16` of a synthetic wiki (`gen_synth_moin19.py DIR {} {REVISIONS}`: {}, {} files), warm cache",
            tree.pages,
            mb(tree.bytes),
            thousands(tree.files)
        ),
        &format!(
            "{} ({}); peak RSS {} (target < {} MB: {}); store {}",
            secs(migrate.elapsed()),
            migrate.cpu(),
            mb(migrate.peak_rss),
            TARGET_MIGRATE_RSS / MB,
            verdict(migrate.peak_rss < TARGET_MIGRATE_RSS),
            mb(store_bytes),
        ),
        &format!(
            "`tar -C DIR -cf - . \\| cat > /dev/null`, warm: {}",
            secs(tar.elapsed())
        ),
        &format!(
            "{migrate_ratio:.2}× (target ≤ {TARGET_MIGRATE_RATIO}×: {})",
            verdict(migrate_ratio <= TARGET_MIGRATE_RATIO)
        ),
    );
    table_row(
        "`export moin16` of that store, after a sync",
        &format!(
            "{} ({}); peak RSS {}",
            secs(export.elapsed()),
            export.cpu(),
            mb(export.peak_rss)
        ),
        &format!(
            "`cp -r DIR COPY`, after a sync: {} ({})",
            secs(cp.elapsed()),
            cp.cpu()
        ),
        &format!(
            "{export_ratio:.2}× (target ≤ {TARGET_EXPORT_RATIO}×: {})",
            verdict(export_ratio <= TARGET_EXPORT_RATIO)
        ),
    );
    println!("checks: {}", checks.lines.join("; "));
    println!(
        "(this bench process's own peak RSS (VmHWM) when it spawned the migration, a floor under \
         the child's: {})",
        mib(floor_rss),
    );
    assert!(
        checks.passed,
        "a correctness check failed: see the checks line"
    );
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / MB as f64)
}

fn secs(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-9)
}

/// The runs of one command: mean times, largest peak RSS.
#[derive(Default)]
struct Timing {
    runs: u32,
    /// Every run's wall time, in order.
    each: Vec<Duration>,
    elapsed: Duration,
    user: Duration,
    system: Duration,
    peak_rss: u64,
}

impl Timing {
    fn add(&mut self, m: &MeasuredCpu) {
        self.runs += 1;
        self.each.push(m.run.elapsed);
        self.elapsed += m.run.elapsed;
        self.user += m.user;
        self.system += m.system;
        self.peak_rss = self.peak_rss.max(m.run.peak_rss);
    }

    fn elapsed(&self) -> Duration {
        self.elapsed / self.runs.max(1)
    }

    /// "user 2.400 s, sys 1.800 s, waiting 1.900 s", after "runs 3.100 s, 3.300 s; " when there
    /// were several: what was not spent on a CPU was spent waiting, for the disk mostly.
    fn cpu(&self) -> String {
        let n = self.runs.max(1);
        let (user, system) = (self.user / n, self.system / n);
        let each = if self.each.len() > 1 {
            let times: Vec<String> = self.each.iter().map(|&d| secs(d)).collect();
            format!("runs {}; ", times.join(", "))
        } else {
            String::new()
        };
        format!(
            "{each}user {}, sys {}, waiting {}",
            secs(user),
            secs(system),
            secs(self.elapsed().saturating_sub(user + system))
        )
    }
}

/// Flushes every dirty page to disk, untimed.
fn sync() {
    run(&mut Command::new("sync"));
}

/// What a data dir holds, as far as the checks are concerned.
#[derive(Default)]
struct Tree {
    /// Page directories with a `current` file.
    pages: u64,
    /// Files of `revisions/` named as moin names them: eight digits, not 0.
    revision_files: u64,
    /// Pages whose `current` names a revision past their last file (or that have none): moin's
    /// deleted pages.
    deleted: u64,
    /// Regular files anywhere, and their bytes.
    files: u64,
    bytes: u64,
    /// Paths, relative to the data dir, of `current` and the revision files of every
    /// SAMPLE_EVERYth page directory by name (when asked for).
    sample: Vec<PathBuf>,
}

impl Tree {
    fn count(data: &Path, sample: bool) -> Tree {
        let mut tree = Tree::default();
        tree.add_files(data);
        let mut dirs: Vec<_> = fs::read_dir(data.join("pages"))
            .expect("cannot list pages/")
            .map(|e| e.expect("cannot list pages/").file_name())
            .collect();
        dirs.sort();
        for (i, name) in dirs.iter().enumerate() {
            let page = data.join("pages").join(name);
            let Ok(current) = fs::read_to_string(page.join("current")) else {
                continue;
            };
            tree.pages += 1;
            let current: u64 = current.trim().parse().unwrap_or(0);
            let rel = Path::new("pages").join(name);
            let sampled = sample && i as u64 % SAMPLE_EVERY == 0;
            if sampled {
                tree.sample.push(rel.join("current"));
            }
            let mut last = 0;
            for e in fs::read_dir(page.join("revisions")).into_iter().flatten() {
                let file = e.expect("cannot list revisions/").file_name();
                let Some(number) = revision_number(&file.to_string_lossy()) else {
                    continue;
                };
                tree.revision_files += 1;
                last = last.max(number);
                if sampled {
                    tree.sample.push(rel.join("revisions").join(&file));
                }
            }
            if current > last {
                tree.deleted += 1;
            }
        }
        tree
    }

    /// Counts the regular files under `dir` and their bytes.
    fn add_files(&mut self, dir: &Path) {
        for e in fs::read_dir(dir).expect("cannot list a directory") {
            let e = e.expect("cannot list a directory");
            let meta = e.metadata().expect("cannot stat a file");
            if meta.is_dir() {
                self.add_files(&e.path());
            } else if meta.is_file() {
                self.files += 1;
                self.bytes += meta.len();
            }
        }
    }
}

/// The number of a revision file's name ("00000003" is 3); `None` for other names and 0.
fn revision_number(name: &str) -> Option<u64> {
    (name.len() == 8 && name.bytes().all(|b| b.is_ascii_digit()))
        .then(|| name.parse().ok())
        .flatten()
        .filter(|&n| n > 0)
}

/// The correctness checks, as one line, and whether all passed.
struct Checks {
    lines: Vec<String>,
    passed: bool,
}

impl Default for Checks {
    fn default() -> Checks {
        Checks {
            lines: Vec::new(),
            passed: true,
        }
    }
}

impl Checks {
    fn check(&mut self, what: String, ok: bool) {
        self.lines
            .push(format!("{what} ({})", if ok { "ok" } else { "FAILED" }));
        self.passed &= ok;
    }

    /// A report's count against the one counted here.
    fn equal(&mut self, field: &str, reported: &Value, counted: u64, what: &str) {
        let ok = reported.as_u64() == Some(counted);
        let shown = reported.as_u64().map_or(reported.to_string(), thousands);
        self.check(
            format!(
                "{field} {shown} {} {} {what}",
                if ok { "=" } else { "!=" },
                thousands(counted)
            ),
            ok,
        );
    }
}

/// Runs storectl and the references in an isolated environment: no user config, no inherited
/// STORECTL_*.
struct Bench {
    dir: PathBuf,
    /// An empty config file.
    config: PathBuf,
}

impl Bench {
    fn new(dir: &Path) -> Bench {
        let config = dir.join("storectl.toml");
        fs::write(&config, "").expect("cannot write the empty config file");
        Bench {
            dir: dir.to_path_buf(),
            config,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// storectl on a pure admin store: ACLs not enforced.
    fn storectl(&self) -> Command {
        let mut cmd = Command::new(STORECTL);
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("STORECTL_") {
                cmd.env_remove(key);
            }
        }
        cmd.current_dir(&self.dir)
            .env("STORECTL_ACL_ENFORCE", "false")
            .arg("--config")
            .arg(&self.config)
            .arg("--store")
            .arg(format!("sqlite:{}", self.path(STORE).display()))
            .arg("--quiet");
        cmd
    }

    /// The store file and its WAL, in bytes.
    fn store_bytes(&self) -> u64 {
        ["", "-wal"]
            .iter()
            .filter_map(|s| fs::metadata(self.path(&format!("{STORE}{s}"))).ok())
            .map(|m| m.len())
            .sum()
    }

    /// Reading the whole tree: `tar -C DIR -cf - . | cat > /dev/null`.
    fn tar(&self, data: &Path) -> MeasuredCpu {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(r#"tar -C "$1" -cf - . | cat > /dev/null"#)
            .arg("sh")
            .arg(data);
        let m = spawn_measured_cpu(&mut cmd);
        assert!(
            m.run.success,
            "tar failed (wait status {})",
            m.run.wait_status
        );
        m
    }

    /// `cp -r DATA COPY`.
    fn cp(&self, data: &Path, copy: &Path) -> MeasuredCpu {
        let mut cmd = Command::new("cp");
        cmd.arg("-r").arg(data).arg(copy);
        let m = spawn_measured_cpu(&mut cmd);
        assert!(
            m.run.success,
            "cp failed (wait status {})",
            m.run.wait_status
        );
        m
    }

    /// `migrate moin16 DATA` into a new store made by `init` (which also warms the binary);
    /// returns the measured run and its report. Exit 5 (something skipped) is left to the checks.
    fn migrate(&self, data: &Path) -> (MeasuredCpu, Value) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = fs::remove_file(self.path(&format!("{STORE}{suffix}")));
        }
        run(self.storectl().arg("init"));
        let (stdout, stderr) = (self.path("migrate.json"), self.path("migrate.err"));
        let mut cmd = self.storectl();
        cmd.args(["migrate", "moin16"])
            .arg(data)
            .stdout(File::create(&stdout).expect("cannot create the report file"))
            .stderr(File::create(&stderr).expect("cannot create the stderr file"));
        let m = spawn_measured_cpu(&mut cmd);
        let err = fs::read_to_string(&stderr).unwrap_or_default();
        assert!(
            matches!(m.exit_code(), Some(0 | 5)),
            "storectl migrate moin16 failed (wait status {}): {err}",
            m.run.wait_status
        );
        (
            m,
            parse(&fs::read(&stdout).expect("cannot read the report")),
        )
    }

    /// `export moin16 OUT` of the store; returns the measured run and its report.
    fn export(&self, out: &Path) -> (MeasuredCpu, Value) {
        let (stdout, stderr) = (self.path("export.json"), self.path("export.err"));
        let mut cmd = self.storectl();
        cmd.args(["export", "moin16"])
            .arg(out)
            .stdout(File::create(&stdout).expect("cannot create the report file"))
            .stderr(File::create(&stderr).expect("cannot create the stderr file"));
        let m = spawn_measured_cpu(&mut cmd);
        assert!(
            m.run.success,
            "storectl export moin16 failed (wait status {}): {}",
            m.run.wait_status,
            fs::read_to_string(&stderr).unwrap_or_default()
        );
        (
            m,
            parse(&fs::read(&stdout).expect("cannot read the report")),
        )
    }
}

/// Runs `cmd` to completion with its output captured; returns its stdout.
fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().expect("cannot run a command");
    assert!(
        out.status.success(),
        "{:?} {:?} failed: {}",
        cmd.get_program(),
        cmd.get_args().collect::<Vec<_>>(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}
