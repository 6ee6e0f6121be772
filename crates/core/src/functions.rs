//! `NUMBER()` and `DATETIME()` for the Fluent bundles, backed by ICU4X.
//!
//! fluent-bundle has no `DATETIME()` and prints numbers with Rust's own
//! formatting, ignoring the locale (37.3 where German writes 37,3). Here
//! numbers are formatted by a memoized ICU4X `DecimalFormatter` for the
//! bundle's language (the bundle's formatter hook), honouring
//! `minimumFractionDigits`, `maximumFractionDigits` and `useGrouping`; and
//! `DATETIME($date, dateStyle: "long")` formats an ISO date (`2020-03-01`) as
//! 2020年3月1日, March 1, 2020, 2020년 3월 1일 or 1 марта 2020 г.
//!
//! Plural selection is untouched: `NUMBER()` still returns a number, so
//! `{ NUMBER($days) -> [one] … *[other] … }` selects by CLDR plural rules.

use std::borrow::Cow;

use fluent_bundle::types::{FluentNumber, FluentNumberStyle, FluentType};
use fluent_bundle::{FluentArgs, FluentValue};
use icu::calendar::{Date as IcuDate, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::{YMD, YMDE};
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu::locale::Locale;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::values::Date;

/// The options `NUMBER()` honours (`type: "ordinal"` steers plural
/// selection); the checker reports any other instead of letting it be
/// silently ignored.
pub const NUMBER_OPTIONS: &[&str] = &[
    "minimumFractionDigits",
    "maximumFractionDigits",
    "useGrouping",
    "type",
];

/// The options `DATETIME()` honours; the checker reports any other.
pub const DATETIME_OPTIONS: &[&str] = &["dateStyle"];

/// The `dateStyle` values `DATETIME()` takes.
pub const DATE_STYLES: &[&str] = &["full", "long", "medium", "short"];

fn icu_locale(lang: &LanguageIdentifier) -> Option<Locale> {
    lang.to_string().parse().ok()
}

/// An ICU4X decimal formatter, memoized per bundle language and grouping.
struct NumberFormat(DecimalFormatter);

impl Memoizable for NumberFormat {
    type Args = (bool,);
    type Error = ();

    fn construct(lang: LanguageIdentifier, (grouping,): (bool,)) -> Result<Self, ()> {
        let mut options = DecimalFormatterOptions::default();
        if !grouping {
            options.grouping_strategy = Some(GroupingStrategy::Never);
        }
        let locale = icu_locale(&lang).ok_or(())?;
        DecimalFormatter::try_new(locale.into(), options)
            .map(NumberFormat)
            .map_err(|_| ())
    }
}

/// Formats a Fluent number in the memoizer's language.
fn format_number(number: &FluentNumber, intls: &IntlLangMemoizer) -> Option<String> {
    let options = &number.options;
    if options.style != FluentNumberStyle::Decimal || !number.value.is_finite() {
        return None;
    }
    let max = options.maximum_fraction_digits.unwrap_or(3).min(20);
    let min = options.minimum_fraction_digits.unwrap_or(0).min(max);
    let mut text = format!("{:.*}", max, number.value);
    // Drop trailing zeros down to the minimum.
    if let Some(dot) = text.find('.') {
        let keep = dot + 1 + min;
        while text.len() > keep && text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    let decimal: Decimal = text.parse().ok()?;
    intls
        .with_try_get::<NumberFormat, _, _>((options.use_grouping,), |f| {
            f.0.format_to_string(&decimal)
        })
        .ok()
}

/// The bundles' value formatter: ICU4X for numbers, the default otherwise.
pub fn formatter(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => format_number(n, intls),
        _ => None,
    }
}

/// How long a formatted date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum DateStyle {
    Full,
    Long,
    Medium,
    Short,
}

/// An ICU4X date formatter, memoized per bundle language and style.
enum DateFormat {
    Plain(FixedCalendarDateTimeFormatter<Gregorian, YMD>),
    WithWeekday(FixedCalendarDateTimeFormatter<Gregorian, YMDE>),
}

impl Memoizable for DateFormat {
    type Args = (DateStyle,);
    type Error = ();

    fn construct(lang: LanguageIdentifier, (style,): (DateStyle,)) -> Result<Self, ()> {
        let prefs = icu_locale(&lang).ok_or(())?.into();
        match style {
            DateStyle::Full => FixedCalendarDateTimeFormatter::try_new(prefs, YMDE::long())
                .map(DateFormat::WithWeekday),
            DateStyle::Long => {
                FixedCalendarDateTimeFormatter::try_new(prefs, YMD::long()).map(DateFormat::Plain)
            }
            DateStyle::Medium => {
                FixedCalendarDateTimeFormatter::try_new(prefs, YMD::medium()).map(DateFormat::Plain)
            }
            DateStyle::Short => {
                FixedCalendarDateTimeFormatter::try_new(prefs, YMD::short()).map(DateFormat::Plain)
            }
        }
        .map_err(|_| ())
    }
}

/// A date waiting to be formatted in the bundle's language.
#[derive(Debug, Clone, PartialEq)]
struct FluentDate {
    date: Date,
    style: DateStyle,
}

impl FluentType for FluentDate {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        // gaozhi's bundles are the concurrent kind; this is never called.
        Cow::Owned(self.date.to_string())
    }

    fn as_string_threadsafe(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        let d = self.date;
        let Ok(date) = IcuDate::try_new_gregorian(d.year().into(), d.month() as u8, d.day() as u8)
        else {
            return Cow::Owned(d.to_string());
        };
        intls
            .with_try_get::<DateFormat, _, _>((self.style,), |f| match f {
                DateFormat::Plain(f) => f.format(&date).to_string(),
                DateFormat::WithWeekday(f) => f.format(&date).to_string(),
            })
            .map(Cow::Owned)
            .unwrap_or_else(|()| Cow::Owned(d.to_string()))
    }
}

/// `DATETIME($date, dateStyle: "long")`: `$date` is an ISO date string.
/// A value that is not a date, or an unknown style, gives an error value
/// (Fluent prints the placeable's name, and the checker reports the
/// option).
pub fn datetime<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let Some(FluentValue::String(text)) = positional.first() else {
        return FluentValue::Error;
    };
    let Ok(date) = Date::parse_iso(text) else {
        return FluentValue::Error;
    };
    let style = match named.get("dateStyle") {
        None => DateStyle::Medium,
        Some(FluentValue::String(s)) => match s.as_ref() {
            "full" => DateStyle::Full,
            "long" => DateStyle::Long,
            "medium" => DateStyle::Medium,
            "short" => DateStyle::Short,
            _ => return FluentValue::Error,
        },
        Some(_) => return FluentValue::Error,
    };
    FluentValue::Custom(Box::new(FluentDate { date, style }))
}

#[cfg(test)]
mod tests {
    use crate::lang::Lang;
    use crate::locale::{LocaleFile, Locales};
    use fluent_bundle::FluentArgs;

    fn locales(lang: &str, ftl: &str) -> Locales {
        let mut files = vec![LocaleFile {
            lang: "zh-Hans".into(),
            path: "zh-Hans/t.ftl".into(),
            text: ftl.into(),
        }];
        if lang != "zh-Hans" {
            files.push(LocaleFile {
                lang: lang.into(),
                path: format!("{lang}/t.ftl"),
                text: ftl.into(),
            });
        }
        Locales::from_files(files).unwrap()
    }

    fn format(lang: &str, ftl: &str, args: &FluentArgs) -> String {
        locales(lang, ftl)
            .format(&Lang::from_dir_name(lang), "m", Some(args))
            .unwrap()
    }

    #[test]
    fn datetime_prints_each_languages_long_date() {
        let mut args = FluentArgs::new();
        args.set("start", "2020-03-01");
        let ftl = "m = { DATETIME($start, dateStyle: \"long\") }\n";
        assert_eq!(format("zh-Hans", ftl, &args), "2020年3月1日");
        assert_eq!(format("en", ftl, &args), "March 1, 2020");
        assert_eq!(format("ko", ftl, &args), "2020년 3월 1일");
        // CLDR puts a narrow no-break space before the Russian "г.".
        assert_eq!(format("ru", ftl, &args), "1 марта 2020\u{202f}г.");
        assert_eq!(format("fr", ftl, &args), "1 mars 2020");
    }

    #[test]
    fn numbers_use_the_locale_separator_and_options() {
        let mut args = FluentArgs::new();
        args.set("t", 37.3);
        args.set("n", 12345.678);
        let ftl = "m = { NUMBER($t, minimumFractionDigits: 1) } / { $n } / { NUMBER($n, maximumFractionDigits: 1, useGrouping: \"false\") }\n";
        assert_eq!(format("en", ftl, &args), "37.3 / 12,345.678 / 12345.7");
        assert_eq!(format("de", ftl, &args), "37,3 / 12.345,678 / 12345,7");
    }

    #[test]
    fn plural_selection_still_works() {
        let ftl = "m = { NUMBER($days) ->\n    [one] { $days } день\n    [few] { $days } дня\n   *[other] { $days } дней\n}\n";
        for (days, text) in [
            (1, "1 день"),
            (3, "3 дня"),
            (14, "14 дней"),
            (21, "21 день"),
        ] {
            let mut args = FluentArgs::new();
            args.set("days", days);
            assert_eq!(format("ru", ftl, &args), text);
        }
    }
}
