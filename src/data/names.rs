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
use std::collections::HashMap;

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
    let mut gap = false;
    for c in name.chars() {
        if c.is_ascii() {
            // The common case, and the one `--data` at scale is made of: no table lookups.
            push_folded(&mut folded, &mut gap, c.to_ascii_lowercase());
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
            push_folded(&mut folded, &mut gap, c);
        }
    }
    folded
}

/// Adds one lower-case character of a name to `folded`: a letter or digit as itself (or as
/// [`plain_letter`] spells it), anything else as a word break.
fn push_folded(folded: &mut String, gap: &mut bool, c: char) {
    if !c.is_alphanumeric() {
        *gap = !folded.is_empty();
        return;
    }
    if *gap {
        folded.push(' ');
        *gap = false;
    }
    match plain_letter(c) {
        Some(plain) => folded.push_str(plain),
        None => folded.push(c),
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
        let range = form.start as usize..form.end as usize;
        self.text.get(range).unwrap_or_default()
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

/// A form that would name two places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash<Id> {
    pub folded: String,
    pub other: Id,
}

/// Collects forms while the data is validated, refusing a form that names two places.
#[derive(Debug)]
pub struct NameIndexBuilder<Id> {
    by_form: HashMap<String, Id>,
    forms: Vec<(String, Id, FormKind)>,
}

impl<Id> Default for NameIndexBuilder<Id> {
    fn default() -> Self {
        NameIndexBuilder {
            by_form: HashMap::new(),
            forms: Vec::new(),
        }
    }
}

impl<Id: Copy + Eq> NameIndexBuilder<Id> {
    /// Adds a form of `id`'s name. The same form twice for one place is fine; a form that
    /// already names another place is a clash, and the data must change.
    pub fn insert(&mut self, form: &str, id: Id, kind: FormKind) -> Result<(), Clash<Id>> {
        let folded = fold(form);
        match self.by_form.get(&folded) {
            Some(&other) if other != id => return Err(Clash { folded, other }),
            Some(_) => {}
            None => {
                self.by_form.insert(folded.clone(), id);
            }
        }
        self.forms.push((folded, id, kind));
        Ok(())
    }

    /// The finished index. The sort is stable, so forms that fold alike keep the order they
    /// were added in; their text is stored once.
    pub fn build(mut self) -> NameIndex<Id>
    where
        Id: 'static,
    {
        self.forms.sort_by(|a, b| a.0.cmp(&b.0));
        let mut text = String::new();
        let mut forms = Vec::with_capacity(self.forms.len());
        let mut previous: Option<(&str, u32, u32)> = None;
        for (folded, id, kind) in &self.forms {
            let (start, end) = match previous {
                Some((p, start, end)) if p == folded => (start, end),
                _ => {
                    // Files are at most 64 MiB each, so offsets fit in 32 bits.
                    let start = u32::try_from(text.len()).unwrap_or(u32::MAX);
                    text.push_str(folded);
                    (start, u32::try_from(text.len()).unwrap_or(u32::MAX))
                }
            };
            previous = Some((folded, start, end));
            forms.push(NameForm {
                start,
                end,
                id: *id,
                kind: *kind,
            });
        }
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
            Clash {
                folded: "kongo".into(),
                other: 1
            }
        );
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
