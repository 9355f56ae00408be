//! Files a target needs on disk, one per process. libFuzzer leaves by `exit` (and fork mode
//! starts a process per job), so nothing runs at the end to remove them: each new process
//! removes the files of this target whose process is gone.

use std::path::PathBuf;

/// `$TMPDIR/storectl-fuzz/<target>-<pid><suffix>`, after removing stale files of `target`.
pub fn path(target: &str, suffix: &str) -> PathBuf {
    let dir = std::env::temp_dir().join("storectl-fuzz");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let prefix = format!("{target}-");
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(rest) = name.strip_prefix(&prefix) else {
                continue;
            };
            let pid: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if !pid.is_empty() && !PathBuf::from(format!("/proc/{pid}")).exists() {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    dir.join(format!("{target}-{}{suffix}", std::process::id()))
}
