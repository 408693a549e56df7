//! What `search` looks through: every record as a [`Document`], and an index of the words of
//! their folded texts. The texts are folded and indexed once: by the build script for the
//! embedded data (baked with the dataset), and for `--data` when a search asks, so that no
//! other command pays for them. A search folds only its query.

use std::borrow::Cow;

use super::dataset::{CityId, CountryId, Dataset, Named, Posting};
use super::model::{List, Str, Text};
use super::names::fold;

/// A record a search can find, by its place in the dataset's tables. The order of
/// [`documents`] is the order hits of equal score are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// A country, by any of its names or codes.
    Country(CountryId),
    /// A city, by any of its names.
    City(CityId),
    /// `postings[i]`.
    Posting(usize),
    /// `advisers[i]`.
    Adviser(usize),
    /// `accreditations[i]`.
    Accreditation(usize),
    /// `partnerships[i]`.
    Partnership(usize),
    /// `duties[i]`.
    Duty(usize),
    /// `statements[i]`.
    Statement(usize),
    /// `unsc.sections[section].points[point]`.
    UnscPoint {
        /// The section's place.
        section: usize,
        /// The point's place in it.
        point: usize,
    },
    /// `unsc.outcome`.
    Outcome,
    /// `unsc.developments[i]`.
    Development(usize),
    /// `sources[i]`.
    Source(usize),
}

/// Every record, in the order of the dataset's tables (countries, cities, postings,
/// advisers, accreditations, cooperation, duties, statements, UNSC, sources).
pub fn documents(ds: &Dataset) -> impl Iterator<Item = Document> + '_ {
    let each = |n: usize, make: fn(usize) -> Document| (0..n).map(make);
    let unsc = &ds.unsc;
    ds.country_ids()
        .map(Document::Country)
        .chain(ds.city_ids().map(Document::City))
        .chain(each(ds.postings.len(), Document::Posting))
        .chain(each(ds.advisers.len(), Document::Adviser))
        .chain(each(ds.accreditations.len(), Document::Accreditation))
        .chain(each(ds.partnerships.len(), Document::Partnership))
        .chain(each(ds.duties.len(), Document::Duty))
        .chain(each(ds.statements.len(), Document::Statement))
        .chain(unsc.sections.iter().enumerate().flat_map(|(s, section)| {
            (0..section.points.len()).map(move |point| Document::UnscPoint { section: s, point })
        }))
        .chain(std::iter::once(Document::Outcome))
        .chain(each(unsc.developments.len(), Document::Development))
        .chain(each(ds.sources.len(), Document::Source))
}

impl Document {
    /// All the record says, in both languages, as the texts a search matches.
    pub fn parts(self, ds: &Dataset) -> Vec<&str> {
        match self {
            Document::Country(id) => name_forms_of(ds.country(id)),
            Document::City(id) => name_forms_of(ds.city(id)),
            Document::Posting(i) => {
                let Posting {
                    residence,
                    covers,
                    quote,
                    stated_attaches,
                    ..
                } = &ds.postings[i];
                let mut parts = name_forms_of(ds.city(*residence));
                covers
                    .iter()
                    .for_each(|&c| parts.extend(name_forms_of(ds.country(c))));
                parts.push(quote);
                // The number of attachés a source states for the residence is found with it.
                if let Some(stated) = stated_attaches {
                    parts.push(&stated.quote);
                }
                parts
            }
            Document::Adviser(i) => {
                let adviser = &ds.advisers[i];
                let mut parts = name_forms_of(ds.city(adviser.residence));
                parts.extend(name_forms_of(ds.country(adviser.embassy_in)));
                parts.push(&adviser.quote);
                parts
            }
            Document::Accreditation(i) => {
                let accreditation = &ds.accreditations[i];
                let city = ds.city(accreditation.residence);
                let mut parts = name_forms_of(ds.country(accreditation.country));
                parts.extend(name_forms_of(city));
                parts.extend(name_forms_of(ds.country(city.country)));
                parts.push(&accreditation.quote);
                parts
            }
            Document::Partnership(i) => {
                let p = &ds.partnerships[i];
                let mut parts = texts(&[&p.title, &p.role]);
                parts.extend(p.note.as_ref().map_or(vec![], |n| texts(&[n])));
                for member in p.members.iter() {
                    parts.extend(name_forms_of(ds.country(member.country)));
                    parts.extend(member.role.as_ref().map_or(vec![], |r| texts(&[r])));
                }
                parts.push(&p.quote);
                parts
            }
            Document::Duty(i) => texts(&[&ds.duties[i].text]),
            Document::Statement(i) => {
                let statement = &ds.statements[i];
                let mut parts = texts(&[&statement.text]);
                parts.push(&statement.quote);
                parts
            }
            Document::UnscPoint { section, point } => {
                let section = &ds.unsc.sections[section];
                let point = &section.points[point];
                let mut parts = texts(&[&section.title, &point.text]);
                point
                    .countries
                    .iter()
                    .for_each(|&c| parts.extend(name_forms_of(ds.country(c))));
                parts
            }
            Document::Outcome => {
                let outcome = &ds.unsc.outcome;
                let mut parts = texts(&[&outcome.text]);
                for &c in outcome
                    .elected_same_day
                    .iter()
                    .chain(outcome.withdrew.iter())
                {
                    parts.extend(name_forms_of(ds.country(c)));
                }
                parts
            }
            Document::Development(i) => {
                let d = &ds.unsc.developments[i];
                let mut parts = texts(&[&d.text]);
                d.countries
                    .iter()
                    .for_each(|&c| parts.extend(name_forms_of(ds.country(c))));
                parts
            }
            Document::Source(i) => {
                let source = &ds.sources[i];
                let mut parts = texts(&[&source.publisher, &source.title]);
                parts.push(&source.id);
                parts
            }
        }
    }
}

/// Every form of a place's name, as [`Named::name_forms`] gives them.
fn name_forms_of<T: Named>(place: &T) -> Vec<&str> {
    place.name_forms().map(|(form, _)| form).collect()
}

fn texts<'a>(texts: &[&'a Text]) -> Vec<&'a str> {
    texts
        .iter()
        .flat_map(|t| [t.en.as_ref(), t.lv.as_ref()])
        .collect()
}

/// The words of every [`Document`]'s folded text (its parts joined by a space and [`fold`]ed,
/// split at each space), each word once with the documents it is in: a search looks up the
/// words its query's words begin, not every document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchIndex {
    /// Every word, each once, in byte order, one after another.
    pub words: Str,
    /// Each word of `words` in order: where it ends there, and where its documents end in
    /// `documents`.
    pub entries: List<WordEntry>,
    /// The documents each word is in, by their place in the order of [`documents`], ascending.
    pub documents: List<u32>,
    /// How many documents there are.
    pub count: usize,
}

/// A word of [`SearchIndex::words`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordEntry {
    /// Where the word ends in [`SearchIndex::words`].
    pub word_end: usize,
    /// Where its documents end in [`SearchIndex::documents`].
    pub documents_end: usize,
}

impl SearchIndex {
    /// Folds the text of every document of `ds` and indexes its words.
    pub fn of(ds: &Dataset) -> SearchIndex {
        let texts: Vec<String> = documents(ds)
            .map(|document| fold(&document.parts(ds).join(" ")))
            .collect();
        // Each word with each document it is in, once, by word and then document.
        let mut pairs: Vec<(&str, u32)> = (0u32..)
            .zip(&texts)
            .flat_map(|(document, text)| text.split(' ').map(move |word| (word, document)))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut words = String::new();
        let mut entries: Vec<WordEntry> = Vec::new();
        let mut in_documents = Vec::with_capacity(pairs.len());
        for (i, &(word, document)) in pairs.iter().enumerate() {
            if i == 0 || pairs[i - 1].0 != word {
                words.push_str(word);
                entries.push(WordEntry {
                    word_end: words.len(),
                    documents_end: 0,
                });
            }
            in_documents.push(document);
            if let Some(entry) = entries.last_mut() {
                entry.documents_end = in_documents.len();
            }
        }
        SearchIndex {
            words: words.into(),
            entries: entries.into(),
            documents: in_documents.into(),
            count: texts.len(),
        }
    }

    /// The `i`th word.
    fn word(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.entries[p].word_end);
        self.words
            .get(start..self.entries[i].word_end)
            .unwrap_or_default()
    }

    /// The documents the `i`th word is in.
    fn documents_of(&self, i: usize) -> &[u32] {
        let start = i
            .checked_sub(1)
            .map_or(0, |p| self.entries[p].documents_end);
        self.documents
            .get(start..self.entries[i].documents_end)
            .unwrap_or_default()
    }

    /// The score of each document for `query`'s words (already folded), in the order of
    /// [`documents`]: for each query word, 3 where it is a whole word of the document, 2 where
    /// it only begins one, added up; `None` where a query word begins no word of it.
    pub fn scores(&self, query: &[&str]) -> Vec<Option<u32>> {
        let count = self.count;
        let mut totals = vec![Some(0); count];
        let mut best = vec![0u32; count];
        for &wanted in query {
            best.fill(0);
            // The words `wanted` begins are side by side in byte order.
            let from = self.partition(|word| word < wanted);
            let to = self.partition(|word| word < wanted || word.starts_with(wanted));
            for i in from..to {
                let score = if self.word(i) == wanted { 3 } else { 2 };
                for &document in self.documents_of(i) {
                    let slot = &mut best[document as usize];
                    *slot = (*slot).max(score);
                }
            }
            for (total, &best) in totals.iter_mut().zip(&best) {
                *total = total.filter(|_| best > 0).map(|t| t + best);
            }
        }
        totals
    }

    /// The first word for which `before` is false (it holds for a first run of words).
    fn partition(&self, before: impl Fn(&str) -> bool) -> usize {
        let (mut low, mut high) = (0, self.entries.len());
        while low < high {
            let middle = low + (high - low) / 2;
            if before(self.word(middle)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }
}

impl Dataset {
    /// The dataset with its search index built, as the build script bakes it.
    pub fn with_search_index(mut self) -> Dataset {
        self.search_index = Some(SearchIndex::of(&self));
        self
    }

    /// The index a search looks through: baked with the embedded data, built now for a dataset
    /// read at run time.
    pub fn search_index(&self) -> Cow<'_, SearchIndex> {
        match &self.search_index {
            Some(index) => Cow::Borrowed(index),
            None => Cow::Owned(SearchIndex::of(self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the index must give: each query word against each word of the document's text.
    fn naive_score(query: &[&str], text: &str) -> Option<u32> {
        query.iter().try_fold(0, |total, &wanted| {
            let best = text
                .split(' ')
                .map(|w| match (w == wanted, w.starts_with(wanted)) {
                    (true, _) => 3,
                    (false, true) => 2,
                    _ => 0,
                })
                .max()?;
            (best > 0).then_some(total + best)
        })
    }

    #[test]
    fn the_index_scores_as_every_documents_text_would() {
        let ds = crate::data::embedded();
        let index = ds.search_index();
        let texts: Vec<String> = documents(ds)
            .map(|document| fold(&document.parts(ds).join(" ")))
            .collect();
        assert_eq!(index.count, texts.len());
        // Whole words, beginnings, several words (and one twice), a word of no document, a
        // word longer than any it begins, and every single letter.
        let mut queries: Vec<String> = [
            "kiber",
            "miera uzturesana",
            "nato",
            "riga",
            "norway sweden",
            "nato nato",
            "zzz",
            "latvijaa",
            "2021",
            "drosibas padome",
            "a b",
            "oslo",
        ]
        .map(str::to_owned)
        .to_vec();
        queries.extend(('a'..='z').map(String::from));
        for query in &queries {
            let words: Vec<&str> = query.split(' ').collect();
            let expected: Vec<Option<u32>> = texts.iter().map(|t| naive_score(&words, t)).collect();
            assert_eq!(index.scores(&words), expected, "{query}");
        }
    }

    #[test]
    fn a_dataset_read_at_run_time_indexes_as_the_build_did() {
        let validated = crate::data::validate_embedded().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(validated.search_index, None);
        assert_eq!(
            &*validated.search_index(),
            &*crate::data::embedded().search_index()
        );
    }
}
