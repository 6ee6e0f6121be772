//! The document registry: every kind of document, declared once.
//!
//! An entry names the document's template, page format and page budget, the
//! record fields it prints (and which are required), and the Fluent messages
//! it uses. The renderer, `gaozhi list`, the translators' checker and the web
//! form all read this table; adding a document is a template, its `.ftl`
//! messages and one entry here.

/// Whether a document is about one resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResidentNeed {
    /// A resident record is required (`--data`).
    Required,
    /// A record is optional (a contact card prints the resident's embassy
    /// when it knows their nationality).
    Optional,
}

/// The page format a document is set on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFormat {
    /// ISO A4 portrait, 210 × 297 mm.
    A4,
    /// A business card, 90 × 54 mm, front and back.
    BusinessCard,
}

impl PageFormat {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f64, f64) {
        match self {
            PageFormat::A4 => (210.0, 297.0),
            PageFormat::BusinessCard => (90.0, 54.0),
        }
    }
}

/// A record field as a document uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The record key (`birth_date`).
    pub name: &'static str,
    /// The message id of its label (`field-birth-date`).
    pub label: &'static str,
    /// Whether the document cannot be issued without it.
    pub required: bool,
}

const fn field(name: &'static str, label: &'static str, required: bool) -> FieldSpec {
    FieldSpec {
        name,
        label,
        required,
    }
}

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
    /// Most pages the document may take in any language (a card's front
    /// and back count as two).
    pub max_pages: usize,
    /// Whether a resident record is needed.
    pub resident: ResidentNeed,
    /// The record fields the document prints.
    pub fields: &'static [FieldSpec],
    /// The document's own messages (beyond [`COMMON_MESSAGES`]).
    pub messages: &'static [&'static str],
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

    /// The field named `name`, if the document prints it.
    pub fn field(&self, name: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.name == name)
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
];

/// The health commitment letter (健康承诺书).
pub const HEALTH_COMMITMENT: DocumentSpec = DocumentSpec {
    id: "health-commitment",
    template: "health-commitment.typ",
    title: "health-commitment-title",
    page: PageFormat::A4,
    max_pages: 1,
    resident: ResidentNeed::Required,
    fields: &[
        field("name", "field-name", true),
        field("nationality", "field-nationality", false),
        field("passport", "field-passport", false),
        field("sex", "field-sex", false),
        field("birth_date", "field-birth-date", false),
        field("phone", "field-phone", false),
        field("address", "field-address", false),
        field("employer", "field-employer", false),
        field("entry_date", "field-entry-date", false),
        field("port_of_entry", "field-port-of-entry", false),
        field("flight", "field-flight", false),
        field("seat", "field-seat", false),
        field("visited", "field-visited", false),
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
};

/// The home medical-observation notice (居家医学观察个人告知书).
pub const HOME_OBSERVATION_NOTICE: DocumentSpec = DocumentSpec {
    id: "home-observation-notice",
    template: "home-observation-notice.typ",
    title: "home-observation-notice-title",
    page: PageFormat::A4,
    max_pages: 1,
    resident: ResidentNeed::Required,
    fields: &[
        field("name", "field-name", true),
        field("sex", "field-sex", false),
        field("nationality", "field-nationality", false),
        field("passport", "field-passport", false),
        field("phone", "field-phone", false),
        field("address", "field-address", true),
        field("employer", "field-employer", false),
        field("observation_start", "field-observation-period", true),
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
};

/// The contact card (联系卡).
pub const CONTACT_CARD: DocumentSpec = DocumentSpec {
    id: "contact-card",
    template: "contact-card.typ",
    title: "contact-card-title",
    page: PageFormat::BusinessCard,
    max_pages: 2,
    resident: ResidentNeed::Optional,
    fields: &[field("nationality", "field-nationality", false)],
    messages: &[
        "contact-card-title",
        "contact-card-qr-caption",
        "contact-card-qr-alt",
        "contact-card-advice",
    ],
};

/// Every document, in the order `gaozhi list` shows them.
pub const DOCUMENTS: &[&DocumentSpec] =
    &[&HEALTH_COMMITMENT, &HOME_OBSERVATION_NOTICE, &CONTACT_CARD];

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
}
