//! What the bot says, before it is said: a Fluent message id and its arguments. A leaf, so
//! that everything that names words (the content, the commands, the views, the locales) can
//! name them without depending on how replies are put together.

/// An argument of a Fluent message: numbers stay numbers so that plural rules and number
/// formatting work in every language.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
    /// Another message, rendered in the same language (a factor's name inside a sentence).
    Msg(String),
    /// Several messages, rendered and joined as a list.
    List(Vec<String>),
    /// A message with arguments of its own (a date in the locale's format).
    Nested(Box<Msg>),
}

/// A Fluent message id with its arguments. Code builds these only through [`Msg::new`] and
/// [`Msg::with`], so that a test can find every id the code uses by reading the sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: String,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A calendar date in the locale's own format (the `date` message).
    pub fn date(date: chrono::NaiveDate) -> Msg {
        use chrono::Datelike;
        Msg::with(
            "date",
            vec![
                ("year", Arg::Str(date.year().to_string())),
                ("month", Arg::Str(format!("{:02}", date.month()))),
                ("day", Arg::Str(format!("{:02}", date.day()))),
            ],
        )
    }

    /// A date and a wall-clock time in the locale's own format (the `datetime` message).
    pub fn datetime(at: chrono::NaiveDateTime) -> Msg {
        Msg::with(
            "datetime",
            vec![
                ("date", Arg::Nested(Box::new(Msg::date(at.date())))),
                ("time", Arg::Str(at.format("%H:%M").to_string())),
            ],
        )
    }

    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), args: Vec::new() }
    }

    pub fn with(id: impl Into<String>, args: Vec<(&'static str, Arg)>) -> Self {
        Self { id: id.into(), args }
    }
}
