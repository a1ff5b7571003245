//! The sentences of en-US, to catch English leaking into another language's replies.

#![allow(dead_code)]

use std::{collections::BTreeSet, path::Path};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn texts(p: &Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push(value.to_string()),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                for v in variants {
                    texts(&v.value, out);
                }
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { .. }),
            } => {}
            _ => {}
        }
    }
}

/// Every line of text in a locale's messages that is a phrase (a space, 12 characters or more).
pub fn phrases(tag: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(tag);
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("locale folder") {
        let path = entry.expect("entry").path();
        let source = std::fs::read_to_string(&path).expect("readable");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("valid ftl");
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut found = Vec::new();
                if let Some(v) = &m.value {
                    texts(v, &mut found);
                }
                for text in found {
                    for line in text.lines().map(str::trim) {
                        if line.chars().count() >= 12 && line.contains(' ') {
                            out.insert(line.to_string());
                        }
                    }
                }
            }
        }
    }
    out
}

/// The English phrases that must not show up in `tag`'s replies (those the locale shares,
/// such as example commands, are allowed).
pub fn leaks(tag: &str) -> BTreeSet<String> {
    let own = phrases(tag);
    phrases("en-US").into_iter().filter(|p| !own.contains(p) && !p.starts_with('/')).collect()
}

/// The English phrases found in `text`.
pub fn english_in(text: &str, leaks: &BTreeSet<String>) -> Vec<String> {
    leaks.iter().filter(|p| text.contains(p.as_str())).cloned().collect()
}
