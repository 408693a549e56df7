
use builtin;
use str;

set edit:completion:arg-completer[attache] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'attache'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'attache'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand accredited 'Every foreign defence attaché accredited to Latvia'
            cand postings 'Latvia''s defence attachés and advisers abroad, with the countries each covers'
            cand search 'Full-text search over every record, in both languages'
            cand reciprocity 'For every country linked to Latvia, whether the attaché link runs both ways'
            cand stats 'Counts that matter: attachés per city both ways, countries per posting, busiest hubs'
            cand partners 'Latvia''s cooperation partners: Baltic states, strategic partners, Nordic countries, military support'
            cand about 'What a defence attaché does, what the dataset holds, and its sources'
            cand unsc 'Latvia''s candidacy for the UN Security Council: summary, source and outcome'
            cand sources 'Every source: publisher, title in both languages, date, address, records resting on it'
            cand check 'Check the dataset (built in, or --data DIR) and report each check: pass, warn or fail'
            cand diff 'What changed between two datasets: the built-in one and DIR, or OLD and NEW, record by record'
            cand export 'Write the data to DIR: the built-in data files, to edit for --data, or CSV tables'
            cand import 'Read the Ministry of Defence page''s text into a complete data directory DIR'
            cand completions 'Print shell completions, with country and city names, to stdout'
            cand place 'A country, as `attache country` answers, or else a city, as `attache city` does: what `attache NAME` runs when NAME is no command'
            cand man 'Print the man page (roff) to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
            cand country 'All the dataset knows about one country, in both directions'
            cand city 'Everything that resides in one city, in both directions'
            cand graph 'The accreditation network: countries and cities as nodes, who resides where and covers whom'
            cand non-resident 'Non-resident attachés accredited to Latvia, grouped by the city where they reside'
        }
        &'attache;accredited'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand --resident 'Only attachés resident in Riga'
            cand --non-resident 'Only attachés who reside outside Latvia'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;postings'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;search'= {
            cand -n 'Show at most this many hits, best first'
            cand --limit 'Show at most this many hits, best first'
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;reciprocity'= {
            cand --only 'Only countries in this class'
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;stats'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;partners'= {
            cand --table 'With --format csv: which table of the page to write [default: members]'
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;about'= {
            cand --table 'With --format csv: which table of the page to write [default: duties]'
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;unsc'= {
            cand --table 'With --format csv: which table of the page to write [default: parts]'
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;sources'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;check'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;diff'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --facts-only 'Leave out changes of evidence alone: the same facts in other words or from another source, and the sources themselves (every import names a new source)'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;export'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -f 'What to write [default: json]'
            cand --format 'What to write [default: json]'
            cand --force 'Write into a directory that is not empty, replacing the files this export writes (and nothing else)'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;import'= {
            cand --into 'Directory to write the data files to; created if missing'
            cand --city 'A city the data does not have yet: NAME=CC or NAME=CC:OTHER (repeatable)'
            cand --date 'The day the page''s text was copied, YYYY-MM-DD (the source''s date)'
            cand --url 'The page''s web address (the source''s address)'
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand --force 'Write into a directory that is not empty, replacing its data files'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;completions'= {
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;place'= {
            cand --table 'With --format csv: which table of the page to write [default: attaches]'
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;man'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;help'= {
            cand country 'All the dataset knows about one country, in both directions'
            cand city 'Everything that resides in one city, in both directions'
            cand non-resident 'Non-resident attachés accredited to Latvia, grouped by the city where they reside'
            cand accredited 'Every foreign defence attaché accredited to Latvia'
            cand postings 'Latvia''s defence attachés and advisers abroad, with the countries each covers'
            cand search 'Full-text search over every record, in both languages'
            cand reciprocity 'For every country linked to Latvia, whether the attaché link runs both ways'
            cand graph 'The accreditation network: countries and cities as nodes, who resides where and covers whom'
            cand stats 'Counts that matter: attachés per city both ways, countries per posting, busiest hubs'
            cand partners 'Latvia''s cooperation partners: Baltic states, strategic partners, Nordic countries, military support'
            cand about 'What a defence attaché does, what the dataset holds, and its sources'
            cand unsc 'Latvia''s candidacy for the UN Security Council: summary, source and outcome'
            cand sources 'Every source: publisher, title in both languages, date, address, records resting on it'
            cand check 'Check the dataset (built in, or --data DIR) and report each check: pass, warn or fail'
            cand diff 'What changed between two datasets: the built-in one and DIR, or OLD and NEW, record by record'
            cand export 'Write the data to DIR: the built-in data files, to edit for --data, or CSV tables'
            cand import 'Read the Ministry of Defence page''s text into a complete data directory DIR'
            cand completions 'Print shell completions, with country and city names, to stdout'
            cand place 'A country, as `attache country` answers, or else a city, as `attache city` does: what `attache NAME` runs when NAME is no command'
            cand man 'Print the man page (roff) to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attache;help;country'= {
        }
        &'attache;help;city'= {
        }
        &'attache;help;non-resident'= {
        }
        &'attache;help;accredited'= {
        }
        &'attache;help;postings'= {
        }
        &'attache;help;search'= {
        }
        &'attache;help;reciprocity'= {
        }
        &'attache;help;graph'= {
        }
        &'attache;help;stats'= {
        }
        &'attache;help;partners'= {
        }
        &'attache;help;about'= {
        }
        &'attache;help;unsc'= {
        }
        &'attache;help;sources'= {
        }
        &'attache;help;check'= {
        }
        &'attache;help;diff'= {
        }
        &'attache;help;export'= {
        }
        &'attache;help;import'= {
        }
        &'attache;help;completions'= {
        }
        &'attache;help;place'= {
        }
        &'attache;help;man'= {
        }
        &'attache;help;help'= {
        }
        &'attache;country'= {
            cand --table 'With --format csv: which table of the page to write [default: attaches]'
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;city'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;graph'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand --country 'Only this country''s neighbourhood'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'attache;non-resident'= {
            cand -l 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand --lang 'Language of the answer [default: en, or ATTACHE_LANG when set]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --data 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]'
            cand --color 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]'
            cand --city 'Only attachés residing in this city (English or Latvian, any case form)'
            cand -j 'Short for --format json'
            cand --json 'Short for --format json'
            cand --with-sources 'End every table of records in a column with the ids of its sources (see `attache sources`)'
            cand --cite 'End the answer with its references: every record shown numbered, with its source and the source''s exact words; figures the tool counts are marked derived'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
    ]
    $completions[$command]
}
