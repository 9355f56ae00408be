//! End-to-end benchmark of the items face, run as a user would: whole `storectl` processes.
//!
//! `cargo bench --bench items` measures:
//! - `item show NAME --raw` of a 50 MB attachment with stdout to a file: the child's peak RSS
//!   (target: under 30 MB) and wall time, the bytes checked against the input by SHA-256; and
//!   the wall time and peak RSS of the `item put --kind attachment` that stored it;
//! - on a store of 10,000 pages, built by one `storectl item put` process per page (a few at a
//!   time): `item list --search WORD` (target: median under 200 ms), the names it returns
//!   checked against those counted here from the generated texts;
//! - on that store, `item put` of a 1 KB page, as a new revision of an existing page and as a
//!   new page (target: median under 10 ms);
//! - for reference, the system `sqlite3` CLI on the same store: a trivial query (the floor of
//!   starting a process that opens the store) and an FTS5 count of the same word;
//! - `item list --search WORD` and both puts again with ACLs enforced, as a Known user, to show
//!   the cost of the ACL checks.
//!
//! Everything but the ACL runs has STORECTL_ACL_ENFORCE=false: a pure admin store.
//! STORECTL_BENCH_ITEMS (default 10,000), STORECTL_BENCH_MB (default 50, in 10^6 bytes) and
//! STORECTL_BENCH_RUNS (default 30) shrink it for a quick run. The output ends with a block that
//! can be pasted into a README.

mod common;

use common::{
    env_number, machine, median, mib, millis, own_peak_rss, parse, spawn_measured, table_row,
    thousands, today, verdict,
};

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
/// The store holding only the attachment, and the store of pages.
const ATTACHMENT_STORE: &str = "attachment.db";
const PAGES_STORE: &str = "pages.db";
const ATTACHMENT: &str = "BenchPage/blob.bin";
/// Size of the buffers the big files are written and hashed through.
const CHUNK: usize = 1 << 20;
const MB: u64 = 1_000_000;
/// Page texts are sentences of words drawn uniformly from this many made-up words; one in
/// about eight pages holds any given word.
const VOCABULARY: u64 = 400;
/// Index in the vocabulary of the word searched for.
const SEARCH_WORD: u64 = 17;
/// A stored page's text is at least PAGE_BYTES plus up to PAGE_BYTES_SPREAD bytes long.
const PAGE_BYTES: usize = 300;
const PAGE_BYTES_SPREAD: u64 = 200;
/// The size of the page each measured `item put` stores.
const PUT_BYTES: usize = 1024;
/// The Known user of the ACL runs, and the ACL that lets Known users write.
const ACL_USER: &str = "bench";
const ACL_RIGHTS: &str = "Known:read,write,delete,revert All:read";
/// `item show --raw` runs of the attachment (each checked).
const SHOW_RUNS: usize = 5;
/// `item put` processes in flight while the store of pages is built.
const BUILD_PARALLEL: usize = 4;
const TARGET_SHOW_RSS: u64 = 30 * MB;
const TARGET_SEARCH: Duration = Duration::from_millis(200);
const TARGET_PUT: Duration = Duration::from_millis(10);
/// Runs of each timed command before timing, to warm the page cache and the binary.
const WARMUP_RUNS: usize = 5;

fn main() {
    let items = env_number("STORECTL_BENCH_ITEMS", 10_000).max(10);
    let megabytes = env_number("STORECTL_BENCH_MB", 50).max(1);
    let runs = env_number("STORECTL_BENCH_RUNS", 30).max(1) as usize;
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    let bench = Bench::new(dir.path());

    // 1. The attachment, first, while this process is at its smallest: a child's peak RSS (from
    // wait4) is at least this process's resident memory when it spawned the child, since the
    // child shares or copies this process's memory until it execs. The input is written as it
    // is generated and both files are hashed as they are read, never held whole.
    let bytes = megabytes * MB;
    eprintln!("writing a {megabytes} MB attachment...");
    let input = bench.path("attachment.bin");
    let input_hash = write_random(&input, bytes);
    bench.init(ATTACHMENT_STORE);
    let floor_rss = own_peak_rss();
    eprintln!("item put --kind attachment, item show --raw x {SHOW_RUNS}...");
    let attachment = bench.attachment(&input, bytes, &input_hash);
    std::fs::remove_file(&input).expect("cannot remove the attachment input");

    // 2. The store of pages.
    let vocabulary: Vec<String> = (0..VOCABULARY).map(word).collect();
    let search = vocabulary[SEARCH_WORD as usize].clone();
    eprintln!("building a store of {items} pages...");
    bench.init(PAGES_STORE);
    let built = bench.build_pages(PAGES_STORE, &vocabulary, items, &search);
    bench.user_add(PAGES_STORE, ACL_USER);
    let mut corpus = Corpus {
        vocabulary,
        search,
        matches: built.matches,
        revisions: vec![1; items as usize],
        new_pages: Vec::new(),
    };
    let expected = corpus.expected();
    assert!(!expected.is_empty(), "no page holds {:?}", corpus.search);

    // 3 and 4. Searches, with the sqlite3 references, before any put changes what matches.
    eprintln!("item list --search, {runs} runs each...");
    let searches = bench.search_latency(PAGES_STORE, runs, &corpus, &expected);

    // 3. Puts, admin and with ACLs enforced.
    eprintln!("item put, {runs} runs each...");
    let puts = bench.put_latency(PAGES_STORE, runs, &mut corpus);
    // What the puts stored must be what the search now finds.
    let after = corpus.expected();
    assert_eq!(
        search_names(&run(&mut bench.search(PAGES_STORE, &corpus.search, false))),
        after,
        "item list --search after the puts"
    );

    let end_rss = own_peak_rss();
    println!();
    println!("Machine: {}; date: {}", machine(), today());
    println!(
        "(STORECTL_ACL_ENFORCE=false, a pure admin store, for every figure but the ACL line; \
         MB = 10^6 bytes)"
    );
    table_row(
        &format!("`item show --raw` of a {megabytes} MB attachment, stdout to a file"),
        &format!(
            "peak RSS {} (target < {} MB: {}), {}; bytes checked by SHA-256",
            mb(attachment.show_rss),
            TARGET_SHOW_RSS / MB,
            verdict(attachment.show_rss < TARGET_SHOW_RSS),
            millis(attachment.show_time),
        ),
        &format!(
            "the `item put` that stored it: {}, peak RSS {}",
            millis(attachment.put_time),
            mb(attachment.put_rss)
        ),
        &format!(
            "{:.2}",
            attachment.show_rss as f64 / attachment.put_rss as f64
        ),
    );
    let (trivial, fts) = match searches.sqlite3 {
        Some((trivial, fts)) => (Some(trivial), Some(fts)),
        None => (None, None),
    };
    let versus = |value: std::time::Duration, reference: Option<std::time::Duration>| {
        reference.map_or(String::new(), |r| {
            format!("{:.2}", value.as_secs_f64() / r.as_secs_f64())
        })
    };
    table_row(
        &format!(
            "`item list --search {}` over {} pages ({} match), whole process, median of {runs}",
            corpus.search,
            thousands(items),
            thousands(expected.len() as u64)
        ),
        &format!(
            "{} (target < {} ms: {}); {} with ACLs enforced",
            millis(searches.admin),
            TARGET_SEARCH.as_millis(),
            verdict(searches.admin < TARGET_SEARCH),
            millis(searches.acl),
        ),
        &fts.map_or("no sqlite3 CLI here".to_string(), |f| {
            format!(
                "the sqlite3 CLI counting the same FTS5 match: {}",
                millis(f)
            )
        }),
        &versus(searches.admin, fts),
    );
    table_row(
        &format!(
            "`item put` of a {PUT_BYTES}-byte page on a store of {} pages, whole process, median of {runs}",
            thousands(items)
        ),
        &format!(
            "{} existing page, {} new page (target < {} ms: {}); with ACLs: {}, {}",
            millis(puts.admin_existing),
            millis(puts.admin_new),
            TARGET_PUT.as_millis(),
            verdict(puts.admin_existing < TARGET_PUT && puts.admin_new < TARGET_PUT),
            millis(puts.acl_existing),
            millis(puts.acl_new),
        ),
        &trivial.map_or("no sqlite3 CLI here".to_string(), |t| {
            format!("the sqlite3 CLI's one-row lookup: {}", millis(t))
        }),
        &versus(puts.admin_existing, trivial),
    );
    println!(
        "(store of {} pages, {} bytes of text on average, built by {} item put processes, {BUILD_PARALLEL} at a time, in {:.1} s; MB = 10^6 bytes)",
        thousands(items),
        built.text_bytes / items,
        thousands(items),
        built.time.as_secs_f64(),
    );
    println!(
        "(this bench process's own peak RSS (VmHWM), a floor under a child's: {} while the \
         attachment was put and shown, {} at the end; {runs} runs of each search and put, \
         interleaved, after {WARMUP_RUNS} warm-up runs)",
        mib(floor_rss),
        mib(end_rss),
    );
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / MB as f64)
}

/// splitmix64: a small, fast, well-mixed generator; every text and byte here comes from it.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut rng = Rng(seed);
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Writes `bytes` pseudo-random bytes to `path` a chunk at a time; returns their SHA-256.
fn write_random(path: &Path, bytes: u64) -> [u8; 32] {
    let mut out = File::create(path).expect("cannot create the attachment");
    let mut hasher = Sha256::new();
    let mut rng = Rng::new(0xA77A_C4ED);
    let mut buf = vec![0u8; CHUNK];
    let mut left = bytes;
    while left > 0 {
        let n = left.min(CHUNK as u64) as usize;
        for word in buf[..n].chunks_mut(8) {
            word.copy_from_slice(&rng.next().to_le_bytes()[..word.len()]);
        }
        hasher.update(&buf[..n]);
        out.write_all(&buf[..n])
            .expect("cannot write the attachment");
        left -= n as u64;
    }
    out.sync_all().expect("cannot write the attachment");
    hasher.finalize().into()
}

/// The SHA-256 and size of a file, read a chunk at a time.
fn hash_file(path: &Path) -> ([u8; 32], u64) {
    let mut file = File::open(path).expect("cannot open a file to hash");
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    let mut total = 0u64;
    loop {
        let n = file.read(&mut buf).expect("cannot read a file to hash");
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        total += n as u64;
    }
    (hasher.finalize().into(), total)
}

/// The kth made-up word: two or three consonant-vowel syllables. The first two syllables are
/// k's digits in base 70, so words are distinct for k < 4,900.
fn word(k: u64) -> String {
    const CONSONANTS: &[u8] = b"bdfgklmnprstvz";
    const VOWELS: &[u8] = b"aeiou";
    let mut w = String::new();
    let mut syllable = |s: u64| {
        w.push(CONSONANTS[(s % 14) as usize] as char);
        w.push(VOWELS[(s / 14 % 5) as usize] as char);
    };
    syllable(k % 70);
    syllable(k / 70 % 70);
    if k % 3 == 0 {
        syllable(k * 13 % 70);
    }
    w
}

/// Sentences of words from `vocabulary` until the text is at least `min_bytes` long.
fn sentences(vocabulary: &[String], rng: &mut Rng, min_bytes: usize) -> String {
    let mut text = String::new();
    while text.len() < min_bytes {
        let words = 4 + rng.below(9);
        for i in 0..words {
            let w = &vocabulary[rng.below(vocabulary.len() as u64) as usize];
            if i == 0 {
                text.push_str(&w[..1].to_ascii_uppercase());
                text.push_str(&w[1..]);
            } else {
                text.push(' ');
                text.push_str(w);
            }
        }
        text.push_str(if rng.below(4) == 0 { ".\n" } else { ". " });
    }
    text
}

/// The text of the ith stored page: a few hundred bytes.
fn page_text(vocabulary: &[String], i: u64) -> String {
    let mut rng = Rng::new(i);
    let min = PAGE_BYTES + rng.below(PAGE_BYTES_SPREAD) as usize;
    sentences(vocabulary, &mut rng, min)
}

/// The text of the nth measured put: exactly PUT_BYTES bytes.
fn put_text(vocabulary: &[String], n: u64) -> String {
    let mut rng = Rng::new(n.wrapping_add(0x9075_0000));
    let mut text = sentences(vocabulary, &mut rng, PUT_BYTES);
    text.truncate(PUT_BYTES);
    text
}

/// Whether `text` holds `word` as `--search` splits ASCII text (`items_model::search_words`):
/// runs of letters and digits, case-folded.
fn holds_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|t| t.eq_ignore_ascii_case(word))
}

fn page_name(i: u64) -> String {
    format!("Page{i:05}")
}

/// What the store of pages holds, as far as the search is concerned.
struct Corpus {
    vocabulary: Vec<String>,
    search: String,
    /// Whether the current text of the ith page holds the search word.
    matches: Vec<bool>,
    /// The current revision of the ith page.
    revisions: Vec<u64>,
    /// Pages added by the measured puts, with whether they hold the search word.
    new_pages: Vec<(String, bool)>,
}

impl Corpus {
    /// The names `item list --search` must print, in its order (by name, bytewise).
    fn expected(&self) -> Vec<String> {
        let mut names: Vec<String> = (0..self.matches.len() as u64)
            .filter(|&i| self.matches[i as usize])
            .map(page_name)
            .chain(
                self.new_pages
                    .iter()
                    .filter(|(_, m)| *m)
                    .map(|(n, _)| n.clone()),
            )
            .collect();
        names.sort();
        names
    }
}

struct Attachment {
    put_time: Duration,
    put_rss: u64,
    show_time: Duration,
    show_rss: u64,
}

struct Built {
    time: Duration,
    text_bytes: u64,
    matches: Vec<bool>,
}

struct Searches {
    admin: Duration,
    acl: Duration,
    /// The trivial query and the FTS5 count, when there is an sqlite3 CLI.
    sqlite3: Option<(Duration, Duration)>,
}

struct Puts {
    admin_existing: Duration,
    admin_new: Duration,
    acl_existing: Duration,
    acl_new: Duration,
}

/// Runs storectl in an isolated environment: no user config, no inherited STORECTL_*.
struct Bench {
    dir: PathBuf,
    /// An empty config file, for the admin runs.
    config: PathBuf,
    /// A config with ACL_RIGHTS as `[acl] rights_default`, for the ACL runs.
    acl_config: PathBuf,
}

impl Bench {
    fn new(dir: &Path) -> Bench {
        let config = dir.join("storectl.toml");
        std::fs::write(&config, "").expect("cannot write the empty config file");
        let acl_config = dir.join("acl.toml");
        std::fs::write(
            &acl_config,
            format!("[acl]\nrights_default = \"{ACL_RIGHTS}\"\n"),
        )
        .expect("cannot write the ACL config file");
        Bench {
            dir: dir.to_path_buf(),
            config,
            acl_config,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn isolated(&self, store: &str, config: &Path) -> Command {
        let mut cmd = Command::new(STORECTL);
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("STORECTL_") {
                cmd.env_remove(key);
            }
        }
        cmd.current_dir(&self.dir)
            .arg("--config")
            .arg(config)
            .arg("--store")
            .arg(format!("sqlite:{}", self.path(store).display()))
            .arg("--quiet");
        cmd
    }

    /// storectl on a pure admin store: ACLs not enforced.
    fn storectl(&self, store: &str) -> Command {
        let mut cmd = self.isolated(store, &self.config);
        cmd.env("STORECTL_ACL_ENFORCE", "false");
        cmd
    }

    /// storectl with ACLs enforced (the default), under ACL_RIGHTS, as `user`.
    fn storectl_acl(&self, store: &str, user: Option<&str>) -> Command {
        let mut cmd = self.isolated(store, &self.acl_config);
        if let Some(user) = user {
            cmd.args(["--as", user]);
        }
        cmd
    }

    fn init(&self, store: &str) {
        run(self.storectl(store).arg("init"));
    }

    fn user_add(&self, store: &str, user: &str) {
        let out = parse(&run(self
            .storectl(store)
            .args(["item", "user", "add", user])));
        assert_eq!(out["name"], user, "item user add: {out}");
    }

    /// Puts `input` as ATTACHMENT and shows it SHOW_RUNS times into a file, each time checked
    /// against `hash`; returns the put's time and peak RSS, the shows' median time and largest
    /// peak RSS.
    fn attachment(&self, input: &Path, bytes: u64, hash: &[u8; 32]) -> Attachment {
        let report_path = self.path("report.json");
        let mut put = self.storectl(ATTACHMENT_STORE);
        put.args(["item", "put", ATTACHMENT])
            .arg(input)
            .args(["--kind", "attachment"])
            .stdout(File::create(&report_path).expect("cannot create the report file"));
        let stored = spawn_measured(&mut put);
        assert!(
            stored.success,
            "storectl item put --kind attachment failed (wait status {})",
            stored.wait_status
        );
        let report = parse(&std::fs::read(&report_path).expect("cannot read the report file"));
        assert_eq!(report["revision"], 1, "item put report: {report}");
        assert_eq!(report["action"], "ATTNEW", "item put report: {report}");

        let output = self.path("shown.bin");
        let mut times = Vec::with_capacity(SHOW_RUNS);
        let mut show_rss = 0;
        for _ in 0..SHOW_RUNS {
            let mut show = self.storectl(ATTACHMENT_STORE);
            show.args(["item", "show", ATTACHMENT, "--raw"])
                .stdout(File::create(&output).expect("cannot create the output file"));
            let shown = spawn_measured(&mut show);
            assert!(
                shown.success,
                "storectl item show --raw failed (wait status {})",
                shown.wait_status
            );
            let (out_hash, out_bytes) = hash_file(&output);
            assert_eq!(out_bytes, bytes, "bytes written by item show --raw");
            assert!(
                out_hash == *hash,
                "item show --raw wrote other bytes than were put"
            );
            times.push(shown.elapsed);
            show_rss = show_rss.max(shown.peak_rss);
        }
        std::fs::remove_file(&output).expect("cannot remove the output file");
        Attachment {
            put_time: stored.elapsed,
            put_rss: stored.peak_rss,
            show_time: median(times),
            show_rss,
        }
    }

    /// Stores `items` pages, one `item put NAME -` process each, BUILD_PARALLEL in flight (writes
    /// wait for each other on the store's lock); returns the time, the bytes of text and which
    /// pages hold `search`.
    fn build_pages(&self, store: &str, vocabulary: &[String], items: u64, search: &str) -> Built {
        let mut matches = Vec::with_capacity(items as usize);
        let mut text_bytes = 0;
        let mut running: VecDeque<Child> = VecDeque::with_capacity(BUILD_PARALLEL);
        let start = Instant::now();
        for i in 0..items {
            if running.len() == BUILD_PARALLEL {
                reap(running.pop_front().expect("a running put"));
            }
            let text = page_text(vocabulary, i);
            matches.push(holds_word(&text, search));
            text_bytes += text.len() as u64;
            let mut cmd = self.storectl(store);
            cmd.args(["item", "put", &page_name(i), "-"])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
            let mut child = cmd.spawn().expect("cannot run storectl");
            // A few hundred bytes fit in the pipe: this never waits for the child. Dropping the
            // handle closes the pipe, the end of the input.
            child
                .stdin
                .take()
                .expect("a piped stdin")
                .write_all(text.as_bytes())
                .expect("cannot write a page to storectl");
            running.push_back(child);
            if (i + 1) % 1000 == 0 {
                eprintln!("  {} pages", i + 1);
            }
        }
        for child in running {
            reap(child);
        }
        let time = start.elapsed();

        // Every page is there: `item list` as NDJSON, counted as it streams.
        let mut list = self.storectl(store);
        list.args(["--format", "ndjson", "item", "list"])
            .stdout(Stdio::piped());
        let mut child = list.spawn().expect("cannot run storectl");
        let lines = BufReader::new(child.stdout.take().expect("a piped stdout"))
            .lines()
            .map(|l| l.expect("cannot read item list"))
            .filter(|l| !l.trim().is_empty())
            .count();
        assert!(child.wait().expect("storectl item list").success());
        assert_eq!(lines as u64, items, "items listed after the build");
        Built {
            time,
            text_bytes,
            matches,
        }
    }

    fn search(&self, store: &str, word: &str, acl: bool) -> Command {
        let mut cmd = if acl {
            self.storectl_acl(store, Some(ACL_USER))
        } else {
            self.storectl(store)
        };
        cmd.args(["item", "list", "--search", word]);
        cmd
    }

    /// Medians of `item list --search` as admin and with ACLs, and of the sqlite3 references,
    /// interleaved, after checking what each returns.
    fn search_latency(
        &self,
        store: &str,
        runs: usize,
        corpus: &Corpus,
        expected: &[String],
    ) -> Searches {
        let mut cmds = vec![
            self.search(store, &corpus.search, false),
            self.search(store, &corpus.search, true),
        ];
        for cmd in &mut cmds {
            assert_eq!(
                search_names(&run(cmd)),
                expected,
                "item list --search {}",
                corpus.search
            );
        }
        let db = self.path(store);
        let lookup = format!("SELECT name FROM items WHERE name = '{}'", page_name(0));
        let count = format!(
            "SELECT count(*) FROM item_words WHERE item_words MATCH '{}'",
            corpus.search
        );
        let mut trivial = Command::new("sqlite3");
        trivial.arg(&db).arg(&lookup);
        let have_sqlite3 = match trivial.output() {
            Ok(out) if out.status.success() => {
                assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), page_name(0));
                true
            }
            _ => false,
        };
        if have_sqlite3 {
            let mut fts = Command::new("sqlite3");
            fts.arg(&db).arg(&count);
            let out = run(&mut fts);
            assert_eq!(
                String::from_utf8_lossy(&out).trim(),
                expected.len().to_string(),
                "sqlite3 FTS5 count of {}",
                corpus.search
            );
            cmds.push(trivial);
            cmds.push(fts);
        }
        let times = interleaved(&mut cmds, runs);
        Searches {
            admin: times[0],
            acl: times[1],
            sqlite3: have_sqlite3.then(|| (times[2], times[3])),
        }
    }

    /// Medians of `item put` of a PUT_BYTES page: a new revision of an existing page and a new
    /// page, as admin and with ACLs, interleaved, after WARMUP_RUNS of each; each put stores a
    /// text of its own, written to a file before the clock starts. Every report is checked, and
    /// `corpus` follows what the puts store.
    fn put_latency(&self, store: &str, runs: usize, corpus: &mut Corpus) -> Puts {
        let input = self.path("put.txt");
        std::fs::write(&input, put_text(&corpus.vocabulary, u64::MAX))
            .expect("cannot write the page to put");
        // Enforcement is on: an anonymous user may only read.
        let mut denied = self.storectl_acl(store, None);
        denied
            .args(["item", "put", &page_name(0), "--dry-run"])
            .arg(&input);
        let out = denied.output().expect("cannot run storectl");
        assert_eq!(
            out.status.code(),
            Some(77),
            "an anonymous item put with ACLs enforced: {}",
            String::from_utf8_lossy(&out.stderr)
        );

        let items = corpus.matches.len() as u64;
        // Existing pages are visited with a prime stride: spread over the store, each once while
        // there are enough of them (revisions are counted either way).
        let stride = 7919;
        let mut times: [Vec<Duration>; 4] = std::array::from_fn(|_| Vec::with_capacity(runs));
        let mut n = 0u64;
        for round in 0..WARMUP_RUNS + runs {
            for k in 0..4 {
                // 0, 1: admin existing, new; 2, 3: ACL existing, new.
                let case = (round + k) % 4;
                let text = put_text(&corpus.vocabulary, n);
                std::fs::write(&input, &text).expect("cannot write the page to put");
                let holds = holds_word(&text, &corpus.search);
                let (name, revision, action) = if case % 2 == 0 {
                    let i = (n * stride % items) as usize;
                    (page_name(i as u64), corpus.revisions[i] + 1, "SAVE")
                } else {
                    (format!("NewPage{n:05}"), 1, "SAVENEW")
                };
                let mut cmd = if case < 2 {
                    self.storectl(store)
                } else {
                    self.storectl_acl(store, Some(ACL_USER))
                };
                cmd.args(["item", "put", &name]).arg(&input);
                let start = Instant::now();
                let out = cmd.output();
                let elapsed = start.elapsed();
                let out = out.expect("cannot run storectl");
                assert!(
                    out.status.success(),
                    "item put {name} failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let report = parse(&out.stdout);
                assert_eq!(report["name"], name.as_str(), "item put report: {report}");
                assert_eq!(report["revision"], revision, "item put report: {report}");
                assert_eq!(report["action"], action, "item put report: {report}");
                if case % 2 == 0 {
                    let i = (n * stride % items) as usize;
                    corpus.revisions[i] = revision;
                    corpus.matches[i] = holds;
                } else {
                    corpus.new_pages.push((name, holds));
                }
                if round >= WARMUP_RUNS {
                    times[case].push(elapsed);
                }
                n += 1;
            }
        }
        let [admin_existing, admin_new, acl_existing, acl_new] = times.map(median);
        Puts {
            admin_existing,
            admin_new,
            acl_existing,
            acl_new,
        }
    }
}

/// Waits for a build put and checks that it succeeded.
fn reap(child: Child) {
    let out = child.wait_with_output().expect("cannot wait for storectl");
    assert!(
        out.status.success(),
        "storectl item put failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The names in `item list` JSON output, in its order.
fn search_names(stdout: &[u8]) -> Vec<String> {
    parse(stdout)
        .as_array()
        .expect("item list: not an array")
        .iter()
        .map(|item| {
            assert_eq!(item["kind"], "page", "item list entry {item}");
            assert_eq!(item["deleted"], false, "item list entry {item}");
            item["name"]
                .as_str()
                .expect("item list: a name is not a string")
                .to_string()
        })
        .collect()
}

/// Medians of `runs` timed runs of each command, after WARMUP_RUNS of each; each round starts
/// with the next command, so that machine noise hits all alike.
fn interleaved(cmds: &mut [Command], runs: usize) -> Vec<Duration> {
    for _ in 0..WARMUP_RUNS {
        for cmd in cmds.iter_mut() {
            timed(cmd);
        }
    }
    let n = cmds.len();
    let mut times: Vec<Vec<Duration>> = (0..n).map(|_| Vec::with_capacity(runs)).collect();
    for round in 0..runs {
        for k in 0..n {
            let c = (round + k) % n;
            times[c].push(timed(&mut cmds[c]));
        }
    }
    times.into_iter().map(median).collect()
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

/// The wall time of `cmd`, its stdout captured and discarded.
fn timed(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let out = cmd.output();
    let elapsed = start.elapsed();
    assert!(
        out.expect("cannot run a command").status.success(),
        "{:?} {:?} failed",
        cmd.get_program(),
        cmd.get_args().collect::<Vec<_>>()
    );
    elapsed
}
