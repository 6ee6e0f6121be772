//! The resident record: who a document is for.
//!
//! A record is read from TOML or JSON (`--data`); unknown keys are refused,
//! because a typo would otherwise drop a field from a legal document without a
//! word.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::lang::Tag;
use crate::source;
use crate::values::{Country, Date, Sex};

/// Longest observation period accepted, in days.
pub const MAX_OBSERVATION_DAYS: u32 = 60;

/// Most people a household on an entry pass may have.
pub const MAX_HOUSEHOLD_SIZE: u32 = 99;

/// Longest name printed, in characters (a passport's machine-readable
/// line holds 39; the name in the resident's own script comes beside it).
pub const MAX_NAME_CHARS: usize = 120;

/// Longest free-text field (address, employer, site, …), in characters:
/// more would push a one-page notice onto further pages.
pub const MAX_TEXT_CHARS: usize = 200;

/// Longest run of letters without a space that a line can hold.
pub const MAX_WORD_CHARS: usize = 40;

/// Whether `c` is an invisible control of text direction (the bidi
/// embeddings, overrides and isolates, and the direction marks): a name
/// with U+202E prints reversed. They are refused like control characters.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether `c` is a wide (CJK) character, after which a line may break.
fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// One resident's data. Only `name` is required by every document; each
/// document declares the other fields it needs (see
/// [`crate::document::DocumentSpec::fields`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resident {
    /// Full name as in the passport.
    #[serde(default)]
    pub name: String,
    /// Nationality (ISO 3166-1 alpha-2, printed as the localized country name).
    pub nationality: Option<Country>,
    /// Passport or travel-permit number.
    pub passport: Option<String>,
    /// Sex as in the passport.
    pub sex: Option<Sex>,
    /// Date of birth.
    pub birth_date: Option<Date>,
    /// Phone number in China.
    pub phone: Option<String>,
    /// Address in China.
    pub address: Option<String>,
    /// Employer or school.
    pub employer: Option<String>,
    /// The person to contact at the employer or school (home notice).
    pub employer_contact: Option<String>,
    /// That contact's phone number.
    pub employer_phone: Option<String>,
    /// The language the resident reads (BCP 47); `--lang` is the default.
    pub language: Option<Tag>,
    /// Date of entry into China.
    pub entry_date: Option<Date>,
    /// Port of entry (airport, station, border crossing).
    pub port_of_entry: Option<String>,
    /// Flight, train or vehicle number.
    pub flight: Option<String>,
    /// Seat number.
    pub seat: Option<String>,
    /// Countries and cities visited in the last days.
    #[serde(default)]
    pub visited: Vec<String>,
    /// First day of medical observation.
    pub observation_start: Option<Date>,
    /// Length of observation in days (the office's default otherwise).
    pub observation_days: Option<u32>,
    /// Date the document is issued (today otherwise).
    pub issue_date: Option<Date>,
    /// The office's number for this document.
    pub document_no: Option<String>,
    /// Place of departure of the journey here (registration form).
    pub departure: Option<String>,
    /// The designated hotel or site of centralized observation.
    pub site_name: Option<String>,
    /// The observation site's address.
    pub site_address: Option<String>,
    /// Room at the observation site.
    pub room: Option<String>,
    /// The residential compound an entry pass is for.
    pub compound: Option<String>,
    /// Building and flat in the compound (entry pass).
    pub flat: Option<String>,
    /// How many people live in the household (entry pass).
    pub household_size: Option<u32>,
    /// The phase an entry pass belongs to: compounds issue new passes, with
    /// a new seal, each phase, so an old pass cannot be reused.
    pub phase: Option<String>,
    /// First day an entry pass is valid (the issue date otherwise); it runs
    /// for `observation_days` days.
    pub valid_from: Option<Date>,
    /// The file the record was read from, for error messages.
    #[serde(skip)]
    pub source: Option<String>,
}

impl Resident {
    /// Reads a record from a `.toml` or `.json` file and checks it.
    pub fn from_path(path: &Path) -> Result<Self> {
        let mut record: Resident = source::read(path)?;
        record.validate().map_err(|e| e.in_file(path.display()))?;
        record.source = Some(path.display().to_string());
        Ok(record)
    }

    /// Parses a record from text and checks it.
    pub fn from_str(text: &str, format: source::Format) -> Result<Self> {
        let record: Resident = source::parse(text, format)?;
        record.validate()?;
        Ok(record)
    }

    /// Checks what serde cannot: non-empty name, sane observation length,
    /// no control characters in text fields.
    pub fn validate(&self) -> Result<()> {
        if self.name.trim().is_empty() {
            return Err(Error::invalid("the resident's name is required").for_field("name"));
        }
        if let Some(days) = self.observation_days
            && !(1..=MAX_OBSERVATION_DAYS).contains(&days)
        {
            return Err(Error::invalid(format!(
                "{days} is not an observation length (1 to {MAX_OBSERVATION_DAYS} days)"
            ))
            .for_field("observation_days"));
        }
        if let Some(size) = self.household_size
            && !(1..=MAX_HOUSEHOLD_SIZE).contains(&size)
        {
            return Err(Error::invalid(format!(
                "{size} is not a household size (1 to {MAX_HOUSEHOLD_SIZE})"
            ))
            .for_field("household_size"));
        }
        for (field, value) in self.text_fields() {
            if let Some(c) = value.chars().find(|c| c.is_control()) {
                return Err(Error::invalid(format!(
                    "contains the control character U+{:04X}",
                    c as u32
                ))
                .for_field(field));
            }
            if let Some(c) = value.chars().find(|c| is_direction_control(*c)) {
                return Err(Error::invalid(format!(
                    "contains the invisible text-direction control U+{:04X}, which would \
                     print the text in another order than it was typed",
                    c as u32
                ))
                .for_field(field));
            }
            let limit = if field == "name" {
                MAX_NAME_CHARS
            } else {
                MAX_TEXT_CHARS
            };
            let length = value.chars().count();
            if length > limit {
                return Err(Error::invalid(format!(
                    "is {length} characters long; it has room for at most {limit}"
                ))
                .for_field(field));
            }
            if let Some(word) = value
                .split(|c: char| c.is_whitespace() || is_wide(c))
                .find(|w| w.chars().count() > MAX_WORD_CHARS)
            {
                return Err(Error::invalid(format!(
                    "has a word of {} characters without a space, longer than a line \
                     can hold ({MAX_WORD_CHARS} at most)",
                    word.chars().count()
                ))
                .for_field(field));
            }
        }
        Ok(())
    }

    /// The value of field `name` as written, for problem reports: a text
    /// field or the language tag; empty for anything else.
    pub fn value_text(&self, name: &str) -> String {
        if name == "language" {
            return self
                .language
                .as_ref()
                .map(|t| t.to_string())
                .unwrap_or_default();
        }
        self.text_fields()
            .into_iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_owned())
            .unwrap_or_default()
    }

    /// Every free-text field with its name, for glyph and character checks.
    pub fn text_fields(&self) -> Vec<(&'static str, &str)> {
        let mut out = vec![("name", self.name.as_str())];
        let optional = [
            ("passport", &self.passport),
            ("phone", &self.phone),
            ("address", &self.address),
            ("employer", &self.employer),
            ("employer_contact", &self.employer_contact),
            ("employer_phone", &self.employer_phone),
            ("port_of_entry", &self.port_of_entry),
            ("flight", &self.flight),
            ("seat", &self.seat),
            ("document_no", &self.document_no),
            ("departure", &self.departure),
            ("site_name", &self.site_name),
            ("site_address", &self.site_address),
            ("room", &self.room),
            ("compound", &self.compound),
            ("flat", &self.flat),
            ("phase", &self.phase),
        ];
        out.extend(
            optional
                .into_iter()
                .filter_map(|(k, v)| v.as_deref().map(|v| (k, v))),
        );
        out.extend(self.visited.iter().map(|v| ("visited", v.as_str())));
        out
    }

    /// Whether the field named `field` has a value.
    pub fn has(&self, field: &str) -> bool {
        match field {
            "name" => !self.name.trim().is_empty(),
            "nationality" => self.nationality.is_some(),
            "passport" => self.passport.is_some(),
            "sex" => self.sex.is_some(),
            "birth_date" => self.birth_date.is_some(),
            "phone" => self.phone.is_some(),
            "address" => self.address.is_some(),
            "employer" => self.employer.is_some(),
            "employer_contact" => self.employer_contact.is_some(),
            "employer_phone" => self.employer_phone.is_some(),
            "language" => self.language.is_some(),
            "entry_date" => self.entry_date.is_some(),
            "port_of_entry" => self.port_of_entry.is_some(),
            "flight" => self.flight.is_some(),
            "seat" => self.seat.is_some(),
            "visited" => !self.visited.is_empty(),
            "observation_start" => self.observation_start.is_some(),
            "observation_days" => self.observation_days.is_some(),
            "issue_date" => self.issue_date.is_some(),
            "document_no" => self.document_no.is_some(),
            "departure" => self.departure.is_some(),
            "site_name" => self.site_name.is_some(),
            "site_address" => self.site_address.is_some(),
            "room" => self.room.is_some(),
            "compound" => self.compound.is_some(),
            "flat" => self.flat.is_some(),
            "household_size" => self.household_size.is_some(),
            "phase" => self.phase.is_some(),
            "valid_from" => self.valid_from.is_some(),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Format;

    #[test]
    fn a_full_record_parses() {
        let r = Resident::from_str(
            r#"
name = "KIM MINJUN"
nationality = "KR"
passport = "M12345678"
sex = "M"
birth_date = "1985-07-14"
language = "ko"
visited = ["Daegu", "Seoul"]
observation_start = 2020-03-02
observation_days = 14
"#,
            Format::Toml,
        )
        .unwrap();
        assert_eq!(r.nationality.unwrap().alpha2(), "KR");
        assert_eq!(r.observation_start.unwrap().to_string(), "2020-03-02");
        assert!(r.has("visited") && !r.has("employer"));
    }

    #[test]
    fn bad_values_are_refused_with_their_field() {
        let cases = [
            ("name = \"\"\n", "name"),
            ("name = \"A\"\nnationality = \"XX\"\n", "nationality"),
            ("name = \"A\"\nsex = \"W\"\n", "sex"),
            ("name = \"A\"\nlanguage = \"not a tag\"\n", "language"),
            ("name = \"A\"\nobservation_days = 0\n", "observation_days"),
            ("name = \"A\"\nhousehold_size = 0\n", "household_size"),
            ("name = \"A\"\nroom = \"5\\u0007\"\n", "room"),
            ("name = \"A\"\nadress = \"x\"\n", "adress"),
            ("name = \"A\\u0007\"\n", "name"),
        ];
        for (text, field) in cases {
            let err = Resident::from_str(text, Format::Toml).unwrap_err();
            assert_eq!(err.field.as_deref(), Some(field), "{text}: {err}");
        }
    }
}
