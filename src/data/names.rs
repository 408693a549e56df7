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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameForm<Id> {
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) id: Id,
    pub(crate) kind: FormKind,
}

/// All accepted forms of the names of one kind of place, folded, in the order of
/// `index_key`. No form names two places ([`NameIndexBuilder::build`] refuses that).
///
/// The folded forms are one string and the entries point into it by offset, so the baked
/// index is two pointers, not thousands: each pointer in a static costs a relocation entry
/// and a load-time fix-up. The string holds the forms in the order they were inserted, and
/// forms that fold alike point at the first copy. The later copies stay, unused (2.8 KB in
/// the embedded data): dropping them would mean copying the text in index order, a read at a
/// random place per form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameIndex<Id: Clone + 'static> {
    pub(crate) text: Str,
    pub(crate) forms: Cow<'static, [NameForm<Id>]>,
}

/// Where a folded form sorts in the index: by a hash of its text first, then by the text.
///
/// Not by the text alone, so that `--data` builds its index in time linear in the data: a
/// radix sort of fixed-width keys, not a comparison sort of strings (which at 1000x the real
/// data was over a quarter of a load, comparing strings scattered over 45 MB). A lookup
/// hashes each form its binary search visits: 287 instructions more on `country Norway`.
///
/// XXH3 is specified to give the same value on every platform, so the index that the build
/// script bakes on the build machine is searched correctly on any target. Its upper 32 bits
/// are enough: texts that share them are told apart by the text.
fn index_key(folded: &str) -> (u32, &str) {
    let hash = xxhash_rust::xxh3::xxh3_64(folded.as_bytes());
    ((hash >> 32) as u32, folded)
}

impl<Id: Copy + Eq> NameIndex<Id> {
    fn folded(&self, form: &NameForm<Id>) -> &str {
        text_of(&self.text, form)
    }

    /// The place a folded form names.
    pub fn get(&self, folded: &str) -> Option<Id> {
        let wanted = index_key(folded);
        self.forms
            .binary_search_by(|form| index_key(self.folded(form)).cmp(&wanted))
            .ok()
            .map(|i| self.forms[i].id)
    }

    /// Every form (folded text, place, kind), in the index's order (no meaningful one); a
    /// form shared by two languages of one place comes twice.
    pub fn forms(&self) -> impl Iterator<Item = (&str, Id, FormKind)> {
        self.forms
            .iter()
            .map(|form| (self.folded(form), form.id, form.kind))
    }
}

/// Why [`NameIndexBuilder::insert`] refused a form: it has no letters or digits, so it folds
/// to nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmptyForm;

/// Why [`NameIndexBuilder::build`] refused the forms: one folds to a form that already names
/// another place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash<Id> {
    /// The folded form both places have.
    pub folded: String,
    /// The place whose form came later.
    pub id: Id,
    /// The place that had the form first.
    pub other: Id,
}

/// Collects forms while the data is validated; [`build`](Self::build) sorts them into the
/// index and refuses a form that names two places.
///
/// Every folded form is appended to one string, with its `index_key` hash beside it:
/// inserting touches only the ends of two vectors, and finding forms that fold alike waits
/// for the sort, which puts them side by side. A hash table here did the same work with a
/// read and a write at random places per form: at 1000x the real data, over a third of a
/// `--data` load.
#[derive(Debug)]
pub struct NameIndexBuilder<Id> {
    text: String,
    /// Each form with the hash part of its [`index_key`], in the order inserted.
    forms: Vec<(u32, NameForm<Id>)>,
}

impl<Id> Default for NameIndexBuilder<Id> {
    fn default() -> Self {
        NameIndexBuilder {
            text: String::new(),
            forms: Vec::new(),
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

/// Sorts forms by hash, stably, in time linear in their number: one pass files each form
/// under the top byte of its hash, then each of those 256 parts is radix-sorted (radsort).
/// A part is small enough to stay in cache while it is sorted; radsort over all the forms at
/// once went over them in memory four times (at 1000x the real data, 40 MB each time).
fn sort_by_hash<T: Copy>(items: Vec<(u32, T)>) -> Vec<(u32, T)> {
    let Some(&fill) = items.first() else {
        return items;
    };
    let part = |&(hash, _): &(u32, T)| (hash >> 24) as usize;
    let mut starts = [0; 257];
    for item in &items {
        starts[part(item) + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut sorted = vec![fill; items.len()];
    let mut next = starts;
    for item in &items {
        let at = &mut next[part(item)];
        sorted[*at] = *item;
        *at += 1;
    }
    for bounds in starts.windows(2) {
        radsort::sort_by_key(&mut sorted[bounds[0]..bounds[1]], |&(hash, _)| hash);
    }
    sorted
}

impl<Id: Copy + Eq> NameIndexBuilder<Id> {
    /// Adds a form of `id`'s name; refused if it folds to nothing. The same form twice for
    /// one place is fine; a form that names two places is found by [`build`](Self::build).
    pub fn insert(&mut self, form: &str, id: Id, kind: FormKind) -> Result<(), EmptyForm> {
        let start = self.text.len();
        fold_into(&mut self.text, form);
        let folded = &self.text[start..];
        if folded.is_empty() {
            return Err(EmptyForm);
        }
        let (hash, _) = index_key(folded);
        let form = NameForm {
            start: offset(start),
            end: offset(self.text.len()),
            id,
            kind,
        };
        self.forms.push((hash, form));
        Ok(())
    }

    /// The finished index, or the first form (in the order inserted) that folds to a form
    /// of another place. Forms that fold alike keep the order they were inserted in and all
    /// point at the first one's text.
    pub fn build(self) -> Result<NameIndex<Id>, Clash<Id>>
    where
        Id: 'static,
    {
        let NameIndexBuilder { text, forms } = self;
        let mut forms = sort_by_hash(forms);
        // Then by text where hashes are equal: forms that fold alike (a Latvian locative is
        // often its nominative once folded) and, rarely, texts that share a hash.
        let folded = |(_, form): &(u32, NameForm<Id>)| text_of(&text, form);
        for same_hash in forms.chunk_by_mut(|a, b| a.0 == b.0) {
            if same_hash.len() > 1 {
                same_hash.sort_by(|a, b| folded(a).cmp(folded(b)));
            }
        }
        // Texts are appended in the order inserted, so a later start is a later form.
        let mut clash: Option<(u32, Clash<Id>)> = None;
        for alike in forms.chunk_by_mut(|a, b| a.0 == b.0 && folded(a) == folded(b)) {
            let Some(&(_, first)) = alike.first() else {
                continue;
            };
            let other = alike
                .iter()
                .map(|(_, form)| form)
                .find(|f| f.id != first.id);
            if let Some(&NameForm { start, id, .. }) = other {
                if clash
                    .as_ref()
                    .is_none_or(|&(first_clash, _)| start < first_clash)
                {
                    let found = Clash {
                        folded: text_of(&text, &first).to_owned(),
                        id,
                        other: first.id,
                    };
                    clash = Some((start, found));
                }
            }
            for (_, form) in alike.iter_mut().skip(1) {
                (form.start, form.end) = (first.start, first.end);
            }
        }
        if let Some((_, clash)) = clash {
            return Err(clash);
        }
        Ok(NameIndex {
            text: Cow::Owned(text),
            forms: forms.into_iter().map(|(_, form)| form).collect(),
        })
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
        index
            .insert("Norvēģija", 3, FormKind::Name(Lang::Lv))
            .unwrap();
        index.insert("kongo", 2, FormKind::Name(Lang::Lv)).unwrap();
        index
            .insert("norvegija", 4, FormKind::Name(Lang::Lv))
            .unwrap();
        // The first clash in the order inserted, against the place that had the form first.
        assert_eq!(
            index.build().unwrap_err(),
            Clash {
                folded: "kongo".into(),
                id: 2,
                other: 1
            }
        );
    }

    #[test]
    fn forms_that_fold_alike_keep_their_order_and_one_text() {
        let mut index = NameIndexBuilder::default();
        index.insert("Kongo", 1, FormKind::Name(Lang::Lv)).unwrap();
        index.insert("KONGO", 1, FormKind::Name(Lang::En)).unwrap();
        assert_eq!(index.insert(" -- ", 3, FormKind::Code), Err(EmptyForm));
        index.insert("Kongā", 1, FormKind::Name(Lang::Lv)).unwrap();
        let index = index.build().unwrap();
        // A refused form leaves nothing behind.
        assert_eq!(index.text, "kongokongokonga");
        let (lv, en) = (FormKind::Name(Lang::Lv), FormKind::Name(Lang::En));
        let forms = |text| {
            let forms = index.forms.iter();
            let alike = forms.filter(|&form| index.folded(form) == text);
            alike.map(|f| (f.start, f.end, f.kind)).collect::<Vec<_>>()
        };
        assert_eq!(forms("kongo"), [(0, 5, lv), (0, 5, en)]);
        assert_eq!(forms("konga"), [(10, 15, lv)]);
    }

    #[test]
    fn every_form_is_found_by_binary_search() {
        let mut index = NameIndexBuilder::default();
        let names = ["Norway", "Austria", "Zambia", "NOR", "Norvēģija", "Ālande"];
        for (id, name) in names.iter().enumerate() {
            index.insert(name, id, FormKind::Name(Lang::En)).unwrap();
        }
        let index = index.build().unwrap();
        for (id, name) in names.iter().enumerate() {
            assert_eq!(index.get(&fold(name)), Some(id), "{name}");
        }
        assert_eq!(index.get("norwa"), None);
        assert_eq!(index.get(""), None);
    }

    #[test]
    fn texts_that_share_a_hash_are_told_apart() {
        // 200,000 forms hold a few pairs whose index_key hashes are equal (about n^2 / 2^33).
        let names: Vec<String> = (0..200_000).map(|i| format!("n{i}")).collect();
        let mut index = NameIndexBuilder::default();
        for (id, name) in names.iter().enumerate() {
            index.insert(name, id, FormKind::Code).unwrap();
        }
        let index = index.build().unwrap();
        let hashes: Vec<u32> = index
            .forms()
            .map(|(form, _, _)| index_key(form).0)
            .collect();
        assert!(hashes.windows(2).any(|pair| pair[0] == pair[1]));
        for (id, name) in names.iter().enumerate() {
            assert_eq!(index.get(name), Some(id), "{name}");
        }
        assert_eq!(index.get("n200000"), None);
    }

    #[test]
    fn the_first_clash_inserted_is_the_one_reported() {
        // Hash order is unrelated to the order inserted: every clash but the first comes
        // after it in the order inserted, wherever the sort puts it.
        let mut index = NameIndexBuilder::default();
        for i in 0..1000 {
            index.insert(&format!("n{i}"), 1, FormKind::Code).unwrap();
        }
        for i in (0..1000).rev() {
            index
                .insert(&format!("n{i}"), 2 + i, FormKind::Code)
                .unwrap();
        }
        let clash = index.build().unwrap_err();
        let first = Clash {
            folded: "n999".into(),
            id: 1001,
            other: 1,
        };
        assert_eq!(clash, first);
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        // Few distinct hashes in few parts, so that equal hashes are common.
        #[test]
        fn sorting_by_hash_is_a_stable_sort(items in proptest::collection::vec(
            ((0..4u32, 0..4u32).prop_map(|(part, low)| part << 24 | low), 0..u16::MAX),
            0..300,
        )) {
            let mut expected = items.clone();
            expected.sort_by_key(|&(hash, _)| hash);
            proptest::prop_assert_eq!(sort_by_hash(items), expected);
        }
    }
}
