//! Typed values of record fields: calendar dates, sex, nationality.
//!
//! Each type parses strictly from the forms a data file may hold and says,
//! in its error, what it expected.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::countries::{self, CountryInfo};

/// A calendar date (no time, no zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(jiff::civil::Date);

impl Date {
    /// A date from its parts, if it exists.
    pub fn new(year: i16, month: i8, day: i8) -> Option<Self> {
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    /// The year.
    pub fn year(self) -> i16 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(self) -> i8 {
        self.0.month()
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> i8 {
        self.0.day()
    }

    /// The date `days` days later (negative: earlier), if representable.
    pub fn plus_days(self, days: i64) -> Option<Self> {
        self.0
            .checked_add(jiff::Span::new().days(days))
            .ok()
            .map(Date)
    }

    /// A date as staff type it: `2020-03-01`, `2020/3/1`, `2020.3.1` or
    /// `2020年3月1日`.
    pub fn parse_typed(value: &str) -> Result<Date, String> {
        let bad =
            || format!("`{value}` is not a date (2020-03-01, 2020/3/1, 2020.3.1 or 2020年3月1日)");
        let v = value.trim();
        let parts: Vec<&str> = if let Some(rest) = v.strip_suffix('日') {
            rest.split(['年', '月']).collect()
        } else {
            let sep = v.chars().find(|c| !c.is_ascii_digit()).ok_or_else(bad)?;
            if !matches!(sep, '-' | '/' | '.') {
                return Err(bad());
            }
            v.split(sep).collect()
        };
        let [y, m, d] = parts.as_slice() else {
            return Err(bad());
        };
        let ok = |s: &str, max_len: usize| {
            !s.is_empty() && s.len() <= max_len && s.chars().all(|c| c.is_ascii_digit())
        };
        if y.len() != 4 || !ok(y, 4) || !ok(m, 2) || !ok(d, 2) {
            return Err(bad());
        }
        let (y, m, d): (i16, i8, i8) = (
            y.parse().map_err(|_| bad())?,
            m.parse().map_err(|_| bad())?,
            d.parse().map_err(|_| bad())?,
        );
        Date::new(y, m, d).ok_or_else(|| format!("`{value}` is not a real calendar date"))
    }

    /// Today in the machine's time zone.
    pub fn today() -> Self {
        Date(jiff::ZonedDateTime::now().date())
    }

    /// Parses `YYYY-MM-DD`, the only form a record file takes.
    pub fn parse_iso(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let bytes = t.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(format!("`{t}` is not a date in the form YYYY-MM-DD"));
        }
        let num = |r: std::ops::Range<usize>| t[r].parse::<i16>().unwrap_or(0);
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        Date::new(y, m as i8, d as i8).ok_or_else(|| format!("`{t}` is not a real calendar date"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Date::parse_iso(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl<'de> Visitor<'de> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date in the form YYYY-MM-DD")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse_iso(v).map_err(E::custom)
            }

            // TOML's own date literals (`birth_date = 1990-05-01`) arrive as
            // a one-entry map holding the date's text.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                let Some((_, value)) = map.next_entry::<String, String>()? else {
                    return Err(de::Error::custom("expected a date"));
                };
                if value.len() != 10 {
                    return Err(de::Error::custom(format!(
                        "`{value}` is not a plain date (YYYY-MM-DD, no time)"
                    )));
                }
                Date::parse_iso(&value).map_err(de::Error::custom)
            }
        }

        deserializer.deserialize_any(DateVisitor)
    }
}

/// Sex as printed on a passport.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Sex {
    /// Female.
    #[serde(rename = "F")]
    Female,
    /// Male.
    #[serde(rename = "M")]
    Male,
    /// Unspecified (passport marker X).
    #[serde(rename = "X")]
    Unspecified,
}

impl Sex {
    /// The passport's marker: `F`, `M` or `X`.
    pub fn marker(self) -> &'static str {
        match self {
            Sex::Female => "F",
            Sex::Male => "M",
            Sex::Unspecified => "X",
        }
    }

    /// The message id of this value's label (`sex-female`, …).
    pub fn message_id(self) -> &'static str {
        match self {
            Sex::Female => "sex-female",
            Sex::Male => "sex-male",
            Sex::Unspecified => "sex-unspecified",
        }
    }
}

impl FromStr for Sex {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim() {
            "F" | "f" | "女" => Ok(Sex::Female),
            "M" | "m" | "男" => Ok(Sex::Male),
            "X" | "x" => Ok(Sex::Unspecified),
            other => Err(format!("`{other}` is not a sex marker (F, M or X)")),
        }
    }
}

impl<'de> Deserialize<'de> for Sex {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(de::Error::custom)
    }
}

/// A nationality: an ISO 3166-1 country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country(&'static CountryInfo);

impl Country {
    /// Looks a country up by ISO 3166-1 alpha-2 or alpha-3 code (any case).
    pub fn from_code(code: &str) -> Option<Self> {
        countries::by_code(code.trim()).map(Country)
    }

    /// A nationality as staff type it: alpha-2, alpha-3, or the English or
    /// Chinese country name.
    pub fn parse_typed(value: &str) -> Result<Country, String> {
        Country::from_code(value)
            .or_else(|| countries::by_name(value).and_then(|c| Country::from_code(&c.alpha2)))
            .ok_or_else(|| {
                format!(
                    "`{value}` is not a country code (KR, KOR) or a country name (韩国, South Korea)"
                )
            })
    }

    /// The upper-case alpha-2 code (`KR`).
    pub fn alpha2(self) -> &'static str {
        &self.0.alpha2
    }

    /// The message id of the country's localized name (`country-KR`).
    pub fn message_id(self) -> String {
        format!("country-{}", self.alpha2())
    }

    /// The shipped language a resident of this country most likely reads,
    /// if one of them is an official language there.
    pub fn language(self) -> Option<&'static str> {
        self.0.language.as_deref()
    }
}

impl FromStr for Country {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Country::from_code(s).ok_or_else(|| {
            format!(
                "`{}` is not an ISO 3166-1 country code (such as KR, JP, US)",
                s.trim()
            )
        })
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.alpha2())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.alpha2())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_parse_strictly() {
        let d = Date::parse_iso("2020-03-01").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2020, 3, 1));
        assert_eq!(d.to_string(), "2020-03-01");
        for bad in [
            "2020-3-1",
            "2020/03/01",
            "2020-13-01",
            "2021-02-29",
            "",
            "20200301",
        ] {
            assert!(Date::parse_iso(bad).is_err(), "{bad} accepted");
        }
        assert!(Date::parse_iso("2020-02-29").is_ok());
    }

    #[test]
    fn observation_end_crosses_months_and_leap_days() {
        let start = Date::parse_iso("2020-02-20").unwrap();
        assert_eq!(start.plus_days(13).unwrap().to_string(), "2020-03-04");
    }

    #[test]
    fn sex_markers() {
        assert_eq!("F".parse::<Sex>(), Ok(Sex::Female));
        assert_eq!("男".parse::<Sex>(), Ok(Sex::Male));
        assert!("female".parse::<Sex>().is_err());
    }

    #[test]
    fn countries_by_alpha2_and_alpha3() {
        assert_eq!(Country::from_code("kr").unwrap().alpha2(), "KR");
        assert_eq!(Country::from_code("KOR").unwrap().alpha2(), "KR");
        assert_eq!(Country::from_code("KR").unwrap().language(), Some("ko"));
        assert!(Country::from_code("XX").is_none());
    }

    #[test]
    fn dates_as_staff_type_them() {
        for v in [
            "2020-03-01",
            "2020/3/1",
            "2020.3.1",
            "2020年3月1日",
            " 2020-3-01 ",
        ] {
            assert_eq!(
                Date::parse_typed(v).unwrap().to_string(),
                "2020-03-01",
                "{v}"
            );
        }
        for v in [
            "2020-13-01",
            "3/1/2020",
            "2020-03",
            "20200301",
            "2020-03-01x",
            "2021/2/29",
        ] {
            assert!(Date::parse_typed(v).is_err(), "{v} accepted");
        }
    }

    #[test]
    fn countries_by_code_or_name() {
        for v in ["KR", "kor", "韩国", "South Korea"] {
            assert_eq!(Country::parse_typed(v).unwrap().alpha2(), "KR", "{v}");
        }
        assert!(Country::parse_typed("Korea").is_err());
    }
}
