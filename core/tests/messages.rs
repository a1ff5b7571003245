//! Every message the code or the content uses exists in en-US, and every en-US message is
//! used by something: no holes a user could fall into, no dead text for translators.

use std::{collections::BTreeSet, fs, path::Path};

use upback_core::{content::Content, i18n::Locales, understanding::Understanding};

/// String literals passed to `Msg::new(` or `Msg::with(` anywhere in the workspace's code
/// (unit tests aside).
fn ids_in_code() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut ids = BTreeSet::new();
    let mut stack = vec![root.join("core/src"), root.join("bots/src")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let whole = fs::read_to_string(&path).expect("source is readable");
                // Unit tests format messages of their own.
                let source = whole.split("#[cfg(test)]").next().unwrap_or_default();
                for call in ["Msg::new(", "Msg::with("] {
                    for (at, _) in source.match_indices(call) {
                        // rustfmt may break the line after the parenthesis.
                        let rest = source[at + call.len()..].trim_start();
                        if let Some(literal) = rest.strip_prefix('"') {
                            ids.insert(literal[..literal.find('"').expect("closing quote")].to_string());
                        }
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_used_exists_in_en_us_and_every_en_us_message_is_used() {
    let locales = Locales::embedded().expect("locales load");
    let en: &BTreeSet<String> = locales.ids("en-US").expect("en-US exists");
    let content = Content::built_in().expect("content loads");
    let code = ids_in_code();
    assert!(code.len() > 50, "the scan finds the code's messages ({})", code.len());
    let used: BTreeSet<String> = code.union(&content.message_ids()).cloned().collect();

    let missing: Vec<_> = used.difference(en).collect();
    assert!(missing.is_empty(), "used but missing from en-US: {missing:?}");
    let unused: Vec<_> = en.difference(&used).collect();
    assert!(unused.is_empty(), "in en-US but used by nothing: {unused:?}");
}

#[test]
fn a_message_missing_from_en_us_stops_start_up() {
    let content = Content::built_in().expect("content loads");
    let locales = Locales::from_files([("en-US", [("a.ftl", "hello = hi\n")])]).expect("loads");
    let store = upback_core::store::MemoryStore::new();
    let understanding = Understanding::built_in().expect("lexicons load");
    let err =
        upback_core::engine::Engine::new(content, locales, understanding, store).err().expect("refused");
    assert!(err.to_string().contains("en-US does not define it"), "{err}");
}

#[test]
fn a_red_flag_sign_the_lexicons_do_not_know_stops_start_up() {
    let source = upback_core::content::BUILT_IN.replacen(
        "[[sign]]\nid = \"chest\"",
        "[[sign]]\nid = \"vertigo\"\noutcome = \"emergency\"\n\n[[sign]]\nid = \"chest\"",
        1,
    );
    let content = Content::parse(&source).expect("content parses");
    let locales = Locales::embedded().expect("locales load");
    let understanding = Understanding::built_in().expect("lexicons load");
    let store = upback_core::store::MemoryStore::new();
    let err =
        upback_core::engine::Engine::new(content, locales, understanding, store).err().expect("refused");
    assert!(err.to_string().contains("\"vertigo\""), "{err}");
}

#[test]
fn the_source_names_of_commands_are_the_names_typed() {
    let locales = Locales::embedded().expect("locales load");
    for c in upback_core::command::Command::ALL {
        assert_eq!(locales.format("en-US", &c.localized_name()), c.name());
    }
}
