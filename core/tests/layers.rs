//! The core's modules import one way: the engine uses the conversation, the conversation uses
//! the views, the store, the reminders and the input's vocabulary, and none of those reaches
//! back up. Read from the sources (every `use crate::…` and `crate::…::` path outside a test
//! module), so a new import that closes a circle fails here, naming it, instead of being found
//! by the next review.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

/// The top-level modules each top-level module of `core/src` names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).expect("core/src reads") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(&root).expect("under src");
            let first = relative.components().next().expect("a component").as_os_str().to_string_lossy();
            let module = first.trim_end_matches(".rs").to_string();
            if module == "lib" {
                continue;
            }
            let source = fs::read_to_string(&path).expect("a source file");
            let named = graph.entry(module.clone()).or_default();
            for used in named_modules(&code_of(&source)) {
                if used != module {
                    named.insert(used);
                }
            }
        }
    }
    graph
}

/// The source without comments and without its test module.
fn code_of(source: &str) -> String {
    let code: String = source
        .lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    match code.find("#[cfg(test)]\nmod tests") {
        Some(at) => code[..at].to_string(),
        None => code,
    }
}

/// Every top-level module a `use crate::…;` (grouped or not) or a `crate::x::…` path names.
fn named_modules(code: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for (at, _) in code.match_indices("use crate::") {
        let rest = &code[at + "use crate::".len()..];
        let path = &rest[..rest.find(';').unwrap_or(rest.len())];
        match path.strip_prefix('{') {
            Some(group) => named.extend(top_level_names(group.strip_suffix('}').unwrap_or(group))),
            None => named.extend(first_segment(path)),
        }
    }
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(name) = first_segment(rest).filter(|n| rest[n.len()..].starts_with("::")) {
            named.insert(name);
        }
    }
    named
}

/// The module a path begins with, when it begins with one.
fn first_segment(path: &str) -> Option<String> {
    let path = path.trim_start();
    let name: String =
        path.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

/// The first segment of each path in a `{…}` group's inside, at its outer level.
fn top_level_names(group: &str) -> Vec<String> {
    let mut paths = vec![String::new()];
    let mut depth = 0;
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                paths.push(String::new());
                continue;
            }
            _ => {}
        }
        paths.last_mut().expect("one path at least").push(c);
    }
    paths.iter().filter_map(|p| first_segment(p)).collect()
}

/// A circle of imports through `from`, if there is one.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    fn walk(
        graph: &BTreeMap<String, BTreeSet<String>>,
        at: &str,
        goal: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in graph.get(at).into_iter().flatten() {
            if next == goal {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(graph, next, goal, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![from.to_string()];
    walk(graph, from, from, &mut path, &mut BTreeSet::new()).then_some(path)
}

#[test]
fn no_module_of_the_core_imports_one_that_imports_it() {
    let graph = imports();
    assert!(graph.len() > 15, "the sources were read: {graph:?}");
    let circles: Vec<String> =
        graph.keys().filter_map(|m| circle(&graph, m)).map(|c| c.join(" -> ")).collect();
    assert!(circles.is_empty(), "imports that run in a circle:\n{}", circles.join("\n"));
}

#[test]
fn the_layers_below_the_conversation_do_not_reach_up() {
    let graph = imports();
    assert!(graph["engine"].contains("conversation"), "the reading found the engine's imports");
    for low in ["input", "views", "store", "reminders", "conversation", "due_queue"] {
        for high in ["engine", "conversation", "due_queue"] {
            if low != high {
                assert!(!graph[low].contains(high), "{low} imports {high}");
            }
        }
    }
    assert!(
        graph["input"].iter().all(|m| ["action", "command", "msg"].contains(&m.as_str())),
        "{:?}",
        graph["input"]
    );
}

#[test]
fn the_reading_sees_grouped_and_inline_imports() {
    let code = code_of(
        "use crate::{a::{B, C}, dd::E};\nfn f() { crate::ff::g(); } // crate::zz::nothing\n#[cfg(test)]\nmod tests { use crate::tt; }",
    );
    assert_eq!(named_modules(&code), BTreeSet::from(["a".into(), "dd".into(), "ff".into()]));
}
