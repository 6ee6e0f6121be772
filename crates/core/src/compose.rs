//! Localizing a document: from a record, an office profile and the chosen
//! languages to every text the page prints, already formatted, one column per
//! language.
//!
//! The result, [`Composition`], is plain data. The renderer hands it to Typst
//! as `sys.inputs`; nothing here knows about typesetting.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;

use crate::document::{DocumentSpec, ResidentNeed};
use crate::error::{Error, Result};
use crate::intl;
use crate::lang::{Lang, Tag};
use crate::locale::Locales;
use crate::office::{Emblem, Localized, Office};
use crate::record::Resident;
use crate::values::Date;

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
        .filter(|f| f.required && !resident.has(f.name))
        .map(|f| Error::invalid(format!("is required for `{}`", doc.id)).for_field(f.name))
        .collect()
}

/// Composes a document.
pub fn compose(locales: &Locales, request: &Request<'_>) -> Result<Composition> {
    let doc = request.document;
    let office = request.office;
    let empty = Resident::default();
    let resident = match (request.resident, doc.resident) {
        (Some(r), _) => r,
        (None, ResidentNeed::Optional) => &empty,
        (None, ResidentNeed::Required) => {
            return Err(Error::usage(format!(
                "`{}` is about one resident: give their record with --data",
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
    let start = resident.observation_start;
    let end = start
        .map(|s| {
            s.plus_days(i64::from(days) - 1).ok_or_else(|| {
                in_record(Error::invalid("out of range").for_field("observation_start"))
            })
        })
        .transpose()?;

    let mut messages: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let push = |map: &mut BTreeMap<String, Vec<String>>, key: &str, text: String| {
        map.entry(key.to_owned()).or_default().push(text);
    };

    for lang in &langs {
        let date = |d: Option<Date>| d.map(|d| intl::format_date(lang, d)).transpose();
        let start_text = date(start)?;
        let end_text = date(end)?;
        let mut args = FluentArgs::new();
        args.set("days", days);
        args.set(
            "threshold",
            intl::format_decimal(lang, office.fever_threshold, 1)?,
        );
        args.set("ambulance", office.emergency.ambulance.clone());
        args.set("name", resident.name.clone());
        args.set("target", office.qr.clone().unwrap_or_default());
        if let (Some(s), Some(e)) = (&start_text, &end_text) {
            args.set("start", s.clone());
            args.set("end", e.clone());
        }
        for id in doc.all_messages() {
            let needs_period = matches!(id, "period" | "home-observation-notice-intro");
            let text = if needs_period && start_text.is_none() {
                String::new()
            } else {
                locales.format(lang, id, Some(&args))?
            };
            push(&mut messages, id, text);
        }

        let msg = |id: &str| locales.format(lang, id, Some(&args));
        for spec in doc.fields {
            let text = match spec.name {
                "name" => resident.name.clone(),
                "nationality" => resident
                    .nationality
                    .map(|c| msg(&c.message_id()))
                    .transpose()?
                    .unwrap_or_default(),
                "sex" => resident
                    .sex
                    .map(|s| msg(s.message_id()))
                    .transpose()?
                    .unwrap_or_default(),
                "birth_date" => date(resident.birth_date)?.unwrap_or_default(),
                "entry_date" => date(resident.entry_date)?.unwrap_or_default(),
                "observation_start" => {
                    if start.is_some() {
                        msg("period")?
                    } else {
                        String::new()
                    }
                }
                "visited" => intl::format_list(lang, &resident.visited)?,
                other => resident_text(resident, other)
                    .unwrap_or_default()
                    .to_owned(),
            };
            push(&mut values, spec.name, text);
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

    let titles = &messages[doc.title];
    let title = titles.join(" / ");
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
        values,
        binding_note,
        contacts,
        qr: office.qr.clone(),
        emblem: office.emblem_data.clone(),
        title,
        author,
        issue_date,
        resident_text,
    })
}

fn resident_text<'r>(resident: &'r Resident, field: &str) -> Option<&'r str> {
    match field {
        "passport" => resident.passport.as_deref(),
        "phone" => resident.phone.as_deref(),
        "address" => resident.address.as_deref(),
        "employer" => resident.employer.as_deref(),
        "port_of_entry" => resident.port_of_entry.as_deref(),
        "flight" => resident.flight.as_deref(),
        "seat" => resident.seat.as_deref(),
        "document_no" => resident.document_no.as_deref(),
        _ => None,
    }
}
