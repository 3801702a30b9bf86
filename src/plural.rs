//! Plural categories by current CLDR, from ICU4X's `icu_plurals`.
//!
//! fluent-bundle selects plural variants with its own copy of CLDR 37's
//! rules, which are wrong today for Arabic (103–110 are `few`), Lithuanian
//! (22–29 are `few`), Hebrew (no `many` since CLDR 42), French and
//! Portuguese (1,000,000 is `many`), and it offers no hook to replace them.
//! So the service selects numeric variants itself (`format`), asking these
//! rules, and leaves Fluent only the selections on strings.

use fixed_decimal::Decimal;
use icu_locale_core::LanguageIdentifier as IcuLanguage;
use icu_plurals::{PluralCategory, PluralOperands, PluralRules};
use unic_langid::LanguageIdentifier;

/// The cardinal plural rules of one locale.
#[derive(Debug)]
pub struct Plurals(PluralRules);

impl Plurals {
    /// The rules for a locale. CLDR gives plural rules by language (and, for
    /// `pt-PT`, region); the script plays no part. ICU4X's data lookup
    /// follows locale fallback, where a script variant such as `sr-Latn`
    /// falls to the root rules (`other` only), so the script is dropped
    /// before the lookup. A language CLDR has no rules for gets the root
    /// rules: translators give it exact variants (`[1]`) where it needs them.
    pub fn for_locale(tag: &LanguageIdentifier) -> Plurals {
        let mut text = tag.language.as_str().to_owned();
        if let Some(region) = &tag.region {
            text.push('-');
            text.push_str(region.as_str());
        }
        let language: IcuLanguage = text.parse().unwrap_or(IcuLanguage::UNKNOWN);
        let rules = PluralRules::try_new_cardinal((&language).into())
            .or_else(|_| PluralRules::try_new_cardinal(IcuLanguage::UNKNOWN.into()));
        match rules {
            Ok(rules) => Plurals(rules),
            // The compiled data has the root rules for every locale.
            #[allow(clippy::unreachable)]
            Err(e) => unreachable!("compiled plural data is complete: {e}"),
        }
    }

    /// The category of a number written as plain decimal text (`5`, `1.5`),
    /// or `None` when the text is not such a number.
    pub fn category(&self, number: &str) -> Option<&'static str> {
        let decimal: Decimal = number.parse().ok()?;
        Some(name(self.0.category_for(PluralOperands::from(&decimal))))
    }

    /// The category of a whole number.
    pub fn category_of(&self, number: u64) -> &'static str {
        name(self.0.category_for(number))
    }

    /// The categories this locale's rules use, in CLDR's order.
    pub fn categories(&self) -> Vec<&'static str> {
        self.0.categories().map(name).collect()
    }
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(test)]
mod tests;
