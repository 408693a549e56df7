//! Loading a `--data` directory: the first byte picks which of the data files the rest
//! replaces (the others are the embedded ones), so mutations of one real file reach deep into
//! validation. A dataset that loads is then put through every query and rendered as a table
//! and as JSON: valid but odd data must not panic either.

#![no_main]

use std::io;

use attache::render::Format;
use attache::data::{self, FILES};
use attache::data::Lang;
use attache::query;
use attache::render::{self, Answer, Style};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some((&which, text)) = bytes.split_first() else {
        return;
    };
    let replaced = FILES[usize::from(which) % FILES.len()];
    let text = String::from_utf8_lossy(text);
    let loaded = data::from_texts(|name| {
        if name == replaced {
            Ok(&*text)
        } else {
            Ok(data::embedded_text(name).unwrap_or_default())
        }
    });
    let Ok(ds) = loaded else {
        return;
    };
    let first_country = ds.country_ids().next();
    let first_city = ds.city_ids().next();
    let mut answers = vec![
        Answer::Postings(query::postings::postings(&ds)),
        Answer::NonResident(query::non_resident::non_resident(&ds, first_city)),
        Answer::Accredited(query::accredited::accredited(
            &ds,
            query::accredited::Residency::All,
        )),
        Answer::Partners(query::partners::partners(&ds)),
        Answer::About(query::about::about(&ds)),
        Answer::Reciprocity(query::reciprocity::reciprocity(&ds, None)),
        Answer::Sources(query::sources::sources(&ds)),
        Answer::Stats(query::stats::stats(&ds)),
        Answer::Graph(query::graph::graph(&ds, first_country)),
        Answer::Unsc(query::unsc::unsc(&ds)),
        Answer::Search(query::search::search(&ds, "miera", 10)),
    ];
    if let Some(id) = first_country {
        answers.push(Answer::Country(query::country::country(&ds, id)));
    }
    if let Some(id) = first_city {
        answers.push(Answer::City(query::city::city(&ds, id)));
    }
    let style = Style {
        unicode: true,
        color: true,
        with_sources: true,
        cite: true,
        width: None,
        table: None,
    };
    for answer in &answers {
        for format in [Format::Table, Format::Json, Format::Csv, Format::Markdown] {
            let _ = render::render(answer, format, Lang::Lv, style, &mut io::sink());
        }
        for &table in render::tables_of(answer) {
            let style = Style { table: Some(table), ..style };
            let _ = render::render(answer, Format::Csv, Lang::Lv, style, &mut io::sink());
        }
    }
});
