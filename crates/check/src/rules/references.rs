//! Rules on references between messages and terms: to ids that do not
//! exist, in cycles, and to terms without the variables they use.

use std::collections::HashMap;

use super::{owner_offset, what};
use crate::model::{Def, Facts, Locale};
use crate::{Finding, Severity};

/// `unknown-reference`: references to messages, terms or attributes the
/// locale does not have (or to a message without a value).
pub(super) fn unknown(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    for def in &locale.all {
        for (attribute, pattern) in def.patterns() {
            for reference in Facts::of(pattern).references {
                let key = reference.key();
                if locale.is_broken(&key) {
                    continue;
                }
                let target = if reference.term {
                    locale.terms.get(reference.name)
                } else {
                    locale.messages.get(reference.name)
                };
                let kind = if reference.term { "term" } else { "message" };
                let problem = match (target, reference.attribute) {
                    (None, _) => format!("{kind} `{key}`, which `{}` does not have", locale.lang),
                    (Some(t), Some(a)) if t.attribute(a).is_none() => {
                        format!("`{key}.{a}`, but {kind} `{key}` has no attribute `.{a}`")
                    }
                    (Some(t), None) if t.value.is_none() => {
                        format!("{kind} `{key}`, which has no value (only attributes)")
                    }
                    _ => continue,
                };
                let offset = def.parsed.offset(reference.name) - usize::from(reference.term);
                out.push(def.parsed.finding(
                    Severity::Error,
                    "unknown-reference",
                    offset,
                    Some(&def.key()),
                    format!("{} references {problem}", what(def, attribute)),
                ));
            }
        }
    }
}

/// `variables` for terms: a term sees only the arguments its reference
/// passes (`{ -brand(case: "genitive") }`), so a `$variable` in the term
/// that the reference does not pass prints as `{$variable}`.
pub(super) fn term_arguments(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    for def in &locale.all {
        for (attribute, pattern) in def.patterns() {
            for reference in Facts::of(pattern).references {
                if !reference.term {
                    continue;
                }
                let Some(term) = locale.terms.get(reference.name) else {
                    continue;
                };
                let used = match reference.attribute {
                    None => term.value,
                    Some(a) => term.attribute(a).map(|a| &a.value),
                };
                let Some(used) = used else { continue };
                let passed: Vec<&str> = reference
                    .arguments
                    .map(|a| a.named.iter().map(|n| n.name.name).collect())
                    .unwrap_or_default();
                let mut missing: Vec<&str> = Facts::of(used)
                    .variables
                    .into_iter()
                    .filter(|v| !passed.contains(v))
                    .collect();
                missing.dedup();
                for name in missing {
                    out.push(def.parsed.finding(
                        Severity::Error,
                        "variables",
                        def.parsed.offset(reference.name) - 1,
                        Some(&def.key()),
                        format!(
                            "{} references `{}`, which uses `${name}`; a term sees only the \
                             arguments passed to it (`{}({name}: …)`), so it would print `{{${name}}}`",
                            what(def, attribute),
                            reference.key(),
                            reference.key()
                        ),
                    ));
                }
            }
        }
    }
}

/// `cycle`: messages and terms (or their attributes) that reference each
/// other in a cycle. One finding per cycle, at the member defined first.
pub(super) fn cycles(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    // Nodes: the value or one attribute of each (first) definition.
    struct Node<'a> {
        def: Def<'a>,
        attribute: Option<&'a str>,
        name: String,
    }
    let mut nodes: Vec<Node<'_>> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for def in locale.messages.values().chain(locale.terms.values()) {
        for (attribute, _) in def.patterns() {
            let name = match attribute {
                None => def.key(),
                Some(a) => format!("{}.{a}", def.key()),
            };
            if index.contains_key(&name) {
                continue; // a duplicate attribute, reported elsewhere
            }
            index.insert(name.clone(), nodes.len());
            nodes.push(Node {
                def: *def,
                attribute,
                name,
            });
        }
    }
    let edges: Vec<Vec<usize>> = nodes
        .iter()
        .map(|node| {
            let pattern = match node.attribute {
                None => node.def.value,
                Some(a) => node.def.attribute(a).map(|a| &a.value),
            };
            let Some(pattern) = pattern else {
                return Vec::new();
            };
            let mut targets: Vec<usize> = Facts::of(pattern)
                .references
                .iter()
                .filter_map(|r| {
                    let name = match r.attribute {
                        None => r.key(),
                        Some(a) => format!("{}.{a}", r.key()),
                    };
                    index.get(&name).copied()
                })
                .collect();
            targets.sort_unstable();
            targets.dedup();
            targets
        })
        .collect();

    let file_rank = |def: &Def<'_>| {
        locale
            .files
            .iter()
            .position(|p| std::ptr::eq(*p, def.parsed))
            .unwrap_or(usize::MAX)
    };
    for component in strongly_connected(&edges) {
        let cyclic = component.len() > 1 || edges[component[0]].contains(&component[0]);
        if !cyclic {
            continue;
        }
        let start = *component
            .iter()
            .min_by_key(|&&n| {
                let node = &nodes[n];
                (
                    file_rank(&node.def),
                    owner_offset(&node.def, node.attribute),
                )
            })
            .unwrap_or(&component[0]);
        let path = cycle_path(&edges, &component, start);
        let names: Vec<String> = path
            .iter()
            .map(|&n| format!("`{}`", nodes[n].name))
            .collect();
        let node = &nodes[start];
        let message = if path.len() == 2 {
            format!("`{}` references itself", node.name)
        } else {
            format!(
                "messages reference each other in a cycle: {}",
                names.join(" → ")
            )
        };
        out.push(node.def.parsed.finding(
            Severity::Error,
            "cycle",
            owner_offset(&node.def, node.attribute),
            Some(&node.def.key()),
            message,
        ));
    }
}

/// Tarjan's strongly connected components.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct State<'e> {
        edges: &'e [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        components: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State<'_>, v: usize) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in &s.edges[v] {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(i) if s.on_stack[w] => s.low[v] = s.low[v].min(i),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                component.push(w);
                if w == v {
                    break;
                }
            }
            s.components.push(component);
        }
    }
    let n = edges.len();
    let mut s = State {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        components: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.components
}

/// A shortest path from `start` back to itself within `component`,
/// `start` at both ends.
fn cycle_path(edges: &[Vec<usize>], component: &[usize], start: usize) -> Vec<usize> {
    let mut parent: HashMap<usize, usize> = HashMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(u) = queue.pop_front() {
        for &w in &edges[u] {
            if w == start {
                let mut path = vec![u];
                let mut at = u;
                while at != start {
                    at = parent[&at];
                    path.push(at);
                }
                path.reverse();
                path.push(start);
                return path;
            }
            if component.contains(&w) && !parent.contains_key(&w) && w != start {
                parent.insert(w, u);
                queue.push_back(w);
            }
        }
    }
    vec![start, start]
}
