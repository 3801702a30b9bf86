//! Each expected category is written here from the CLDR plural-rules charts
//! (cardinal, integers), not computed by the library under test.

use super::*;

const NUMBERS: [u64; 16] = [
    0, 1, 2, 3, 5, 6, 7, 11, 12, 20, 21, 22, 100, 103, 111, 1_000_000,
];

fn expect(tag: &str, expected: [&str; 16]) {
    let plurals = Plurals::for_locale(&tag.parse().unwrap());
    let got: Vec<&str> = NUMBERS.iter().map(|&n| plurals.category_of(n)).collect();
    let wrong: Vec<String> = NUMBERS
        .iter()
        .zip(got.iter().zip(expected))
        .filter(|(_, (g, e))| *g != e)
        .map(|(n, (g, e))| format!("{n}: got {g}, CLDR says {e}"))
        .collect();
    assert!(wrong.is_empty(), "{tag}: {wrong:#?}");
}

#[test]
fn arabic() {
    // zero 0; one 1; two 2; few n%100=3..10; many n%100=11..99; other.
    expect(
        "ar",
        [
            "zero", "one", "two", "few", "few", "few", "few", "many", "many", "many", "many",
            "many", "other", "few", "many", "other",
        ],
    );
}

#[test]
fn lithuanian() {
    // one n%10=1 !11..19; few n%10=2..9 !11..19; many: decimals; other.
    expect(
        "lt",
        [
            "other", "one", "few", "few", "few", "few", "few", "other", "other", "other", "one",
            "few", "other", "few", "other", "other",
        ],
    );
}

#[test]
fn hebrew() {
    // one 1; two 2; other (no `many` since CLDR 42).
    expect(
        "he",
        [
            "other", "one", "two", "other", "other", "other", "other", "other", "other", "other",
            "other", "other", "other", "other", "other", "other",
        ],
    );
}

#[test]
fn russian_and_polish() {
    // ru: one n%10=1 !11; few n%10=2..4 !12..14; many the rest.
    expect(
        "ru",
        [
            "many", "one", "few", "few", "many", "many", "many", "many", "many", "many", "one",
            "few", "many", "few", "many", "many",
        ],
    );
    // pl: one only 1; few n%10=2..4 !12..14; many the rest.
    expect(
        "pl",
        [
            "many", "one", "few", "few", "many", "many", "many", "many", "many", "many", "many",
            "few", "many", "few", "many", "many",
        ],
    );
}

#[test]
fn welsh() {
    // zero 0; one 1; two 2; few 3; many 6; other.
    expect(
        "cy",
        [
            "zero", "one", "two", "few", "other", "many", "other", "other", "other", "other",
            "other", "other", "other", "other", "other", "other",
        ],
    );
}

#[test]
fn irish() {
    // one 1; two 2; few 3..6; many 7..10; other.
    expect(
        "ga",
        [
            "other", "one", "two", "few", "few", "few", "many", "other", "other", "other", "other",
            "other", "other", "other", "other", "other",
        ],
    );
}

#[test]
fn french() {
    // one i=0,1; many e=0 and i!=0 and i%1000000=0; other.
    expect(
        "fr",
        [
            "one", "one", "other", "other", "other", "other", "other", "other", "other", "other",
            "other", "other", "other", "other", "other", "many",
        ],
    );
}

#[test]
fn slovenian() {
    // one v=0 i%100=1; two i%100=2; few i%100=3..4; other.
    expect(
        "sl",
        [
            "other", "one", "two", "few", "other", "other", "other", "other", "other", "other",
            "other", "other", "other", "few", "other", "other",
        ],
    );
}

#[test]
fn the_script_does_not_change_the_rules() {
    let latin = Plurals::for_locale(&"sr-Latn".parse().unwrap());
    let cyrillic = Plurals::for_locale(&"sr".parse().unwrap());
    for n in NUMBERS {
        assert_eq!(latin.category_of(n), cyrillic.category_of(n), "{n}");
    }
    assert_eq!(latin.categories(), ["one", "few", "other"]);
    // pt-PT's `one` is 1 only; Brazil's includes 0.
    let pt = Plurals::for_locale(&"pt-PT".parse().unwrap());
    let br = Plurals::for_locale(&"pt-BR".parse().unwrap());
    assert_eq!((pt.category_of(0), br.category_of(0)), ("other", "one"));
}

#[test]
fn decimals_and_text() {
    let cs = Plurals::for_locale(&"cs".parse().unwrap());
    assert_eq!(cs.category("1.5"), Some("many"));
    assert_eq!(cs.category("3"), Some("few"));
    assert_eq!(cs.category("x"), None);
}
