//! Localizing a document: from a record, an office profile and the chosen
//! languages to every text the page prints, already formatted, one column per
//! language.
//!
//! The result, [`Composition`], is plain data. The renderer hands it to Typst
//! as data; nothing here knows about typesetting.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;

use crate::document::{DocumentSpec, ResidentNeed};
use crate::error::{Error, Result};
use crate::field::{Field, Kind};
use crate::functions::{self, WRITE_IN};
use crate::intl;
use crate::lang::{Lang, Tag};
use crate::locale::Locales;
use crate::office::{Emblem, Localized, Office};
use crate::record::{FieldValue, Resident};
use crate::values::{Date, Sex};

/// Which languages a page carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Chinese with the resident's language beside it (the default).
    #[default]
    Bilingual,
    /// The Chinese text alone (`--only`).
    ChineseOnly,
    /// The resident's language alone, with a note in both languages that the
    /// Chinese version is binding (`--only-translation`).
    TranslationOnly,
}

/// What to compose.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The document kind.
    pub document: &'static DocumentSpec,
    /// The resident, when the document is about one.
    pub resident: Option<&'a Resident>,
    /// The issuing office.
    pub office: &'a Office,
    /// The default language (`--lang`); a record's own language wins.
    pub default_language: Option<&'a Tag>,
    /// Which languages the page carries.
    pub layout: Layout,
    /// The date used when neither the record nor the office fixes one.
    pub today: Date,
}

/// Hours after moving in within which a foreigner living outside a hotel
/// must register with the police (Exit and Entry Administration Law of the
/// PRC, Art. 39). A law, not an office setting; a Fluent variable
/// (`$hours`) so that no sentence carries the number.
pub const POLICE_REGISTRATION_HOURS: u32 = 24;

/// What kind of value a message variable holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VariableKind {
    /// A number: `NUMBER()` takes it, plural selects select on it.
    Number,
    /// A calendar date: `DATETIME()` takes it; alone it prints the
    /// language's long date (or a line to write on, on a blank form).
    Date,
    /// Text, printed as it is.
    Text,
}

/// A variable every message may use, as [`compose`] provides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variable {
    /// The name, without `$`.
    pub name: &'static str,
    /// The kind of value.
    pub kind: VariableKind,
    /// For text a select chooses by: every value it takes, each a variant
    /// key the select must have. Empty otherwise.
    pub values: &'static [&'static str],
}

const fn variable(name: &'static str, kind: VariableKind) -> Variable {
    Variable {
        name,
        kind,
        values: &[],
    }
}

/// The variables of every message, with their kinds: the translators'
/// checker reads this table to know, for instance, that `$start` is a date
/// and `$days` a number.
pub const VARIABLES: &[Variable] = &[
    variable("days", VariableKind::Number),
    variable("threshold", VariableKind::Number),
    variable("hours", VariableKind::Number),
    variable("monitoring", VariableKind::Number),
    variable("distance", VariableKind::Number),
    variable("start", VariableKind::Date),
    variable("end", VariableKind::Date),
    variable("name", VariableKind::Text),
    variable("ambulance", VariableKind::Text),
    variable("hotline", VariableKind::Text),
    variable("citizen", VariableKind::Text),
    variable("target", VariableKind::Text),
    Variable {
        name: "setting",
        kind: VariableKind::Text,
        values: &["home", "site"],
    },
    // The resident's sex, for greetings that follow it (Sehr geehrte Frau,
    // Уважаемый); `other` when it is not known or is X.
    Variable {
        name: "sex",
        kind: VariableKind::Text,
        values: &["female", "male", "other"],
    },
];

/// The variable called `name`, if messages have one.
pub fn variable_named(name: &str) -> Option<&'static Variable> {
    VARIABLES.iter().find(|v| v.name == name)
}

/// What the message variables are made from.
struct Facts<'a> {
    days: u32,
    office: &'a Office,
    setting: &'static str,
    name: &'a str,
    sex: &'static str,
    start: Option<Date>,
    end: Option<Date>,
}

/// The message variables ([`VARIABLES`]): numbers as numbers, dates as
/// dates, so that `NUMBER()` and `DATETIME()` take them.
fn message_args(facts: &Facts<'_>) -> FluentArgs<'static> {
    let office = facts.office;
    let mut args = FluentArgs::new();
    args.set("sex", facts.sex);
    args.set("days", facts.days);
    args.set(
        "threshold",
        functions::number_value(office.fever_threshold, 1),
    );
    args.set("hours", POLICE_REGISTRATION_HOURS);
    args.set("monitoring", office.monitoring_days);
    let metres = if office.distance.fract() == 0.0 { 0 } else { 1 };
    args.set("distance", functions::number_value(office.distance, metres));
    args.set("start", functions::date_value(facts.start));
    args.set("end", functions::date_value(facts.end));
    args.set("name", facts.name.to_owned());
    args.set("ambulance", office.emergency.ambulance.clone());
    args.set("hotline", office.hotline.clone());
    args.set("citizen", office.emergency.citizen.clone());
    args.set("target", office.qr.clone().unwrap_or_default());
    args.set("setting", facts.setting);
    args
}

/// One day of a log or a pass.
#[derive(Debug, Clone, PartialEq)]
pub struct DayRow {
    /// The day's number in the period, from 1.
    pub number: u32,
    /// The date in every column (month and day), or empty strings when the
    /// period's first day is not known (written in by hand).
    pub date: Vec<String>,
}

/// A contact line, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactLine {
    /// The role's label, one per column.
    pub role: Vec<String>,
    /// The person's name.
    pub name: String,
    /// Their phone number.
    pub phone: String,
}

/// Every text of one document, formatted, one entry per column language.
#[derive(Debug, Clone, PartialEq)]
pub struct Composition {
    /// The document kind.
    pub document: &'static DocumentSpec,
    /// The column languages, in print order (Chinese first when present).
    pub langs: Vec<Lang>,
    /// The resident's language (the foreign column, or Chinese).
    pub resident_lang: Lang,
    /// The layout.
    pub layout: Layout,
    /// Message id → text per column.
    pub messages: BTreeMap<String, Vec<String>>,
    /// The messages whose text depends on the resident (they read a
    /// variable, or are chosen by the resident's nationality); the others
    /// read the same for every resident of the document and languages.
    pub personal: std::collections::BTreeSet<String>,
    /// Field or office value → text per column (empty where not given).
    pub values: BTreeMap<String, Vec<String>>,
    /// The note that the Chinese text is binding, in Chinese and the
    /// translation (only for [`Layout::TranslationOnly`]).
    pub binding_note: Option<[String; 2]>,
    /// Contacts from the office profile.
    pub contacts: Vec<ContactLine>,
    /// What the QR code encodes.
    pub qr: Option<String>,
    /// The office emblem.
    pub emblem: Option<Emblem>,
    /// Title for the PDF metadata, in both languages.
    pub title: String,
    /// Author for the PDF metadata: the office's Chinese name.
    pub author: String,
    /// The issue date.
    pub issue_date: Date,
    /// Every resident-supplied text with its field name, for glyph checks.
    pub resident_text: Vec<(String, String)>,
    /// One row per day of the period, for documents with day rows (see
    /// [`DocumentSpec::day_rows`]); empty otherwise.
    pub days: Vec<DayRow>,
    /// Whether the form is printed empty, to fill in by hand.
    pub blank: bool,
}

impl Composition {
    /// The text of message `id` in every column.
    pub fn message(&self, id: &str) -> Option<&[String]> {
        self.messages.get(id).map(Vec::as_slice)
    }

    /// The value of `field` in every column.
    pub fn value(&self, field: &str) -> Option<&[String]> {
        self.values.get(field).map(Vec::as_slice)
    }
}

/// Decides the resident's language: the record's own, else the default
/// (`--lang`), else the language of the nationality. None of these is an
/// error naming the field to fill.
pub fn resident_language(
    locales: &Locales,
    resident: Option<&Resident>,
    default: Option<&Tag>,
) -> Result<Lang> {
    let source = |e: Error| match resident.and_then(|r| r.source.as_deref()) {
        Some(file) => e.in_file(file),
        None => e,
    };
    if let Some(tag) = resident.and_then(|r| r.language.as_ref()) {
        return locales
            .negotiate(tag)
            .map_err(|e| source(Error::invalid(e.message).for_field("language")));
    }
    if let Some(tag) = default {
        return locales.negotiate(tag);
    }
    if let Some(country) = resident.and_then(|r| r.nationality) {
        return match country.language() {
            Some(tag) => locales.negotiate(&tag.parse().map_err(Error::usage)?),
            None => Err(source(
                Error::invalid(format!(
                    "no language is given and none is known for nationality {country}; \
                     add `language` to the record or pass --lang"
                ))
                .for_field("language"),
            )),
        };
    }
    Err(source(
        Error::usage("no language: add `language` to the record or pass --lang")
            .for_field("language"),
    ))
}

/// One error per field `doc` requires that `resident` lacks, in the
/// registry's order ([`compose`] reports the first of them). A form can put
/// each beside its field.
pub fn missing_required(doc: &DocumentSpec, resident: &Resident) -> Vec<Error> {
    doc.fields
        .iter()
        .filter(|f| f.required && !resident.has(f.field))
        .map(|f| Error::invalid(format!("is required for `{}`", doc.id)).for_field(f.key()))
        .collect()
}

/// Composes a document.
pub fn compose(locales: &Locales, request: &Request<'_>) -> Result<Composition> {
    compose_as(locales, request, false)
}

/// Composes a form with nothing filled in (`--blank`): empty boxes where
/// the record's values go, and a line to write on where a sentence names
/// the resident or a date. Any document with fields can be printed so; the
/// request must not carry a resident.
pub fn compose_blank(locales: &Locales, request: &Request<'_>) -> Result<Composition> {
    let doc = request.document;
    if request.resident.is_some() {
        return Err(Error::usage("a blank form takes no --data"));
    }
    if doc.fields.is_empty() {
        return Err(Error::usage(format!(
            "`{}` has no fields to leave blank; print it without --blank",
            doc.id
        )));
    }
    compose_as(locales, request, true)
}

fn compose_as(locales: &Locales, request: &Request<'_>, blank: bool) -> Result<Composition> {
    let doc = request.document;
    let office = request.office;
    let empty = Resident::default();
    let resident = match (request.resident, doc.resident) {
        (Some(_), ResidentNeed::None) => {
            return Err(Error::usage(format!(
                "`{}` is the same for every resident: it takes no --data, only --lang",
                doc.id
            )));
        }
        (Some(r), _) => r,
        (None, ResidentNeed::Optional | ResidentNeed::None) => &empty,
        (None, ResidentNeed::Required) if blank => &empty,
        (None, ResidentNeed::Required) => {
            return Err(Error::usage(format!(
                "`{}` is about one resident: give their record with --data \
                 (or --blank for an empty form)",
                doc.id
            )));
        }
    };
    let in_record = |e: Error| match &resident.source {
        Some(file) => e.in_file(file),
        None => e,
    };
    let in_office = |e: Error| match &office.source {
        Some(file) => e.in_file(file),
        None => e,
    };

    if request.resident.is_some()
        && let Some(err) = missing_required(doc, resident).into_iter().next()
    {
        return Err(in_record(err));
    }

    let reference = Lang::reference();
    let resident_lang = resident_language(locales, request.resident, request.default_language)?;
    let langs = match request.layout {
        Layout::ChineseOnly => vec![reference.clone()],
        _ if resident_lang.is_reference() => vec![reference.clone()],
        Layout::Bilingual => vec![reference.clone(), resident_lang.clone()],
        Layout::TranslationOnly => vec![resident_lang.clone()],
    };
    let layout = if langs.len() == 1 && langs[0].is_reference() {
        Layout::ChineseOnly
    } else {
        request.layout
    };

    let issue_date = resident
        .issue_date
        .or(office.issue_date)
        .unwrap_or(request.today);
    let days = resident.observation_days.unwrap_or(office.observation_days);
    // The period a document covers: an entry pass's validity (from
    // `valid_from`, else the issue date), otherwise the observation.
    let start = if blank {
        None
    } else if doc.field(Field::ValidFrom).is_some() {
        Some(resident.valid_from.unwrap_or(issue_date))
    } else {
        resident.observation_start
    };
    if let Some(max) = doc.day_rows
        && days > max
    {
        let err = Error::invalid(format!(
            "`{}` holds at most {max} days, one row each; {days} is too many",
            doc.id
        ))
        .for_field("observation_days");
        return Err(if resident.observation_days.is_some() {
            in_record(err)
        } else {
            in_office(err)
        });
    }
    let end = start
        .map(|s| {
            s.plus_days(i64::from(days) - 1).ok_or_else(|| {
                in_record(Error::invalid("out of range").for_field("observation_start"))
            })
        })
        .transpose()?;

    let mut messages: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut personal = std::collections::BTreeSet::new();
    let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let push = |map: &mut BTreeMap<String, Vec<String>>, key: &str, text: String| {
        map.entry(key.to_owned()).or_default().push(text);
    };

    let setting = if resident.site_name.is_some() {
        "site"
    } else {
        "home"
    };
    let day_dates: Vec<Date> = match (doc.day_rows, start) {
        (Some(_), Some(s)) => (0..days)
            .map(|i| {
                s.plus_days(i64::from(i)).ok_or_else(|| {
                    in_record(Error::invalid("out of range").for_field("observation_start"))
                })
            })
            .collect::<Result<_>>()?,
        _ => Vec::new(),
    };
    let mut day_texts: Vec<Vec<String>> = Vec::new();
    // The hotline's languages, each by its own name (English, 日本語, …).
    let hotline_languages = office
        .hotline_languages
        .iter()
        .map(|tag| {
            let lang = locales
                .negotiate(tag)
                .map_err(|e| in_office(e.for_field("hotline_languages")))?;
            locales.format(&lang, "language-name", None)
        })
        .collect::<Result<Vec<_>>>()?;

    for lang in &langs {
        let args = message_args(&Facts {
            days,
            office,
            setting,
            name: if blank { WRITE_IN } else { &resident.name },
            sex: match resident.sex {
                Some(Sex::Female) if !blank => "female",
                Some(Sex::Male) if !blank => "male",
                _ => "other",
            },
            start,
            end,
        });
        // A resident of Hong Kong, Macao or Taiwan has a region, not a
        // nationality, on official papers (国籍/地区).
        let region = resident
            .nationality
            .is_some_and(|c| matches!(c.alpha2(), "HK" | "MO" | "TW"));
        for id in doc.all_messages() {
            // The nationality's label is chosen by the resident's
            // nationality: it is personal even where it reads 国籍.
            let chosen = id == "field-nationality";
            let source = if chosen && region {
                "field-nationality-region"
            } else {
                id
            };
            if chosen || locales.takes_variables(lang, source) {
                personal.insert(id.to_owned());
            }
            push(
                &mut messages,
                id,
                locales.format(lang, source, Some(&args))?,
            );
        }
        if doc.day_rows.is_some() {
            day_texts.push(if day_dates.is_empty() {
                vec![String::new(); days as usize]
            } else {
                intl::format_month_days(lang, &day_dates)?
            });
        }

        let msg = |id: &str| locales.format(lang, id, Some(&args));
        for spec in doc.fields {
            let text = match (spec.field.kind(), resident.get(spec.field)) {
                // The period, with lines to write the dates on when the
                // record does not give them.
                (Kind::PeriodStart, _) => msg("period")?,
                (_, None) => String::new(),
                (_, Some(FieldValue::Text(text))) => text.to_owned(),
                (_, Some(FieldValue::Date(d))) => intl::format_date(lang, d)?,
                (_, Some(FieldValue::Country(c))) => msg(&c.message_id())?,
                (_, Some(FieldValue::Sex(s))) => msg(s.message_id())?,
                (_, Some(FieldValue::Count(n))) => n.to_string(),
                (_, Some(FieldValue::List(items))) => intl::format_list(lang, items)?,
                (_, Some(FieldValue::Language(_))) => {
                    unreachable!("the registry prints no language field (it has no label)")
                }
            };
            push(&mut values, spec.key(), text);
        }

        let localized = |field: &str, text: &Localized| -> Result<String> {
            if text.0.is_empty() {
                return Ok(String::new());
            }
            text.get(lang).map(str::to_owned).ok_or_else(|| {
                in_office(
                    Error::invalid(format!(
                        "has no `{lang}` text: add `{lang} = \"…\"` under [{field}]"
                    ))
                    .for_field(field),
                )
            })
        };
        push(&mut values, "office_name", localized("name", &office.name)?);
        push(
            &mut values,
            "office_address",
            localized("address", &office.address)?,
        );
        push(
            &mut values,
            "fever_clinic",
            localized("fever_clinic", &office.fever_clinic)?,
        );
        push(
            &mut values,
            "issue_date",
            intl::format_date(lang, issue_date)?,
        );
        push(
            &mut values,
            "hotline_languages",
            intl::format_list(lang, &hotline_languages)?,
        );
        let plain = [
            ("hotline", office.hotline.clone()),
            ("ambulance", office.emergency.ambulance.clone()),
            ("police", office.emergency.police.clone()),
            ("citizen", office.emergency.citizen.clone()),
            (
                "embassy",
                resident
                    .nationality
                    .and_then(|c| office.embassy(c))
                    .unwrap_or_default()
                    .to_owned(),
            ),
            (
                "document_no",
                resident.document_no.clone().unwrap_or_default(),
            ),
        ];
        for (key, text) in plain {
            push(&mut values, key, text);
        }
    }

    let contacts = office
        .contacts
        .iter()
        .map(|c| {
            Ok(ContactLine {
                role: langs
                    .iter()
                    .map(|l| locales.format(l, c.role.message_id(), None))
                    .collect::<Result<_>>()?,
                name: c.name.clone(),
                phone: c.phone.clone(),
            })
        })
        .collect::<Result<Vec<_>>>()?;

    let binding_note = match layout {
        Layout::TranslationOnly => Some([
            locales.format(&reference, "binding-note", None)?,
            locales.format(&resident_lang, "binding-note", None)?,
        ]),
        _ => None,
    };

    // A document kept for both settings has a `<title>-site` variant,
    // used when the record names an observation site.
    let site_title = format!("{}-site", doc.title);
    let title_id = if setting == "site" && messages.contains_key(&site_title) {
        site_title.as_str()
    } else {
        doc.title
    };
    let title = messages[title_id].join(" / ");
    let author = office.name.get(&reference).unwrap_or_default().to_owned();

    let mut resident_text: Vec<(String, String)> = resident
        .text_fields()
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    resident_text.retain(|(_, v)| !v.is_empty());

    Ok(Composition {
        document: doc,
        langs,
        resident_lang,
        layout,
        messages,
        personal,
        values,
        binding_note,
        contacts,
        qr: office.qr.clone(),
        emblem: office.emblem_data.clone(),
        title,
        author,
        issue_date,
        resident_text,
        days: (0..days)
            .filter(|_| doc.day_rows.is_some())
            .map(|i| DayRow {
                number: i + 1,
                date: day_texts
                    .iter()
                    .map(|col| col[i as usize].clone())
                    .collect(),
            })
            .collect(),
        blank,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentValue;

    #[test]
    fn the_variable_table_matches_what_messages_get() {
        let office = Office::from_toml(
            "hotline = \"010\"\n[name]\nzh-Hans = \"办公室\"\n",
            std::path::Path::new("."),
        )
        .unwrap();
        let args = message_args(&Facts {
            days: 14,
            office: &office,
            setting: "home",
            name: "KIM",
            sex: "male",
            start: Date::new(2020, 3, 1),
            end: None,
        });
        let given: Vec<&str> = args.iter().map(|(k, _)| k).collect();
        assert_eq!(given.len(), VARIABLES.len(), "{given:?}");
        for v in VARIABLES {
            let value = args.get(v.name).unwrap_or_else(|| panic!("no ${}", v.name));
            let kind = match value {
                FluentValue::Number(_) => VariableKind::Number,
                FluentValue::String(_) => VariableKind::Text,
                FluentValue::Custom(_) => VariableKind::Date,
                other => panic!("${} is {other:?}", v.name),
            };
            assert_eq!(kind, v.kind, "${}", v.name);
        }
        assert_eq!(variable_named("setting").unwrap().values, ["home", "site"]);
    }
}
