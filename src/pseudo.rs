//! Pseudo-locales, derived from `en` when the catalog loads (never stored),
//! for testing clients the way Android does: `en-XA` accents every letter,
//! lengthens each text by about a third and brackets it, which makes
//! untranslated, concatenated and truncated strings visible; `ar-XB` shows
//! the English right to left, with the bidi marks that reverse it, which
//! makes layouts that break on right-to-left text visible.
//!
//! Only text changes: variables, selectors and variant keys stay as they
//! are, so every message takes the same arguments as in English.

use fluent_syntax::ast;
use fluent_syntax::parser;
use fluent_syntax::serializer;

/// The pseudo-locales and how each transforms a text.
pub const PSEUDO_LOCALES: [(&str, Transform); 2] = [
    ("en-XA", Transform::Accented),
    ("ar-XB", Transform::Mirrored),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transform {
    Accented,
    Mirrored,
}

/// Whether a tag is one of the pseudo-locales' (regions XA and XB are
/// reserved for them).
pub fn is_pseudo(tag: &str) -> bool {
    PSEUDO_LOCALES.iter().any(|(t, _)| *t == tag)
}

/// One `.ftl` file of `en`, transformed; `None` when it does not parse
/// (the loader reports that for `en` itself).
pub fn derive(source: &str, transform: Transform) -> Option<String> {
    let mut resource = parser::parse(source.to_owned()).ok()?;
    for entry in &mut resource.body {
        if let ast::Entry::Message(message) = entry {
            if message.id.name == "locale-name" {
                if let Some(value) = &mut message.value {
                    value.elements = vec![ast::PatternElement::TextElement {
                        value: match transform {
                            Transform::Accented => "English (pseudo-accented)".to_owned(),
                            Transform::Mirrored => "English (pseudo-bidi)".to_owned(),
                        },
                    }];
                }
                continue;
            }
            if let Some(value) = &mut message.value {
                pattern(value, transform);
            }
            for attribute in &mut message.attributes {
                pattern(&mut attribute.value, transform);
            }
        }
    }
    Some(serializer::serialize(&resource))
}

/// A pattern with no select is one text to bracket and lengthen; a select
/// is left in place and each of its variants transformed instead (a
/// bracket before a select would start a line of the serialized file).
fn pattern(pattern: &mut ast::Pattern<String>, transform: Transform) {
    let mut has_select = false;
    let mut length = 0;
    for element in &mut pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                length += value.chars().count();
                *value = text(value, transform);
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                has_select = true;
                for variant in variants {
                    self::pattern(&mut variant.value, transform);
                }
            }
            ast::PatternElement::Placeable { .. } => length += 4,
        }
    }
    if has_select || transform != Transform::Accented {
        return;
    }
    let text = |value: String| ast::PatternElement::TextElement { value };
    pattern.elements.insert(0, text("[".to_owned()));
    pattern.elements.push(text(format!("{}]", padding(length))));
}

fn text(value: &str, transform: Transform) -> String {
    match transform {
        Transform::Accented => value.chars().map(accented).collect(),
        // Right-to-left mark, right-to-left override … pop, right-to-left
        // mark: the English shows mirrored and reads right to left.
        Transform::Mirrored if value.trim().is_empty() => value.to_owned(),
        Transform::Mirrored => format!("\u{200f}\u{202e}{value}\u{202c}\u{200f}"),
    }
}

/// Words that make a text about a third longer, as translations often are.
fn padding(length: usize) -> String {
    const WORDS: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let mut out = String::new();
    for word in WORDS.iter().cycle() {
        if out.chars().count() >= length.div_ceil(3) {
            break;
        }
        out.push(' ');
        out.push_str(word);
    }
    out
}

fn accented(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_keeps_placeables_and_brackets_the_text() {
        let out = derive(
            "a = Unknown filter: { $value }\n    .bare = Try later\n",
            Transform::Accented,
        )
        .unwrap();
        assert!(out.contains("a = [Ûñķñöŵñ ƒîļţéŕ: { $value }"), "{out}");
        assert!(out.contains(".bare = [Ţŕý ļåţéŕ"), "{out}");
        assert!(out.trim_end().ends_with(']'), "{out}");
    }

    #[test]
    fn selects_keep_their_keys() {
        let out = derive(
            "h =\n    { $count ->\n        [one] In { $count } second.\n       *[other] In { $count } seconds.\n    }\n",
            Transform::Accented,
        )
        .unwrap();
        assert!(out.contains("[one] [Îñ { $count } šéçöñđ."), "{out}");
        assert!(out.contains("*[other] [Îñ { $count } šéçöñđš."), "{out}");
        assert!(parser::parse(out.as_str()).is_ok(), "{out}");
    }

    #[test]
    fn mirrored_wraps_text_in_bidi_marks() {
        let out = derive("a = Record not found\n", Transform::Mirrored).unwrap();
        assert_eq!(
            out,
            "a = \u{200f}\u{202e}Record not found\u{202c}\u{200f}\n"
        );
    }
}
