//! The learned half of routing: a classifier over what a document says, beside the rules.
//!
//! Rules are exact on the wording they were written from and blind beyond it ("Response to
//! Cafcass safeguarding check" matches no pattern for local authority checks). The classifier
//! generalises from labelled examples: the shipped training set (`pipelines/routing/`) and every
//! decision a person makes (filing a `needs-review` item, refiling a document), which are kept in
//! the encrypted catalog and weigh more than the shipped ones, so a person's correction changes the
//! next routing of a similar document.
//!
//! The model is multinomial logistic regression over hashed features (word unigrams and bigrams of
//! the heading, the body, the file name and the subject; character 4-grams of heading and file
//! name words, which survive OCR confusions and Welsh mutations; the sender's domain; the source).
//! It predicts a document *kind* (`pipelines/routing/kinds.toml`): the kind names the document and
//! belongs to one folder, and a folder's probability is the sum of its kinds'. A class `none`
//! learns what no person could place (a canteen menu), so such a document is refused, never filed
//! to the likeliest folder. Probabilities are calibrated by one temperature fitted on out-of-fold
//! predictions of the training set, so the configured `min_confidence` means what it says.
//! Linear models over n-grams are what paperless-ngx uses too (scikit-learn's MLPClassifier over
//! tf-idf); logistic regression is chosen here because its probabilities calibrate with one
//! parameter and training on a few thousand examples takes well under a second.
//!
//! Everything is deterministic: the same examples give the same model and the same version.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::document::Folder;

/// The class of documents no person could place in a case file.
pub const NONE: &str = "none";

/// A kind of document: what it is, its names and its folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kind {
    pub id: String,
    pub folder: String,
    pub name: String,
    #[serde(default)]
    pub name_cy: String,
}

impl Kind {
    /// The folder, checked when the kinds were loaded.
    pub fn folder(&self) -> Folder {
        Folder::parse(&self.folder).expect("folders are checked when kinds are loaded")
    }

    /// The document name in the document's language (Welsh where the document is Welsh and the
    /// kind has a Welsh name: policy 003 'Recording in Welsh').
    pub fn name_in(&self, welsh: bool) -> &str {
        if welsh && !self.name_cy.is_empty() {
            &self.name_cy
        } else {
            &self.name
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindsFile {
    kind: Vec<Kind>,
}

/// Loads and checks a kinds file.
pub fn load_kinds(path: &Path) -> Result<Vec<Kind>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read kinds {}: {e}", path.display()))?;
    let file: KindsFile =
        toml::from_str(&text).map_err(|e| format!("kinds {}: {e}", path.display()))?;
    let mut seen = std::collections::HashSet::new();
    for k in &file.kind {
        if Folder::parse(&k.folder).is_none() {
            return Err(format!("kind {}: unknown folder '{}'", k.id, k.folder));
        }
        if k.id == NONE || k.id.contains(':') {
            return Err(format!(
                "kind id '{}' is reserved (`none`, and ids with ':')",
                k.id
            ));
        }
        if !seen.insert(k.id.clone()) {
            return Err(format!("kind id {} used twice", k.id));
        }
    }
    Ok(file.kind)
}

pub use crate::document::RouteExample as Example;

impl Example {
    /// What the classifier sees of this example.
    pub fn input(&self) -> Input<'_> {
        Input {
            name: &self.file_name,
            text: &self.text,
            sender: &self.sender,
            subject: &self.subject,
            source: &self.source,
            part: &self.part,
        }
    }
}

/// Reads a JSON-lines file of examples; a line that does not parse is an error naming it.
pub fn load_examples(path: &Path) -> Result<Vec<Example>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read examples {}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let ex: Example = serde_json::from_str(line)
            .map_err(|e| format!("{} line {}: {e}", path.display(), i + 1))?;
        out.push(ex);
    }
    Ok(out)
}

/// What the classifier looks at. `name` is a file name or its document-name part.
#[derive(Debug, Default, Clone, Copy)]
pub struct Input<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub sender: &'a str,
    pub subject: &'a str,
    pub source: &'a str,
    /// `document`, `email` or `attachment`.
    pub part: &'a str,
}

/// How many non-empty lines count as the heading (letterhead, addresses and title).
const TITLE_LINES: usize = 14;
/// Feature hashing space. Collisions at 2^22 among a few hundred thousand distinct features are
/// rare enough not to matter; weights are stored sparsely, only for features seen in training.
const HASH_BITS: u32 = 22;
/// How much more a person's decision weighs than a shipped example.
pub const PERSON_WEIGHT: f32 = 6.0;

fn hash(s: &str) -> u32 {
    // FNV-1a: stable across builds and platforms (a model stored today must read the same later).
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    (h >> (64 - HASH_BITS)) as u32
}

/// Words of a text, lower-cased, without single letters. A token with digits is reduced to its
/// shape: a plain number is `#` (dates and reference numbers say nothing about the kind, and may
/// be personal), and one with letters keeps only the pattern of its letters and digits (`~A9` for
/// a court bundle's page "C83" or a form "C100", `~A9A9` for a case number), so the model sees
/// that a page carries bundle pagination or a form number without learning any one number. A
/// short one that begins with a letter is also kept whole ("c100", "c1a", "s7"): the form and
/// section numbers that name kinds of document.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in s
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
    {
        if !w.chars().any(|c| c.is_ascii_digit()) {
            // A single letter says nothing of a kind and much of a layout: the "v" of a case
            // title ("Hughes v Patel", on a position statement and on every bundle page alike),
            // initials, OCR debris.
            if w.chars().count() > 1 {
                out.push(w.to_lowercase());
            }
        } else if w.chars().all(|c| c.is_ascii_digit()) {
            out.push("#".to_string());
        } else {
            if w.chars().count() <= 4 && w.starts_with(|c: char| c.is_alphabetic()) {
                out.push(w.to_lowercase());
            }
            out.push(shape(w));
        }
    }
    out
}

/// Welsh words that say what a document is, with the English word they share features with.
/// Only unambiguous words: `cyngor` (council, or advice) and `plant` (an English word too) are not
/// here.
const GLOSSARY: &[(&str, &str)] = &[
    ("adroddiad", "report"),
    ("adroddiadau", "reports"),
    ("gorchymyn", "order"),
    ("gorchmynion", "orders"),
    ("llys", "court"),
    ("heddlu", "police"),
    ("datganiad", "statement"),
    ("datganiadau", "statements"),
    ("sefyllfa", "position"),
    ("cais", "application"),
    ("ceisiadau", "applications"),
    ("ceisydd", "applicant"),
    ("atebydd", "respondent"),
    ("llythyr", "letter"),
    ("plentyn", "child"),
    ("cynllun", "plan"),
    ("adolygiad", "review"),
    ("gwarcheidwad", "guardian"),
    ("cyfreithiwr", "solicitor"),
    ("cyfreithwyr", "solicitors"),
    ("cyfreithiol", "legal"),
    ("arbenigwr", "expert"),
    ("arbenigol", "expert"),
    ("asesiad", "assessment"),
    ("diogelu", "safeguarding"),
    ("diogelwch", "safety"),
    ("awdurdod", "authority"),
    ("gwiriadau", "checks"),
    ("gwiriad", "check"),
    ("sgrinio", "screening"),
    ("ymateb", "response"),
    ("bwndel", "bundle"),
    ("mynegai", "index"),
    ("tystiolaeth", "evidence"),
    ("tyst", "witness"),
    ("barnwr", "judge"),
    ("cyfarwyddiadau", "directions"),
    ("cyfarwyddyd", "instruction"),
    ("gwrandawiad", "hearing"),
    ("diolch", "thank"),
    ("cerdyn", "card"),
    ("cyswllt", "contact"),
    ("cofnod", "record"),
    ("uniongyrchol", "direct"),
    ("dymuniadau", "wishes"),
    ("teimladau", "feelings"),
    ("croeso", "welcome"),
    ("partïon", "parties"),
    ("gohebiaeth", "correspondence"),
    ("ysgol", "school"),
    ("iechyd", "health"),
    ("profion", "tests"),
    ("gwallt", "hair"),
    ("cyffuriau", "drugs"),
    ("trais", "violence"),
    ("domestig", "domestic"),
    ("cronoleg", "chronology"),
    ("crynodeb", "summary"),
    ("dadansoddiad", "analysis"),
    ("argymhellion", "recommendations"),
    ("canlyniad", "outcome"),
    ("cyfarfod", "meeting"),
    ("cofnodion", "minutes"),
    ("datgeliad", "disclosure"),
    ("blaenorol", "previous"),
    ("gwybodaeth", "information"),
    ("pellach", "further"),
    ("asiantaeth", "agency"),
    ("darparwr", "provider"),
    ("rhieni", "parents"),
    ("teulu", "family"),
    ("maethu", "fostering"),
    ("mabwysiadu", "adoption"),
    ("euogfarnau", "convictions"),
    ("digwyddiad", "incident"),
];

/// The English word for a Welsh word of the glossary, in any of its mutated forms: Welsh changes
/// a word's first letters after some words ("ei adroddiad", "y gorchymyn", "yn Llys" but "i lys",
/// "fy ngorchymyn"), so each radical form a mutated word may come from is looked up.
fn english_of(w: &str) -> Option<&'static str> {
    let find = |x: &str| GLOSSARY.iter().find(|(cy, _)| *cy == x).map(|(_, en)| *en);
    if let Some(en) = find(w) {
        return Some(en);
    }
    // (mutated beginning, radical beginning): soft, nasal and aspirate mutations undone.
    const UNDO: &[(&str, &str)] = &[
        ("ngh", "c"),
        ("mh", "p"),
        ("nh", "t"),
        ("ng", "g"),
        ("ch", "c"),
        ("ph", "p"),
        ("th", "t"),
        ("dd", "d"),
        ("b", "p"),
        ("d", "t"),
        ("g", "c"),
        ("f", "b"),
        ("f", "m"),
        ("l", "ll"),
        ("r", "rh"),
        ("m", "b"),
        ("n", "d"),
        ("", "g"),
    ];
    UNDO.iter()
        .filter_map(|(from, to)| w.strip_prefix(from).map(|rest| format!("{to}{rest}")))
        .find_map(|radical| find(&radical))
}

/// A token's shape: `A` for a run of capitals, `a` for lower case, `9` for digits.
fn shape(w: &str) -> String {
    let mut s = String::from("~");
    for c in w.chars() {
        let k = if c.is_ascii_digit() {
            '9'
        } else if c.is_uppercase() {
            'A'
        } else {
            'a'
        };
        if !s.ends_with(k) {
            s.push(k);
        }
    }
    s
}

/// The words of a file name, without its extension and the convention's case name and number.
fn name_words(name: &str) -> Vec<String> {
    let stem = match name.rsplit_once('.') {
        Some((s, ext)) if ext.len() <= 5 && !ext.contains(' ') => s,
        _ => name,
    };
    // `{case name} - {case number} - {document name}`: only the document name describes it.
    let doc = match stem.splitn(3, " - ").collect::<Vec<_>>().as_slice() {
        [_, _, doc] => *doc,
        _ => stem,
    };
    words(&doc.replace(['_', '-'], " "))
}

/// The sparse feature vector of a document, L2-normalised.
pub fn features(input: &Input<'_>) -> Vec<(u32, f32)> {
    let mut counts: HashMap<u32, f32> = HashMap::new();
    let mut add = |key: String, w: f32| *counts.entry(hash(&key)).or_insert(0.0) += w;
    let title: String = input
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(TITLE_LINES)
        .collect::<Vec<_>>()
        .join("\n");
    let fields: [(&str, Vec<String>, f32, bool); 4] = [
        ("t", words(&title), 1.0, true),
        ("x", words(input.text), 0.6, false),
        ("n", name_words(input.name), 1.2, true),
        ("s", words(input.subject), 1.2, true),
    ];
    for (tag, ws, weight, chars) in &fields {
        for w in ws {
            if w == "#" {
                continue;
            }
            add(format!("{tag}:{w}"), *weight);
            if *chars && w.chars().count() >= 5 && !w.starts_with('~') {
                let cs: Vec<char> = format!("<{w}>").chars().collect();
                for g in cs.windows(4) {
                    add(format!("c:{}", g.iter().collect::<String>()), 0.3 * weight);
                }
            }
        }
        for pair in ws.windows(2) {
            add(format!("{tag}:{}_{}", pair[0], pair[1]), *weight);
        }
        // A Welsh word the glossary knows also counts as its English word, so that what the
        // model learns from the many English examples reaches the fewer Welsh ones.
        for w in ws {
            if let Some(en) = english_of(w) {
                add(format!("{tag}:{en}"), *weight);
            }
        }
    }
    // The sender's domain, whole and by its last parts (`police.uk`, `gov.uk`, `gov.wales`).
    if let Some((_, domain)) = input.sender.trim_end_matches('>').rsplit_once('@') {
        let parts: Vec<&str> = domain.split('.').collect();
        for i in 0..parts.len() {
            add(format!("d:{}", parts[i..].join(".").to_lowercase()), 1.0);
        }
    }
    add(format!("src:{}", input.source), 0.5);
    add(format!("part:{}", input.part), 0.5);
    let mut v: Vec<(u32, f32)> = counts
        .into_iter()
        .map(|(k, c)| (k, 1.0 + c.ln_1p()))
        .collect();
    // Sorted before summing: a float sum in a hash map's order differs from run to run, and the
    // same examples must make the same model.
    v.sort_by_key(|(k, _)| *k);
    let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(1e-6);
    for (_, x) in v.iter_mut() {
        *x /= norm;
    }
    v
}

/// A class the model predicts: a kind, a person's own kind, or `none`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Class {
    pub id: String,
    /// `None` for the class `none`.
    pub folder: Option<String>,
    pub name: String,
    pub name_cy: String,
}

impl Class {
    /// The class's document name in the document's language (see [`Kind::name_in`]).
    pub fn name_in(&self, welsh: bool) -> &str {
        if welsh && !self.name_cy.is_empty() {
            &self.name_cy
        } else {
            &self.name
        }
    }
}

/// A trained model.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Model {
    /// The first 12 hex digits of the SHA-256 of the examples and settings it was trained on.
    pub version: String,
    pub classes: Vec<Class>,
    pub examples: usize,
    pub person_examples: usize,
    /// Dividing the scores by it calibrates the probabilities (fitted out of fold).
    pub temperature: f32,
    bias: Vec<f32>,
    /// Sorted by feature; `weights[i].1` has one weight per class.
    weights: Vec<(u32, Vec<f32>)>,
}

/// What the model thinks of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// The likeliest folder, or `None` when the likeliest answer is "no folder".
    pub folder: Option<Folder>,
    /// Its calibrated probability (for `None`: the probability of `none`).
    pub confidence: f32,
    /// The likeliest class within that folder.
    pub class: Class,
    /// Its probability.
    pub class_confidence: f32,
    /// The second likeliest folder and its probability, for the reviewer.
    pub runner_up: Option<(Folder, f32)>,
    /// Every folder's probability (`None`: no folder), likeliest first.
    pub folders: Vec<(Option<Folder>, f32)>,
}

impl Prediction {
    /// The calibrated probability that the document belongs in `folder`.
    pub fn of(&self, folder: Folder) -> f32 {
        self.folders
            .iter()
            .find(|(f, _)| *f == Some(folder))
            .map_or(0.0, |(_, p)| *p)
    }
}

/// Training settings.
const EPOCHS: usize = 15;
const LEARNING_RATE: f32 = 0.5;
const L2: f32 = 1e-5;
const FOLDS: usize = 3;

/// The class id of an example: its kind, or `none`.
fn class_of(ex: &Example) -> String {
    ex.kind.clone().unwrap_or_else(|| NONE.to_string())
}

/// A person's own kind, for a document name no shipped kind has: `person:<folder>:<name>`.
pub fn person_kind(folder: Folder, document_name: &str) -> String {
    format!("person:{}:{}", folder.as_str(), document_name)
}

/// The classes for these examples: every shipped kind (so a kind with no example is still known
/// by name), every person's kind used, and `none`.
fn classes_for(kinds: &[Kind], examples: &[(Example, f32)]) -> Result<Vec<Class>, String> {
    let mut classes: Vec<Class> = kinds
        .iter()
        .map(|k| Class {
            id: k.id.clone(),
            folder: Some(k.folder.clone()),
            name: k.name.clone(),
            name_cy: k.name_cy.clone(),
        })
        .collect();
    classes.push(Class {
        id: NONE.into(),
        folder: None,
        name: String::new(),
        name_cy: String::new(),
    });
    for (ex, _) in examples {
        let id = class_of(ex);
        if classes.iter().any(|c| c.id == id) {
            continue;
        }
        let mut parts = id.splitn(3, ':');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("person"), Some(folder), Some(name)) if Folder::parse(folder).is_some() => {
                classes.push(Class {
                    id: id.clone(),
                    folder: Some(folder.to_string()),
                    name: name.to_string(),
                    name_cy: String::new(),
                })
            }
            _ => {
                return Err(format!(
                    "example {}: kind '{id}' is not in the kinds file",
                    ex.id
                ))
            }
        }
    }
    Ok(classes)
}

/// Multinomial logistic regression by AdaGrad over dense feature indices (the hashes of the
/// training set numbered once, so the inner loop indexes arrays instead of hashing).
struct Trainer {
    classes: usize,
    bias: Vec<f32>,
    /// `weights[f * classes + c]`.
    weights: Vec<f32>,
    // AdaGrad accumulators: rare features (most of them) keep a large step.
    g_bias: Vec<f32>,
    g_weights: Vec<f32>,
}

/// A training example: dense features, class, weight.
type Row = (Vec<(usize, f32)>, usize, f32);

impl Trainer {
    fn new(classes: usize, features: usize) -> Trainer {
        Trainer {
            classes,
            bias: vec![0.0; classes],
            weights: vec![0.0; classes * features],
            g_bias: vec![1e-6; classes],
            g_weights: vec![1e-6; classes * features],
        }
    }

    fn scores(&self, x: &[(usize, f32)]) -> Vec<f32> {
        let k = self.classes;
        let mut s = self.bias.clone();
        for (f, v) in x {
            for (sc, w) in s.iter_mut().zip(&self.weights[f * k..(f + 1) * k]) {
                *sc += w * v;
            }
        }
        s
    }

    fn fit(&mut self, data: &[&Row]) {
        let k = self.classes;
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut seed: u64 = 0x9e3779b97f4a7c15;
        let mut active: Vec<(usize, f32)> = Vec::with_capacity(k);
        for _ in 0..EPOCHS {
            // A fixed-seed shuffle (xorshift): the same examples train the same model.
            for i in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            for &i in &order {
                let (x, y, w) = data[i];
                let p = softmax(&self.scores(x), 1.0);
                // Only the classes with something to learn from this example: after the first
                // epochs most probabilities are near nought, and skipping them is most of the
                // speed (their regularisation waits for their next real update).
                active.clear();
                for (c, pc) in p.iter().enumerate() {
                    let g = w * (pc - if c == *y { 1.0 } else { 0.0 });
                    if g.abs() > 1e-4 {
                        active.push((c, g));
                    }
                }
                for &(c, g) in &active {
                    self.g_bias[c] += g * g;
                    self.bias[c] -= LEARNING_RATE * g / self.g_bias[c].sqrt();
                }
                for (f, v) in x {
                    for &(c, g) in &active {
                        let at = f * k + c;
                        let g = g * v + L2 * self.weights[at];
                        self.g_weights[at] += g * g;
                        self.weights[at] -= LEARNING_RATE * g / self.g_weights[at].sqrt();
                    }
                }
            }
        }
    }
}

fn scores<'a>(bias: &[f32], x: &[(u32, f32)], w: impl Fn(u32) -> Option<&'a [f32]>) -> Vec<f32> {
    let mut s = bias.to_vec();
    for (k, v) in x {
        if let Some(wk) = w(*k) {
            for (sc, wc) in s.iter_mut().zip(wk) {
                *sc += wc * v;
            }
        }
    }
    s
}

fn softmax(s: &[f32], temperature: f32) -> Vec<f32> {
    let m = s.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let e: Vec<f32> = s.iter().map(|x| ((x - m) / temperature).exp()).collect();
    let z: f32 = e.iter().sum();
    e.into_iter().map(|x| x / z).collect()
}

/// Trains a model on weighted examples (a person's decisions weigh [`PERSON_WEIGHT`]).
pub fn train(kinds: &[Kind], examples: &[(Example, f32)]) -> Result<Model, String> {
    let classes = classes_for(kinds, examples)?;
    let index: HashMap<&str, usize> = classes
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    // Each feature hash numbered in order of first appearance (deterministic).
    let mut dense: HashMap<u32, usize> = HashMap::new();
    let mut keys: Vec<u32> = Vec::new();
    let data: Vec<Row> = examples
        .iter()
        .map(|(ex, w)| {
            let x = features(&ex.input())
                .into_iter()
                .map(|(h, v)| {
                    let f = *dense.entry(h).or_insert_with(|| {
                        keys.push(h);
                        keys.len() - 1
                    });
                    (f, v)
                })
                .collect();
            (x, index[class_of(ex).as_str()], *w)
        })
        .collect();
    // The temperature, from out-of-fold scores: each fold predicted by a model that never saw it.
    // Where the examples come from several shipped sets (each written by another author: ids
    // `t0001`, `b0001`, ...), a fold is a whole set, so the probabilities are calibrated on wording
    // the model has not seen, as a new council's letters will be; otherwise every FOLDS-th
    // example. People's decisions (no id) are always trained on, never held out.
    let fold_of = folds(examples);
    let n_folds = fold_of.iter().flatten().max().map_or(0, |m| m + 1);
    let mut held: Vec<(Vec<f32>, usize)> = Vec::new();
    if data.len() >= FOLDS * 4 {
        for fold in 0..n_folds {
            let mut t = Trainer::new(classes.len(), keys.len());
            let train: Vec<&Row> = data
                .iter()
                .zip(&fold_of)
                .filter(|(_, f)| **f != Some(fold))
                .map(|(d, _)| d)
                .collect();
            t.fit(&train);
            for ((x, y, _), f) in data.iter().zip(&fold_of) {
                if *f == Some(fold) {
                    held.push((t.scores(x), *y));
                }
            }
        }
    }
    let temperature = fit_temperature(&held);
    let mut t = Trainer::new(classes.len(), keys.len());
    t.fit(&data.iter().collect::<Vec<_>>());
    let k = classes.len();
    let mut weights: Vec<(u32, Vec<f32>)> = keys
        .iter()
        .enumerate()
        .map(|(f, h)| (*h, t.weights[f * k..(f + 1) * k].to_vec()))
        .collect();
    weights.sort_by_key(|(h, _)| *h);
    Ok(Model {
        version: version_of(&classes, examples),
        classes,
        examples: examples.len(),
        person_examples: examples.iter().filter(|(_, w)| *w > 1.0).count(),
        temperature,
        bias: t.bias,
        weights,
    })
}

/// Each example's calibration fold (`None`: always trained on): by shipped set where there are
/// several, else round robin.
fn folds(examples: &[(Example, f32)]) -> Vec<Option<usize>> {
    let set = |e: &Example| {
        e.id.trim_end_matches(|c: char| c.is_ascii_digit())
            .to_string()
    };
    let mut sets: Vec<String> = examples
        .iter()
        .map(|(e, _)| set(e))
        .filter(|s| !s.is_empty())
        .collect();
    sets.sort();
    sets.dedup();
    let mut n = 0;
    examples
        .iter()
        .map(|(e, _)| {
            if e.id.is_empty() {
                return None;
            }
            if sets.len() >= 2 {
                return sets.iter().position(|s| *s == set(e));
            }
            n += 1;
            Some((n - 1) % FOLDS)
        })
        .collect()
}

/// The version a model trained on these examples will have, without training it (a run looks
/// for a cached model of that version first).
pub fn version(kinds: &[Kind], examples: &[(Example, f32)]) -> Result<String, String> {
    Ok(version_of(&classes_for(kinds, examples)?, examples))
}

fn version_of(classes: &[Class], examples: &[(Example, f32)]) -> String {
    let mut h = Sha256::new();
    h.update(MODEL_FORMAT);
    h.update(format!(
        "{EPOCHS} {LEARNING_RATE} {L2} {HASH_BITS} {PERSON_WEIGHT}\n"
    ));
    for c in classes {
        h.update(serde_json::to_vec(c).expect("class serialises"));
    }
    for (ex, w) in examples {
        h.update(serde_json::to_vec(ex).expect("example serialises"));
        h.update(w.to_le_bytes());
    }
    hex::encode(h.finalize())[..12].to_string()
}

/// The first bytes of a stored model.
const MODEL_FORMAT: &[u8] = b"casevault-route-model-2\n";

#[derive(Serialize, Deserialize)]
struct Header {
    version: String,
    classes: Vec<Class>,
    examples: usize,
    person_examples: usize,
    temperature: f32,
    bias: Vec<f32>,
    features: usize,
}

impl Model {
    /// The model as bytes: a JSON header, then each feature's hash and weights (little-endian),
    /// compact enough to cache in the catalog.
    pub fn to_bytes(&self) -> Vec<u8> {
        let header = serde_json::to_vec(&Header {
            version: self.version.clone(),
            classes: self.classes.clone(),
            examples: self.examples,
            person_examples: self.person_examples,
            temperature: self.temperature,
            bias: self.bias.clone(),
            features: self.weights.len(),
        })
        .expect("header serialises");
        let mut out = MODEL_FORMAT.to_vec();
        out.extend_from_slice(&(header.len() as u32).to_le_bytes());
        out.extend_from_slice(&header);
        for (k, w) in &self.weights {
            out.extend_from_slice(&k.to_le_bytes());
            for x in w {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    /// Reads [`Model::to_bytes`]; anything else is an error, never a wrong model.
    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        let rest = b
            .strip_prefix(MODEL_FORMAT)
            .ok_or("not a casevault routing model")?;
        let take = |r: &[u8], n: usize| -> Result<(Vec<u8>, usize), String> {
            r.get(..n)
                .map(|x| (x.to_vec(), n))
                .ok_or_else(|| "a routing model cut short".to_string())
        };
        let (len, _) = take(rest, 4)?;
        let len = u32::from_le_bytes(len.try_into().expect("4 bytes")) as usize;
        let (hjson, _) = take(&rest[4..], len)?;
        let h: Header = serde_json::from_slice(&hjson).map_err(|e| e.to_string())?;
        let k = h.classes.len();
        if h.bias.len() != k {
            return Err("a routing model whose bias does not fit its classes".into());
        }
        let body = &rest[4 + len..];
        let each = 4 + 4 * k;
        if body.len() != h.features * each {
            return Err("a routing model of the wrong length".into());
        }
        let f32_at = |c: &[u8]| f32::from_le_bytes(c.try_into().expect("4 bytes"));
        let weights = body
            .chunks_exact(each)
            .map(|c| {
                (
                    u32::from_le_bytes(c[..4].try_into().expect("4 bytes")),
                    c[4..].chunks_exact(4).map(f32_at).collect(),
                )
            })
            .collect();
        Ok(Model {
            version: h.version,
            classes: h.classes,
            examples: h.examples,
            person_examples: h.person_examples,
            temperature: h.temperature,
            bias: h.bias,
            weights,
        })
    }
}

/// The temperature that makes held-out probabilities most likely (grid search: the negative log
/// likelihood is convex in 1/T, and a grid of 0.05 is finer than the data can tell).
fn fit_temperature(held: &[(Vec<f32>, usize)]) -> f32 {
    if held.is_empty() {
        return 1.0;
    }
    let nll = |t: f32| -> f32 {
        held.iter()
            .map(|(s, y)| -softmax(s, t)[*y].max(1e-9).ln())
            .sum()
    };
    let mut best = (1.0f32, nll(1.0));
    let mut t = 0.3f32;
    while t <= 5.0 {
        let v = nll(t);
        if v < best.1 {
            best = (t, v);
        }
        t += 0.05;
    }
    best.0
}

impl Model {
    /// Calibrated class probabilities.
    pub fn probabilities(&self, input: &Input<'_>) -> Vec<f32> {
        let x = features(input);
        let s = scores(&self.bias, &x, |k| {
            self.weights
                .binary_search_by_key(&k, |(f, _)| *f)
                .ok()
                .map(|i| self.weights[i].1.as_slice())
        });
        softmax(&s, self.temperature)
    }

    /// The likeliest folder (or none), its probability, and the likeliest kind in it.
    pub fn predict(&self, input: &Input<'_>) -> Prediction {
        let p = self.probabilities(input);
        let mut by_folder: Vec<(Option<Folder>, f32)> = Vec::new();
        for (c, pc) in self.classes.iter().zip(&p) {
            let f = c.folder.as_deref().and_then(Folder::parse);
            match by_folder.iter_mut().find(|(g, _)| *g == f) {
                Some(e) => e.1 += pc,
                None => by_folder.push((f, *pc)),
            }
        }
        by_folder.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (folder, confidence) = by_folder[0];
        let (ci, class_confidence) = self
            .classes
            .iter()
            .zip(&p)
            .enumerate()
            .filter(|(_, (c, _))| c.folder.as_deref().and_then(Folder::parse) == folder)
            .map(|(i, (_, pc))| (i, *pc))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .expect("the folder came from a class");
        let runner_up = by_folder
            .iter()
            .skip(1)
            .find_map(|(f, pf)| f.map(|f| (f, *pf)));
        Prediction {
            folder,
            confidence,
            class: self.classes[ci].clone(),
            class_confidence,
            runner_up,
            folders: by_folder,
        }
    }
}

/// Whether a text is Welsh: Welsh function words outnumber English ones. Cheap, and right on
/// anything longer than a line; a bilingual letter goes to whichever language has more of it.
pub fn is_welsh(text: &str) -> bool {
    const CY: &[&str] = &[
        "y", "yr", "a'r", "yn", "ac", "mae", "wedi", "gyda", "ei", "eich", "fod", "bod", "ar",
        "i'r", "o'r", "hyn", "ond", "neu", "gan", "dros", "rydym", "chi", "fy", "yw", "ddim",
        "llys", "plentyn", "plant", "gyfer", "cafodd", "oedd",
    ];
    const EN: &[&str] = &[
        "the", "and", "of", "to", "is", "was", "with", "for", "that", "this", "are", "be", "have",
        "has", "on", "in", "at", "by", "we", "you", "it", "not", "or", "from", "will",
    ];
    let (mut cy, mut en) = (0usize, 0usize);
    // Its own split, not `words`: the article "y" is a single letter, which features drop.
    for w in text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\'').to_lowercase())
    {
        if CY.contains(&w.as_str()) {
            cy += 1;
        } else if EN.contains(&w.as_str()) {
            en += 1;
        }
    }
    cy > en && cy >= 3
}

/// Where the routing model's parts are, from `[model]` in the rules file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelSettings {
    /// The kinds file, relative to the rules file.
    pub kinds: PathBuf,
    /// The shipped training sets (JSON lines), relative to the rules file.
    pub training: Vec<PathBuf>,
    /// The least calibrated probability of a folder at which the model files a document.
    #[serde(default = "d_min_confidence")]
    pub min_confidence: f32,
    /// The least probability of a kind at which its name is used for the document.
    #[serde(default = "d_name_confidence")]
    pub name_confidence: f32,
    /// The least probability the model must give a rule's folder for a rule that is not sure to
    /// file there (the model finds it plausible); below it, the rule and the model disagree.
    #[serde(default = "d_agree_confidence")]
    pub agree_confidence: f32,
}

fn d_agree_confidence() -> f32 {
    0.3
}

fn d_min_confidence() -> f32 {
    0.9
}
fn d_name_confidence() -> f32 {
    0.6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds() -> Vec<Kind> {
        load_kinds(&Path::new(env!("CARGO_MANIFEST_DIR")).join("pipelines/routing/kinds.toml"))
            .unwrap()
    }

    fn ex(kind: Option<&str>, text: &str) -> (Example, f32) {
        (
            Example {
                kind: kind.map(str::to_string),
                text: text.into(),
                source: "scan".into(),
                part: "document".into(),
                ..Default::default()
            },
            1.0,
        )
    }

    #[test]
    fn shipped_kinds_cover_every_folder_once_named() {
        let k = kinds();
        for f in Folder::ALL {
            assert!(k.iter().any(|k| k.folder() == f), "{f} has no kind");
        }
        assert!(
            k.iter().all(|k| !k.name_cy.is_empty()),
            "a kind lacks its Welsh name"
        );
    }

    #[test]
    fn features_ignore_numbers_and_the_conventions_case_part() {
        let a = features(&Input {
            name: "Hughes v Patel - LS24P01234 - Position statement.pdf",
            text: "Hearing 12/03/2024 ref 99812",
            ..Default::default()
        });
        let b = features(&Input {
            name: "Evans - MA22P10077 - Position statement.pdf",
            text: "Hearing 01/01/2020 ref 1",
            ..Default::default()
        });
        assert_eq!(a, b);
        let c = features(&Input {
            name: "Evans - MA22P10077 - Witness statement.pdf",
            text: "Hearing 01/01/2020 ref 1",
            ..Default::default()
        });
        assert_ne!(a, c);
        // A bundle page's pagination is seen as a shape, whatever its number.
        assert_eq!(
            words("Page C83 of bundle"),
            ["page", "c83", "~A9", "of", "bundle"]
        );
        assert_eq!(words("LS24P01234 12/03/2024"), ["~A9A9", "#", "#", "#"]);
        // Welsh words share their English word's features, mutated or not.
        for cy in [
            "adroddiad",
            "gorchymyn",
            "ngorchymyn",
            "lys",
            "heddlu",
            "ddatganiad",
            "warcheidwad",
        ] {
            assert!(english_of(cy).is_some(), "{cy}");
        }
        assert_eq!(english_of("ngorchymyn"), Some("order"));
        assert_eq!(english_of("report"), None);
    }

    #[test]
    fn a_model_learns_kinds_calibrates_and_refuses_what_fits_nowhere() {
        let mut data = Vec::new();
        for i in 0..12 {
            data.push(ex(
                Some("pnc-disclosure"),
                &format!("Police National Computer record disclosure {i} convictions cautions"),
            ));
            data.push(ex(
                Some("position-statement"),
                &format!("Position statement of the applicant mother {i} the respondent"),
            ));
            data.push(ex(
                None,
                &format!("Canteen menu week {i} soup sandwiches jacket potato"),
            ));
        }
        let m = train(&kinds(), &data).unwrap();
        let p = m.predict(&Input {
            text: "Disclosure from the Police National Computer: two cautions",
            ..Default::default()
        });
        assert_eq!(p.folder, Some(Folder::PoliceInformation), "{p:?}");
        assert_eq!(p.class.id, "pnc-disclosure");
        let p = m.predict(&Input {
            text: "This week's canteen menu: soup",
            ..Default::default()
        });
        assert_eq!(p.folder, None, "{p:?}");
        // Deterministic: the same examples make the same model, of the version foretold.
        let again = train(&kinds(), &data).unwrap();
        assert_eq!(m.version, again.version);
        assert!(
            m.weights == again.weights,
            "the same examples trained another model"
        );
        assert_eq!(version(&kinds(), &data).unwrap(), m.version);
        // Stored and read back, it predicts the same; cut short, it is refused.
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert!(
            back.weights == m.weights,
            "the model read back is not the one stored"
        );
        assert_eq!(back.classes, m.classes);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::from_bytes(b"garbage").is_err());
        // A person's kind is a class of its own.
        data.push((
            Example {
                kind: Some(person_kind(Folder::CasePlan, "Family time plan")),
                text: "family time plan".into(),
                ..Default::default()
            },
            PERSON_WEIGHT,
        ));
        let m = train(&kinds(), &data).unwrap();
        assert_eq!(m.person_examples, 1);
        assert!(m.classes.iter().any(|c| c.name == "Family time plan"));
        // An unknown kind is an error naming the example.
        data.push(ex(Some("no-such-kind"), "x"));
        assert!(train(&kinds(), &data).unwrap_err().contains("no-such-kind"));
    }

    #[test]
    fn welsh_is_told_from_english() {
        assert!(is_welsh(
            "Mae'r plentyn wedi dweud ei fod yn hapus yn byw gyda'i fam ac mae'r llys wedi gofyn"
        ));
        assert!(!is_welsh(
            "The child has said that he is happy living with his mother and the court has asked"
        ));
        assert!(!is_welsh("Cyngor Sir Ddinbych"));
        // The article "y" counts, though the features drop single letters.
        assert!(is_welsh(
            "Siaradais â'r plentyn y bore ar y ffôn yn y tŷ; the father"
        ));
    }
}
