//! The sidecar's query string: the reserved parameters (`locale`, `status`,
//! the rate-limit context) and the message arguments.
//!
//! Decoded by hand rather than with a form decoder, because those replace
//! invalid UTF-8 silently; here it is a fault the gateway's author must see.

use crate::error::clip;
use std::borrow::Cow;

/// More parameters than any message needs; beyond it the request is refused.
pub const MAX_PARAMETERS: usize = 64;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Query {
    pub locale: Option<String>,
    /// The client's own `?lang=`, forwarded by the gateway: used only when
    /// it is exactly a served locale, as Mastodon does.
    pub lang: Option<String>,
    pub status: Option<String>,
    pub retry_after: Option<String>,
    pub reset: Option<String>,
    /// Every other parameter, in order: the message arguments.
    pub args: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("query parameter `{}` is not valid UTF-8 once percent-decoded", clip(.0))]
    NotUtf8(String),
    #[error("more than {MAX_PARAMETERS} query parameters")]
    TooMany,
}

impl Query {
    pub fn parse(query_string: &str) -> Result<Query, QueryError> {
        let mut query = Query::default();
        let pairs = query_string.split('&').filter(|p| !p.is_empty());
        for (count, pair) in pairs.enumerate() {
            if count == MAX_PARAMETERS {
                return Err(QueryError::TooMany);
            }
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = decode(raw_name).ok_or_else(|| QueryError::NotUtf8(raw_name.to_owned()))?;
            let value = decode(raw_value).ok_or_else(|| QueryError::NotUtf8(name.to_string()))?;
            // An empty value is no value: gateways pass unset variables so.
            let reserved = Some(value.as_ref())
                .filter(|v| !v.is_empty())
                .map(str::to_owned);
            match name.as_ref() {
                "locale" => query.locale = reserved,
                "lang" => query.lang = reserved,
                "status" => query.status = reserved,
                "retry_after" => query.retry_after = reserved,
                "reset" => query.reset = reserved,
                _ => query.args.push((name.into_owned(), value.into_owned())),
            }
        }
        Ok(query)
    }
}

/// The value of a request's `lang` parameter (Mastodon's own choice of
/// locale), if present and decodable; the rest of the query is not looked at.
pub fn lang(query_string: &str) -> Option<Cow<'_, str>> {
    query_string
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .next()
        .and_then(decode)
        .filter(|value| !value.is_empty())
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a
/// byte; a `%` not followed by two hex digits stays as it is. Borrows when
/// there is nothing to decode.
fn decode(raw: &str) -> Option<Cow<'_, str>> {
    if !raw.contains(['%', '+']) {
        return Some(Cow::Borrowed(raw));
    }
    let mut rest = raw.as_bytes();
    let mut out = Vec::with_capacity(rest.len());
    while let [byte, tail @ ..] = rest {
        rest = tail;
        match (byte, tail) {
            (b'+', _) => out.push(b' '),
            (b'%', [high, low, after @ ..]) if hex(*high).is_some() && hex(*low).is_some() => {
                out.push(hex(*high)? * 16 + hex(*low)?);
                rest = after;
            }
            (b, _) => out.push(*b),
        }
    }
    String::from_utf8(out).ok().map(Cow::Owned)
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_parameters_and_arguments() {
        let q = Query::parse("locale=fr&status=404&param=status&retry_after=30&reset=&x=a+b%2Cc")
            .unwrap();
        assert_eq!(q.locale.as_deref(), Some("fr"));
        assert_eq!(q.status.as_deref(), Some("404"));
        assert_eq!(q.retry_after.as_deref(), Some("30"));
        assert_eq!(q.reset, None);
        assert_eq!(
            q.args,
            vec![
                ("param".into(), "status".into()),
                ("x".into(), "a b,c".into())
            ]
        );
    }

    #[test]
    fn lang_is_found_alone() {
        assert_eq!(lang("max_id=1&lang=pt-BR&x=2").as_deref(), Some("pt-BR"));
        assert_eq!(lang("lang=de&lang=fr").as_deref(), Some("de"));
        assert_eq!(lang("language=de&glang=fr"), None);
        assert_eq!(lang("lang="), None);
        assert_eq!(lang("lang=%FF"), None);
        assert_eq!(Query::parse("lang=de").unwrap().lang.as_deref(), Some("de"));
    }

    #[test]
    fn percent_decoding() {
        for (raw, decoded) in [
            ("%C3%A9", Some("é")),
            ("100%", Some("100%")),
            ("%zz", Some("%zz")),
            ("%4", Some("%4")),
            ("%41%42", Some("AB")),
            ("%FF", None),
            ("%C3", None),
        ] {
            assert_eq!(decode(raw).as_deref(), decoded, "{raw}");
        }
    }

    #[test]
    fn invalid_utf8_is_refused() {
        assert_eq!(
            Query::parse("name=%FF"),
            Err(QueryError::NotUtf8("name".into()))
        );
        assert!(Query::parse("%FF=1").is_err());
    }

    #[test]
    fn too_many_parameters() {
        let many = vec!["a=1"; MAX_PARAMETERS + 1].join("&");
        assert_eq!(Query::parse(&many), Err(QueryError::TooMany));
        let enough = vec!["a=1"; MAX_PARAMETERS].join("&");
        assert!(Query::parse(&enough).is_ok());
    }
}
