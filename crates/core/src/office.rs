//! The office profile: who issues the documents, how to reach them, and the
//! defaults they apply (observation length, fever threshold).
//!
//! ```toml
//! hotline = "010-6512 3456"
//! qr = "https://example.gov.cn/foreigners"
//! observation_days = 14
//! fever_threshold = 37.3
//! monitoring_days = 14      # after release, on the end certificate
//! distance = 1              # metres, in the health tips
//!
//! [name]
//! zh-Hans = "东城区人民政府外事办公室"
//! en = "Foreign Affairs Office of Dongcheng District"
//!
//! [[contacts]]
//! role = "community"
//! name = "王芳"
//! phone = "138 0000 0000"
//!
//! [emergency]
//! ambulance = "120"
//!
//! [embassies]
//! KR = "010-8531 0700"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::field::MAX_OBSERVATION_DAYS;
use crate::lang::{Lang, Tag};
use crate::source;
use crate::values::{Country, Date};

/// Text given once per language: `zh-Hans = "…"`, `en = "…"`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<String, String>);

impl Localized {
    /// The text for `lang`: a key naming it exactly, or a key that
    /// negotiates to it (`ko-KR` for `ko`). No other language is
    /// substituted.
    pub fn get(&self, lang: &Lang) -> Option<&str> {
        if let Some(exact) = self.0.get(lang.as_str()) {
            return Some(exact);
        }
        self.0.iter().find_map(|(key, value)| {
            let tag: Tag = key.parse().ok()?;
            (tag.negotiate([lang]).as_ref() == Some(lang)).then_some(value.as_str())
        })
    }

    fn check(&self, field: &str) -> Result<()> {
        if !self.0.keys().any(|k| {
            k.parse::<Tag>()
                .ok()
                .and_then(|t| t.negotiate([&Lang::reference()]))
                .is_some()
        }) {
            return Err(Error::invalid(format!(
                "needs the Chinese text (`{} = \"…\"`)",
                crate::lang::REFERENCE
            ))
            .for_field(field));
        }
        for key in self.0.keys() {
            if let Err(e) = key.parse::<Tag>() {
                return Err(Error::invalid(e).for_field(format!("{field}.{key}")));
            }
        }
        Ok(())
    }
}

/// The role of a contact person, printed with its localized label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Community (residents' committee) contact.
    Community,
    /// Grid worker.
    GridWorker,
    /// Family doctor or community health centre.
    Doctor,
    /// Local police station.
    Police,
    /// Foreign-affairs office staff.
    ForeignAffairs,
}

impl Role {
    /// The message id of the role's label.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Community => "role-community",
            Role::GridWorker => "role-grid-worker",
            Role::Doctor => "role-doctor",
            Role::Police => "role-police",
            Role::ForeignAffairs => "role-foreign-affairs",
        }
    }
}

/// A person residents can call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// What the person does.
    pub role: Role,
    /// The person's name as they write it.
    pub name: String,
    /// Their phone number.
    pub phone: String,
}

/// Public emergency and service numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    /// Ambulance.
    #[serde(default = "default_ambulance")]
    pub ambulance: String,
    /// Police.
    #[serde(default = "default_police")]
    pub police: String,
    /// Citizen service hotline.
    #[serde(default = "default_citizen")]
    pub citizen: String,
}

fn default_ambulance() -> String {
    "120".to_owned()
}
fn default_police() -> String {
    "110".to_owned()
}
fn default_citizen() -> String {
    "12345".to_owned()
}

impl Default for Emergency {
    fn default() -> Self {
        Emergency {
            ambulance: default_ambulance(),
            police: default_police(),
            citizen: default_citizen(),
        }
    }
}

/// The issuing office.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    /// The office's name, per language.
    pub name: Localized,
    /// The office's address, per language.
    #[serde(default)]
    pub address: Localized,
    /// 24-hour hotline.
    pub hotline: String,
    /// The languages the hotline answers in, with interpreting (BCP 47
    /// tags of shipped locales); the open letter names them, each in its
    /// own language, so a reader finds theirs.
    #[serde(default)]
    pub hotline_languages: Vec<Tag>,
    /// People residents can call.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Public emergency numbers.
    #[serde(default)]
    pub emergency: Emergency,
    /// Fever clinic name and address, per language.
    #[serde(default)]
    pub fever_clinic: Localized,
    /// What the QR code on cards encodes (a URL or a messaging ID).
    pub qr: Option<String>,
    /// Path to the office emblem (PNG or SVG), relative to the profile.
    pub emblem: Option<PathBuf>,
    /// Default observation length in days.
    #[serde(default = "default_observation_days")]
    pub observation_days: u32,
    /// Body temperature from which a resident counts as feverish, in °C.
    #[serde(default = "default_fever_threshold")]
    pub fever_threshold: f64,
    /// Days a resident keeps monitoring their own health after release
    /// from observation (printed on the end-of-observation certificate).
    #[serde(default = "default_monitoring_days")]
    pub monitoring_days: u32,
    /// Distance to keep from other people, in metres (health tips).
    #[serde(default = "default_distance")]
    pub distance: f64,
    /// Embassy or consulate phone numbers by nationality (alpha-2 keys).
    #[serde(default)]
    pub embassies: BTreeMap<String, String>,
    /// Issue date for every document (today otherwise); fixes batch output.
    pub issue_date: Option<Date>,
    /// The emblem file's bytes, read when the profile is loaded.
    #[serde(skip)]
    pub emblem_data: Option<Emblem>,
    /// The file the profile was read from, for error messages.
    #[serde(skip)]
    pub source: Option<String>,
}

/// An emblem image.
#[derive(Debug, Clone, PartialEq)]
pub struct Emblem {
    /// The image file's bytes.
    pub data: Vec<u8>,
    /// `png`, `jpg` or `svg`.
    pub format: &'static str,
}

fn default_observation_days() -> u32 {
    14
}
fn default_fever_threshold() -> f64 {
    37.3
}
fn default_monitoring_days() -> u32 {
    14
}
fn default_distance() -> f64 {
    1.0
}

impl Office {
    /// The texts the profile gives once per language, with their keys.
    pub fn localized_mut(&mut self) -> [(&'static str, &mut Localized); 3] {
        [
            ("name", &mut self.name),
            ("address", &mut self.address),
            ("fever_clinic", &mut self.fever_clinic),
        ]
    }

    /// Reads a profile from a `.toml` (or `.json`) file, checks it and
    /// loads its emblem.
    pub fn from_path(path: &Path) -> Result<Self> {
        let mut office: Office = source::read(path)?;
        let base = path.parent().unwrap_or(Path::new("."));
        office.finish(base).map_err(|e| e.in_file(path.display()))?;
        office.source = Some(path.display().to_string());
        Ok(office)
    }

    /// Parses a profile from TOML text; a relative emblem path is resolved
    /// against `base`.
    pub fn from_toml(text: &str, base: &Path) -> Result<Self> {
        let mut office: Office = source::parse(text, source::Format::Toml)?;
        office.finish(base)?;
        Ok(office)
    }

    fn finish(&mut self, base: &Path) -> Result<()> {
        self.name.check("name")?;
        if !self.address.0.is_empty() {
            self.address.check("address")?;
        }
        if !self.fever_clinic.0.is_empty() {
            self.fever_clinic.check("fever_clinic")?;
        }
        if self.hotline.trim().is_empty() {
            return Err(Error::invalid("the 24-hour hotline is required").for_field("hotline"));
        }
        if !(1..=MAX_OBSERVATION_DAYS).contains(&self.observation_days) {
            return Err(Error::invalid(format!(
                "{} is not an observation length (1 to {MAX_OBSERVATION_DAYS} days)",
                self.observation_days
            ))
            .for_field("observation_days"));
        }
        if !(1..=MAX_OBSERVATION_DAYS).contains(&self.monitoring_days) {
            return Err(Error::invalid(format!(
                "{} is not a number of days (1 to {MAX_OBSERVATION_DAYS})",
                self.monitoring_days
            ))
            .for_field("monitoring_days"));
        }
        if !(0.5..=10.0).contains(&self.distance) {
            return Err(Error::invalid(format!(
                "{} is not a distance to keep, in metres (0.5 to 10)",
                self.distance
            ))
            .for_field("distance"));
        }
        if !(35.0..=42.0).contains(&self.fever_threshold) {
            return Err(Error::invalid(format!(
                "{} is not a body temperature in °C",
                self.fever_threshold
            ))
            .for_field("fever_threshold"));
        }
        for code in self.embassies.keys() {
            if Country::from_code(code).is_none() {
                return Err(
                    Error::invalid(format!("`{code}` is not an ISO 3166-1 country code"))
                        .for_field(format!("embassies.{code}")),
                );
            }
        }
        if let Some(qr) = &self.qr
            && qr.trim().is_empty()
        {
            return Err(Error::invalid("is empty").for_field("qr"));
        }
        if let Some(rel) = &self.emblem {
            let path = base.join(rel);
            let format = match path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .as_deref()
            {
                Some("png") => "png",
                Some("jpg" | "jpeg") => "jpg",
                Some("svg") => "svg",
                _ => {
                    return Err(Error::invalid("the emblem must be a PNG, JPEG or SVG file")
                        .for_field("emblem"));
                }
            };
            let data = std::fs::read(&path)
                .map_err(|e| Error::io(path.display(), &e).for_field("emblem"))?;
            self.emblem_data = Some(Emblem { data, format });
        }
        Ok(())
    }

    /// The embassy phone for a nationality, if the profile lists one.
    pub fn embassy(&self, country: Country) -> Option<&str> {
        self.embassies.iter().find_map(|(code, phone)| {
            (Country::from_code(code) == Some(country)).then_some(phone.as_str())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str =
        "hotline = \"12345\"\n[name]\nzh-Hans = \"某办公室\"\nen = \"An Office\"\n";

    #[test]
    fn defaults_apply() {
        let o = Office::from_toml(MINIMAL, Path::new(".")).unwrap();
        assert_eq!(o.observation_days, 14);
        assert_eq!(o.fever_threshold, 37.3);
        assert_eq!((o.monitoring_days, o.distance), (14, 1.0));
        assert_eq!(o.emergency.ambulance, "120");
        assert_eq!(o.name.get(&Lang::reference()), Some("某办公室"));
        assert_eq!(o.name.get(&Lang::from_dir_name("ko")), None);
    }

    #[test]
    fn problems_name_their_field() {
        let cases = [
            ("hotline = \"1\"\n[name]\nen = \"x\"\n", "name"),
            (
                &format!("{MINIMAL}[embassies]\nXX = \"1\"\n"),
                "embassies.XX",
            ),
            (
                &format!("fever_threshold = 3.73\n{MINIMAL}"),
                "fever_threshold",
            ),
            (&format!("emblem = \"missing.png\"\n{MINIMAL}"), "emblem"),
            (&format!("distance = 100\n{MINIMAL}"), "distance"),
            (
                &format!("monitoring_days = 0\n{MINIMAL}"),
                "monitoring_days",
            ),
            (&format!("hotlines = \"1\"\n{MINIMAL}"), "hotlines"),
        ];
        for (text, field) in cases {
            let err = Office::from_toml(text, Path::new("/nonexistent")).unwrap_err();
            assert_eq!(err.at.field.as_deref(), Some(field), "{text}: {err}");
        }
    }
}
