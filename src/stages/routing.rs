//! Routing: which folder of the case file a document belongs in.
//!
//! Rules are data (`pipelines/routing.toml`), not code, because the business changes them: each
//! rule names a folder, the document name to use when a file must be renamed, and weighted
//! patterns on the file's document name, the page's heading (its first lines), the whole text, the
//! e-mail sender, subject or source. A rule's score is the sum of the weights of the patterns that
//! match. The best rule wins only if it reaches `min_score` and beats the best rule *of any other
//! folder* by at least `margin`; otherwise the document waits for a person ("needs review"). There
//! is deliberately no default folder: a wrong folder is worse than a short queue, because legal
//! advice filed as correspondence could be disclosed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use thiserror::Error;

use crate::document::{Folder, QuarantineReason, Quarantined};
use crate::stages::classify::{self, Example, Kind, Model, ModelSettings};

/// Errors loading routing rules.
#[derive(Debug, Error)]
pub enum RoutingError {
    #[error("cannot read routing rules {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("routing rules {path} are not valid: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// What a pattern looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The document-name part of a conventional file name, or the whole file stem.
    Name,
    /// The first lines of the first page's text (the heading).
    Title,
    /// All the recognised text.
    Text,
    /// An e-mail's sender address.
    Sender,
    /// An e-mail's subject.
    Subject,
    /// The source kind (`scan`, `email`, ...).
    Source,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default = "d_min")]
    min_score: u32,
    #[serde(default = "d_margin")]
    margin: u32,
    #[serde(default = "d_title_lines")]
    title_lines: usize,
    /// The score at which a rule is sure enough to decide alone, whatever the model thinks
    /// (default: `min_score`, the rules alone decide as they did before there was a model).
    sure_score: Option<u32>,
    #[serde(rename = "rule")]
    rules: Vec<RawRule>,
    /// The learned classifier's parts (`stages::classify`); without it, rules alone decide.
    model: Option<ModelSettings>,
    /// Rules for the record class some schedules need (the local authority's, 002 §8).
    #[serde(rename = "record_class", default)]
    record_classes: Vec<RawClassRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClassRule {
    class: String,
    #[serde(rename = "match")]
    patterns: Vec<RawPattern>,
}

fn d_min() -> u32 {
    3
}
fn d_margin() -> u32 {
    2
}
fn d_title_lines() -> usize {
    4
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    folder: String,
    document_name: String,
    #[serde(rename = "match")]
    patterns: Vec<RawPattern>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPattern {
    on: Field,
    pattern: String,
    #[serde(default = "d_weight")]
    weight: u32,
}

fn d_weight() -> u32 {
    1
}

/// A validated rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub folder: Folder,
    pub document_name: String,
    patterns: Vec<(Field, Regex, u32)>,
}

/// A rule for a record class: weighted patterns, scored like a routing rule.
#[derive(Debug, Clone)]
pub struct ClassRule {
    pub class: String,
    patterns: Vec<(Field, Regex, u32)>,
}

/// The rules of one pipeline, and the model beside them.
#[derive(Debug, Clone)]
pub struct Rules {
    pub min_score: u32,
    pub margin: u32,
    pub sure_score: u32,
    pub title_lines: usize,
    pub rules: Vec<Rule>,
    pub record_classes: Vec<ClassRule>,
    /// The model's settings, with paths made absolute, when the rules file has `[model]`.
    pub model_settings: Option<ModelSettings>,
    /// The kinds the model learns (empty without `[model]`).
    pub kinds: Vec<Kind>,
    /// The trained model, once attached ([`Rules::with_model`]); until then rules decide alone.
    pub model: Option<Arc<Model>>,
}

/// What routing looks at.
#[derive(Debug, Default, Clone)]
pub struct RoutingInput<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub sender: &'a str,
    pub subject: &'a str,
    pub source: &'a str,
    /// `document`, `email` or `attachment` (the model tells an e-mail's body from a letter).
    pub part: &'a str,
    /// Whether `name` is the document-name part of a conventional file name: a person's label.
    pub named: bool,
}

/// A routing decision, with what made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub folder: Folder,
    /// The rule's id, or `model <version> <kind> p=<confidence>`.
    pub rule: String,
    /// The document's name from what it is: the model's kind where it is sure enough of one in
    /// this folder (in Welsh for a Welsh document), else the rule's name.
    pub document_name: String,
    /// Whether `document_name` comes from the document's kind (else from a rule's generic name).
    pub named_from_content: bool,
    pub score: u32,
    /// The model's calibrated probability of the folder, where the model decided or agreed.
    pub confidence: Option<f32>,
    /// The record class, where a record-class rule is sure (else unknown, never guessed).
    pub record_class: Option<String>,
}

impl Rules {
    /// Loads and validates a rules file.
    pub fn load(path: &Path) -> Result<Rules, RoutingError> {
        let text = std::fs::read_to_string(path).map_err(|source| RoutingError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let invalid = |message| RoutingError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        let mut rules = Self::parse(&text).map_err(invalid)?;
        if let Some(m) = rules.model_settings.as_mut() {
            let base = path.parent().unwrap_or(Path::new("."));
            m.kinds = base.join(&m.kinds);
            m.training = m.training.iter().map(|t| base.join(t)).collect();
            if !(0.0..=1.0).contains(&m.min_confidence) || !(0.0..=1.0).contains(&m.name_confidence)
            {
                return Err(invalid(
                    "[model] confidences are probabilities, between 0 and 1".into(),
                ));
            }
            rules.kinds = classify::load_kinds(&m.kinds).map_err(invalid)?;
        }
        Ok(rules)
    }

    /// Parses rules from TOML text.
    pub fn parse(text: &str) -> Result<Rules, String> {
        let raw: RawRules = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut rules = Vec::new();
        for r in raw.rules {
            let folder = Folder::parse(&r.folder)
                .ok_or_else(|| format!("rule {}: unknown folder '{}'", r.id, r.folder))?;
            if r.patterns.is_empty() {
                return Err(format!("rule {}: no patterns", r.id));
            }
            let mut patterns = Vec::new();
            for p in r.patterns {
                let re = RegexBuilder::new(&p.pattern)
                    .case_insensitive(true)
                    .size_limit(1 << 20)
                    .build()
                    .map_err(|e| format!("rule {}: pattern '{}': {e}", r.id, p.pattern))?;
                patterns.push((p.on, re, p.weight));
            }
            if rules.iter().any(|x: &Rule| x.id == r.id) {
                return Err(format!("rule id {} used twice", r.id));
            }
            rules.push(Rule {
                id: r.id,
                folder,
                document_name: r.document_name,
                patterns,
            });
        }
        let mut record_classes = Vec::new();
        for c in raw.record_classes {
            let mut patterns = Vec::new();
            for p in c.patterns {
                let re = RegexBuilder::new(&p.pattern)
                    .case_insensitive(true)
                    .size_limit(1 << 20)
                    .build()
                    .map_err(|e| {
                        format!("record class {}: pattern '{}': {e}", c.class, p.pattern)
                    })?;
                patterns.push((p.on, re, p.weight));
            }
            record_classes.push(ClassRule {
                class: c.class,
                patterns,
            });
        }
        Ok(Rules {
            min_score: raw.min_score,
            margin: raw.margin,
            sure_score: raw.sure_score.unwrap_or(raw.min_score),
            title_lines: raw.title_lines,
            rules,
            record_classes,
            model_settings: raw.model,
            kinds: Vec::new(),
            model: None,
        })
    }

    /// The shipped training set and the kinds, when the rules have a model.
    pub fn training_set(&self) -> Result<Vec<Example>, String> {
        match &self.model_settings {
            Some(m) => {
                let mut all = Vec::new();
                for t in &m.training {
                    all.extend(classify::load_examples(t)?);
                }
                Ok(all)
            }
            None => Ok(Vec::new()),
        }
    }

    /// A person's decision as a labelled example: the shipped kind of that folder whose name
    /// (English or Welsh) they chose, else a kind of their own named as they named it.
    pub fn example_for(&self, input: &RoutingInput<'_>, folder: Folder, name: &str) -> Example {
        let same = |a: &str| a.trim().eq_ignore_ascii_case(name.trim());
        let kind = self
            .kinds
            .iter()
            .find(|k| k.folder() == folder && (same(&k.name) || same(&k.name_cy)))
            .map(|k| k.id.clone())
            .unwrap_or_else(|| classify::person_kind(folder, name.trim()));
        Example {
            id: String::new(),
            kind: Some(kind),
            language: if classify::is_welsh(input.text) {
                "cy"
            } else {
                "en"
            }
            .into(),
            part: input.part.to_string(),
            source: input.source.to_string(),
            file_name: input.name.to_string(),
            sender: input.sender.to_string(),
            subject: input.subject.to_string(),
            text: input.text.to_string(),
            record_class: None,
            recipe: "a person's decision".into(),
        }
    }

    /// These rules with a trained model beside them.
    pub fn with_model(mut self, model: Arc<Model>) -> Rules {
        self.model = Some(model);
        self
    }

    /// Every folder some rule can route to.
    pub fn folders(&self) -> Vec<Folder> {
        let mut f: Vec<Folder> = self.rules.iter().map(|r| r.folder).collect();
        f.sort();
        f.dedup();
        f
    }

    /// Decides the folder, or says why neither the rules nor the model is sure enough.
    ///
    /// A rule whose score reaches `sure_score` decides alone (a police sender, a court's order
    /// heading): rules were written for exactly those documents. Otherwise the model decides when
    /// its calibrated confidence in one folder reaches `min_confidence`; below that, a rule that
    /// fits files the document where the model finds its folder plausible (`agree_confidence`:
    /// two independent readings agreeing); anything else waits for a person, with both views in
    /// the reason. The name
    /// comes from the document's kind wherever the model is sure of one in the chosen folder.
    pub fn route(&self, input: &RoutingInput<'_>) -> Result<Decision, Quarantined> {
        let ruled = self.route_by_rules(input);
        let record_class = self.record_class(input);
        let (Some(model), Some(settings)) = (&self.model, &self.model_settings) else {
            return ruled.map(|d| Decision { record_class, ..d });
        };
        let p = model.predict(&classify::Input {
            name: input.name,
            text: input.text,
            sender: input.sender,
            subject: input.subject,
            source: input.source,
            part: input.part,
        });
        let welsh = classify::is_welsh(input.text);
        let kind_name = |folder: Folder| {
            (p.folder == Some(folder) && p.class_confidence >= settings.name_confidence)
                .then(|| p.class.name_in(welsh).to_string())
        };
        let by_rule = |d: Decision, rule: String| {
            let named = kind_name(d.folder);
            Decision {
                named_from_content: named.is_some(),
                document_name: named.unwrap_or(d.document_name),
                confidence: (p.folder == Some(d.folder)).then_some(p.confidence),
                record_class: record_class.clone(),
                rule,
                ..d
            }
        };
        if let Ok(d) = &ruled {
            // A person's label by the naming convention that a rule knows is as sure as a rule
            // gets: the scanning station wrote what the document is.
            if d.score >= self.sure_score || (input.named && self.named_by(&d.rule, input)) {
                let rule = d.rule.clone();
                return Ok(by_rule(d.clone(), rule));
            }
        }
        if let Some(folder) = p.folder.filter(|_| p.confidence >= settings.min_confidence) {
            let named = kind_name(folder);
            return Ok(Decision {
                folder,
                rule: format!(
                    "model {} {} p={:.2}",
                    model.version, p.class.id, p.confidence
                ),
                named_from_content: named.is_some(),
                document_name: named.unwrap_or_else(|| p.class.name_in(welsh).to_string()),
                score: 0,
                confidence: Some(p.confidence),
                record_class,
            });
        }
        let guess = match p.folder {
            Some(f) => format!(
                "the model's best guess is {f} ({}) at {:.2}, below the {:.2} needed",
                p.class.name, p.confidence, settings.min_confidence
            ),
            None => format!(
                "the model judges it fits no folder ({:.2}{})",
                p.confidence,
                p.runner_up
                    .map(|(f, c)| format!("; next {f} at {c:.2}"))
                    .unwrap_or_default()
            ),
        };
        match ruled {
            Ok(d) if p.of(d.folder) >= settings.agree_confidence => {
                let rule = format!(
                    "{} and model {} p={:.2}",
                    d.rule,
                    model.version,
                    p.of(d.folder)
                );
                Ok(by_rule(d, rule))
            }
            Ok(d) => Err(Quarantined::new(
                QuarantineReason::NeedsReview,
                format!(
                    "{NOTHING_SURE}rule {} ({}, score {}) is not sure and the model gives that folder only {:.2}: {guess}",
                    d.rule,
                    d.folder,
                    d.score,
                    p.of(d.folder)
                ),
            )),
            Err(q) => Err(Quarantined {
                detail: format!("{}; {guess}", q.detail),
                ..q
            }),
        }
    }

    /// These rules alone, without the model (to measure what each adds).
    pub fn without_model(&self) -> Rules {
        Rules {
            model: None,
            ..self.clone()
        }
    }

    /// The model alone, without a rule (to measure what each adds).
    pub fn model_only(&self) -> Rules {
        Rules {
            rules: Vec::new(),
            ..self.clone()
        }
    }

    /// The record class a schedule may need, where one class's rules are sure (its score reaches
    /// `min_score` and beats every other class by `margin`); otherwise unknown.
    pub fn record_class(&self, input: &RoutingInput<'_>) -> Option<String> {
        let title = self.title(input.text);
        let mut scored: Vec<(u32, &str)> = self
            .record_classes
            .iter()
            .map(|c| (score(&c.patterns, input, &title), c.class.as_str()))
            .collect();
        scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        let (best, class) = *scored.first()?;
        let second = scored.get(1).map_or(0, |s| s.0);
        (best >= self.min_score && best >= second + self.margin).then(|| class.to_string())
    }

    fn title(&self, text: &str) -> String {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .take(self.title_lines)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Whether rule `id`'s patterns on the file name alone reach `min_score`.
    fn named_by(&self, id: &str, input: &RoutingInput<'_>) -> bool {
        self.rules.iter().find(|r| r.id == id).is_some_and(|r| {
            let on_name: Vec<_> = r
                .patterns
                .iter()
                .filter(|(f, _, _)| *f == Field::Name)
                .cloned()
                .collect();
            score(&on_name, input, "") >= self.min_score
        })
    }

    /// The rules' decision alone.
    fn route_by_rules(&self, input: &RoutingInput<'_>) -> Result<Decision, Quarantined> {
        let title = self.title(input.text);
        let mut scored: Vec<(u32, &Rule)> = self
            .rules
            .iter()
            .map(|r| (score(&r.patterns, input, &title), r))
            .collect();
        // Highest score first; among equals, the earlier rule in the file.
        scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        let Some(&(best, rule)) = scored.first() else {
            return Err(Quarantined::new(
                QuarantineReason::NeedsReview,
                "no routing rules",
            ));
        };
        if best == 0 {
            // Naming the first rule of the file here would read as a hint that it nearly fit.
            return Err(Quarantined::new(
                QuarantineReason::NeedsReview,
                format!("{NO_RULE_SURE}: none matched anything in it"),
            ));
        }
        if best < self.min_score {
            return Err(Quarantined::new(
                QuarantineReason::NeedsReview,
                format!(
                    "{NO_RULE_SURE}: best was {} with score {best} of {} needed",
                    rule.id, self.min_score
                ),
            ));
        }
        if let Some(&(second, other)) = scored.iter().find(|(_, r)| r.folder != rule.folder) {
            if best < second + self.margin {
                return Err(Quarantined::new(
                    QuarantineReason::NeedsReview,
                    format!(
                        "two folders fit: rule {} ({}, score {best}) and rule {} ({}, score {second})",
                        rule.id, rule.folder, other.id, other.folder
                    ),
                ));
            }
        }
        Ok(Decision {
            folder: rule.folder,
            rule: rule.id.clone(),
            document_name: rule.document_name.clone(),
            named_from_content: false,
            score: best,
            confidence: None,
            record_class: None,
        })
    }
}

/// The sum of the weights of the patterns that match.
fn score(patterns: &[(Field, Regex, u32)], input: &RoutingInput<'_>, title: &str) -> u32 {
    patterns
        .iter()
        .filter(|(field, re, _)| {
            let hay = match field {
                Field::Name => input.name,
                Field::Title => title,
                Field::Text => input.text,
                Field::Sender => input.sender,
                Field::Subject => input.subject,
                Field::Source => input.source,
            };
            !hay.is_empty() && re.is_match(hay)
        })
        .map(|(_, _, w)| *w)
        .sum()
}

/// How a refusal begins when no rule reaches the minimum score (see [`nothing_fits`]).
pub(crate) const NO_RULE_SURE: &str = "no routing rule was sure";

/// How a refusal begins when a rule fits but neither it nor the model is sure (see
/// [`nothing_fits`]).
const NOTHING_SURE: &str = "nothing is sure: ";

/// Whether a routing refusal means nothing is sure where the document goes: no rule reached the
/// minimum score, or a rule that is not sure and a model that is not sure either point different
/// ways (as opposed to two rules fitting equally well). Callers with a natural home for a
/// document (an e-mail's attachment goes with its e-mail, a covering e-mail with its attachment)
/// use it only in this case; a tie between rules always goes to a person.
pub fn nothing_fits(q: &Quarantined) -> bool {
    q.reason == QuarantineReason::NeedsReview
        && (q.detail.starts_with(NO_RULE_SURE) || q.detail.starts_with(NOTHING_SURE))
}

/// Error for a document whose routing needs a person.
pub fn needs_review(detail: &str) -> Quarantined {
    Quarantined::new(QuarantineReason::NeedsReview, detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Rules {
        Rules::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("pipelines/routing.toml")).unwrap()
    }

    #[test]
    fn shipped_rules_cover_all_thirteen_folders() {
        let r = shipped();
        assert_eq!(r.folders().len(), 13, "{:?}", r.folders());
    }

    fn route_text(text: &str) -> Result<Decision, Quarantined> {
        shipped().route(&RoutingInput {
            text,
            source: "scan",
            ..Default::default()
        })
    }

    #[test]
    fn headings_route_to_their_folders() {
        let cases = [
            (
                "ORDER\nCase number: LS24P01234\nIT IS ORDERED THAT the child lives with",
                "court-orders",
            ),
            (
                "POLICE NATIONAL COMPUTER (PNC) RECORD\nThames Valley Police",
                "police-information",
            ),
            ("SAFEGUARDING LETTER\nTo the court", "reporting-to-court"),
            (
                "EXPERT REPORT\nPsychologist's assessment following the letter of instruction",
                "experts-and-agency",
            ),
            (
                "CAFCASS LEGAL — PRIVILEGED LEGAL ADVICE\nadvice",
                "legal-advice",
            ),
            ("COURT BUNDLE\nBundle index\nSection A", "court-bundle"),
        ];
        for (text, folder) in cases {
            let d = route_text(text).unwrap_or_else(|q| panic!("{text}: {q:?}"));
            assert_eq!(d.folder.as_str(), folder, "{text}");
        }
    }

    #[test]
    fn nothing_sure_means_review_never_a_default() {
        let q = route_text("Canteen menu for the week: soup, sandwiches").unwrap_err();
        assert_eq!(q.reason, QuarantineReason::NeedsReview);
    }

    #[test]
    fn police_sender_routes_mail() {
        let d = shipped()
            .route(&RoutingInput {
                sender: "officer.smith@thamesvalley.police.uk",
                subject: "Disclosure",
                text: "Please find attached",
                source: "email",
                ..Default::default()
            })
            .unwrap();
        assert_eq!(d.folder, Folder::PoliceInformation);
        // The police's national network (pnn) addresses too, and no look-alike domain.
        for sender in [
            "a.jones@met.pnn.police.uk",
            "disclosure@cheshire.pnn.gov.uk",
        ] {
            let d = shipped()
                .route(&RoutingInput {
                    sender,
                    subject: "Disclosure",
                    text: "Please find attached",
                    source: "email",
                    ..Default::default()
                })
                .unwrap();
            assert_eq!(d.folder, Folder::PoliceInformation, "{sender}");
        }
        let not_police = shipped().route(&RoutingInput {
            sender: "someone@police.uk.example.com",
            subject: "Disclosure",
            text: "Please find attached",
            source: "email",
            ..Default::default()
        });
        assert!(
            not_police
                .as_ref()
                .map_or(true, |d| d.folder != Folder::PoliceInformation),
            "{not_police:?}"
        );
    }

    #[test]
    fn record_classes_are_set_only_where_one_is_sure() {
        let r = shipped();
        let class = |text: &str| {
            r.record_class(&RoutingInput {
                text,
                ..Default::default()
            })
        };
        assert_eq!(
            class("Minutes of the initial child protection conference held on 3 May").as_deref(),
            Some("child-protection")
        );
        assert_eq!(
            class("Placement order: the prospective adopters were approved").as_deref(),
            Some("adoption")
        );
        // Two classes at once: unknown, never the first that matched.
        assert_eq!(
            class("child protection conference; the child is looked after under a care order"),
            None
        );
        assert_eq!(class("Position statement of the mother"), None);
    }

    /// Rules and a small model trained here: a rule at `sure_score` decides alone; below it, the
    /// model decides when sure, agreement files, disagreement waits for a person.
    #[test]
    fn a_sure_rule_decides_alone_and_an_unsure_one_needs_the_model() {
        let mut rules = Rules::parse(
            "min_score = 3\nmargin = 1\nsure_score = 6\n\
             [[rule]]\nid='police'\nfolder='police-information'\ndocument_name='Police information'\n\
             match=[{on='sender',pattern='police\\.uk$',weight=6},{on='text',pattern='police',weight=3}]\n\
             [[rule]]\nid='letter'\nfolder='correspondence'\ndocument_name='Letter'\n\
             match=[{on='text',pattern='dear',weight=3}]\n",
        )
        .unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        rules.kinds = classify::load_kinds(&root.join("pipelines/routing/kinds.toml")).unwrap();
        rules.model_settings = Some(ModelSettings {
            kinds: PathBuf::new(),
            training: Vec::new(),
            // Low: a model of 45 examples over 43 classes is not sure of much.
            min_confidence: 0.2,
            name_confidence: 0.1,
            agree_confidence: 0.1,
        });
        let mut data = Vec::new();
        for i in 0..15 {
            for (kind, text) in [
                (
                    "position-statement",
                    "position statement of the applicant father proposes",
                ),
                (
                    "court-order",
                    "it is ordered that the child shall live with the mother",
                ),
                (
                    "pnc-disclosure",
                    "police national computer disclosure convictions cautions",
                ),
            ] {
                data.push((
                    Example {
                        id: format!("t{i}"),
                        kind: Some(kind.into()),
                        text: format!("{text} {i}"),
                        ..Default::default()
                    },
                    1.0,
                ));
            }
        }
        let model = classify::train(&rules.kinds, &data).unwrap();
        let rules = rules.with_model(Arc::new(model));
        let route = |text: &str, sender: &str| {
            rules.route(&RoutingInput {
                text,
                sender,
                ..Default::default()
            })
        };
        // Sure: the police sender decides, whatever the text says.
        let d = route(
            "position statement of the applicant father proposes",
            "pc@met.police.uk",
        )
        .unwrap();
        assert_eq!(
            (d.folder, d.rule.as_str()),
            (Folder::PoliceInformation, "police")
        );
        // No rule: the model, sure of its kind, decides and names it.
        let d = route(
            "Position statement of the applicant father: he proposes",
            "",
        )
        .unwrap();
        assert_eq!(d.folder, Folder::CourtPapers, "{d:?}");
        assert!(d.rule.starts_with("model "), "{d:?}");
        assert_eq!(d.document_name, "Position statement");
        assert!(d.named_from_content);
        // Where the model alone is not sure enough (here: nothing is), an unsure rule it agrees
        // with files the document, and one it disagrees with waits for a person.
        let mut strict = rules.clone();
        if let Some(m) = strict.model_settings.as_mut() {
            m.min_confidence = 1.0;
        }
        let route = |text: &str, sender: &str| {
            strict.route(&RoutingInput {
                text,
                sender,
                ..Default::default()
            })
        };
        let d = route(
            "police national computer disclosure: two cautions (police)",
            "",
        )
        .unwrap();
        assert_eq!(d.folder, Folder::PoliceInformation);
        assert!(d.rule.starts_with("police and model "), "{d:?}");
        let q = route(
            "Dear Sir, it is ordered that the child shall live with the mother",
            "",
        )
        .unwrap_err();
        assert_eq!(q.reason, QuarantineReason::NeedsReview);
        assert!(
            q.detail.contains("rule letter") && q.detail.contains("model"),
            "{q:?}"
        );
        // Neither is sure: a covering e-mail may still go with its attachment.
        assert!(nothing_fits(&q));
        // Nor where no rule matches a word: an attachment that says nothing of itself still goes
        // with its e-mail.
        let q = route("zzzz qqqq", "").unwrap_err();
        assert!(q.detail.contains("none matched"), "{q:?}");
        assert!(nothing_fits(&q), "{q:?}");
    }

    #[test]
    fn bad_rules_are_refused_with_reason() {
        let e = Rules::parse(
            "[[rule]]\nid='a'\nfolder='inbox'\ndocument_name='x'\nmatch=[{on='text',pattern='x'}]",
        )
        .unwrap_err();
        assert!(e.contains("unknown folder"), "{e}");
        let e = Rules::parse(
            "[[rule]]\nid='a'\nfolder='case-plan'\ndocument_name='x'\nmatch=[{on='text',pattern='('}]",
        )
        .unwrap_err();
        assert!(e.contains("pattern"), "{e}");
    }
}
