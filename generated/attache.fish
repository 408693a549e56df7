# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_attache_global_optspecs
    string join \n l/lang= f/format= j/json data= with-sources cite color= h/help V/version
end

function __fish_attache_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_attache_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_attache_using_subcommand
    set -l cmd (__fish_attache_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c attache -n "__fish_attache_needs_command" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_needs_command" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_needs_command" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_needs_command" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_needs_command" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_needs_command" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_needs_command" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_needs_command" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_needs_command" -f -a "accredited" -d 'Every foreign defence attaché accredited to Latvia'
complete -c attache -n "__fish_attache_needs_command" -f -a "postings" -d 'Latvia\'s defence attachés and advisers abroad, with the countries each covers'
complete -c attache -n "__fish_attache_needs_command" -f -a "search" -d 'Full-text search over every record, in both languages'
complete -c attache -n "__fish_attache_needs_command" -f -a "reciprocity" -d 'For every country linked to Latvia, whether the attaché link runs both ways'
complete -c attache -n "__fish_attache_needs_command" -f -a "stats" -d 'Counts that matter: attachés per city both ways, countries per posting, busiest hubs'
complete -c attache -n "__fish_attache_needs_command" -f -a "partners" -d 'Latvia\'s cooperation partners: Baltic states, strategic partners, Nordic countries, military support'
complete -c attache -n "__fish_attache_needs_command" -f -a "about" -d 'What a defence attaché does, what the dataset holds, and its sources'
complete -c attache -n "__fish_attache_needs_command" -f -a "unsc" -d 'Latvia\'s candidacy for the UN Security Council: summary, source and outcome'
complete -c attache -n "__fish_attache_needs_command" -f -a "sources" -d 'Every source: publisher, title in both languages, date, address, records resting on it'
complete -c attache -n "__fish_attache_needs_command" -f -a "check" -d 'Check the dataset (built in, or --data DIR) and report each check: pass, warn or fail'
complete -c attache -n "__fish_attache_needs_command" -f -a "diff" -d 'What changed between two datasets: the built-in one and DIR, or OLD and NEW, record by record'
complete -c attache -n "__fish_attache_needs_command" -f -a "export" -d 'Write the data to DIR: the built-in data files, to edit for --data, or CSV tables'
complete -c attache -n "__fish_attache_needs_command" -f -a "import" -d 'Read the Ministry of Defence page\'s text into a complete data directory DIR'
complete -c attache -n "__fish_attache_needs_command" -f -a "completions" -d 'Print shell completions, with country and city names, to stdout'
complete -c attache -n "__fish_attache_needs_command" -f -a "place" -d 'A country, as `attache country` answers, or else a city, as `attache city` does: what `attache NAME` runs when NAME is no command'
complete -c attache -n "__fish_attache_needs_command" -f -a "man" -d 'Print the man page (roff) to stdout'
complete -c attache -n "__fish_attache_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attache -n "__fish_attache_needs_command" -f -a "country" -d 'All the dataset knows about one country, in both directions'
complete -c attache -n "__fish_attache_needs_command" -f -a "city" -d 'Everything that resides in one city, in both directions'
complete -c attache -n "__fish_attache_needs_command" -f -a "graph" -d 'The accreditation network: countries and cities as nodes, who resides where and covers whom'
complete -c attache -n "__fish_attache_needs_command" -f -a "non-resident" -d 'Non-resident attachés accredited to Latvia, grouped by the city where they reside'
complete -c attache -n "__fish_attache_using_subcommand accredited" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand accredited" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand accredited" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand accredited" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand accredited" -l resident -d 'Only attachés resident in Riga'
complete -c attache -n "__fish_attache_using_subcommand accredited" -l non-resident -d 'Only attachés who reside outside Latvia'
complete -c attache -n "__fish_attache_using_subcommand accredited" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand accredited" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand accredited" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand accredited" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand accredited" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand postings" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand postings" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand postings" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand postings" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand postings" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand postings" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand postings" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand postings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand postings" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand search" -s n -l limit -d 'Show at most this many hits, best first' -r
complete -c attache -n "__fish_attache_using_subcommand search" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand search" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand search" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand search" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand search" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand search" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand search" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand search" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -l only -d 'Only countries in this class' -r -f -a "mutual\t'Latvia has an attaché or adviser for the country, and the country one accredited to Latvia'
latvia\t'Only Latvia has an attaché or adviser for the country'
partner\t'Only the country has an attaché accredited to Latvia'"
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand reciprocity" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand stats" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand stats" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand stats" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand stats" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand stats" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand stats" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand stats" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand stats" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand partners" -l table -d 'With --format csv: which table of the page to write [default: members]' -r -f -a "members\t'The groups\' members: a row per group and member'
statements\t'The source\'s statements: a row per statement'"
complete -c attache -n "__fish_attache_using_subcommand partners" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand partners" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand partners" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand partners" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand partners" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand partners" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand partners" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand partners" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand partners" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand about" -l table -d 'With --format csv: which table of the page to write [default: duties]' -r -f -a "duties\t'An attaché\'s duties: a row per duty'
statements\t'The source\'s statements: a row per statement'
sources\t'The sources: a row per source, with the records resting on it'"
complete -c attache -n "__fish_attache_using_subcommand about" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand about" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand about" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand about" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand about" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand about" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand about" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand about" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand about" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand unsc" -l table -d 'With --format csv: which table of the page to write [default: parts]' -r -f -a "parts\t'The article\'s points, the outcome, later developments: a row per part'
countries\t'The countries those parts name: a row per part and country'"
complete -c attache -n "__fish_attache_using_subcommand unsc" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand unsc" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand unsc" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand unsc" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand unsc" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand unsc" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand unsc" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand unsc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand unsc" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand sources" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand sources" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand sources" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand sources" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand sources" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand sources" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand sources" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand sources" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand sources" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand check" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand check" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand check" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand check" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand check" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand check" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand check" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand check" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand diff" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand diff" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand diff" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand diff" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand diff" -l facts-only -d 'Leave out changes of evidence alone: the same facts in other words or from another source, and the sources themselves (every import names a new source)'
complete -c attache -n "__fish_attache_using_subcommand diff" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand diff" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand diff" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand diff" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand export" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand export" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand export" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand export" -s f -l format -d 'What to write [default: json]' -r -f -a "json\t'The data files (*.json), as built in: what --data reads, to edit and check'
csv\t'One CSV table per record kind (*.csv; RFC 4180, UTF-8, a header row, names in both languages): for SQLite, pandas or datasette; --data does not read them'"
complete -c attache -n "__fish_attache_using_subcommand export" -l force -d 'Write into a directory that is not empty, replacing the files this export writes (and nothing else)'
complete -c attache -n "__fish_attache_using_subcommand export" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand export" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand export" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand export" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand import" -l into -d 'Directory to write the data files to; created if missing' -r -f -a "(__fish_complete_directories)"
complete -c attache -n "__fish_attache_using_subcommand import" -l city -d 'A city the data does not have yet: NAME=CC or NAME=CC:OTHER (repeatable)' -r
complete -c attache -n "__fish_attache_using_subcommand import" -l date -d 'The day the page\'s text was copied, YYYY-MM-DD (the source\'s date)' -r
complete -c attache -n "__fish_attache_using_subcommand import" -l url -d 'The page\'s web address (the source\'s address)' -r
complete -c attache -n "__fish_attache_using_subcommand import" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand import" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand import" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand import" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand import" -l force -d 'Write into a directory that is not empty, replacing its data files'
complete -c attache -n "__fish_attache_using_subcommand import" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand import" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand import" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand import" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand completions" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand completions" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand completions" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand completions" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand completions" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand completions" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand completions" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand completions" -s h -l help -d 'Print help'
complete -c attache -n "__fish_attache_using_subcommand completions" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand place" -l table -d 'With --format csv: which table of the page to write [default: attaches]' -r -f -a "attaches\t'Attachés and advisers, both ways: a row per attaché and country'
cooperation\t'The cooperation groups it belongs to: a row per group'
unsc\t'Where the UN Security Council material names it: a row per part'"
complete -c attache -n "__fish_attache_using_subcommand place" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand place" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand place" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand place" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand place" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand place" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand place" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand place" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand place" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand man" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand man" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand man" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand man" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand man" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand man" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand man" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand man" -s h -l help -d 'Print help'
complete -c attache -n "__fish_attache_using_subcommand man" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "country" -d 'All the dataset knows about one country, in both directions'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "city" -d 'Everything that resides in one city, in both directions'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "non-resident" -d 'Non-resident attachés accredited to Latvia, grouped by the city where they reside'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "accredited" -d 'Every foreign defence attaché accredited to Latvia'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "postings" -d 'Latvia\'s defence attachés and advisers abroad, with the countries each covers'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "search" -d 'Full-text search over every record, in both languages'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "reciprocity" -d 'For every country linked to Latvia, whether the attaché link runs both ways'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "graph" -d 'The accreditation network: countries and cities as nodes, who resides where and covers whom'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "stats" -d 'Counts that matter: attachés per city both ways, countries per posting, busiest hubs'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "partners" -d 'Latvia\'s cooperation partners: Baltic states, strategic partners, Nordic countries, military support'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "about" -d 'What a defence attaché does, what the dataset holds, and its sources'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "unsc" -d 'Latvia\'s candidacy for the UN Security Council: summary, source and outcome'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "sources" -d 'Every source: publisher, title in both languages, date, address, records resting on it'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "check" -d 'Check the dataset (built in, or --data DIR) and report each check: pass, warn or fail'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "diff" -d 'What changed between two datasets: the built-in one and DIR, or OLD and NEW, record by record'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "export" -d 'Write the data to DIR: the built-in data files, to edit for --data, or CSV tables'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "import" -d 'Read the Ministry of Defence page\'s text into a complete data directory DIR'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "completions" -d 'Print shell completions, with country and city names, to stdout'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "place" -d 'A country, as `attache country` answers, or else a city, as `attache city` does: what `attache NAME` runs when NAME is no command'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "man" -d 'Print the man page (roff) to stdout'
complete -c attache -n "__fish_attache_using_subcommand help; and not __fish_seen_subcommand_from country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attache -n "__fish_attache_using_subcommand country" -l table -d 'With --format csv: which table of the page to write [default: attaches]' -r -f -a "attaches\t'Attachés and advisers, both ways: a row per attaché and country'
cooperation\t'The cooperation groups it belongs to: a row per group'
unsc\t'Where the UN Security Council material names it: a row per part'"
complete -c attache -n "__fish_attache_using_subcommand country" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand country" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand country" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand country" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand country" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand country" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand country" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand country" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand country" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand city" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand city" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand city" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand city" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand city" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand city" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand city" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand city" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand city" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand graph" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand graph" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand graph" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand graph" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand graph" -l country -d 'Only this country\'s neighbourhood' -r -f
complete -c attache -n "__fish_attache_using_subcommand graph" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand graph" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand graph" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand graph" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand graph" -s V -l version -d 'Print version'
complete -c attache -n "__fish_attache_using_subcommand non-resident" -s l -l lang -d 'Language of the answer [default: en, or ATTACHE_LANG when set]' -r -f -a "en\t'English'
lv\t'Latviešu (Latvian)'"
complete -c attache -n "__fish_attache_using_subcommand non-resident" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t'Tables for reading'
json\t'One JSON document, keys in English, names in both languages'
csv\t'One CSV table (RFC 4180): a row per record, headers in English'
markdown\t'GitHub-flavoured Markdown: headings, lists and pipe tables'
dot\t'Graphviz DOT (graph only)'
mermaid\t'Mermaid flowchart, which GitHub renders in Markdown (graph only)'"
complete -c attache -n "__fish_attache_using_subcommand non-resident" -l data -d 'Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]' -r -F
complete -c attache -n "__fish_attache_using_subcommand non-resident" -l color -d 'When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, also in a pipe'
never\t'Never'"
complete -c attache -n "__fish_attache_using_subcommand non-resident" -l city -d 'Only attachés residing in this city (English or Latvian, any case form)' -r -f
complete -c attache -n "__fish_attache_using_subcommand non-resident" -s j -l json -d 'Short for --format json'
complete -c attache -n "__fish_attache_using_subcommand non-resident" -l with-sources -d 'End every table of records in a column with the ids of its sources (see `attache sources`)'
complete -c attache -n "__fish_attache_using_subcommand non-resident" -l cite -d 'End the answer with its references: every record shown numbered, with its source and the source\'s exact words; figures the tool counts are marked derived'
complete -c attache -n "__fish_attache_using_subcommand non-resident" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attache -n "__fish_attache_using_subcommand non-resident" -s V -l version -d 'Print version'

# Country and city names, added by attache. Names are literals, printed, never evaluated. One
# line per name, four fields apart by tabs: its lower case, its folded form (lower case, no
# diacritics), the name and its spelling without diacritics.
function __fish_attache_country_names
    printf '%s\n' \
        'afganistāna'\t'afganistana'\t'Afganistāna'\t'Afganistana' \
        'afghanistan'\t'afghanistan'\t'Afghanistan'\t'Afghanistan' \
        'åland islands'\t'aland islands'\t'Åland Islands'\t'Aland Islands' \
        'ālandu salas'\t'alandu salas'\t'Ālandu salas'\t'Alandu salas' \
        'albania'\t'albania'\t'Albania'\t'Albania' \
        'albānija'\t'albanija'\t'Albānija'\t'Albanija' \
        'algeria'\t'algeria'\t'Algeria'\t'Algeria' \
        'alžīrija'\t'alzirija'\t'Alžīrija'\t'Alzirija' \
        'american samoa'\t'american samoa'\t'American Samoa'\t'American Samoa' \
        'amerikāņu samoa'\t'amerikanu samoa'\t'Amerikāņu Samoa'\t'Amerikanu Samoa' \
        'andora'\t'andora'\t'Andora'\t'Andora' \
        'andorra'\t'andorra'\t'Andorra'\t'Andorra' \
        'angilja'\t'angilja'\t'Angilja'\t'Angilja' \
        'angola'\t'angola'\t'Angola'\t'Angola' \
        'anguilla'\t'anguilla'\t'Anguilla'\t'Anguilla' \
        'antarctica'\t'antarctica'\t'Antarctica'\t'Antarctica' \
        'antarktika'\t'antarktika'\t'Antarktika'\t'Antarktika' \
        'antigua and barbuda'\t'antigua and barbuda'\t'Antigua and Barbuda'\t'Antigua and Barbuda' \
        'antigva un barbuda'\t'antigva un barbuda'\t'Antigva un Barbuda'\t'Antigva un Barbuda' \
        'apvienotā karaliste'\t'apvienota karaliste'\t'Apvienotā Karaliste'\t'Apvienota Karaliste' \
        'apvienotie arābu emirāti'\t'apvienotie arabu emirati'\t'Apvienotie Arābu Emirāti'\t'Apvienotie Arabu Emirati' \
        'argentina'\t'argentina'\t'Argentina'\t'Argentina' \
        'argentīna'\t'argentina'\t'Argentīna'\t'Argentina' \
        'armenia'\t'armenia'\t'Armenia'\t'Armenia' \
        'armēnija'\t'armenija'\t'Armēnija'\t'Armenija' \
        'aruba'\t'aruba'\t'Aruba'\t'Aruba' \
        'asv'\t'asv'\t'ASV'\t'ASV' \
        'asv mazās aizjūras salas'\t'asv mazas aizjuras salas'\t'ASV Mazās Aizjūras salas'\t'ASV Mazas Aizjuras salas' \
        'asv virdžīnas'\t'asv virdzinas'\t'ASV Virdžīnas'\t'ASV Virdzinas' \
        'australia'\t'australia'\t'Australia'\t'Australia' \
        'austrālija'\t'australija'\t'Austrālija'\t'Australija' \
        'austria'\t'austria'\t'Austria'\t'Austria' \
        'austrija'\t'austrija'\t'Austrija'\t'Austrija' \
        'austrumtimora'\t'austrumtimora'\t'Austrumtimora'\t'Austrumtimora' \
        'azerbaidžāna'\t'azerbaidzana'\t'Azerbaidžāna'\t'Azerbaidzana' \
        'azerbaijan'\t'azerbaijan'\t'Azerbaijan'\t'Azerbaijan' \
        'bahamas'\t'bahamas'\t'Bahamas'\t'Bahamas' \
        'bahamu salas'\t'bahamu salas'\t'Bahamu salas'\t'Bahamu salas' \
        'bahrain'\t'bahrain'\t'Bahrain'\t'Bahrain' \
        'bahreina'\t'bahreina'\t'Bahreina'\t'Bahreina' \
        'baltkrievija'\t'baltkrievija'\t'Baltkrievija'\t'Baltkrievija' \
        'bangladeša'\t'bangladesa'\t'Bangladeša'\t'Bangladesa' \
        'bangladesh'\t'bangladesh'\t'Bangladesh'\t'Bangladesh' \
        'barbados'\t'barbados'\t'Barbados'\t'Barbados' \
        'barbadosa'\t'barbadosa'\t'Barbadosa'\t'Barbadosa' \
        'belarus'\t'belarus'\t'Belarus'\t'Belarus' \
        'beļģija'\t'belgija'\t'Beļģija'\t'Belgija' \
        'belgium'\t'belgium'\t'Belgium'\t'Belgium' \
        'beliza'\t'beliza'\t'Beliza'\t'Beliza' \
        'belize'\t'belize'\t'Belize'\t'Belize' \
        'benin'\t'benin'\t'Benin'\t'Benin' \
        'benina'\t'benina'\t'Benina'\t'Benina' \
        'bermuda'\t'bermuda'\t'Bermuda'\t'Bermuda' \
        'bermudu salas'\t'bermudu salas'\t'Bermudu salas'\t'Bermudu salas' \
        'bhutan'\t'bhutan'\t'Bhutan'\t'Bhutan' \
        'bolivia'\t'bolivia'\t'Bolivia'\t'Bolivia' \
        'bolīvija'\t'bolivija'\t'Bolīvija'\t'Bolivija' \
        'bonaire, sint eustatius and saba'\t'bonaire sint eustatius and saba'\t'Bonaire, Sint Eustatius and Saba'\t'Bonaire, Sint Eustatius and Saba' \
        'bonaire, sintēstatiusa un saba'\t'bonaire sintestatiusa un saba'\t'Bonaire, Sintēstatiusa un Saba'\t'Bonaire, Sintestatiusa un Saba' \
        'bosnia and herzegovina'\t'bosnia and herzegovina'\t'Bosnia and Herzegovina'\t'Bosnia and Herzegovina' \
        'bosnija un hercegovina'\t'bosnija un hercegovina'\t'Bosnija un Hercegovina'\t'Bosnija un Hercegovina' \
        'botsvāna'\t'botsvana'\t'Botsvāna'\t'Botsvana' \
        'botswana'\t'botswana'\t'Botswana'\t'Botswana' \
        'bouvet island'\t'bouvet island'\t'Bouvet Island'\t'Bouvet Island' \
        'brazil'\t'brazil'\t'Brazil'\t'Brazil' \
        'brazīlija'\t'brazilija'\t'Brazīlija'\t'Brazilija' \
        'british indian ocean territory'\t'british indian ocean territory'\t'British Indian Ocean Territory'\t'British Indian Ocean Territory' \
        'british virgin islands'\t'british virgin islands'\t'British Virgin Islands'\t'British Virgin Islands' \
        'britu virdžīnas'\t'britu virdzinas'\t'Britu Virdžīnas'\t'Britu Virdzinas' \
        'brunei'\t'brunei'\t'Brunei'\t'Brunei' \
        'bruneja'\t'bruneja'\t'Bruneja'\t'Bruneja' \
        'bulgaria'\t'bulgaria'\t'Bulgaria'\t'Bulgaria' \
        'bulgārija'\t'bulgarija'\t'Bulgārija'\t'Bulgarija' \
        'burkina faso'\t'burkina faso'\t'Burkina Faso'\t'Burkina Faso' \
        'burkinafaso'\t'burkinafaso'\t'Burkinafaso'\t'Burkinafaso' \
        'burundi'\t'burundi'\t'Burundi'\t'Burundi' \
        'butāna'\t'butana'\t'Butāna'\t'Butana' \
        'buvē sala'\t'buve sala'\t'Buvē sala'\t'Buve sala' \
        'cabo verde'\t'cabo verde'\t'Cabo Verde'\t'Cabo Verde' \
        'čada'\t'cada'\t'Čada'\t'Cada' \
        'cambodia'\t'cambodia'\t'Cambodia'\t'Cambodia' \
        'cameroon'\t'cameroon'\t'Cameroon'\t'Cameroon' \
        'canada'\t'canada'\t'Canada'\t'Canada' \
        'cayman islands'\t'cayman islands'\t'Cayman Islands'\t'Cayman Islands' \
        'čehija'\t'cehija'\t'Čehija'\t'Cehija' \
        'central african republic'\t'central african republic'\t'Central African Republic'\t'Central African Republic' \
        'centrālāfrikas republika'\t'centralafrikas republika'\t'Centrālāfrikas Republika'\t'Centralafrikas Republika' \
        'chad'\t'chad'\t'Chad'\t'Chad' \
        'chile'\t'chile'\t'Chile'\t'Chile' \
        'china'\t'china'\t'China'\t'China' \
        'christmas island'\t'christmas island'\t'Christmas Island'\t'Christmas Island' \
        'čīle'\t'cile'\t'Čīle'\t'Cile' \
        'cocos (keeling) islands'\t'cocos keeling islands'\t'Cocos (Keeling) Islands'\t'Cocos (Keeling) Islands' \
        'colombia'\t'colombia'\t'Colombia'\t'Colombia' \
        'comoros'\t'comoros'\t'Comoros'\t'Comoros' \
        'cook islands'\t'cook islands'\t'Cook Islands'\t'Cook Islands' \
        'costa rica'\t'costa rica'\t'Costa Rica'\t'Costa Rica' \
        'côte d\'ivoire'\t'cote d ivoire'\t'Côte d\'Ivoire'\t'Cote d\'Ivoire' \
        'croatia'\t'croatia'\t'Croatia'\t'Croatia' \
        'cuba'\t'cuba'\t'Cuba'\t'Cuba' \
        'curaçao'\t'curacao'\t'Curaçao'\t'Curacao' \
        'cyprus'\t'cyprus'\t'Cyprus'\t'Cyprus' \
        'czechia'\t'czechia'\t'Czechia'\t'Czechia' \
        'dānija'\t'danija'\t'Dānija'\t'Danija' \
        'democratic republic of the congo'\t'democratic republic of the congo'\t'Democratic Republic of the Congo'\t'Democratic Republic of the Congo' \
        'denmark'\t'denmark'\t'Denmark'\t'Denmark' \
        'dienvidāfrika'\t'dienvidafrika'\t'Dienvidāfrika'\t'Dienvidafrika' \
        'dienviddžordžija un dienvidsendviču salas'\t'dienviddzordzija un dienvidsendvicu salas'\t'Dienviddžordžija un Dienvidsendviču salas'\t'Dienviddzordzija un Dienvidsendvicu salas' \
        'dienvidkoreja'\t'dienvidkoreja'\t'Dienvidkoreja'\t'Dienvidkoreja' \
        'dienvidsudāna'\t'dienvidsudana'\t'Dienvidsudāna'\t'Dienvidsudana' \
        'djibouti'\t'djibouti'\t'Djibouti'\t'Djibouti' \
        'dominica'\t'dominica'\t'Dominica'\t'Dominica' \
        'dominican republic'\t'dominican republic'\t'Dominican Republic'\t'Dominican Republic' \
        'dominika'\t'dominika'\t'Dominika'\t'Dominika' \
        'dominikāna'\t'dominikana'\t'Dominikāna'\t'Dominikana' \
        'džersija'\t'dzersija'\t'Džersija'\t'Dzersija' \
        'džibutija'\t'dzibutija'\t'Džibutija'\t'Dzibutija' \
        'ecuador'\t'ecuador'\t'Ecuador'\t'Ecuador' \
        'ēģipte'\t'egipte'\t'Ēģipte'\t'Egipte' \
        'egypt'\t'egypt'\t'Egypt'\t'Egypt' \
        'ekvadora'\t'ekvadora'\t'Ekvadora'\t'Ekvadora' \
        'ekvatoriālā gvineja'\t'ekvatoriala gvineja'\t'Ekvatoriālā Gvineja'\t'Ekvatoriala Gvineja' \
        'el salvador'\t'el salvador'\t'El Salvador'\t'El Salvador' \
        'equatorial guinea'\t'equatorial guinea'\t'Equatorial Guinea'\t'Equatorial Guinea' \
        'eritrea'\t'eritrea'\t'Eritrea'\t'Eritrea' \
        'eritreja'\t'eritreja'\t'Eritreja'\t'Eritreja' \
        'estonia'\t'estonia'\t'Estonia'\t'Estonia' \
        'esvatini'\t'esvatini'\t'Esvatini'\t'Esvatini' \
        'eswatini'\t'eswatini'\t'Eswatini'\t'Eswatini' \
        'ethiopia'\t'ethiopia'\t'Ethiopia'\t'Ethiopia' \
        'etiopija'\t'etiopija'\t'Etiopija'\t'Etiopija' \
        'falkland islands'\t'falkland islands'\t'Falkland Islands'\t'Falkland Islands' \
        'faroe islands'\t'faroe islands'\t'Faroe Islands'\t'Faroe Islands' \
        'fēru salas'\t'feru salas'\t'Fēru salas'\t'Feru salas' \
        'fidži'\t'fidzi'\t'Fidži'\t'Fidzi' \
        'fiji'\t'fiji'\t'Fiji'\t'Fiji' \
        'filipīnas'\t'filipinas'\t'Filipīnas'\t'Filipinas' \
        'finland'\t'finland'\t'Finland'\t'Finland' \
        'folklenda (malvinu) salas'\t'folklenda malvinu salas'\t'Folklenda (Malvinu) salas'\t'Folklenda (Malvinu) salas' \
        'france'\t'france'\t'France'\t'France' \
        'francija'\t'francija'\t'Francija'\t'Francija' \
        'francijas dienvidjūru zemes'\t'francijas dienvidjuru zemes'\t'Francijas Dienvidjūru zemes'\t'Francijas Dienvidjuru zemes' \
        'francijas gviāna'\t'francijas gviana'\t'Francijas Gviāna'\t'Francijas Gviana' \
        'franču polinēzija'\t'francu polinezija'\t'Franču Polinēzija'\t'Francu Polinezija' \
        'french guiana'\t'french guiana'\t'French Guiana'\t'French Guiana' \
        'french polynesia'\t'french polynesia'\t'French Polynesia'\t'French Polynesia' \
        'french southern territories'\t'french southern territories'\t'French Southern Territories'\t'French Southern Territories' \
        'gabon'\t'gabon'\t'Gabon'\t'Gabon' \
        'gabona'\t'gabona'\t'Gabona'\t'Gabona' \
        'gajāna'\t'gajana'\t'Gajāna'\t'Gajana' \
        'gambia'\t'gambia'\t'Gambia'\t'Gambia' \
        'gambija'\t'gambija'\t'Gambija'\t'Gambija' \
        'gana'\t'gana'\t'Gana'\t'Gana' \
        'georgia'\t'georgia'\t'Georgia'\t'Georgia' \
        'germany'\t'germany'\t'Germany'\t'Germany' \
        'gērnsija'\t'gernsija'\t'Gērnsija'\t'Gernsija' \
        'ghana'\t'ghana'\t'Ghana'\t'Ghana' \
        'gibraltar'\t'gibraltar'\t'Gibraltar'\t'Gibraltar' \
        'gibraltārs'\t'gibraltars'\t'Gibraltārs'\t'Gibraltars' \
        'greece'\t'greece'\t'Greece'\t'Greece' \
        'greenland'\t'greenland'\t'Greenland'\t'Greenland' \
        'grenada'\t'grenada'\t'Grenada'\t'Grenada' \
        'grenāda'\t'grenada'\t'Grenāda'\t'Grenada' \
        'grenlande'\t'grenlande'\t'Grenlande'\t'Grenlande' \
        'grieķija'\t'griekija'\t'Grieķija'\t'Griekija' \
        'gruzija'\t'gruzija'\t'Gruzija'\t'Gruzija' \
        'guadeloupe'\t'guadeloupe'\t'Guadeloupe'\t'Guadeloupe' \
        'guam'\t'guam'\t'Guam'\t'Guam' \
        'guama'\t'guama'\t'Guama'\t'Guama' \
        'guatemala'\t'guatemala'\t'Guatemala'\t'Guatemala' \
        'guernsey'\t'guernsey'\t'Guernsey'\t'Guernsey' \
        'guinea'\t'guinea'\t'Guinea'\t'Guinea' \
        'guinea-bissau'\t'guinea bissau'\t'Guinea-Bissau'\t'Guinea-Bissau' \
        'guyana'\t'guyana'\t'Guyana'\t'Guyana' \
        'gvadelupa'\t'gvadelupa'\t'Gvadelupa'\t'Gvadelupa' \
        'gvatemala'\t'gvatemala'\t'Gvatemala'\t'Gvatemala' \
        'gvineja'\t'gvineja'\t'Gvineja'\t'Gvineja' \
        'gvineja-bisava'\t'gvineja bisava'\t'Gvineja-Bisava'\t'Gvineja-Bisava' \
        'haiti'\t'haiti'\t'Haiti'\t'Haiti' \
        'heard island and mcdonald islands'\t'heard island and mcdonald islands'\t'Heard Island and McDonald Islands'\t'Heard Island and McDonald Islands' \
        'hērda sala un makdonalda salas'\t'herda sala un makdonalda salas'\t'Hērda sala un Makdonalda salas'\t'Herda sala un Makdonalda salas' \
        'honduras'\t'honduras'\t'Honduras'\t'Honduras' \
        'hondurasa'\t'hondurasa'\t'Hondurasa'\t'Hondurasa' \
        'hong kong'\t'hong kong'\t'Hong Kong'\t'Hong Kong' \
        'honkonga'\t'honkonga'\t'Honkonga'\t'Honkonga' \
        'horvātija'\t'horvatija'\t'Horvātija'\t'Horvatija' \
        'hungary'\t'hungary'\t'Hungary'\t'Hungary' \
        'iceland'\t'iceland'\t'Iceland'\t'Iceland' \
        'igaunija'\t'igaunija'\t'Igaunija'\t'Igaunija' \
        'india'\t'india'\t'India'\t'India' \
        'indija'\t'indija'\t'Indija'\t'Indija' \
        'indijas okeāna britu teritorija'\t'indijas okeana britu teritorija'\t'Indijas okeāna Britu teritorija'\t'Indijas okeana Britu teritorija' \
        'indonesia'\t'indonesia'\t'Indonesia'\t'Indonesia' \
        'indonēzija'\t'indonezija'\t'Indonēzija'\t'Indonezija' \
        'irāka'\t'iraka'\t'Irāka'\t'Iraka' \
        'iran'\t'iran'\t'Iran'\t'Iran' \
        'irāna'\t'irana'\t'Irāna'\t'Irana' \
        'iraq'\t'iraq'\t'Iraq'\t'Iraq' \
        'ireland'\t'ireland'\t'Ireland'\t'Ireland' \
        'īrija'\t'irija'\t'Īrija'\t'Irija' \
        'islande'\t'islande'\t'Islande'\t'Islande' \
        'isle of man'\t'isle of man'\t'Isle of Man'\t'Isle of Man' \
        'israel'\t'israel'\t'Israel'\t'Israel' \
        'itālija'\t'italija'\t'Itālija'\t'Italija' \
        'italy'\t'italy'\t'Italy'\t'Italy' \
        'izraēla'\t'izraela'\t'Izraēla'\t'Izraela' \
        'jamaica'\t'jamaica'\t'Jamaica'\t'Jamaica' \
        'jamaika'\t'jamaika'\t'Jamaika'\t'Jamaika' \
        'japan'\t'japan'\t'Japan'\t'Japan' \
        'japāna'\t'japana'\t'Japāna'\t'Japana' \
        'jaunkaledonija'\t'jaunkaledonija'\t'Jaunkaledonija'\t'Jaunkaledonija' \
        'jaunzēlande'\t'jaunzelande'\t'Jaunzēlande'\t'Jaunzelande' \
        'jemena'\t'jemena'\t'Jemena'\t'Jemena' \
        'jersey'\t'jersey'\t'Jersey'\t'Jersey' \
        'jordan'\t'jordan'\t'Jordan'\t'Jordan' \
        'jordānija'\t'jordanija'\t'Jordānija'\t'Jordanija' \
        'kaboverde'\t'kaboverde'\t'Kaboverde'\t'Kaboverde' \
        'kaimanu salas'\t'kaimanu salas'\t'Kaimanu salas'\t'Kaimanu salas' \
        'kambodža'\t'kambodza'\t'Kambodža'\t'Kambodza' \
        'kamerūna'\t'kameruna'\t'Kamerūna'\t'Kameruna' \
        'kanāda'\t'kanada'\t'Kanāda'\t'Kanada' \
        'katara'\t'katara'\t'Katara'\t'Katara' \
        'kazahstāna'\t'kazahstana'\t'Kazahstāna'\t'Kazahstana' \
        'kazakhstan'\t'kazakhstan'\t'Kazakhstan'\t'Kazakhstan' \
        'kenija'\t'kenija'\t'Kenija'\t'Kenija' \
        'kenya'\t'kenya'\t'Kenya'\t'Kenya' \
        'ķīna'\t'kina'\t'Ķīna'\t'Kina' \
        'kipra'\t'kipra'\t'Kipra'\t'Kipra' \
        'kirasao'\t'kirasao'\t'Kirasao'\t'Kirasao' \
        'kirgizstāna'\t'kirgizstana'\t'Kirgizstāna'\t'Kirgizstana' \
        'kiribati'\t'kiribati'\t'Kiribati'\t'Kiribati' \
        'kokosu (kīlinga) salas'\t'kokosu kilinga salas'\t'Kokosu (Kīlinga) salas'\t'Kokosu (Kilinga) salas' \
        'kolumbija'\t'kolumbija'\t'Kolumbija'\t'Kolumbija' \
        'komoru salas'\t'komoru salas'\t'Komoru salas'\t'Komoru salas' \
        'kongo'\t'kongo'\t'Kongo'\t'Kongo' \
        'kongo demokrātiskā republika'\t'kongo demokratiska republika'\t'Kongo Demokrātiskā Republika'\t'Kongo Demokratiska Republika' \
        'kostarika'\t'kostarika'\t'Kostarika'\t'Kostarika' \
        'kotdivuāra'\t'kotdivuara'\t'Kotdivuāra'\t'Kotdivuara' \
        'krievija'\t'krievija'\t'Krievija'\t'Krievija' \
        'kuba'\t'kuba'\t'Kuba'\t'Kuba' \
        'kuka salas'\t'kuka salas'\t'Kuka salas'\t'Kuka salas' \
        'kuveita'\t'kuveita'\t'Kuveita'\t'Kuveita' \
        'kuwait'\t'kuwait'\t'Kuwait'\t'Kuwait' \
        'kyrgyzstan'\t'kyrgyzstan'\t'Kyrgyzstan'\t'Kyrgyzstan' \
        'laos'\t'laos'\t'Laos'\t'Laos' \
        'laosa'\t'laosa'\t'Laosa'\t'Laosa' \
        'latvia'\t'latvia'\t'Latvia'\t'Latvia' \
        'latvija'\t'latvija'\t'Latvija'\t'Latvija' \
        'lebanon'\t'lebanon'\t'Lebanon'\t'Lebanon' \
        'lesotho'\t'lesotho'\t'Lesotho'\t'Lesotho' \
        'lesoto'\t'lesoto'\t'Lesoto'\t'Lesoto' \
        'libāna'\t'libana'\t'Libāna'\t'Libana' \
        'liberia'\t'liberia'\t'Liberia'\t'Liberia' \
        'libērija'\t'liberija'\t'Libērija'\t'Liberija' \
        'lībija'\t'libija'\t'Lībija'\t'Libija' \
        'libya'\t'libya'\t'Libya'\t'Libya' \
        'liechtenstein'\t'liechtenstein'\t'Liechtenstein'\t'Liechtenstein' \
        'lietuva'\t'lietuva'\t'Lietuva'\t'Lietuva' \
        'lihtenšteina'\t'lihtensteina'\t'Lihtenšteina'\t'Lihtensteina' \
        'lithuania'\t'lithuania'\t'Lithuania'\t'Lithuania' \
        'luksemburga'\t'luksemburga'\t'Luksemburga'\t'Luksemburga' \
        'luxembourg'\t'luxembourg'\t'Luxembourg'\t'Luxembourg' \
        'macao'\t'macao'\t'Macao'\t'Macao' \
        'madagascar'\t'madagascar'\t'Madagascar'\t'Madagascar' \
        'madagaskara'\t'madagaskara'\t'Madagaskara'\t'Madagaskara' \
        'majota'\t'majota'\t'Majota'\t'Majota' \
        'makao'\t'makao'\t'Makao'\t'Makao' \
        'malaizija'\t'malaizija'\t'Malaizija'\t'Malaizija' \
        'malāvija'\t'malavija'\t'Malāvija'\t'Malavija' \
        'malawi'\t'malawi'\t'Malawi'\t'Malawi' \
        'malaysia'\t'malaysia'\t'Malaysia'\t'Malaysia' \
        'maldives'\t'maldives'\t'Maldives'\t'Maldives' \
        'maldīvija'\t'maldivija'\t'Maldīvija'\t'Maldivija' \
        'mali'\t'mali'\t'Mali'\t'Mali' \
        'malta'\t'malta'\t'Malta'\t'Malta' \
        'maroka'\t'maroka'\t'Maroka'\t'Maroka' \
        'māršala salas'\t'marsala salas'\t'Māršala salas'\t'Marsala salas' \
        'marshall islands'\t'marshall islands'\t'Marshall Islands'\t'Marshall Islands' \
        'martinika'\t'martinika'\t'Martinika'\t'Martinika' \
        'martinique'\t'martinique'\t'Martinique'\t'Martinique' \
        'maurīcija'\t'mauricija'\t'Maurīcija'\t'Mauricija' \
        'mauritania'\t'mauritania'\t'Mauritania'\t'Mauritania' \
        'mauritānija'\t'mauritanija'\t'Mauritānija'\t'Mauritanija' \
        'mauritius'\t'mauritius'\t'Mauritius'\t'Mauritius' \
        'mayotte'\t'mayotte'\t'Mayotte'\t'Mayotte' \
        'meksika'\t'meksika'\t'Meksika'\t'Meksika' \
        'melnkalne'\t'melnkalne'\t'Melnkalne'\t'Melnkalne' \
        'menas sala'\t'menas sala'\t'Menas sala'\t'Menas sala' \
        'mexico'\t'mexico'\t'Mexico'\t'Mexico' \
        'micronesia'\t'micronesia'\t'Micronesia'\t'Micronesia' \
        'mikronēzija'\t'mikronezija'\t'Mikronēzija'\t'Mikronezija' \
        'mjanma'\t'mjanma'\t'Mjanma'\t'Mjanma' \
        'moldova'\t'moldova'\t'Moldova'\t'Moldova' \
        'monaco'\t'monaco'\t'Monaco'\t'Monaco' \
        'monako'\t'monako'\t'Monako'\t'Monako' \
        'mongolia'\t'mongolia'\t'Mongolia'\t'Mongolia' \
        'mongolija'\t'mongolija'\t'Mongolija'\t'Mongolija' \
        'montenegro'\t'montenegro'\t'Montenegro'\t'Montenegro' \
        'montserrat'\t'montserrat'\t'Montserrat'\t'Montserrat' \
        'montserrata'\t'montserrata'\t'Montserrata'\t'Montserrata' \
        'morocco'\t'morocco'\t'Morocco'\t'Morocco' \
        'mozambika'\t'mozambika'\t'Mozambika'\t'Mozambika' \
        'mozambique'\t'mozambique'\t'Mozambique'\t'Mozambique' \
        'myanmar'\t'myanmar'\t'Myanmar'\t'Myanmar' \
        'namibia'\t'namibia'\t'Namibia'\t'Namibia' \
        'namībija'\t'namibija'\t'Namībija'\t'Namibija' \
        'nauru'\t'nauru'\t'Nauru'\t'Nauru' \
        'nepal'\t'nepal'\t'Nepal'\t'Nepal' \
        'nepāla'\t'nepala'\t'Nepāla'\t'Nepala' \
        'netherlands'\t'netherlands'\t'Netherlands'\t'Netherlands' \
        'new caledonia'\t'new caledonia'\t'New Caledonia'\t'New Caledonia' \
        'new zealand'\t'new zealand'\t'New Zealand'\t'New Zealand' \
        'nicaragua'\t'nicaragua'\t'Nicaragua'\t'Nicaragua' \
        'nīderlande'\t'niderlande'\t'Nīderlande'\t'Niderlande' \
        'niger'\t'niger'\t'Niger'\t'Niger' \
        'nigēra'\t'nigera'\t'Nigēra'\t'Nigera' \
        'nigeria'\t'nigeria'\t'Nigeria'\t'Nigeria' \
        'nigērija'\t'nigerija'\t'Nigērija'\t'Nigerija' \
        'nikaragva'\t'nikaragva'\t'Nikaragva'\t'Nikaragva' \
        'niue'\t'niue'\t'Niue'\t'Niue' \
        'norfolk island'\t'norfolk island'\t'Norfolk Island'\t'Norfolk Island' \
        'norfolkas sala'\t'norfolkas sala'\t'Norfolkas sala'\t'Norfolkas sala' \
        'north korea'\t'north korea'\t'North Korea'\t'North Korea' \
        'north macedonia'\t'north macedonia'\t'North Macedonia'\t'North Macedonia' \
        'northern mariana islands'\t'northern mariana islands'\t'Northern Mariana Islands'\t'Northern Mariana Islands' \
        'norvēģija'\t'norvegija'\t'Norvēģija'\t'Norvegija' \
        'norway'\t'norway'\t'Norway'\t'Norway' \
        'oman'\t'oman'\t'Oman'\t'Oman' \
        'omāna'\t'omana'\t'Omāna'\t'Omana' \
        'pakistan'\t'pakistan'\t'Pakistan'\t'Pakistan' \
        'pakistāna'\t'pakistana'\t'Pakistāna'\t'Pakistana' \
        'palau'\t'palau'\t'Palau'\t'Palau' \
        'palestīna'\t'palestina'\t'Palestīna'\t'Palestina' \
        'palestine'\t'palestine'\t'Palestine'\t'Palestine' \
        'panama'\t'panama'\t'Panama'\t'Panama' \
        'papua-jaungvineja'\t'papua jaungvineja'\t'Papua-Jaungvineja'\t'Papua-Jaungvineja' \
        'papua new guinea'\t'papua new guinea'\t'Papua New Guinea'\t'Papua New Guinea' \
        'paraguay'\t'paraguay'\t'Paraguay'\t'Paraguay' \
        'paragvaja'\t'paragvaja'\t'Paragvaja'\t'Paragvaja' \
        'peru'\t'peru'\t'Peru'\t'Peru' \
        'philippines'\t'philippines'\t'Philippines'\t'Philippines' \
        'pitcairn islands'\t'pitcairn islands'\t'Pitcairn Islands'\t'Pitcairn Islands' \
        'pitkērnas salas'\t'pitkernas salas'\t'Pitkērnas salas'\t'Pitkernas salas' \
        'poland'\t'poland'\t'Poland'\t'Poland' \
        'polija'\t'polija'\t'Polija'\t'Polija' \
        'portugal'\t'portugal'\t'Portugal'\t'Portugal' \
        'portugāle'\t'portugale'\t'Portugāle'\t'Portugale' \
        'puerto rico'\t'puerto rico'\t'Puerto Rico'\t'Puerto Rico' \
        'puertoriko'\t'puertoriko'\t'Puertoriko'\t'Puertoriko' \
        'qatar'\t'qatar'\t'Qatar'\t'Qatar' \
        'reinjona'\t'reinjona'\t'Reinjona'\t'Reinjona' \
        'republic of the congo'\t'republic of the congo'\t'Republic of the Congo'\t'Republic of the Congo' \
        'réunion'\t'reunion'\t'Réunion'\t'Reunion' \
        'rietumsahāra'\t'rietumsahara'\t'Rietumsahāra'\t'Rietumsahara' \
        'romania'\t'romania'\t'Romania'\t'Romania' \
        'ruanda'\t'ruanda'\t'Ruanda'\t'Ruanda' \
        'rumānija'\t'rumanija'\t'Rumānija'\t'Rumanija' \
        'russia'\t'russia'\t'Russia'\t'Russia' \
        'rwanda'\t'rwanda'\t'Rwanda'\t'Rwanda' \
        'saint barthélemy'\t'saint barthelemy'\t'Saint Barthélemy'\t'Saint Barthelemy' \
        'saint helena, ascension and tristan da cunha'\t'saint helena ascension and tristan da cunha'\t'Saint Helena, Ascension and Tristan da Cunha'\t'Saint Helena, Ascension and Tristan da Cunha' \
        'saint kitts and nevis'\t'saint kitts and nevis'\t'Saint Kitts and Nevis'\t'Saint Kitts and Nevis' \
        'saint lucia'\t'saint lucia'\t'Saint Lucia'\t'Saint Lucia' \
        'saint martin'\t'saint martin'\t'Saint Martin'\t'Saint Martin' \
        'saint pierre and miquelon'\t'saint pierre and miquelon'\t'Saint Pierre and Miquelon'\t'Saint Pierre and Miquelon' \
        'saint vincent and the grenadines'\t'saint vincent and the grenadines'\t'Saint Vincent and the Grenadines'\t'Saint Vincent and the Grenadines' \
        'salvadora'\t'salvadora'\t'Salvadora'\t'Salvadora' \
        'samoa'\t'samoa'\t'Samoa'\t'Samoa' \
        'san marino'\t'san marino'\t'San Marino'\t'San Marino' \
        'sanmarīno'\t'sanmarino'\t'Sanmarīno'\t'Sanmarino' \
        'santome un prinsipi'\t'santome un prinsipi'\t'Santome un Prinsipi'\t'Santome un Prinsipi' \
        'sao tome and principe'\t'sao tome and principe'\t'Sao Tome and Principe'\t'Sao Tome and Principe' \
        'saūda arābija'\t'sauda arabija'\t'Saūda Arābija'\t'Sauda Arabija' \
        'saudi arabia'\t'saudi arabia'\t'Saudi Arabia'\t'Saudi Arabia' \
        'seišelu salas'\t'seiselu salas'\t'Seišelu salas'\t'Seiselu salas' \
        'senbartelmī'\t'senbartelmi'\t'Senbartelmī'\t'Senbartelmi' \
        'senegal'\t'senegal'\t'Senegal'\t'Senegal' \
        'senegāla'\t'senegala'\t'Senegāla'\t'Senegala' \
        'senmartēna'\t'senmartena'\t'Senmartēna'\t'Senmartena' \
        'senpjēra un mikelona'\t'senpjera un mikelona'\t'Senpjēra un Mikelona'\t'Senpjera un Mikelona' \
        'sentkitsa un nevisa'\t'sentkitsa un nevisa'\t'Sentkitsa un Nevisa'\t'Sentkitsa un Nevisa' \
        'sentlūsija'\t'sentlusija'\t'Sentlūsija'\t'Sentlusija' \
        'sentvinsenta un grenadīnas'\t'sentvinsenta un grenadinas'\t'Sentvinsenta un Grenadīnas'\t'Sentvinsenta un Grenadinas' \
        'serbia'\t'serbia'\t'Serbia'\t'Serbia' \
        'serbija'\t'serbija'\t'Serbija'\t'Serbija' \
        'seychelles'\t'seychelles'\t'Seychelles'\t'Seychelles' \
        'sierra leone'\t'sierra leone'\t'Sierra Leone'\t'Sierra Leone' \
        'singapore'\t'singapore'\t'Singapore'\t'Singapore' \
        'singapūra'\t'singapura'\t'Singapūra'\t'Singapura' \
        'sint maarten'\t'sint maarten'\t'Sint Maarten'\t'Sint Maarten' \
        'sintmārtena'\t'sintmartena'\t'Sintmārtena'\t'Sintmartena' \
        'sīrija'\t'sirija'\t'Sīrija'\t'Sirija' \
        'sjerraleone'\t'sjerraleone'\t'Sjerraleone'\t'Sjerraleone' \
        'slovakia'\t'slovakia'\t'Slovakia'\t'Slovakia' \
        'slovākija'\t'slovakija'\t'Slovākija'\t'Slovakija' \
        'slovenia'\t'slovenia'\t'Slovenia'\t'Slovenia' \
        'slovēnija'\t'slovenija'\t'Slovēnija'\t'Slovenija' \
        'solomon islands'\t'solomon islands'\t'Solomon Islands'\t'Solomon Islands' \
        'somalia'\t'somalia'\t'Somalia'\t'Somalia' \
        'somālija'\t'somalija'\t'Somālija'\t'Somalija' \
        'somija'\t'somija'\t'Somija'\t'Somija' \
        'south africa'\t'south africa'\t'South Africa'\t'South Africa' \
        'south georgia and the south sandwich islands'\t'south georgia and the south sandwich islands'\t'South Georgia and the South Sandwich Islands'\t'South Georgia and the South Sandwich Islands' \
        'south korea'\t'south korea'\t'South Korea'\t'South Korea' \
        'south sudan'\t'south sudan'\t'South Sudan'\t'South Sudan' \
        'spain'\t'spain'\t'Spain'\t'Spain' \
        'spānija'\t'spanija'\t'Spānija'\t'Spanija' \
        'sri lanka'\t'sri lanka'\t'Sri Lanka'\t'Sri Lanka' \
        'šrilanka'\t'srilanka'\t'Šrilanka'\t'Srilanka' \
        'sudan'\t'sudan'\t'Sudan'\t'Sudan' \
        'sudāna'\t'sudana'\t'Sudāna'\t'Sudana' \
        'surinama'\t'surinama'\t'Surinama'\t'Surinama' \
        'suriname'\t'suriname'\t'Suriname'\t'Suriname' \
        'svalbāra un jana majena sala'\t'svalbara un jana majena sala'\t'Svalbāra un Jana Majena sala'\t'Svalbara un Jana Majena sala' \
        'svalbard and jan mayen'\t'svalbard and jan mayen'\t'Svalbard and Jan Mayen'\t'Svalbard and Jan Mayen' \
        'šveice'\t'sveice'\t'Šveice'\t'Sveice' \
        'svētās helēnas sala'\t'svetas helenas sala'\t'Svētās Helēnas sala'\t'Svetas Helenas sala' \
        'sweden'\t'sweden'\t'Sweden'\t'Sweden' \
        'switzerland'\t'switzerland'\t'Switzerland'\t'Switzerland' \
        'syria'\t'syria'\t'Syria'\t'Syria' \
        'tadžikistāna'\t'tadzikistana'\t'Tadžikistāna'\t'Tadzikistana' \
        'taivāna'\t'taivana'\t'Taivāna'\t'Taivana' \
        'taiwan'\t'taiwan'\t'Taiwan'\t'Taiwan' \
        'taizeme'\t'taizeme'\t'Taizeme'\t'Taizeme' \
        'tajikistan'\t'tajikistan'\t'Tajikistan'\t'Tajikistan' \
        'tanzania'\t'tanzania'\t'Tanzania'\t'Tanzania' \
        'tanzānija'\t'tanzanija'\t'Tanzānija'\t'Tanzanija' \
        'tērksas un kaikosas salas'\t'terksas un kaikosas salas'\t'Tērksas un Kaikosas salas'\t'Terksas un Kaikosas salas' \
        'thailand'\t'thailand'\t'Thailand'\t'Thailand' \
        'timor-leste'\t'timor leste'\t'Timor-Leste'\t'Timor-Leste' \
        'togo'\t'togo'\t'Togo'\t'Togo' \
        'tokelau'\t'tokelau'\t'Tokelau'\t'Tokelau' \
        'tonga'\t'tonga'\t'Tonga'\t'Tonga' \
        'trinidad and tobago'\t'trinidad and tobago'\t'Trinidad and Tobago'\t'Trinidad and Tobago' \
        'trinidāda un tobāgo'\t'trinidada un tobago'\t'Trinidāda un Tobāgo'\t'Trinidada un Tobago' \
        'tunisia'\t'tunisia'\t'Tunisia'\t'Tunisia' \
        'tunisija'\t'tunisija'\t'Tunisija'\t'Tunisija' \
        'turcija'\t'turcija'\t'Turcija'\t'Turcija' \
        'türkiye'\t'turkiye'\t'Türkiye'\t'Turkiye' \
        'turkmenistan'\t'turkmenistan'\t'Turkmenistan'\t'Turkmenistan' \
        'turkmenistāna'\t'turkmenistana'\t'Turkmenistāna'\t'Turkmenistana' \
        'turks and caicos islands'\t'turks and caicos islands'\t'Turks and Caicos Islands'\t'Turks and Caicos Islands' \
        'tuvalu'\t'tuvalu'\t'Tuvalu'\t'Tuvalu' \
        'u.s. virgin islands'\t'u s virgin islands'\t'U.S. Virgin Islands'\t'U.S. Virgin Islands' \
        'uganda'\t'uganda'\t'Uganda'\t'Uganda' \
        'ukraina'\t'ukraina'\t'Ukraina'\t'Ukraina' \
        'ukraine'\t'ukraine'\t'Ukraine'\t'Ukraine' \
        'ungārija'\t'ungarija'\t'Ungārija'\t'Ungarija' \
        'united arab emirates'\t'united arab emirates'\t'United Arab Emirates'\t'United Arab Emirates' \
        'united kingdom'\t'united kingdom'\t'United Kingdom'\t'United Kingdom' \
        'united states'\t'united states'\t'United States'\t'United States' \
        'united states minor outlying islands'\t'united states minor outlying islands'\t'United States Minor Outlying Islands'\t'United States Minor Outlying Islands' \
        'uruguay'\t'uruguay'\t'Uruguay'\t'Uruguay' \
        'urugvaja'\t'urugvaja'\t'Urugvaja'\t'Urugvaja' \
        'uzbekistan'\t'uzbekistan'\t'Uzbekistan'\t'Uzbekistan' \
        'uzbekistāna'\t'uzbekistana'\t'Uzbekistāna'\t'Uzbekistana' \
        'vācija'\t'vacija'\t'Vācija'\t'Vacija' \
        'vanuatu'\t'vanuatu'\t'Vanuatu'\t'Vanuatu' \
        'vatican city'\t'vatican city'\t'Vatican City'\t'Vatican City' \
        'vatikāns'\t'vatikans'\t'Vatikāns'\t'Vatikans' \
        'venecuēla'\t'venecuela'\t'Venecuēla'\t'Venecuela' \
        'venezuela'\t'venezuela'\t'Venezuela'\t'Venezuela' \
        'vietnam'\t'vietnam'\t'Vietnam'\t'Vietnam' \
        'vjetnama'\t'vjetnama'\t'Vjetnama'\t'Vjetnama' \
        'volisa un futuna'\t'volisa un futuna'\t'Volisa un Futuna'\t'Volisa un Futuna' \
        'wallis and futuna'\t'wallis and futuna'\t'Wallis and Futuna'\t'Wallis and Futuna' \
        'western sahara'\t'western sahara'\t'Western Sahara'\t'Western Sahara' \
        'yemen'\t'yemen'\t'Yemen'\t'Yemen' \
        'zālamana salas'\t'zalamana salas'\t'Zālamana salas'\t'Zalamana salas' \
        'zambia'\t'zambia'\t'Zambia'\t'Zambia' \
        'zambija'\t'zambija'\t'Zambija'\t'Zambija' \
        'ziemeļkoreja'\t'ziemelkoreja'\t'Ziemeļkoreja'\t'Ziemelkoreja' \
        'ziemeļmaķedonija'\t'ziemelmakedonija'\t'Ziemeļmaķedonija'\t'Ziemelmakedonija' \
        'ziemeļu marianas salas'\t'ziemelu marianas salas'\t'Ziemeļu Marianas salas'\t'Ziemelu Marianas salas' \
        'ziemsvētku sala'\t'ziemsvetku sala'\t'Ziemsvētku sala'\t'Ziemsvetku sala' \
        'zimbabve'\t'zimbabve'\t'Zimbabve'\t'Zimbabve' \
        'zimbabwe'\t'zimbabwe'\t'Zimbabwe'\t'Zimbabwe' \
        'zviedrija'\t'zviedrija'\t'Zviedrija'\t'Zviedrija'
end

function __fish_attache_city_names
    printf '%s\n' \
        'ankara'\t'ankara'\t'Ankara'\t'Ankara' \
        'berlin'\t'berlin'\t'Berlin'\t'Berlin' \
        'berlīne'\t'berline'\t'Berlīne'\t'Berline' \
        'kijiva'\t'kijiva'\t'Kijiva'\t'Kijiva' \
        'kyiv'\t'kyiv'\t'Kyiv'\t'Kyiv' \
        'london'\t'london'\t'London'\t'London' \
        'londona'\t'londona'\t'Londona'\t'Londona' \
        'madrid'\t'madrid'\t'Madrid'\t'Madrid' \
        'madride'\t'madride'\t'Madride'\t'Madride' \
        'otava'\t'otava'\t'Otava'\t'Otava' \
        'ottawa'\t'ottawa'\t'Ottawa'\t'Ottawa' \
        'riga'\t'riga'\t'Riga'\t'Riga' \
        'rīga'\t'riga'\t'Rīga'\t'Riga' \
        'stockholm'\t'stockholm'\t'Stockholm'\t'Stockholm' \
        'stokholma'\t'stokholma'\t'Stokholma'\t'Stokholma' \
        'tallina'\t'tallina'\t'Tallina'\t'Tallina' \
        'tallinn'\t'tallinn'\t'Tallinn'\t'Tallinn' \
        'varšava'\t'varsava'\t'Varšava'\t'Varsava' \
        'vašingtona'\t'vasingtona'\t'Vašingtona'\t'Vasingtona' \
        'viļņa'\t'vilna'\t'Viļņa'\t'Vilna' \
        'vilnius'\t'vilnius'\t'Vilnius'\t'Vilnius' \
        'warsaw'\t'warsaw'\t'Warsaw'\t'Warsaw' \
        'washington'\t'washington'\t'Washington'\t'Washington'
end

# The names to offer, one a line, for fish to filter: $argv[1] is country or city; $argv[2] is
# "words" for a command's NAME, whose words before the current one may begin the name. A name
# that matches only without its diacritics comes in its spelling without them, described by
# the name: fish matches no candidate that differs from what was typed by a diacritic.
function __fish_attache_names
    set -l names
    switch $argv[1]
        case country
            set names (__fish_attache_country_names)
        case city
            set names (__fish_attache_city_names)
    end
    set -l before
    if test "$argv[2]" = words
        set -l tokens (commandline -opc)
        set -e tokens[1]
        set -l command
        set -l skip 0
        for token in $tokens
            if test $skip = 1
                set skip 0
                continue
            end
            switch $token
                case --city --color --country --data --date --format --into --lang --limit --only --table --url -f -l -n
                    set skip 1
                case '-*'
                case '*'
                    if test -z "$command"
                        set command $token
                    else
                        set -a before $token
                    end
            end
        end
    end
    set -l typed (commandline -ct)
    set typed (string unescape -- $typed 2>/dev/null; or string trim -c '\'"' -- $typed)
    set -l want (string lower -- "$before $typed" | string trim -l)
    set -l pattern (string escape --style=regex -- "$want")
    # Those whose lower case begins with what was typed, and those whose folded form does.
    set -l by_name (string match -r -e -- "^$pattern" $names)
    set -l by_key (string match -r -v -- "^$pattern" $names | string match -r -e -- "^[^\t]*\t$pattern")
    set -l words (count $before)
    if test $words -eq 0
        # Every name: fish filters them its own way (by prefix, or fuzzily).
        string replace -r -- '^[^\t]*\t[^\t]*\t([^\t]*)\t.*$' '$1' $names
        for name in $by_key
            set -l fields (string split \t -- $name)
            printf '%s\t%s\n' $fields[4] $fields[3]
        end
        return
    end
    # A name typed word by word: complete the current word, and those after it.
    set -l rest "^(?:[^ ]* ){$words}"
    for name in $by_name
        set -l fields (string split \t -- $name)
        string match -q -r -- "$rest." $fields[3]; or continue
        string replace -r -- $rest '' $fields[3]
    end
    for name in $by_key
        set -l fields (string split \t -- $name)
        string match -q -r -- "$rest." $fields[4]; or continue
        printf '%s\t%s\n' (string replace -r -- $rest '' $fields[4]) $fields[3]
    end
end

complete -c attache -n "__fish_attache_using_subcommand country" -f -a "(__fish_attache_names country words)"
complete -c attache -n "__fish_attache_using_subcommand city" -f -a "(__fish_attache_names city words)"
complete -c attache -n "__fish_attache_using_subcommand graph" -l country -r -f -a "(__fish_attache_names country)"
complete -c attache -n "__fish_attache_using_subcommand non-resident" -l city -r -f -a "(__fish_attache_names city)"
