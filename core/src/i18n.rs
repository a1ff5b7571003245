//! Every word the bot says, from the Fluent files under `locales/`, and the choice of language
//! for a user from whatever their platform reports (`pt-br`, `es-ES`, `de`, nothing).

use std::{
    borrow::Cow,
    collections::{BTreeMap, BTreeSet},
};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use crate::msg::{Arg, Msg};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The source locale: complete by definition, and where every other one falls back to.
pub const SOURCE_LOCALE: &str = "en-US";

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale folder {0:?} is not a valid language tag")]
    BadLocale(String),
    #[error("{locale}/{file}: {errors}")]
    Syntax { locale: String, file: String, errors: String },
    #[error("{locale}: message {id:?} is defined twice")]
    Duplicate { locale: String, id: String },
    #[error("the source locale {SOURCE_LOCALE} is missing")]
    NoSource,
    #[error("message {0:?} is used but {SOURCE_LOCALE} does not define it")]
    Missing(String),
}

struct Locale {
    id: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
    /// Messages that take no arguments, formatted once at load: most of what a reply says
    /// (questions, button labels) is one of these, and formatting it again every time was
    /// most of the cost of a reply.
    plain: crate::fast_hash::IdMap<String>,
}

/// The loaded locales. Cheap to share: build it once at start-up.
pub struct Locales {
    by_tag: BTreeMap<String, Locale>,
}

impl Locales {
    /// The locales built into this binary.
    pub fn embedded() -> Result<Self, I18nError> {
        Self::from_files(embedded::EMBEDDED.iter().map(|(tag, files)| (*tag, files.iter().copied())))
    }

    /// Locales from (tag, [(file name, source)]) pairs; used by tests with sources of their own.
    pub fn from_files<'a, L, F>(locales: L) -> Result<Self, I18nError>
    where
        L: IntoIterator<Item = (&'a str, F)>,
        F: IntoIterator<Item = (&'a str, &'a str)>,
    {
        let mut by_tag = BTreeMap::new();
        for (tag, files) in locales {
            let id: LanguageIdentifier = tag.parse().map_err(|_| I18nError::BadLocale(tag.to_string()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            // Isolation marks (U+2068/U+2069) show up as junk in Telegram and terminals.
            bundle.set_use_isolating(false);
            let mut ids = BTreeSet::new();
            for (file, source) in files {
                let resource =
                    FluentResource::try_new(source.to_string()).map_err(|(_, errors)| I18nError::Syntax {
                        locale: tag.to_string(),
                        file: file.to_string(),
                        errors: errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
                    })?;
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        if !ids.insert(m.id.name.to_string()) {
                            return Err(I18nError::Duplicate {
                                locale: tag.to_string(),
                                id: m.id.name.to_string(),
                            });
                        }
                    }
                }
                bundle.add_resource(resource).map_err(|errors| I18nError::Syntax {
                    locale: tag.to_string(),
                    file: file.to_string(),
                    errors: errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
                })?;
            }
            let plain = ids
                .iter()
                .filter_map(|id| {
                    let pattern = bundle.get_message(id)?.value()?;
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, None, &mut errors);
                    errors.is_empty().then(|| (id.clone(), text.into_owned()))
                })
                .collect();
            by_tag.insert(tag.to_string(), Locale { id, bundle, ids, plain });
        }
        if !by_tag.contains_key(SOURCE_LOCALE) {
            return Err(I18nError::NoSource);
        }
        Ok(Self { by_tag })
    }

    /// The tags of every loaded locale, source first.
    pub fn tags(&self) -> Vec<&str> {
        let mut tags: Vec<&str> = self.by_tag.keys().map(String::as_str).collect();
        tags.sort_by_key(|t| (*t != SOURCE_LOCALE, *t));
        tags
    }

    /// The message ids a locale defines.
    pub fn ids(&self, tag: &str) -> Option<&BTreeSet<String>> {
        self.by_tag.get(tag).map(|l| &l.ids)
    }

    /// Fails on the first id the source locale lacks: run at start-up over every id the code
    /// and the content use, so a typo stops the bot before a user meets it.
    pub fn check_defined<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Result<(), I18nError> {
        let source = self.ids(SOURCE_LOCALE).ok_or(I18nError::NoSource)?;
        for id in ids {
            if !source.contains(id) {
                return Err(I18nError::Missing(id.to_string()));
            }
        }
        Ok(())
    }

    /// The loaded locale nearest to what the platform reported; the source locale when
    /// nothing fits or the code is garbage. `pt-br`, `pt_BR` and `PT-BR` are the same request.
    pub fn negotiate(&self, requested: Option<&str>) -> &str {
        let Some(requested) = requested.map(|r| r.trim().replace('_', "-")).filter(|r| !r.is_empty()) else {
            return SOURCE_LOCALE;
        };
        let Ok(requested) = requested.parse::<LanguageIdentifier>() else {
            return SOURCE_LOCALE;
        };
        let available: Vec<&LanguageIdentifier> = self.by_tag.values().map(|l| &l.id).collect();
        let default: LanguageIdentifier = SOURCE_LOCALE.parse().expect("the source tag is valid");
        let default = &default;
        let chosen =
            negotiate_languages(&[requested], &available, Some(&default), NegotiationStrategy::Lookup);
        chosen
            .first()
            .and_then(|id| self.by_tag.iter().find(|(_, l)| &&l.id == *id))
            .map(|(tag, _)| tag.as_str())
            .unwrap_or(SOURCE_LOCALE)
    }

    /// Whether `tag` names a loaded locale exactly.
    pub fn has(&self, tag: &str) -> bool {
        self.by_tag.contains_key(tag)
    }

    /// The message in `tag`, or in the source locale when `tag` lacks it. A message missing
    /// everywhere renders as its id (the start-up check makes that a bug, never a crash).
    pub fn format(&self, tag: &str, msg: &Msg) -> String {
        if msg.args.is_empty() {
            // The user's language, else the source's, as below; a plain message is in `plain`.
            let locale = self.by_tag.get(tag);
            if let Some(text) = locale.and_then(|l| l.plain.get(&msg.id)) {
                return text.clone();
            }
            let theirs = locale.is_some_and(|l| l.ids.contains(&msg.id));
            if let Some(text) =
                self.by_tag.get(SOURCE_LOCALE).filter(|_| !theirs).and_then(|l| l.plain.get(&msg.id))
            {
                return text.clone();
            }
        }
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Str(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Num(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Msg(id) => args.set(*name, FluentValue::from(self.format(tag, &Msg::new(id.as_str())))),
                Arg::Nested(m) => args.set(*name, FluentValue::from(self.format(tag, m))),
                Arg::List(ids) => args.set(*name, FluentValue::from(self.list(tag, ids))),
            }
        }
        for locale in [self.by_tag.get(tag), self.by_tag.get(SOURCE_LOCALE)].into_iter().flatten() {
            if let Some(pattern) = locale.bundle.get_message(&msg.id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text: Cow<str> = locale.bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(message = %msg.id, locale = %tag, ?errors, "message formatted with errors");
                }
                return text.into_owned();
            }
        }
        tracing::error!(message = %msg.id, "message missing from every locale");
        msg.id.clone()
    }
}

impl Locales {
    /// Messages joined as the language joins a list: "A, B and C", "A, B und C". The last
    /// joiner is `list-and` (given the count, for English's "A and B" but "A, B, and C"), or
    /// the last item's own `.and` attribute where the next word changes it (Spanish "Postura
    /// e Hidratación", not "y Hidratación"; the other languages give that item the same
    /// attribute, `{ list-and }`, so that every language's messages have the same shape).
    fn list(&self, tag: &str, ids: &[String]) -> String {
        let items: Vec<String> = ids.iter().map(|id| self.format(tag, &Msg::new(id.as_str()))).collect();
        let (Some((last, rest)), Some(last_id)) = (items.split_last(), ids.last()) else {
            return String::new();
        };
        if rest.is_empty() {
            return last.clone();
        }
        let count = vec![("count", Arg::Num(items.len() as f64))];
        let and = self
            .attribute(tag, last_id, "and", &count)
            .unwrap_or_else(|| self.format(tag, &Msg::with("list-and", count)));
        let sep = self.format(tag, &Msg::new("list-separator"));
        format!("{}{and}{last}", rest.join(&sep))
    }

    /// A message's attribute in `tag` itself (never another language's: an attribute says
    /// how this language's words behave).
    fn attribute(&self, tag: &str, id: &str, name: &str, with: &[(&'static str, Arg)]) -> Option<String> {
        let locale = self.by_tag.get(tag)?;
        let pattern = locale.bundle.get_message(id)?.get_attribute(name)?.value();
        let mut args = FluentArgs::new();
        for (n, value) in with {
            if let Arg::Num(x) = value {
                args.set(*n, FluentValue::from(*x));
            }
        }
        let mut errors = Vec::new();
        let text = locale.bundle.format_pattern(pattern, Some(&args), &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> Locales {
        Locales::from_files([
            ("en-US", vec![("a.ftl", "hello = Hello { $name }\nitems = { $n ->\n    [one] one item\n   *[other] { $n } items\n}\n")]),
            ("de", vec![("a.ftl", "hello = Hallo { $name }\n")]),
            ("pt-BR", vec![("a.ftl", "hello = Olá { $name }\n")]),
        ])
        .expect("test locales load")
    }

    #[test]
    fn platform_codes_pick_the_nearest_locale() {
        let l = locales();
        assert_eq!(l.negotiate(Some("de")), "de");
        assert_eq!(l.negotiate(Some("de-AT")), "de");
        assert_eq!(l.negotiate(Some("pt-br")), "pt-BR");
        assert_eq!(l.negotiate(Some("pt_BR")), "pt-BR");
        assert_eq!(l.negotiate(Some("es-ES")), "en-US");
        assert_eq!(l.negotiate(Some("en-GB")), "en-US");
        assert_eq!(l.negotiate(Some("!!garbage??")), "en-US");
        assert_eq!(l.negotiate(Some("")), "en-US");
        assert_eq!(l.negotiate(None), "en-US");
    }

    #[test]
    fn missing_translation_falls_back_to_the_source_and_has_no_isolation_marks() {
        let l = locales();
        let hello = Msg::with("hello", vec![("name", Arg::Str("Ana".into()))]);
        assert_eq!(l.format("de", &hello), "Hallo Ana");
        let items = Msg::with("items", vec![("n", Arg::Num(3.0))]);
        assert_eq!(l.format("de", &items), "3 items");
        assert_eq!(l.format("en-US", &Msg::with("items", vec![("n", Arg::Num(1.0))])), "one item");
    }

    #[test]
    fn a_list_ending_with_an_item_of_its_own_joiner_reads_right_in_every_language() {
        let l = Locales::embedded().expect("locales");
        let said =
            |tag: &str, ids: &[&str]| l.list(tag, &ids.iter().map(|i| i.to_string()).collect::<Vec<_>>());
        let two = ["factor-posture", "factor-hydration"];
        let three = ["factor-posture", "factor-core", "factor-hydration"];
        assert_eq!(said("en-US", &two), "Posture and Hydration");
        assert_eq!(said("en-US", &three), "Posture, Core strength, and Hydration");
        assert!(said("de", &two).ends_with(" und Flüssigkeit"), "{}", said("de", &two));
        assert!(said("fr", &three).ends_with(" et Hydratation"), "{}", said("fr", &three));
        assert!(said("es", &two).ends_with(" e Hidratación"), "{}", said("es", &two));
    }

    #[test]
    fn lists_are_joined_with_the_language_s_last_word() {
        let l = Locales::from_files([
            (
                "en-US",
                vec![(
                    "a.ftl",
                    "list-separator = {\", \"}\nlist-and = { $count ->\n    [2] {\" and \"}\n   *[other] {\", and \"}\n}\na = Apples\nb = Pears\nc = Figs\nsaid = { $items }.\n",
                )],
            ),
            (
                "es",
                vec![(
                    "a.ftl",
                    "list-separator = {\", \"}\nlist-and = { $count ->\n    [2] {\" y \"}\n   *[other] {\" y \"}\n}\na = Manzanas\nb = Peras\nc = Higos\n    .and = {\" e \"}\nsaid = { $items }.\n",
                )],
            ),
        ])
        .expect("test locales load");
        let said = |tag: &str, ids: &[&str]| {
            l.format(
                tag,
                &Msg::with("said", vec![("items", Arg::List(ids.iter().map(|i| i.to_string()).collect()))]),
            )
        };
        assert_eq!(said("en-US", &["a"]), "Apples.");
        assert_eq!(said("en-US", &["a", "b"]), "Apples and Pears.");
        assert_eq!(said("en-US", &["a", "b", "c"]), "Apples, Pears, and Figs.");
        assert_eq!(said("es", &["a", "b"]), "Manzanas y Peras.");
        assert_eq!(said("es", &["a", "b", "c"]), "Manzanas, Peras e Higos.", "the item's own joiner");
        assert_eq!(said("es", &["c", "a"]), "Higos y Manzanas.");
        assert_eq!(said("en-US", &[]), ".");
    }

    #[test]
    fn the_shipped_lists_end_with_and_in_every_language() {
        let l = Locales::embedded().expect("embedded locales parse");
        let factors = |ids: &[&str]| {
            Msg::with(
                "result-unlikely",
                vec![("factors", Arg::List(ids.iter().map(|i| i.to_string()).collect()))],
            )
        };
        let three = factors(&["factor-posture", "factor-core", "factor-breathing"]);
        assert_eq!(l.format("en-US", &three), "Less likely for you: Posture, Core strength, and Breathing.");
        assert!(l.format("de", &three).ends_with(" und Atmung."), "{}", l.format("de", &three));
        assert!(l.format("fr", &three).contains(" et "), "{}", l.format("fr", &three));
        let water = factors(&["factor-posture", "factor-hydration"]);
        assert_eq!(l.format("es", &water), "Menos probable en tu caso: Postura e Hidratación.");
        assert_eq!(l.format("en-US", &water), "Less likely for you: Posture and Hydration.");
    }

    #[test]
    fn the_embedded_locales_load_and_include_the_source() {
        let l = Locales::embedded().expect("embedded locales parse");
        assert!(l.has(SOURCE_LOCALE));
    }

    #[test]
    fn platform_codes_pick_the_nearest_shipped_locale() {
        let l = Locales::embedded().expect("embedded locales parse");
        for (asked, got) in [
            ("de-AT", "de"),
            ("de", "de"),
            ("es-419", "es"),
            ("es-ES", "es"),
            ("fr-CA", "fr"),
            ("fr", "fr"),
            ("pt-BR", "en-US"),
            ("en-GB", "en-US"),
            ("xx-garbage-!", "en-US"),
        ] {
            assert_eq!(l.negotiate(Some(asked)), got, "{asked}");
        }
    }
}
