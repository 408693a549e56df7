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

/// The key a place's name is indexed and looked up by: [`fold`]ed, then the words people
/// write in several ways made one: "st" becomes "saint", "ste" "sainte", "rep" "republic",
/// "dem" "democratic", "n" "north" and "s" "south"; "the", "and", "&" and the Latvian "un"
/// are dropped (so that "Bosnia-Herzegovina" is "Bosnia and Herzegovina"); a run of single
/// letters is one word ("U.S.A." -> "usa", "D.R. Congo" -> "dr congo"). A name of one word is
/// left as it is ("ST" is an ISO code). So "the Bahamas", "St. Lucia", "Bosnia & Herzegovina"
/// and "Czech Rep." find their places without each variant being listed.
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    key_into(&mut out, name);
    out
}

/// [`key`], appending to `out`.
pub(crate) fn key_into(out: &mut String, name: &str) {
    let start = out.len();
    // "&" is no letter: folding makes it a word break, which is all "and" becomes.
    fold_into(out, name);
    let folded = &out[start..];
    let bytes = folded.as_bytes();
    // Where the word beginning at `at` ends: folding leaves words one ASCII space apart. (A
    // loop over the bytes: `split` looks for the space with memchr, much slower on the few
    // bytes of a word, and this runs for every form of every name of a `--data` load.)
    let word_end = |at: usize| {
        bytes
            .get(at..)
            .and_then(|rest| rest.iter().position(|&b| b == b' '))
            .map_or(bytes.len(), |n| at + n)
    };
    // One word is left as it is: "ST" alone is Sao Tome's ISO code, not "Saint".
    if word_end(0) == bytes.len() {
        return;
    }
    let single = |w: &str| w.chars().nth(1).is_none();
    // Only a short word can be one to rewrite: the synonyms and single letters are at most 3
    // bytes, so most words are passed over without a comparison.
    let mut plain = true;
    let mut at = 0;
    while at < bytes.len() {
        let end = word_end(at);
        if end - at <= 3 {
            let word = &folded[at..end];
            let next_single = || end < bytes.len() && single(&folded[end + 1..word_end(end + 1)]);
            if synonym(word) != Some(word) || (single(word) && next_single()) {
                plain = false;
                break;
            }
        }
        at = end + 1;
    }
    if plain {
        return;
    }
    // Rare: rewrite the words.
    let folded = out.split_off(start);
    let mut letters = String::new();
    let mut words = folded.split(' ').peekable();
    while let Some(word) = words.next() {
        if single(word) && (!letters.is_empty() || words.peek().is_some_and(|w| single(w))) {
            letters.push_str(word);
            continue;
        }
        if !letters.is_empty() {
            push_word(out, start, &letters);
            letters.clear();
        }
        if let Some(word) = synonym(word) {
            push_word(out, start, word);
        }
    }
    if !letters.is_empty() {
        push_word(out, start, &letters);
    }
}

/// The word a key uses for `word`; `None` for a word a key leaves out.
fn synonym(word: &str) -> Option<&str> {
    Some(match word {
        "the" | "and" | "un" => return None,
        "st" => "saint",
        "ste" => "sainte",
        "rep" => "republic",
        "dem" => "democratic",
        // "N. Korea", "S. Korea"; a run of single letters ("U.S.") is joined before this.
        "n" => "north",
        "s" => "south",
        _ => word,
    })
}

fn push_word(out: &mut String, start: usize, word: &str) {
    if out.len() > start {
        out.push(' ');
    }
    out.push_str(word);
}

/// [`fold`], appending to `out`: the index builder folds every form into one string.
fn fold_into(out: &mut String, name: &str) {
    let start = out.len();
    out.reserve(name.len());
    let mut gap = false;
    let mut rest = name;
    while let Some(&first) = rest.as_bytes().first() {
        // A run of ASCII letters and digits, the common case (and the one `--data` at scale
        // is made of), is copied and lower-cased whole: no table lookups.
        let run = if ASCII_ALPHANUMERIC[usize::from(first)] {
            rest.bytes()
                .position(|b| !ASCII_ALPHANUMERIC[usize::from(b)])
                .unwrap_or(rest.len())
        } else {
            0
        };
        if run > 0 {
            if gap {
                out.push(' ');
                gap = false;
            }
            let from = out.len();
            out.push_str(&rest[..run]);
            out[from..].make_ascii_lowercase();
            rest = &rest[run..];
            continue;
        }
        if first.is_ascii() {
            // Neither a letter nor a digit: a word break.
            rest = &rest[1..];
            gap = out.len() > start;
            continue;
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        rest = &rest[c.len_utf8()..];
        if let Some(plain) = latvian_letter(c) {
            // Latvian's letters, what most non-ASCII names hold: what the decomposition
            // below gives for them (a unit test compares the two), without it.
            push_folded(out, start, &mut gap, plain);
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

/// Whether each byte is an ASCII letter or digit, looked up: the loop that finds a run of them
/// is the inner loop of folding every name of a `--data` load.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// A letter of the Latvian alphabet with a diacritic, in either case, as folding spells it:
/// its base letter.
fn latvian_letter(c: char) -> Option<char> {
    Some(match c {
        'ā' | 'Ā' => 'a',
        'č' | 'Č' => 'c',
        'ē' | 'Ē' => 'e',
        'ģ' | 'Ģ' => 'g',
        'ī' | 'Ī' => 'i',
        'ķ' | 'Ķ' => 'k',
        'ļ' | 'Ļ' => 'l',
        'ņ' | 'Ņ' => 'n',
        'š' | 'Š' => 's',
        'ū' | 'Ū' => 'u',
        'ž' | 'Ž' => 'z',
        _ => return None,
    })
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

/// What a form of a place's name is, which says how a user's input was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FormKind {
    /// ISO alpha-2 or alpha-3 code: never suggested.
    Code,
    /// A current name in English or Latvian (official, short or other, any case).
    Name,
    /// The name in one of the place's own languages ("Deutschland", "Warszawa").
    Local,
    /// A former name or spelling ("Burma", "Kiev").
    Former,
    /// A part of the country ("Scotland").
    Part,
    /// A name that fits several places ("Congo"): every place it fits has one.
    Shared,
    /// A shared name that a source uses for this place ("Koreja" for South Korea).
    Settled,
}

impl FormKind {
    /// Whether a form of this kind names one of several places.
    pub fn is_shared(self) -> bool {
        matches!(self, FormKind::Shared | FormKind::Settled)
    }
}

/// One accepted form of a place's name: where its folded text is in [`NameIndex`]'s text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameForm<Id> {
    /// The upper 32 bits of the XXH3 hash of the folded text ([`index_key`]), kept so that a
    /// binary search hashes only what it looks for.
    pub(crate) hash: u32,
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// The place the form names.
    pub id: Id,
    /// What kind of name the form is (shown, former, a part, shared...).
    pub kind: FormKind,
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
/// data was over a quarter of a load, comparing strings scattered over 45 MB). Each form keeps
/// its hash ([`NameForm::hash`], 4 bytes a form), so a lookup hashes only its input: with
/// seven Latvian cases the index has 65% more forms than before, and hashing each form the
/// binary search visits made `resolve Norway` 30% slower (cargo bench).
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

    /// Every entry of a key ([`key`]): none; one place's (a name it alone has, possibly of
    /// several kinds); or, for a shared name, one per place it fits.
    pub fn get(&self, key: &str) -> &[NameForm<Id>] {
        let wanted = index_key(key);
        let by_key = |form: &NameForm<Id>| (form.hash, self.folded(form));
        let Ok(found) = self
            .forms
            .binary_search_by(|form| by_key(form).cmp(&wanted))
        else {
            return &[];
        };
        // Forms that fold alike share one text (see `build`): the run around `found` is
        // the forms with its offsets, told apart without hashing again.
        let at = |form: &NameForm<Id>| (form.start, form.end);
        let same = at(&self.forms[found]);
        let first = self.forms[..found]
            .iter()
            .rposition(|form| at(form) != same)
            .map_or(0, |i| i + 1);
        let end = self.forms[found..]
            .iter()
            .position(|form| at(form) != same)
            .map_or(self.forms.len(), |i| found + i);
        &self.forms[first..end]
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
    /// The key both places have.
    pub folded: String,
    /// Where the later form begins in the builder's text: see [`NameIndexBuilder::position`].
    pub at: u32,
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
    /// Each form (with the hash part of its [`index_key`]), in the order inserted.
    forms: Vec<NameForm<Id>>,
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

/// Sorts forms by hash and, among equal hashes, in the order they were inserted (their
/// `start`, which grows with each form inserted), in place and in time linear in their
/// number: the forms are moved into 256 parts by the top byte of their hash (an American
/// flag sort: each form swapped into its part, no second copy of the forms), then each part,
/// small enough to stay in cache, is radix-sorted (radsort) by hash, or sorted by comparison
/// where it has at most [`SMALL_PART`] forms (a bounded cost a part). Radsort over
/// all the forms at once went over them in memory four times (at 1000x the real data, 40 MB
/// each time); a second vector to sort into was the peak of a load's memory.
fn sort_by_hash<Id: Copy>(forms: &mut [NameForm<Id>]) {
    let part = |form: &NameForm<Id>| (form.hash >> 24) as usize;
    let mut starts = [0usize; 257];
    for form in forms.iter() {
        starts[part(form) + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    // `next[p]`: the first place of part `p` not yet holding one of its forms.
    let mut next = starts;
    for p in 0..256 {
        while next[p] < starts[p + 1] {
            let q = part(&forms[next[p]]);
            if q == p {
                next[p] += 1;
            } else {
                forms.swap(next[p], next[q]);
                next[q] += 1;
            }
        }
    }
    for bounds in starts.windows(2) {
        let part = &mut forms[bounds[0]..bounds[1]];
        if part.len() <= SMALL_PART {
            // The swaps do not keep the order inserted: `start` puts it back, forms inserted
            // later beginning later.
            part.sort_unstable_by_key(|form| (form.hash, form.start));
            continue;
        }
        radsort::sort_by_key(part, |form| form.hash);
        // Forms of one hash are few (usually one): put back in the order inserted here.
        for same_hash in part.chunk_by_mut(|a, b| a.hash == b.hash) {
            if same_hash.len() > 1 {
                same_hash.sort_unstable_by_key(|form| form.start);
            }
        }
    }
}

/// The most forms of a part that [`sort_by_hash`] sorts by comparison: below it, radsort's
/// passes over its tables of counts (a few kilobytes, cleared each time) cost more than the
/// comparisons.
const SMALL_PART: usize = 256;

/// The first form (in the order inserted) of forms that fold alike that may not be there:
/// one naming a place other than the first form's, unless every place they name has the
/// form as a shared one; or a second place that a source settles the form for.
fn clash_in<Id: Copy + Eq>(alike: &[NameForm<Id>], text: &str) -> Option<Clash<Id>> {
    let forms = || alike.iter();
    let first = forms().next()?;
    let shares = |id: Id| forms().any(|f| f.id == id && f.kind.is_shared());
    let any_shared = forms().any(|f| f.kind.is_shared());
    let settled = forms().find(|f| f.kind == FormKind::Settled).map(|f| f.id);
    let offending = forms()
        .filter(|f| {
            if any_shared {
                !shares(f.id) || (f.kind == FormKind::Settled && Some(f.id) != settled)
            } else {
                f.id != first.id
            }
        })
        .min_by_key(|f| f.start)?;
    let other = forms()
        .find(|f| f.id != offending.id)
        .map_or(first.id, |f| f.id);
    Some(Clash {
        folded: text_of(text, first).to_owned(),
        at: offending.start,
        id: offending.id,
        other,
    })
}

impl<Id: Copy + Eq> NameIndexBuilder<Id> {
    /// Where the next form inserted will begin: forms inserted later begin later, so a
    /// caller can tell which of its records a [`Clash`] comes from.
    pub fn position(&self) -> u32 {
        offset(self.text.len())
    }

    /// Adds a form of `id`'s name; refused if it folds to nothing. The same form twice for
    /// one place is fine; a form that names two places is found by [`build`](Self::build),
    /// and refused unless it is [shared](FormKind::is_shared) by each of them.
    pub fn insert(&mut self, form: &str, id: Id, kind: FormKind) -> Result<(), EmptyForm> {
        let start = self.text.len();
        key_into(&mut self.text, form);
        let folded = &self.text[start..];
        if folded.is_empty() {
            return Err(EmptyForm);
        }
        let (hash, _) = index_key(folded);
        let form = NameForm {
            hash,
            start: offset(start),
            end: offset(self.text.len()),
            id,
            kind,
        };
        self.forms.push(form);
        Ok(())
    }

    /// The finished index, or the first form (in the order inserted) that folds to a form
    /// of another place. Forms that fold alike keep the order they were inserted in and all
    /// point at the first one's text.
    pub fn build(self) -> Result<NameIndex<Id>, Clash<Id>>
    where
        Id: 'static,
    {
        let NameIndexBuilder { text, mut forms } = self;
        sort_by_hash(&mut forms);
        // Then by text where hashes are equal: forms that fold alike (a Latvian locative is
        // often its nominative once folded) and, rarely, texts that share a hash. The sort
        // is stable: forms that fold alike stay in the order inserted.
        let folded = |form: &NameForm<Id>| text_of(&text, form);
        for same_hash in forms.chunk_by_mut(|a, b| a.hash == b.hash) {
            if same_hash.len() > 1 {
                same_hash.sort_by(|a, b| folded(a).cmp(folded(b)));
            }
        }
        // Texts are appended in the order inserted, so a later start is a later form.
        // The entries kept are written over the forms already read, in place.
        let mut clash: Option<Clash<Id>> = None;
        let mut alike: Vec<NameForm<Id>> = Vec::new();
        let (mut read, mut kept) = (0, 0);
        while let Some(&first) = forms.get(read) {
            let len = forms[read..]
                .iter()
                .position(|f| f.hash != first.hash || folded(f) != folded(&first))
                .unwrap_or(forms.len() - read);
            if len == 1 {
                // Most forms: nothing folds alike, nothing to check.
                forms[kept] = first;
                kept += 1;
                read += 1;
                continue;
            }
            alike.clear();
            alike.extend_from_slice(&forms[read..read + len]);
            read += len;
            if let Some(found) = clash_in(&alike, &text) {
                if clash.as_ref().is_none_or(|c| found.at < c.at) {
                    clash = Some(found);
                }
            }
            for (n, form) in alike.iter().enumerate() {
                // One entry for each place and kind is enough.
                let seen = &alike[..n];
                if seen.iter().any(|f| f.id == form.id && f.kind == form.kind) {
                    continue;
                }
                forms[kept] = NameForm {
                    start: first.start,
                    end: first.end,
                    ..*form
                };
                kept += 1;
            }
        }
        forms.truncate(kept);
        forms.shrink_to_fit();
        if let Some(clash) = clash {
            return Err(clash);
        }
        Ok(NameIndex {
            text: Cow::Owned(text),
            forms: forms.into(),
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

    /// The shortcut for Latvian letters gives what the decomposition gives.
    #[test]
    fn latvian_letters_fold_as_their_decomposition() {
        for c in "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ".chars() {
            let decomposed: String = c
                .to_lowercase()
                .nfkd()
                .flat_map(char::to_lowercase)
                .filter(|&c| !is_combining_mark(c))
                .collect();
            assert_eq!(latvian_letter(c).map(String::from), Some(decomposed), "{c}");
        }
        assert_eq!(fold("  ĶEMERI, Jūrmala-2 "), "kemeri jurmala 2");
    }

    #[test]
    fn keys_make_the_variants_of_a_word_one() {
        assert_eq!(key("The Bahamas"), "bahamas");
        assert_eq!(key("St. Lucia"), key("Saint Lucia"));
        assert_eq!(key("Bosnia & Herzegovina"), key("Bosnia and Herzegovina"));
        assert_eq!(key("Czech Rep."), "czech republic");
        assert_eq!(key("S. Korea"), "south korea");
        assert_eq!(key("U.S. Virgin Islands"), "us virgin islands");
        assert_eq!(key("U.S.A."), "usa");
        assert_eq!(key("D.R. Congo"), "dr congo");
        assert_eq!(key("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(
            key("Democratic Republic of the Congo"),
            "democratic republic of congo"
        );
        assert_eq!(key("Bosnia and Herzegovina"), "bosnia herzegovina");
        assert_eq!(key("Bosnija un Hercegovina"), "bosnija hercegovina");
        assert_eq!(key("Bosnia-Herzegovina"), key("Bosnia & Herzegovina"));
        assert_eq!(key("the"), "the");
        assert_eq!(key("ST"), "st");
        assert_eq!(key("AND"), "and");
        for name in [
            "St. Lucia",
            "U.S.A.",
            "The Gambia",
            "a b c d",
            "Ste-Anne & St-Pierre",
        ] {
            assert_eq!(key(&key(name)), key(name), "{name}");
        }
    }

    #[test]
    fn a_shared_form_names_every_place_that_shares_it() {
        let mut index = NameIndexBuilder::default();
        index.insert("Kongo", 1, FormKind::Name).unwrap();
        index.insert("Kongo", 1, FormKind::Shared).unwrap();
        index.insert("Kongo", 2, FormKind::Shared).unwrap();
        index.insert("Norway", 3, FormKind::Name).unwrap();
        let index = index.build().unwrap();
        let ids: Vec<(u8, FormKind)> = index.get("kongo").iter().map(|f| (f.id, f.kind)).collect();
        assert_eq!(
            ids,
            [
                (1, FormKind::Name),
                (1, FormKind::Shared),
                (2, FormKind::Shared)
            ]
        );
        // A form one place shares and another has as its own is a clash.
        let mut index = NameIndexBuilder::default();
        index.insert("Kongo", 1, FormKind::Shared).unwrap();
        index.insert("Kongo", 2, FormKind::Name).unwrap();
        assert_eq!(index.build().unwrap_err().id, 2);
        // A shared form settles on one place at most.
        let mut index = NameIndexBuilder::default();
        index.insert("Korea", 1, FormKind::Settled).unwrap();
        index.insert("Korea", 2, FormKind::Settled).unwrap();
        assert_eq!(index.build().unwrap_err().id, 2);
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
        index.insert("Kongo", 1, FormKind::Name).unwrap();
        index.insert("KONGO", 1, FormKind::Name).unwrap();
        index.insert("Norvēģija", 3, FormKind::Name).unwrap();
        index.insert("kongo", 2, FormKind::Name).unwrap();
        index.insert("norvegija", 4, FormKind::Name).unwrap();
        // The first clash in the order inserted, against the place that had the form first.
        assert_eq!(
            index.build().unwrap_err(),
            Clash {
                folded: "kongo".into(),
                at: 19,
                id: 2,
                other: 1
            }
        );
    }

    #[test]
    fn forms_that_fold_alike_keep_their_order_and_one_text() {
        let mut index = NameIndexBuilder::default();
        index.insert("Kongo", 1, FormKind::Name).unwrap();
        index.insert("KONGO", 1, FormKind::Local).unwrap();
        assert_eq!(index.insert(" -- ", 3, FormKind::Code), Err(EmptyForm));
        index.insert("Kongā", 1, FormKind::Name).unwrap();
        let index = index.build().unwrap();
        // A refused form leaves nothing behind.
        assert_eq!(index.text, "kongokongokonga");
        let (lv, en) = (FormKind::Name, FormKind::Local);
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
            index.insert(name, id, FormKind::Name).unwrap();
        }
        let index = index.build().unwrap();
        for (id, name) in names.iter().enumerate() {
            assert_eq!(
                index.get(&key(name)).first().map(|f| f.id),
                Some(id),
                "{name}"
            );
        }
        assert_eq!(index.get("norwa").first().map(|f| f.id), None);
        assert_eq!(index.get("").first().map(|f| f.id), None);
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
            assert_eq!(index.get(name).first().map(|f| f.id), Some(id), "{name}");
        }
        assert_eq!(index.get("n200000").first().map(|f| f.id), None);
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
            at: clash.at,
            id: 1001,
            other: 1,
        };
        assert_eq!(clash, first);
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        // Few distinct hashes in few parts, so that equal hashes are common; parts of up to
        // about 500 forms, so that both ways of sorting a part (by comparison up to
        // SMALL_PART forms, radsort above) are met.
        #[test]
        fn sorting_by_hash_is_a_stable_sort(hashes in proptest::collection::vec(
            (0..4u32, 0..4u32).prop_map(|(part, low)| part << 24 | low),
            0..2000,
        )) {
            let mut forms: Vec<NameForm<u16>> = hashes
                .iter()
                .enumerate()
                .map(|(i, &hash)| NameForm { hash, start: i as u32, end: i as u32, id: 0, kind: FormKind::Name })
                .collect();
            let mut expected = forms.clone();
            expected.sort_by_key(|form| form.hash);
            sort_by_hash(&mut forms);
            proptest::prop_assert_eq!(forms, expected);
        }
    }
}
