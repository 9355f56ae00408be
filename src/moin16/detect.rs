//! Telling moin 1.6–1.9 data from moin 1.5 data (`moin16-format.md` §8).
//!
//! The page storage layout is the same from 1.3 to 1.9; what differs is meaning (in 1.5 `_` in
//! a page name is a space, links and macros use 1.5 markup, user lists lack `[]`). Importing 1.5
//! data as if it were 1.6 silently renames pages and breaks links, so the migrator must refuse
//! it and say why. The evidence, strongest first:
//! 1. `data/meta`'s `data_format_revision`: below 1060000 is 1.5; 1059997–1059999 means moin's
//!    own 1.5→1.6 migration stopped half-way; 1060000 and above is 1.6–1.9 (their formats are
//!    the same: every step from 1060000 to 1091100 is a no-op for pages).
//! 2. Without a usable revision (no `meta`, which 1.5.0–1.6a and some 1.6 releases lack): 1.5
//!    side files in `user/` (`*.trail`, `*.bookmark`), profiles with 1.5 list keys,
//!    `*/MoinEditorBackup` pages, or 1.5 macro calls (`[[TableOfContents]]`) in current revisions
//!    while no page uses the 1.6 `<<Macro>>` syntax. If none of these is found, the dir is
//!    taken for 1.6+ (and the evidence says the call was made without `meta`).
//!
//! [`assess`] decides from collected [`DataDirFacts`] (pure); [`detect`] collects them from disk.

use std::fmt;
use std::io;
use std::path::Path;

use super::confined::{symlink_of, Confined, Kind};
use super::meta::{release_of, MetaFile, MetaProblem, FIRST_1_6_DATA_FORMAT_REVISION};
use super::names::{is_ignored_page_dir, unquote_wikiname};
use super::page::{decode_revision_text, read_current_in, revision_file_name};
use super::user::{is_legacy_side_file, is_user_id, UserProfile};

/// The verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The moin 1.6–1.9 format: can be migrated.
    Moin16,
    /// moin 1.5 (or older) data: must be converted by moin 1.9's `moin migration data` first.
    Moin15,
    /// moin's 1.5→1.6 migration stopped after its first pass (it waits for the admin to turn
    /// `rename1.txt` into `rename2.txt`): neither format.
    Moin15MigrationStopped,
}

/// One observation that went into the verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// `data_format_revision` (as an integer, and as written, e.g. zero-padded `01050400`).
    MetaRevision { revision: i64, text: String },
    /// There is no `data/meta` file.
    NoMetaFile,
    /// `data/meta` exists but has no `data_format_revision`.
    MetaWithoutRevision,
    /// `data/meta` has a problem moin itself would fail on.
    MetaProblem(MetaProblem),
    /// `user/*.trail` or `user/*.bookmark` files (written by moin ≤ 1.5).
    LegacyUserSideFiles { count: usize, examples: Vec<String> },
    /// Profiles with `quicklinks=` / `subscribed_pages=` without `[]` (1.5 format).
    LegacyProfileKeys { ids: Vec<String> },
    /// Pages named `.../MoinEditorBackup` (1.5's editor backups).
    EditorBackupPages { names: Vec<String> },
    /// 1.5 macro calls in current revisions, and no page uses `<<Macro>>`.
    OldMacroSyntax {
        pages: usize,
        example_page: String,
        example: String,
    },
    /// Current revisions use the 1.6 `<<Macro>>` syntax.
    NewMacroSyntax { pages: usize },
    /// `rename1.txt` / `rename2.txt` in the data dir: moin's 1.5→1.6 migration ran pass 1.
    RenameMaps { files: Vec<String> },
    /// A `data.pre160` directory next to the data dir: moin's 1.5→1.6 migration ran pass 2.
    PreMigrationCopy,
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::MetaRevision { revision, text } => {
                write!(f, "data/meta says data_format_revision {text}")?;
                match release_of(*revision) {
                    Some(r) => write!(f, " (moin {r})"),
                    None => Ok(()),
                }
            }
            Evidence::NoMetaFile => write!(f, "there is no data/meta file"),
            Evidence::MetaWithoutRevision => {
                write!(f, "data/meta has no data_format_revision")
            }
            Evidence::MetaProblem(p) => write!(f, "{p}"),
            Evidence::LegacyUserSideFiles { count, examples } => write!(
                f,
                "{count} moin 1.5 trail/bookmark file(s) in the user directory (e.g. {})",
                examples.join(", ")
            ),
            Evidence::LegacyProfileKeys { ids } => write!(
                f,
                "{} user profile(s) with moin 1.5 list keys (quicklinks=/subscribed_pages= without []), e.g. {}",
                ids.len(),
                ids.iter().take(3).cloned().collect::<Vec<_>>().join(", ")
            ),
            Evidence::EditorBackupPages { names } => write!(
                f,
                "{} moin 1.5 editor backup page(s), e.g. {:?}",
                names.len(),
                names.first().map_or("", String::as_str)
            ),
            Evidence::OldMacroSyntax {
                pages,
                example_page,
                example,
            } => write!(
                f,
                "{pages} page(s) use moin 1.5 macro syntax (e.g. {example} on {example_page:?}) and none uses <<Macro>>"
            ),
            Evidence::NewMacroSyntax { pages } => {
                write!(f, "{pages} page(s) use the moin 1.6 <<Macro>> syntax")
            }
            Evidence::RenameMaps { files } => write!(
                f,
                "{} is in the data directory (left by moin's 1.5 to 1.6 migration)",
                files.join(" and ")
            ),
            Evidence::PreMigrationCopy => write!(
                f,
                "a data.pre160 directory (moin's 1.5 to 1.6 migration finished) is next to it"
            ),
        }
    }
}

impl Evidence {
    /// Evidence that points to 1.5 data when `meta` does not decide.
    fn suggests_1_5(&self) -> bool {
        matches!(
            self,
            Evidence::LegacyUserSideFiles { .. }
                | Evidence::LegacyProfileKeys { .. }
                | Evidence::EditorBackupPages { .. }
                | Evidence::OldMacroSyntax { .. }
        )
    }
}

/// The result of detection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    pub verdict: Verdict,
    /// Everything observed, the deciding evidence first.
    pub evidence: Vec<Evidence>,
}

impl Detection {
    pub fn is_moin16(&self) -> bool {
        self.verdict == Verdict::Moin16
    }

    /// One or two sentences for an error message (when refusing) or a report line.
    pub fn explanation(&self) -> String {
        let decisive: Vec<String> = match self.verdict {
            Verdict::Moin16 => self
                .evidence
                .iter()
                .filter(|e| !e.suggests_1_5())
                .map(|e| e.to_string())
                .collect(),
            _ => self
                .evidence
                .iter()
                .filter(|e| !matches!(e, Evidence::NewMacroSyntax { .. }))
                .map(|e| e.to_string())
                .collect(),
        };
        let because = decisive.join("; ");
        match self.verdict {
            Verdict::Moin16 => {
                let has_revision = self
                    .evidence
                    .iter()
                    .any(|e| matches!(e, Evidence::MetaRevision { .. }));
                if has_revision {
                    format!("MoinMoin 1.6-1.9 data directory ({because})")
                } else {
                    format!(
                        "assuming a MoinMoin 1.6-1.9 data directory: {because}, and nothing points to moin 1.5"
                    )
                }
            }
            Verdict::Moin15 => format!(
                "this is a MoinMoin 1.5 data directory ({because}). Only the 1.6-1.9 format can be migrated: \
                 in 1.5 data, underscores in page names mean spaces and links, macros and user profile lists \
                 use 1.5 syntax. Convert it with MoinMoin 1.9's own `moin ... migration data` first, then \
                 migrate the result"
            ),
            Verdict::Moin15MigrationStopped => format!(
                "MoinMoin's own 1.5 to 1.6 migration of this data directory stopped half-way ({because}). \
                 Finish it first: edit rename1.txt, save it as rename2.txt, and run `moin ... migration data` again"
            ),
        }
    }
}

/// What [`assess`] looks at. [`detect`] fills it from a data dir; tests build it directly.
#[derive(Debug, Clone, Default)]
pub struct DataDirFacts {
    /// `data/meta`, parsed; None if the file does not exist.
    pub meta: Option<MetaFile>,
    /// Names in the user directory.
    pub user_files: Vec<String>,
    /// Ids of profiles that use 1.5 list keys.
    pub legacy_profile_ids: Vec<String>,
    /// Decoded page names in `pages/`.
    pub page_names: Vec<String>,
    /// Markup of current revisions; None when not scanned.
    pub markup: Option<MarkupScan>,
    /// `rename1.txt` / `rename2.txt` present in the data dir.
    pub rename_maps: Vec<String>,
    /// `../data.pre160` exists.
    pub pre160_copy: bool,
}

/// Macro syntax counts over current revisions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MarkupScan {
    pub pages_with_new_macros: usize,
    pub pages_with_old_macros: usize,
    /// (page, the 1.5 macro call) of the first page with one.
    pub old_example: Option<(String, String)>,
}

impl MarkupScan {
    /// Adds one page's text.
    pub fn add_page(&mut self, page: &str, text: &str) {
        let (new, old) = scan_macros(text);
        if new {
            self.pages_with_new_macros += 1;
        }
        if let Some(example) = old {
            self.pages_with_old_macros += 1;
            if self.old_example.is_none() {
                self.old_example = Some((page.to_string(), example));
            }
        }
    }
}

/// moin's built-in macros (`MoinMoin/macro/*.py` and the `_macro_*` builtins of 1.9, plus the
/// 1.5-only `ImageLink`, `UserPreferences`, `Login`). `[[Name]]` or `[[Name(` with one of
/// these is a 1.5 macro call; in 1.6 markup it would be a link to a page of that name.
const MACROS: &[&str] = &[
    "AbandonedPages",
    "Action",
    "AdvancedSearch",
    "Anchor",
    "AttachInfo",
    "AttachList",
    "BR",
    "Date",
    "DateTime",
    "EditTemplates",
    "EditedSystemPages",
    "EmbedObject",
    "FootNote",
    "FullSearch",
    "FullSearchCached",
    "GetText",
    "GetText2",
    "GetVal",
    "GoTo",
    "HighlighterList",
    "Hits",
    "Icon",
    "ImageLink",
    "Include",
    "InterWiki",
    "LikePages",
    "Login",
    "MailTo",
    "MonthCalendar",
    "Navigation",
    "NewPage",
    "OrphanedPages",
    "PageCount",
    "PageHits",
    "PageList",
    "PageSize",
    "RandomPage",
    "RandomQuote",
    "RecentChanges",
    "ShowSmileys",
    "StatsChart",
    "SystemAdmin",
    "SystemInfo",
    "TableOfContents",
    "TeudView",
    "TemplateList",
    "TitleIndex",
    "TitleSearch",
    "UserPreferences",
    "Verbatim",
    "WantedPages",
    "WikiConfig",
    "WikiConfigHelp",
    "WordIndex",
];

/// (uses `<<Macro`, first 1.5 macro call found).
fn scan_macros(text: &str) -> (bool, Option<String>) {
    let new = text
        .match_indices("<<")
        .any(|(i, _)| text[i + 2..].starts_with(|c: char| c.is_ascii_uppercase()));
    let old = text.match_indices("[[").find_map(|(i, _)| {
        let rest = &text[i + 2..];
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        let after = &rest[name_len..];
        if MACROS.contains(&name) && (after.starts_with("]]") || after.starts_with('(')) {
            let end = after.find("]]").map_or(after.len(), |e| e + 2).min(60);
            let end = (0..=end)
                .rev()
                .find(|&e| after.is_char_boundary(e))
                .unwrap_or(0);
            Some(format!("[[{name}{}", &after[..end]))
        } else {
            None
        }
    });
    (new, old)
}

/// Decides from the facts.
pub fn assess(facts: &DataDirFacts) -> Detection {
    let mut evidence = Vec::new();
    let mut revision = None;
    match &facts.meta {
        None => evidence.push(Evidence::NoMetaFile),
        Some(meta) => {
            evidence.extend(meta.problems.iter().cloned().map(Evidence::MetaProblem));
            match (
                meta.data_format_revision(),
                meta.get("data_format_revision"),
            ) {
                (Some(r), Some(text)) => {
                    revision = Some(r);
                    evidence.insert(
                        0,
                        Evidence::MetaRevision {
                            revision: r,
                            text: text.to_string(),
                        },
                    );
                }
                (_, None) => evidence.push(Evidence::MetaWithoutRevision),
                (None, Some(_)) => {}
            }
        }
    }
    if !facts.rename_maps.is_empty() {
        evidence.push(Evidence::RenameMaps {
            files: facts.rename_maps.clone(),
        });
    }
    if facts.pre160_copy {
        evidence.push(Evidence::PreMigrationCopy);
    }
    let side: Vec<&String> = facts
        .user_files
        .iter()
        .filter(|f| is_legacy_side_file(f))
        .collect();
    if !side.is_empty() {
        evidence.push(Evidence::LegacyUserSideFiles {
            count: side.len(),
            examples: side.iter().take(3).map(|s| s.to_string()).collect(),
        });
    }
    if !facts.legacy_profile_ids.is_empty() {
        evidence.push(Evidence::LegacyProfileKeys {
            ids: facts.legacy_profile_ids.clone(),
        });
    }
    let backups: Vec<String> = facts
        .page_names
        .iter()
        .filter(|n| *n == "MoinEditorBackup" || n.ends_with("/MoinEditorBackup"))
        .cloned()
        .collect();
    if !backups.is_empty() {
        evidence.push(Evidence::EditorBackupPages { names: backups });
    }
    if let Some(m) = &facts.markup {
        if m.pages_with_new_macros > 0 {
            evidence.push(Evidence::NewMacroSyntax {
                pages: m.pages_with_new_macros,
            });
        } else if let Some((page, example)) = &m.old_example {
            evidence.push(Evidence::OldMacroSyntax {
                pages: m.pages_with_old_macros,
                example_page: page.clone(),
                example: example.clone(),
            });
        }
    }

    let verdict = match revision {
        Some(1_059_997..=1_059_999) => Verdict::Moin15MigrationStopped,
        Some(r) if r < FIRST_1_6_DATA_FORMAT_REVISION => Verdict::Moin15,
        Some(_) => Verdict::Moin16,
        None if !facts.rename_maps.is_empty() && !facts.pre160_copy => {
            Verdict::Moin15MigrationStopped
        }
        None if evidence.iter().any(Evidence::suggests_1_5) => Verdict::Moin15,
        None => Verdict::Moin16,
    };
    if verdict == Verdict::Moin15 && revision.is_none() {
        // Put the deciding 1.5 signs first.
        evidence.sort_by_key(|e| !e.suggests_1_5());
    }
    Detection { verdict, evidence }
}

/// Collects [`DataDirFacts`] from `data_dir` (and `user_dir`, default `data_dir/user`) and
/// decides. Reads only; current revisions are scanned for macro syntax only when `meta` has
/// no usable `data_format_revision`.
pub fn detect(data_dir: &Path, user_dir: Option<&Path>) -> io::Result<Detection> {
    let mut facts = DataDirFacts::default();
    // Links are never followed; detection, a heuristic, passes over them (the readers that
    // import or serve the data report them).
    let fs = Confined::new(data_dir);
    match fs.read(&data_dir.join("meta")) {
        Ok(b) => facts.meta = Some(MetaFile::parse(&b)),
        Err(e) if e.kind() == io::ErrorKind::NotFound || symlink_of(&e).is_some() => {}
        Err(e) => return Err(e),
    }
    for f in ["rename1.txt", "rename2.txt"] {
        if data_dir.join(f).exists() {
            facts.rename_maps.push(f.to_string());
        }
    }
    facts.pre160_copy = data_dir
        .parent()
        .is_some_and(|p| p.join("data.pre160").is_dir());

    let default_user_dir = data_dir.join("user");
    let user_dir = user_dir.unwrap_or(&default_user_dir);
    let user_fs = Confined::new(user_dir.parent().unwrap_or(user_dir));
    if user_fs.kind(user_dir).ok().flatten() == Some(Kind::Dir) {
        for (name, kind) in user_fs.read_dir(user_dir)? {
            let name = name.to_string_lossy().into_owned();
            if kind == Kind::File && is_user_id(&name) {
                if let Ok(p) = UserProfile::parse(&user_fs.read(&user_dir.join(&name))?) {
                    if p.has_legacy_list_keys() {
                        facts.legacy_profile_ids.push(name.clone());
                    }
                }
            }
            facts.user_files.push(name);
        }
        facts.user_files.sort();
        facts.legacy_profile_ids.sort();
    }

    let pages = data_dir.join("pages");
    let mut page_dirs = Vec::new();
    if fs.kind(&pages).ok().flatten() == Some(Kind::Dir) {
        for (fs_name, kind) in fs.read_dir(&pages)? {
            let bytes = fs_name.as_encoded_bytes();
            if is_ignored_page_dir(bytes) || kind != Kind::Dir {
                continue;
            }
            if let Ok(name) = unquote_wikiname(bytes) {
                facts.page_names.push(name.clone());
                page_dirs.push((name, pages.join(&fs_name)));
            }
        }
        facts.page_names.sort();
    }
    let meta_decides = facts
        .meta
        .as_ref()
        .is_some_and(|m| m.data_format_revision().is_some());
    if !meta_decides {
        let mut scan = MarkupScan::default();
        page_dirs.sort();
        for (name, dir) in &page_dirs {
            let Ok(Some(rev)) = read_current_in(&fs, dir).map(|c| c.and_then(|c| c.revision))
            else {
                continue;
            };
            let file = dir.join("revisions").join(revision_file_name(rev));
            if let Ok(bytes) = fs.read(&file) {
                let text = decode_revision_text(&bytes)
                    .unwrap_or_else(|_| String::from_utf8_lossy(&bytes).replace('\r', ""));
                scan.add_page(name, &text);
            }
        }
        facts.markup = Some(scan);
    }
    Ok(assess(&facts))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(s: &str) -> Option<MetaFile> {
        Some(MetaFile::parse(s.as_bytes()))
    }

    #[test]
    fn meta_decides() {
        let d = assess(&DataDirFacts {
            meta: meta("data_format_revision: 01050400\n"),
            ..Default::default()
        });
        assert_eq!(d.verdict, Verdict::Moin15);
        let e = d.explanation();
        assert!(e.contains("01050400") && e.contains("moin 1.5.4"), "{e}");
        assert!(e.contains("migration data"), "{e}");

        let d = assess(&DataDirFacts {
            meta: meta("data_format_revision: 1091100"),
            user_files: vec!["1.2.trail".into(), "1.2".into()],
            ..Default::default()
        });
        assert_eq!(d.verdict, Verdict::Moin16);
        assert!(d.is_moin16());
        let e = d.explanation();
        assert!(e.contains("1.9.11") && !e.contains("trail"), "{e}");

        for r in ["1059999", "1059998", "1059997"] {
            let d = assess(&DataDirFacts {
                meta: meta(&format!("data_format_revision: {r}")),
                rename_maps: vec!["rename1.txt".into()],
                ..Default::default()
            });
            assert_eq!(d.verdict, Verdict::Moin15MigrationStopped);
            assert!(d.explanation().contains("rename2.txt"));
        }
    }

    #[test]
    fn weak_signs_without_meta() {
        let d = assess(&DataDirFacts::default());
        assert_eq!(d.verdict, Verdict::Moin16);
        assert!(
            d.explanation().contains("no data/meta"),
            "{}",
            d.explanation()
        );

        let mut markup = MarkupScan::default();
        markup.add_page("FrontPage", "Hello [[TableOfContents]] and [[BR]]\n");
        markup.add_page("Other", "[[Include(FrontPage)]]");
        let d = assess(&DataDirFacts {
            markup: Some(markup.clone()),
            ..Default::default()
        });
        assert_eq!(d.verdict, Verdict::Moin15);
        let e = d.explanation();
        assert!(
            e.contains("2 page(s)") && e.contains("[[TableOfContents]]"),
            "{e}"
        );

        markup.add_page("New", "<<TableOfContents>>");
        let d = assess(&DataDirFacts {
            markup: Some(markup),
            ..Default::default()
        });
        assert_eq!(d.verdict, Verdict::Moin16);

        for facts in [
            DataDirFacts {
                user_files: vec!["1.2.bookmark".into()],
                ..Default::default()
            },
            DataDirFacts {
                legacy_profile_ids: vec!["1.2".into()],
                ..Default::default()
            },
            DataDirFacts {
                meta: meta("IWID: x\n"),
                page_names: vec!["Alice/MoinEditorBackup".into()],
                ..Default::default()
            },
        ] {
            let d = assess(&facts);
            assert_eq!(d.verdict, Verdict::Moin15, "{facts:?}");
            assert!(d.evidence[0].suggests_1_5());
            assert!(!d.explanation().is_empty());
        }
        let d = assess(&DataDirFacts {
            rename_maps: vec!["rename1.txt".into()],
            ..Default::default()
        });
        assert_eq!(d.verdict, Verdict::Moin15MigrationStopped);
    }

    #[test]
    fn macro_scan() {
        assert_eq!(
            scan_macros("[[FrontPage]] [[BR]]"),
            (false, Some("[[BR]]".into()))
        );
        assert_eq!(
            scan_macros("[[Include(A)]]"),
            (false, Some("[[Include(A)]]".into()))
        );
        assert_eq!(scan_macros("[[FrontPage]] x << y"), (false, None));
        assert_eq!(scan_macros("<<BR>>"), (true, None));
        assert_eq!(scan_macros("[[Date(é"), (false, Some("[[Date(é".into())));
        let long = format!("[[Include({}", "ä".repeat(50));
        assert!(scan_macros(&long).1.is_some());
    }
}
