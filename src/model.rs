//! The typed data model that [`crate::parse`] fills.
//!
//! Every type borrows from the input text where it can (`Cow<'a, str>`) and
//! carries byte spans back into it. The JSON form (serde, snake_case) is the
//! public contract described in `docs/json.md`.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::span::Span;

/// Which kind of parliamentary document the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A minister's letter ("Kamerbrief") without questions and answers.
    Letter,
    /// A minister's letter (letterhead, salutation or signature) that carries
    /// answers to written questions.
    AnswerLetter,
    /// A publication of answers without letterhead: the "Aanhangsel van de
    /// Handelingen" or the Tweede Kamer's own "AH 604 / 2024Z18294" text.
    Answers,
    /// Written questions as submitted by members, without answers.
    Questions,
    /// A "Mededeling": a notice, usually that the answer is postponed.
    Notice,
}

/// A parsed document. Borrows from the text it was parsed from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document<'a> {
    /// The kind of document, chosen even when the text is not recognised
    /// (a diagnostic says so).
    pub kind: Kind,
    /// The document's own date: the letter's date for letters, the
    /// "(ontvangen …)" date for answers and notices, the "(ingezonden …)"
    /// date for questions.
    pub date: Option<NaiveDate>,
    /// The letterhead, salutation, body and signature of a minister's letter.
    #[serde(borrow)]
    pub letter: Option<Letter<'a>>,
    /// The written questions ("Kamervragen") and their answers.
    #[serde(borrow)]
    pub kamervragen: Option<Kamervragen<'a>>,
    /// The notice ("Mededeling") when the document is one.
    #[serde(borrow)]
    pub notice: Option<Notice<'a>>,
    /// Footnotes and endnotes, in document order: the footnotes (which stand
    /// on their pages) first, then the endnotes (which end the document).
    #[serde(borrow)]
    pub footnotes: Vec<Footnote<'a>>,
    /// Every identifier found anywhere in the text, in order.
    #[serde(borrow)]
    pub references: Vec<Reference<'a>>,
    /// Extraction noise that was recognised and left out of the text fields:
    /// page headers and footers, page numbers, markers.
    pub noise: Vec<Noise>,
    /// Runs of input text that no part of the result accounts for.
    #[serde(borrow)]
    pub unclaimed: Vec<Unclaimed<'a>>,
    /// What the parser could not make sense of, or wants the user to know.
    pub diagnostics: Vec<Diagnostic>,
}

/// The letter part of a minister's letter: letterhead, body and signature.
///
/// Text fields are plain strings; where each was read is in [`Letter::fields`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Letter<'a> {
    /// The date in the letterhead ("Datum 24 april 2025", "Den Haag, …").
    pub date: Option<NaiveDate>,
    /// The subject ("Betreft" or "Onderwerp").
    #[serde(borrow)]
    pub subject: Option<Cow<'a, str>>,
    /// The ministry's own reference ("Onze referentie", "Ons kenmerk",
    /// "Kenmerk"), as printed.
    #[serde(borrow)]
    pub our_reference: Option<Cow<'a, str>>,
    /// The addressee's reference ("Uw kenmerk", "Uw referentie", "Uw brief"),
    /// often the Tweede Kamer zaaknummer.
    #[serde(borrow)]
    pub your_reference: Option<Cow<'a, str>>,
    /// Enclosures ("Bijlage(n)"): a count or titles, as printed.
    #[serde(borrow)]
    pub attachments: Option<Cow<'a, str>>,
    /// The sending ministry and its address block.
    #[serde(borrow)]
    pub sender: Option<Sender<'a>>,
    /// The addressee block.
    #[serde(borrow)]
    pub recipient: Option<Recipient<'a>>,
    /// The publisher's heading, which names who writes ("BRIEF VAN DE
    /// MINISTER VAN DEFENSIE"), as printed; in a letter as the official
    /// publisher prints it.
    #[serde(borrow)]
    pub heading: Option<Cow<'a, str>>,
    /// The return address ("Postbus 20701 2500 ES Den Haag").
    #[serde(borrow)]
    pub return_address: Option<Cow<'a, str>>,
    /// The salutation ("Geachte voorzitter,").
    #[serde(borrow)]
    pub salutation: Option<Cow<'a, str>>,
    /// The paragraphs of the letter body, between salutation and closing,
    /// each with the notes it cites.
    #[serde(borrow)]
    pub body: Vec<Paragraph<'a>>,
    /// The closing formula ("Hoogachtend").
    #[serde(borrow)]
    pub closing: Option<Cow<'a, str>>,
    /// The people who sign the letter, in printed order.
    #[serde(borrow)]
    pub signatories: Vec<Signatory<'a>>,
    /// The prose annex printed after the signature ("Bijlage: …" and its
    /// paragraphs). An annex that holds the questions and answers is read
    /// as [`Kamervragen`] instead.
    #[serde(borrow)]
    pub annex: Option<Annex<'a>>,
    /// Lines of the letterhead, colofon and annex title that are none of the
    /// fields above (contact details, project names, the title of the annex
    /// with the answers), kept as printed.
    #[serde(borrow)]
    pub other_lines: Vec<Field<'a>>,
    /// Every field above as printed, with its span, in document order.
    #[serde(borrow)]
    pub fields: Vec<LetterField<'a>>,
}

/// One letterhead field as printed, with where it was read: the
/// structured view behind the plain text fields of [`Letter`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterField<'a> {
    /// Which field of [`Letter`] this is: `date`, `subject`, `our_reference`,
    /// `your_reference`, `attachments`, `heading`, `return_address`,
    /// `salutation`, `closing`.
    pub name: String,
    /// The value as printed (cleaned of markers).
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Where the label and its value were read.
    pub span: Span,
}

/// A piece of text with the span it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field<'a> {
    /// The cleaned text.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Where it was read, as byte offsets into the input.
    pub span: Span,
}

/// A letter's prose annex: its title and paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annex<'a> {
    /// The title line as printed ("Bijlage: Mogelijke aanvullende
    /// maatregelen …"), its wrapped lines joined.
    #[serde(borrow)]
    pub title: Field<'a>,
    /// The paragraphs of the annex, each with the notes it cites.
    #[serde(borrow)]
    pub paragraphs: Vec<Paragraph<'a>>,
}

/// A paragraph of running text, with the notes it cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph<'a> {
    /// The cleaned text, without note markers.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// The notes cited in the paragraph, in order.
    pub footnotes: Vec<NoteRef>,
    /// Where it was read, as byte offsets into the input.
    pub span: Span,
}

/// The sender of a letter: the ministry and its address block.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Sender<'a> {
    /// The ministry, e.g. "Ministerie van Defensie".
    #[serde(borrow)]
    pub organisation: Option<Cow<'a, str>>,
    /// Address and department lines of the colofon, as printed.
    #[serde(borrow)]
    pub lines: Vec<Cow<'a, str>>,
    /// The website printed in the colofon ("www.defensie.nl").
    #[serde(borrow)]
    pub website: Option<Cow<'a, str>>,
    /// Where the sender block was read.
    pub span: Option<Span>,
}

/// The addressee block of a letter.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Recipient<'a> {
    /// The lines of the addressee block, as printed.
    #[serde(borrow)]
    pub lines: Vec<Cow<'a, str>>,
    /// Which chamber the letter is addressed to, when it says.
    pub chamber: Option<Chamber>,
    /// Where the block was read.
    pub span: Option<Span>,
}

/// A chamber of the States General.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Chamber {
    /// The Tweede Kamer (House of Representatives), "TK" or "II".
    TweedeKamer,
    /// The Eerste Kamer (Senate), "EK" or "I".
    EersteKamer,
}

/// Someone who signs a letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory<'a> {
    /// The role, normalised to lower case: "minister van Defensie".
    pub role: Option<String>,
    /// The name as printed, without academic titles.
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    /// Academic titles and honorifics printed before the name ("drs.", "mr.").
    pub titles: Vec<String>,
    /// Ministers on whose behalf this person also signs ("mede namens").
    pub on_behalf_of: Vec<String>,
    /// Where the signature block of this person was read.
    pub span: Span,
}

/// The written questions and their answers.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Kamervragen<'a> {
    /// The heading of the questions as printed ("Vragen van het lid … aan de
    /// Minister van … over … (ingezonden …)"), whitespace collapsed.
    #[serde(borrow)]
    pub heading: Option<Field<'a>>,
    /// The heading of the answer or notice ("Antwoord van Minister …
    /// (ontvangen …)", "Mededeling van …").
    #[serde(borrow)]
    pub answer_heading: Option<Field<'a>>,
    /// Other heading lines: the "AH 599" and zaaknummer lines, a separate
    /// "(ingezonden …)" line, "Zie ook Aanhangsel Handelingen …".
    #[serde(borrow)]
    pub heading_lines: Vec<Field<'a>>,
    /// The Tweede Kamer case number of the questions (`2025Z06378`).
    pub zaaknummer: Option<String>,
    /// The number of the publication in the Aanhangsel van de Handelingen
    /// ("AH 604", or the "1314" above the questions), when printed.
    pub aanhangsel_number: Option<u32>,
    /// The date the questions were submitted ("ingezonden").
    pub submitted_on: Option<NaiveDate>,
    /// The date the answer was received by the Kamer ("ontvangen").
    pub received_on: Option<NaiveDate>,
    /// Days from submission to the answer (letter date or "ontvangen").
    pub answer_days: Option<i64>,
    /// Whether the answer came within the three-week term of the
    /// Reglement van Orde.
    pub within_term: Option<bool>,
    /// The members who asked, in printed order.
    #[serde(borrow)]
    pub submitters: Vec<Member<'a>>,
    /// To whom the questions were addressed ("de Minister van …"), as printed.
    #[serde(borrow)]
    pub addressees: Vec<Cow<'a, str>>,
    /// What the questions are about (the "over …" part of the heading).
    #[serde(borrow)]
    pub topic: Option<Cow<'a, str>>,
    /// Who answered.
    #[serde(borrow)]
    pub answered_by: Vec<Official<'a>>,
    /// The questions, in document order.
    #[serde(borrow)]
    pub questions: Vec<Question<'a>>,
    /// The answers, in document order.
    #[serde(borrow)]
    pub answers: Vec<Answer<'a>>,
    /// The questioner's explanation printed after the questions
    /// ("Toelichting: Deze vragen dienen ter aanvulling op …").
    #[serde(borrow)]
    pub toelichting: Option<Field<'a>>,
    /// What kind of answer the document gives (for `answers` and
    /// `answer_letter`): a first answer, a supplementary or corrected one,
    /// or word that the questions were withdrawn or answered elsewhere.
    #[serde(borrow)]
    pub answer_status: Option<AnswerStatus<'a>>,
    /// The answer term: the day the answer was due, and whether it was kept.
    pub term: Term,
}

/// What kind of answer a document gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerStatus<'a> {
    /// The kind.
    pub kind: AnswerKind,
    /// The words that say so, as printed, with their span; `None` for a
    /// first answer.
    #[serde(borrow)]
    pub statement: Option<Field<'a>>,
    /// For [`AnswerKind::AnsweredElsewhere`]: the canonical id of the
    /// document that answered the questions, when cited.
    pub answered_in: Option<String>,
    /// For [`AnswerKind::AnsweredElsewhere`]: the date they were answered,
    /// when printed.
    pub answered_on: Option<NaiveDate>,
}

/// The kind of an [`AnswerStatus`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// The answers, with nothing said to the contrary.
    Answer,
    /// Supplementary answers: "Antwoord … (nader)", "aanvullende
    /// antwoorden", "nadere beantwoording", "In aanvulling op mijn
    /// antwoorden van …".
    Supplementary,
    /// Corrected answers: "gecorrigeerde antwoorden", "correctie op de
    /// beantwoording", "herziene antwoorden".
    Corrected,
    /// The answer says the questions were withdrawn.
    Withdrawn,
    /// The answer says the questions were answered in another document.
    AnsweredElsewhere,
}

/// The answer term of the Tweede Kamer's Reglement van Orde: three weeks
/// after the questions were submitted; six weeks after a postponement
/// notice. The Eerste Kamer has no term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Term {
    /// The chamber the document shows the questions were asked in, when it
    /// shows it: its kop, the Aanhangsel id, the addressee of a letter.
    pub chamber: Option<Chamber>,
    /// The term that applies, in weeks: 3, or 6 when the document is or
    /// cites a postponement notice; `None` in the Eerste Kamer.
    pub weeks: Option<u8>,
    /// Whether the document is a postponement notice or cites one.
    pub postponed: bool,
    /// The day the answer was due: `submitted_on` plus the term; `None`
    /// when there is no term or no submission date.
    pub due_on: Option<NaiveDate>,
    /// The day of the answer the term is measured against: the answer's
    /// date, or the date questions answered elsewhere were answered.
    pub answered_on: Option<NaiveDate>,
    /// Whether the answer came on or before `due_on`; `None` when either
    /// day is unknown, and for supplementary or corrected answers (the
    /// first answer kept the term or not).
    pub kept: Option<bool>,
    /// Days after `due_on` the answer came (0 when kept); `None` when
    /// `kept` is.
    pub days_late: Option<i64>,
}

/// A member of parliament who asked questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member<'a> {
    /// The name as printed (surname with tussenvoegsel, first name when printed).
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    /// The party as printed in the parentheses ("GroenLinks-PvdA").
    #[serde(borrow)]
    pub party: Option<Cow<'a, str>>,
}

/// A minister or state secretary, as named in an answer heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Official<'a> {
    /// "minister", "staatssecretaris" or "minister-president".
    pub role: String,
    /// The surname as printed ("Dijkgraaf").
    #[serde(borrow)]
    pub name: Option<Cow<'a, str>>,
    /// The portfolio in the parentheses ("Onderwijs, Cultuur en Wetenschap").
    #[serde(borrow)]
    pub portfolio: Option<Cow<'a, str>>,
    /// Whether this person answers "mede namens" (on behalf of) another.
    pub on_behalf: bool,
}

/// One written question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question<'a> {
    /// The numbers it is printed under: normally one, `["2","3"]` for
    /// "Vraag 2 en 3". Strings, because of sub-questions such as `"2a"`;
    /// borrowed from the text where printed as they read, made where not
    /// (ranges such as "1 t/m 4", number words, leading zeros).
    #[serde(borrow)]
    pub numbers: Vec<Cow<'a, str>>,
    /// The question text, without its label, clean of extraction noise.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// The notes the question cites.
    pub footnotes: Vec<NoteRef>,
    /// From the label (or first word) to the end of the question.
    pub span: Span,
}

/// One answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer<'a> {
    /// The numbers of the questions it answers ("Antwoord 3, 4 en 5" gives
    /// three).
    #[serde(borrow)]
    pub numbers: Vec<Cow<'a, str>>,
    /// The answer text, without its label, clean of extraction noise.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// The questions whose answer this one points to ("Zie antwoord vraag 2").
    #[serde(borrow)]
    pub refers_to: Vec<Cow<'a, str>>,
    /// The notes the answer cites.
    pub footnotes: Vec<NoteRef>,
    /// From the label (or first word) to the end of the answer.
    pub span: Span,
}

/// A "Mededeling": a notice about written questions. A minister's own
/// letter that postpones an answer is read the same way (its kind stays
/// [`Kind::Letter`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice<'a> {
    /// The "(ontvangen …)" date.
    pub received_on: Option<NaiveDate>,
    /// True when the notice postpones the answer ("kunnen niet binnen de
    /// gebruikelijke termijn worden beantwoord"): the same as `status`
    /// [`NoticeStatus::Postponed`].
    pub postponement: bool,
    /// The text of the notice.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// The paragraphs of the notice, each with its span.
    #[serde(borrow)]
    pub paragraphs: Vec<Field<'a>>,
    /// Where the notice text was read.
    pub span: Span,
    /// What the notice says of the answer.
    pub status: NoticeStatus,
    /// The sentence that says it, as printed.
    #[serde(borrow)]
    pub statement: Option<Field<'a>>,
    /// Whether the notice asks for a postponement again ("opnieuw om
    /// uitstel", "uitstel verkregen tot …").
    pub repeated: bool,
    /// Why the answer is late, as printed from the word that introduces it
    /// ("Vanwege de nodige afstemming …", "omdat de benodigde afstemming
    /// meer tijd behoeft", "dat nog niet alle gegevens zijn verkregen").
    #[serde(borrow)]
    pub reason: Option<Cow<'a, str>>,
    /// Where the reason was read.
    pub reason_span: Option<Span>,
    /// When the answer is promised.
    #[serde(borrow)]
    pub promise: Option<Promise<'a>>,
    /// For questions answered elsewhere: the canonical id of the letter or
    /// Kamerstuk that answered them (`kst-36471-64`), when printed.
    pub answered_in: Option<String>,
    /// For questions answered elsewhere: the date they were answered, when
    /// printed.
    pub answered_on: Option<NaiveDate>,
    /// The questions the notice is about, as it names them.
    #[serde(borrow)]
    pub questions: Vec<QuestionsRef<'a>>,
}

/// What a notice says of the answer to the questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeStatus {
    /// The answer is postponed ("kunnen niet binnen de gebruikelijke
    /// termijn worden beantwoord", "uitstel").
    Postponed,
    /// The questions were (or will be) answered in another document or
    /// debate ("zijn beantwoord middels een brief …").
    AnsweredElsewhere,
    /// The questions were withdrawn ("ingetrokken").
    Withdrawn,
    /// Something else: the notice text says what.
    Other,
}

/// When a notice promises the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promise<'a> {
    /// What kind of promise it is.
    pub kind: PromiseKind,
    /// The sentence that makes the promise, as printed.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Where the sentence was read.
    pub span: Span,
    /// The words that say when ("zo spoedig mogelijk", "uiterlijk 1
    /// december", "voor het kerstreces"), with their span; `None` for
    /// [`PromiseKind::Other`].
    #[serde(borrow)]
    pub when: Option<Field<'a>>,
    /// For [`PromiseKind::Within`]: the period ("binnen drie weken").
    pub period: Option<Period>,
    /// For [`PromiseKind::ByDate`]: the day promised, resolved against the
    /// notice's date; for [`PromiseKind::BeforeEvent`]: the event's day
    /// when it is printed ("het commissiedebat van 12 december").
    pub date: Option<NaiveDate>,
    /// Whether `date` stands for a time rather than a day: "omstreeks 1
    /// maart", "half februari" (the 15th), "begin" (the 1st) or "eind
    /// maart" (the last day), a month without a day, "eind dit jaar".
    pub approximate: bool,
    /// For [`PromiseKind::BeforeEvent`]: the event as printed ("het
    /// kerstreces").
    #[serde(borrow)]
    pub event: Option<Cow<'a, str>>,
}

/// The kind of a [`Promise`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PromiseKind {
    /// "zo spoedig mogelijk", "zo snel mogelijk".
    AsSoonAsPossible,
    /// "binnen drie weken", "in de komende weken".
    Within,
    /// "uiterlijk 1 december", "omstreeks half februari 2010".
    ByDate,
    /// "voor het kerstreces", "voor het commissiedebat van …".
    BeforeEvent,
    /// A promise without one of the above ("na afronding van het
    /// onderzoek", "op korte termijn").
    Other,
}

/// A period of time ("drie weken").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    /// How many units; `None` for "enkele weken", "de komende weken".
    pub count: Option<u32>,
    /// The unit.
    pub unit: PeriodUnit,
}

/// The unit of a [`Period`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodUnit {
    /// Days.
    Day,
    /// Working days ("werkdagen").
    WorkingDay,
    /// Weeks.
    Week,
    /// Months.
    Month,
}

/// Written questions as a notice or letter names them: "De vragen van het
/// lid Flach (SGP) over … (2024Z17067)", "Op 6 november jl. hebben de
/// leden … vragen gesteld".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionsRef<'a> {
    /// The words that name the questions, as printed.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Where they were read.
    pub span: Span,
    /// The zaaknummer printed with them.
    pub zaaknummer: Option<String>,
    /// The members who asked them, as named.
    #[serde(borrow)]
    pub members: Vec<Member<'a>>,
    /// The date they were asked ("ingezonden 30 mei 2024", "Op 6 november
    /// jl.", resolved against the notice's date), when printed.
    pub asked_on: Option<NaiveDate>,
}

/// Whether a note is a Word footnote or a typed endnote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FootnoteKind {
    /// A note at the foot of the page (Word footnote, PDF page-bottom note).
    Footnote,
    /// A note collected at the end of the text (`[1] …`, `1) …`).
    Endnote,
}

/// A citation of a note: its label and series. Word footnote 1 and typed
/// endnote "\[1\]" are different notes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NoteRef {
    /// The label as cited ("1").
    pub label: String,
    /// Which series the label belongs to.
    pub kind: FootnoteKind,
}

/// A footnote or endnote body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote<'a> {
    /// The label as printed ("1"); empty when the body is unnumbered.
    pub label: String,
    /// Footnote or endnote: the two series are numbered independently.
    pub kind: FootnoteKind,
    /// The body text.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Where the body (with its label) was read.
    pub span: Span,
}

/// What kind of document or resource a reference points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    /// A Tweede Kamer zaaknummer (case number) such as `2025Z06378`.
    Zaaknummer,
    /// A Tweede Kamer documentnummer such as `2025D12345`.
    Documentnummer,
    /// An Aanhangsel van de Handelingen entry (published answers), id `ah-tk-20232024-387`.
    Aanhangsel,
    /// A Kamerstuk (parliamentary paper), id `kst-21501-32-1703`.
    Kamerstuk,
    /// A Handelingen (proceedings) sitting or item, id `h-tk-20102011-108-5`.
    Handelingen,
    /// A web address, id as printed without line breaks.
    Url,
}

/// An identifier found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference<'a> {
    /// What kind of identifier it is.
    pub kind: ReferenceKind,
    /// The citation as printed.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Its canonical form (`kst-21501-32-1703`).
    pub id: String,
    /// Where it was printed.
    pub span: Span,
}

/// What kind of extraction noise was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoiseKind {
    /// A repeated page header or footer, or a publication kop.
    PageFurniture,
    /// A page number.
    PageNumber,
    /// A converter marker (`[footnoteRef:1]`, `[bookmark: _GoBack]`, Markdown
    /// rules, headings' `#` and quotes' `>`, the bold around a whole
    /// letterhead line, the rules and borders of a table drawn as text) or a
    /// stray footnote reference.
    Marker,
    /// Template boilerplate ("Bij beantwoording … vermelden.").
    Boilerplate,
}

/// A recognised piece of extraction noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Noise {
    /// What it is.
    pub kind: NoiseKind,
    /// Where it is.
    pub span: Span,
}

/// A run of input that no part of the result accounts for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unclaimed<'a> {
    /// Where it is.
    pub span: Span,
    /// The text as printed.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; the result is complete.
    Info,
    /// Part of the result may be wrong or missing.
    Warning,
    /// The input is not what the parser expects.
    Error,
}

/// Something the parser wants the user to know, with the span it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A stable code, see [`crate::codes`].
    pub code: String,
    /// A sentence for people.
    pub message: String,
    /// What it concerns.
    pub span: Span,
}

impl Document<'_> {
    /// Detach the document from the input text.
    pub fn into_owned(self) -> Document<'static> {
        Document {
            kind: self.kind,
            date: self.date,
            letter: self.letter.map(Letter::into_owned),
            kamervragen: self.kamervragen.map(Kamervragen::into_owned),
            notice: self.notice.map(Notice::into_owned),
            footnotes: self
                .footnotes
                .into_iter()
                .map(|f| Footnote {
                    label: f.label,
                    kind: f.kind,
                    text: owned(f.text),
                    span: f.span,
                })
                .collect(),
            references: self
                .references
                .into_iter()
                .map(|r| Reference {
                    kind: r.kind,
                    text: owned(r.text),
                    id: r.id,
                    span: r.span,
                })
                .collect(),
            noise: self.noise,
            unclaimed: self
                .unclaimed
                .into_iter()
                .map(|u| Unclaimed {
                    span: u.span,
                    text: owned(u.text),
                })
                .collect(),
            diagnostics: self.diagnostics,
        }
    }
}

fn owned(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

fn owned_field(f: Field<'_>) -> Field<'static> {
    Field {
        text: owned(f.text),
        span: f.span,
    }
}

fn owned_paragraph(p: Paragraph<'_>) -> Paragraph<'static> {
    Paragraph {
        text: owned(p.text),
        footnotes: p.footnotes,
        span: p.span,
    }
}

impl Letter<'_> {
    fn into_owned(self) -> Letter<'static> {
        Letter {
            date: self.date,
            subject: self.subject.map(owned),
            our_reference: self.our_reference.map(owned),
            your_reference: self.your_reference.map(owned),
            attachments: self.attachments.map(owned),
            sender: self.sender.map(|s| Sender {
                organisation: s.organisation.map(owned),
                lines: s.lines.into_iter().map(owned).collect(),
                website: s.website.map(owned),
                span: s.span,
            }),
            recipient: self.recipient.map(|r| Recipient {
                lines: r.lines.into_iter().map(owned).collect(),
                chamber: r.chamber,
                span: r.span,
            }),
            heading: self.heading.map(owned),
            return_address: self.return_address.map(owned),
            salutation: self.salutation.map(owned),
            body: self.body.into_iter().map(owned_paragraph).collect(),
            closing: self.closing.map(owned),
            signatories: self
                .signatories
                .into_iter()
                .map(|s| Signatory {
                    role: s.role,
                    name: owned(s.name),
                    titles: s.titles,
                    on_behalf_of: s.on_behalf_of,
                    span: s.span,
                })
                .collect(),
            annex: self.annex.map(|a| Annex {
                title: owned_field(a.title),
                paragraphs: a.paragraphs.into_iter().map(owned_paragraph).collect(),
            }),
            other_lines: self.other_lines.into_iter().map(owned_field).collect(),
            fields: self
                .fields
                .into_iter()
                .map(|f| LetterField {
                    name: f.name,
                    text: owned(f.text),
                    span: f.span,
                })
                .collect(),
        }
    }
}

impl Notice<'_> {
    fn into_owned(self) -> Notice<'static> {
        Notice {
            received_on: self.received_on,
            postponement: self.postponement,
            text: owned(self.text),
            paragraphs: self.paragraphs.into_iter().map(owned_field).collect(),
            span: self.span,
            status: self.status,
            statement: self.statement.map(owned_field),
            repeated: self.repeated,
            reason: self.reason.map(owned),
            reason_span: self.reason_span,
            promise: self.promise.map(|p| Promise {
                kind: p.kind,
                text: owned(p.text),
                span: p.span,
                when: p.when.map(owned_field),
                period: p.period,
                date: p.date,
                approximate: p.approximate,
                event: p.event.map(owned),
            }),
            answered_in: self.answered_in,
            answered_on: self.answered_on,
            questions: self
                .questions
                .into_iter()
                .map(|q| QuestionsRef {
                    text: owned(q.text),
                    span: q.span,
                    zaaknummer: q.zaaknummer,
                    members: q.members.into_iter().map(Member::into_owned).collect(),
                    asked_on: q.asked_on,
                })
                .collect(),
        }
    }
}

impl Member<'_> {
    fn into_owned(self) -> Member<'static> {
        Member {
            name: owned(self.name),
            party: self.party.map(owned),
        }
    }
}

impl Kamervragen<'_> {
    fn into_owned(self) -> Kamervragen<'static> {
        Kamervragen {
            heading: self.heading.map(owned_field),
            answer_heading: self.answer_heading.map(owned_field),
            heading_lines: self.heading_lines.into_iter().map(owned_field).collect(),
            zaaknummer: self.zaaknummer,
            aanhangsel_number: self.aanhangsel_number,
            submitted_on: self.submitted_on,
            received_on: self.received_on,
            answer_days: self.answer_days,
            within_term: self.within_term,
            submitters: self
                .submitters
                .into_iter()
                .map(Member::into_owned)
                .collect(),
            addressees: self.addressees.into_iter().map(owned).collect(),
            topic: self.topic.map(owned),
            answered_by: self
                .answered_by
                .into_iter()
                .map(|o| Official {
                    role: o.role,
                    name: o.name.map(owned),
                    portfolio: o.portfolio.map(owned),
                    on_behalf: o.on_behalf,
                })
                .collect(),
            questions: self
                .questions
                .into_iter()
                .map(|q| Question {
                    numbers: q.numbers.into_iter().map(owned).collect(),
                    text: owned(q.text),
                    footnotes: q.footnotes,
                    span: q.span,
                })
                .collect(),
            answers: self
                .answers
                .into_iter()
                .map(|a| Answer {
                    numbers: a.numbers.into_iter().map(owned).collect(),
                    text: owned(a.text),
                    refers_to: a.refers_to.into_iter().map(owned).collect(),
                    footnotes: a.footnotes,
                    span: a.span,
                })
                .collect(),
            toelichting: self.toelichting.map(owned_field),
            answer_status: self.answer_status.map(|a| AnswerStatus {
                kind: a.kind,
                statement: a.statement.map(owned_field),
                answered_in: a.answered_in,
                answered_on: a.answered_on,
            }),
            term: self.term,
        }
    }
}

macro_rules! names {
    ($ty:ty { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// The name used in JSON (snake_case).
            pub const fn as_str(&self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

names!(Kind { Letter => "letter", AnswerLetter => "answer_letter", Answers => "answers", Questions => "questions", Notice => "notice" });
names!(Severity { Info => "info", Warning => "warning", Error => "error" });
names!(FootnoteKind { Footnote => "footnote", Endnote => "endnote" });
names!(NoiseKind { PageFurniture => "page_furniture", PageNumber => "page_number", Marker => "marker", Boilerplate => "boilerplate" });
names!(ReferenceKind {
    Zaaknummer => "zaaknummer",
    Documentnummer => "documentnummer",
    Aanhangsel => "aanhangsel",
    Kamerstuk => "kamerstuk",
    Handelingen => "handelingen",
    Url => "url",
});
names!(NoticeStatus { Postponed => "postponed", AnsweredElsewhere => "answered_elsewhere", Withdrawn => "withdrawn", Other => "other" });
names!(PromiseKind {
    AsSoonAsPossible => "as_soon_as_possible",
    Within => "within",
    ByDate => "by_date",
    BeforeEvent => "before_event",
    Other => "other",
});
names!(AnswerKind {
    Answer => "answer",
    Supplementary => "supplementary",
    Corrected => "corrected",
    Withdrawn => "withdrawn",
    AnsweredElsewhere => "answered_elsewhere",
});
names!(PeriodUnit { Day => "day", WorkingDay => "working_day", Week => "week", Month => "month" });
names!(Chamber { TweedeKamer => "tweede_kamer", EersteKamer => "eerste_kamer" });
