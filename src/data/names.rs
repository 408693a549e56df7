//! Name folding and the index of every accepted form of a place's name.
//!
//! Every accepted form of a name (ISO codes, English name and alternatives, Latvian name with
//! its case forms and alternatives) is folded once into one index: lower case, compatibility
//! forms made plain and diacritics removed (Unicode NFKD, then combining marks dropped),
//! punctuation and runs of white space made one space.
//! A lookup folds the input the same way and is one binary search. The index is a sorted
//! slice, not a hash map, so that the build script can bake the embedded dataset's index into
//! the binary and no start pays for building it.

use std::borrow::Cow;
use std::hash::BuildHasher;

use hashbrown::{DefaultHashBuilder, HashTable};

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::Lang;
use super::model::Str;

/// Folds a name for comparison: `"  Vācijā "` and `"VACIJA"` both give `"vacija"`,
/// `"Ｎｏｒｗａｙ"` gives `"norway"`. Letters of other scripts stay as they are, in lower case.
///
/// Unicode NFKD (unicode-normalization) splits a letter from its diacritics and makes
/// compatibility forms (full-width, ligatures, mathematical letters) plain; the marks are then
/// dropped. It replaced `deunicode`, whose transliteration tables were a quarter of the binary
/// and which no name in the data needs: every accented letter in it decomposes.
pub fn fold(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    fold_into(&mut folded, name);
    folded
}

/// [`fold`], appending to `out`: the index builder folds every form into one string.
fn fold_into(out: &mut String, name: &str) {
    let start = out.len();
    let mut gap = false;
    for c in name.chars() {
        if c.is_ascii() {
            // The common case, and the one `--data` at scale is made of: no table lookups.
            push_folded(out, start, &mut gap, c.to_ascii_lowercase());
            continue;
        }
        // Lower case before and after the decomposition: a capital's lower case may carry a
        // mark ("İ" -> "i̇"), and a compatibility form may decompose to a capital ("ꟸ" ->
        // "Ħ"). Both are needed for folding to be idempotent (tested over every character).
        // One character at a time gives what the whole string would: decomposition is per
        // character, and the marks that canonical ordering would move are dropped.
        let plain = c
            .to_lowercase()
            .nfkd()
            .flat_map(char::to_lowercase)
            .filter(|&c| !is_combining_mark(c));
        for c in plain {
            push_folded(out, start, &mut gap, c);
        }
    }
}

/// Adds one lower-case character of a name to `out`, whose name begins at `start`: a letter
/// or digit as itself (or as [`plain_letter`] spells it), anything else as a word break.
fn push_folded(out: &mut String, start: usize, gap: &mut bool, c: char) {
    if !c.is_alphanumeric() {
        *gap = out.len() > start;
        return;
    }
    if *gap {
        out.push(' ');
        *gap = false;
    }
    match plain_letter(c) {
        Some(plain) => out.push_str(plain),
        None => out.push(c),
    }
}

/// Latin letters that are not a base letter plus a mark, so decomposition leaves them: how a
/// user without them on the keyboard types them.
fn plain_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ł' => "l",
        'ı' => "i",
        'ħ' => "h",
        _ => return None,
    })
}

/// Which language a form belongs to, so that suggestions come in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// ISO alpha-2 or alpha-3 code: accepted in any language, never suggested.
    Code,
    Name(Lang),
}

/// One accepted form of a place's name: where its folded text is in [`NameIndex`]'s text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameForm<Id> {
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) id: Id,
    pub(crate) kind: FormKind,
}

/// All accepted forms of the names of one kind of place, folded and sorted by form. No form
/// names two places ([`NameIndexBuilder::insert`] refuses that).
///
/// The folded forms are one string and the entries point into it by offset, so the baked
/// index is two pointers, not thousands: each pointer in a static costs a relocation entry
/// and a load-time fix-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameIndex<Id: Clone + 'static> {
    pub(crate) text: Str,
    pub(crate) forms: Cow<'static, [NameForm<Id>]>,
}

impl<Id: Copy + Eq> NameIndex<Id> {
    fn folded(&self, form: &NameForm<Id>) -> &str {
        text_of(&self.text, form)
    }

    /// The place a folded form names.
    pub fn get(&self, folded: &str) -> Option<Id> {
        self.forms
            .binary_search_by(|form| self.folded(form).cmp(folded))
            .ok()
            .map(|i| self.forms[i].id)
    }

    /// Every form (folded text, place, kind), in folded order; a form shared by two
    /// languages of one place comes twice.
    pub fn forms(&self) -> impl Iterator<Item = (&str, Id, FormKind)> {
        self.forms
            .iter()
            .map(|form| (self.folded(form), form.id, form.kind))
    }
}

/// Why [`NameIndexBuilder::insert`] refused a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal<Id> {
    /// The form has no letters or digits, so it folds to nothing.
    Empty,
    /// The form folds to one that already names another place.
    Clash { folded: String, other: Id },
}

/// Collects forms while the data is validated, refusing a form that names two places.
///
/// Every folded form goes into one string, and a form another one already holds is not kept
/// twice; a hash table of positions finds it. No form is a `String` of its own: at 1000x the
/// real data, allocating and freeing them was a fifth of a `--data` load (perf).
#[derive(Debug)]
pub struct NameIndexBuilder<Id> {
    text: String,
    forms: Vec<NameForm<Id>>,
    /// For each distinct folded form, the position in `forms` of the first form folding to it.
    first_with_text: HashTable<usize>,
    hasher: DefaultHashBuilder,
}

impl<Id> Default for NameIndexBuilder<Id> {
    fn default() -> Self {
        NameIndexBuilder {
            text: String::new(),
            forms: Vec::new(),
            first_with_text: HashTable::new(),
            hasher: DefaultHashBuilder::default(),
        }
    }
}

/// Where a form's folded text is in the index's text. Every form and every file is far
/// smaller than 4 GiB (files are at most 64 MiB), so the offsets fit in 32 bits.
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// A form's folded text, in the index's text or the builder's.
fn text_of<'t, Id>(text: &'t str, form: &NameForm<Id>) -> &'t str {
    text.get(form.start as usize..form.end as usize)
        .unwrap_or_default()
}

impl<Id: Copy + Eq> NameIndexBuilder<Id> {
    /// Adds a form of `id`'s name. The same form twice for one place is fine; a form that
    /// already names another place is a clash, and the data must change.
    pub fn insert(&mut self, form: &str, id: Id, kind: FormKind) -> Result<(), Refusal<Id>> {
        let NameIndexBuilder {
            text,
            forms,
            first_with_text,
            hasher,
        } = self;
        let start = text.len();
        fold_into(text, form);
        let folded = &text[start..];
        if folded.is_empty() {
            return Err(Refusal::Empty);
        }
        let hash = hasher.hash_one(folded);
        let same_text = |&i: &usize| text_of(text, &forms[i]) == folded;
        let (start, end) = match first_with_text.find(hash, same_text) {
            Some(&i) if forms[i].id != id => {
                let clash = Refusal::Clash {
                    folded: folded.to_owned(),
                    other: forms[i].id,
                };
                text.truncate(start);
                return Err(clash);
            }
            Some(&i) => {
                // Already there: point at that copy.
                text.truncate(start);
                (forms[i].start, forms[i].end)
            }
            None => {
                let rehash = |&i: &usize| hasher.hash_one(text_of(text, &forms[i]));
                first_with_text.insert_unique(hash, forms.len(), rehash);
                (offset(start), offset(text.len()))
            }
        };
        forms.push(NameForm {
            start,
            end,
            id,
            kind,
        });
        Ok(())
    }

    /// The finished index. The sort is stable, so forms that fold alike keep the order they
    /// were added in.
    pub fn build(self) -> NameIndex<Id>
    where
        Id: 'static,
    {
        let NameIndexBuilder {
            text, mut forms, ..
        } = self;
        forms.sort_by(|a, b| text_of(&text, a).cmp(text_of(&text, b)));
        NameIndex {
            text: Cow::Owned(text),
            forms: Cow::Owned(forms),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_diacritics_and_extra_space() {
        assert_eq!(fold("  Vācijā "), "vacija");
        assert_eq!(fold("ĶĪNA"), "kina");
        assert_eq!(fold("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(fold("Washington,   D.C."), "washington d c");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Viļņā"), "vilna");
        assert_eq!(fold(" \t\n"), "");
        assert_eq!(fold("Ｎｏｒｗａｙ"), "norway");
        assert_eq!(fold("İzmir"), "izmir");
        assert_eq!(fold("Færøerne"), "faeroerne");
        assert_eq!(fold("Россия"), "россия");
        assert_eq!(fold("ﬁji"), "fiji");
    }

    #[test]
    fn folding_every_character_is_idempotent() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let once = fold(c.encode_utf8(&mut [0; 4]));
            assert_eq!(fold(&once), once, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn folding_is_idempotent() {
        for s in [
            "Ziemeļmaķedonija",
            "U.S.A.",
            "Ålandu salas",
            "日本",
            "🇳🇴",
            "",
        ] {
            assert_eq!(fold(&fold(s)), fold(s), "{s}");
        }
    }

    #[test]
    fn a_form_may_not_name_two_places() {
        let mut index = NameIndexBuilder::default();
        index.insert("Kongo", 1, FormKind::Name(Lang::Lv)).unwrap();
        index.insert("KONGO", 1, FormKind::Name(Lang::Lv)).unwrap();
        let clash = index
            .insert("kongo", 2, FormKind::Name(Lang::Lv))
            .unwrap_err();
        assert_eq!(
            clash,
            Refusal::Clash {
                folded: "kongo".into(),
                other: 1
            }
        );
        assert_eq!(
            index.insert(" -- ", 3, FormKind::Code).unwrap_err(),
            Refusal::Empty
        );
        // A refused form leaves nothing behind.
        let index = index.build();
        assert_eq!(index.forms().count(), 2);
        assert_eq!(index.text, "kongo");
    }

    #[test]
    fn every_form_is_found_by_binary_search() {
        let mut index = NameIndexBuilder::default();
        let names = ["Norway", "Austria", "Zambia", "NOR", "Norvēģija", "Ālande"];
        for (id, name) in names.iter().enumerate() {
            index.insert(name, id, FormKind::Name(Lang::En)).unwrap();
        }
        let index = index.build();
        for (id, name) in names.iter().enumerate() {
            assert_eq!(index.get(&fold(name)), Some(id), "{name}");
        }
        assert_eq!(index.get("norwa"), None);
        assert_eq!(index.get(""), None);
    }
}
