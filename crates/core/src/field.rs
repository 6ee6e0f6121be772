//! Record fields, each declared once.
//!
//! A [`Field`] is one thing a resident record can hold. Its entry in
//! [`Field::info`] says everything the rest of gaozhi needs to know about
//! it: the record key (as in a data file, a roster header and a web form
//! input), the message id of its label, the kind of value it holds (how
//! staff type it and how it prints), whether the printed value may break
//! over lines, and the roster headers staff use for it. The record
//! ([`crate::Resident::get`], [`crate::Resident::set`]), the roster reader,
//! composition, the document registry, the templates' unbreakable values
//! and the web form all read this table, so a field added here is handled
//! everywhere or fails to compile where it is not.

use std::fmt;

/// One field of a resident record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// Full name as in the passport.
    Name,
    /// Nationality, printed as the localized country name.
    Nationality,
    /// Passport or travel-permit number.
    Passport,
    /// Sex as in the passport.
    Sex,
    /// Date of birth.
    BirthDate,
    /// Phone number in China.
    Phone,
    /// Address in China.
    Address,
    /// Employer or school.
    Employer,
    /// The person to contact at the employer or school.
    EmployerContact,
    /// That contact's phone number.
    EmployerPhone,
    /// The language the resident reads.
    Language,
    /// Date of entry into China.
    EntryDate,
    /// Port of entry.
    PortOfEntry,
    /// Flight, train or vehicle number.
    Flight,
    /// Seat number.
    Seat,
    /// Countries and cities visited.
    Visited,
    /// First day of medical observation.
    ObservationStart,
    /// Length of observation in days.
    ObservationDays,
    /// Date the document is issued.
    IssueDate,
    /// The office's number for the document.
    DocumentNo,
    /// Place of departure.
    Departure,
    /// The designated site of centralized observation.
    SiteName,
    /// The observation site's address.
    SiteAddress,
    /// Room at the observation site.
    Room,
    /// The residential compound an entry pass is for.
    Compound,
    /// Building and flat in the compound.
    Flat,
    /// How many people live in the household.
    HouseholdSize,
    /// The phase an entry pass belongs to.
    Phase,
    /// First day an entry pass is valid.
    ValidFrom,
}

/// The kind of value a field holds: how staff type it (in a roster cell or
/// a form input) and how it prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The resident's name: text, required by every record.
    Name,
    /// Free text.
    Text,
    /// A calendar date (`2020-03-01`, `2020/3/1`, `2020.3.1`,
    /// `2020年3月1日`), printed in the language's own form.
    Date,
    /// The first day of a period: typed as a date, printed as the period
    /// with its length in days.
    PeriodStart,
    /// A country (code or name), printed as its localized name.
    Country,
    /// F / M / X (or 男 / 女), printed as the localized word.
    Sex,
    /// A BCP 47 language tag; not printed.
    Language,
    /// A whole number from 1 to `max` of `unit` (days, people).
    Count {
        /// What is counted, for messages (`days`).
        unit: &'static str,
        /// The largest count accepted.
        max: u32,
    },
    /// Several values (typed separated by `;`, `,` or `、`), printed as
    /// the language's list.
    List,
}

/// What gaozhi knows about a field; see [`Field::info`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldInfo {
    /// The record key (`birth_date`): in data files, roster headers and
    /// form inputs.
    pub key: &'static str,
    /// The message id of the field's usual label (`field-birth-date`);
    /// `None` for fields that are never printed as such.
    pub label: Option<&'static str>,
    /// The kind of value.
    pub kind: Kind,
    /// Whether the printed value must never break over lines (numbers,
    /// dates, codes): the templates box it and the layout check insists.
    pub unbreakable: bool,
    /// The roster headers staff use for the field besides its key
    /// (compared ignoring case, spaces and punctuation).
    pub columns: &'static [&'static str],
}

/// Longest observation period accepted, in days.
pub const MAX_OBSERVATION_DAYS: u32 = 60;

/// Most people a household on an entry pass may have.
pub const MAX_HOUSEHOLD_SIZE: u32 = 99;

const fn info(
    key: &'static str,
    label: Option<&'static str>,
    kind: Kind,
    unbreakable: bool,
    columns: &'static [&'static str],
) -> FieldInfo {
    FieldInfo {
        key,
        label,
        kind,
        unbreakable,
        columns,
    }
}

impl Field {
    /// Every field, in the order forms and `gaozhi list --fields` show them.
    pub const ALL: [Field; 29] = [
        Field::Name,
        Field::Nationality,
        Field::Passport,
        Field::Sex,
        Field::BirthDate,
        Field::Phone,
        Field::Address,
        Field::Employer,
        Field::EmployerContact,
        Field::EmployerPhone,
        Field::Language,
        Field::EntryDate,
        Field::PortOfEntry,
        Field::Flight,
        Field::Seat,
        Field::Visited,
        Field::ObservationStart,
        Field::ObservationDays,
        Field::IssueDate,
        Field::DocumentNo,
        Field::Departure,
        Field::SiteName,
        Field::SiteAddress,
        Field::Room,
        Field::Flat,
        Field::Compound,
        Field::HouseholdSize,
        Field::ValidFrom,
        Field::Phase,
    ];

    /// The field's entry: the one place it is declared.
    pub const fn info(self) -> FieldInfo {
        use Kind::*;
        let days = Count {
            unit: "days",
            max: MAX_OBSERVATION_DAYS,
        };
        let people = Count {
            unit: "people",
            max: MAX_HOUSEHOLD_SIZE,
        };
        match self {
            Field::Name => info(
                "name",
                Some("field-name"),
                Name,
                false,
                &["姓名", "名字", "Name", "Full name", "英文姓名"],
            ),
            Field::Nationality => info(
                "nationality",
                Some("field-nationality"),
                Country,
                false,
                &["国籍", "Nationality", "Country"],
            ),
            Field::Passport => info(
                "passport",
                Some("field-passport"),
                Text,
                true,
                &[
                    "护照号码",
                    "护照号",
                    "证件号码",
                    "Passport",
                    "Passport no",
                    "Passport number",
                ],
            ),
            Field::Sex => info(
                "sex",
                Some("field-sex"),
                Sex,
                false,
                &["性别", "Sex", "Gender"],
            ),
            Field::BirthDate => info(
                "birth_date",
                Some("field-birth-date"),
                Date,
                true,
                &["出生日期", "Date of birth", "Birth date", "DOB"],
            ),
            Field::Phone => info(
                "phone",
                Some("field-phone"),
                Text,
                true,
                &[
                    "联系电话",
                    "电话",
                    "手机",
                    "手机号",
                    "Phone",
                    "Mobile",
                    "Telephone",
                ],
            ),
            Field::Address => info(
                "address",
                Some("field-address"),
                Text,
                false,
                &["在华居住地址", "居住地址", "住址", "地址", "Address"],
            ),
            Field::Employer => info(
                "employer",
                Some("field-employer"),
                Text,
                false,
                &["工作单位", "单位", "学校", "Employer", "Company", "School"],
            ),
            Field::EmployerContact => info(
                "employer_contact",
                Some("field-employer-contact"),
                Text,
                false,
                &["单位联系人", "Employer contact", "Contact at employer"],
            ),
            Field::EmployerPhone => info(
                "employer_phone",
                Some("field-employer-phone"),
                Text,
                true,
                &["单位联系电话", "单位电话", "Employer phone"],
            ),
            Field::Language => info("language", None, Language, false, &["语言", "Language"]),
            Field::EntryDate => info(
                "entry_date",
                Some("field-entry-date"),
                Date,
                true,
                &["入境日期", "Entry date", "Date of entry", "Arrival date"],
            ),
            Field::PortOfEntry => info(
                "port_of_entry",
                Some("field-port-of-entry"),
                Text,
                false,
                &["入境口岸", "Port of entry"],
            ),
            Field::Flight => info(
                "flight",
                Some("field-flight"),
                Text,
                true,
                &["航班号", "航班", "车次", "Flight", "Flight no"],
            ),
            Field::Seat => info("seat", Some("field-seat"), Text, true, &["座位号", "Seat"]),
            Field::Visited => info(
                "visited",
                Some("field-visited"),
                List,
                false,
                &["到访国家和城市", "途经国家", "Visited", "Countries visited"],
            ),
            Field::ObservationStart => info(
                "observation_start",
                Some("field-observation-period"),
                PeriodStart,
                false,
                &[
                    "观察开始日期",
                    "隔离开始日期",
                    "Observation start",
                    "Quarantine start",
                ],
            ),
            Field::ObservationDays => info(
                "observation_days",
                None,
                days,
                false,
                &["观察天数", "隔离天数", "Observation days"],
            ),
            Field::IssueDate => info(
                "issue_date",
                Some("field-issue-date"),
                Date,
                true,
                &["签发日期", "Issue date"],
            ),
            Field::DocumentNo => info(
                "document_no",
                Some("field-document-no"),
                Text,
                true,
                &["编号", "文书编号", "Document no", "Document number"],
            ),
            Field::Departure => info(
                "departure",
                Some("field-departure"),
                Text,
                false,
                &["出发地", "出发城市", "Departure", "Place of departure"],
            ),
            Field::SiteName => info(
                "site_name",
                Some("field-site-name"),
                Text,
                false,
                &[
                    "集中观察点",
                    "观察点名称",
                    "隔离酒店",
                    "Observation site",
                    "Quarantine hotel",
                ],
            ),
            Field::SiteAddress => info(
                "site_address",
                Some("field-site-address"),
                Text,
                false,
                &["观察点地址", "隔离酒店地址", "Site address"],
            ),
            Field::Room => info(
                "room",
                Some("field-room"),
                Text,
                true,
                &["房间号", "房号", "Room", "Room number"],
            ),
            Field::Flat => info(
                "flat",
                Some("field-building-room"),
                Text,
                false,
                &[
                    "楼栋及门牌号",
                    "楼号房号",
                    "门牌号",
                    "Building and flat",
                    "Flat",
                ],
            ),
            Field::Compound => info(
                "compound",
                Some("field-compound"),
                Text,
                false,
                &["小区名称", "小区", "Compound", "Residential compound"],
            ),
            Field::HouseholdSize => info(
                "household_size",
                Some("field-household-size"),
                people,
                true,
                &[
                    "家庭人数",
                    "户内人数",
                    "Household size",
                    "Household members",
                ],
            ),
            Field::ValidFrom => info(
                "valid_from",
                Some("field-validity"),
                PeriodStart,
                false,
                &["有效期起始日期", "有效期自", "Valid from"],
            ),
            Field::Phase => info(
                "phase",
                Some("field-phase"),
                Text,
                true,
                &["期次", "批次", "Phase"],
            ),
        }
    }

    /// The record key (`birth_date`).
    pub const fn key(self) -> &'static str {
        self.info().key
    }

    /// The kind of value.
    pub const fn kind(self) -> Kind {
        self.info().kind
    }

    /// The message id of the field's usual label, if it is printed.
    pub const fn label(self) -> Option<&'static str> {
        self.info().label
    }

    /// Whether the printed value must never break over lines.
    pub const fn unbreakable(self) -> bool {
        self.info().unbreakable
    }

    /// Whether the value is free text (a name, an address, a list of
    /// places): what the character and glyph checks look at.
    pub const fn is_text(self) -> bool {
        matches!(self.kind(), Kind::Name | Kind::Text | Kind::List)
    }

    /// The field whose key is `key`.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Values besides the record's that a composition hands the templates and
/// that must never break over lines: the office's phone numbers.
pub const UNBREAKABLE_OFFICE_VALUES: &[&str] = &["hotline"];

/// The keys of every value that must never break over lines: the record's
/// unbreakable fields and the office's phone numbers. The templates box
/// them (they receive this list with the data) and the layout check fails a
/// page where one is broken. Built once: every document asks for it.
pub fn unbreakable_keys() -> &'static [&'static str] {
    static KEYS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        Field::ALL
            .into_iter()
            .filter(|f| f.unbreakable())
            .map(Field::key)
            .chain(UNBREAKABLE_OFFICE_VALUES.iter().copied())
            .collect()
    });
    &KEYS
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_field_is_listed_once_with_its_own_key() {
        let keys: BTreeSet<&str> = Field::ALL.iter().map(|f| f.key()).collect();
        assert_eq!(keys.len(), Field::ALL.len());
        for f in Field::ALL {
            assert_eq!(Field::from_key(f.key()), Some(f));
            assert_eq!(f.to_string(), f.key());
        }
        assert_eq!(Field::from_key("adress"), None);
    }

    #[test]
    fn roster_headers_name_one_field_each() {
        let mut seen = BTreeSet::new();
        for f in Field::ALL {
            for header in f.info().columns.iter().chain([&f.key()]) {
                assert!(seen.insert(*header), "{header} names two fields");
            }
        }
    }

    #[test]
    fn dates_and_numbers_never_break() {
        for f in Field::ALL {
            let printed = f.label().is_some();
            if printed && matches!(f.kind(), Kind::Date | Kind::Count { .. }) {
                assert!(f.unbreakable(), "{f}");
            }
        }
        assert!(unbreakable_keys().contains(&"hotline"));
    }
}
