//! Dates and numbers in each language's own form, from ICU4X's compiled CLDR
//! data: 2020年3月2日, 2020년 3월 2일, March 2, 2020; 37.3 or 37,3.
//!
//! Documents always use the Gregorian calendar, whatever the locale's
//! default, because the Chinese binding text does.

use icu::calendar::{Date as IcuDate, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::{MD, YMD};
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::list::ListFormatter;
use icu::list::options::ListFormatterOptions;
use icu::locale::Locale;

use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::values::Date;

fn locale(lang: &Lang) -> Result<Locale> {
    lang.as_str().parse::<Locale>().map_err(|e| {
        Error::new(
            ErrorKind::Locale,
            format!("`{lang}` is not an ICU locale: {e}"),
        )
    })
}

/// Formats a date in `lang`'s long style (2020年3月2日, March 2, 2020).
pub fn format_date(lang: &Lang, date: Date) -> Result<String> {
    let formatter =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(lang)?.into(), YMD::long())
            .map_err(|e| no_date_format(lang, e))?;
    Ok(formatter.format(&icu_date(date)?).to_string())
}

/// Formats days of the year without the year, in `lang`'s medium style
/// (3月2日, Mar 2, 2 mars), for rows of a log or a pass; one formatter for
/// all of them.
pub fn format_month_days(lang: &Lang, dates: &[Date]) -> Result<Vec<String>> {
    let formatter =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(lang)?.into(), MD::medium())
            .map_err(|e| no_date_format(lang, e))?;
    dates
        .iter()
        .map(|&date| Ok(formatter.format(&icu_date(date)?).to_string()))
        .collect()
}

fn no_date_format(lang: &Lang, e: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorKind::Locale,
        format!("no date format for `{lang}`: {e}"),
    )
}

fn icu_date(date: Date) -> Result<IcuDate<Gregorian>> {
    IcuDate::try_new_gregorian(date.year().into(), date.month() as u8, date.day() as u8)
        .map_err(|e| Error::invalid(format!("date {date} out of range: {e}")))
}

/// Formats a decimal number with exactly `fraction_digits` digits after the
/// separator, in `lang`'s style (37.3, 37,3).
pub fn format_decimal(lang: &Lang, value: f64, fraction_digits: i16) -> Result<String> {
    let formatter =
        DecimalFormatter::try_new(locale(lang)?.into(), Default::default()).map_err(|e| {
            Error::new(
                ErrorKind::Locale,
                format!("no number format for `{lang}`: {e}"),
            )
        })?;
    let text = format!("{value:.*}", fraction_digits.max(0) as usize);
    let decimal: Decimal = text
        .parse()
        .map_err(|_| Error::invalid(format!("{value} is not a finite number")))?;
    Ok(formatter.format_to_string(&decimal))
}

/// Joins items as `lang` writes a list ("Seoul, Daegu, and Busan",
/// "首尔、大邱和釜山").
pub fn format_list(lang: &Lang, items: &[String]) -> Result<String> {
    if items.is_empty() {
        return Ok(String::new());
    }
    let formatter =
        ListFormatter::try_new_and(locale(lang)?.into(), ListFormatterOptions::default()).map_err(
            |e| {
                Error::new(
                    ErrorKind::Locale,
                    format!("no list format for `{lang}`: {e}"),
                )
            },
        )?;
    Ok(formatter.format_to_string(items.iter().map(String::as_str)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(lang: &str) -> String {
        format_date(
            &Lang::from_dir_name(lang),
            Date::parse_iso("2020-03-02").unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn dates_in_each_languages_own_form() {
        assert_eq!(date("zh-Hans"), "2020年3月2日");
        assert_eq!(date("ja"), "2020年3月2日");
        assert_eq!(date("ko"), "2020년 3월 2일");
        assert_eq!(date("en"), "March 2, 2020");
        assert_eq!(date("zh-Hant"), "2020年3月2日");
        assert_eq!(date("de"), "2. März 2020");
    }

    #[test]
    fn days_of_a_log_drop_the_year() {
        let days = |l: &str| {
            format_month_days(
                &Lang::from_dir_name(l),
                &[
                    Date::new(2020, 3, 2).unwrap(),
                    Date::new(2020, 12, 31).unwrap(),
                ],
            )
            .unwrap()
        };
        assert_eq!(days("zh-Hans"), ["3月2日", "12月31日"]);
        assert_eq!(days("en"), ["Mar 2", "Dec 31"]);
        assert_eq!(days("ko")[0], "3월 2일");
    }

    #[test]
    fn decimals_use_the_local_separator() {
        let f = |l: &str| format_decimal(&Lang::from_dir_name(l), 37.3, 1).unwrap();
        assert_eq!(f("zh-Hans"), "37.3");
        assert_eq!(f("de"), "37,3");
        assert_eq!(f("fr"), "37,3");
    }
}
