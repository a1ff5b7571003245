//! The core's modules import one way (the layers `src/lib.rs` lists): the engine uses the
//! conversation, the conversation the views, the store, the reminders and the input's
//! vocabulary, and none of those reaches back up. Read from the sources (every path from
//! `crate::`, or out of a top-level module by `super::`, outside comments, strings and test
//! modules), so a new import that closes a circle fails here, naming it, instead of being
//! found by the next review.

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
            let source = fs::read_to_string(&path).expect("a source file");
            let module = module_of(path.strip_prefix(&root).expect("under src"));
            let Some(top) = module.first().cloned() else {
                assert!(
                    !code_of(&source).contains("use "),
                    "lib.rs re-exports nothing: a `crate::Item` would hide which module it names"
                );
                continue;
            };
            let named = graph.entry(top.clone()).or_default();
            for used in named_modules(&code_of(&source), &module) {
                if used != top {
                    named.insert(used);
                }
            }
        }
    }
    graph
}

/// The module a file holds, from the crate root (`store/sled_store/journal.rs` holds
/// `store::sled_store::journal`; `lib.rs` the root itself).
fn module_of(relative: &Path) -> Vec<String> {
    let mut module: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if module.last().is_some_and(|m| m == "mod" || m == "lib") {
        module.pop();
    }
    module
}

/// The source as the compiler reads it for paths: comments gone, string and character
/// literals blanked (so neither a `//` in a string nor a `crate::` in a message counts), and
/// every `#[cfg(test)]` module left out.
fn code_of(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut code = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let at = |k: usize| chars.get(k).copied().unwrap_or(' ');
        match chars[i] {
            '/' if at(i + 1) == '/' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if at(i + 1) == '*' => {
                i += 2;
                while i < chars.len() && !(chars[i] == '*' && at(i + 1) == '/') {
                    i += 1;
                }
                i += 2;
            }
            'r' if (at(i + 1) == '"' || at(i + 1) == '#')
                && !chars.get(i.wrapping_sub(1)).is_some_and(|c| c.is_alphanumeric() || *c == '_') =>
            {
                let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                if chars.get(i + 1 + hashes) != Some(&'"') {
                    code.push('r');
                    i += 1;
                    continue;
                }
                i += 2 + hashes;
                let close: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
                while i < chars.len() && !chars[i..].starts_with(&close.chars().collect::<Vec<_>>()) {
                    i += 1;
                }
                i += close.len();
                code.push_str("\"\"");
            }
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
                code.push_str("\"\"");
            }
            // A character literal ('x', '\n', '\''), not a lifetime ('a).
            '\'' if at(i + 2) == '\'' || (at(i + 1) == '\\' && (at(i + 3) == '\'' || at(i + 1) == '\\')) => {
                i += 1;
                while i < chars.len() && chars[i] != '\'' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
                code.push_str("' '");
            }
            c => {
                code.push(c);
                i += 1;
            }
        }
    }
    without_test_modules(&code)
}

/// `code` without the modules under `#[cfg(test)]` (found by their braces).
fn without_test_modules(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "#[cfg(test)]".len()..];
        let head = after.trim_start();
        let head =
            head.strip_prefix("pub(crate)").or_else(|| head.strip_prefix("pub")).unwrap_or(head).trim_start();
        match (head.starts_with("mod "), after.find('{')) {
            (true, Some(open)) => {
                let mut depth = 0;
                let mut end = after.len();
                for (j, c) in after[open..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = open + j + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                rest = &after[end..];
            }
            // A test-only item that is not a module (a function, an import): left in.
            _ => {
                out.push_str("#[cfg(test)]");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every top-level module other than the file's own that a path in `code` names: paths from
/// `crate::`, and paths that climb out of the file's top-level module with `super::`.
/// Panics on a glob of the crate root, which would hide what it names.
fn named_modules(code: &str, module: &[String]) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    let word_start = |at: usize| !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':');
    for (at, _) in code.match_indices("crate::").chain(code.match_indices("super::")) {
        if !word_start(at) {
            continue;
        }
        let mut path = &code[at..];
        let mut depth = module.len();
        if let Some(after) = path.strip_prefix("crate::") {
            depth = 0;
            path = after;
        } else {
            while let Some(after) = path.strip_prefix("super::") {
                depth = depth.saturating_sub(1);
                path = after.trim_start();
            }
            if depth > 0 {
                continue; // still inside the file's own top-level module
            }
        }
        let path = path.trim_start();
        if let Some(group) = path.strip_prefix('{') {
            let end = matching_brace(group);
            named.extend(top_level_names(&group[..end]));
        } else if path.starts_with('*') {
            panic!("a glob of the crate root in {}: name what is used", module.join("::"));
        } else {
            named.extend(first_segment(path));
        }
    }
    named
}

/// Where the group that starts just before `group` closes.
fn matching_brace(group: &str) -> usize {
    let mut depth = 1;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    group.len()
}

/// The module a path begins with, when it begins with one.
fn first_segment(path: &str) -> Option<String> {
    let path = path.trim_start();
    let name: String =
        path.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect();
    (!name.is_empty() && name != "self").then_some(name)
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
fn the_reading_sees_every_way_a_path_can_name_a_module() {
    let module = |m: &str| m.split("::").map(String::from).collect::<Vec<_>>();
    let code = code_of(concat!(
        "use crate::{a::{B, C}, dd::E};\n",
        "pub(crate) use crate::pp as q;\n",
        "fn f() { crate::ff::g(); let s = \"// crate::in_a_string::x\"; crate::gg::h(); }\n",
        "// crate::zz::nothing\n",
        "/* crate::yy::nothing */\n",
        "use super::super::up::X;\n",
        "use super::sibling::Y;\n",
        "#[cfg(test)]\npub(crate) mod tests { use crate::tt; fn t() { let _ = '{'; } }\n",
        "fn after_the_tests() { crate::kept::z(); }\n",
    ));
    assert_eq!(
        named_modules(&code, &module("store::memory")),
        BTreeSet::from(["a", "dd", "ff", "gg", "kept", "pp", "up"].map(String::from)),
        "from {code}"
    );
    // `super::` from a top-level module's own file reaches the crate root at once.
    assert_eq!(
        named_modules("use super::engine::Engine;", &module("store")),
        BTreeSet::from(["engine".into()])
    );
    assert!(std::panic::catch_unwind(|| named_modules("use crate::*;", &module("views"))).is_err());
}
