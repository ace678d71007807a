//! The error type. Parsing text never fails; errors are for locale data, unknown
//! locales, limits and I/O done on the caller's behalf.

/// What went wrong, and where.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A locale's Fluent data could not be read or compiled.
    #[error("locale `{locale}` is broken: {message}; fix the file under locales/{locale}/")]
    LocaleData {
        /// The locale tag.
        locale: String,
        /// What is wrong with it.
        message: String,
    },
    /// A locale was asked for that is not loaded.
    #[error("unknown locale `{0}`; run `kbnorm locales` to list the loaded ones, or add locales/{0}/kb.ftl")]
    UnknownLocale(String),
    /// The input is larger than [`Limits::max_bytes`](crate::Limits::max_bytes).
    #[error(
        "the input is {size} bytes, over the limit of {limit}; raise the limit (kbnorm --max-bytes, Limits::max_bytes) or split the input"
    )]
    TooLarge {
        /// The input's size in bytes.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The text has more sections than [`Limits::max_sections`](crate::Limits::max_sections).
    #[error(
        "the text has {found} sections, over the limit of {limit}; it is probably not a KB article (raise Limits::max_sections if it is)"
    )]
    TooManySections {
        /// How many sections the text has.
        found: usize,
        /// The limit.
        limit: usize,
    },
    /// Sections nest deeper than [`Limits::max_depth`](crate::Limits::max_depth).
    #[error("the sections nest {depth} deep, over the limit of {limit}; raise Limits::max_depth if the text is a real article")]
    TooDeep {
        /// The deepest nesting found.
        depth: u8,
        /// The limit.
        limit: u8,
    },
    /// The input looks like binary data, not text.
    #[error(
        "the input looks binary ({what}, at byte {offset} of the decoded text), not like article text; to parse it anyway pass --force (NormalizerBuilder::allow_binary)"
    )]
    Binary {
        /// Where the first sign of binary data is, in the decoded text.
        offset: usize,
        /// What was found.
        what: String,
    },
}

impl Error {
    /// A short stable code for the kind of error (`too_large`, `binary`, …), for
    /// machine-readable reports such as `kbnorm batch` error records.
    ///
    /// ```
    /// let e = kbnorm::Error::TooLarge { size: 10, limit: 5 };
    /// assert_eq!(e.code(), "too_large");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Error::LocaleData { .. } => "locale_data",
            Error::UnknownLocale(_) => "unknown_locale",
            Error::TooLarge { .. } => "too_large",
            Error::TooManySections { .. } => "too_many_sections",
            Error::TooDeep { .. } => "too_deep",
            Error::Binary { .. } => "binary",
        }
    }
}
