//! Turning what a user typed into a country or a city.
//!
//! The input is checked (length, emptiness) and folded like every form in the dataset's
//! [`NameIndex`] (see `data::names`); a lookup is one binary search, and only a miss walks
//! the forms for suggestions.

use crate::i18n::Lang;

pub use crate::data::{FormKind, NameIndex, fold};

/// The longest name accepted, in characters. The longest form in the data is under 70; a
/// longer input is a mistake, and refusing it keeps the suggestion search cheap.
pub const MAX_NAME_CHARS: usize = 100;

/// Up to `limit` places whose names in `lang` are closest to `folded` by edit distance,
/// closest first; none that are too far off to be a plausible typo. Only a name that was not
/// found pays for this walk over every form.
pub fn closest<Id: Copy + Eq + 'static>(
    index: &NameIndex<Id>,
    folded: &str,
    lang: Lang,
    limit: usize,
) -> Vec<Id> {
    // About one typo per four letters, and at least one.
    let reach = (folded.chars().count() / 4).max(1);
    let mut near: Vec<(usize, &str, Id)> = index
        .forms()
        .filter(|&(_, _, kind)| kind == FormKind::Name(lang))
        .map(|(form, id, _)| (strsim::levenshtein(folded, form), form, id))
        .filter(|(distance, _, _)| *distance <= reach)
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

/// Why an input cannot even be looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Nothing but white space or punctuation.
    Empty,
    /// Longer than [`MAX_NAME_CHARS`]; `chars` counts no further than needed to tell.
    TooLong { chars: usize },
}

/// What a name resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution<Id> {
    Found(Id),
    NotFound { suggestions: Vec<Id> },
}

/// Checks what a user typed and folds it: refused when longer than [`MAX_NAME_CHARS`] or
/// when nothing is left once folded.
pub fn checked_fold(input: &str) -> Result<String, InputError> {
    // Count no further than needed: a 10 MB argument is refused as fast as a short one.
    let chars = input.chars().take(MAX_NAME_CHARS + 1).count();
    if chars > MAX_NAME_CHARS {
        return Err(InputError::TooLong {
            chars: input.chars().count(),
        });
    }
    let folded = fold(input);
    if folded.is_empty() {
        return Err(InputError::Empty);
    }
    Ok(folded)
}

/// Resolves a user's input against an index; suggestions come in `lang`.
pub fn resolve<Id: Copy + Eq + 'static>(
    index: &NameIndex<Id>,
    input: &str,
    lang: Lang,
) -> Result<Resolution<Id>, InputError> {
    let folded = checked_fold(input)?;
    Ok(match index.get(&folded) {
        Some(id) => Resolution::Found(id),
        None => Resolution::NotFound {
            suggestions: closest(index, &folded, lang, 3),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_long_and_empty_inputs_are_refused() {
        let index: NameIndex<u8> = crate::data::NameIndexBuilder::default().build().unwrap();
        let long = "x".repeat(100_000);
        assert_eq!(
            resolve(&index, &long, Lang::En),
            Err(InputError::TooLong { chars: 100_000 })
        );
        assert_eq!(resolve(&index, " ", Lang::En), Err(InputError::Empty));
        assert_eq!(resolve(&index, "--..", Lang::En), Err(InputError::Empty));
    }

    #[test]
    fn suggestions_come_in_the_users_language_closest_first() {
        let mut index = crate::data::NameIndexBuilder::default();
        index.insert("Norway", 1, FormKind::Name(Lang::En)).unwrap();
        index
            .insert("Norvēģija", 1, FormKind::Name(Lang::Lv))
            .unwrap();
        index
            .insert("Normandy", 2, FormKind::Name(Lang::En))
            .unwrap();
        index.insert("NOR", 1, FormKind::Code).unwrap();
        let index = index.build().unwrap();
        assert_eq!(closest(&index, "norwy", Lang::En, 3), vec![1]);
        assert_eq!(closest(&index, "norvegia", Lang::Lv, 3), vec![1]);
        assert_eq!(closest(&index, "qqqqqqq", Lang::En, 3), Vec::<u8>::new());
    }
}
