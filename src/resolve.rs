//! Turning what a user typed into a country or a city.
//!
//! The input is checked (length, emptiness) and made a [`key`] like every form in the
//! dataset's [`NameIndex`] (see `data::names`): every form of every name, Latvian ones in all
//! seven cases, names in the place's own languages, former names and parts. Then, in order:
//! 1. the key itself: one binary search;
//! 2. an inverted name, "Korea, South" as "South Korea";
//! 3. the beginning of names ("Czech", "New"): one place is answered, several are listed;
//! 4. names within a few typos, as suggestions.
//!
//! Steps 3 and 4 walk every form, and are taken only when the first two find nothing.

use crate::data::{FormKind, NameIndex, fold, key};

/// The longest name accepted, in characters: the longest a dataset may hold. The longest
/// form in the data is under 70; a longer input is a mistake, and refusing it keeps the
/// suggestion search cheap.
pub const MAX_NAME_CHARS: usize = crate::data::MAX_NAME_CHARS;

/// The fewest characters that the beginning of names is looked for with: fewer begin too
/// many names to help.
const MIN_BEGINNING_CHARS: usize = 3;

/// The most typos a suggestion may be away from the input, however long the input.
const MAX_TYPOS: usize = 3;

/// Why an input cannot even be looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Nothing but white space or punctuation.
    Empty,
    /// Longer than [`MAX_NAME_CHARS`].
    TooLong {
        /// The input's length in characters, counted no further than needed to tell.
        chars: usize,
    },
}

/// How an input that found its place was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading<Id> {
    /// A name, an ISO code or a name in the place's own language.
    Name,
    /// A former name or spelling ("Burma").
    Former,
    /// A part of the country ("Scotland").
    Part,
    /// A name that fits several places, which the sources use for this one ("Koreja").
    Settled {
        /// The places the name also fits, in the dataset's order.
        others: Vec<Id>,
    },
    /// The beginning of the names of this place alone ("Czech").
    Beginning,
}

/// What a name resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution<Id> {
    /// One place.
    Found {
        /// The place.
        id: Id,
        /// Which of its names the input was, for a note to the user ("Burma" is a former name).
        reading: Reading<Id>,
    },
    /// A name that fits several places alike ("Congo").
    Ambiguous {
        /// All of them, in the dataset's order.
        candidates: Vec<Id>,
    },
    /// The beginning of several places' names ("Saint"), or part of a word of one.
    Beginning {
        /// All of them, in the dataset's order.
        candidates: Vec<Id>,
    },
    /// Nothing.
    NotFound {
        /// The places whose names are within a few typos, closest first: "did you mean".
        suggestions: Vec<Id>,
    },
}

/// Checks what a user typed: refused when longer than [`MAX_NAME_CHARS`] or when nothing is
/// left once `make` (folding, or making a key) has taken out what does not count.
fn checked(input: &str, make: fn(&str) -> String) -> Result<String, InputError> {
    // Count no further than needed: a 10 MB argument is refused as fast as a short one.
    let chars = input.chars().take(MAX_NAME_CHARS + 1).count();
    if chars > MAX_NAME_CHARS {
        return Err(InputError::TooLong {
            chars: input.chars().count(),
        });
    }
    let made = make(input);
    if made.is_empty() {
        return Err(InputError::Empty);
    }
    Ok(made)
}

/// Checks what a user typed as a search and folds it.
pub fn checked_fold(input: &str) -> Result<String, InputError> {
    checked(input, fold)
}

/// Resolves a user's input against an index.
pub fn resolve<Id: Copy + Ord + 'static>(
    index: &NameIndex<Id>,
    input: &str,
) -> Result<Resolution<Id>, InputError> {
    let wanted = checked(input, key)?;
    if let Some(found) = read(index, &wanted) {
        return Ok(found);
    }
    // "Korea, South", "Congo, Democratic Republic of the": the words after the comma first.
    if let Some((before, after)) = input.split_once(',') {
        if !after.contains(',') {
            if let Some(found) = read(index, &key(&format!("{after} {before}"))) {
                return Ok(found);
            }
        }
    }
    if let Some(found) = two_names(index, input) {
        return Ok(found);
    }
    if let Some(found) = beginning(index, &wanted) {
        return Ok(found);
    }
    Ok(Resolution::NotFound {
        suggestions: closest(index, &wanted, 3),
    })
}

/// What the entries of one key say: a place, or the places a shared name fits.
fn read<Id: Copy + Ord + 'static>(index: &NameIndex<Id>, wanted: &str) -> Option<Resolution<Id>> {
    let entries = index.get(wanted);
    let first = entries.first()?;
    if entries.iter().all(|form| form.id == first.id) {
        // The common case, with nothing to allocate: names of one place. A form may be
        // several kinds of name of it; the plainest reading wins.
        let kind = entries
            .iter()
            .map(|form| form.kind)
            .min()
            .unwrap_or(first.kind);
        let reading = match kind {
            FormKind::Former => Reading::Former,
            FormKind::Part => Reading::Part,
            _ => Reading::Name,
        };
        return Some(Resolution::Found {
            id: first.id,
            reading,
        });
    }
    let mut ids: Vec<Id> = entries.iter().map(|form| form.id).collect();
    ids.sort_unstable();
    ids.dedup();
    if let Some(settled) = entries.iter().find(|form| form.kind == FormKind::Settled) {
        let others = ids.into_iter().filter(|&id| id != settled.id).collect();
        return Some(Resolution::Found {
            id: settled.id,
            reading: Reading::Settled { others },
        });
    }
    Some(Resolution::Ambiguous { candidates: ids })
}

/// The one place that both parts of "A (B)" or "A, B" name; `None` unless there is exactly
/// one, or the input is not of that shape.
fn two_names<Id: Copy + Ord + 'static>(
    index: &NameIndex<Id>,
    input: &str,
) -> Option<Resolution<Id>> {
    let (a, b) = match input.split_once('(') {
        Some((a, rest)) => (a, rest.strip_suffix(')').unwrap_or(rest)),
        None => input.split_once(',')?,
    };
    let places = |part: &str| -> Vec<Id> {
        match read(index, &key(part)) {
            Some(Resolution::Found { id, .. }) => vec![id],
            Some(Resolution::Ambiguous { candidates }) => candidates,
            _ => Vec::new(),
        }
    };
    let of_b = places(b);
    let common: Vec<Id> = places(a)
        .into_iter()
        .filter(|id| of_b.contains(id))
        .collect();
    match common[..] {
        [id] => Some(Resolution::Found {
            id,
            reading: Reading::Name,
        }),
        _ => None,
    }
}

/// The places some name of which begins with `wanted`: found when they are one place and
/// `wanted` is its first whole words, listed otherwise.
fn beginning<Id: Copy + Ord + 'static>(
    index: &NameIndex<Id>,
    wanted: &str,
) -> Option<Resolution<Id>> {
    if wanted.chars().count() < MIN_BEGINNING_CHARS {
        return None;
    }
    let mut ids = Vec::new();
    let mut whole_words = false;
    for (form, id, kind) in index.forms() {
        if kind == FormKind::Code || form.len() <= wanted.len() || !form.starts_with(wanted) {
            continue;
        }
        whole_words |= form.as_bytes()[wanted.len()] == b' ';
        ids.push(id);
    }
    ids.sort_unstable();
    ids.dedup();
    match ids[..] {
        [] => None,
        [id] if whole_words => Some(Resolution::Found {
            id,
            reading: Reading::Beginning,
        }),
        _ => Some(Resolution::Beginning { candidates: ids }),
    }
}

/// Up to `limit` places whose names, in either language, are closest to `wanted` by edit
/// distance, closest first; none that are too far off to be a plausible typo.
///
/// Bounded, so that a long input costs no more than a short one: at most one typo per four
/// letters and never more than three (`MAX_TYPOS`), a form whose length alone is further off is
/// skipped unread, and the distance to one that is read stops growing past the bound.
pub fn closest<Id: Copy + Eq + 'static>(
    index: &NameIndex<Id>,
    wanted: &str,
    limit: usize,
) -> Vec<Id> {
    let wanted: Vec<char> = wanted.chars().collect();
    let reach = (wanted.len() / 4).clamp(1, MAX_TYPOS);
    let mut rows = Rows::default();
    let mut near: Vec<(usize, &str, Id)> = index
        .forms()
        .filter(|&(_, _, kind)| kind != FormKind::Code)
        .filter_map(|(form, id, _)| {
            let distance = rows.distance_within(&wanted, form, reach)?;
            Some((distance, form, id))
        })
        .collect();
    near.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)));
    let mut ids: Vec<Id> = Vec::with_capacity(limit);
    for (_, _, id) in near {
        if ids.len() == limit {
            break;
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// The buffers of an edit distance, kept from one form to the next.
#[derive(Default)]
struct Rows {
    form: Vec<char>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

impl Rows {
    /// The edit distance (Levenshtein) between `a` and `b` if it is at most `bound`.
    fn distance_within(&mut self, a: &[char], b: &str, bound: usize) -> Option<usize> {
        // A form's length alone tells most forms apart: each character is 1 to 4 bytes.
        if b.len() + bound < a.len() || b.len() > (a.len() + bound) * 4 {
            return None;
        }
        self.form.clear();
        self.form.extend(b.chars());
        let b = &self.form;
        if a.len().abs_diff(b.len()) > bound {
            return None;
        }
        // Only the band of cells within `bound` of the diagonal can stay within the bound:
        // each row costs at most 2 * bound + 1 cells, so a long form costs linear time, not
        // its length times the input's (a name folded from U+FDFA is 18 times as long).
        let (n, m) = (a.len(), b.len());
        let beyond = bound + 1;
        self.previous.clear();
        self.previous.resize(m + 1, beyond);
        for (j, cell) in self.previous.iter_mut().enumerate().take(bound.min(m) + 1) {
            *cell = j;
        }
        self.current.clear();
        self.current.resize(m + 1, beyond);
        for i in 1..=n {
            let ca = a[i - 1];
            let lo = i.saturating_sub(bound).max(1);
            let hi = (i + bound).min(m);
            self.current[lo - 1] = if lo == 1 { i.min(beyond) } else { beyond };
            let mut row_min = self.current[lo - 1];
            for j in lo..=hi {
                let substitution = self.previous[j - 1] + usize::from(ca != b[j - 1]);
                let value = substitution
                    .min(self.previous[j] + 1)
                    .min(self.current[j - 1] + 1)
                    .min(beyond);
                self.current[j] = value;
                row_min = row_min.min(value);
            }
            if hi < m {
                self.current[hi + 1] = beyond;
            }
            if row_min > bound {
                return None;
            }
            std::mem::swap(&mut self.previous, &mut self.current);
        }
        let distance = self.previous[b.len()];
        (distance <= bound).then_some(distance)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::NameIndexBuilder;

    fn index(forms: &[(&str, u8, FormKind)]) -> NameIndex<u8> {
        let mut index = NameIndexBuilder::default();
        for &(form, id, kind) in forms {
            index.insert(form, id, kind).unwrap();
        }
        index.build().unwrap()
    }

    #[test]
    fn over_long_and_empty_inputs_are_refused() {
        let index = index(&[]);
        let long = "x".repeat(100_000);
        assert_eq!(
            resolve(&index, &long),
            Err(InputError::TooLong { chars: 100_000 })
        );
        assert_eq!(resolve(&index, " "), Err(InputError::Empty));
        assert_eq!(resolve(&index, "--.."), Err(InputError::Empty));
    }

    #[test]
    fn suggestions_come_from_both_languages_closest_first() {
        let index = index(&[
            ("Norway", 1, FormKind::Name),
            ("Norvēģija", 1, FormKind::Name),
            ("Normandy", 2, FormKind::Name),
            ("NOR", 1, FormKind::Code),
        ]);
        assert_eq!(closest(&index, "norwy", 3), vec![1]);
        assert_eq!(closest(&index, "norvegia", 3), vec![1]);
        assert_eq!(closest(&index, "qqqqqqq", 3), Vec::<u8>::new());
    }

    #[test]
    fn distance_is_exact_within_its_bound_and_none_beyond() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        for (a, b) in [
            ("norway", "norwy"),
            ("kitten", "sitting"),
            ("", "abc"),
            ("ab", "ba"),
        ] {
            let exact = strsim::levenshtein(a, b);
            for bound in 0..5 {
                let expected = (exact <= bound).then_some(exact);
                let mut rows = Rows::default();
                let got = rows.distance_within(&chars(a), b, bound);
                assert_eq!(got, expected, "{a} {b} {bound}");
            }
        }
    }

    #[test]
    fn each_way_of_reading_a_name() {
        let index = index(&[
            ("Myanmar", 1, FormKind::Name),
            ("Burma", 1, FormKind::Former),
            ("United Kingdom", 2, FormKind::Name),
            ("Scotland", 2, FormKind::Part),
            ("Korea", 3, FormKind::Settled),
            ("Korea", 4, FormKind::Shared),
            ("Congo", 5, FormKind::Shared),
            ("Congo", 6, FormKind::Shared),
            ("Czech Republic", 7, FormKind::Name),
            ("New Zealand", 8, FormKind::Name),
            ("New Caledonia", 9, FormKind::Name),
        ]);
        let found = |id, reading| Ok(Resolution::Found { id, reading });
        assert_eq!(resolve(&index, "burma"), found(1, Reading::Former));
        assert_eq!(resolve(&index, "Scotland"), found(2, Reading::Part));
        let others = vec![4];
        assert_eq!(
            resolve(&index, "KOREA"),
            found(3, Reading::Settled { others })
        );
        let candidates = vec![5, 6];
        assert_eq!(
            resolve(&index, "Congo"),
            Ok(Resolution::Ambiguous { candidates })
        );
        assert_eq!(resolve(&index, "Kingdom, United"), found(2, Reading::Name));
        assert_eq!(resolve(&index, "Myanmar (Burma)"), found(1, Reading::Name));
        assert_eq!(resolve(&index, "Myanmar, Burma"), found(1, Reading::Name));
        assert_eq!(
            resolve(&index, "Congo (Myanmar)"),
            Ok(Resolution::NotFound {
                suggestions: vec![]
            })
        );
        assert_eq!(resolve(&index, "Czech"), found(7, Reading::Beginning));
        let candidates = vec![8, 9];
        assert_eq!(
            resolve(&index, "New"),
            Ok(Resolution::Beginning { candidates })
        );
        // Part of a word of one place is listed, not answered.
        let candidates = vec![1];
        assert_eq!(
            resolve(&index, "Myan"),
            Ok(Resolution::Beginning { candidates })
        );
    }

    proptest::proptest! {
        #[test]
        fn the_bounded_distance_is_levenshtein_within_its_bound(
            a in "[a-dā ]{0,12}",
            b in "[a-dā ]{0,12}",
            bound in 0usize..5,
        ) {
            let exact = strsim::levenshtein(&a, &b);
            let got = Rows::default().distance_within(&a.chars().collect::<Vec<_>>(), &b, bound);
            proptest::prop_assert_eq!(got, (exact <= bound).then_some(exact));
        }
    }
}
