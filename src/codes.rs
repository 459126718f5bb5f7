//! Stable diagnostic codes. Users match on these strings; they do not change.

/// The text is not recognisably a letter, questions, answers or notice.
pub const NOT_RECOGNISED: &str = "not_recognised";
/// A question has no answer in an answer document.
pub const UNANSWERED_QUESTION: &str = "unanswered_question";
/// An answer names a question number that no question carries.
pub const ANSWER_WITHOUT_QUESTION: &str = "answer_without_question";
/// The same question number is printed twice.
pub const DUPLICATE_QUESTION: &str = "duplicate_question";
/// A question number is skipped ("Vraag 3" follows "Vraag 1").
pub const SKIPPED_QUESTION: &str = "skipped_question";
/// Question numbers go down ("Vraag 6" after "Vraag 9").
pub const NUMBERING_OUT_OF_ORDER: &str = "numbering_out_of_order";
/// A date that cannot be a calendar day ("31 februari 2024").
pub const IMPOSSIBLE_DATE: &str = "impossible_date";
/// A letter without a date in its letterhead.
pub const LETTER_WITHOUT_DATE: &str = "letter_without_date";
/// Text after the signature that is not an annex with questions.
pub const TEXT_AFTER_SIGNATURE: &str = "text_after_signature";
/// A question whose label the text lost (at a page break) was recovered from
/// an answer label that names it; check its start.
pub const QUESTION_LABEL_LOST: &str = "question_label_lost";
/// The text is longer than the parser reads (4 GiB); nothing was parsed and
/// the whole text is reported as unclaimed.
pub const INPUT_TOO_LARGE: &str = "input_too_large";
