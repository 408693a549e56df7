//! The page reader and the import step, on any text: never a panic; a page that imports gives
//! files that load as `--data` loads them; no message shows a control or bidi character.

#![no_main]

use attache::data::{self, FILES, Lang};
use attache::import::{self, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some((&first, rest)) = bytes.split_first() else {
        return;
    };
    let lang = if first & 1 == 0 { Lang::Lv } else { Lang::En };
    let text = String::from_utf8_lossy(rest);
    let ds = data::embedded();
    let texts: Vec<String> = FILES
        .iter()
        .map(|name| data::embedded_text(name).unwrap_or_default().to_owned())
        .collect();
    let options = Options {
        lang,
        ..Options::default()
    };
    match import::import(&text, ds, &texts, &options) {
        Ok(imported) => {
            let texts: Vec<String> = imported.files.iter().map(|(_, t)| t.clone()).collect();
            assert!(data::from_texts_in_order(&texts).is_ok());
        }
        Err(error) => {
            let message = error.to_string();
            assert!(!message.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{message}");
        }
    }
});
