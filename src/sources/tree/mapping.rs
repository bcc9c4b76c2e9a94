//! The mapping file of a legacy drive import: which case each top-level folder is, and which
//! case-file folder each of the team's own sub-folder names means.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use super::ImportError;
use crate::document::{CaseNumber, Folder, Hint};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    #[serde(default)]
    cases: HashMap<String, String>,
    #[serde(default)]
    folders: HashMap<String, String>,
}

/// The mapping from a legacy drive's folder names to cases and case-file folders.
#[derive(Debug, Clone, Default)]
pub struct Mapping {
    /// Case folder name (lower case) -> case number.
    cases: HashMap<String, CaseNumber>,
    /// Legacy sub-folder name (lower case) -> case-file folder.
    folders: HashMap<String, Folder>,
}

impl Mapping {
    /// Reads and checks a mapping file: every case number must match the configured pattern and
    /// every folder must be one of the thirteen.
    pub fn load(path: &Path, case_number: &regex::Regex) -> Result<Mapping, ImportError> {
        let text = std::fs::read_to_string(path).map_err(|source| ImportError::ReadMapping {
            path: path.to_path_buf(),
            source,
        })?;
        let bad = |message: String| ImportError::Mapping {
            path: path.to_path_buf(),
            message,
        };
        let raw: RawMapping = toml::from_str(&text).map_err(|e| bad(e.to_string()))?;
        let mut m = Mapping::default();
        for (name, number) in raw.cases {
            let n = number.trim().to_uppercase();
            if !case_number.is_match(&n) {
                return Err(bad(format!(
                    "case folder '{name}' maps to '{number}', which is not a case number"
                )));
            }
            m.cases.insert(name.trim().to_lowercase(), CaseNumber(n));
        }
        for (name, folder) in raw.folders {
            let f = Folder::parse(folder.trim()).ok_or_else(|| {
                bad(format!(
                    "legacy folder '{name}' maps to '{folder}', which is not a case-file folder ({})",
                    Folder::ALL.map(Folder::as_str).join(", ")
                ))
            })?;
            m.folders.insert(name.trim().to_lowercase(), f);
        }
        Ok(m)
    }

    /// What the tree says about the file at `rel` (relative to the tree's root).
    pub fn hint(&self, rel: &Path, case_number: &regex::Regex) -> Hint {
        let dirs: Vec<String> = rel
            .parent()
            .map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let mut hint = Hint::default();
        let mut why = Vec::new();
        if let Some(top) = dirs.first() {
            if let Some(n) = self.cases.get(&top.trim().to_lowercase()) {
                hint.case_number = Some(n.clone());
                why.push("case folder in the mapping".to_string());
            } else if let Some(n) = number_in(top, case_number) {
                hint.case_number = Some(n);
                why.push("case number in the folder name".to_string());
            }
        }
        // The nearest listed ancestor below the case folder decides the folder.
        for d in dirs.iter().skip(1).rev() {
            if let Some(f) = self.folders.get(&d.trim().to_lowercase()) {
                hint.folder = Some(*f);
                why.push(format!("legacy folder '{d}' -> {f}"));
                break;
            }
        }
        hint.why = format!("g-drive mapping: {}", why.join("; "));
        hint
    }
}

/// A case number inside a folder name (the configured pattern, anywhere in the name).
fn number_in(name: &str, case_number: &regex::Regex) -> Option<CaseNumber> {
    let anchored = case_number.as_str();
    let inner = anchored
        .strip_prefix("^(?:")
        .and_then(|s| s.strip_suffix(")$"))
        .unwrap_or(anchored);
    let re = regex::Regex::new(&format!(r"\b(?:{inner})\b")).ok()?;
    let upper = name.to_uppercase();
    let found: HashSet<&str> = re.find_iter(&upper).map(|m| m.as_str()).collect();
    if found.len() == 1 {
        found.into_iter().next().map(|s| CaseNumber(s.to_string()))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn re() -> regex::Regex {
        regex::Regex::new("^(?:[A-Z]{2}[0-9]{2}[A-Z][0-9]{5})$").unwrap()
    }

    #[test]
    fn shipped_mapping_loads_and_hints() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("pipelines/g-drive-mapping.toml");
        let m = Mapping::load(&p, &re()).unwrap();
        let h = m.hint(Path::new("Evans 2023/Police checks/x.pdf"), &re());
        assert_eq!(h.case_number, Some(CaseNumber("MK23C00456".into())));
        assert_eq!(h.folder, Some(Folder::PoliceInformation));
        let h = m.hint(Path::new("Hughes family LS24P01234/notes.txt"), &re());
        assert_eq!(h.case_number, Some(CaseNumber("LS24P01234".into())));
        assert_eq!(h.folder, None);
        // Nested folders take the nearest listed ancestor; names compare without case.
        let h = m.hint(Path::new("jones/LETTERS/2019/Legal/a.pdf"), &re());
        assert_eq!(h.case_number, Some(CaseNumber("CF22P00789".into())));
        assert_eq!(h.folder, Some(Folder::LegalAdvice));
        let h = m.hint(Path::new("Unknown family/a.pdf"), &re());
        assert_eq!(
            h,
            Hint {
                why: h.why.clone(),
                ..Hint::default()
            }
        );
    }

    #[test]
    fn bad_mappings_are_refused_with_the_entry() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.toml");
        std::fs::write(&p, "[folders]\n\"Police\" = \"police\"\n").unwrap();
        let e = Mapping::load(&p, &re()).unwrap_err().to_string();
        assert!(e.contains("'Police' maps to 'police'"), "{e}");
        std::fs::write(&p, "[cases]\n\"Evans\" = \"12345\"\n").unwrap();
        let e = Mapping::load(&p, &re()).unwrap_err().to_string();
        assert!(e.contains("not a case number"), "{e}");
        std::fs::write(&p, "[case]\n").unwrap();
        assert!(Mapping::load(&p, &re()).is_err());
    }
}
