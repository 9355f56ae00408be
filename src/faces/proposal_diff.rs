//! The proposal diff of Sphinx WebSupport comments: how a comment's proposed text differs from
//! the node source it comments on, as HTML and as plain text.
//!
//! This is sphinxcontrib-websupport's `CombinedHtmlDiff` (`storage/differ.py`) on top of a
//! faithful port of Python's `difflib.Differ.compare` and `difflib.SequenceMatcher`, with
//! storectl's fixes:
//!
//! * both sides are HTML-escaped (the original escapes only the proposal), and the diff runs on
//!   the raw texts with each emitted segment escaped afterwards, so that a `<del>`/`<ins>` never
//!   splits an entity such as `&amp;`;
//! * every input works, including empty texts and diffs of fewer than two lines (the original
//!   crashes on those);
//! * an identical proposal gives an empty diff;
//! * the plain text form leaves out difflib's `? ` hint lines.
//!
//! Lines are split like Python's `str.splitlines(keepends=True)` and compared with their line
//! endings; characters are Unicode scalar values, like Python's `str`.

use std::collections::HashMap;
use std::hash::Hash;

/// A proposal diff in its two forms.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProposalDiff {
    /// Unchanged lines as they are, removed and added lines in
    /// `<span class="prop-removed">`/`<span class="prop-added">` with the changed characters in
    /// `<del>`/`<ins>`; everything HTML-escaped, trailing whitespace stripped.
    pub html: String,
    /// One line per diff line, prefixed with `- `, `+ ` or two spaces, without hint lines, raw,
    /// joined with `\n`.
    pub text: String,
}

/// The proposal diff of `proposal` against `source`; empty when they are identical.
pub fn proposal_diff(source: &str, proposal: &str) -> ProposalDiff {
    // sphinxcontrib-websupport calls `Differ()`: no junk filter for characters.
    diff_with(source, proposal, None)
}

/// `difflib.IS_CHARACTER_JUNK` (what `ndiff` uses); the tests check the port with it too.
#[cfg(test)]
fn is_character_junk(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn diff_with(source: &str, proposal: &str, charjunk: Option<fn(char) -> bool>) -> ProposalDiff {
    if source == proposal {
        return ProposalDiff::default();
    }
    let a = split_lines(source);
    let b = split_lines(proposal);
    let diff = compare(&a, &b, charjunk);
    ProposalDiff {
        html: render_html(&diff),
        text: render_text(&diff),
    }
}

// ---------------------------------------------------------------------------------------------
// Python string semantics

/// Python's `str.isspace()`: bidirectional class WS, B or S, or category Zs.
fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..=' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Python's `str.rstrip()`.
fn py_rstrip(s: &str) -> &str {
    s.trim_end_matches(is_py_space)
}

/// A line break for Python's `str.splitlines()` (`\r\n` is handled by the caller).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// One line of a text: `full` with its line ending (what is compared), `body` without it.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    full: &'a str,
    body: &'a str,
}

/// Python's `s.splitlines(keepends=True)`, keeping the line without its ending too.
fn split_lines(s: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
                end += 1;
            }
        }
        lines.push(Line {
            full: &s[start..end],
            body: &s[start..i],
        });
        start = end;
    }
    if start < s.len() {
        lines.push(Line {
            full: &s[start..],
            body: &s[start..],
        });
    }
    lines
}

/// Python's `html.escape(s, quote=True)`, appended to `out`.
fn escape_into(out: &mut String, chars: impl IntoIterator<Item = char>) {
    for c in chars {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// difflib.SequenceMatcher

/// A matching block: `a[i..i + size] == b[j..j + size]`.
type Match = (usize, usize, usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Replace,
    Delete,
    Insert,
    Equal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Opcode {
    tag: Tag,
    i1: usize,
    i2: usize,
    j1: usize,
    j2: usize,
}

/// The buffers of `find_longest_match`, reused across calls. `j2len[j + 1]` plays the role of
/// difflib's `j2len[j]` (the length of the longest match ending with `a[i - 1]` and `b[j]`),
/// `newj2len` that of `newj2len`; `touched` lists the non-zero entries, so that both buffers are
/// all zeros again between rows, like difflib's fresh dicts.
struct Scratch {
    j2len: Vec<usize>,
    newj2len: Vec<usize>,
    touched: Vec<usize>,
    newtouched: Vec<usize>,
}

/// `difflib.SequenceMatcher` with `b` fixed (what `set_seq2` builds) and `a` given per query,
/// which is how `Differ` uses it. `autojunk` is on, as in difflib's default.
struct SequenceMatcher<'b, T> {
    b: &'b [T],
    isjunk: Option<fn(T) -> bool>,
    /// Where each non-junk, non-popular element occurs in `b`, ascending.
    b2j: HashMap<T, Vec<usize>>,
    /// How often each element occurs in `b` (for `quick_ratio`), built on first use.
    fullbcount: Option<HashMap<T, usize>>,
}

impl<'b, T: Copy + Eq + Hash> SequenceMatcher<'b, T> {
    /// `SequenceMatcher(isjunk, b=b)`: difflib's `__chain_b`.
    fn new(b: &'b [T], isjunk: Option<fn(T) -> bool>) -> Self {
        let mut b2j: HashMap<T, Vec<usize>> = HashMap::new();
        for (i, &elt) in b.iter().enumerate() {
            b2j.entry(elt).or_default().push(i);
        }
        if let Some(junk) = isjunk {
            b2j.retain(|&elt, _| !junk(elt));
        }
        let n = b.len();
        if n >= 200 {
            let ntest = n / 100 + 1;
            b2j.retain(|_, idxs| idxs.len() <= ntest);
        }
        SequenceMatcher {
            b,
            isjunk,
            b2j,
            fullbcount: None,
        }
    }

    /// Whether `elt` (an element of `b`) is in `bjunk`.
    fn is_bjunk(&self, elt: T) -> bool {
        self.isjunk.is_some_and(|junk| junk(elt))
    }

    /// `find_longest_match(alo, ahi, blo, bhi)`.
    fn find_longest_match(
        &self,
        a: &[T],
        (alo, ahi, blo, bhi): (usize, usize, usize, usize),
        scratch: &mut Scratch,
    ) -> Match {
        let Scratch {
            j2len,
            newj2len,
            touched,
            newtouched,
        } = scratch;
        let b = self.b;
        let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
        for (i, elt) in a.iter().enumerate().take(ahi).skip(alo) {
            if let Some(indices) = self.b2j.get(elt) {
                for &j in indices {
                    if j < blo {
                        continue;
                    }
                    if j >= bhi {
                        break;
                    }
                    let k = j2len[j] + 1;
                    newj2len[j + 1] = k;
                    newtouched.push(j + 1);
                    if k > bestsize {
                        besti = i + 1 - k;
                        bestj = j + 1 - k;
                        bestsize = k;
                    }
                }
            }
            for &t in touched.iter() {
                j2len[t] = 0;
            }
            touched.clear();
            std::mem::swap(j2len, newj2len);
            std::mem::swap(touched, newtouched);
        }
        for &t in touched.iter() {
            j2len[t] = 0;
        }
        touched.clear();

        while besti > alo
            && bestj > blo
            && !self.is_bjunk(b[bestj - 1])
            && a[besti - 1] == b[bestj - 1]
        {
            besti -= 1;
            bestj -= 1;
            bestsize += 1;
        }
        while besti + bestsize < ahi
            && bestj + bestsize < bhi
            && !self.is_bjunk(b[bestj + bestsize])
            && a[besti + bestsize] == b[bestj + bestsize]
        {
            bestsize += 1;
        }
        while besti > alo
            && bestj > blo
            && self.is_bjunk(b[bestj - 1])
            && a[besti - 1] == b[bestj - 1]
        {
            besti -= 1;
            bestj -= 1;
            bestsize += 1;
        }
        while besti + bestsize < ahi
            && bestj + bestsize < bhi
            && self.is_bjunk(b[bestj + bestsize])
            && a[besti + bestsize] == b[bestj + bestsize]
        {
            bestsize += 1;
        }
        (besti, bestj, bestsize)
    }

    /// `get_matching_blocks()`, ending with the `(len(a), len(b), 0)` sentinel.
    fn matching_blocks(&self, a: &[T]) -> Vec<Match> {
        let (la, lb) = (a.len(), self.b.len());
        let mut scratch = Scratch {
            j2len: vec![0; lb + 1],
            newj2len: vec![0; lb + 1],
            touched: Vec::new(),
            newtouched: Vec::new(),
        };
        let mut queue = vec![(0, la, 0, lb)];
        let mut blocks = Vec::new();
        while let Some((alo, ahi, blo, bhi)) = queue.pop() {
            let (i, j, k) = self.find_longest_match(a, (alo, ahi, blo, bhi), &mut scratch);
            if k > 0 {
                blocks.push((i, j, k));
                if alo < i && blo < j {
                    queue.push((alo, i, blo, j));
                }
                if i + k < ahi && j + k < bhi {
                    queue.push((i + k, ahi, j + k, bhi));
                }
            }
        }
        blocks.sort_unstable();

        let (mut i1, mut j1, mut k1) = (0, 0, 0);
        let mut non_adjacent = Vec::with_capacity(blocks.len() + 1);
        for (i2, j2, k2) in blocks {
            if i1 + k1 == i2 && j1 + k1 == j2 {
                k1 += k2;
            } else {
                if k1 > 0 {
                    non_adjacent.push((i1, j1, k1));
                }
                (i1, j1, k1) = (i2, j2, k2);
            }
        }
        if k1 > 0 {
            non_adjacent.push((i1, j1, k1));
        }
        non_adjacent.push((la, lb, 0));
        non_adjacent
    }

    /// `get_opcodes()`.
    fn opcodes(&self, a: &[T]) -> Vec<Opcode> {
        let (mut i, mut j) = (0, 0);
        let mut answer = Vec::new();
        for (ai, bj, size) in self.matching_blocks(a) {
            let tag = if i < ai && j < bj {
                Some(Tag::Replace)
            } else if i < ai {
                Some(Tag::Delete)
            } else if j < bj {
                Some(Tag::Insert)
            } else {
                None
            };
            if let Some(tag) = tag {
                answer.push(Opcode {
                    tag,
                    i1: i,
                    i2: ai,
                    j1: j,
                    j2: bj,
                });
            }
            (i, j) = (ai + size, bj + size);
            if size > 0 {
                answer.push(Opcode {
                    tag: Tag::Equal,
                    i1: ai,
                    i2: i,
                    j1: bj,
                    j2: j,
                });
            }
        }
        answer
    }

    /// `ratio()`.
    fn ratio(&self, a: &[T]) -> f64 {
        let matches = self.matching_blocks(a).iter().map(|m| m.2).sum();
        calculate_ratio(matches, a.len() + self.b.len())
    }

    /// `quick_ratio()`: an upper bound of `ratio()`, counting matches regardless of order.
    fn quick_ratio(&mut self, a: &[T]) -> f64 {
        let b = self.b;
        let fullbcount = self.fullbcount.get_or_insert_with(|| {
            let mut counts: HashMap<T, usize> = HashMap::new();
            for &elt in b {
                *counts.entry(elt).or_default() += 1;
            }
            counts
        });
        let mut avail: HashMap<T, isize> = HashMap::new();
        let mut matches = 0;
        for &elt in a {
            let numb = match avail.get(&elt) {
                Some(&n) => n,
                None => fullbcount.get(&elt).map_or(0, |&n| n as isize),
            };
            avail.insert(elt, numb - 1);
            if numb > 0 {
                matches += 1;
            }
        }
        calculate_ratio(matches, a.len() + b.len())
    }

    /// `real_quick_ratio()`: an upper bound of `quick_ratio()`, from the lengths.
    fn real_quick_ratio(&self, a: &[T]) -> f64 {
        let (la, lb) = (a.len(), self.b.len());
        calculate_ratio(la.min(lb), la + lb)
    }
}

/// difflib's `_calculate_ratio`, with the same floating-point operations.
fn calculate_ratio(matches: usize, length: usize) -> f64 {
    if length > 0 {
        2.0 * matches as f64 / length as f64
    } else {
        1.0
    }
}

// ---------------------------------------------------------------------------------------------
// difflib.Differ

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `"  "`: in both texts.
    Same,
    /// `"- "`: only in the source.
    Removed,
    /// `"+ "`: only in the proposal.
    Added,
}

/// One line of `Differ.compare`'s output; a `"? "` line is folded into the line it follows.
#[derive(Debug, Clone)]
struct DiffLine<'a> {
    kind: Kind,
    line: Line<'a>,
    /// The hint line's marks (without `"? "` and its newline), one per character of the line.
    hint: Option<Vec<char>>,
}

impl<'a> DiffLine<'a> {
    fn plain(kind: Kind, line: Line<'a>) -> Self {
        DiffLine {
            kind,
            line,
            hint: None,
        }
    }
}

/// A pending step of `_fancy_replace`, whose recursion is unrolled onto a stack so that long
/// inputs cannot overflow the call stack.
enum Step {
    /// `_fancy_helper(a, alo, ahi, b, blo, bhi)`.
    Range(usize, usize, usize, usize),
    /// The synch pair: identical, or to be marked up by `_qformat`.
    Pair(usize, usize, bool),
}

/// Line pairs of one replaced block above which similar lines are not paired up (100 x 100).
const MAX_FANCY_PAIRS: usize = 10_000;

/// `Differ(linejunk=None, charjunk).compare(a, b)`, bounded by [`MAX_FANCY_PAIRS`].
fn compare<'a>(
    a: &[Line<'a>],
    b: &[Line<'a>],
    charjunk: Option<fn(char) -> bool>,
) -> Vec<DiffLine<'a>> {
    let akeys: Vec<&str> = a.iter().map(|l| l.full).collect();
    let bkeys: Vec<&str> = b.iter().map(|l| l.full).collect();
    let cruncher = SequenceMatcher::new(&bkeys, None);
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    let mut lines: Option<Lines<'_, 'a>> = None;
    for op in cruncher.opcodes(&akeys) {
        match op.tag {
            // difflib's pairing of similar lines grows with the cube of a replaced block's size;
            // past this many line pairs, changed lines are shown whole, without <del>/<ins>, so
            // that a huge proposal cannot stall a command for minutes.
            Tag::Replace if (op.i2 - op.i1) * (op.j2 - op.j1) > MAX_FANCY_PAIRS => {
                plain_replace(a, b, (op.i1, op.i2, op.j1, op.j2), &mut out)
            }
            Tag::Replace => lines.get_or_insert_with(|| Lines::new(a, b)).fancy_replace(
                (op.i1, op.i2, op.j1, op.j2),
                charjunk,
                &mut out,
            ),
            Tag::Delete => dump(Kind::Removed, a, op.i1, op.i2, &mut out),
            Tag::Insert => dump(Kind::Added, b, op.j1, op.j2, &mut out),
            Tag::Equal => dump(Kind::Same, a, op.i1, op.i2, &mut out),
        }
    }
    out
}

/// `Differ._dump`.
fn dump<'a>(kind: Kind, x: &[Line<'a>], lo: usize, hi: usize, out: &mut Vec<DiffLine<'a>>) {
    out.extend(x[lo..hi].iter().map(|&line| DiffLine::plain(kind, line)));
}

/// Both texts' lines, and the same as characters.
struct Lines<'s, 'a> {
    a: &'s [Line<'a>],
    b: &'s [Line<'a>],
    achars: Vec<Vec<char>>,
    bchars: Vec<Vec<char>>,
}

impl<'s, 'a> Lines<'s, 'a> {
    fn new(a: &'s [Line<'a>], b: &'s [Line<'a>]) -> Self {
        let to_chars = |ls: &[Line<'_>]| ls.iter().map(|l| l.full.chars().collect()).collect();
        Lines {
            a,
            b,
            achars: to_chars(a),
            bchars: to_chars(b),
        }
    }

    /// `Differ._fancy_replace`, for a replace block (both ranges non-empty).
    fn fancy_replace(
        &self,
        range: (usize, usize, usize, usize),
        charjunk: Option<fn(char) -> bool>,
        out: &mut Vec<DiffLine<'a>>,
    ) {
        let (a, b) = (self.a, self.b);
        let mut stack = vec![Step::Range(range.0, range.1, range.2, range.3)];
        while let Some(step) = stack.pop() {
            let (alo, ahi, blo, bhi) = match step {
                Step::Pair(i, _, true) => {
                    out.push(DiffLine::plain(Kind::Same, a[i]));
                    continue;
                }
                Step::Pair(i, j, false) => {
                    self.qformat(i, j, charjunk, out);
                    continue;
                }
                Step::Range(alo, ahi, blo, bhi) => (alo, ahi, blo, bhi),
            };
            // `_fancy_helper`
            if alo >= ahi {
                dump(Kind::Added, b, blo, bhi, out);
                continue;
            }
            if blo >= bhi {
                dump(Kind::Removed, a, alo, ahi, out);
                continue;
            }
            // `_fancy_replace`: find the most similar non-identical pair.
            let cutoff = 0.75;
            let mut best_ratio = 0.74;
            let (mut best_i, mut best_j) = (alo, blo);
            let mut eq: Option<(usize, usize)> = None;
            let bpairs = b[blo..bhi].iter().zip(&self.bchars[blo..bhi]);
            for (j, (bline, bj)) in (blo..bhi).zip(bpairs) {
                let mut cruncher = SequenceMatcher::new(bj, charjunk);
                let apairs = a[alo..ahi].iter().zip(&self.achars[alo..ahi]);
                for (i, (aline, ai)) in (alo..ahi).zip(apairs) {
                    if aline.full == bline.full {
                        if eq.is_none() {
                            eq = Some((i, j));
                        }
                        continue;
                    }
                    if cruncher.real_quick_ratio(ai) > best_ratio
                        && cruncher.quick_ratio(ai) > best_ratio
                    {
                        let ratio = cruncher.ratio(ai);
                        if ratio > best_ratio {
                            (best_ratio, best_i, best_j) = (ratio, i, j);
                        }
                    }
                }
            }
            let identical = if best_ratio < cutoff {
                match eq {
                    None => {
                        plain_replace(a, b, (alo, ahi, blo, bhi), out);
                        continue;
                    }
                    Some((i, j)) => {
                        (best_i, best_j) = (i, j);
                        true
                    }
                }
            } else {
                false
            };
            // Reversed: the lines before the synch pair come out first.
            stack.push(Step::Range(best_i + 1, ahi, best_j + 1, bhi));
            stack.push(Step::Pair(best_i, best_j, identical));
            stack.push(Step::Range(alo, best_i, blo, best_j));
        }
    }

    /// The intraline marking of `_fancy_replace` and `Differ._qformat`.
    fn qformat(
        &self,
        i: usize,
        j: usize,
        charjunk: Option<fn(char) -> bool>,
        out: &mut Vec<DiffLine<'a>>,
    ) {
        let (aelt, belt) = (&self.achars[i], &self.bchars[j]);
        let mut atags = Vec::with_capacity(aelt.len());
        let mut btags = Vec::with_capacity(belt.len());
        let cruncher = SequenceMatcher::new(belt, charjunk);
        for op in cruncher.opcodes(aelt) {
            let (la, lb) = (op.i2 - op.i1, op.j2 - op.j1);
            let (amark, bmark) = match op.tag {
                Tag::Replace => ('^', '^'),
                Tag::Delete => ('-', ' '),
                Tag::Insert => (' ', '+'),
                Tag::Equal => (' ', ' '),
            };
            atags.extend(std::iter::repeat_n(amark, la));
            btags.extend(std::iter::repeat_n(bmark, lb));
        }
        out.push(DiffLine {
            kind: Kind::Removed,
            line: self.a[i],
            hint: hint(aelt, atags),
        });
        out.push(DiffLine {
            kind: Kind::Added,
            line: self.b[j],
            hint: hint(belt, btags),
        });
    }
}

/// `_keep_original_ws(line, tags).rstrip()`, or `None` when that is empty (no hint line).
fn hint(line: &[char], mut tags: Vec<char>) -> Option<Vec<char>> {
    tags.truncate(line.len());
    for (tag, &c) in tags.iter_mut().zip(line) {
        if *tag == ' ' && is_py_space(c) {
            *tag = c;
        }
    }
    while tags.last().is_some_and(|&c| is_py_space(c)) {
        tags.pop();
    }
    (!tags.is_empty()).then_some(tags)
}

/// `Differ._plain_replace`: the shorter block first.
fn plain_replace<'a>(
    a: &[Line<'a>],
    b: &[Line<'a>],
    (alo, ahi, blo, bhi): (usize, usize, usize, usize),
    out: &mut Vec<DiffLine<'a>>,
) {
    if bhi - blo < ahi - alo {
        dump(Kind::Added, b, blo, bhi, out);
        dump(Kind::Removed, a, alo, ahi, out);
    } else {
        dump(Kind::Removed, a, alo, ahi, out);
        dump(Kind::Added, b, blo, bhi, out);
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering

/// `CombinedHtmlDiff.make_html`, escaping every segment.
fn render_html(diff: &[DiffLine<'_>]) -> String {
    let mut html = String::new();
    let mut body = String::new();
    for d in diff {
        let (css, tag) = match d.kind {
            Kind::Same => {
                escape_into(&mut html, d.line.full.chars());
                continue;
            }
            Kind::Removed => ("prop-removed", "del"),
            Kind::Added => ("prop-added", "ins"),
        };
        body.clear();
        match &d.hint {
            None => escape_into(&mut body, d.line.full.chars()),
            Some(hint) => highlight(&mut body, d.line.full, hint, tag),
        }
        html.push_str("<span class=\"");
        html.push_str(css);
        html.push_str("\">");
        html.push_str(py_rstrip(&body));
        html.push_str("</span>\n");
    }
    html.truncate(py_rstrip(&html).len());
    html
}

/// `CombinedHtmlDiff._highlight_text`: the characters under each run of `+`, `-` or `^` in the
/// hint go into `<tag>…</tag>`.
fn highlight(out: &mut String, line: &str, hint: &[char], tag: &str) {
    let text: Vec<char> = line.chars().collect();
    let slice = |from: usize, to: usize| {
        let to = to.min(text.len());
        text[from.min(to)..to].iter().copied()
    };
    let is_mark = |c: &char| matches!(c, '+' | '-' | '^');
    let mut start = 0;
    let mut pos = 0;
    while pos < hint.len() {
        if !is_mark(&hint[pos]) {
            pos += 1;
            continue;
        }
        let end = pos + hint[pos..].iter().take_while(|c| is_mark(c)).count();
        escape_into(out, slice(start, pos));
        out.push('<');
        out.push_str(tag);
        out.push('>');
        escape_into(out, slice(pos, end));
        out.push_str("</");
        out.push_str(tag);
        out.push('>');
        start = end;
        pos = end;
    }
    escape_into(out, slice(start, text.len()));
}

/// `CombinedHtmlDiff.make_text` without the hint lines and without the lines' own endings.
fn render_text(diff: &[DiffLine<'_>]) -> String {
    let mut text = String::new();
    for (n, d) in diff.iter().enumerate() {
        if n > 0 {
            text.push('\n');
        }
        text.push_str(match d.kind {
            Kind::Same => "  ",
            Kind::Removed => "- ",
            Kind::Added => "+ ",
        });
        text.push_str(d.line.body);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const CASES: &str = include_str!("../../tests/fixtures/proposal_diff/cases.json");

    fn field<'v>(case: &'v Value, key: &str) -> &'v str {
        case[key]
            .as_str()
            .unwrap_or_else(|| panic!("case field {key} is not a string: {case}"))
    }

    #[test]
    fn matches_python_difflib_oracle() {
        let cases: Vec<Value> = serde_json::from_str(CASES).expect("cases.json parses");
        assert!(cases.len() >= 300, "only {} cases", cases.len());
        let mut failures = Vec::new();
        let mut alternates = 0;
        for case in &cases {
            let name = field(case, "name");
            let (source, proposal) = (field(case, "source"), field(case, "proposal"));
            let got = diff_with(source, proposal, Some(is_character_junk));
            if got.html != field(case, "html") || got.text != field(case, "text") {
                failures.push(format!(
                    "{name}:\n  got html  {:?}\n  want html {:?}\n  got text  {:?}\n  want text {:?}",
                    got.html,
                    field(case, "html"),
                    got.text,
                    field(case, "text")
                ));
            }
            // Without IS_CHARACTER_JUNK, as sphinxcontrib-websupport's `Differ()` does.
            let alt = case.get("no_charjunk").unwrap_or(case);
            alternates += usize::from(alt != case);
            let got = proposal_diff(source, proposal);
            if got.html != field(alt, "html") || got.text != field(alt, "text") {
                failures.push(format!("{name} (no charjunk): got {got:?}"));
            }
        }
        assert!(alternates > 0, "no case tells the charjunk settings apart");
        assert!(
            failures.is_empty(),
            "{} of {} cases fail:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn few_characters_changed_in_one_line_of_three() {
        let source = "The first line stays.\nThe quick brown fox.\nThe last line stays.\n";
        let proposal = "The first line stays.\nThe quick red fox.\nThe last line stays.\n";
        let d = proposal_diff(source, proposal);
        assert_eq!(
            d.html,
            "The first line stays.\n\
             <span class=\"prop-removed\">The quick <del>b</del>r<del>own</del> fox.</span>\n\
             <span class=\"prop-added\">The quick r<ins>ed</ins> fox.</span>\n\
             The last line stays."
        );
        assert_eq!(
            d.text,
            "  The first line stays.\n\
             - The quick brown fox.\n\
             + The quick red fox.\n  \
             The last line stays."
        );
    }

    #[test]
    fn entities_are_never_split() {
        let d = proposal_diff("a & b\n", "a &amp; b\n");
        assert_eq!(
            d.html,
            "<span class=\"prop-removed\">a &amp; b</span>\n\
             <span class=\"prop-added\">a &amp;<ins>amp;</ins> b</span>"
        );
        assert_eq!(d.text, "- a & b\n+ a &amp; b");
        let d = proposal_diff("if a < b:\n", "if a <= b:\n");
        assert_eq!(
            d.html,
            "<span class=\"prop-removed\">if a &lt; b:</span>\n\
             <span class=\"prop-added\">if a &lt;<ins>=</ins> b:</span>"
        );
        let d = proposal_diff("say \"hi\"", "say 'hi'");
        assert_eq!(
            d.html,
            "<span class=\"prop-removed\">say <del>&quot;</del>hi<del>&quot;</del></span>\n\
             <span class=\"prop-added\">say <ins>&#x27;</ins>hi<ins>&#x27;</ins></span>"
        );
    }

    #[test]
    fn empty_source() {
        let d = proposal_diff("", "A new paragraph.\nTwo lines.");
        assert_eq!(
            d.html,
            "<span class=\"prop-added\">A new paragraph.</span>\n\
             <span class=\"prop-added\">Two lines.</span>"
        );
        assert_eq!(d.text, "+ A new paragraph.\n+ Two lines.");
        let d = proposal_diff("Gone.\n", "");
        assert_eq!(d.html, "<span class=\"prop-removed\">Gone.</span>");
        assert_eq!(d.text, "- Gone.");
    }

    #[test]
    fn single_line_to_different_single_line() {
        let d = proposal_diff("Hello world", "Hello brave world");
        assert_eq!(
            d.html,
            "<span class=\"prop-removed\">Hello world</span>\n\
             <span class=\"prop-added\">Hello <ins>brave </ins>world</span>"
        );
        assert_eq!(d.text, "- Hello world\n+ Hello brave world");
        // Not similar enough for intraline marks: removed first, then added.
        let d = proposal_diff("abc\n", "xyz\n");
        assert_eq!(
            d.html,
            "<span class=\"prop-removed\">abc</span>\n<span class=\"prop-added\">xyz</span>"
        );
    }

    #[test]
    fn identical_is_empty() {
        for text in ["", "One line.", "One line.\n", "Two\nlines.\n", "\r\n\r\n"] {
            assert_eq!(proposal_diff(text, text), ProposalDiff::default());
        }
    }

    #[test]
    fn splits_lines_like_python() {
        let lines =
            split_lines("a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\u{85}j\u{2028}k\u{2029}l\x1fm");
        let full: Vec<&str> = lines.iter().map(|l| l.full).collect();
        assert_eq!(
            full,
            [
                "a\n",
                "b\r\n",
                "c\r",
                "d\x0b",
                "e\x0c",
                "f\x1c",
                "g\x1d",
                "h\x1e",
                "i\u{85}",
                "j\u{2028}",
                "k\u{2029}",
                "l\x1fm"
            ]
        );
        let body: Vec<&str> = lines.iter().map(|l| l.body).collect();
        assert_eq!(body[1], "b");
        assert_eq!(body[11], "l\x1fm");
        assert!(split_lines("").is_empty());
        assert_eq!(split_lines("\r\r\n").len(), 2);
    }

    #[test]
    fn two_thousand_lines() {
        // Expectations from make_cases.py's reference on the same input.
        let source: String = (0..2000)
            .map(|n| format!("Line {n} of a rather long paragraph, with some words.\n"))
            .collect();
        let mut proposal: String = split_lines(&source)
            .iter()
            .enumerate()
            .map(|(n, l)| match n {
                5 => l.full.replace("a rather", "a very"),
                1000 => l
                    .full
                    .replace("1000 of", "1000 from")
                    .replace("words", "birds"),
                n if n % 10 == 0 => l.full.replace("words", "birds"),
                _ => l.full.to_string(),
            })
            .collect();
        proposal.push_str("An extra line.\n");
        let d = proposal_diff(&source, &proposal);
        assert_eq!(d.text.lines().count(), 2202);
        assert_eq!(d.html.len(), 137_609);
        assert_eq!(d.html.matches("<ins>").count(), 204);
        assert_eq!(d.html.matches("<del>").count(), 202);
        assert_eq!(d.html.matches("prop-added").count(), 202);
        assert!(d.html.contains(
            "<span class=\"prop-added\">Line 5 of a <ins>v</ins>er<ins>y</ins> long paragraph, \
             with some words.</span>\n"
        ));
        assert!(d.html.contains(
            "<span class=\"prop-added\">Line 1000 <ins>fr</ins>o<ins>m</ins> a rather long \
             paragraph, with some <ins>bi</ins>rds.</span>\n"
        ));
        assert!(d
            .html
            .ends_with("Line 1999 of a rather long paragraph, with some words.\n<span class=\"prop-added\">An extra line.</span>"));
    }

    #[test]
    fn a_huge_rewrite_of_similar_lines_is_shown_whole_instead_of_paired() {
        // Every line changed a little: difflib pairs them in cubic time (12 s in a release
        // build for 400 lines). Past MAX_FANCY_PAIRS the block is shown as removed + added.
        let source: String = (0..400)
            .map(|n| format!("Sentence number {n} says hello.\n"))
            .collect();
        let proposal: String = (0..400)
            .map(|n| format!("Sentence number {n} says hullo.\n"))
            .collect();
        let d = proposal_diff(&source, &proposal);
        assert!(!d.html.contains("<del>") && !d.html.contains("<ins>"));
        assert_eq!(d.html.matches("prop-removed").count(), 400);
        assert_eq!(d.html.matches("prop-added").count(), 400);
        assert_eq!(d.text.lines().count(), 800);
    }
}
