//! The document registry: every kind of document, declared once.
//!
//! An entry names the document's template, page format and page budget, the
//! record fields it prints (and which are required), and the Fluent messages
//! it uses. The renderer, `gaozhi list`, the translators' checker and the web
//! form all read this table; adding a document is a template, its `.ftl`
//! messages and one entry here. Record fields themselves are declared in
//! [`crate::field`].

use crate::field::Field;

/// Whether a document is about one resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResidentNeed {
    /// A resident record is required (`--data`).
    Required,
    /// A record is optional (a contact card prints the resident's embassy
    /// when it knows their nationality).
    Optional,
    /// The document is the same for every resident (a reminder card, an
    /// open letter): it takes no record, only a language.
    None,
}

/// The page format a document is set on. Its size, like the rest of the
/// look, is in the templates' `style.toml` (read by `gaozhi-render`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFormat {
    /// ISO A4 portrait, 210 × 297 mm.
    A4,
    /// A business card, 90 × 54 mm, front and back.
    BusinessCard,
    /// ISO A6 portrait, 105 × 148 mm: a pocket card.
    A6,
}

impl PageFormat {
    /// Whether the format is a card, which `--sheet` lays out n-up on A4
    /// with cut marks (10 business cards or 4 A6 cards to a sheet).
    pub fn is_card(self) -> bool {
        matches!(self, PageFormat::BusinessCard | PageFormat::A6)
    }
}

/// A record field as a document uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field.
    pub field: Field,
    /// The message id of its label on this document (the field's usual
    /// label, or one of the document's own: the head of a household).
    pub label: &'static str,
    /// Whether the document cannot be issued without it.
    pub required: bool,
}

impl FieldSpec {
    /// The record key (`birth_date`).
    pub const fn key(&self) -> &'static str {
        self.field.key()
    }
}

/// `field` with its usual label.
const fn field(field: Field, required: bool) -> FieldSpec {
    let Some(label) = field.label() else {
        panic!("a field without a label is not printed");
    };
    labelled(field, label, required)
}

/// `field` with a label of the document's own.
const fn labelled(field: Field, label: &'static str, required: bool) -> FieldSpec {
    FieldSpec {
        field,
        label,
        required,
    }
}

// Fields several documents print, with their usual label and need.
const NAME: FieldSpec = field(Field::Name, true);
const SEX: FieldSpec = field(Field::Sex, false);
const NATIONALITY: FieldSpec = field(Field::Nationality, false);
const PASSPORT: FieldSpec = field(Field::Passport, false);
const BIRTH_DATE: FieldSpec = field(Field::BirthDate, false);
const PHONE: FieldSpec = field(Field::Phone, false);
const ADDRESS: FieldSpec = field(Field::Address, false);
const EMPLOYER: FieldSpec = field(Field::Employer, false);
const ENTRY_DATE: FieldSpec = field(Field::EntryDate, false);
const PORT_OF_ENTRY: FieldSpec = field(Field::PortOfEntry, false);
const FLIGHT: FieldSpec = field(Field::Flight, false);
const SEAT: FieldSpec = field(Field::Seat, false);
const VISITED: FieldSpec = field(Field::Visited, false);
const OBSERVATION_PERIOD: FieldSpec = field(Field::ObservationStart, true);
const SITE_ADDRESS: FieldSpec = field(Field::SiteAddress, false);

/// One kind of document.
#[derive(Debug, PartialEq, Eq)]
pub struct DocumentSpec {
    /// The id used on the command line and in rosters.
    pub id: &'static str,
    /// The template file under `templates/`.
    pub template: &'static str,
    /// The message id of the document's title.
    pub title: &'static str,
    /// The page format.
    pub page: PageFormat,
    /// Pages the layout aims for (a card's front and back count as two):
    /// the renderer sets a long translation a little tighter to keep to
    /// them, never with smaller type or lines closer than they are tall.
    pub pages: usize,
    /// Most pages the document may take in any language. A letter or a
    /// notice whose translation does not fit [`DocumentSpec::pages`] even
    /// set tighter runs on to a designed continuation page (a header with
    /// the title, the resident's name and the page number; the signature
    /// kept with the last clauses) rather than a crushed first page.
    pub max_pages: usize,
    /// Whether a resident record is needed.
    pub resident: ResidentNeed,
    /// The record fields the document prints.
    pub fields: &'static [FieldSpec],
    /// The document's own messages (beyond [`COMMON_MESSAGES`]).
    pub messages: &'static [&'static str],
    /// The clause a document must never be printed without (the
    /// resident's acknowledgement, the liability clause): one of
    /// [`DocumentSpec::messages`], which the tests look for on the page in
    /// every language.
    pub key_clause: &'static str,
    /// For a log or a pass: one row per day of the period (the record's
    /// `observation_days`, else the office's), and the most days the layout
    /// holds. `None` for documents without day rows.
    pub day_rows: Option<u32>,
    /// Whether staff also print the form empty, to fill in by hand
    /// (`gaozhi demo` shows it both ways). Any document with fields can be
    /// printed blank with `--blank`.
    pub blank_form: bool,
}

impl DocumentSpec {
    /// Every message id the document needs: the common ones, its field
    /// labels, and its own.
    pub fn all_messages(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = COMMON_MESSAGES.to_vec();
        ids.extend(self.fields.iter().map(|f| f.label));
        ids.extend(self.messages);
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// How the document prints `field`, if it does.
    pub fn field(&self, field: Field) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.field == field)
    }
}

/// Messages every document may use: values, signature block, contacts,
/// the binding-text note.
pub const COMMON_MESSAGES: &[&str] = &[
    "language-name",
    "sex-female",
    "sex-male",
    "sex-unspecified",
    "answer-yes",
    "answer-no",
    "period",
    "sign-resident",
    "sign-guardian",
    "sign-date",
    "sign-seal",
    "issued-by",
    "field-issue-date",
    "field-document-no",
    "role-community",
    "role-grid-worker",
    "role-doctor",
    "role-police",
    "role-foreign-affairs",
    "hotline-24h",
    "emergency-ambulance",
    "emergency-police",
    "emergency-citizen",
    "fever-clinic",
    "embassy-phone",
    "binding-note",
    "page-number",
    "page-continued",
    "field-nationality-region",
];

/// The health commitment letter (健康承诺书).
pub const HEALTH_COMMITMENT: DocumentSpec = DocumentSpec {
    id: "health-commitment",
    template: "health-commitment.typ",
    title: "health-commitment-title",
    page: PageFormat::A4,
    pages: 1,
    max_pages: 2,
    resident: ResidentNeed::Required,
    fields: &[
        NAME,
        NATIONALITY,
        PASSPORT,
        SEX,
        BIRTH_DATE,
        PHONE,
        ADDRESS,
        EMPLOYER,
        ENTRY_DATE,
        PORT_OF_ENTRY,
        FLIGHT,
        SEAT,
        VISITED,
    ],
    messages: &[
        "health-commitment-title",
        "health-commitment-intro",
        "health-commitment-section-info",
        "health-commitment-section-declarations",
        "health-commitment-declare-case",
        "health-commitment-declare-symptoms",
        "health-commitment-declare-contact",
        "health-commitment-declare-building",
        "health-commitment-declare-medicine",
        "health-commitment-section-pledges",
        "health-commitment-pledge-true",
        "health-commitment-pledge-report",
        "health-commitment-pledge-obey",
        "health-commitment-pledge-mask",
        "health-commitment-liability",
    ],
    key_clause: "health-commitment-liability",
    day_rows: None,
    blank_form: true,
};

/// The home medical-observation notice (居家医学观察个人告知书).
pub const HOME_OBSERVATION_NOTICE: DocumentSpec = DocumentSpec {
    id: "home-observation-notice",
    template: "home-observation-notice.typ",
    title: "home-observation-notice-title",
    page: PageFormat::A4,
    pages: 1,
    max_pages: 2,
    resident: ResidentNeed::Required,
    fields: &[
        NAME,
        SEX,
        NATIONALITY,
        PASSPORT,
        PHONE,
        field(Field::Address, true),
        EMPLOYER,
        field(Field::EmployerContact, false),
        field(Field::EmployerPhone, false),
        OBSERVATION_PERIOD,
    ],
    messages: &[
        "home-observation-notice-title",
        "home-observation-notice-greeting",
        "home-observation-notice-intro",
        "home-observation-notice-section-rules",
        "home-observation-notice-rule-stay",
        "home-observation-notice-rule-room",
        "home-observation-notice-rule-visitors",
        "home-observation-notice-rule-temperature",
        "home-observation-notice-rule-symptoms",
        "home-observation-notice-rule-mask",
        "home-observation-notice-rule-tableware",
        "home-observation-notice-rule-waste",
        "home-observation-notice-rule-supplies",
        "home-observation-notice-section-consequences",
        "home-observation-notice-consequence-transfer",
        "home-observation-notice-consequence-law",
        "home-observation-notice-section-contacts",
        "home-observation-notice-acknowledge",
    ],
    key_clause: "home-observation-notice-acknowledge",
    day_rows: None,
    blank_form: false,
};

/// The contact card (联系卡).
pub const CONTACT_CARD: DocumentSpec = DocumentSpec {
    id: "contact-card",
    template: "contact-card.typ",
    title: "contact-card-title",
    page: PageFormat::BusinessCard,
    pages: 2,
    max_pages: 2,
    resident: ResidentNeed::Optional,
    fields: &[NATIONALITY],
    messages: &[
        "contact-card-title",
        "contact-card-qr-caption",
        "contact-card-qr-alt",
        "contact-card-advice",
    ],
    key_clause: "contact-card-advice",
    day_rows: None,
    blank_form: false,
};

/// The centralized medical-observation notice (集中医学观察个人告知书): the
/// home notice's counterpart at a designated hotel or site.
pub const CENTRAL_OBSERVATION_NOTICE: DocumentSpec = DocumentSpec {
    id: "central-observation-notice",
    template: "central-observation-notice.typ",
    title: "central-observation-notice-title",
    page: PageFormat::A4,
    pages: 1,
    max_pages: 2,
    resident: ResidentNeed::Required,
    fields: &[
        NAME,
        SEX,
        NATIONALITY,
        PASSPORT,
        PHONE,
        field(Field::SiteName, true),
        field(Field::Room, true),
        SITE_ADDRESS,
        OBSERVATION_PERIOD,
    ],
    messages: &[
        "central-observation-notice-title",
        "central-observation-notice-greeting",
        "central-observation-notice-intro",
        "central-observation-notice-section-rules",
        "central-observation-notice-rule-room",
        "central-observation-notice-rule-visits",
        "central-observation-notice-rule-temperature",
        "central-observation-notice-rule-symptoms",
        "central-observation-notice-rule-meals",
        "central-observation-notice-rule-waste",
        "central-observation-notice-rule-costs",
        "central-observation-notice-rule-release",
        "central-observation-notice-section-consequences",
        "central-observation-notice-consequence-law",
        "central-observation-notice-section-contacts",
        "central-observation-notice-acknowledge",
    ],
    key_clause: "central-observation-notice-acknowledge",
    day_rows: None,
    blank_form: false,
};

/// The isolation commitment letter (居家隔离承诺书, or 集中观察承诺书 when the
/// record names an observation site), signed before a witness.
pub const ISOLATION_COMMITMENT: DocumentSpec = DocumentSpec {
    id: "isolation-commitment",
    template: "isolation-commitment.typ",
    title: "isolation-commitment-title",
    page: PageFormat::A4,
    pages: 1,
    max_pages: 2,
    resident: ResidentNeed::Required,
    fields: &[
        NAME,
        NATIONALITY,
        PASSPORT,
        PHONE,
        ADDRESS,
        field(Field::SiteName, false),
        field(Field::Room, false),
        SITE_ADDRESS,
        OBSERVATION_PERIOD,
    ],
    messages: &[
        "isolation-commitment-title",
        "isolation-commitment-title-site",
        "sign-witness",
        "sign-witness-organization",
        "isolation-commitment-intro",
        "isolation-commitment-pledge-report",
        "isolation-commitment-pledge-checks",
        "isolation-commitment-pledge-leave",
        "isolation-commitment-liability",
        "isolation-commitment-witnessed",
        "isolation-commitment-pledge-complete",
    ],
    key_clause: "isolation-commitment-pledge-complete",
    day_rows: None,
    blank_form: false,
};

/// The end-of-observation certificate (结束观察期证明), under the office's
/// seal.
pub const OBSERVATION_END_CERTIFICATE: DocumentSpec = DocumentSpec {
    id: "observation-end-certificate",
    template: "observation-end-certificate.typ",
    title: "observation-end-certificate-title",
    page: PageFormat::A4,
    pages: 1,
    max_pages: 2,
    resident: ResidentNeed::Required,
    fields: &[
        NAME,
        SEX,
        NATIONALITY,
        PASSPORT,
        ADDRESS,
        OBSERVATION_PERIOD,
    ],
    messages: &[
        "observation-end-certificate-title",
        "observation-end-certificate-section-advice",
        "observation-end-certificate-advice-home",
        "observation-end-certificate-advice-monitor",
        "observation-end-certificate-advice-symptoms",
        "observation-end-certificate-body",
    ],
    key_clause: "observation-end-certificate-body",
    day_rows: None,
    blank_form: false,
};

/// The arrival registration form (入境人员登记表), blank or pre-filled.
pub const REGISTRATION_FORM: DocumentSpec = DocumentSpec {
    id: "registration-form",
    template: "registration-form.typ",
    title: "registration-form-title",
    page: PageFormat::A4,
    pages: 1,
    max_pages: 2,
    resident: ResidentNeed::Required,
    fields: &[
        ENTRY_DATE,
        PORT_OF_ENTRY,
        FLIGHT,
        SEAT,
        field(Field::Departure, false),
        VISITED,
        NAME,
        SEX,
        NATIONALITY,
        PASSPORT,
        BIRTH_DATE,
        PHONE,
        ADDRESS,
        EMPLOYER,
    ],
    messages: &[
        "registration-form-title",
        "registration-form-intro",
        "registration-form-section-travel",
        "registration-form-section-personal",
        "registration-form-section-health",
        "registration-form-arrival-time",
        "registration-form-temperature",
        "registration-form-symptoms",
        "registration-form-symptoms-detail",
        "registration-form-home-conditions",
        "registration-form-declaration",
        "sign-staff",
        "registration-form-police-reminder",
    ],
    key_clause: "registration-form-police-reminder",
    day_rows: None,
    blank_form: true,
};

/// The warm-reminder card (温馨提示): health tips on A6, the same for
/// everyone; four to an A4 sheet with `--sheet`.
pub const REMINDER_CARD: DocumentSpec = DocumentSpec {
    id: "reminder-card",
    template: "reminder-card.typ",
    title: "reminder-card-title",
    page: PageFormat::A6,
    pages: 1,
    max_pages: 1,
    resident: ResidentNeed::None,
    fields: &[],
    messages: &[
        "reminder-card-title",
        "reminder-card-tip-mask",
        "reminder-card-tip-hands",
        "reminder-card-tip-distance",
        "reminder-card-tip-ventilate",
        "reminder-card-tip-temperature",
        "reminder-card-tip-register",
        "reminder-card-tip-symptoms",
    ],
    key_clause: "reminder-card-tip-symptoms",
    day_rows: None,
    blank_form: false,
};

/// The household entry/exit pass (出入证): an A6 card, details and seal on
/// the front, a grid to log exits and returns on the back, one dated row
/// per day the pass is valid (from `valid_from`, else the issue date, for
/// the record's `observation_days`, else the office's).
pub const ENTRY_PASS: DocumentSpec = DocumentSpec {
    id: "entry-pass",
    template: "entry-pass.typ",
    title: "entry-pass-title",
    page: PageFormat::A6,
    pages: 2,
    max_pages: 2,
    resident: ResidentNeed::Required,
    fields: &[
        field(Field::Compound, true),
        field(Field::Flat, true),
        labelled(Field::Name, "field-household-head", true),
        field(Field::HouseholdSize, false),
        PHONE,
        field(Field::ValidFrom, false),
        field(Field::Phase, false),
    ],
    messages: &[
        "entry-pass-title",
        "entry-pass-log",
        "entry-pass-log-date",
        "entry-pass-log-out",
        "entry-pass-log-return",
        "entry-pass-log-temperature",
        "entry-pass-rules",
    ],
    key_clause: "entry-pass-rules",
    day_rows: Some(ENTRY_PASS_MAX_DAYS),
    blank_form: true,
};

/// The most days an entry pass runs (two columns of 16 rows on its back);
/// compounds issue a new pass, with a new seal, for the next phase.
pub const ENTRY_PASS_MAX_DAYS: u32 = 32;

/// The open letter to foreign residents (致外籍人士的公开信), from the office
/// to everyone.
pub const OPEN_LETTER: DocumentSpec = DocumentSpec {
    id: "open-letter",
    template: "open-letter.typ",
    title: "open-letter-title",
    page: PageFormat::A4,
    pages: 1,
    max_pages: 2,
    resident: ResidentNeed::None,
    fields: &[],
    messages: &[
        "open-letter-title",
        "open-letter-greeting",
        "open-letter-situation",
        "open-letter-request-information",
        "open-letter-request-stay-home",
        "open-letter-request-hygiene",
        "open-letter-request-report",
        "open-letter-request-law",
        "open-letter-request-register",
        "open-letter-languages",
        "open-letter-thanks",
        "open-letter-help",
    ],
    key_clause: "open-letter-help",
    day_rows: None,
    blank_form: false,
};

/// The temperature and symptom log (体温及症状记录表): one row per day of
/// observation, morning and evening, filled in by the resident.
pub const TEMPERATURE_LOG: DocumentSpec = DocumentSpec {
    id: "temperature-log",
    template: "temperature-log.typ",
    title: "temperature-log-title",
    page: PageFormat::A4,
    pages: 1,
    max_pages: 1,
    resident: ResidentNeed::Required,
    fields: &[NAME, PHONE, ADDRESS, field(Field::ObservationStart, false)],
    messages: &[
        "temperature-log-title",
        "temperature-log-col-day",
        "temperature-log-col-date",
        "temperature-log-col-morning",
        "temperature-log-col-evening",
        "temperature-log-col-symptoms",
        "temperature-log-symptoms-hint",
        "temperature-log-intro",
    ],
    key_clause: "temperature-log-intro",
    day_rows: Some(crate::field::MAX_OBSERVATION_DAYS),
    blank_form: true,
};

/// Every document, in the order `gaozhi list` shows them.
pub const DOCUMENTS: &[&DocumentSpec] = &[
    &HEALTH_COMMITMENT,
    &HOME_OBSERVATION_NOTICE,
    &CONTACT_CARD,
    &CENTRAL_OBSERVATION_NOTICE,
    &ISOLATION_COMMITMENT,
    &OBSERVATION_END_CERTIFICATE,
    &REGISTRATION_FORM,
    &REMINDER_CARD,
    &ENTRY_PASS,
    &OPEN_LETTER,
    &TEMPERATURE_LOG,
];

/// Finds a document by id.
pub fn find(id: &str) -> Option<&'static DocumentSpec> {
    DOCUMENTS.iter().copied().find(|d| d.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Locales;

    #[test]
    fn ids_are_unique_and_findable() {
        for doc in DOCUMENTS {
            assert_eq!(find(doc.id), Some(*doc));
            assert_eq!(DOCUMENTS.iter().filter(|d| d.id == doc.id).count(), 1);
            assert!(doc.messages.contains(&doc.title), "{}", doc.id);
            assert!(doc.messages.contains(&doc.key_clause), "{}", doc.id);
            assert_ne!(doc.key_clause, doc.title, "{}", doc.id);
            for (i, f) in doc.fields.iter().enumerate() {
                let twice = doc.fields[i + 1..].iter().any(|g| g.field == f.field);
                assert!(!twice, "{} prints {} twice", doc.id, f.field);
            }
        }
        assert!(find("health-commitmnet").is_none());
    }

    #[test]
    fn every_shipped_language_has_every_message() {
        let locales = Locales::embedded().unwrap();
        for lang in locales.languages() {
            for doc in DOCUMENTS {
                for id in doc.all_messages() {
                    assert!(locales.has(&lang, id), "{lang} lacks {id} ({})", doc.id);
                }
            }
        }
    }

    /// The string literals of a template's source.
    fn literals(source: &str) -> Vec<&str> {
        source
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|l| !l.contains('\n'))
            .collect()
    }

    /// The `(key: "…", label: "…")` pairs of a template's field tables.
    fn table_fields(source: &str) -> Vec<(&str, &str)> {
        source
            .split("(key: \"")
            .skip(1)
            .filter_map(|rest| {
                let (key, rest) = rest.split_once('"')?;
                let label = rest.strip_prefix(", label: \"")?.split('"').next()?;
                Some((key, label))
            })
            .collect()
    }

    #[test]
    fn templates_print_what_the_registry_declares() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
        let locales = Locales::embedded().unwrap();
        let zh = crate::Lang::reference();
        let lib = std::fs::read_to_string(dir.join("lib.typ")).unwrap();
        // Messages a helper of lib.typ prints for a document (the witness's
        // signature lines).
        let helpers = literals(&lib);
        for doc in DOCUMENTS {
            let path = dir.join(doc.template);
            let source = std::fs::read_to_string(&path).unwrap();
            let literals = literals(&source);
            // Every field a table prints is the document's, under the
            // label the registry gives it.
            for (key, label) in table_fields(&source) {
                let field = Field::from_key(key)
                    .unwrap_or_else(|| panic!("{}: `{key}` is no record field", doc.template));
                let spec = doc.field(field).unwrap_or_else(|| {
                    panic!(
                        "{} prints `{key}`, which {} does not declare",
                        doc.template, doc.id
                    )
                });
                assert_eq!(spec.label, label, "{}: label of {key}", doc.template);
            }
            // Every field and message the template names is the
            // document's, and every one the registry lists is printed.
            let messages = doc.all_messages();
            for lit in &literals {
                if let Some(field) = Field::from_key(lit) {
                    assert!(
                        doc.field(field).is_some()
                            || [Field::IssueDate, Field::DocumentNo].contains(&field),
                        "{} names field `{lit}`, which {} does not declare",
                        doc.template,
                        doc.id
                    );
                } else if locales.has(&zh, lit) {
                    assert!(
                        messages.contains(lit),
                        "{} uses message `{lit}`, which {} does not list",
                        doc.template,
                        doc.id
                    );
                }
            }
            // A contact card takes the nationality to print the embassy's
            // number; every other field is printed under its own key.
            let printed_elsewhere =
                |f: &FieldSpec| doc.id == "contact-card" && f.field == Field::Nationality;
            for spec in doc.fields.iter().filter(|f| !printed_elsewhere(f)) {
                assert!(
                    literals.contains(&spec.key()),
                    "{}: {} declares `{}`, which the template never prints",
                    doc.template,
                    doc.id,
                    spec.key()
                );
            }
            for id in doc.messages {
                assert!(
                    literals.contains(id) || helpers.contains(id),
                    "{}: {} lists `{id}`, which the template never uses",
                    doc.template,
                    doc.id
                );
            }
        }
    }
}
