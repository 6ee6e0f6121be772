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
                CountryInfo {
                    alpha2,
                    alpha3,
                    language,
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
    }
}
