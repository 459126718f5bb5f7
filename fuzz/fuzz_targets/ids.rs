//! Feed the input to every identifier `FromStr`: no panic, and a successful
//! parse round-trips through `Display`.
#![no_main]

use std::fmt::{Debug, Display};
use std::str::FromStr;

use kamervragen::ids::{
    AanhangselId, Documentnummer, HandelingenRef, Kamer, KamerstukRef, MinistryReference,
    Vergaderjaar, Zaaknummer,
};
use libfuzzer_sys::fuzz_target;

fn check<T>(s: &str)
where
    T: FromStr + Display + PartialEq + Debug,
    T::Err: PartialEq + Debug,
{
    if let Ok(x) = s.parse::<T>() {
        let shown = x.to_string();
        assert_eq!(
            shown.parse::<T>(),
            Ok(x),
            "{} did not round-trip: {s:?} displayed as {shown:?}",
            std::any::type_name::<T>()
        );
    }
}

fuzz_target!(|s: &str| {
    check::<Zaaknummer>(s);
    check::<Documentnummer>(s);
    check::<Vergaderjaar>(s);
    check::<Kamer>(s);
    check::<AanhangselId>(s);
    check::<KamerstukRef>(s);
    check::<HandelingenRef>(s);
    check::<MinistryReference>(s);
    let _ = kamervragen::ids::parse_kamerstuk_citation(s);
});
