//! Every locale is complete and consistent with en-US: the same messages, the same variables
//! and the same selector variants, and no message left in English unless it is on the short
//! reviewed list below (names, symbols, formats that read the same in every language).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const SOURCE: &str = "en-US";

/// Messages that may read exactly as in en-US: the list separator and pure formats.
const SAME_EVERYWHERE: &[&str] =
    &["list-separator", "reminder-line", "reminder-note", "toggle-on", "toggle-off"];

/// Whole texts that are the same word in a language and in English, reviewed: Spanish "No",
/// French "Posture" and "possible".
const SAME_WORDS: &[(&str, &str)] = &[("es", "No"), ("fr", "Posture"), ("fr", "possible")];

/// (variables used, selectors with their variant keys) of a pattern.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    variables: BTreeSet<String>,
    selectors: BTreeSet<(String, BTreeSet<String>)>,
}

fn inline(e: &InlineExpression<&str>, shape: &mut Shape) {
    match e {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expr(expression, shape),
        _ => {}
    }
}

fn expr(e: &Expression<&str>, shape: &mut Shape) {
    match e {
        Expression::Inline(i) => inline(i, shape),
        Expression::Select { selector, variants } => {
            inline(selector, shape);
            let name = match selector {
                InlineExpression::VariableReference { id } => id.name.to_string(),
                _ => String::from("?"),
            };
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                    fluent_syntax::ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            shape.selectors.insert((name, keys));
            for v in variants {
                pattern(&v.value, shape);
            }
        }
    }
}

fn pattern(p: &Pattern<&str>, shape: &mut Shape) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, shape);
        }
    }
}

/// message id -> (shape, source text) of every message in a locale folder.
fn load(tag: &str) -> BTreeMap<String, (Shape, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(tag);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("locale folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("readable");
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
            panic!("{}: {errors:?}", path.display());
        });
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut shape = Shape::default();
                // The plain text of a message without placeables, the pattern's shape otherwise.
                let text = m
                    .value
                    .as_ref()
                    .map(|v| match v.elements.as_slice() {
                        [PatternElement::TextElement { value }] => format!("{value:?}"),
                        _ => format!("{v:?}"),
                    })
                    .unwrap_or_default();
                if let Some(v) = &m.value {
                    pattern(v, &mut shape);
                }
                out.insert(m.id.name.to_string(), (shape, text));
            }
        }
    }
    out
}

fn locales() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let mut tags: Vec<String> = std::fs::read_dir(dir)
        .expect("locales")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|t| t != SOURCE)
        .collect();
    tags.sort();
    tags
}

#[test]
fn every_locale_has_every_message_with_the_same_variables_and_variants() {
    let source = load(SOURCE);
    let tags = locales();
    assert!(!tags.is_empty(), "translations exist");
    let mut problems = Vec::new();
    for tag in &tags {
        let target = load(tag);
        for (id, (shape, text)) in &source {
            match target.get(id) {
                None => problems.push(format!("{tag}: {id} is missing")),
                Some((other, other_text)) => {
                    if other.variables != shape.variables {
                        problems.push(format!(
                            "{tag}: {id} uses {:?}, en-US {:?}",
                            other.variables, shape.variables
                        ));
                    }
                    if other.selectors != shape.selectors {
                        problems.push(format!(
                            "{tag}: {id} selects {:?}, en-US {:?}",
                            other.selectors, shape.selectors
                        ));
                    }
                    let same_word =
                        SAME_WORDS.iter().any(|(t, w)| t == tag && other_text == &format!("{:?}", w));
                    if other_text == text && !SAME_EVERYWHERE.contains(&id.as_str()) && !same_word {
                        problems.push(format!("{tag}: {id} is still the English text"));
                    }
                }
            }
        }
        for id in target.keys().filter(|id| !source.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is not in en-US"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
