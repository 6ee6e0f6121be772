//! The Typst world of one compile: the engine's fonts, templates and
//! standard library, plus the documents' data served as one file.
//!
//! Resident data reaches Typst only through that file (CBOR, read by
//! `main.typ` with `cbor(...)`): Typst decodes it into values and never
//! parses it as markup, so `#panic("x")` or `*bold*` in a name prints as it
//! is. Nothing else changes from one compile to the next: the standard
//! library (with an empty `sys.inputs`) and the templates are the same for
//! every resident, so Typst's cache keeps what two residents' documents
//! share (the clauses of one language, the page setup) and lays it out
//! once. Only what reads the data file (the evaluation of `main.typ`, and
//! the layout of the values themselves) is done again for each.

use typst::diag::FileResult;
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

use crate::templates;

/// The path `main.typ` reads the documents' data from.
pub(crate) const DATA: &str = "gaozhi-data.cbor";

/// The engine's world with the data file of one compile.
pub(crate) struct DataWorld<'a> {
    inner: &'a dyn World,
    data_id: FileId,
    data: Bytes,
}

impl<'a> DataWorld<'a> {
    /// `inner`, serving `data` at [`DATA`].
    pub(crate) fn new(inner: &'a dyn World, data: Bytes) -> DataWorld<'a> {
        DataWorld {
            inner,
            data_id: templates::file_id(DATA),
            data,
        }
    }
}

impl World for DataWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.inner.library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.inner.book()
    }

    fn main(&self) -> FileId {
        self.inner.main()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.inner.source(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else {
            self.inner.file(id)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.inner.font(index)
    }

    /// No date from the clock: documents carry their issue date from the
    /// data, so output is the same whenever it is made.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
