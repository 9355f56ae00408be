//! What the header of a page's text says about the page (moin's processing instructions):
//! its ACL, format and language, and the mime type they give.

use super::ItemKind;
use crate::moin16::py::py_strip;

/// The `#acl` lines of a page body (`wikiutil.get_processing_instructions` and
/// `Page.parse_processing_instructions`), joined by `'\n'` for [`Acl::parse`]; None when the
/// body has no `#acl` line (then the default ACL applies). Give the text as moin stores it
/// (without `'\r'`).
pub fn acl_from_body(body: &str) -> Option<String> {
    if body.starts_with("<?xml") {
        return None;
    }
    let mut lines: Vec<&str> = Vec::new();
    let mut rest = body;
    while rest.starts_with('#') {
        let line = match rest.split_once('\n') {
            Some((l, r)) => {
                rest = r;
                l
            }
            None => std::mem::take(&mut rest),
        };
        if line == "#" {
            break;
        }
        let tail = &line[1..];
        let (verb, args) = tail.split_once(' ').unwrap_or((tail, ""));
        if verb.eq_ignore_ascii_case("acl") {
            lines.push(py_strip(args));
        }
    }
    if lines.is_empty() {
        None
    } else {
        Some(lines.join("\n"))
    }
}

/// What the header of a page's text says (moin's `get_processing_instructions`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Instructions {
    /// The `#acl` lines, one per line as moin parses them; `None` when there is none.
    pub acl: Option<String>,
    pub format: Option<String>,
    pub language: Option<String>,
}

/// Parses the processing instructions at the top of a page's text (CRs ignored).
pub fn parse_instructions(text: &str) -> Instructions {
    let mut out = Instructions {
        acl: acl_from_body(text),
        ..Instructions::default()
    };
    for raw in text.split('\n') {
        let line = raw.replace('\r', "");
        if !line.starts_with('#') || line == "#" {
            break;
        }
        if line.starts_with("##") {
            continue;
        }
        let rest = &line[1..];
        let (verb, args) = match rest.split_once(' ') {
            Some((v, a)) => (v.to_lowercase(), a.trim().to_string()),
            None => (rest.to_lowercase(), String::new()),
        };
        match verb.as_str() {
            "format" => out.format = Some(args),
            "language" => out.language = Some(args),
            _ => {}
        }
    }
    out
}

/// The mime type of a new revision when none is given: a page's from its `#format` line, an
/// attachment's from its file name's extension.
pub fn default_mimetype(name: &str, kind: ItemKind, instructions: &Instructions) -> String {
    match kind {
        ItemKind::Page => match instructions
            .format
            .as_deref()
            .and_then(|f| f.split_whitespace().next())
        {
            Some("plain") => "text/plain".to_string(),
            Some(f) if f.contains('/') => f.to_string(),
            Some(f) => format!("text/x-{f}"),
            None => "text/x-moin-wiki".to_string(),
        },
        ItemKind::Attachment => {
            let ext = name
                .rsplit_once('.')
                .map(|(_, e)| e.to_ascii_lowercase())
                .unwrap_or_default();
            match ext.as_str() {
                "png" => "image/png",
                "jpg" | "jpeg" => "image/jpeg",
                "gif" => "image/gif",
                "svg" => "image/svg+xml",
                "pdf" => "application/pdf",
                "txt" => "text/plain",
                "html" | "htm" => "text/html",
                "zip" => "application/zip",
                "tar" => "application/x-tar",
                "gz" => "application/gzip",
                "json" => "application/json",
                "csv" => "text/csv",
                _ => "application/octet-stream",
            }
            .to_string()
        }
    }
}

/// The mime type moin gives a revision it stored: a page's from its `#format` line (`text`:
/// its text when UTF-8), every attachment `application/octet-stream`.
pub fn mimetype_of(text: Option<&str>, kind: ItemKind) -> String {
    if kind == ItemKind::Attachment {
        return "application/octet-stream".to_string();
    }
    match text.map(parse_instructions).and_then(|pi| pi.format) {
        Some(f) if f.split_whitespace().next() == Some("plain") => "text/plain".to_string(),
        Some(f) => match f.split_whitespace().next() {
            Some(name) if name.contains('/') => name.to_string(),
            Some(name) => format!("text/x-{name}"),
            None => "text/x-moin-wiki".to_string(),
        },
        None => "text/x-moin-wiki".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn processing_instructions() {
        let text = "## a comment\r\n#acl Alice:read,write\r\n#FORMAT plain\r\n#acl All:read\r\n#language de\r\nHello\r\n#acl not:this\r\n";
        let pi = parse_instructions(text);
        assert_eq!(pi.acl.as_deref(), Some("Alice:read,write\nAll:read"));
        assert_eq!(pi.format.as_deref(), Some("plain"));
        assert_eq!(pi.language.as_deref(), Some("de"));
        assert_eq!(parse_instructions("#acl\nbody").acl.as_deref(), Some(""));
        assert_eq!(parse_instructions("#\n#acl All:read").acl, None);
        assert_eq!(parse_instructions("text\n#acl All:read").acl, None);
    }

    #[test]
    fn acl_from_body_takes_header_acl_lines() {
        assert_eq!(acl_from_body("text\n#acl All:read\n"), None);
        assert_eq!(
            acl_from_body("#format wiki\n#acl  All:read \n#ACL Bob:\ntext"),
            Some("All:read\nBob:".into())
        );
        assert_eq!(acl_from_body("#acl\n"), Some(String::new()));
        assert_eq!(acl_from_body("#\n#acl All:read\n"), None);
        assert_eq!(acl_from_body("<?xml version='1.0'?>\n#acl All:\n"), None);
    }
}
