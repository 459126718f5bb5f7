//! Stable diagnostic codes. Users match on these strings; they do not change.

/// The text is not recognisably a letter, questions, answers or notice.
pub const NOT_RECOGNISED: &str = "not_recognised";
/// A question has no answer in an answer document.
pub const UNANSWERED_QUESTION: &str = "unanswered_question";
/// An answer names a question number that no question carries.
pub const ANSWER_WITHOUT_QUESTION: &str = "answer_without_question";
/// The same question number is printed twice.
pub const DUPLICATE_QUESTION: &str = "duplicate_question";
/// A question number is skipped: no question carries the number below
/// this one ("Vraag 3" follows "Vraag 1", and "Vraag 2" is nowhere);
/// questions printed out of order skip none.
pub const SKIPPED_QUESTION: &str = "skipped_question";
/// Question numbers go down ("Vraag 6" after "Vraag 9").
pub const NUMBERING_OUT_OF_ORDER: &str = "numbering_out_of_order";
/// A date that cannot be a calendar day ("31 februari 2024").
pub const IMPOSSIBLE_DATE: &str = "impossible_date";
/// A letter without a date in its letterhead.
pub const LETTER_WITHOUT_DATE: &str = "letter_without_date";
/// Text after the signature that no field holds: no annex with questions,
/// no prose annex (`Letter::annex`).
pub const TEXT_AFTER_SIGNATURE: &str = "text_after_signature";
/// A question whose label the text lost (at a page break) was recovered from
/// an answer label that names it; check its start.
pub const QUESTION_LABEL_LOST: &str = "question_label_lost";
/// The text is longer than the parser reads (4 GiB); nothing was parsed and
/// the whole text is reported as unclaimed.
pub const INPUT_TOO_LARGE: &str = "input_too_large";
/// A number set apart from the word before it by a space (as PyPDF prints
/// markers) was taken for a note marker: it stands where the note's marker
/// should, but a real number can stand there too.
pub const MARKER_SET_APART: &str = "marker_set_apart";
/// No marker in the text cites this note (the extractor may have dropped
/// it, or moved it where it cannot be told from a number).
pub const NOTE_NOT_CITED: &str = "note_not_cited";
/// Two note bodies were printed without a label between them (pdftotext
/// prints one label of a page out of place); they were split where a line
/// ends short of the others. The span is where the second body starts.
pub const NOTE_BODIES_SPLIT: &str = "note_bodies_split";
/// Note bodies printed without their numbers (Word numbers them as a list,
/// which most extractors leave out) were taken from the last lines of the
/// text, one per marker.
pub const UNNUMBERED_NOTES: &str = "unnumbered_notes";
/// A short line printed between a question and its answer, where the answer
/// has a bullet with no item (pdfminer prints list items apart from their
/// bullets), was taken for that item. The span is the line's.
pub const LIST_ITEM_MOVED: &str = "list_item_moved";
/// The letterhead was read from lines after the questions and answers: a
/// converter printed the document's paragraphs first and its tables (the
/// letterhead is one) after them, as python-docx's users do. The span is
/// where the letterhead starts to the end of the text.
pub const LETTERHEAD_AT_END: &str = "letterhead_at_end";
