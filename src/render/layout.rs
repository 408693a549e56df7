//! A page of output for people: titles, lines of prose, lists and tables, written as a
//! terminal table or Markdown. (CSV is a table of records, not a page: `render::csv`.) The renderer says what the page holds; this says how it
//! looks in each format, so a format is written once for every command.

use std::io::{self, Write};

use comfy_table::presets::{UTF8_FULL, UTF8_FULL_CONDENSED};
use comfy_table::{
    Attribute, Cell, CellAlignment, Color, ContentArrangement, ContentLineStyle, LineStyle, Table,
    TableStyle,
};

use super::Style;

/// Plain ASCII, for pipes and files: comfy-table's ASCII presets leave the junctions out of the
/// rule under the header, which reads as a glitch.
const ASCII_CONDENSED: TableStyle = TableStyle::new()
    .top_border(LineStyle::new('+', '-', '+', '+'))
    .header_lines(ContentLineStyle::new('|', '|', '|'))
    .header_separator(LineStyle::new('+', '=', '+', '+'))
    .content_lines(ContentLineStyle::new('|', '|', '|'))
    .bottom_border(LineStyle::new('+', '-', '+', '+'));
const ASCII_RULED: TableStyle = ASCII_CONDENSED.row_separator(LineStyle::new('+', '-', '+', '+'));

/// How a page is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFormat {
    /// Tables for a terminal or a pipe (comfy-table).
    Table(Style),
    /// GitHub-flavoured Markdown: headings, paragraphs, lists, pipe tables.
    Markdown,
}

/// Rows of cells under a header. A cell may hold several lines (a list of countries).
#[derive(Debug, Clone)]
pub struct Grid {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Rows hold several lines each and want a rule between them (terminal tables only).
    ruled: bool,
}

impl Grid {
    pub fn new(headers: impl IntoIterator<Item = impl Into<String>>, ruled: bool) -> Self {
        Grid {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            ruled,
        }
    }

    pub fn add_row(&mut self, cells: impl IntoIterator<Item = impl Into<String>>) {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    /// Whether each column holds numbers only (in every row, and there is a row): numbers are
    /// right-aligned, as people compare them digit by digit.
    fn numeric_columns(&self) -> Vec<bool> {
        (0..self.headers.len())
            .map(|i| {
                !self.rows.is_empty()
                    && self.rows.iter().all(|row| {
                        row.get(i).is_some_and(|cell| {
                            !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit())
                        })
                    })
            })
            .collect()
    }

    /// Adds "(`mark`)" to the header of `column`.
    pub fn mark_header(&mut self, column: usize, mark: &str) {
        if let Some(header) = self.headers.get_mut(column) {
            header.push_str(&format!(" ({mark})"));
        }
    }
}

pub struct Page<'w> {
    format: PageFormat,
    out: &'w mut dyn Write,
    /// Something was written already (Markdown separates blocks with one blank line).
    started: bool,
}

impl<'w> Page<'w> {
    pub fn new(format: PageFormat, out: &'w mut dyn Write) -> Self {
        Page {
            format,
            out,
            started: false,
        }
    }

    /// Whether text should be wrapped at fixed widths: only for terminal tables in a pipe;
    /// Markdown keeps lines whole, and on a terminal comfy-table wraps to fit.
    pub fn wraps(&self) -> bool {
        matches!(self.format, PageFormat::Table(style) if !style.fit_terminal)
    }

    /// The page's title, its first line.
    pub fn title(&mut self, text: &str) -> io::Result<()> {
        match self.format {
            PageFormat::Table(style) => writeln!(self.out, "{}", bold(style, text)),
            PageFormat::Markdown => self.block(&format!("# {}", markdown_text(text))),
        }
    }

    /// A section's heading, after a blank line.
    pub fn section(&mut self, text: &str) -> io::Result<()> {
        match self.format {
            PageFormat::Table(style) => writeln!(self.out, "\n{}", bold(style, text)),
            PageFormat::Markdown => self.block(&format!("## {}", markdown_text(text))),
        }
    }

    /// A line of prose.
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        match self.format {
            PageFormat::Table(_) => writeln!(self.out, "{text}"),
            PageFormat::Markdown => self.block(&markdown_text(text)),
        }
    }

    /// A blank line between parts of a terminal page; other formats separate blocks themselves.
    pub fn gap(&mut self) -> io::Result<()> {
        match self.format {
            PageFormat::Table(_) => writeln!(self.out),
            PageFormat::Markdown => Ok(()),
        }
    }

    /// A list, numbered or not.
    pub fn list(&mut self, items: &[String], numbered: bool) -> io::Result<()> {
        match self.format {
            PageFormat::Table(_) => {
                for (i, item) in items.iter().enumerate() {
                    let marker = if numbered {
                        format!("  {}. ", i + 1)
                    } else {
                        "  - ".to_owned()
                    };
                    writeln!(self.out, "{}", hanging(&marker, item))?;
                }
                Ok(())
            }
            PageFormat::Markdown => {
                let lines: Vec<String> = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let marker = if numbered {
                            format!("{}.", i + 1)
                        } else {
                            "-".to_owned()
                        };
                        format!("{marker} {}", markdown_text(item))
                    })
                    .collect();
                self.block(&lines.join("\n"))
            }
        }
    }

    /// Numbered references: "[1] ..." with the other lines indented under the text in a
    /// terminal table; footnotes ("[^1]: ...") in Markdown.
    pub fn references(&mut self, entries: &[String]) -> io::Result<()> {
        match self.format {
            PageFormat::Table(_) => {
                for (i, entry) in entries.iter().enumerate() {
                    writeln!(self.out, "{}", hanging(&format!("[{}] ", i + 1), entry))?;
                }
                Ok(())
            }
            PageFormat::Markdown => {
                let notes: Vec<String> = entries
                    .iter()
                    .enumerate()
                    .map(|(i, entry)| format!("[^{}]: {}", i + 1, markdown_text(entry)))
                    .collect();
                self.block(&notes.join("\n"))
            }
        }
    }

    pub fn table(&mut self, grid: Grid) -> io::Result<()> {
        match self.format {
            // Off a terminal, without colour: written line by line as comfy-table would draw
            // it, without holding the drawn table (comfy-table holds it two or three times
            // over, about 8 bytes of memory per byte written).
            PageFormat::Table(style) if !style.fit_terminal && !style.color && !style.unicode => {
                write_plain_table(self.out, &grid)
            }
            PageFormat::Table(style) => writeln!(self.out, "{}", comfy(style, &grid)),
            PageFormat::Markdown => self.block(&markdown_table(&grid)),
        }
    }

    /// A Markdown block, separated from the one before by a blank line.
    fn block(&mut self, text: &str) -> io::Result<()> {
        if self.started {
            writeln!(self.out)?;
        }
        self.started = true;
        writeln!(self.out, "{text}")
    }
}

fn bold(style: Style, text: &str) -> String {
    if style.color {
        let bold = anstyle::Style::new().bold();
        format!("{bold}{text}{bold:#}")
    } else {
        text.to_owned()
    }
}

/// The table [`comfy`] draws with the ASCII presets and no arrangement, written line by line:
/// each column as wide as its widest line (at least 1), one space of padding each side, a
/// row's cells as many lines as its tallest, rules as [`ASCII_CONDENSED`] and [`ASCII_RULED`]
/// draw them. A test keeps the two byte for byte the same.
fn write_plain_table(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    let columns = grid
        .rows
        .iter()
        .map(Vec::len)
        .chain([grid.headers.len()])
        .max()
        .unwrap_or(0);
    let mut widths = vec![1usize; columns];
    for row in std::iter::once(&grid.headers).chain(grid.rows.iter()) {
        for (width, cell) in widths.iter_mut().zip(row) {
            for line in cell.split('\n') {
                *width = (*width).max(display_width(line));
            }
        }
    }
    let rule = |out: &mut dyn Write, fill: u8| -> io::Result<()> {
        let mut line = Vec::with_capacity(widths.iter().map(|w| w + 3).sum::<usize>() + 2);
        line.push(b'+');
        for width in &widths {
            line.extend(std::iter::repeat_n(fill, width + 2));
            line.push(b'+');
        }
        line.push(b'\n');
        out.write_all(&line)
    };
    // Numbers right-aligned, as comfy-table aligns them on a terminal (`comfy`).
    let numeric = grid.numeric_columns();
    let row = |out: &mut dyn Write, cells: &[String]| -> io::Result<()> {
        let lines: Vec<Vec<&str>> = cells.iter().map(|c| c.split('\n').collect()).collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let mut text = String::with_capacity(widths.iter().map(|w| w + 3).sum::<usize>() + 2);
        for i in 0..height {
            text.clear();
            text.push('|');
            for (column, width) in widths.iter().enumerate() {
                let line = lines.get(column).and_then(|l| l.get(i).copied());
                text.push(' ');
                let line = line.unwrap_or("");
                let pad = width - display_width(line).min(*width);
                if numeric.get(column).copied().unwrap_or(false) {
                    push_spaces(&mut text, pad);
                    text.push_str(line);
                    text.push(' ');
                } else {
                    text.push_str(line);
                    push_spaces(&mut text, pad + 1);
                }
                text.push('|');
            }
            text.push('\n');
            out.write_all(text.as_bytes())?;
        }
        Ok(())
    };
    rule(out, b'-')?;
    row(out, &grid.headers)?;
    rule(out, b'=')?;
    for (i, cells) in grid.rows.iter().enumerate() {
        if i > 0 && grid.ruled {
            rule(out, b'-')?;
        }
        row(out, cells)?;
    }
    rule(out, b'-')
}

/// The columns `line` takes on a terminal, as comfy-table measures it: printable ASCII (what
/// most cells are) one column a byte, without unicode-width's table lookups.
fn display_width(line: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    match line.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        true => line.len(),
        false => line.width(),
    }
}

/// Appends `n` spaces: a slice at a time, not a `char` at a time.
fn push_spaces(text: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let now = n.min(SPACES.len());
        text.push_str(&SPACES[..now]);
        n -= now;
    }
}

fn comfy(style: Style, grid: &Grid) -> Table {
    let preset = match (style.unicode, grid.ruled) {
        (true, false) => UTF8_FULL_CONDENSED,
        (true, true) => UTF8_FULL,
        (false, false) => ASCII_CONDENSED,
        (false, true) => ASCII_RULED,
    };
    let mut table = Table::new();
    table.load_style(preset);
    // The caller decided about the terminal; comfy-table must not decide again.
    if style.fit_terminal {
        table.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        table
            .force_no_tty()
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    if style.color {
        table.enforce_styling();
        table.set_header(
            grid.headers
                .iter()
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold).fg(Color::Cyan)),
        );
    } else {
        table.set_header(&grid.headers);
    }
    for row in grid.rows.iter() {
        if style.fit_terminal {
            table.add_row(row.iter().map(|cell| break_long_words(cell)));
        } else {
            table.add_row(row);
        }
    }
    for (i, numeric) in grid.numeric_columns().into_iter().enumerate() {
        if let (true, Some(column)) = (numeric, table.column_mut(i)) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

/// The longest word handed whole to comfy-table to fit a terminal. It splits a word wider than
/// its column in time that grows with the square of the word's length (a 200,000-character
/// word took 45 s); no real word is near this long.
const LONGEST_WORD: usize = 100;

/// `text` with every word longer than [`LONGEST_WORD`] characters cut into pieces of that
/// length, separated by spaces, so that comfy-table wraps them in linear time.
fn break_long_words(text: &str) -> std::borrow::Cow<'_, str> {
    let long = |word: &str| word.chars().nth(LONGEST_WORD).is_some();
    if !text.split([' ', '\n']).any(long) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + text.len() / LONGEST_WORD + 1);
    let mut run = 0;
    for c in text.chars() {
        if c == ' ' || c == '\n' {
            run = 0;
        } else if run == LONGEST_WORD {
            out.push(' ');
            run = 0;
        }
        if c != ' ' && c != '\n' {
            run += 1;
        }
        out.push(c);
    }
    std::borrow::Cow::Owned(out)
}

/// Markdown text on one line: line breaks become spaces, and characters Markdown would read as
/// markup are escaped.
fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // A footnote mark (`--cite`) is Markdown's own: "[^12]".
        if c == '[' {
            if let Some(len) = footnote_mark(&text[i..]) {
                out.push_str(&text[i..i + len]);
                while chars.peek().is_some_and(|&(j, _)| j < i + len) {
                    chars.next();
                }
                continue;
            }
        }
        match c {
            '\n' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The length of the footnote mark "[^N]" that `text` starts with, if it starts with one.
fn footnote_mark(text: &str) -> Option<usize> {
    let digits = text.strip_prefix("[^")?;
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    (n > 0 && digits[n..].starts_with(']')).then_some(n + 3)
}

/// A GitHub pipe table; a cell's own lines are joined with `<br>`.
fn markdown_table(grid: &Grid) -> String {
    let cell = |text: &String| {
        text.lines()
            .map(markdown_text)
            .collect::<Vec<_>>()
            .join("<br>")
    };
    let row = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
    let separator = grid
        .numeric_columns()
        .into_iter()
        .map(|numeric| if numeric { "---:" } else { "---" }.to_owned())
        .collect();
    let mut lines = vec![row(grid.headers.iter().map(cell).collect()), row(separator)];
    lines.extend(grid.rows.iter().map(|r| row(r.iter().map(cell).collect())));
    lines.join("\n")
}

/// Prose wraps at this width.
pub(super) const TEXT_WIDTH: usize = 78;

/// Wraps at spaces only: a date, a hyphenated word or an address is never split.
fn wrap_options(width: usize) -> textwrap::Options<'static> {
    // A word longer than the width (a web address) overflows rather than being cut.
    textwrap::Options::new(width)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false)
}

/// `text` wrapped at [`TEXT_WIDTH`] after `marker` ("  1. ", "[3] "), its other lines indented
/// under the text.
fn hanging(marker: &str, text: &str) -> String {
    let indent = " ".repeat(marker.chars().count());
    let options = wrap_options(TEXT_WIDTH)
        .initial_indent(marker)
        .subsequent_indent(&indent);
    textwrap::fill(text, options)
}

/// `text` wrapped at `width` columns by [`wrap_options`].
pub(super) fn wrap(text: &str, width: usize) -> String {
    textwrap::fill(text, wrap_options(width))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(grid: &Grid) -> (String, String) {
        let style = Style::PIPE;
        let drawn = format!("{}\n", comfy(style, grid));
        let mut written = Vec::new();
        write_plain_table(&mut written, grid).unwrap();
        (drawn, String::from_utf8(written).unwrap())
    }

    #[test]
    fn display_width_is_unicode_widths() {
        use unicode_width::UnicodeWidthStr;
        let every_ascii: String = (0u8..0x80).map(char::from).collect();
        for text in [
            every_ascii.as_str(),
            "Ķīna 中国",
            "a\u{301}",
            "",
            "plain text",
        ] {
            for (i, _) in text.char_indices() {
                assert_eq!(
                    display_width(&text[i..]),
                    text[i..].width(),
                    "{:?}",
                    &text[i..]
                );
            }
        }
        let mut spaced = String::from("x");
        push_spaces(&mut spaced, 150);
        assert_eq!(spaced, format!("x{}", " ".repeat(150)));
    }

    #[test]
    fn the_plain_table_is_comfy_tables_byte_for_byte() {
        let mut grid = Grid::new(["Kind", "Text", ""], true);
        grid.add_row(["a", "two\nlines", "Ķīna 中国"]);
        grid.add_row(["", "", ""]);
        grid.add_row(["longer cell", "x", "🇱🇻 e\u{301}"]);
        let (drawn, written) = both(&grid);
        assert_eq!(written, drawn);
        let mut grid = Grid::new(["Only"], false);
        let (drawn, written) = both(&grid);
        assert_eq!(written, drawn);
        grid.add_row(["one\n\nthree"]);
        grid.add_row(["x"]);
        let (drawn, written) = both(&grid);
        assert_eq!(written, drawn);
        // A column of numbers is right-aligned, its header too.
        let mut grid = Grid::new(["City", "Total", "Countries"], false);
        grid.add_row(["Warsaw", "10", "9"]);
        grid.add_row(["Riga, Latvia", "9", "a"]);
        let (drawn, written) = both(&grid);
        assert_eq!(written, drawn);
        assert!(
            written.contains("| Warsaw       |    10 | 9         |"),
            "{written}"
        );
    }

    proptest::proptest! {
        #[test]
        fn any_plain_table_is_comfy_tables(
            headers in proptest::collection::vec("[a-zā中 ]{0,6}", 1..4),
            rows in proptest::collection::vec(
                proptest::collection::vec("[a-zĶ中🇱\n ]{0,8}", 0..4), 0..5),
            ruled: bool,
        ) {
            let columns = headers.len();
            let mut grid = Grid::new(headers, ruled);
            for row in rows {
                grid.add_row(row.into_iter().take(columns));
            }
            let (drawn, written) = both(&grid);
            proptest::prop_assert_eq!(written, drawn);
        }
    }
}
