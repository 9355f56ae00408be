//! Stopping between requests on SIGTERM or SIGINT, and reading request lines in a way a signal
//! can interrupt.
//!
//! The handler only sets a flag and writes a byte to a pipe (a self-pipe, never drained: once
//! written it stays readable). Readers wait with poll(2) on their input and that pipe, so a
//! signal wakes every connection waiting for input, while a request being run finishes first:
//! the flag is checked between requests only.

use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

use crate::error::{Error, Result};

static STOP: AtomicBool = AtomicBool::new(false);
/// The write end of the self-pipe, for the handler; -1 before [`install`].
static WAKE_WRITE: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_signal(_: libc::c_int) {
    STOP.store(true, Ordering::SeqCst);
    let fd = WAKE_WRITE.load(Ordering::SeqCst);
    if fd >= 0 {
        // SAFETY: write(2) is async-signal-safe; the pipe is non-blocking, so a full pipe (which
        // is already readable) only makes it fail.
        unsafe {
            libc::write(fd, b"!".as_ptr().cast(), 1);
        }
    }
}

/// The read end of the self-pipe: readable once a stop was asked for.
pub struct Signals {
    wake: OwnedFd,
    /// Kept open for the handler (never closed while the process serves).
    _write: OwnedFd,
}

/// Installs the SIGTERM and SIGINT handlers (once per process).
pub fn install() -> Result<Signals> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills two descriptors, which are owned below.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
        return Err(Error::from(io::Error::last_os_error()).context("cannot create a pipe"));
    }
    // SAFETY: both descriptors were just created and are owned by nothing else.
    let (read, write) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    WAKE_WRITE.store(write.as_raw_fd(), Ordering::SeqCst);
    for signal in [libc::SIGTERM, libc::SIGINT] {
        // SAFETY: a zeroed sigaction with a handler that only touches atomics and write(2).
        let installed = unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_signal as *const () as libc::sighandler_t;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signal, &action, std::ptr::null_mut())
        };
        if installed != 0 {
            return Err(
                Error::from(io::Error::last_os_error()).context("cannot install a signal handler")
            );
        }
    }
    Ok(Signals {
        wake: read,
        _write: write,
    })
}

/// Whether SIGTERM or SIGINT arrived.
pub fn stopping() -> bool {
    STOP.load(Ordering::SeqCst)
}

impl Signals {
    pub fn wake_fd(&self) -> RawFd {
        self.wake.as_raw_fd()
    }
}

/// Waits until `fd` is readable or a stop is asked for; true when `fd` is readable.
pub fn wait_readable(fd: RawFd, wake: RawFd) -> io::Result<bool> {
    poll_readable(fd, wake, -1)
}

/// [`wait_readable`] for at most `timeout_ms` (-1: no limit); false when the time ran out.
fn poll_readable(fd: RawFd, wake: RawFd, timeout_ms: i32) -> io::Result<bool> {
    loop {
        if stopping() {
            return Ok(false);
        }
        let mut fds = [
            libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: wake,
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        // SAFETY: two valid pollfd structures.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, timeout_ms) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if n == 0 || fds[1].revents != 0 || stopping() {
            return Ok(false);
        }
        if fds[0].revents != 0 {
            // Readable, at its end, or in error: the read says which.
            return Ok(true);
        }
    }
}

/// What [`LineReader::next_line`] found.
pub enum Next<'a> {
    /// A line, without its newline.
    Line(&'a [u8]),
    /// The input ended.
    End,
    /// SIGTERM or SIGINT arrived: serve no more requests.
    Stop,
}

/// Reads lines from a descriptor (stdin, a socket) with a buffer of its own, waiting for input
/// with [`wait_readable`].
pub struct LineReader<R> {
    input: R,
    wake: RawFd,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    ended: bool,
}

impl<R: Read + AsRawFd> LineReader<R> {
    pub fn new(input: R, wake: RawFd) -> LineReader<R> {
        LineReader {
            input,
            wake,
            buf: vec![0; 64 * 1024],
            start: 0,
            end: 0,
            ended: false,
        }
    }

    /// Whether a whole line is already read and waiting (a client that pipelines requests).
    pub fn line_at_hand(&self) -> bool {
        self.buf[self.start..self.end].contains(&b'\n') || (self.ended && self.start < self.end)
    }

    /// Whether more input (or its end) arrives within `timeout`, a line at hand counting as
    /// arrived; nothing is read.
    pub fn input_within(&self, timeout: std::time::Duration) -> bool {
        if self.line_at_hand() || self.ended {
            return true;
        }
        let ms = timeout.as_millis().min(i32::MAX as u128) as i32;
        poll_readable(self.input.as_raw_fd(), self.wake, ms).unwrap_or(false)
    }

    /// The next line; `Stop` as soon as a stop is asked for, even with lines at hand.
    pub fn next_line(&mut self) -> io::Result<Next<'_>> {
        let mut scanned = 0;
        loop {
            if stopping() {
                return Ok(Next::Stop);
            }
            if let Some(pos) = self.buf[self.start + scanned..self.end]
                .iter()
                .position(|b| *b == b'\n')
            {
                let line = self.start..self.start + scanned + pos;
                self.start = line.end + 1;
                return Ok(Next::Line(&self.buf[line]));
            }
            scanned = self.end - self.start;
            if self.ended {
                if self.start == self.end {
                    return Ok(Next::End);
                }
                // A last line without its newline.
                let line = self.start..self.end;
                self.start = self.end;
                return Ok(Next::Line(&self.buf[line]));
            }
            // Room to read into: move what is left to the front, grow when full.
            if self.start > 0 {
                self.buf.copy_within(self.start..self.end, 0);
                self.end -= self.start;
                self.start = 0;
            }
            if self.end == self.buf.len() {
                self.buf.resize(self.buf.len() * 2, 0);
            }
            if !wait_readable(self.input.as_raw_fd(), self.wake)? {
                return Ok(Next::Stop);
            }
            match self.input.read(&mut self.buf[self.end..]) {
                Ok(0) => self.ended = true,
                Ok(n) => self.end += n,
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock
                    ) => {}
                // A client that went away mid-line (a reset connection) ends it.
                Err(e) if e.kind() == io::ErrorKind::ConnectionReset => self.ended = true,
                Err(e) => return Err(e),
            }
        }
    }
}

/// The process's stdin as a file, read without std's buffer (which poll(2) cannot see into).
pub struct RawStdin(std::mem::ManuallyDrop<File>);

impl RawStdin {
    pub fn new() -> RawStdin {
        // SAFETY: descriptor 0 stays open for the life of the process; ManuallyDrop never
        // closes it.
        RawStdin(std::mem::ManuallyDrop::new(unsafe { File::from_raw_fd(0) }))
    }
}

impl Read for RawStdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf)
    }
}

impl AsRawFd for RawStdin {
    fn as_raw_fd(&self) -> RawFd {
        0
    }
}

/// The process's stdout as a file: each response goes out in one write, with no buffer between.
pub fn raw_stdout() -> std::mem::ManuallyDrop<File> {
    // SAFETY: descriptor 1 stays open for the life of the process; ManuallyDrop never closes it.
    std::mem::ManuallyDrop::new(unsafe { File::from_raw_fd(1) })
}
