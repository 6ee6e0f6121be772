//! The ISO 3166-1 country table (`data/countries.tsv`, generated from CLDR by
//! `scripts/gen-countries.py`): codes and the language a resident of each
//! country most likely reads. Localized names live in `locales/*/countries.ftl`.

use std::sync::OnceLock;

/// One row of the country table.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct CountryInfo {
    /// ISO 3166-1 alpha-2, upper case.
    pub alpha2: String,
    /// ISO 3166-1 alpha-3 (passport code), upper case.
    pub alpha3: String,
    /// The shipped language most residents of the country read, if any.
    pub language: Option<String>,
    /// The CLDR English name.
    pub name_en: String,
    /// The CLDR Chinese (Simplified) name.
    pub name_zh: String,
}

const TABLE: &str = include_str!("../data/countries.tsv");

/// Every country, sorted by alpha-2 code.
pub fn all() -> &'static [CountryInfo] {
    static TABLE_ROWS: OnceLock<Vec<CountryInfo>> = OnceLock::new();
    TABLE_ROWS.get_or_init(|| {
        TABLE
            .lines()
            .skip(1)
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                let mut cols = line.split('\t');
                let mut next = || cols.next().unwrap_or("").trim().to_owned();
                let alpha2 = next();
                let alpha3 = next();
                let _numeric = next();
                let language = Some(next()).filter(|l| !l.is_empty());
                let name_en = next();
                let name_zh = next();
                CountryInfo {
                    alpha2,
                    alpha3,
                    language,
                    name_en,
                    name_zh,
                }
            })
            .collect()
    })
}

/// Finds a country by alpha-2 or alpha-3 code, in any case.
pub fn by_code(code: &str) -> Option<&'static CountryInfo> {
    let upper = code.to_ascii_uppercase();
    all()
        .iter()
        .find(|c| c.alpha2 == upper || c.alpha3 == upper)
}

/// Finds a country by its English or Chinese name as staff type it
/// (`South Korea`, `韩国`, `korea, south`: case and spacing do not matter).
pub fn by_name(name: &str) -> Option<&'static CountryInfo> {
    let wanted = fold(name);
    if wanted.is_empty() {
        return None;
    }
    all()
        .iter()
        .find(|c| fold(&c.name_en) == wanted || fold(&c.name_zh) == wanted)
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete_and_well_formed() {
        let rows = all();
        assert!(rows.len() >= 240, "only {} countries", rows.len());
        for row in rows {
            assert_eq!(row.alpha2.len(), 2, "{row:?}");
            assert_eq!(row.alpha3.len(), 3, "{row:?}");
        }
        assert_eq!(by_code("jpn").unwrap().language.as_deref(), Some("ja"));
        assert_eq!(by_code("TW").unwrap().language.as_deref(), Some("zh-Hant"));
        assert_eq!(by_name("韩国").unwrap().alpha2, "KR");
        assert_eq!(by_name(" south korea ").unwrap().alpha2, "KR");
        assert!(by_name("Narnia").is_none());
    }
}
