//! The shape of the code, checked: no circle of imports in `src/`.
//!
//! Circles are how a codebase stops having layers: once the runtime needs a stage's type and
//! the stage the runtime's, neither can change or be tested alone. The checks read the source
//! as text (every `crate::` and `super::` path, in `use` lines and inline) and look for a cycle
//! among the top-level modules of the library, and among the files inside each folder (a
//! folder's `mod.rs` is its front door, re-exporting and declaring, so it is left out there).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The module path of a file (`src/pipeline/runtime.rs` -> `pipeline::runtime`).
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src()).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The modules a file names: every `crate::a::b...` and `super::a...` path, made absolute.
fn named(file: &Path, text: &str) -> Vec<Vec<String>> {
    let me = module_of(file);
    // `super` of a file is its folder's module; of a mod.rs (whose module is the folder's),
    // the folder above: either way, the module path less its last part.
    let parent: Vec<String> = me[..me.len().saturating_sub(1)].to_vec();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    for (prefix, base) in [("crate::", Vec::new()), ("super::", parent)] {
        let mut rest = code.as_str();
        while let Some(i) = rest.find(prefix) {
            let before = rest[..i].chars().last();
            rest = &rest[i + prefix.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let path: Vec<String> = rest
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .filter(|s| !s.is_empty() && *s != "super")
                .map(str::to_string)
                .collect();
            let mut full = base.clone();
            full.extend(path);
            out.push(full);
        }
    }
    out
}

fn files() -> Vec<PathBuf> {
    walkdir::WalkDir::new(src())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| e.into_path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n != "main.rs" && n != "lib.rs")
        })
        .collect()
}

/// A cycle in `graph`, if there is one (depth-first search, colours).
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_string(), 1);
        stack.push(n.to_string());
        for m in g.get(n).into_iter().flatten() {
            match state.get(m.as_str()).copied().unwrap_or(0) {
                1 => {
                    let from = stack.iter().position(|s| s == m).unwrap();
                    let mut c = stack[from..].to_vec();
                    c.push(m.clone());
                    return Some(c);
                }
                0 => {
                    if let Some(c) = visit(m, g, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in graph.keys() {
        if state.get(n.as_str()).copied().unwrap_or(0) == 0 {
            if let Some(c) = visit(n, graph, &mut state, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn no_circle_of_imports_between_top_level_modules() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in files() {
        let me = module_of(&f)[0].clone();
        let text = std::fs::read_to_string(&f).unwrap();
        for path in named(&f, &text) {
            if let Some(top) = path.first().filter(|t| **t != me) {
                graph.entry(me.clone()).or_default().insert(top.clone());
            }
        }
    }
    assert!(graph.len() > 10, "the modules were not read: {graph:?}");
    assert!(
        graph["sink"].contains("messages") && graph["pipeline"].contains("sink"),
        "the reading missed known imports: {graph:?}"
    );
    if let Some(c) = cycle(&graph) {
        panic!("a circle of imports: {}", c.join(" -> "));
    }
}

#[test]
fn no_circle_of_imports_between_the_files_of_a_folder() {
    let known: BTreeSet<Vec<String>> = files().iter().map(|f| module_of(f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in files() {
        if f.file_name().is_some_and(|n| n == "mod.rs") {
            continue;
        }
        let me = module_of(&f);
        let text = std::fs::read_to_string(&f).unwrap();
        for path in named(&f, &text) {
            // The longest prefix of the path that is a file's module, in the same folder.
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| known.contains(p));
            if let Some(t) = target.filter(|t| {
                *t != me && t.len() == me.len() && t[..t.len() - 1] == me[..me.len() - 1]
            }) {
                graph.entry(me.join("::")).or_default().insert(t.join("::"));
            }
        }
    }
    assert!(
        graph
            .get("pipeline::topology")
            .is_some_and(|s| s.contains("pipeline::decide")),
        "the reading missed known imports: {graph:?}"
    );
    if let Some(c) = cycle(&graph) {
        panic!("a circle of imports: {}", c.join(" -> "));
    }
}
