//! Progress bars, seen on a real pseudo-terminal: stderr is the pty's slave, as at a shell.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::Stdio;
use std::time::Duration;

use crate::common::Env;

/// A pseudo-terminal of 24 rows and 120 columns: (master, slave).
fn openpty() -> (std::fs::File, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 24,
        ws_col: 120,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two descriptors into the ints it is given; the others may be null.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors are new and owned by nobody else.
    unsafe {
        libc::fcntl(master, libc::F_SETFD, libc::FD_CLOEXEC);
        (
            std::fs::File::from_raw_fd(master),
            OwnedFd::from_raw_fd(slave),
        )
    }
}

/// Runs storectl with stderr on a terminal; writes `stdin` in parts with `pause` between them.
/// Returns the exit code and every byte the terminal received.
fn on_terminal(env: &Env, args: &[&str], stdin: &[&[u8]], pause: Duration) -> (i32, String) {
    let (mut master, slave) = openpty();
    let mut child = env
        .std_cmd()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(slave))
        .spawn()
        .expect("spawn storectl");
    let reader = std::thread::spawn(move || {
        let mut screen = Vec::new();
        let mut buf = [0u8; 4096];
        // Ends with EIO once the child (the last holder of the slave) is gone.
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 {
                break;
            }
            screen.extend_from_slice(&buf[..n]);
        }
        screen
    });
    let mut input = child.stdin.take().unwrap();
    for (i, part) in stdin.iter().enumerate() {
        if i > 0 {
            std::thread::sleep(pause);
        }
        input.write_all(part).unwrap();
        input.flush().unwrap();
    }
    drop(input);
    let out = child.wait_with_output().unwrap();
    let screen = reader.join().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&screen).into_owned(),
    )
}

/// What indicatif writes before each new frame and to clear the last one.
const CLEAR: &str = "\r\u{1b}[2K";

/// The frames drawn, in order, without their padding.
fn frames(screen: &str) -> Vec<&str> {
    screen
        .split(CLEAR)
        .map(str::trim_end)
        .filter(|f| !f.is_empty())
        .collect()
}

/// Bytes as the bars show them (indicatif's binary units).
fn shown(bytes: usize) -> String {
    match bytes {
        n if n < 1024 => format!("{n} B"),
        n if n < 1024 * 1024 => format!("{:.2} KiB", n as f64 / 1024.0),
        n => format!("{:.2} MiB", n as f64 / 1024.0 / 1024.0),
    }
}

/// Nothing is left on the screen: every frame replaced the one before (a frame drawn where the
/// bar does not know of it stays, and the next is drawn beside it), and the last thing written
/// clears the bar's line.
fn assert_cleared(screen: &str, message: &str) {
    for frame in frames(screen) {
        assert_eq!(
            frame.matches(message).count(),
            1,
            "a frame was left on the screen: {frame:?}"
        );
    }
    assert!(
        screen.ends_with(CLEAR),
        "the bar is left on the screen: {screen:?}"
    );
}

#[test]
fn a_one_transaction_import_moves_its_counter_ticks_and_clears_the_line() {
    for (args, message, record) in [
        (
            &["namespace", "import"][..],
            "importing",
            "{\"namespace\":\"ns\",\"key\":\"KEY\",\"value\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}\n",
        ),
        (
            &["feed", "add-many", "f", "-"],
            "adding activities",
            "{\"actor\":1,\"verb\":3,\"object\":KEY,\"time\":1577836800000}\n",
        ),
    ] {
        let env = Env::new();
        let part = |from: usize| -> String {
            (from..from + 2000)
                .map(|i| record.replace("KEY", &format!("{}", 100_000 + i)))
                .collect()
        };
        let (first, second) = (part(0), part(2000));
        let (code, screen) = on_terminal(
            &env,
            args,
            &[first.as_bytes(), second.as_bytes()],
            Duration::from_millis(1000),
        );
        assert_eq!(code, 0, "{args:?}: {screen:?}");
        let frames = frames(&screen);
        // While the second half is awaited, inside the one transaction, the counter shows the
        // first half, and the spinner keeps turning.
        let halfway: Vec<&str> = frames
            .iter()
            .copied()
            .filter(|f| f.contains(&format!(" {} (", shown(first.len()))))
            .collect();
        let spinners: std::collections::BTreeSet<char> =
            halfway.iter().filter_map(|f| f.chars().next()).collect();
        assert!(
            spinners.len() >= 3,
            "{args:?}: the counter did not move or the spinner did not tick: {frames:#?}"
        );
        let last = frames.last().unwrap();
        assert!(
            last.contains(&format!(" {} (", shown(first.len() + second.len()))),
            "{args:?}: the last frame is not at the end of the input: {frames:#?}"
        );
        assert_cleared(&screen, message);
    }
}

#[test]
fn a_bar_with_a_total_reaches_it_and_is_cleared() {
    let env = Env::new();
    let records: String = (0..3000)
        .map(|i| format!("{{\"namespace\":\"ns\",\"key\":\"k{i:06}\",\"value\":[{i}]}}\n"))
        .collect();
    let file = env.write("in.ndjson", &records);
    let (code, screen) = on_terminal(
        &env,
        &["namespace", "import", file.to_str().unwrap()],
        &[],
        Duration::ZERO,
    );
    assert_eq!(code, 0, "{screen:?}");
    let frames = frames(&screen);
    let total = shown(records.len());
    assert!(frames[0].starts_with("importing ["), "{frames:#?}");
    assert!(
        frames
            .last()
            .unwrap()
            .contains(&format!("] {total}/{total} (")),
        "{frames:#?}"
    );
    assert_cleared(&screen, "importing");
}

#[test]
fn counts_have_units_and_spinners_without_a_count_show_the_time() {
    let env = Env::new();
    let data = env.path("wiki/data");
    std::fs::create_dir_all(data.join("pages/Home/revisions")).unwrap();
    std::fs::write(data.join("pages/Home/current"), "00000001\n").unwrap();
    std::fs::write(data.join("pages/Home/revisions/00000001"), "hello\n").unwrap();
    let (code, screen) = on_terminal(
        &env,
        &["migrate", "moin16", data.to_str().unwrap()],
        &[],
        Duration::ZERO,
    );
    assert_eq!(code, 0, "{screen:?}");
    assert!(
        frames(&screen).last().unwrap().contains("] 1/1 pages ("),
        "{screen:?}"
    );
    assert_cleared(&screen, "migrating");

    // An Errbot data dir of one dbm.dumb shelf holding pickle.dumps('hello', 2).
    let bot = env.path("bot-data");
    std::fs::create_dir_all(&bot).unwrap();
    std::fs::write(bot.join("core.db.dir"), "'k', (0, 15)\n").unwrap();
    std::fs::write(
        bot.join("core.db.dat"),
        b"\x80\x02X\x05\x00\x00\x00helloq\x00.",
    )
    .unwrap();
    let (code, screen) = on_terminal(
        &env,
        &["migrate", "errbot", bot.to_str().unwrap()],
        &[],
        Duration::ZERO,
    );
    assert_eq!(code, 0, "{screen:?}");
    assert!(
        frames(&screen).last().unwrap().contains("] 1/1 shelves ("),
        "{screen:?}"
    );
    assert_cleared(&screen, "migrating");

    let (code, screen) = on_terminal(&env, &["check"], &[], Duration::ZERO);
    assert_eq!(code, 0, "{screen:?}");
    for frame in frames(&screen) {
        // `⠁ checking (0s)`: the elapsed time, not a count that means nothing.
        let (_, time) = frame.split_once(" checking (").expect("a checking frame");
        assert!(
            time.ends_with("s)") && time[..time.len() - 2].parse::<u64>().is_ok(),
            "{screen:?}"
        );
    }
    assert_cleared(&screen, "checking");
}

#[test]
fn quiet_draws_nothing_on_a_terminal() {
    let env = Env::new();
    let records = "{\"namespace\":\"ns\",\"key\":\"k\",\"value\":1}\n";
    for args in [&["--quiet", "namespace", "import"][..], &["-q", "check"]] {
        let (code, screen) = on_terminal(&env, args, &[records.as_bytes()], Duration::ZERO);
        assert_eq!(code, 0);
        assert_eq!(screen, "", "{args:?}");
    }
}

/// `copy` shows a bar per table, copying then verifying, counted in rows; --quiet shows none.
#[test]
fn copy_counts_rows_per_table_while_copying_and_verifying() {
    let env = Env::new();
    let records: String = (0..3000)
        .map(|i| format!("{{\"namespace\":\"ns\",\"key\":\"k{i:06}\",\"value\":[{i}]}}\n"))
        .collect();
    let file = env.write("in.ndjson", &records);
    let import = env.run(&["namespace", "import", file.to_str().unwrap()]);
    assert!(import.status.success());
    let target = env.path("copy.db");
    let (code, screen) = on_terminal(
        &env,
        &[
            "copy",
            "--to",
            target.to_str().unwrap(),
            "--batch-size",
            "100",
        ],
        &[],
        Duration::ZERO,
    );
    assert_eq!(code, 0, "{screen:?}");
    let frames = frames(&screen);
    for stage in ["copying", "verifying"] {
        assert!(
            frames
                .iter()
                .any(|f| f.contains(&format!("{stage} namespace_entries"))
                    && f.contains("3,000/3,000 rows")),
            "no full {stage} bar: {frames:#?}"
        );
    }
    assert!(
        screen.ends_with(CLEAR),
        "the bar is left on the screen: {screen:?}"
    );
    let quiet = env.path("quiet.db");
    let (code, screen) = on_terminal(
        &env,
        &["--quiet", "copy", "--to", quiet.to_str().unwrap()],
        &[],
        Duration::ZERO,
    );
    assert_eq!(code, 0, "{screen:?}");
    assert_eq!(screen, "", "--quiet drew on the terminal");
}
