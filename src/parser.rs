//! The one way through the parser: from text to [`Document`].
//!
//! Passes, in order: lines; extraction noise; footnotes and markers; the
//! kamervragen heading; questions and answers; the letter; then the facts
//! that combine them (kind, dates, zaaknummer, who asked), where the answer
//! stands (the notice, the kind of answer, the term) and diagnostics.

use std::borrow::Cow;

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::answer_status;
use crate::blocks;
use crate::codes;
use crate::date;
use crate::escaped;
use crate::footnotes;
use crate::forms;
use crate::heading;
use crate::letter;
use crate::model::*;
use crate::noise::{self, Tag};
use crate::notice;
use crate::qa;
use crate::span::Span;
use crate::term;
use crate::text::{self, Cuts, Dirt, Joiner, Line};

/// Options for parsing. Most users call [`crate::parse`] instead.
///
/// ```
/// let doc = kamervragen::Parser::new()
///     .reference_date(chrono::NaiveDate::from_ymd_opt(2025, 3, 12).unwrap())
///     .parse("Op 18 februari jl. hebben de leden Kat en Dijk (beiden D66) schriftelijke vragen gesteld.");
/// assert_eq!(doc.kind, kamervragen::Kind::Letter);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Parser {
    reference_date: Option<NaiveDate>,
}

impl Parser {
    /// A parser with default options.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// The date that relative dates ("3 april jl.") are resolved against
    /// when the document carries no date of its own.
    pub fn reference_date(mut self, date: NaiveDate) -> Parser {
        self.reference_date = Some(date);
        self
    }

    /// Parse `text`. Never fails: what it cannot read becomes a diagnostic.
    pub fn parse<'a>(&self, src: &'a str) -> Document<'a> {
        if src.len() > text::MAX_INPUT {
            return too_large(src);
        }
        // Markdown that escapes every punctuation mark (mammoth's) is read
        // as the plain text it stands for, its spans mapped back.
        if let Some(plain) = escaped::Plain::of(src) {
            return plain.restore(self.read(&plain.text));
        }
        self.read(src)
    }

    /// [`Parser::parse`] of a text as it stands.
    fn read<'a>(&self, src: &'a str) -> Document<'a> {
        let mut lines = text::split_lines(src);
        text::split_flat(src, &mut lines);
        text::split_hyphen_notes(src, &mut lines);
        let markdown = blocks::is_markdown(src, &lines);
        // Tables drawn as text are read as their cells' lines.
        let grids = forms::split_grids(src, &mut lines, markdown);
        // Markdown's headings and quotes are read from after their markup.
        let blocks = blocks::strip(src, &mut lines, markdown);
        let marks = blocks.marks;
        let stats = text::LineStats {
            markdown: !marks.is_empty(),
            ..text::measure_lines(src, &lines)
        };
        let layout = stats.layout;
        // Markdown made of a PDF keeps the pages in order, though its lines
        // are paragraphs: its page footers close pages as in wrapped text.
        let pages = if stats.markdown {
            text::Layout::Wrapped
        } else {
            layout
        };
        let scan = noise::scan(src, &mut lines, pages);
        let mut tags = scan.tags;
        for &i in &grids.rules {
            tags[i as usize] = Tag::Noise(NoiseKind::Marker);
        }
        // Sized for the noise lines and prefixes; the footnote pass makes
        // room for its markers.
        let noise_lines = tags.iter().filter(|t| matches!(t, Tag::Noise(_))).count();
        let mut noise: Vec<Noise> = Vec::with_capacity(
            noise_lines + scan.prefixes.len() + grids.borders.len() + marks.len(),
        );
        for (i, t) in tags.iter().enumerate() {
            if let Tag::Noise(kind) = t {
                noise.push(Noise {
                    kind: *kind,
                    span: lines[i].span(),
                });
            }
        }
        for &(s, e) in &scan.prefixes {
            noise.push(Noise {
                kind: NoiseKind::PageFurniture,
                span: text::trim(src, s, e).span(),
            });
        }
        noise.extend(grids.borders.iter().chain(&marks).map(|&span| Noise {
            kind: NoiseKind::Marker,
            span,
        }));
        let mut cuts = Cuts::default();
        let mut found_references = crate::references::find_references(src);
        let mut dirt = Dirt::find(src, layout);
        dirt.respell(&blocks.respelled);
        let urls: Vec<std::ops::Range<usize>> = found_references
            .iter()
            .filter(|r| r.kind == crate::model::ReferenceKind::Url)
            .map(|r| r.span.clone())
            .collect();
        dirt.spelling(src, &lines, stats, !scan.page_ends.is_empty(), &urls);
        // A URL of one line (pdftotext's joined line) whose hyphen the
        // extractor dropped reads as its note does, with the hyphen back.
        for r in &mut found_references {
            if r.kind == crate::model::ReferenceKind::Url
                && r.id.as_bytes() == &src.as_bytes()[r.span.clone()]
            {
                // (From the last: each insertion moves what follows it.)
                for p in dirt.restored_hyphens(r.span.start, r.span.end).rev() {
                    r.id.insert(p - r.span.start, '-');
                }
            }
        }
        // A letterhead printed after everything (python-docx's tables) is
        // no part of the notes or the last answer: its lines are set aside
        // until the letter reads them.
        let (tail, set_aside) = set_aside_trailing_letterhead(
            src,
            &lines,
            &mut tags,
            (&scan.letter_lines, &scan.label_lines),
        );
        let mut notes = footnotes::find(
            src,
            &lines,
            &mut tags,
            &scan.page_ends,
            &mut cuts,
            &mut noise,
            stats,
        );
        let mut head = heading::read(src, &lines, &mut tags, &dirt);
        let joiner = Joiner {
            src,
            cuts: &cuts,
            layout,
            dirt: &dirt,
            wrap: stats.wrap,
            measure: stats.measure,
            joined_lines: stats.joined_lines,
        };
        let footnotes = notes.footnotes(&joiner);
        // A notice may open like a letter ("Hierbij deel ik u mede …"): only
        // its salutation or letterhead make it one.
        // The first line that opens like a label (the annex title that a
        // lone signature stands above: "Antwoorden van …"), and the first
        // that is one. In Markdown a line may only open like one (bold,
        // "**Ons kenmerk** 5687928/11"; a heading "Vraagstukken rond …");
        // elsewhere the first that opens like one is one, or a heading
        // before the questions, and is not read twice.
        let first_opening = scan
            .label_lines
            .first()
            .map_or(lines.len(), |&i| i as usize);
        let first_label = if stats.markdown {
            scan.label_lines
                .iter()
                .map(|&i| i as usize)
                .find(|&i| crate::qa::is_label(lines[i].text(src)))
                .unwrap_or(lines.len())
        } else {
            first_opening
        };
        let letter_like = letter::looks_like_letter(
            src,
            &lines,
            &tags,
            &scan.letter_lines,
            (first_opening, first_label),
            !head.is_notice,
        );
        let ctx = qa::Context {
            expects_answers: (head.answer.is_some() && !head.is_notice) || letter_like,
            questions_only: head.questions.is_some() && head.answer.is_none() && !letter_like,
            has_heading: head.questions.is_some() || head.answer.is_some(),
            heading_end: head.end_line,
            page_ends: &scan.page_ends,
            label_lines: &scan.label_lines,
        };
        let mut split = qa::split(src, &lines, &mut tags, ctx, &joiner);
        let preamble_end = split.first_line.unwrap_or(lines.len());
        for &i in &set_aside {
            tags[i] = Tag::Content;
        }
        let letter = if letter_like {
            letter::read(
                src,
                &lines,
                &tags,
                &grids,
                (preamble_end, tail),
                &scan.letter_lines,
                &joiner,
                &mut noise,
            )
        } else {
            None
        };

        // A letter's annex of answers opens with its own title, the answer
        // heading where no Aanhangsel heading was read.
        let mut letter = letter;
        if head.answer.is_none()
            && let Some(title) = letter.as_mut().and_then(letter::take_answer_title)
        {
            head.answered_by = heading::officials(heading::before_questions(&title.text));
            head.answer = Some((title.text.into_owned(), title.span));
        }

        let mut diagnostics = if split.recovered.is_empty() && split.moved.is_empty() {
            Vec::new()
        } else {
            repair_diagnostics(&split)
        };
        diagnostics.append(&mut notes.diagnostics);
        if let (Some(t), Some(_)) = (tail, &letter) {
            diagnostics.push(letterhead_at_end(src, lines[t].start()));
        }
        let kind = choose_kind(&head, &letter, &split, src, &mut diagnostics);
        let letter_date = letter::date_of(&letter);
        let anchor = letter_date.or(head.received_on).or(self.reference_date);

        // Who asked, and when: from the heading, else from the text before
        // the questions (built only when the heading does not say).
        let preamble = std::cell::OnceCell::new();
        let preamble = || {
            preamble
                .get_or_init(|| preamble_text(src, &lines, &tags, &grids, preamble_end))
                .as_str()
        };
        let question_heading = head.questions.as_ref().map(|(t, _)| t.as_str());
        let mut submitters = question_heading.map(heading::members).unwrap_or_default();
        if submitters.is_empty() {
            submitters = heading::members(preamble());
        }
        let submitted_on = head
            .submitted_on
            .or_else(|| heading::ingezonden_date(preamble(), anchor))
            .or_else(|| asked_on(preamble(), anchor));
        let zaaknummer = head.zaaknummer.take().map(|z| z.0).or_else(|| {
            let front = lines.get(preamble_end).map_or(src.len(), |l| l.start());
            zaak_from_text(src, front, preamble, &letter)
        });
        // (An answer title names them after the questions: "… op
        // Kamervragen van het lid … aan de minister van … over …".)
        let (addressees, topic) = question_heading
            .or_else(|| {
                head.answer
                    .as_ref()
                    .and_then(|(t, _)| heading::after_questions(t))
            })
            .map(heading::addressees_and_topic)
            .unwrap_or_default();

        let mut questions = std::mem::take(&mut split.questions);
        let mut answers = std::mem::take(&mut split.answers);
        let (body, annex) = letter.as_mut().map_or((&mut [][..], &mut [][..]), |l| {
            let annex = l
                .annex
                .as_mut()
                .map_or(&mut [][..], |a| &mut a.paragraphs[..]);
            (&mut l.body[..], annex)
        });
        attach_citations(
            std::mem::take(&mut notes.citations),
            &mut questions,
            &mut answers,
            [body, annex],
        );

        let notice = match kind {
            Kind::Notice => Some(notice::read_notice(
                src, &lines, &tags, &head, &questions, &joiner, anchor,
            )),
            Kind::Letter => {
                let body = letter.as_ref().map_or(&[][..], |l| &l.body[..]);
                notice::read_letter(src, &lines, &tags, body, &joiner, anchor)
            }
            _ => None,
        };
        // A notice names the questions it is about: "De vragen van … (2024Z16988)".
        let zaaknummer =
            zaaknummer.or_else(|| notice.as_ref().and_then(|n| preamble_zaak(&n.text)));
        let received_on = head.received_on;
        let answer_date = match kind {
            Kind::AnswerLetter => letter_date.or(received_on),
            Kind::Answers => received_on,
            _ => None,
        };
        let answer_days = match (submitted_on, answer_date) {
            (Some(s), Some(a)) => Some((a - s).num_days()),
            _ => None,
        };
        // Where the answer stands: what kind of answer, and the term.
        let answers_given = matches!(kind, Kind::Answers | Kind::AnswerLetter);
        let answer_status = answers_given.then(|| {
            let places = answer_status::Places {
                lines: &lines,
                tags: &tags,
                heading: head.answer.as_ref().map(|(_, s)| *s),
                heading_lines: &head.other_spans,
                letter: letter.as_ref(),
                front_end: preamble_end,
                answers: &answers,
            };
            answer_status::read(&places, &joiner, anchor)
        });
        let has_questions = !questions.is_empty()
            || !answers.is_empty()
            || head.questions.is_some()
            || !submitters.is_empty() && kind != Kind::Letter;
        let term = has_questions.then(|| {
            term::read(&term::Document {
                src,
                kind,
                letter: letter.as_ref(),
                answer_heading: head.answer.as_ref().map(|(t, s)| (t.as_str(), *s)),
                heading_lines: &head.other_spans,
                front_end: lines.get(preamble_end).map_or(src.len(), |l| l.start()),
                submitted_on,
                answer_date,
                notice: notice.as_ref(),
                answer_status: answer_status.as_ref(),
                has_zaaknummer: zaaknummer.is_some(),
            })
        });
        let kamervragen = has_questions.then(|| Kamervragen {
            heading: head.questions.take().map(|(t, span)| Field {
                text: Cow::Owned(t),
                span,
            }),
            answer_heading: head.answer.take().map(|(t, span)| Field {
                text: Cow::Owned(t),
                span,
            }),
            heading_lines: head
                .other_spans
                .iter()
                .map(|s| Field {
                    text: Cow::Borrowed(&src[s.range()]),
                    span: *s,
                })
                .collect(),
            zaaknummer,
            aanhangsel_number: head.aanhangsel_number,
            submitted_on,
            received_on,
            answer_days,
            within_term: answer_days.map(|d| d <= 21),
            submitters,
            addressees: addressees.into_iter().map(Cow::Owned).collect(),
            topic: topic.map(Cow::Owned),
            answered_by: std::mem::take(&mut head.answered_by),
            questions,
            answers,
            toelichting: split.toelichting,
            answer_status,
            term: term.unwrap_or_default(),
        });
        let date = match kind {
            Kind::Letter | Kind::AnswerLetter => letter_date.or(received_on),
            Kind::Answers | Kind::Notice => received_on.or(letter_date),
            Kind::Questions => submitted_on,
        };
        let mut doc = Document {
            kind,
            date,
            letter,
            kamervragen,
            notice,
            footnotes,
            references: found_references
                .into_iter()
                .map(|r| Reference {
                    kind: r.kind,
                    text: Cow::Borrowed(&src[r.span.clone()]),
                    id: r.id,
                    span: r.span.into(),
                })
                .collect(),
            noise,
            unclaimed: Vec::new(),
            diagnostics,
        };
        doc.unclaimed = crate::claims::unclaimed(src, &doc);
        crate::diagnose::check(src, &mut doc);
        doc
    }
}

/// Where a letterhead printed after everything starts
/// ([`letter::trailing`]; `letter_lines` and `label_lines` are the noise
/// pass's), and its content lines, which are set aside (tagged blank)
/// until the letter reads them. Out of line: few texts have one.
#[inline(never)]
fn set_aside_trailing_letterhead(
    src: &str,
    lines: &[Line],
    tags: &mut [Tag],
    (letter_lines, label_lines): (&[u32], &[u32]),
) -> (Option<usize>, Vec<usize>) {
    let Some(tail) = letter::trailing(src, lines, tags, letter_lines, label_lines) else {
        return (None, Vec::new());
    };
    let set_aside: Vec<usize> = (tail..lines.len())
        .filter(|&i| tags[i] == Tag::Content)
        .collect();
    for &i in &set_aside {
        tags[i] = Tag::Blank;
    }
    (Some(tail), set_aside)
}

/// The diagnostic of a letterhead read after the answers, from `start`.
#[cold]
#[inline(never)]
fn letterhead_at_end(src: &str, start: usize) -> Diagnostic {
    Diagnostic {
        severity: Severity::Info,
        code: codes::LETTERHEAD_AT_END.into(),
        message: "the letterhead is read from the lines after the answers".into(),
        span: Span::new(start, src.len()),
    }
}

/// What the question and answer reader repaired: a question taken from
/// the text after a page break, a line moved to an empty bullet. Kept out
/// of [`Parser::parse`], as most documents need no repair.
#[cold]
#[inline(never)]
fn repair_diagnostics(split: &qa::Split<'_>) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = split
        .recovered
        .iter()
        .map(|&span| Diagnostic {
            severity: Severity::Warning,
            code: codes::QUESTION_LABEL_LOST.into(),
            message: "an answer names a question whose label is not printed; the text after the page break above it is taken as that question".into(),
            span,
        })
        .collect();
    diagnostics.extend(split.moved.iter().map(|&span| Diagnostic {
        severity: Severity::Info,
        code: codes::LIST_ITEM_MOVED.into(),
        message: "a line printed between the question and its answer is taken for the item of the answer's empty bullet".into(),
        span,
    }));
    diagnostics
}

/// An input longer than [`text::MAX_INPUT`] (4 GiB, no real document comes
/// near it) is not read: the line passes use 32-bit offsets. The result says
/// so with an error, and reports the whole text as unclaimed rather than
/// dropping it silently.
#[cold]
#[inline(never)]
fn too_large(src: &str) -> Document<'_> {
    let span = Span::new(0, src.len());
    Document {
        kind: Kind::Letter,
        date: None,
        letter: None,
        kamervragen: None,
        notice: None,
        footnotes: Vec::new(),
        references: Vec::new(),
        noise: Vec::new(),
        unclaimed: vec![Unclaimed {
            span,
            text: Cow::Borrowed(src),
        }],
        diagnostics: vec![Diagnostic {
            severity: Severity::Error,
            code: codes::INPUT_TOO_LARGE.into(),
            message: format!(
                "the text is {} bytes; the parser reads at most {} bytes",
                src.len(),
                text::MAX_INPUT
            ),
            span,
        }],
    }
}

fn choose_kind(
    head: &heading::Heading<'_>,
    letter: &Option<Letter<'_>>,
    split: &qa::Split<'_>,
    src: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Kind {
    if head.is_notice {
        return Kind::Notice;
    }
    if letter.is_some() {
        return if split.answers.is_empty() && split.questions.is_empty() {
            Kind::Letter
        } else {
            Kind::AnswerLetter
        };
    }
    if head.answer.is_some() || !split.answers.is_empty() {
        return Kind::Answers;
    }
    if head.questions.is_some() || !split.questions.is_empty() {
        return Kind::Questions;
    }
    if src.contains("Mededeling") {
        return Kind::Notice;
    }
    diagnostics.push(Diagnostic {
        severity: Severity::Warning,
        code: codes::NOT_RECOGNISED.into(),
        message: "no letterhead, question heading or questions found; treated as a letter".into(),
        span: crate::text::trim(src, 0, src.len()).span(),
    });
    Kind::Letter
}

/// The content text before the first question, joined with spaces: where
/// letters name the askers, the ingezonden date and the zaaknummer.
///
/// Only the first few kilobytes: a letter without questions has no end to
/// its preamble, and who asked and when is said near the top.
fn preamble_text(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    grids: &forms::Grids,
    end: usize,
) -> String {
    const LIMIT: usize = 8 * 1024;
    // Sized before it is filled, without a pass over the lines of its own:
    // about the text before line `end` (less its noise, plus a line end
    // per line), and at most twice the limit, which only a line longer
    // than the limit runs past.
    let front = lines
        .get(end)
        .map_or(src.len(), |l| l.start())
        .min(2 * LIMIT);
    let mut s = String::with_capacity(front);
    let taken =
        (0..end.min(lines.len())).filter(|&i| matches!(tags[i], Tag::Content | Tag::Heading));
    let mut push = |i: usize| {
        s.push_str(lines[i].text(src));
        s.push('\n');
        s.len() <= LIMIT
    };
    if grids.cells.is_empty() {
        for i in taken {
            if !push(i) {
                break;
            }
        }
    } else {
        // A table's cells as a reader reads them, not line by line across
        // the columns.
        let mut order: Vec<usize> = taken.collect();
        grids.reading_order(&mut order);
        for i in order {
            if !push(i) {
                break;
            }
        }
    }
    s
}

static ASKED_ON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)gesteld(?-u:\b)[^.]{0,80}?(?-u:\b)op(?-u:\b)|(?-u:\b)op(?-u:\b))\s+[0-9]{1,2}\s+[a-z]+\.?(?:\s+[0-9]{4}|\s+jl\.)").expect("asked on")
});
/// What one search of a text for the "Z" of zaaknummers finds.
#[derive(Debug, PartialEq, Eq)]
struct ZaakScan {
    /// The first "kv-tk-2024Z18294" as a whole word: the range of its
    /// zaaknummer.
    kv: Option<std::ops::Range<usize>>,
    /// Where the first "Z" with four digits before it and five after is,
    /// as every zaaknummer has it; only when `kv` is `None` (the search
    /// stops at `kv`).
    first_number: Option<usize>,
}

/// Search `text` for its first "kv-tk-2024Z18294", by the "Z" of the
/// number, a byte rare in Dutch text, each checked by hand: one search for
/// a single byte costs less than the regex
/// `(?-u:\b)kv-tk-(?:19|20)[0-9]{2}Z[0-9]{5}(?-u:\b)` (the unit tests check
/// it against that), and less than a search for "kv-tk-", whose letters
/// are common. Each match has its own "Z", in the order of the matches, so
/// the first that reads is the first match. The same search tells where
/// the first zaaknummer may be.
fn zaak_scan(text: &str) -> ZaakScan {
    const BEFORE: usize = "kv-tk-2024".len();
    let b = text.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let mut first_number = None;
    for z in memchr::memchr_iter(b'Z', b) {
        let Some(number) = z.checked_sub(4) else {
            continue;
        };
        if !(digits(number..z) && digits(z + 1..z + 6)) {
            continue;
        }
        first_number = first_number.or(Some(z));
        let Some(p) = z.checked_sub(BEFORE) else {
            continue;
        };
        let end = z + "Z18294".len();
        let kv = b[p..number] == *b"kv-tk-"
            && (b[number..].starts_with(b"19") || b[number..].starts_with(b"20"))
            && !(p > 0 && text::word_byte_at(b, p - 1))
            && !text::word_byte_at(b, end);
        if kv {
            return ZaakScan {
                kv: Some(number..end),
                first_number: None,
            };
        }
    }
    ZaakScan {
        kv: None,
        first_number,
    }
}

/// "vragen gesteld door het lid X op 3 april jl.", "Op 6 november jl. hebben
/// de leden …": a date in the sentence that names the askers. Asked only
/// when the heading and an "ingezonden" date do not say: kept out of
/// [`Parser::parse`].
#[inline(never)]
fn asked_on(text: &str, anchor: Option<NaiveDate>) -> Option<NaiveDate> {
    // Every match has the word "op" and then, after spaces (as
    // `collapse_ws` reads them), a digit; most texts have none, and need
    // not be flattened to find that out.
    static OP: Lazy<crate::text::Keyword> = Lazy::new(|| crate::text::Keyword::new("op"));
    let b = text.as_bytes();
    let op_then_digit = OP.find_iter(text).find(|m| {
        let rest = &text[m.end..];
        let spaces = rest.len() - rest.trim_start_matches(text::is_space).len();
        spaces > 0 && b.get(m.end + spaces).is_some_and(u8::is_ascii_digit)
    });
    let first = op_then_digit?;
    // No match starts before the sentence of the first such "op" (the
    // words before "op" do not cross a full stop), and the sentence of a
    // match starts after a full stop: only the text from that sentence on
    // is flattened and searched.
    let from = text[..first.start].rfind('.').map_or(0, |p| p + 1);
    let flat = text::collapse_ws(&text[from..]);
    for m in ASKED_ON.find_iter(&flat) {
        let sentence_end = flat[m.end()..]
            .find(['.', '?'])
            .map_or(flat.len(), |p| m.end() + p);
        let sentence_start = flat[..m.start()].rfind(['.', '\n']).map_or(0, |p| p + 1);
        let sentence = &flat[sentence_start..sentence_end.min(flat.len())];
        if !(sentence.contains("vragen") || sentence.contains("lid") || sentence.contains("leden"))
        {
            continue;
        }
        // The date starts at the first digit of the match.
        let digit = m
            .as_str()
            .find(|c: char| c.is_ascii_digit())
            .map(|p| m.start() + p);
        if let Some(d) = digit.and_then(|p| date::day_month_at(&flat[p..], anchor)?.date) {
            return Some(d);
        }
    }
    None
}

/// The case number of the questions: a "kv-tk-…" id, or in the preamble a
/// Z-number printed as a kenmerk, "nr.", reference or in parentheses. The
/// preamble (made of the lines before `front`) is asked for only when the
/// others do not say and the text has a zaaknummer before `front`.
fn zaak_from_text<'p>(
    src: &str,
    front: usize,
    preamble: impl FnOnce() -> &'p str,
    letter: &Option<Letter<'_>>,
) -> Option<String> {
    // The number is what follows "kv-tk-": found without capture groups.
    let scan = zaak_scan(src);
    if let Some(r) = scan.kv {
        return Some(src[r].to_string());
    }
    if let Some(l) = letter
        && let Some(r) = &l.your_reference
        && let Some(m) = zaaknummers(r).next()
    {
        return Some(r[m].to_string());
    }
    // A zaaknummer of the preamble is one of its lines' text, so one of
    // the text before `front`.
    if scan.first_number.is_none_or(|z| z >= front) {
        return None;
    }
    preamble_zaak(preamble())
}

/// The first Z-number of `preamble` printed as a kenmerk, "nr.",
/// reference or in parentheses, or at its start.
fn preamble_zaak(preamble: &str) -> Option<String> {
    for m in zaaknummers(preamble) {
        let from = text::floor_char_boundary(preamble, m.start.saturating_sub(16));
        let before = preamble[from..m.start].to_lowercase();
        let before = before.trim_end();
        let ok = before.ends_with("kenmerk")
            || before.ends_with("nr.")
            || before.ends_with("referentie")
            || before.ends_with('(')
            || before.ends_with("nummer")
            || preamble[..m.start].trim_start().is_empty();
        if ok {
            return Some(preamble[m].to_string());
        }
    }
    None
}

/// Where zaaknummers ("2024Z18294") are printed in `text`, as whole words.
/// Found by their "Z" and checked by hand: cheaper than a regex with no
/// literal to search for.
fn zaaknummers(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let b = text.as_bytes();
    let word = |i: usize| text::word_byte_at(b, i);
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    memchr::memchr_iter(b'Z', b).filter_map(move |p| {
        let start = p.checked_sub(4)?;
        let ok = digits(start..p)
            && (b[start..].starts_with(b"19") || b[start..].starts_with(b"20"))
            && digits(p + 1..p + 6)
            && !(start > 0 && word(start - 1))
            && !word(p + 6);
        ok.then_some(start..p + 6)
    })
}

/// Give each question, answer and letter paragraph (of the body and of
/// the prose annex) the notes it cites.
/// The lists are in document order, so each citation is placed by binary
/// search. Each citation's note moves into the item that cites it.
fn attach_citations(
    cites: Vec<footnotes::Citation>,
    questions: &mut [Question<'_>],
    answers: &mut [Answer<'_>],
    [paragraphs, annex]: [&mut [Paragraph<'_>]; 2],
) {
    fn find<T>(items: &[T], pos: usize, span: impl Fn(&T) -> Span) -> Option<usize> {
        let k = items.partition_point(|x| span(x).start <= pos);
        (k > 0 && pos < span(&items[k - 1]).end).then(|| k - 1)
    }
    fn sorted<T>(items: &[T], span: impl Fn(&T) -> Span) -> bool {
        items
            .windows(2)
            .all(|w| span(&w[0]).start <= span(&w[1]).start)
    }
    let q_sorted = sorted(questions, |q| q.span);
    let a_sorted = sorted(answers, |a| a.span);
    let p_sorted = sorted(paragraphs, |p| p.span);
    let x_sorted = sorted(annex, |p| p.span);
    for c in cites {
        if q_sorted && let Some(k) = find(questions, c.pos, |q| q.span) {
            questions[k].footnotes.push(c.note);
        } else if a_sorted && let Some(k) = find(answers, c.pos, |a| a.span) {
            answers[k].footnotes.push(c.note);
        } else if p_sorted && let Some(k) = find(paragraphs, c.pos, |p| p.span) {
            paragraphs[k].footnotes.push(c.note);
        } else if x_sorted && let Some(k) = find(annex, c.pos, |p| p.span) {
            annex[k].footnotes.push(c.note);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zaaknummers_are_whole_words() {
        let t = "kenmerk 2024Z18294, x2024Z18295, 2024Z182961, 1899Z12345, (2025Z00001)";
        let found: Vec<&str> = zaaknummers(t).map(|r| &t[r]).collect();
        assert_eq!(found, ["2024Z18294", "2025Z00001"]);
        assert_eq!(zaaknummers("Z2024Z").count(), 0);
    }

    #[test]
    fn kv_zaak_is_a_whole_word() {
        let t = "xkv-tk-2024Z18294 kv-tk-2024Z182951 kv-tk-1899Z12345 (kv-tk-2025Z00001)";
        assert_eq!(zaak_scan(t).kv.map(|r| &t[r]), Some("2025Z00001"));
        assert_eq!(zaak_scan("kv-tk-2024Z1829").kv, None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn kv_zaak_matches_its_regex(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "kv-tk-", "kv-", "tk-", "19", "20", "2024", "Z", "1", "18294", "0", "x", "_",
                " ", "é", "-", "(", "kv-tk-2024Z18294",
            ]),
            0..10,
        )) {
            static KV_ZAAK: Lazy<Regex> = Lazy::new(|| {
                Regex::new(r"(?-u:\b)kv-tk-(?:19|20)[0-9]{2}Z[0-9]{5}(?-u:\b)").expect("kv zaak")
            });
            let t = parts.concat();
            let want = KV_ZAAK.find(&t).map(|m| m.start() + "kv-tk-".len()..m.end());
            let scan = zaak_scan(&t);
            proptest::prop_assert_eq!(&scan.kv, &want, "{:?}", t);
            // Without "kv-tk-", the search tells where the first
            // zaaknummer may be: at the first, or before it.
            if want.is_none() {
                let first = zaaknummers(&t).next().map(|r| r.start + 4);
                proptest::prop_assert!(
                    first.is_none_or(|z| scan.first_number.is_some_and(|f| f <= z)),
                    "{:?}: {:?} {:?}", t, scan.first_number, first
                );
            }
        }
    }

    // A text over 4 GiB cannot be built in a test; the result it gets is
    // checked on a small one.
    #[test]
    fn too_large_input_is_an_error_and_unclaimed() {
        let doc = too_large("Vraag 1\nIs dat zo?");
        assert_eq!(doc.diagnostics.len(), 1);
        assert_eq!(doc.diagnostics[0].code, codes::INPUT_TOO_LARGE);
        assert_eq!(doc.diagnostics[0].severity, Severity::Error);
        assert_eq!(doc.unclaimed.len(), 1);
        assert_eq!(doc.unclaimed[0].span, Span::new(0, 18));
        assert!(doc.kamervragen.is_none());
    }
}
