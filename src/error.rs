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
}
