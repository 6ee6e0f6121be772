//! The resident record: who a document is for.
//!
//! A record is read from TOML or JSON (`--data`); unknown keys are refused,
//! because a typo would otherwise drop a field from a legal document without a
//! word.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Cause, Error, Result};
use crate::field::{Field, Kind};
use crate::lang::Tag;
use crate::source;
use crate::values::{Country, Date, Sex};

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
/// [`crate::document::DocumentSpec::fields`]). Each member is a [`Field`]
/// under the same key; [`Resident::get`] and [`Resident::set`] reach them by
/// field.
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
            return Err(
                Error::invalid("the resident's name is required").for_field(Field::Name.key())
            );
        }
        for field in Field::ALL {
            if let Kind::Count { unit, max } = field.kind()
                && let Some(FieldValue::Count(n)) = self.get(field)
                && !(1..=max).contains(&n)
            {
                return Err(
                    Error::invalid(format!("{n} is out of range (1 to {max} {unit})"))
                        .for_field(field.key()),
                );
            }
        }
        for (field, value) in self.text_fields() {
            if let Some(c) = value.chars().find(|c| c.is_control()) {
                return Err(Error::invalid(format!(
                    "contains the control character U+{:04X}",
                    c as u32
                ))
                .for_field(field)
                .because(Cause::ControlCharacter(c)));
            }
            if let Some(c) = value.chars().find(|c| is_direction_control(*c)) {
                return Err(Error::invalid(format!(
                    "contains the invisible text-direction control U+{:04X}, which would \
                     print the text in another order than it was typed",
                    c as u32
                ))
                .for_field(field)
                .because(Cause::ControlCharacter(c)));
            }
            let limit = if field == Field::Name.key() {
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

    /// The value of field `field`, if the record has one (a name is
    /// there when it is not blank, a list when it is not empty).
    pub fn get(&self, field: Field) -> Option<FieldValue<'_>> {
        fn text(v: &Option<String>) -> Option<FieldValue<'_>> {
            v.as_deref().map(FieldValue::Text)
        }
        let date = |v: Option<Date>| v.map(FieldValue::Date);
        match field {
            Field::Name => (!self.name.trim().is_empty()).then_some(FieldValue::Text(&self.name)),
            Field::Nationality => self.nationality.map(FieldValue::Country),
            Field::Passport => text(&self.passport),
            Field::Sex => self.sex.map(FieldValue::Sex),
            Field::BirthDate => date(self.birth_date),
            Field::Phone => text(&self.phone),
            Field::Address => text(&self.address),
            Field::Employer => text(&self.employer),
            Field::EmployerContact => text(&self.employer_contact),
            Field::EmployerPhone => text(&self.employer_phone),
            Field::Language => self.language.as_ref().map(FieldValue::Language),
            Field::EntryDate => date(self.entry_date),
            Field::PortOfEntry => text(&self.port_of_entry),
            Field::Flight => text(&self.flight),
            Field::Seat => text(&self.seat),
            Field::Visited => (!self.visited.is_empty()).then_some(FieldValue::List(&self.visited)),
            Field::ObservationStart => date(self.observation_start),
            Field::ObservationDays => self.observation_days.map(FieldValue::Count),
            Field::IssueDate => date(self.issue_date),
            Field::DocumentNo => text(&self.document_no),
            Field::Departure => text(&self.departure),
            Field::SiteName => text(&self.site_name),
            Field::SiteAddress => text(&self.site_address),
            Field::Room => text(&self.room),
            Field::Flat => text(&self.flat),
            Field::Compound => text(&self.compound),
            Field::HouseholdSize => self.household_size.map(FieldValue::Count),
            Field::ValidFrom => date(self.valid_from),
            Field::Phase => text(&self.phase),
        }
    }

    /// Sets field `field` from a value as staff type it in a roster cell or
    /// a form input (see [`Kind`]: dates as `2020/3/1` too, nationality as a
    /// code or a country name, sex as `男`/`女` too, a list separated by `;`,
    /// `,` or `、`). The error names the field and says what is wrong with
    /// the value; ranges and lengths are [`Resident::validate`]'s.
    pub fn set(&mut self, field: Field, typed: &str) -> Result<()> {
        self.set_typed(field, typed)
            .map_err(|reason| Error::invalid(reason).for_field(field.key()))
    }

    fn set_typed(&mut self, field: Field, typed: &str) -> std::result::Result<(), String> {
        let text = || Some(typed.to_owned());
        let date = || Date::parse_typed(typed).map(Some);
        let count = || match field.kind() {
            Kind::Count { unit, .. } => typed
                .parse()
                .map(Some)
                .map_err(|_| format!("`{typed}` is not a number of {unit}")),
            _ => unreachable!("{field} is not a count"),
        };
        match field {
            Field::Name => self.name = typed.to_owned(),
            Field::Nationality => self.nationality = Some(Country::parse_typed(typed)?),
            Field::Passport => self.passport = text(),
            Field::Sex => self.sex = Some(typed.parse()?),
            Field::BirthDate => self.birth_date = date()?,
            Field::Phone => self.phone = text(),
            Field::Address => self.address = text(),
            Field::Employer => self.employer = text(),
            Field::EmployerContact => self.employer_contact = text(),
            Field::EmployerPhone => self.employer_phone = text(),
            Field::Language => self.language = Some(typed.parse()?),
            Field::EntryDate => self.entry_date = date()?,
            Field::PortOfEntry => self.port_of_entry = text(),
            Field::Flight => self.flight = text(),
            Field::Seat => self.seat = text(),
            Field::Visited => {
                self.visited = typed
                    .split([';', '；', '、', ','])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            }
            Field::ObservationStart => self.observation_start = date()?,
            Field::ObservationDays => self.observation_days = count()?,
            Field::IssueDate => self.issue_date = date()?,
            Field::DocumentNo => self.document_no = text(),
            Field::Departure => self.departure = text(),
            Field::SiteName => self.site_name = text(),
            Field::SiteAddress => self.site_address = text(),
            Field::Room => self.room = text(),
            Field::Flat => self.flat = text(),
            Field::Compound => self.compound = text(),
            Field::HouseholdSize => self.household_size = count()?,
            Field::ValidFrom => self.valid_from = date()?,
            Field::Phase => self.phase = text(),
        }
        Ok(())
    }

    /// The value of field `field` as written, for problem reports: text as
    /// typed, a date as `YYYY-MM-DD`, a code, a number, a list joined by
    /// `; `; empty when the record has none.
    pub fn value_text(&self, field: Field) -> String {
        match self.get(field) {
            None => String::new(),
            Some(FieldValue::Text(t)) => t.to_owned(),
            Some(FieldValue::Date(d)) => d.to_string(),
            Some(FieldValue::Country(c)) => c.to_string(),
            Some(FieldValue::Sex(s)) => s.marker().to_owned(),
            Some(FieldValue::Language(t)) => t.to_string(),
            Some(FieldValue::Count(n)) => n.to_string(),
            Some(FieldValue::List(l)) => l.join("; "),
        }
    }

    /// Every free-text value with its field's key, for glyph and character
    /// checks: the name, text fields and each place visited.
    pub fn text_fields(&self) -> Vec<(&'static str, &str)> {
        let mut out = vec![(Field::Name.key(), self.name.as_str())];
        for field in Field::ALL.into_iter().filter(|f| f.is_text()) {
            match self.get(field) {
                Some(FieldValue::Text(t)) if field != Field::Name => out.push((field.key(), t)),
                Some(FieldValue::List(items)) => {
                    out.extend(items.iter().map(|v| (field.key(), v.as_str())))
                }
                _ => {}
            }
        }
        out
    }

    /// Whether field `field` has a value.
    pub fn has(&self, field: Field) -> bool {
        self.get(field).is_some()
    }
}

/// A field's value in a record ([`Resident::get`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldValue<'a> {
    /// Text as typed (names, numbers of documents, addresses).
    Text(&'a str),
    /// A date.
    Date(Date),
    /// A country.
    Country(Country),
    /// A sex marker.
    Sex(Sex),
    /// A language.
    Language(&'a Tag),
    /// A whole number.
    Count(u32),
    /// Several values.
    List(&'a [String]),
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
        assert!(r.has(Field::Visited) && !r.has(Field::Employer));
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
            assert_eq!(err.at.field.as_deref(), Some(field), "{text}: {err}");
        }
    }

    /// A value of `field`'s kind as staff would type it.
    fn sample(field: Field) -> &'static str {
        match field.kind() {
            Kind::Name | Kind::Text => "A-1",
            Kind::Date | Kind::PeriodStart => "2020/3/1",
            Kind::Country => "KR",
            Kind::Sex => "女",
            Kind::Language => "ko",
            Kind::Count { .. } => "7",
            Kind::List => "Seoul; Daegu",
        }
    }

    #[test]
    fn every_field_is_a_record_key_of_its_kind() {
        let mut r = Resident::default();
        for field in Field::ALL {
            r.set(field, sample(field)).unwrap();
            assert!(r.has(field), "{field}");
        }
        r.validate().unwrap();
        // The record's serialized keys are exactly the fields' keys, so a
        // data file, a roster header and a form input name the same thing.
        let table = toml::Table::try_from(&r).unwrap();
        let keys: Vec<&str> = table.keys().map(String::as_str).collect();
        let mut expected: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
        expected.sort_unstable();
        assert_eq!(keys, expected);
        let back = Resident::from_str(&toml::to_string(&r).unwrap(), Format::Toml).unwrap();
        assert_eq!(back, r);
        for field in Field::ALL {
            let text = r.value_text(field);
            assert!(!text.is_empty(), "{field}");
        }
        assert_eq!(r.value_text(Field::Visited), "Seoul; Daegu");
        assert_eq!(r.value_text(Field::BirthDate), "2020-03-01");
    }
}
