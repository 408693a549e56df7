//! A page of output for people: titles, lines of prose, lists and tables, written as a
//! terminal table or Markdown. (CSV is a table of records, not a page: `render::csv`.) The renderer says what the page holds; this says how it
//! looks in each format, so a format is written once for every command.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::presets::{UTF8_FULL, UTF8_FULL_CONDENSED};
use comfy_table::{
    CellAlignment, ColumnConstraint, ContentArrangement, ContentLineStyle, LineStyle, Table,
    TableStyle, Width,
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

/// Rows of cells under a header. A cell may hold several lines (a list of countries). A cell
/// borrows its text where it is the data's or a phrase as it stands (a name, "None"), and owns
/// it where it was composed: no copy of a text only to show it.
#[derive(Debug, Clone)]
pub struct Grid<'t> {
    headers: Vec<Cow<'t, str>>,
    rows: Vec<Vec<Cow<'t, str>>>,
    /// Rows hold several lines each and want a rule between them (terminal tables only).
    ruled: bool,
}

impl<'t> Grid<'t> {
    pub fn new(headers: impl IntoIterator<Item = impl Into<Cow<'t, str>>>, ruled: bool) -> Self {
        Grid {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            ruled,
        }
    }

    pub fn add_row(&mut self, cells: impl IntoIterator<Item = impl Into<Cow<'t, str>>>) {
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
            let header = header.to_mut();
            header.push_str(" (");
            header.push_str(mark);
            header.push(')');
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

    /// Whether the renderer wraps table cells at fixed widths: for terminal tables without a
    /// width to fit (a pipe or a file). Given a width, comfy-table fits the cells to it; Markdown
    /// keeps lines whole.
    pub fn wraps(&self) -> bool {
        matches!(self.format, PageFormat::Table(style) if style.width.is_none())
    }

    /// The page's title, its first line.
    pub fn title(&mut self, text: &str) -> io::Result<()> {
        match self.format {
            PageFormat::Table(style) => self.heading(style, text),
            PageFormat::Markdown => self.block(&format!("# {}", markdown_text(text))),
        }
    }

    /// A section's heading, after a blank line.
    pub fn section(&mut self, text: &str) -> io::Result<()> {
        match self.format {
            PageFormat::Table(style) => {
                self.out.write_all(b"\n")?;
                self.heading(style, text)
            }
            PageFormat::Markdown => self.block(&format!("## {}", markdown_text(text))),
        }
    }

    /// A heading of a terminal page, each line bold: wrapped to the width to fit, and one line
    /// without one (a pipe keeps a heading whole, as it always has, for a script to find).
    fn heading(&mut self, style: Style, text: &str) -> io::Result<()> {
        let Some(width) = style.width else {
            return put_line(self.out, &bold(style, text));
        };
        for line in wrapped(text, "", width).lines() {
            put_line(self.out, &bold(style, line))?;
        }
        Ok(())
    }

    /// A line: a short statement ("None.", a verdict, a total), wrapped to the width to fit,
    /// and whole without one, as a pipe has always had it.
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        match self.format {
            PageFormat::Table(Style {
                width: Some(width), ..
            }) => put_line(self.out, &wrapped(text, "", width)),
            PageFormat::Table(_) => put_line(self.out, text),
            PageFormat::Markdown => self.block(&markdown_text(text)),
        }
    }

    /// A paragraph of prose, wrapped to the width to fit, or at [`TEXT_WIDTH`] without one.
    pub fn paragraph(&mut self, text: &str) -> io::Result<()> {
        match self.format {
            PageFormat::Table(style) => put_line(self.out, &wrapped(text, "", text_width(style))),
            PageFormat::Markdown => self.block(&markdown_text(text)),
        }
    }

    /// A blank line between parts of a terminal page; other formats separate blocks themselves.
    pub fn gap(&mut self) -> io::Result<()> {
        match self.format {
            PageFormat::Table(_) => self.out.write_all(b"\n"),
            PageFormat::Markdown => Ok(()),
        }
    }

    /// A list, numbered or not.
    pub fn list(&mut self, items: &[String], numbered: bool) -> io::Result<()> {
        match self.format {
            PageFormat::Table(style) => {
                for (i, item) in items.iter().enumerate() {
                    let marker = if numbered {
                        format!("  {}. ", i + 1)
                    } else {
                        "  - ".to_owned()
                    };
                    put_line(self.out, &wrapped(item, &marker, text_width(style)))?;
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

    /// A list whose items each have lines of detail under them (a change and its quotes):
    /// indented under the item in a terminal table, a nested list in Markdown.
    pub fn items(&mut self, items: &[(String, Vec<String>)]) -> io::Result<()> {
        match self.format {
            PageFormat::Table(style) => {
                let width = text_width(style);
                for (item, details) in items {
                    put_line(self.out, &wrapped(item, "  - ", width))?;
                    for detail in details {
                        put_line(self.out, &wrapped(detail, "      ", width))?;
                    }
                }
                Ok(())
            }
            PageFormat::Markdown => {
                let mut lines: Vec<String> = Vec::new();
                for (item, details) in items {
                    lines.push(format!("- {}", markdown_text(item)));
                    lines.extend(details.iter().map(|d| format!("  - {}", markdown_text(d))));
                }
                self.block(&lines.join("\n"))
            }
        }
    }

    /// Numbered references: "[1] ..." with the other lines indented under the text in a
    /// terminal table; footnotes ("[^1]: ...") in Markdown.
    pub fn references(&mut self, entries: &[String]) -> io::Result<()> {
        match self.format {
            PageFormat::Table(style) => {
                for (i, entry) in entries.iter().enumerate() {
                    let marker = format!("[{}] ", i + 1);
                    put_line(self.out, &wrapped(entry, &marker, text_width(style)))?;
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
            PageFormat::Table(style) if style.width.is_none() && !style.color && !style.unicode => {
                write_plain_table(self.out, &grid)
            }
            PageFormat::Table(style) => match style.width {
                None => put_line(self.out, &drawn(style, &comfy(style, &grid, None))),
                Some(width) => match column_widths(&grid, width) {
                    Some(widths) => {
                        let table = comfy(style, &grid, Some(&widths));
                        put_line(self.out, &drawn(style, &table))
                    }
                    None => write_expanded(self.out, style, &grid, width),
                },
            },
            PageFormat::Markdown => self.block(&markdown_table(&grid)),
        }
    }

    /// A Markdown block, separated from the one before by a blank line.
    fn block(&mut self, text: &str) -> io::Result<()> {
        if self.started {
            self.out.write_all(b"\n")?;
        }
        self.started = true;
        put_line(self.out, text)
    }
}

/// Writes `text` and a line break: two copies into the buffer, no formatting.
fn put_line(out: &mut dyn Write, text: &str) -> io::Result<()> {
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")
}

fn bold(style: Style, text: &str) -> Cow<'_, str> {
    if style.color {
        let bold = anstyle::Style::new().bold();
        Cow::Owned(format!("{bold}{text}{bold:#}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The table [`comfy`] draws with the ASCII presets and no arrangement, written line by line:
/// each column as wide as its widest line (at least 1), one space of padding each side, a
/// row's cells as many lines as its tallest, rules as [`ASCII_CONDENSED`] and [`ASCII_RULED`]
/// draw them. A test keeps the two byte for byte the same. The whole table is composed in one
/// string and written once, with no string or vector a row or a cell.
fn write_plain_table<'g>(out: &mut dyn Write, grid: &'g Grid<'_>) -> io::Result<()> {
    let columns = grid
        .rows
        .iter()
        .map(Vec::len)
        .chain([grid.headers.len()])
        .max()
        .unwrap_or(0);
    let mut widths = vec![1usize; columns];
    let mut lines = 0;
    // Each line's width, row by row, cell by cell, and each cell's number of lines: measured
    // once, for the columns' widths, and read again for the padding.
    let cells = grid.rows.len() * columns + columns;
    let mut measured: Vec<usize> = Vec::with_capacity(cells + cells / 2);
    let mut heights: Vec<usize> = Vec::with_capacity(cells);
    for row in std::iter::once(&grid.headers).chain(grid.rows.iter()) {
        let mut height = 1;
        for (width, cell) in widths.iter_mut().zip(row) {
            let mut cell_lines = 0;
            let mut measure = |line_width: usize| {
                *width = (*width).max(line_width);
                measured.push(line_width);
                cell_lines += 1;
            };
            // A cell of one-column characters is one line (a line break is none of them).
            match narrow_chars(cell) {
                Some(n) => measure(n),
                None => cell.split('\n').for_each(|line| measure(cell_width(line))),
            }
            heights.push(cell_lines);
            height = height.max(cell_lines);
        }
        lines += height;
    }
    let line_len = widths.iter().map(|w| w + 3).sum::<usize>() + 2;
    // Rules: the top, under the header, between rows where ruled, the bottom.
    let rules = 3 + if grid.ruled {
        grid.rows.len().saturating_sub(1)
    } else {
        0
    };
    let mut text = String::with_capacity(line_len * (lines + rules) + line_len / 2 * lines);
    let rule = |text: &mut String, fill: &str| {
        text.push('+');
        for width in &widths {
            push_repeated(text, fill, width + 2);
            text.push('+');
        }
        text.push('\n');
    };
    // Numbers right-aligned, as comfy-table aligns them on a terminal (`comfy`).
    let numeric = grid.numeric_columns();
    // Each cell of the row being written: its lines not yet written, where the width of the
    // next is in `measured`, and how many are left.
    let mut rest: Vec<(&'g str, usize, usize)> = Vec::with_capacity(columns);
    // Where the next row's cells begin in `heights`, and its lines in `measured`.
    let (mut next_cell, mut next_line) = (0, 0);
    let mut row = |text: &mut String, cells: &'g [Cow<'_, str>]| {
        rest.clear();
        for cell in cells.iter().take(columns) {
            let height = heights[next_cell];
            rest.push((cell.as_ref(), next_line, height));
            next_cell += 1;
            next_line += height;
        }
        rest.resize(columns, ("", 0, 0));
        // A row has at least one line, even with no cell.
        let mut first = true;
        while first || rest.iter().any(|&(_, _, left)| left > 0) {
            first = false;
            text.push('|');
            for (column, width) in widths.iter().enumerate() {
                let (line, line_width) = match &mut rest[column] {
                    (_, _, 0) => ("", 0),
                    (cell, at, left) => {
                        // The last line of a cell is what is left of it.
                        let line = match (*left > 1).then(|| cell.split_once('\n')).flatten() {
                            Some((line, more)) => {
                                *cell = more;
                                line
                            }
                            None => std::mem::take(cell),
                        };
                        let line_width = measured[*at];
                        *at += 1;
                        *left -= 1;
                        (line, line_width)
                    }
                };
                text.push(' ');
                let pad = width - line_width.min(*width);
                if numeric.get(column).copied().unwrap_or(false) {
                    push_spaces(text, pad);
                    text.push_str(line);
                    text.push(' ');
                } else {
                    text.push_str(line);
                    push_spaces(text, pad + 1);
                }
                text.push('|');
            }
            text.push('\n');
        }
    };
    rule(&mut text, "-");
    row(&mut text, &grid.headers);
    rule(&mut text, "=");
    for (i, cells) in grid.rows.iter().enumerate() {
        if i > 0 && grid.ruled {
            rule(&mut text, "-");
        }
        row(&mut text, cells);
    }
    rule(&mut text, "-");
    out.write_all(text.as_bytes())
}

/// The columns `line` takes on a terminal, as comfy-table measures it: a line of characters
/// that are one column each (what nearly every cell is, [`narrow_chars`]) as many columns as
/// it has characters, without unicode-width's table lookups.
fn cell_width(line: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    match narrow_chars(line) {
        Some(n) => n,
        None => line.width(),
    }
}

/// How many characters `text` has if each of them is certainly one column wide, by
/// unicode-width and by textwrap alike: printable ASCII, the Latin letters and signs of
/// U+00A0 to U+02FF (Latvian's among them; the soft hyphen aside), and the dashes, quotes,
/// bullets and ellipsis of U+2010 to U+2027. `None` for a text with any other character.
/// (A test checks every character of these ranges against both.)
pub(super) fn narrow_chars(text: &str) -> Option<usize> {
    // Byte by byte: a character of U+0080 to U+02FF is two bytes led by 0xC2 to 0xCB (0xC2
    // with 0xA0 to 0xBF after it, but 0xAD, leaves out the C1 controls and the soft hyphen);
    // one of U+2010 to U+2027 is 0xE2 0x80 0x90 to 0xA7. `text` is UTF-8, so a lead byte has
    // its continuation bytes after it.
    let bytes = text.as_bytes();
    if printable_ascii(bytes) {
        return Some(bytes.len());
    }
    let (mut i, mut n) = (0, 0);
    while let Some(&b) = bytes.get(i) {
        i += match b {
            b' '..=b'~' => 1,
            0xC2 if matches!(bytes.get(i + 1), Some(&(0xA0..=0xAC | 0xAE..=0xBF))) => 2,
            0xC3..=0xCB => 2,
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(&(0x90..=0xA7))) =>
            {
                3
            }
            _ => return None,
        };
        n += 1;
    }
    Some(n)
}

/// Whether every byte is printable ASCII (a space to `~`), eight bytes at a time: a word holds
/// a byte under `n` (at most 0x80) where `(w - n * LO) & !w & HI` is not zero, and a byte equal
/// to `m` where `w ^ m * LO` holds a zero byte (the bit tricks of "Bit Twiddling Hacks").
fn printable_ascii(bytes: &[u8]) -> bool {
    const LO: u64 = u64::from_ne_bytes([0x01; 8]);
    const HI: u64 = u64::from_ne_bytes([0x80; 8]);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_ne_bytes(word);
        let below_space = w.wrapping_sub(LO * 0x20) & !w & HI;
        let delete = w ^ (LO * 0x7f);
        let is_delete = delete.wrapping_sub(LO) & !delete & HI;
        if (w & HI) | below_space | is_delete != 0 {
            return false;
        }
    }
    chunks.remainder().iter().all(|b| (b' '..=b'~').contains(b))
}

/// Whether `c` is one of the characters [`narrow_chars`] counts.
#[cfg(test)]
fn is_narrow(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{ac}' | '\u{ae}'..='\u{2ff}' | '\u{2010}'..='\u{2027}')
}

/// Appends `n` spaces: a slice at a time, not a `char` at a time.
fn push_spaces(text: &mut String, n: usize) {
    push_repeated(text, " ", n);
}

/// Appends `n` times `fill`, one ASCII character: a slice at a time.
fn push_repeated(text: &mut String, fill: &str, mut n: usize) {
    const SPACES: &str = "                                                                ";
    const DASHES: &str = "----------------------------------------------------------------";
    const EQUALS: &str = "================================================================";
    let run = match fill {
        " " => SPACES,
        "-" => DASHES,
        "=" => EQUALS,
        _ => {
            for _ in 0..n {
                text.push_str(fill);
            }
            return;
        }
    };
    while n > 0 {
        let now = n.min(run.len());
        text.push_str(&run[..now]);
        n -= now;
    }
}

/// `grid` drawn by comfy-table in `style`: each column as wide as its widest line, or as wide as
/// `widths` says (content, without padding), its cells wrapped at spaces to fit.
fn comfy(style: Style, grid: &Grid, widths: Option<&[usize]>) -> Table {
    let preset = match (style.unicode, grid.ruled) {
        (true, false) => UTF8_FULL_CONDENSED,
        (true, true) => UTF8_FULL,
        (false, false) => ASCII_CONDENSED,
        (false, true) => ASCII_RULED,
    };
    let mut table = Table::new();
    table.load_style(preset);
    // The caller decided about the terminal and the widths; comfy-table must not decide again.
    // (Built without its `tty` feature, it does not look at the terminal: see [`drawn`].)
    table.set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(&grid.headers);
    for row in grid.rows.iter() {
        if widths.is_some() {
            table.add_row(row.iter().map(|cell| break_long_words(cell)));
        } else {
            table.add_row(row);
        }
    }
    for (i, &width) in widths.unwrap_or_default().iter().enumerate() {
        if let Some(column) = table.column_mut(i) {
            // The constraint's width counts the padding, one space each side.
            let width = u16::try_from(width + 2).unwrap_or(u16::MAX);
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
        }
    }
    for (i, numeric) in grid.numeric_columns().into_iter().enumerate() {
        if let (true, Some(column)) = (numeric, table.column_mut(i)) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

/// `table` as comfy-table draws it, its header in bold cyan where `style.color` says so: each
/// line of each header cell, padding included, between the same escape sequences comfy-table's
/// own cell styling writes (`ESC[38;5;14m ESC[1m` ... `ESC[0m`), the blank lines below a
/// cell's last line left plain as it leaves them. Coloured here, on the drawn text, because
/// comfy-table styles cells only with its `tty` feature, and that feature's crossterm links in
/// process spawning (to run `tput`) that every start of the program then paid for: 39 more
/// symbols for the dynamic loader to resolve, 34,000 instructions of a 580,000-instruction
/// lookup. A test keeps the two drawings byte for byte the same.
fn drawn(style: Style, table: &Table) -> String {
    let text = table.to_string();
    if !style.color {
        return text;
    }
    let preset = table.style();
    let (Some(left), Some(junction), Some(right), Some(rule)) = (
        preset.header_lines.left,
        preset.header_lines.junction,
        preset.header_lines.right,
        preset.header_separator.left,
    ) else {
        return text;
    };
    let on = format!(
        "{}{}",
        anstyle::Ansi256Color(14).render_fg(),
        anstyle::Effects::BOLD.render()
    );
    let off = anstyle::Reset.render().to_string();
    let mut out = String::with_capacity(text.len() + 512);
    let mut lines = text.split('\n');
    // The top border, then the header's lines up to the rule under it.
    out.extend(lines.next());
    let mut first = true;
    for line in lines.by_ref() {
        out.push('\n');
        let header = line.strip_prefix(left).and_then(|l| l.strip_suffix(right));
        let Some(cells) = header.filter(|_| !line.starts_with(rule)) else {
            out.push_str(line);
            break;
        };
        out.push(left);
        for (i, cell) in cells.split(junction).enumerate() {
            if i > 0 {
                out.push(junction);
            }
            if first || cell.bytes().any(|b| b != b' ') {
                out.push_str(&on);
                out.push_str(cell);
                out.push_str(&off);
            } else {
                out.push_str(cell);
            }
        }
        out.push(right);
        first = false;
    }
    for line in lines {
        out.push('\n');
        out.push_str(line);
    }
    out
}

/// The width of each column's content for a table at most `width` columns wide, borders and
/// padding included, so that no word is cut: every column at least as wide as its longest word
/// (as [`break_long_words`] leaves it) and at most as wide as its widest line. A column whose
/// lines fit in an even share of the room keeps its width; the others share the rest evenly,
/// none narrower than its longest word. `None` where the longest words do not fit side by
/// side: the table is written record by record ([`write_expanded`]).
fn column_widths(grid: &Grid, width: usize) -> Option<Vec<usize>> {
    use unicode_width::UnicodeWidthStr;
    let columns = grid.headers.len();
    let (mut least, mut most) = (vec![1usize; columns], vec![1usize; columns]);
    for row in std::iter::once(&grid.headers).chain(grid.rows.iter()) {
        for (i, cell) in row.iter().enumerate().take(columns) {
            for line in cell.split('\n') {
                most[i] = most[i].max(line.width());
                for word in break_long_words(line).split(' ') {
                    least[i] = least[i].max(word.width());
                }
            }
        }
    }
    // Borders: one between columns and one each side; padding: one space each side of a cell.
    let room = width.checked_sub(3 * columns + 1)?;
    if most.iter().sum::<usize>() <= room {
        return Some(most);
    }
    if least.iter().sum::<usize>() > room {
        return None;
    }
    let mut widths: Vec<Option<usize>> = vec![None; columns];
    loop {
        let free: Vec<usize> = (0..columns).filter(|&i| widths[i].is_none()).collect();
        if free.is_empty() {
            break;
        }
        let left = room - widths.iter().flatten().sum::<usize>();
        let share = left / free.len();
        // A column whose longest word is wider than the share takes that width first; then one
        // that fits in the share takes its own width; the rest share what is left.
        if let Some(&i) = free.iter().find(|&&i| least[i] > share) {
            widths[i] = Some(least[i]);
        } else if let Some(&i) = free.iter().find(|&&i| most[i] <= share) {
            widths[i] = Some(most[i]);
        } else {
            let extra = left - share * free.len();
            for (k, &i) in free.iter().enumerate() {
                widths[i] = Some(share + usize::from(k < extra));
            }
        }
    }
    Some(widths.into_iter().flatten().collect())
}

/// A table too wide for `width` columns written record by record, as psql's expanded display
/// writes it: each row a block of "header │ value" lines, the values wrapped at spaces in the
/// room beside the headers, a rule between records. The headers wrap too where the longest
/// word of a value would not fit beside the longest header.
fn write_expanded(out: &mut dyn Write, style: Style, grid: &Grid, width: usize) -> io::Result<()> {
    use unicode_width::UnicodeWidthStr;
    let (bar, rule, cross) = if style.unicode {
        ('│', '─', '┼')
    } else {
        ('|', '-', '+')
    };
    let longest_word = |texts: &mut dyn Iterator<Item = &Cow<'_, str>>| {
        texts
            .flat_map(|t| t.split([' ', '\n']))
            .map(|w| w.width())
            .max()
            .unwrap_or(0)
    };
    let widest_header = grid.headers.iter().map(|h| h.width()).max().unwrap_or(0);
    let header_word = longest_word(&mut grid.headers.iter());
    let value_word = longest_word(&mut grid.rows.iter().flatten());
    // As wide as the widest header, unless that leaves a value's longest word no room.
    let label_width = width
        .saturating_sub(3 + value_word)
        .clamp(header_word.min(widest_header), widest_header);
    let room = width.saturating_sub(label_width + 3).max(1);
    let labels: Vec<Vec<String>> = grid
        .headers
        .iter()
        .map(|h| {
            wrap(h, label_width)
                .split('\n')
                .map(str::to_owned)
                .collect()
        })
        .collect();
    let label_style = anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Cyan.into()));
    // Each record's lines: (its header's line, its value's line).
    let blocks: Vec<Vec<(&str, String)>> = grid
        .rows
        .iter()
        .map(|row| {
            let mut lines = Vec::new();
            for (column, cell) in row.iter().enumerate() {
                let values: Vec<String> = cell
                    .split('\n')
                    .flat_map(|line| {
                        wrap(line, room)
                            .split('\n')
                            .map(str::to_owned)
                            .collect::<Vec<_>>()
                    })
                    .collect();
                let label = labels.get(column).map_or(&[][..], Vec::as_slice);
                for i in 0..values.len().max(label.len()) {
                    lines.push((
                        label.get(i).map_or("", String::as_str),
                        values.get(i).cloned().unwrap_or_default(),
                    ));
                }
            }
            lines
        })
        .collect();
    let value_width = blocks
        .iter()
        .flatten()
        .map(|(_, line)| line.width())
        .max()
        .unwrap_or(0)
        .min(room);
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            let mut line: String = std::iter::repeat_n(rule, label_width + 1).collect();
            line.push(cross);
            line.extend(std::iter::repeat_n(rule, value_width + 1));
            writeln!(out, "{line}")?;
        }
        for (label, value) in block {
            let pad = " ".repeat(label_width.saturating_sub(label.width()));
            let label = if style.color && !label.is_empty() {
                format!("{label_style}{label}{label_style:#}")
            } else {
                (*label).to_owned()
            };
            let line = format!("{label}{pad} {bar} {value}");
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    Ok(())
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
    push_markdown_text(&mut out, text);
    out
}

/// [`markdown_text`], written at the end of `out`: the runs between the characters to escape
/// (all of them ASCII) copied whole.
fn push_markdown_text(out: &mut String, text: &str) {
    /// The bytes to escape (or to make a space, `\n`), by value.
    const SPECIAL: [bool; 256] = {
        let mut special = [false; 256];
        let escaped = b"\n\\`*_[]<>|#";
        let mut k = 0;
        while k < escaped.len() {
            special[escaped[k] as usize] = true;
            k += 1;
        }
        special
    };
    let bytes = text.as_bytes();
    // Where the run not yet copied begins.
    let (mut start, mut i) = (0, 0);
    while let Some(found) = bytes[i..].iter().position(|&b| SPECIAL[usize::from(b)]) {
        i += found;
        let b = bytes[i];
        out.push_str(&text[start..i]);
        // A footnote mark (`--cite`) is Markdown's own: "[^12]".
        let mark = (b == b'[').then(|| footnote_mark(&text[i..])).flatten();
        match (mark, b) {
            (Some(len), _) => {
                out.push_str(&text[i..i + len]);
                i += len;
            }
            (None, b'\n') => {
                out.push(' ');
                i += 1;
            }
            (None, _) => {
                out.push('\\');
                out.push(char::from(b));
                i += 1;
            }
        }
        start = i;
    }
    out.push_str(&text[start..]);
}

/// The length of the footnote mark "[^N]" that `text` starts with, if it starts with one.
fn footnote_mark(text: &str) -> Option<usize> {
    let digits = text.strip_prefix("[^")?;
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    (n > 0 && digits[n..].starts_with(']')).then_some(n + 3)
}

/// A GitHub pipe table; a cell's own lines are joined with `<br>`. Written into one string, row
/// by row, with no string a cell.
fn markdown_table(grid: &Grid) -> String {
    fn row<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a Cow<'a, str>>) {
        out.push('|');
        for cell in cells {
            out.push(' ');
            if cell.bytes().any(|b| b == b'\n' || b == b'\r') {
                for (i, line) in cell.lines().enumerate() {
                    if i > 0 {
                        out.push_str("<br>");
                    }
                    push_markdown_text(out, line);
                }
            } else {
                // One line, as most cells are: no need to cut it into lines.
                push_markdown_text(out, cell);
            }
            out.push_str(" |");
        }
    }
    let mut out = String::with_capacity(64 * (grid.rows.len() + 2));
    row(&mut out, &grid.headers);
    out.push_str("\n|");
    for numeric in grid.numeric_columns() {
        out.push_str(if numeric { " ---: |" } else { " --- |" });
    }
    for r in &grid.rows {
        out.push('\n');
        row(&mut out, r);
    }
    out
}

/// Prose wraps at this width where there is no width to fit (a pipe or a file): a page for an
/// 80-column reader.
const TEXT_WIDTH: usize = 78;

/// The width a terminal page's prose wraps at.
fn text_width(style: Style) -> usize {
    style.width.unwrap_or(TEXT_WIDTH)
}

/// `text` wrapped at `width` columns after `marker` ("", "  1. ", "[3] "), its other lines
/// indented under the text: exactly what `textwrap::fill` gives with no hyphenation and no
/// word broken (a test compares the two on any text), for a fifth of its cost.
///
/// Lines break at spaces only, so a date, a hyphenated word or an address is never split, and
/// a word longer than the width (a web address) overflows rather than being cut. textwrap's
/// `fill` cost about 860 instructions a word, half of `attache unsc`, in the iterators that find,
/// split and measure its words: here a line that fits is written as it is, and the others are
/// cut into words in one pass (a word of printable ASCII is as wide as it is long) and laid out
/// by textwrap's own first-fit algorithm, the one `fill` uses without the `smawk` feature.
fn wrapped(text: &str, marker: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8 + marker.len());
    // As many spaces as the marker has characters: a slice of these, or made where longer.
    const SPACES: &str = "                                ";
    let indent_len = marker.chars().count();
    let long_indent;
    let indent = match SPACES.get(..indent_len) {
        Some(spaces) => spaces,
        None => {
            long_indent = " ".repeat(indent_len);
            long_indent.as_str()
        }
    };
    let first_width = width.saturating_sub(display_width(marker));
    let other_width = width.saturating_sub(indent.len());
    let mut words = Vec::new();
    // Whether a line has been written: the marker goes before the first only.
    let mut started = false;
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let prefix = if started { indent } else { marker };
        // An empty line stays empty, without the marker or the indent (textwrap's way).
        if line.is_empty() {
            started = true;
            continue;
        }
        let trimmed = line.trim_end_matches(' ');
        // Already fits: as textwrap writes it, trailing spaces dropped. No character is wider
        // than its bytes are many, so a line no longer than the room fits without measuring.
        // (textwrap's own test is the line's length in bytes, without a marker.)
        if (prefix.is_empty() && line.len() < width) || trimmed.len() <= first_width {
            out.push_str(prefix);
            out.push_str(trimmed);
            started = true;
            continue;
        }
        words.clear();
        // About one word in six bytes of prose: room enough that the vector seldom grows.
        words.reserve(line.len() / 4 + 1);
        words.extend(Word::all_in(line));
        let widths = [first_width as f64, other_width as f64];
        for (k, on_line) in textwrap::wrap_algorithms::wrap_first_fit(&words, &widths)
            .into_iter()
            .enumerate()
        {
            if k > 0 {
                out.push('\n');
            }
            if let (Some(first), Some(last)) = (on_line.first(), on_line.last()) {
                out.push_str(if started { indent } else { marker });
                out.push_str(&line[first.start..last.end]);
            }
            started = true;
        }
    }
    out
}

/// `text` wrapped at `width` columns ([`wrapped`] without a marker): `text` itself where it is
/// one line that fits (no byte more than the width, no trailing space to drop), as most cells
/// are.
pub(super) fn wrap(text: &str, width: usize) -> Cow<'_, str> {
    if text.len() <= width && !text.ends_with(' ') && !text.contains('\n') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(wrapped(text, "", width))
}

/// The width of `text` in columns as textwrap measures it: a text of printable ASCII is as wide
/// as it is long; any other is measured by textwrap.
fn display_width(text: &str) -> usize {
    narrow_chars(text).unwrap_or_else(|| textwrap::core::display_width(text))
}

/// A word of a line and the spaces after it, as textwrap's `AsciiSpace` separator cuts a line:
/// where spaces end and something else begins.
#[derive(Debug)]
struct Word {
    /// Where the word begins and ends in the line, its spaces after `end`.
    start: usize,
    end: usize,
    width: usize,
    spaces: usize,
}

impl Word {
    fn all_in(line: &str) -> impl Iterator<Item = Word> + '_ {
        let bytes = line.as_bytes();
        let mut start = 0;
        std::iter::from_fn(move || {
            if start >= bytes.len() {
                return None;
            }
            // One pass over the word: where it ends (a space is one byte in UTF-8, never part
            // of another character) and whether it is all printable ASCII.
            let mut end = start;
            let mut ascii = true;
            while let Some(&b) = bytes.get(end).filter(|&&b| b != b' ') {
                ascii &= (b'!'..=b'~').contains(&b);
                end += 1;
            }
            let mut after = end;
            while bytes.get(after) == Some(&b' ') {
                after += 1;
            }
            let width = if ascii {
                end - start
            } else {
                display_width(&line[start..end])
            };
            let word = Word {
                start,
                end,
                width,
                spaces: after - end,
            };
            start = after;
            Some(word)
        })
    }
}

impl textwrap::core::Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }

    fn whitespace_width(&self) -> f64 {
        self.spaces as f64
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`wrapped`] gives, as textwrap's `fill` gives it.
    fn wrap_options(width: usize) -> textwrap::Options<'static> {
        textwrap::Options::new(width)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .break_words(false)
    }

    fn filled(text: &str, marker: &str, width: usize) -> String {
        let indent = " ".repeat(marker.chars().count());
        let options = wrap_options(width)
            .initial_indent(marker)
            .subsequent_indent(&indent);
        textwrap::fill(text, options)
    }

    #[test]
    fn a_cell_that_fits_is_wrapped_as_itself() {
        for text in [
            "",
            "Latvija",
            "Aizsardzības ministrija “Latvijas aizsardzības atašeji”",
            "trailing ",
            " leading",
            "two\nlines",
            "Ķīna 中国",
            "a\u{301}",
        ] {
            for width in 0..70 {
                assert_eq!(
                    wrap(text, width),
                    wrapped(text, "", width),
                    "{text:?} {width}"
                );
            }
        }
    }

    /// [`push_markdown_text`] as it was written a character at a time.
    fn markdown_by_chars(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
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

    #[test]
    fn markdown_text_escapes_as_it_did_a_character_at_a_time() {
        for text in [
            "",
            "plain",
            "a*b_c`d[e]f<g>h|i#j\\k\nl",
            "note [^1] and [^12][^3] but [^] [^x] [1] [^4",
            "Latvija “Ķīna” — [^2]",
            "[",
            "[^9]",
        ] {
            assert_eq!(markdown_text(text), markdown_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn wrapping_is_textwraps_fill() {
        for (text, marker, width) in [
            ("", "", 10),
            ("", "  - ", 10),
            ("one", "[1] ", 2),
            ("a b c d e f", "", 3),
            ("  leading and trailing  ", "", 8),
            ("  leading and trailing  ", "  1. ", 12),
            ("two\nlines\n\nand a gap", "  - ", 9),
            (
                "https://www.mfa.gov.lv/lv/kapec-latvijai-ir-svarigi in it",
                "- ",
                20,
            ),
            ("Ķīna 中国 🇱🇻 e\u{301} Latvija", "", 7),
            ("exactly ten", "", 11),
            ("exactly ten", "", 10),
        ] {
            assert_eq!(
                wrapped(text, marker, width),
                filled(text, marker, width),
                "{text:?} {marker:?} {width}"
            );
        }
    }

    fn both(grid: &Grid) -> (String, String) {
        let style = Style::PIPE;
        let drawn = format!("{}\n", comfy(style, grid, None));
        let mut written = Vec::new();
        write_plain_table(&mut written, grid).unwrap();
        (drawn, String::from_utf8(written).unwrap())
    }

    #[test]
    fn cell_width_is_unicode_widths() {
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
                    cell_width(&text[i..]),
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
    fn narrow_characters_are_one_column_for_unicode_width_and_textwrap() {
        use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
        let narrow: String = (0..=0x2fff_u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_narrow(c))
            .collect();
        for c in narrow.chars() {
            assert_eq!(c.width(), Some(1), "{c:?}");
            let one = c.to_string();
            assert_eq!(one.width(), 1, "{c:?}");
            assert_eq!(textwrap::core::display_width(&one), 1, "{c:?}");
        }
        // Eight bytes at a time as one at a time: every byte value at every place of a word.
        for len in [1, 7, 8, 9, 16, 17] {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    let one_by_one = bytes.iter().all(|b| (b' '..=b'~').contains(b));
                    assert_eq!(printable_ascii(&bytes), one_by_one, "{bytes:?}");
                }
            }
        }
        // The byte decoder takes exactly these characters.
        let mut buffer = [0u8; 4];
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let one: &str = c.encode_utf8(&mut buffer);
            assert_eq!(narrow_chars(one), is_narrow(c).then_some(1), "{c:?}");
        }
        // Side by side too (no pair of them is read as one).
        let count = narrow.chars().count();
        assert_eq!(narrow_chars(&narrow), Some(count));
        assert_eq!(narrow.width(), count);
        assert_eq!(textwrap::core::display_width(&narrow), count);
        let reversed: String = narrow.chars().rev().collect();
        assert_eq!(reversed.width(), count);
        assert_eq!(textwrap::core::display_width(&reversed), count);
        // Outside the ranges: measured.
        for text in [
            "\u{ad}",
            "a\u{301}",
            "中",
            "\u{2028}",
            "\u{200b}",
            "\t",
            "\u{1b}[1m",
        ] {
            assert_eq!(narrow_chars(text), None, "{text:?}");
        }
        assert_eq!(
            cell_width("Latvija “Ķīna” — ģ"),
            "Latvija “Ķīna” — ģ".width()
        );
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

    #[test]
    fn columns_are_never_narrower_than_their_longest_word() {
        let mut grid = Grid::new(["Representative", "Resides in", "Status"], false);
        grid.add_row(["Defence attaché", "Stockholm, Sweden", "non-resident"]);
        // Room for the table as it is: its natural widths.
        assert_eq!(column_widths(&grid, 80), Some(vec![15, 17, 12]));
        assert_eq!(column_widths(&grid, 54), Some(vec![15, 17, 12]));
        // Narrower: the widest lines wrap, no column under its longest word.
        let widths = column_widths(&grid, 50).unwrap();
        assert_eq!(widths.iter().sum::<usize>(), 50 - 10, "{widths:?}");
        assert!(
            widths[0] >= 14 && widths[1] >= 10 && widths[2] >= 12,
            "{widths:?}"
        );
        assert_eq!(column_widths(&grid, 46), Some(vec![14, 10, 12]));
        // No room for the words side by side: record by record.
        assert_eq!(column_widths(&grid, 45), None);
        assert_eq!(column_widths(&grid, 5), None);
    }

    #[test]
    fn a_table_too_wide_for_its_words_is_written_record_by_record() {
        let mut grid = Grid::new(["Country", "Covers"], false);
        grid.add_row(["Norway", "Sweden, Denmark,\nFinland"]);
        grid.add_row(["Chile", ""]);
        let mut written = Vec::new();
        write_expanded(&mut written, Style::PIPE, &grid, 26).unwrap();
        assert_eq!(
            String::from_utf8(written).unwrap(),
            "Country | Norway\n\
             Covers  | Sweden, Denmark,\n\
             \x20       | Finland\n\
             --------+-----------------\n\
             Country | Chile\n\
             Covers  |\n"
        );
    }

    proptest::proptest! {
        #[test]
        fn any_markdown_text_escapes_as_before(text in "[a-zĶ“*_\\[\\]^0-9#|<>`\\\\\n ]{0,40}") {
            proptest::prop_assert_eq!(markdown_text(&text), markdown_by_chars(&text));
        }

        #[test]
        fn any_cell_wraps_as_wrapped_wraps_it(text in "[a-zĶā“— \n]{0,40}", width in 0usize..30) {
            proptest::prop_assert_eq!(wrap(&text, width), wrapped(&text, "", width));
        }

        #[test]
        fn any_text_wraps_as_textwrap_fills_it(
            text in "[a-zĶ中🇱 \n-]{0,80}",
            marker in proptest::sample::select(vec!["", "- ", "  1. ", "[12] ", "Ķ "]),
            width in 0usize..30,
        ) {
            proptest::prop_assert_eq!(wrapped(&text, marker, width), filled(&text, marker, width));
        }

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

        #[test]
        fn columns_fit_the_width_and_their_words(
            rows in proptest::collection::vec(
                proptest::collection::vec("[a-zĶ中 \n]{0,30}", 3), 1..5),
            width in 20usize..200,
        ) {
            let mut grid = Grid::new(["One", "Two", "Three"], true);
            for row in rows {
                grid.add_row(row);
            }
            if let Some(widths) = column_widths(&grid, width) {
                proptest::prop_assert!(widths.iter().sum::<usize>() + 10 <= width);
                let drawn = comfy(Style { width: Some(width), ..Style::PIPE }, &grid, Some(&widths));
                for line in drawn.lines() {
                    use unicode_width::UnicodeWidthStr;
                    proptest::prop_assert!(line.width() <= width, "{line:?}");
                }
            }
        }
    }
}
