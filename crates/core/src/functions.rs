//! `NUMBER()` and `DATETIME()` for the Fluent bundles, backed by ICU4X, and
//! the date values they format.
//!
//! fluent-bundle has no `DATETIME()` and prints numbers with Rust's own
//! formatting, ignoring the locale (37.3 where German writes 37,3). Here
//! numbers are formatted by a memoized ICU4X `DecimalFormatter` for the
//! bundle's language (the bundle's formatter hook), honouring
//! `minimumFractionDigits`, `maximumFractionDigits` and `useGrouping`.
//!
//! Dates reach Fluent as dates ([`date_value`]): `{ $start }` prints the
//! language's long date, and `DATETIME($start, dateStyle: "long")` or
//! `DATETIME($start, fields: "MD", length: "short")` (ICU4X's field sets)
//! chooses another form: 2020年3月1日, March 1, 2020, 2020년 3월 1일,
//! 1 марта 2020 г.
//!
//! A function given the wrong kind of value (`NUMBER` on a date, `DATETIME`
//! on a number or on text) or an option it does not support is a fault, not
//! text on a page: fluent-bundle would print the call's name (`DATETIME()`)
//! without reporting anything, so each fault is recorded here, per thread,
//! and [`crate::locale::Locales::format`] turns it into an error.
//!
//! Plural selection is untouched: `NUMBER()` still returns a number, so
//! `{ NUMBER($days) -> [one] … *[other] … }` selects by CLDR plural rules.

use std::borrow::Cow;
use std::cell::RefCell;

use fluent_bundle::types::{FluentNumber, FluentNumberStyle, FluentType};
use fluent_bundle::{FluentArgs, FluentValue};
use icu::calendar::{Date as IcuDate, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::enums::DateFieldSet;
use icu::datetime::fieldsets::{D, DE, E, MD, MDE, YMD, YMDE};
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu::locale::Locale;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::values::Date;

/// The options `NUMBER()` honours (`type: "ordinal"` steers plural
/// selection); any other is a fault, and the checker reports it.
pub const NUMBER_OPTIONS: &[&str] = &[
    "minimumFractionDigits",
    "maximumFractionDigits",
    "useGrouping",
    "type",
];

/// The options `DATETIME()` honours: `dateStyle`, or one of ICU4X's date
/// field sets (`fields`) with its `length`. Any other is a fault, and the
/// checker reports it (`timeStyle` among them: the values are dates, with
/// no time of day).
pub const DATETIME_OPTIONS: &[&str] = &["dateStyle", "fields", "length"];

/// The `dateStyle` values `DATETIME()` takes.
pub const DATE_STYLES: &[&str] = &["full", "long", "medium", "short"];

/// The ICU4X date field sets `DATETIME(…, fields: "…")` takes: D day,
/// M month, Y year, E weekday.
pub const DATE_FIELDS: &[&str] = &["D", "MD", "YMD", "DE", "MDE", "YMDE", "E"];

/// The `length` values of a field set.
pub const DATE_LENGTHS: &[&str] = &["long", "medium", "short"];

/// What a blank form prints where a resident's name or a date goes: a line
/// to write on (also what a date the record does not give prints).
pub const WRITE_IN: &str = "__________";

thread_local! {
    static FAULTS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Records a fault of the message being formatted on this thread, and
/// gives the error value.
fn fault<'a>(problem: String) -> FluentValue<'a> {
    FAULTS.with(|f| f.borrow_mut().push(problem));
    FluentValue::Error
}

/// Forgets the faults recorded on this thread (before formatting).
pub(crate) fn clear_faults() {
    FAULTS.with(|f| f.borrow_mut().clear());
}

/// The faults recorded on this thread since [`clear_faults`].
pub(crate) fn take_faults() -> Vec<String> {
    FAULTS.with(|f| std::mem::take(&mut *f.borrow_mut()))
}

/// What kind of value a function was given, for its fault message.
fn kind_of(value: Option<&FluentValue<'_>>) -> String {
    match value {
        None => "no value".to_owned(),
        Some(FluentValue::String(s)) => format!("the text \"{s}\""),
        Some(FluentValue::Number(n)) => format!("the number {}", n.value),
        Some(FluentValue::Custom(c)) if (**c).as_any().is::<FluentDate>() => "a date".to_owned(),
        Some(FluentValue::Custom(_)) => "a value of another kind".to_owned(),
        Some(FluentValue::Error) => "a value that failed".to_owned(),
        Some(FluentValue::None) => "nothing".to_owned(),
    }
}

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

/// A number with `fraction_digits` digits after the separator, whatever
/// its value (37.3, 1.0 → 1): what a variable such as `$threshold` holds,
/// printed in the bundle's language and accepted by `NUMBER()`.
pub fn number_value(value: f64, fraction_digits: usize) -> FluentValue<'static> {
    let mut number = FluentNumber::from(value);
    number.options.minimum_fraction_digits = Some(fraction_digits);
    number.options.maximum_fraction_digits = Some(fraction_digits);
    FluentValue::Number(number)
}

/// `NUMBER($n, …)`: fluent-bundle's own, except that a value that is not a
/// number (a date, text) or an option it does not honour is a fault.
pub fn number<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let Some(FluentValue::Number(n)) = positional.first() else {
        return fault(format!(
            "`NUMBER()` takes a number; it was given {}",
            kind_of(positional.first())
        ));
    };
    if let Some((option, _)) = named.iter().find(|(k, _)| !NUMBER_OPTIONS.contains(k)) {
        return fault(format!(
            "`NUMBER()` has no option `{option}`; it takes {}",
            NUMBER_OPTIONS.join(", ")
        ));
    }
    let mut n = n.clone();
    n.options.merge(named);
    FluentValue::Number(n)
}

/// How long the parts of a formatted date are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Length {
    Long,
    Medium,
    Short,
}

/// Which parts of a date print: ICU4X's date field sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Fields {
    D,
    Md,
    Ymd,
    De,
    Mde,
    Ymde,
    E,
}

/// The form a date prints in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct DateForm {
    fields: Fields,
    length: Length,
}

impl DateForm {
    /// The form of `{ $start }` without `DATETIME()`: the long date.
    const DEFAULT: DateForm = DateForm {
        fields: Fields::Ymd,
        length: Length::Long,
    };

    fn field_set(self) -> DateFieldSet {
        macro_rules! set {
            ($ty:ident, $variant:ident) => {
                DateFieldSet::$variant(match self.length {
                    Length::Long => $ty::long(),
                    Length::Medium => $ty::medium(),
                    Length::Short => $ty::short(),
                })
            };
        }
        match self.fields {
            Fields::D => set!(D, D),
            Fields::Md => set!(MD, MD),
            Fields::Ymd => set!(YMD, YMD),
            Fields::De => set!(DE, DE),
            Fields::Mde => set!(MDE, MDE),
            Fields::Ymde => set!(YMDE, YMDE),
            Fields::E => set!(E, E),
        }
    }
}

/// An ICU4X date formatter, memoized per bundle language and form.
struct DateFormat(FixedCalendarDateTimeFormatter<Gregorian, DateFieldSet>);

impl Memoizable for DateFormat {
    type Args = (DateForm,);
    type Error = ();

    fn construct(lang: LanguageIdentifier, (form,): (DateForm,)) -> Result<Self, ()> {
        let prefs = icu_locale(&lang).ok_or(())?.into();
        FixedCalendarDateTimeFormatter::try_new(prefs, form.field_set())
            .map(DateFormat)
            .map_err(|_| ())
    }
}

/// A date waiting to be formatted in the bundle's language; `None` is a
/// date a blank form leaves to write in.
#[derive(Debug, Clone, PartialEq)]
struct FluentDate {
    date: Option<Date>,
    form: DateForm,
}

impl FluentType for FluentDate {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        // gaozhi's bundles are the concurrent kind; this is never called.
        Cow::Owned(
            self.date
                .map_or_else(|| WRITE_IN.to_owned(), |d| d.to_string()),
        )
    }

    fn as_string_threadsafe(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        let Some(d) = self.date else {
            return Cow::Borrowed(WRITE_IN);
        };
        let Ok(date) = IcuDate::try_new_gregorian(d.year().into(), d.month() as u8, d.day() as u8)
        else {
            fault(format!("the date {d} cannot be formatted"));
            return Cow::Owned(String::new());
        };
        intls
            .with_try_get::<DateFormat, _, _>((self.form,), |f| f.0.format(&date).to_string())
            .map(Cow::Owned)
            .unwrap_or_else(|()| {
                fault(format!("no date format for the language ({d})"));
                Cow::Owned(String::new())
            })
    }
}

/// A date as a Fluent value: printed as the language's long date, and what
/// `DATETIME()` takes. `None` prints a line to write the date on (a blank
/// form), also through `DATETIME()`.
pub fn date_value(date: Option<Date>) -> FluentValue<'static> {
    FluentValue::Custom(Box::new(FluentDate {
        date,
        form: DateForm::DEFAULT,
    }))
}

/// The text value of a named option, or a fault naming it.
fn option_text(
    named: &FluentArgs,
    option: &str,
    allowed: &'static [&'static str],
) -> Result<Option<&'static str>, String> {
    let known = |s: &str| allowed.iter().copied().find(|a| *a == s);
    match named.get(option) {
        None => Ok(None),
        Some(FluentValue::String(s)) if known(s).is_some() => Ok(known(s)),
        Some(other) => Err(format!(
            "`DATETIME()` option `{option}` is {}; it takes {}",
            kind_of(Some(other)),
            allowed
                .iter()
                .map(|a| format!("\"{a}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// The form `DATETIME()`'s options ask for.
fn date_form(named: &FluentArgs) -> Result<DateForm, String> {
    if let Some((option, _)) = named.iter().find(|(k, _)| !DATETIME_OPTIONS.contains(k)) {
        let why = if option == "timeStyle" {
            "the values are dates, with no time of day".to_owned()
        } else {
            format!("it takes {}", DATETIME_OPTIONS.join(", "))
        };
        return Err(format!("`DATETIME()` has no option `{option}`: {why}"));
    }
    let style = option_text(named, "dateStyle", DATE_STYLES)?;
    let fields = option_text(named, "fields", DATE_FIELDS)?;
    let length = option_text(named, "length", DATE_LENGTHS)?;
    let length = |default| match length {
        Some("long") => Length::Long,
        Some("short") => Length::Short,
        Some(_) => Length::Medium,
        None => default,
    };
    match (style, fields) {
        (Some(_), Some(_)) => {
            Err("`DATETIME()` takes either `dateStyle` or `fields`, not both".to_owned())
        }
        (Some(style), None) => {
            if named.get("length").is_some() {
                return Err(
                    "`DATETIME()` option `length` goes with `fields`, not `dateStyle`".to_owned(),
                );
            }
            Ok(match style {
                "full" => DateForm {
                    fields: Fields::Ymde,
                    length: Length::Long,
                },
                "long" => DateForm {
                    fields: Fields::Ymd,
                    length: Length::Long,
                },
                "short" => DateForm {
                    fields: Fields::Ymd,
                    length: Length::Short,
                },
                _ => DateForm {
                    fields: Fields::Ymd,
                    length: Length::Medium,
                },
            })
        }
        (None, Some(fields)) => Ok(DateForm {
            fields: match fields {
                "D" => Fields::D,
                "MD" => Fields::Md,
                "DE" => Fields::De,
                "MDE" => Fields::Mde,
                "YMDE" => Fields::Ymde,
                "E" => Fields::E,
                _ => Fields::Ymd,
            },
            length: length(Length::Medium),
        }),
        (None, None) => Ok(DateForm {
            fields: Fields::Ymd,
            length: length(Length::Medium),
        }),
    }
}

/// `DATETIME($date, dateStyle: "long")` or `DATETIME($date, fields: "MD",
/// length: "short")`. Anything but a date, or an option it does not
/// support, is a fault.
pub fn datetime<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let date = match positional.first() {
        Some(FluentValue::Custom(c)) => (**c).as_any().downcast_ref::<FluentDate>(),
        _ => None,
    };
    let Some(date) = date else {
        return fault(format!(
            "`DATETIME()` takes a date; it was given {}",
            kind_of(positional.first())
        ));
    };
    match date_form(named) {
        Ok(form) => FluentValue::Custom(Box::new(FluentDate {
            date: date.date,
            form,
        })),
        Err(problem) => fault(problem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::locale::{LocaleFile, Locales};

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

    fn try_format(lang: &str, ftl: &str, args: &FluentArgs) -> crate::Result<String> {
        locales(lang, ftl).format(&Lang::from_dir_name(lang), "m", Some(args))
    }

    fn format(lang: &str, ftl: &str, args: &FluentArgs) -> String {
        try_format(lang, ftl, args).unwrap()
    }

    fn start() -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("start", date_value(Date::new(2020, 3, 1)));
        args.set("days", 14);
        args.set("name", "KIM");
        args
    }

    #[test]
    fn datetime_prints_each_languages_long_date() {
        let args = start();
        let ftl = "m = { DATETIME($start, dateStyle: \"long\") }\n";
        assert_eq!(format("zh-Hans", ftl, &args), "2020年3月1日");
        assert_eq!(format("en", ftl, &args), "March 1, 2020");
        assert_eq!(format("ko", ftl, &args), "2020년 3월 1일");
        // CLDR puts a narrow no-break space before the Russian "г.".
        assert_eq!(format("ru", ftl, &args), "1 марта 2020\u{202f}г.");
        assert_eq!(format("fr", ftl, &args), "1 mars 2020");
        // Without DATETIME() a date prints long too.
        assert_eq!(format("en", "m = { $start }\n", &args), "March 1, 2020");
    }

    #[test]
    fn datetime_takes_icu4x_field_sets() {
        let args = start();
        let f = |ftl: &str| format("en", &format!("m = {ftl}\n"), &args);
        assert_eq!(f("{ DATETIME($start, fields: \"MD\") }"), "Mar 1");
        assert_eq!(
            f("{ DATETIME($start, fields: \"MD\", length: \"long\") }"),
            "March 1"
        );
        assert_eq!(f("{ DATETIME($start, dateStyle: \"short\") }"), "3/1/20");
        assert!(f("{ DATETIME($start, dateStyle: \"full\") }").starts_with("Sunday"));
        assert_eq!(
            format(
                "zh-Hans",
                "m = { DATETIME($start, fields: \"MD\") }\n",
                &args
            ),
            "3月1日"
        );
    }

    #[test]
    fn a_blank_date_is_a_line_to_write_on() {
        let mut args = FluentArgs::new();
        args.set("start", date_value(None));
        let ftl = "m = { DATETIME($start, dateStyle: \"long\") }/{ $start }\n";
        assert_eq!(format("en", ftl, &args), format!("{WRITE_IN}/{WRITE_IN}"));
    }

    #[test]
    fn functions_given_the_wrong_value_are_errors() {
        let args = start();
        for (ftl, problem) in [
            (
                "{ NUMBER($start) }",
                "`NUMBER()` takes a number; it was given a date",
            ),
            (
                "{ NUMBER($name) }",
                "`NUMBER()` takes a number; it was given the text \"KIM\"",
            ),
            (
                "{ DATETIME($days) }",
                "`DATETIME()` takes a date; it was given the number 14",
            ),
            (
                "{ DATETIME($name) }",
                "`DATETIME()` takes a date; it was given the text \"KIM\"",
            ),
            (
                "{ DATETIME(\"2020-03-01\") }",
                "`DATETIME()` takes a date; it was given the text \"2020-03-01\"",
            ),
            (
                "{ DATETIME($start, timeStyle: \"short\") }",
                "`DATETIME()` has no option `timeStyle`: the values are dates, with no time of day",
            ),
            (
                "{ DATETIME($start, dateStyle: \"longg\") }",
                "`DATETIME()` option `dateStyle` is the text \"longg\"; it takes \"full\", \"long\", \"medium\", \"short\"",
            ),
            (
                "{ NUMBER($days, style: \"percent\") }",
                "`NUMBER()` has no option `style`; it takes minimumFractionDigits, maximumFractionDigits, useGrouping, type",
            ),
            // In a selector the fault would silently pick the default variant.
            (
                "{ NUMBER($start) ->\n    [one] a\n   *[other] b\n}",
                "`NUMBER()` takes a number; it was given a date",
            ),
        ] {
            let err = try_format("en", &format!("m = {ftl}\n"), &args).unwrap_err();
            assert_eq!(err.message, problem, "{ftl}");
            assert_eq!(err.at.field.as_deref(), Some("m"));
            assert_eq!(err.at.file.as_deref(), Some("en/t.ftl"));
            assert_eq!(err.at.line, Some(1));
        }
        // The faults do not leak into the next message formatted.
        assert_eq!(format("en", "m = { $days }\n", &args), "14");
    }

    #[test]
    fn numbers_use_the_locale_separator_and_options() {
        let mut args = FluentArgs::new();
        args.set("t", 37.3);
        args.set("n", 12345.678);
        args.set("threshold", number_value(37.0, 1));
        let ftl = "m = { NUMBER($t, minimumFractionDigits: 1) } / { $n } / { NUMBER($n, maximumFractionDigits: 1, useGrouping: \"false\") } / { $threshold }\n";
        assert_eq!(
            format("en", ftl, &args),
            "37.3 / 12,345.678 / 12345.7 / 37.0"
        );
        assert_eq!(
            format("de", ftl, &args),
            "37,3 / 12.345,678 / 12345,7 / 37,0"
        );
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
