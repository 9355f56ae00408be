//! `storectl serve --socket PATH`: many clients at once on a Unix socket.
//!
//! One thread per client, each with a store of its own, opened when the client connects. A
//! SQLite connection cannot be shared between threads, and one per client is what SQLite is
//! built for: readers run side by side (WAL), writers take turns on the write lock, waiting up
//! to the busy timeout, and a client's transaction group holds only its own connection. A single
//! worker would make every client wait for every other's reads and for each group to end.

use std::io;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use super::connection::Connection;
use super::stop::{self, LineReader, Signals};
use crate::engine::Store;
use crate::error::{Error, Result};
use crate::settings::Settings;

/// The socket file, removed when serve ends (if it is still the one serve made).
struct Bound {
    path: PathBuf,
    dev: u64,
    ino: u64,
}

impl Drop for Bound {
    fn drop(&mut self) {
        if let Ok(meta) = std::fs::symlink_metadata(&self.path) {
            if meta.dev() == self.dev && meta.ino() == self.ino {
                let _ = std::fs::remove_file(&self.path);
            }
        }
    }
}

/// Binds `path` (mode 0600), refusing to replace anything but a socket no one listens on.
fn bind(path: &Path) -> Result<(UnixListener, Bound)> {
    let shown = path.display();
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_socket() => {
            if UnixStream::connect(path).is_ok() {
                return Err(Error::conflict(format!(
                    "socket {shown} is in use: another process listens on it"
                ))
                .hint("stop that process, or choose another --socket PATH"));
            }
            // Left behind by a serve that was killed: nobody listens.
            std::fs::remove_file(path).map_err(|e| {
                Error::from(e).context(format!("cannot remove the stale socket {shown}"))
            })?;
        }
        Ok(_) => {
            return Err(Error::conflict(format!(
                "{shown} exists and is not a socket; serve does not replace it"
            ))
            .hint("choose another --socket PATH, or remove that file yourself"))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::from(e).context(format!("cannot use socket path {shown}"))),
    }
    // The socket is created with the umask's mode: no one but the owner may connect, from
    // the moment it exists (the process is still single-threaded here).
    // SAFETY: umask has no preconditions.
    let old = unsafe { libc::umask(0o177) };
    let bound = UnixListener::bind(path);
    // SAFETY: as above.
    unsafe { libc::umask(old) };
    let listener = bound.map_err(|e| {
        let kind = e.kind();
        let error = Error::from(e).context(format!("cannot listen on socket {shown}"));
        if kind == io::ErrorKind::NotFound {
            error.hint("create its directory first")
        } else {
            error
        }
    })?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    let meta = std::fs::symlink_metadata(path)?;
    let bound = Bound {
        path: path.to_path_buf(),
        dev: meta.dev(),
        ino: meta.ino(),
    };
    listener.set_nonblocking(true)?;
    Ok((listener, bound))
}

/// Accepts clients until a stop is asked for, then waits for each client's request in flight
/// and removes the socket.
pub fn serve(path: &Path, settings: &Settings, signals: &Signals) -> Result<()> {
    let (listener, bound) = bind(path)?;
    // Clients may connect from now on: a script starting serve can wait for this line.
    if !settings.quiet {
        eprintln!("storectl serve: listening on {}", path.display());
    }
    let mut clients: Vec<JoinHandle<()>> = Vec::new();
    let wake = signals.wake_fd();
    loop {
        if !stop::wait_readable(std::os::fd::AsRawFd::as_raw_fd(&listener), wake)? {
            break;
        }
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock
                        | io::ErrorKind::Interrupted
                        | io::ErrorKind::ConnectionAborted
                ) =>
            {
                continue
            }
            Err(e) => {
                return Err(Error::from(e).context(format!("cannot accept on {}", path.display())))
            }
        };
        clients.retain(|c| !c.is_finished());
        let settings = settings.clone();
        let spawned = std::thread::Builder::new()
            .name("serve-client".to_string())
            .spawn(move || client(stream, &settings, wake));
        match spawned {
            Ok(handle) => clients.push(handle),
            Err(e) => eprintln!("warning: cannot start a thread for a client: {e}"),
        }
    }
    for client in clients {
        let _ = client.join();
    }
    drop(bound);
    Ok(())
}

/// One client, on its own thread with its own store.
fn client(stream: UnixStream, settings: &Settings, wake: std::os::fd::RawFd) {
    let mut out = match stream.try_clone() {
        Ok(out) => out,
        Err(_) => return,
    };
    let result = Store::open(settings).map(|store| Connection::new(store, settings));
    let mut connection = match result {
        Ok(connection) => connection,
        Err(e) => {
            let mut response = Vec::new();
            super::request::write_error(&mut response, "null", &e, Default::default());
            let _ = super::request::send(&mut out, &response);
            return;
        }
    };
    let mut input = LineReader::new(stream, wake);
    // A client that goes away is no error of serve's; its open group was rolled back.
    if let Err(e) = connection.serve(&mut input, &mut out) {
        if !e.is_broken_pipe() && !settings.quiet {
            eprintln!(
                "warning: a serve client's connection failed: {}",
                e.message()
            );
        }
    }
}
