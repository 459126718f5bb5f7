//! `find_references` on arbitrary UTF-8: no panic, spans in bounds, on char
//! boundaries and sorted by start.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last = 0;
    for r in kamervragen::references::find_references(text) {
        let (s, e) = (r.span.start, r.span.end);
        assert!(s <= e && e <= text.len(), "{r:?} out of bounds");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{r:?} not on char boundaries"
        );
        assert!(s >= last, "{r:?} not sorted");
        last = s;
    }
});
