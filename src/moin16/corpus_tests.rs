//! The real data dirs under `../shared/corpus/moin16/` and the synthetic edge cases under
//! `../shared/corpus/moin16-edgecases/` (`corpus/README.md` lists their facts, which these tests
//! keep true): every edit-log and edit-lock line and every user profile must be written back
//! byte for byte, and every page directory, `current` file and revision name must read as the
//! README says. The corpus is only read. Without `../shared/corpus` each test skips visibly
//! (`crate::test_skip::corpus`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::detect::{detect, Verdict};
use super::editlog::{parse_line, split_log_lines, Action, EditLogFile, LineContent, LineError};
use super::names::{decode_page_dir, is_ignored_page_dir, url_quote, url_unquote, UnquoteError};
use super::page::{parse_revision_file_name, read_current, CurrentAnomaly, CurrentSource};
use super::user::{UserDirectory, UserProfile};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

const REAL: [&str; 8] = [
    "FXuZ__nhcnwiki",
    "Kartstig__engineering-inventions-wiki",
    "liugehao__wiki",
    "marcusyh__psychic",
    "mathrho__moinWiki",
    "smcdon__Wiki-Testing-Repo",
    "vietlq__moinplug",
    "zookeepr__zookeepr",
];

const EDGE: [&str; 6] = [
    "bad_current",
    "benign",
    "latin1_dirname",
    "latin1_editlog",
    "latin1_revision",
    "odd_hex_dirname",
];

fn data_dir(kind: &str, name: &str) -> PathBuf {
    Path::new(CORPUS).join(kind).join(name).join("data")
}

fn all_data_dirs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = REAL.iter().map(|n| data_dir("moin16", n)).collect();
    v.extend(EDGE.iter().map(|n| data_dir("moin16-edgecases", n)));
    for d in &v {
        assert!(d.is_dir(), "corpus missing: {}", d.display());
    }
    v
}

fn files_named(root: &Path, names: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(root).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            files_named(&path, names, out);
        } else if names.iter().any(|n| entry.file_name() == *n) {
            out.push(path);
        }
    }
}

fn rel(p: &Path) -> String {
    p.strip_prefix(CORPUS).unwrap_or(p).display().to_string()
}

#[test]
fn every_edit_log_and_edit_lock_line_round_trips() {
    if crate::test_skip::corpus().is_none() {
        return;
    }
    let mut files = Vec::new();
    for d in all_data_dirs() {
        files_named(&d, &["edit-log", "edit-lock"], &mut files);
    }
    files.sort();
    let (mut lines, mut parsed, mut canonical) = (0, 0, 0);
    let mut warnings: BTreeMap<String, usize> = BTreeMap::new();
    let mut errors: Vec<String> = Vec::new();
    let mut not_canonical: Vec<String> = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let log = EditLogFile::parse(&bytes);
        assert_eq!(log.to_bytes(), bytes, "{} does not round-trip", rel(path));
        for (number, raw, _) in split_log_lines(&bytes) {
            lines += 1;
            match parse_line(raw) {
                Ok(p) => {
                    parsed += 1;
                    assert_eq!(p.to_text().as_bytes(), raw, "{}:{number}", rel(path));
                    if p.is_canonical() {
                        canonical += 1;
                    } else {
                        not_canonical.push(format!("{}:{number}", rel(path)));
                    }
                    for w in p.warnings() {
                        let kind = format!("{w:?}");
                        let kind = kind.split([' ', '{']).next().unwrap().to_string();
                        *warnings.entry(kind).or_default() += 1;
                    }
                }
                Err(e) => errors.push(format!("{}:{number}: {e}", rel(path))),
            }
        }
    }
    println!(
        "{} files, {lines} lines: {parsed} parsed ({canonical} exactly as moin writes them), {} errors; warnings {warnings:?}",
        files.len(),
        errors.len()
    );
    assert!(
        files.len() >= 320 && lines >= 1650,
        "{} {lines}",
        files.len()
    );
    // The only lines that do not parse are the ones planted in the edge cases.
    assert_eq!(
        errors,
        [
            "moin16-edgecases/benign/data/pages/BlankLogLine/edit-log:1: blank line",
            "moin16-edgecases/latin1_dirname/data/pages/Caf(e9)/edit-log:1: page directory name \"Caf(e9)\" does not unquote to UTF-8 (invalid byte at offset 3)",
            "moin16-edgecases/latin1_editlog/data/pages/Latin1Log/edit-log:1: not UTF-8 (invalid byte at offset 87)",
            "moin16-edgecases/odd_hex_dirname/data/pages/Foo(abc)/edit-log:1: page directory name \"Foo(abc)\" has a quoted group with an odd number of hex digits (\"abc\")",
        ]
    );
    // Every line that parses is exactly what moin's EditLog.add writes for its entry.
    assert_eq!(canonical, parsed, "{not_canonical:?}");
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn per_page_action_counts_match_the_readme() {
    if crate::test_skip::corpus().is_none() {
        return;
    }
    let expected: &[(&str, &[(&str, usize)])] = &[
        (
            "liugehao__wiki",
            &[
                ("SAVENEW", 170),
                ("SAVE", 152),
                ("SAVE/RENAME", 1),
                ("ATTNEW", 22),
                ("ATTDEL", 2),
            ],
        ),
        (
            "FXuZ__nhcnwiki",
            &[
                ("SAVENEW", 49),
                ("SAVE", 252),
                ("SAVE/REVERT", 7),
                ("ATTNEW", 1),
            ],
        ),
        (
            "mathrho__moinWiki",
            &[("SAVENEW", 7), ("SAVE", 74), ("SAVE/RENAME", 2)],
        ),
        (
            "marcusyh__psychic",
            &[("SAVENEW", 13), ("SAVE", 17), ("SAVE/RENAME", 1)],
        ),
        (
            "vietlq__moinplug",
            &[("SAVENEW", 6), ("SAVE", 29), ("ATTNEW", 1)],
        ),
    ];
    for (corpus, counts) in expected {
        let pages = data_dir("moin16", corpus).join("pages");
        let mut got: BTreeMap<String, usize> = BTreeMap::new();
        for entry in std::fs::read_dir(&pages).unwrap() {
            let log = entry.unwrap().path().join("edit-log");
            if let Ok(bytes) = std::fs::read(&log) {
                let log = EditLogFile::parse(&bytes);
                assert_eq!(log.errors().count(), 0);
                for e in log.entries() {
                    *got.entry(e.action.to_string()).or_default() += 1;
                    match &e.action {
                        Action::SaveRevert => assert!(e.reverted_to().is_some()),
                        Action::SaveRename => assert!(!e.renamed_from().unwrap().is_empty()),
                        a if a.is_attachment() => {
                            assert_eq!(url_quote(&e.attachment_name().unwrap()), e.extra)
                        }
                        _ => {}
                    }
                }
            }
        }
        let want: BTreeMap<String, usize> =
            counts.iter().map(|(a, n)| (a.to_string(), *n)).collect();
        assert_eq!(got, want, "{corpus}");
    }
}

#[derive(Debug, Default, PartialEq, Eq)]
struct PageFacts {
    dirs: usize,
    live: usize,
    deleted: usize,
    no_current: usize,
    revision_files: usize,
    multi_rev: usize,
    max_revs: usize,
    attachments: usize,
}

/// Counts as `corpus/README.md` does, and checks names, `current` files and revision names.
fn page_facts(data: &Path, crlf_current: &mut usize) -> PageFacts {
    let mut f = PageFacts::default();
    for entry in std::fs::read_dir(data.join("pages")).unwrap() {
        let entry = entry.unwrap();
        let fs_name = entry.file_name();
        assert!(!is_ignored_page_dir(fs_name.as_encoded_bytes()));
        f.dirs += 1;
        let dir = entry.path();
        let mut revs = 0;
        if let Ok(rd) = std::fs::read_dir(dir.join("revisions")) {
            for r in rd {
                let name = r.unwrap().file_name();
                let parsed = parse_revision_file_name(name.as_encoded_bytes())
                    .unwrap_or_else(|| panic!("{}: revision name {name:?}", dir.display()));
                assert!(parsed.canonical && parsed.number > 0);
                revs += 1;
            }
        }
        f.revision_files += revs;
        if revs > 1 {
            f.multi_rev += 1;
        }
        f.max_revs = f.max_revs.max(revs);
        if let Ok(rd) = std::fs::read_dir(dir.join("attachments")) {
            f.attachments += rd.count();
        }
        match read_current(&dir).unwrap() {
            None => f.no_current += 1,
            Some(c) => {
                assert_eq!(c.source, CurrentSource::Current);
                for a in &c.anomalies {
                    match a {
                        CurrentAnomaly::CrLf => *crlf_current += 1,
                        CurrentAnomaly::MissingNewline | CurrentAnomaly::Unreadable { .. } => {}
                        other => panic!("{}: {other}", dir.display()),
                    }
                }
                let Some(rev) = c.revision else { continue };
                if dir.join("revisions").join(format!("{rev:08}")).exists() {
                    f.live += 1;
                } else {
                    f.deleted += 1;
                }
            }
        }
    }
    f
}

#[test]
fn real_page_directories_read_as_the_readme_says() {
    if crate::test_skip::corpus().is_none() {
        return;
    }
    #[rustfmt::skip]
    let table: [(&str, [usize; 8], usize); 8] = [
        // dirs, live, deleted, no current, revision files, >1 rev, max revs, attachments; CRLF current
        ("liugehao__wiki", [183, 168, 2, 13, 318, 60, 22, 20], 6),
        ("FXuZ__nhcnwiki", [41, 25, 12, 4, 285, 23, 72, 1], 0),
        ("mathrho__moinWiki", [13, 9, 0, 4, 84, 7, 56, 1], 0),
        ("marcusyh__psychic", [16, 14, 0, 2, 32, 8, 7, 0], 0),
        ("vietlq__moinplug", [8, 7, 0, 1, 44, 5, 12, 1], 0),
        ("smcdon__Wiki-Testing-Repo", [2, 2, 0, 0, 4, 1, 3, 0], 0),
        ("Kartstig__engineering-inventions-wiki", [5, 4, 0, 1, 5, 1, 2, 0], 0),
        ("zookeepr__zookeepr", [1, 1, 0, 0, 1, 0, 1, 0], 0),
    ];
    let mut names = 0;
    for (corpus, n, _) in table {
        let data = data_dir("moin16", corpus);
        let mut crlf = 0;
        let f = page_facts(&data, &mut crlf);
        let got = [
            f.dirs,
            f.live,
            f.deleted,
            f.no_current,
            f.revision_files,
            f.multi_rev,
            f.max_revs,
            f.attachments,
        ];
        assert_eq!(got, n, "{corpus}: {f:?}");
        if corpus == "liugehao__wiki" {
            assert_eq!(crlf, 6, "liugehao: CRLF current files");
        }
        // Every real directory name decodes and is exactly how moin quotes its name.
        let mut non_ascii = 0;
        let mut subpages = 0;
        for entry in std::fs::read_dir(data.join("pages")).unwrap() {
            let fs_name = entry.unwrap().file_name();
            let d = decode_page_dir(fs_name.as_encoded_bytes()).unwrap();
            assert!(d.is_canonical, "{fs_name:?}");
            names += 1;
            non_ascii += usize::from(!d.name.is_ascii());
            subpages += usize::from(d.name.contains('/'));
        }
        if corpus == "liugehao__wiki" {
            assert_eq!((non_ascii, subpages), (141, 149));
        }
    }
    // mathrho is the other corpus with CRLF `current` files (README): check it has some.
    let mut crlf = 0;
    page_facts(&data_dir("moin16", "mathrho__moinWiki"), &mut crlf);
    assert!(crlf > 0);
    println!("{names} real page directory names decode and re-quote to themselves");
}

#[test]
fn attachment_names_match_their_log_lines() {
    if crate::test_skip::corpus().is_none() {
        return;
    }
    // Every attachment file of a page with ATTNEW lines is named in one of them (url-quoted).
    let mut checked = 0;
    for corpus in REAL
        .iter()
        .map(|c| data_dir("moin16", c))
        .chain([data_dir("moin16-edgecases", "benign")])
    {
        for entry in std::fs::read_dir(corpus.join("pages")).unwrap() {
            let dir = entry.unwrap().path();
            let Ok(files) = std::fs::read_dir(dir.join("attachments")) else {
                continue;
            };
            let log = EditLogFile::parse(&std::fs::read(dir.join("edit-log")).unwrap_or_default());
            let uploaded: Vec<String> = log
                .entries()
                .filter(|e| e.action == Action::AttNew)
                .filter_map(|e| e.attachment_name())
                .collect();
            if uploaded.is_empty() {
                continue;
            }
            for f in files {
                let name = f.unwrap().file_name().into_string().unwrap();
                assert!(uploaded.contains(&name), "{}: {name}", dir.display());
                assert_eq!(url_unquote(url_quote(&name)), name);
                checked += 1;
            }
        }
    }
    assert!(checked >= 15, "{checked}");
}

#[test]
fn every_user_profile_round_trips() {
    if crate::test_skip::corpus().is_none() {
        return;
    }
    let mut profiles = 0;
    let mut names = BTreeMap::new();
    for d in all_data_dirs() {
        let user_dir = d.join("user");
        if !user_dir.is_dir() {
            continue;
        }
        let dir = UserDirectory::read(&user_dir).unwrap();
        assert!(dir.unreadable.is_empty());
        for (id, p) in &dir.profiles {
            let bytes = std::fs::read(user_dir.join(id)).unwrap();
            assert_eq!(p.to_text().as_bytes(), bytes, "{id}");
            assert_eq!(&UserProfile::parse(&bytes).unwrap(), p);
            assert!(p.problems().is_empty(), "{id}: {:?}", p.problems());
            names.insert(id.clone(), dir.name_of(id).unwrap().to_string());
            profiles += 1;
        }
        for other in &dir.other {
            assert_eq!(other, "README", "{}", d.display());
        }
    }
    assert_eq!(profiles, 4);
    assert_eq!(names["1346807238.23.43355"], "liugehao");
    assert_eq!(names["1372892159.98.37607"], "mathrho");
    assert_eq!(names["1400000000.00.1111"], "Alice");
    assert_eq!(names["1400000000.00.2222"], "Bob");

    let benign = UserDirectory::read(&data_dir("moin16-edgecases", "benign").join("user")).unwrap();
    assert_eq!(benign.legacy_side_files, ["1400000000.00.1111.trail"]);
    let alice = &benign.profiles["1400000000.00.1111"];
    assert_eq!(alice.alias_name(), Some("Alice A."));
    assert_eq!(alice.subscribed_pages(), ["NormalPage", "Help.*"]);
    assert_eq!(alice.bookmarks()["Self"], "1400000001000000");
    let bob = &benign.profiles["1400000000.00.2222"];
    assert!(matches!(
        bob.password_hash(),
        Some(Ok((super::user::PasswordScheme::Passlib, _)))
    ));
    assert_eq!(benign.ids_of_name("Bob"), ["1400000000.00.2222"]);

    // Log user ids map to names where a profile exists; FXuZ's editors have none.
    let liugehao = data_dir("moin16", "liugehao__wiki");
    let users = UserDirectory::read(&liugehao.join("user")).unwrap();
    let log = EditLogFile::parse(&std::fs::read(liugehao.join("edit-log")).unwrap());
    let named = log
        .entries()
        .filter(|e| users.name_of(&e.userid) == Some("liugehao"))
        .count();
    assert!(named > 100, "{named}");
    let fxuz = data_dir("moin16", "FXuZ__nhcnwiki");
    let users = UserDirectory::read(&fxuz.join("user")).unwrap();
    let log = EditLogFile::parse(&std::fs::read(fxuz.join("edit-log")).unwrap());
    assert!(log.entries().any(|e| !e.userid.is_empty()));
    assert!(log.entries().all(|e| users.name_of(&e.userid).is_none()));
}

#[test]
fn detection_on_every_corpus() {
    if crate::test_skip::corpus().is_none() {
        return;
    }
    for name in REAL {
        let d = detect(&data_dir("moin16", name), None).unwrap();
        let expected = if name == "zookeepr__zookeepr" {
            Verdict::Moin15
        } else {
            Verdict::Moin16
        };
        assert_eq!(d.verdict, expected, "{name}: {}", d.explanation());
        println!("{name}: {}", d.explanation());
    }
    let z = detect(&data_dir("moin16", "zookeepr__zookeepr"), None).unwrap();
    let e = z.explanation();
    assert!(
        e.contains("01050400") && e.contains("1.5.4") && e.contains("migration data"),
        "{e}"
    );
    let s = detect(&data_dir("moin16", "smcdon__Wiki-Testing-Repo"), None).unwrap();
    assert!(
        s.explanation().contains("01080100 (moin 1.8.1)"),
        "{}",
        s.explanation()
    );
    // vietlq has no meta file: decided by the markup scan (it uses <<Macro>>).
    let v = detect(&data_dir("moin16", "vietlq__moinplug"), None).unwrap();
    assert!(
        v.explanation().contains("no data/meta"),
        "{}",
        v.explanation()
    );
    assert!(v.explanation().contains("<<Macro>>"), "{}", v.explanation());
    for name in EDGE {
        let d = detect(&data_dir("moin16-edgecases", name), None).unwrap();
        assert_eq!(d.verdict, Verdict::Moin16, "{name}: {}", d.explanation());
    }
}

#[test]
fn edge_cases_are_reported() {
    if crate::test_skip::corpus().is_none() {
        return;
    }
    let edge = |n: &str| data_dir("moin16-edgecases", n).join("pages");
    let c = read_current(&edge("bad_current").join("BadCurrent"))
        .unwrap()
        .unwrap();
    assert_eq!(c.revision, None);
    assert!(matches!(
        c.anomalies[..],
        [CurrentAnomaly::Unreadable { .. }]
    ));
    assert!(matches!(
        decode_page_dir("Caf(e9)"),
        Err(UnquoteError::NotUtf8 { .. })
    ));
    assert!(edge("latin1_dirname").join("Caf(e9)").is_dir());
    assert!(matches!(
        decode_page_dir("Foo(abc)"),
        Err(UnquoteError::OddHexRun { .. })
    ));
    assert!(edge("odd_hex_dirname").join("Foo(abc)").is_dir());
    let log = EditLogFile::parse(
        &std::fs::read(edge("latin1_editlog").join("Latin1Log/edit-log")).unwrap(),
    );
    assert!(matches!(
        log.lines[0].content,
        LineContent::Bad {
            error: LineError::NotUtf8 { .. },
            ..
        }
    ));

    let benign = edge("benign");
    let mut missing_newline = 0;
    for entry in std::fs::read_dir(&benign).unwrap() {
        let dir = entry.unwrap().path();
        if let Some(c) = read_current(&dir).unwrap() {
            missing_newline += c
                .anomalies
                .iter()
                .filter(|a| **a == CurrentAnomaly::MissingNewline)
                .count();
        }
    }
    assert_eq!(missing_newline, 1, "benign: a `current` without newline");
    assert_eq!(read_current(&benign.join("OnlyLog")).unwrap(), None);
    // Deleted page: current names a revision without a file.
    let c = read_current(&benign.join("DeletedPage")).unwrap().unwrap();
    let rev = c.revision.unwrap();
    assert!(!benign
        .join("DeletedPage/revisions")
        .join(format!("{rev:08}"))
        .exists());
    // Rename, revert and gap pages read through their logs.
    let log =
        |p: &str| EditLogFile::parse(&std::fs::read(benign.join(p).join("edit-log")).unwrap());
    let renamed = log("NewName");
    assert!(renamed.entries().any(|e| e.renamed_from().is_some()));
    assert!(log("Reverted").entries().any(|e| e.reverted_to().is_some()));
    let gap = log("Gap");
    assert!(gap.entry_for_revision(3).is_some());
    let blank = log("BlankLogLine");
    assert_eq!(blank.errors().count(), 1);
    assert!(blank.entry_for_revision(2).is_some());
}
