//! Running a shell script as a user at a terminal would, and reading back what the terminal
//! shows: stdout and stderr are one pseudo-terminal (so storectl prints tables and sentences,
//! and messages interleave with results in the order they were written), and the bytes are
//! replayed on a minimal screen model (carriage returns, cursor moves and line erases, as
//! progress bars use them; colours dropped), so the text compared is what would be on screen.
//! A line longer than the terminal stays one line (what copying a soft-wrapped line gives).

use std::ffi::CStr;
use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The terminal's size: wide enough that no README table wraps.
pub const COLUMNS: u16 = 120;
const ROWS: u16 = 50;

/// A new pseudo-terminal: (master, slave), the slave `COLUMNS` wide.
fn open_pty() -> (File, File) {
    // SAFETY: plain libc calls on fds this function owns; every result is checked.
    unsafe {
        let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC);
        assert!(
            master >= 0,
            "posix_openpt: {}",
            std::io::Error::last_os_error()
        );
        let master = OwnedFd::from_raw_fd(master);
        assert_eq!(libc::grantpt(master.as_raw_fd()), 0, "grantpt");
        assert_eq!(libc::unlockpt(master.as_raw_fd()), 0, "unlockpt");
        let mut name = [0 as libc::c_char; 128];
        assert_eq!(
            libc::ptsname_r(master.as_raw_fd(), name.as_mut_ptr(), name.len()),
            0,
            "ptsname_r"
        );
        let path = CStr::from_ptr(name.as_ptr()).to_str().unwrap().to_string();
        let size = libc::winsize {
            ws_row: ROWS,
            ws_col: COLUMNS,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        assert_eq!(
            libc::ioctl(master.as_raw_fd(), libc::TIOCSWINSZ, &size),
            0,
            "TIOCSWINSZ"
        );
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY)
            .open(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        (File::from(master), slave)
    }
}

/// Runs `cmd` (its args, env and cwd already set) with stdin from /dev/null and stdout and
/// stderr on a new terminal that is its controlling terminal; returns the screen's lines. A
/// script still running after `timeout` is killed with its whole session, and that is a panic.
pub fn run(mut cmd: Command, timeout: Duration) -> Vec<String> {
    let (mut master, slave) = open_pty();
    let child = {
        cmd.stdin(Stdio::null())
            .stdout(slave.try_clone().unwrap())
            .stderr(slave);
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                // A session of its own, with this terminal as its controlling terminal (what
                // `/dev/tty` and terminal-size queries find), and a group to kill as a whole.
                if libc::setsid() < 0 || libc::ioctl(1, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn the shell");
        drop(cmd); // closes this process's copies of the slave, so reads end with the session
        child
    };
    let pid = child.id() as libc::pid_t;
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if done_rx.recv_timeout(timeout).is_err() {
            // SAFETY: signals the session this function created.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
            return true;
        }
        false
    });
    let mut bytes = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match master.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => bytes.extend_from_slice(&buf[..n]),
            // Linux reports the end of the last writer as EIO.
            Err(e) if e.raw_os_error() == Some(libc::EIO) => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => panic!("reading the terminal: {e}"),
        }
    }
    let mut child = child;
    let _ = child.wait();
    let _ = done_tx.send(());
    let killed = watchdog.join().unwrap();
    let screen = render(&String::from_utf8_lossy(&bytes));
    assert!(
        !killed,
        "still running after {timeout:?}, killed; the screen so far:\n{}",
        screen.join("\n")
    );
    screen
}

/// What a terminal shows after `text`: lines without trailing blanks, no trailing empty lines.
pub fn render(text: &str) -> Vec<String> {
    let mut screen = Screen::default();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => match chars.next() {
                Some('[') => {
                    let mut params = String::new();
                    let mut last = None;
                    for c in chars.by_ref() {
                        if ('\x40'..='\x7e').contains(&c) {
                            last = Some(c);
                            break;
                        }
                        params.push(c);
                    }
                    if let Some(command) = last {
                        screen.csi(&params, command);
                    }
                }
                Some(']') => {
                    // An operating system command (window title): up to BEL or ESC \.
                    while let Some(c) = chars.next() {
                        if c == '\x07' || (c == '\x1b' && chars.next_if_eq(&'\\').is_some()) {
                            break;
                        }
                    }
                }
                _ => {}
            },
            '\r' => screen.col = 0,
            '\n' => screen.row += 1,
            '\x08' => screen.col = screen.col.saturating_sub(1),
            '\t' => screen.col = (screen.col / 8 + 1) * 8,
            c if c.is_control() => {}
            c => screen.put(c),
        }
    }
    let mut lines: Vec<String> = screen
        .lines
        .iter()
        .map(|l| l.iter().collect::<String>().trim_end().to_string())
        .collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

#[derive(Default)]
struct Screen {
    lines: Vec<Vec<char>>,
    row: usize,
    col: usize,
}

impl Screen {
    fn line(&mut self) -> &mut Vec<char> {
        if self.lines.len() <= self.row {
            self.lines.resize(self.row + 1, Vec::new());
        }
        &mut self.lines[self.row]
    }

    fn put(&mut self, c: char) {
        let col = self.col;
        let line = self.line();
        if line.len() < col {
            line.resize(col, ' ');
        }
        if col < line.len() {
            line[col] = c;
        } else {
            line.push(c);
        }
        self.col += 1;
    }

    /// The control sequences progress bars and colours use; others change nothing visible.
    fn csi(&mut self, params: &str, command: char) {
        let n = params
            .trim_start_matches('?')
            .split(';')
            .next()
            .and_then(|p| p.parse::<usize>().ok());
        let count = n.unwrap_or(1).max(1);
        match command {
            'A' => self.row = self.row.saturating_sub(count),
            'B' => self.row += count,
            'C' => self.col += count,
            'D' => self.col = self.col.saturating_sub(count),
            'G' => self.col = count - 1,
            'K' => {
                let col = self.col;
                let line = self.line();
                match n.unwrap_or(0) {
                    0 => line.truncate(col),
                    1 => line.iter_mut().take(col + 1).for_each(|c| *c = ' '),
                    _ => line.clear(),
                }
            }
            'J' => {
                let (row, col) = (self.row, self.col);
                match n.unwrap_or(0) {
                    0 => {
                        self.line().truncate(col);
                        self.lines.truncate(row + 1);
                    }
                    _ => self.lines.clear(),
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn the_screen_model_overwrites_and_erases_as_a_terminal_does() {
        assert_eq!(render("a\r\nbc\r\n"), ["a", "bc"]);
        // A progress bar drawn, redrawn and cleared leaves nothing.
        assert_eq!(
            render("out\r\n[=> ] 1/2\r\x1b[2K[==>] 2/2\r\x1b[2Kdone\r\n"),
            ["out", "done"]
        );
        // Cursor up and erase, colours dropped.
        assert_eq!(
            render("x\r\nbar1\r\nbar2\r\n\x1b[2A\x1b[J\x1b[1mok\x1b[0m\r\n"),
            ["x", "ok"]
        );
        assert_eq!(render("abc\rX\n"), ["Xbc"]);
        // A line longer than the terminal is one line, as a terminal copies a wrapped line.
        let long = "x".repeat(usize::from(super::COLUMNS) + 2);
        assert_eq!(render(&long), vec![long]);
    }
}
