_attache() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="attache"
                ;;
            attache,about)
                cmd="attache__subcmd__about"
                ;;
            attache,accredited)
                cmd="attache__subcmd__accredited"
                ;;
            attache,check)
                cmd="attache__subcmd__check"
                ;;
            attache,city)
                cmd="attache__subcmd__city"
                ;;
            attache,completions)
                cmd="attache__subcmd__completions"
                ;;
            attache,country)
                cmd="attache__subcmd__country"
                ;;
            attache,diff)
                cmd="attache__subcmd__diff"
                ;;
            attache,export)
                cmd="attache__subcmd__export"
                ;;
            attache,graph)
                cmd="attache__subcmd__graph"
                ;;
            attache,help)
                cmd="attache__subcmd__help"
                ;;
            attache,import)
                cmd="attache__subcmd__import"
                ;;
            attache,man)
                cmd="attache__subcmd__man"
                ;;
            attache,non-resident)
                cmd="attache__subcmd__non__subcmd__resident"
                ;;
            attache,partners)
                cmd="attache__subcmd__partners"
                ;;
            attache,place)
                cmd="attache__subcmd__place"
                ;;
            attache,postings)
                cmd="attache__subcmd__postings"
                ;;
            attache,reciprocity)
                cmd="attache__subcmd__reciprocity"
                ;;
            attache,search)
                cmd="attache__subcmd__search"
                ;;
            attache,sources)
                cmd="attache__subcmd__sources"
                ;;
            attache,stats)
                cmd="attache__subcmd__stats"
                ;;
            attache,unsc)
                cmd="attache__subcmd__unsc"
                ;;
            attache__subcmd__help,about)
                cmd="attache__subcmd__help__subcmd__about"
                ;;
            attache__subcmd__help,accredited)
                cmd="attache__subcmd__help__subcmd__accredited"
                ;;
            attache__subcmd__help,check)
                cmd="attache__subcmd__help__subcmd__check"
                ;;
            attache__subcmd__help,city)
                cmd="attache__subcmd__help__subcmd__city"
                ;;
            attache__subcmd__help,completions)
                cmd="attache__subcmd__help__subcmd__completions"
                ;;
            attache__subcmd__help,country)
                cmd="attache__subcmd__help__subcmd__country"
                ;;
            attache__subcmd__help,diff)
                cmd="attache__subcmd__help__subcmd__diff"
                ;;
            attache__subcmd__help,export)
                cmd="attache__subcmd__help__subcmd__export"
                ;;
            attache__subcmd__help,graph)
                cmd="attache__subcmd__help__subcmd__graph"
                ;;
            attache__subcmd__help,help)
                cmd="attache__subcmd__help__subcmd__help"
                ;;
            attache__subcmd__help,import)
                cmd="attache__subcmd__help__subcmd__import"
                ;;
            attache__subcmd__help,man)
                cmd="attache__subcmd__help__subcmd__man"
                ;;
            attache__subcmd__help,non-resident)
                cmd="attache__subcmd__help__subcmd__non__subcmd__resident"
                ;;
            attache__subcmd__help,partners)
                cmd="attache__subcmd__help__subcmd__partners"
                ;;
            attache__subcmd__help,place)
                cmd="attache__subcmd__help__subcmd__place"
                ;;
            attache__subcmd__help,postings)
                cmd="attache__subcmd__help__subcmd__postings"
                ;;
            attache__subcmd__help,reciprocity)
                cmd="attache__subcmd__help__subcmd__reciprocity"
                ;;
            attache__subcmd__help,search)
                cmd="attache__subcmd__help__subcmd__search"
                ;;
            attache__subcmd__help,sources)
                cmd="attache__subcmd__help__subcmd__sources"
                ;;
            attache__subcmd__help,stats)
                cmd="attache__subcmd__help__subcmd__stats"
                ;;
            attache__subcmd__help,unsc)
                cmd="attache__subcmd__help__subcmd__unsc"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        attache)
            opts="-l -f -j -h -V --lang --format --json --data --with-sources --cite --color --help --version accredited postings search reciprocity stats partners about unsc sources check diff export import completions place man help country city graph non-resident"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__about)
            opts="-l -f -j -h -V --table --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --table)
                    COMPREPLY=($(compgen -W "duties statements sources" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__accredited)
            opts="-l -f -j -h -V --resident --non-resident --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__check)
            opts="-l -f -j -h -V --lang --format --json --data --color --with-sources --cite --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__city)
            opts="-l -f -j -h -V --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__completions)
            opts="-l -f -j -h -V --data --lang --format --json --with-sources --cite --color --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__country)
            opts="-l -f -j -h -V --table --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --table)
                    COMPREPLY=($(compgen -W "attaches cooperation unsc" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__diff)
            opts="-l -f -j -h -V --facts-only --lang --format --json --cite --color --data --with-sources --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__export)
            opts="-l -j -f -h -V --force --lang --data --json --with-sources --cite --color --format --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "json csv" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__graph)
            opts="-l -f -j -h -V --lang --format --json --data --with-sources --cite --color --help --version --country"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --country)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help)
            opts="country city non-resident accredited postings search reciprocity graph stats partners about unsc sources check diff export import completions place man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__about)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__accredited)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__city)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__country)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__diff)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__graph)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__man)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__non__subcmd__resident)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__partners)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__place)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__postings)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__reciprocity)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__search)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__sources)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__stats)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__help__subcmd__unsc)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__import)
            opts="-l -f -j -h -V --into --city --date --url --force --lang --data --format --json --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --into)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --city)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --date)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__man)
            opts="-l -f -j -h -V --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__non__subcmd__resident)
            opts="-l -f -j -h -V --lang --format --json --data --with-sources --cite --color --help --version --city"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --city)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__partners)
            opts="-l -f -j -h -V --table --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --table)
                    COMPREPLY=($(compgen -W "members statements" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__place)
            opts="-l -f -j -h -V --table --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --table)
                    COMPREPLY=($(compgen -W "attaches cooperation unsc" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__postings)
            opts="-l -f -j -h -V --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__reciprocity)
            opts="-l -f -j -h -V --only --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --only)
                    COMPREPLY=($(compgen -W "mutual latvia partner" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__search)
            opts="-n -l -f -j -h -V --limit --lang --format --json --data --with-sources --cite --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__sources)
            opts="-l -f -j -h -V --lang --format --json --data --cite --color --with-sources --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__stats)
            opts="-l -f -j -h -V --lang --format --json --data --cite --color --with-sources --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        attache__subcmd__unsc)
            opts="-l -f -j -h -V --table --lang --format --json --data --cite --color --with-sources --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --table)
                    COMPREPLY=($(compgen -W "parts countries" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en lv" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}


# Country and city names, added by attache: `_attache` above completes commands and options,
# `_attache__complete` the names of the dataset in use. Names are literals in arrays, and
# nothing here evaluates one (no `compgen -W`, no `eval`). Four strings per name: the name, its
# lower case, its folded form (lower case, no diacritics) and its spelling without diacritics.
_attache__country_names() {
    names=(
        'Afganistāna' 'afganistāna' 'afganistana' 'Afganistana'
        'Afghanistan' 'afghanistan' 'afghanistan' 'Afghanistan'
        'Åland Islands' 'åland islands' 'aland islands' 'Aland Islands'
        'Ālandu salas' 'ālandu salas' 'alandu salas' 'Alandu salas'
        'Albania' 'albania' 'albania' 'Albania'
        'Albānija' 'albānija' 'albanija' 'Albanija'
        'Algeria' 'algeria' 'algeria' 'Algeria'
        'Alžīrija' 'alžīrija' 'alzirija' 'Alzirija'
        'American Samoa' 'american samoa' 'american samoa' 'American Samoa'
        'Amerikāņu Samoa' 'amerikāņu samoa' 'amerikanu samoa' 'Amerikanu Samoa'
        'Andora' 'andora' 'andora' 'Andora'
        'Andorra' 'andorra' 'andorra' 'Andorra'
        'Angilja' 'angilja' 'angilja' 'Angilja'
        'Angola' 'angola' 'angola' 'Angola'
        'Anguilla' 'anguilla' 'anguilla' 'Anguilla'
        'Antarctica' 'antarctica' 'antarctica' 'Antarctica'
        'Antarktika' 'antarktika' 'antarktika' 'Antarktika'
        'Antigua and Barbuda' 'antigua and barbuda' 'antigua and barbuda' 'Antigua and Barbuda'
        'Antigva un Barbuda' 'antigva un barbuda' 'antigva un barbuda' 'Antigva un Barbuda'
        'Apvienotā Karaliste' 'apvienotā karaliste' 'apvienota karaliste' 'Apvienota Karaliste'
        'Apvienotie Arābu Emirāti' 'apvienotie arābu emirāti' 'apvienotie arabu emirati' 'Apvienotie Arabu Emirati'
        'Argentina' 'argentina' 'argentina' 'Argentina'
        'Argentīna' 'argentīna' 'argentina' 'Argentina'
        'Armenia' 'armenia' 'armenia' 'Armenia'
        'Armēnija' 'armēnija' 'armenija' 'Armenija'
        'Aruba' 'aruba' 'aruba' 'Aruba'
        'ASV' 'asv' 'asv' 'ASV'
        'ASV Mazās Aizjūras salas' 'asv mazās aizjūras salas' 'asv mazas aizjuras salas' 'ASV Mazas Aizjuras salas'
        'ASV Virdžīnas' 'asv virdžīnas' 'asv virdzinas' 'ASV Virdzinas'
        'Australia' 'australia' 'australia' 'Australia'
        'Austrālija' 'austrālija' 'australija' 'Australija'
        'Austria' 'austria' 'austria' 'Austria'
        'Austrija' 'austrija' 'austrija' 'Austrija'
        'Austrumtimora' 'austrumtimora' 'austrumtimora' 'Austrumtimora'
        'Azerbaidžāna' 'azerbaidžāna' 'azerbaidzana' 'Azerbaidzana'
        'Azerbaijan' 'azerbaijan' 'azerbaijan' 'Azerbaijan'
        'Bahamas' 'bahamas' 'bahamas' 'Bahamas'
        'Bahamu salas' 'bahamu salas' 'bahamu salas' 'Bahamu salas'
        'Bahrain' 'bahrain' 'bahrain' 'Bahrain'
        'Bahreina' 'bahreina' 'bahreina' 'Bahreina'
        'Baltkrievija' 'baltkrievija' 'baltkrievija' 'Baltkrievija'
        'Bangladeša' 'bangladeša' 'bangladesa' 'Bangladesa'
        'Bangladesh' 'bangladesh' 'bangladesh' 'Bangladesh'
        'Barbados' 'barbados' 'barbados' 'Barbados'
        'Barbadosa' 'barbadosa' 'barbadosa' 'Barbadosa'
        'Belarus' 'belarus' 'belarus' 'Belarus'
        'Beļģija' 'beļģija' 'belgija' 'Belgija'
        'Belgium' 'belgium' 'belgium' 'Belgium'
        'Beliza' 'beliza' 'beliza' 'Beliza'
        'Belize' 'belize' 'belize' 'Belize'
        'Benin' 'benin' 'benin' 'Benin'
        'Benina' 'benina' 'benina' 'Benina'
        'Bermuda' 'bermuda' 'bermuda' 'Bermuda'
        'Bermudu salas' 'bermudu salas' 'bermudu salas' 'Bermudu salas'
        'Bhutan' 'bhutan' 'bhutan' 'Bhutan'
        'Bolivia' 'bolivia' 'bolivia' 'Bolivia'
        'Bolīvija' 'bolīvija' 'bolivija' 'Bolivija'
        'Bonaire, Sint Eustatius and Saba' 'bonaire, sint eustatius and saba' 'bonaire sint eustatius and saba' 'Bonaire, Sint Eustatius and Saba'
        'Bonaire, Sintēstatiusa un Saba' 'bonaire, sintēstatiusa un saba' 'bonaire sintestatiusa un saba' 'Bonaire, Sintestatiusa un Saba'
        'Bosnia and Herzegovina' 'bosnia and herzegovina' 'bosnia and herzegovina' 'Bosnia and Herzegovina'
        'Bosnija un Hercegovina' 'bosnija un hercegovina' 'bosnija un hercegovina' 'Bosnija un Hercegovina'
        'Botsvāna' 'botsvāna' 'botsvana' 'Botsvana'
        'Botswana' 'botswana' 'botswana' 'Botswana'
        'Bouvet Island' 'bouvet island' 'bouvet island' 'Bouvet Island'
        'Brazil' 'brazil' 'brazil' 'Brazil'
        'Brazīlija' 'brazīlija' 'brazilija' 'Brazilija'
        'British Indian Ocean Territory' 'british indian ocean territory' 'british indian ocean territory' 'British Indian Ocean Territory'
        'British Virgin Islands' 'british virgin islands' 'british virgin islands' 'British Virgin Islands'
        'Britu Virdžīnas' 'britu virdžīnas' 'britu virdzinas' 'Britu Virdzinas'
        'Brunei' 'brunei' 'brunei' 'Brunei'
        'Bruneja' 'bruneja' 'bruneja' 'Bruneja'
        'Bulgaria' 'bulgaria' 'bulgaria' 'Bulgaria'
        'Bulgārija' 'bulgārija' 'bulgarija' 'Bulgarija'
        'Burkina Faso' 'burkina faso' 'burkina faso' 'Burkina Faso'
        'Burkinafaso' 'burkinafaso' 'burkinafaso' 'Burkinafaso'
        'Burundi' 'burundi' 'burundi' 'Burundi'
        'Butāna' 'butāna' 'butana' 'Butana'
        'Buvē sala' 'buvē sala' 'buve sala' 'Buve sala'
        'Cabo Verde' 'cabo verde' 'cabo verde' 'Cabo Verde'
        'Čada' 'čada' 'cada' 'Cada'
        'Cambodia' 'cambodia' 'cambodia' 'Cambodia'
        'Cameroon' 'cameroon' 'cameroon' 'Cameroon'
        'Canada' 'canada' 'canada' 'Canada'
        'Cayman Islands' 'cayman islands' 'cayman islands' 'Cayman Islands'
        'Čehija' 'čehija' 'cehija' 'Cehija'
        'Central African Republic' 'central african republic' 'central african republic' 'Central African Republic'
        'Centrālāfrikas Republika' 'centrālāfrikas republika' 'centralafrikas republika' 'Centralafrikas Republika'
        'Chad' 'chad' 'chad' 'Chad'
        'Chile' 'chile' 'chile' 'Chile'
        'China' 'china' 'china' 'China'
        'Christmas Island' 'christmas island' 'christmas island' 'Christmas Island'
        'Čīle' 'čīle' 'cile' 'Cile'
        'Cocos (Keeling) Islands' 'cocos (keeling) islands' 'cocos keeling islands' 'Cocos (Keeling) Islands'
        'Colombia' 'colombia' 'colombia' 'Colombia'
        'Comoros' 'comoros' 'comoros' 'Comoros'
        'Cook Islands' 'cook islands' 'cook islands' 'Cook Islands'
        'Costa Rica' 'costa rica' 'costa rica' 'Costa Rica'
        'Côte d'\''Ivoire' 'côte d'\''ivoire' 'cote d ivoire' 'Cote d'\''Ivoire'
        'Croatia' 'croatia' 'croatia' 'Croatia'
        'Cuba' 'cuba' 'cuba' 'Cuba'
        'Curaçao' 'curaçao' 'curacao' 'Curacao'
        'Cyprus' 'cyprus' 'cyprus' 'Cyprus'
        'Czechia' 'czechia' 'czechia' 'Czechia'
        'Dānija' 'dānija' 'danija' 'Danija'
        'Democratic Republic of the Congo' 'democratic republic of the congo' 'democratic republic of the congo' 'Democratic Republic of the Congo'
        'Denmark' 'denmark' 'denmark' 'Denmark'
        'Dienvidāfrika' 'dienvidāfrika' 'dienvidafrika' 'Dienvidafrika'
        'Dienviddžordžija un Dienvidsendviču salas' 'dienviddžordžija un dienvidsendviču salas' 'dienviddzordzija un dienvidsendvicu salas' 'Dienviddzordzija un Dienvidsendvicu salas'
        'Dienvidkoreja' 'dienvidkoreja' 'dienvidkoreja' 'Dienvidkoreja'
        'Dienvidsudāna' 'dienvidsudāna' 'dienvidsudana' 'Dienvidsudana'
        'Djibouti' 'djibouti' 'djibouti' 'Djibouti'
        'Dominica' 'dominica' 'dominica' 'Dominica'
        'Dominican Republic' 'dominican republic' 'dominican republic' 'Dominican Republic'
        'Dominika' 'dominika' 'dominika' 'Dominika'
        'Dominikāna' 'dominikāna' 'dominikana' 'Dominikana'
        'Džersija' 'džersija' 'dzersija' 'Dzersija'
        'Džibutija' 'džibutija' 'dzibutija' 'Dzibutija'
        'Ecuador' 'ecuador' 'ecuador' 'Ecuador'
        'Ēģipte' 'ēģipte' 'egipte' 'Egipte'
        'Egypt' 'egypt' 'egypt' 'Egypt'
        'Ekvadora' 'ekvadora' 'ekvadora' 'Ekvadora'
        'Ekvatoriālā Gvineja' 'ekvatoriālā gvineja' 'ekvatoriala gvineja' 'Ekvatoriala Gvineja'
        'El Salvador' 'el salvador' 'el salvador' 'El Salvador'
        'Equatorial Guinea' 'equatorial guinea' 'equatorial guinea' 'Equatorial Guinea'
        'Eritrea' 'eritrea' 'eritrea' 'Eritrea'
        'Eritreja' 'eritreja' 'eritreja' 'Eritreja'
        'Estonia' 'estonia' 'estonia' 'Estonia'
        'Esvatini' 'esvatini' 'esvatini' 'Esvatini'
        'Eswatini' 'eswatini' 'eswatini' 'Eswatini'
        'Ethiopia' 'ethiopia' 'ethiopia' 'Ethiopia'
        'Etiopija' 'etiopija' 'etiopija' 'Etiopija'
        'Falkland Islands' 'falkland islands' 'falkland islands' 'Falkland Islands'
        'Faroe Islands' 'faroe islands' 'faroe islands' 'Faroe Islands'
        'Fēru salas' 'fēru salas' 'feru salas' 'Feru salas'
        'Fidži' 'fidži' 'fidzi' 'Fidzi'
        'Fiji' 'fiji' 'fiji' 'Fiji'
        'Filipīnas' 'filipīnas' 'filipinas' 'Filipinas'
        'Finland' 'finland' 'finland' 'Finland'
        'Folklenda (Malvinu) salas' 'folklenda (malvinu) salas' 'folklenda malvinu salas' 'Folklenda (Malvinu) salas'
        'France' 'france' 'france' 'France'
        'Francija' 'francija' 'francija' 'Francija'
        'Francijas Dienvidjūru zemes' 'francijas dienvidjūru zemes' 'francijas dienvidjuru zemes' 'Francijas Dienvidjuru zemes'
        'Francijas Gviāna' 'francijas gviāna' 'francijas gviana' 'Francijas Gviana'
        'Franču Polinēzija' 'franču polinēzija' 'francu polinezija' 'Francu Polinezija'
        'French Guiana' 'french guiana' 'french guiana' 'French Guiana'
        'French Polynesia' 'french polynesia' 'french polynesia' 'French Polynesia'
        'French Southern Territories' 'french southern territories' 'french southern territories' 'French Southern Territories'
        'Gabon' 'gabon' 'gabon' 'Gabon'
        'Gabona' 'gabona' 'gabona' 'Gabona'
        'Gajāna' 'gajāna' 'gajana' 'Gajana'
        'Gambia' 'gambia' 'gambia' 'Gambia'
        'Gambija' 'gambija' 'gambija' 'Gambija'
        'Gana' 'gana' 'gana' 'Gana'
        'Georgia' 'georgia' 'georgia' 'Georgia'
        'Germany' 'germany' 'germany' 'Germany'
        'Gērnsija' 'gērnsija' 'gernsija' 'Gernsija'
        'Ghana' 'ghana' 'ghana' 'Ghana'
        'Gibraltar' 'gibraltar' 'gibraltar' 'Gibraltar'
        'Gibraltārs' 'gibraltārs' 'gibraltars' 'Gibraltars'
        'Greece' 'greece' 'greece' 'Greece'
        'Greenland' 'greenland' 'greenland' 'Greenland'
        'Grenada' 'grenada' 'grenada' 'Grenada'
        'Grenāda' 'grenāda' 'grenada' 'Grenada'
        'Grenlande' 'grenlande' 'grenlande' 'Grenlande'
        'Grieķija' 'grieķija' 'griekija' 'Griekija'
        'Gruzija' 'gruzija' 'gruzija' 'Gruzija'
        'Guadeloupe' 'guadeloupe' 'guadeloupe' 'Guadeloupe'
        'Guam' 'guam' 'guam' 'Guam'
        'Guama' 'guama' 'guama' 'Guama'
        'Guatemala' 'guatemala' 'guatemala' 'Guatemala'
        'Guernsey' 'guernsey' 'guernsey' 'Guernsey'
        'Guinea' 'guinea' 'guinea' 'Guinea'
        'Guinea-Bissau' 'guinea-bissau' 'guinea bissau' 'Guinea-Bissau'
        'Guyana' 'guyana' 'guyana' 'Guyana'
        'Gvadelupa' 'gvadelupa' 'gvadelupa' 'Gvadelupa'
        'Gvatemala' 'gvatemala' 'gvatemala' 'Gvatemala'
        'Gvineja' 'gvineja' 'gvineja' 'Gvineja'
        'Gvineja-Bisava' 'gvineja-bisava' 'gvineja bisava' 'Gvineja-Bisava'
        'Haiti' 'haiti' 'haiti' 'Haiti'
        'Heard Island and McDonald Islands' 'heard island and mcdonald islands' 'heard island and mcdonald islands' 'Heard Island and McDonald Islands'
        'Hērda sala un Makdonalda salas' 'hērda sala un makdonalda salas' 'herda sala un makdonalda salas' 'Herda sala un Makdonalda salas'
        'Honduras' 'honduras' 'honduras' 'Honduras'
        'Hondurasa' 'hondurasa' 'hondurasa' 'Hondurasa'
        'Hong Kong' 'hong kong' 'hong kong' 'Hong Kong'
        'Honkonga' 'honkonga' 'honkonga' 'Honkonga'
        'Horvātija' 'horvātija' 'horvatija' 'Horvatija'
        'Hungary' 'hungary' 'hungary' 'Hungary'
        'Iceland' 'iceland' 'iceland' 'Iceland'
        'Igaunija' 'igaunija' 'igaunija' 'Igaunija'
        'India' 'india' 'india' 'India'
        'Indija' 'indija' 'indija' 'Indija'
        'Indijas okeāna Britu teritorija' 'indijas okeāna britu teritorija' 'indijas okeana britu teritorija' 'Indijas okeana Britu teritorija'
        'Indonesia' 'indonesia' 'indonesia' 'Indonesia'
        'Indonēzija' 'indonēzija' 'indonezija' 'Indonezija'
        'Irāka' 'irāka' 'iraka' 'Iraka'
        'Iran' 'iran' 'iran' 'Iran'
        'Irāna' 'irāna' 'irana' 'Irana'
        'Iraq' 'iraq' 'iraq' 'Iraq'
        'Ireland' 'ireland' 'ireland' 'Ireland'
        'Īrija' 'īrija' 'irija' 'Irija'
        'Islande' 'islande' 'islande' 'Islande'
        'Isle of Man' 'isle of man' 'isle of man' 'Isle of Man'
        'Israel' 'israel' 'israel' 'Israel'
        'Itālija' 'itālija' 'italija' 'Italija'
        'Italy' 'italy' 'italy' 'Italy'
        'Izraēla' 'izraēla' 'izraela' 'Izraela'
        'Jamaica' 'jamaica' 'jamaica' 'Jamaica'
        'Jamaika' 'jamaika' 'jamaika' 'Jamaika'
        'Japan' 'japan' 'japan' 'Japan'
        'Japāna' 'japāna' 'japana' 'Japana'
        'Jaunkaledonija' 'jaunkaledonija' 'jaunkaledonija' 'Jaunkaledonija'
        'Jaunzēlande' 'jaunzēlande' 'jaunzelande' 'Jaunzelande'
        'Jemena' 'jemena' 'jemena' 'Jemena'
        'Jersey' 'jersey' 'jersey' 'Jersey'
        'Jordan' 'jordan' 'jordan' 'Jordan'
        'Jordānija' 'jordānija' 'jordanija' 'Jordanija'
        'Kaboverde' 'kaboverde' 'kaboverde' 'Kaboverde'
        'Kaimanu salas' 'kaimanu salas' 'kaimanu salas' 'Kaimanu salas'
        'Kambodža' 'kambodža' 'kambodza' 'Kambodza'
        'Kamerūna' 'kamerūna' 'kameruna' 'Kameruna'
        'Kanāda' 'kanāda' 'kanada' 'Kanada'
        'Katara' 'katara' 'katara' 'Katara'
        'Kazahstāna' 'kazahstāna' 'kazahstana' 'Kazahstana'
        'Kazakhstan' 'kazakhstan' 'kazakhstan' 'Kazakhstan'
        'Kenija' 'kenija' 'kenija' 'Kenija'
        'Kenya' 'kenya' 'kenya' 'Kenya'
        'Ķīna' 'ķīna' 'kina' 'Kina'
        'Kipra' 'kipra' 'kipra' 'Kipra'
        'Kirasao' 'kirasao' 'kirasao' 'Kirasao'
        'Kirgizstāna' 'kirgizstāna' 'kirgizstana' 'Kirgizstana'
        'Kiribati' 'kiribati' 'kiribati' 'Kiribati'
        'Kokosu (Kīlinga) salas' 'kokosu (kīlinga) salas' 'kokosu kilinga salas' 'Kokosu (Kilinga) salas'
        'Kolumbija' 'kolumbija' 'kolumbija' 'Kolumbija'
        'Komoru salas' 'komoru salas' 'komoru salas' 'Komoru salas'
        'Kongo' 'kongo' 'kongo' 'Kongo'
        'Kongo Demokrātiskā Republika' 'kongo demokrātiskā republika' 'kongo demokratiska republika' 'Kongo Demokratiska Republika'
        'Kostarika' 'kostarika' 'kostarika' 'Kostarika'
        'Kotdivuāra' 'kotdivuāra' 'kotdivuara' 'Kotdivuara'
        'Krievija' 'krievija' 'krievija' 'Krievija'
        'Kuba' 'kuba' 'kuba' 'Kuba'
        'Kuka salas' 'kuka salas' 'kuka salas' 'Kuka salas'
        'Kuveita' 'kuveita' 'kuveita' 'Kuveita'
        'Kuwait' 'kuwait' 'kuwait' 'Kuwait'
        'Kyrgyzstan' 'kyrgyzstan' 'kyrgyzstan' 'Kyrgyzstan'
        'Laos' 'laos' 'laos' 'Laos'
        'Laosa' 'laosa' 'laosa' 'Laosa'
        'Latvia' 'latvia' 'latvia' 'Latvia'
        'Latvija' 'latvija' 'latvija' 'Latvija'
        'Lebanon' 'lebanon' 'lebanon' 'Lebanon'
        'Lesotho' 'lesotho' 'lesotho' 'Lesotho'
        'Lesoto' 'lesoto' 'lesoto' 'Lesoto'
        'Libāna' 'libāna' 'libana' 'Libana'
        'Liberia' 'liberia' 'liberia' 'Liberia'
        'Libērija' 'libērija' 'liberija' 'Liberija'
        'Lībija' 'lībija' 'libija' 'Libija'
        'Libya' 'libya' 'libya' 'Libya'
        'Liechtenstein' 'liechtenstein' 'liechtenstein' 'Liechtenstein'
        'Lietuva' 'lietuva' 'lietuva' 'Lietuva'
        'Lihtenšteina' 'lihtenšteina' 'lihtensteina' 'Lihtensteina'
        'Lithuania' 'lithuania' 'lithuania' 'Lithuania'
        'Luksemburga' 'luksemburga' 'luksemburga' 'Luksemburga'
        'Luxembourg' 'luxembourg' 'luxembourg' 'Luxembourg'
        'Macao' 'macao' 'macao' 'Macao'
        'Madagascar' 'madagascar' 'madagascar' 'Madagascar'
        'Madagaskara' 'madagaskara' 'madagaskara' 'Madagaskara'
        'Majota' 'majota' 'majota' 'Majota'
        'Makao' 'makao' 'makao' 'Makao'
        'Malaizija' 'malaizija' 'malaizija' 'Malaizija'
        'Malāvija' 'malāvija' 'malavija' 'Malavija'
        'Malawi' 'malawi' 'malawi' 'Malawi'
        'Malaysia' 'malaysia' 'malaysia' 'Malaysia'
        'Maldives' 'maldives' 'maldives' 'Maldives'
        'Maldīvija' 'maldīvija' 'maldivija' 'Maldivija'
        'Mali' 'mali' 'mali' 'Mali'
        'Malta' 'malta' 'malta' 'Malta'
        'Maroka' 'maroka' 'maroka' 'Maroka'
        'Māršala salas' 'māršala salas' 'marsala salas' 'Marsala salas'
        'Marshall Islands' 'marshall islands' 'marshall islands' 'Marshall Islands'
        'Martinika' 'martinika' 'martinika' 'Martinika'
        'Martinique' 'martinique' 'martinique' 'Martinique'
        'Maurīcija' 'maurīcija' 'mauricija' 'Mauricija'
        'Mauritania' 'mauritania' 'mauritania' 'Mauritania'
        'Mauritānija' 'mauritānija' 'mauritanija' 'Mauritanija'
        'Mauritius' 'mauritius' 'mauritius' 'Mauritius'
        'Mayotte' 'mayotte' 'mayotte' 'Mayotte'
        'Meksika' 'meksika' 'meksika' 'Meksika'
        'Melnkalne' 'melnkalne' 'melnkalne' 'Melnkalne'
        'Menas sala' 'menas sala' 'menas sala' 'Menas sala'
        'Mexico' 'mexico' 'mexico' 'Mexico'
        'Micronesia' 'micronesia' 'micronesia' 'Micronesia'
        'Mikronēzija' 'mikronēzija' 'mikronezija' 'Mikronezija'
        'Mjanma' 'mjanma' 'mjanma' 'Mjanma'
        'Moldova' 'moldova' 'moldova' 'Moldova'
        'Monaco' 'monaco' 'monaco' 'Monaco'
        'Monako' 'monako' 'monako' 'Monako'
        'Mongolia' 'mongolia' 'mongolia' 'Mongolia'
        'Mongolija' 'mongolija' 'mongolija' 'Mongolija'
        'Montenegro' 'montenegro' 'montenegro' 'Montenegro'
        'Montserrat' 'montserrat' 'montserrat' 'Montserrat'
        'Montserrata' 'montserrata' 'montserrata' 'Montserrata'
        'Morocco' 'morocco' 'morocco' 'Morocco'
        'Mozambika' 'mozambika' 'mozambika' 'Mozambika'
        'Mozambique' 'mozambique' 'mozambique' 'Mozambique'
        'Myanmar' 'myanmar' 'myanmar' 'Myanmar'
        'Namibia' 'namibia' 'namibia' 'Namibia'
        'Namībija' 'namībija' 'namibija' 'Namibija'
        'Nauru' 'nauru' 'nauru' 'Nauru'
        'Nepal' 'nepal' 'nepal' 'Nepal'
        'Nepāla' 'nepāla' 'nepala' 'Nepala'
        'Netherlands' 'netherlands' 'netherlands' 'Netherlands'
        'New Caledonia' 'new caledonia' 'new caledonia' 'New Caledonia'
        'New Zealand' 'new zealand' 'new zealand' 'New Zealand'
        'Nicaragua' 'nicaragua' 'nicaragua' 'Nicaragua'
        'Nīderlande' 'nīderlande' 'niderlande' 'Niderlande'
        'Niger' 'niger' 'niger' 'Niger'
        'Nigēra' 'nigēra' 'nigera' 'Nigera'
        'Nigeria' 'nigeria' 'nigeria' 'Nigeria'
        'Nigērija' 'nigērija' 'nigerija' 'Nigerija'
        'Nikaragva' 'nikaragva' 'nikaragva' 'Nikaragva'
        'Niue' 'niue' 'niue' 'Niue'
        'Norfolk Island' 'norfolk island' 'norfolk island' 'Norfolk Island'
        'Norfolkas sala' 'norfolkas sala' 'norfolkas sala' 'Norfolkas sala'
        'North Korea' 'north korea' 'north korea' 'North Korea'
        'North Macedonia' 'north macedonia' 'north macedonia' 'North Macedonia'
        'Northern Mariana Islands' 'northern mariana islands' 'northern mariana islands' 'Northern Mariana Islands'
        'Norvēģija' 'norvēģija' 'norvegija' 'Norvegija'
        'Norway' 'norway' 'norway' 'Norway'
        'Oman' 'oman' 'oman' 'Oman'
        'Omāna' 'omāna' 'omana' 'Omana'
        'Pakistan' 'pakistan' 'pakistan' 'Pakistan'
        'Pakistāna' 'pakistāna' 'pakistana' 'Pakistana'
        'Palau' 'palau' 'palau' 'Palau'
        'Palestīna' 'palestīna' 'palestina' 'Palestina'
        'Palestine' 'palestine' 'palestine' 'Palestine'
        'Panama' 'panama' 'panama' 'Panama'
        'Papua-Jaungvineja' 'papua-jaungvineja' 'papua jaungvineja' 'Papua-Jaungvineja'
        'Papua New Guinea' 'papua new guinea' 'papua new guinea' 'Papua New Guinea'
        'Paraguay' 'paraguay' 'paraguay' 'Paraguay'
        'Paragvaja' 'paragvaja' 'paragvaja' 'Paragvaja'
        'Peru' 'peru' 'peru' 'Peru'
        'Philippines' 'philippines' 'philippines' 'Philippines'
        'Pitcairn Islands' 'pitcairn islands' 'pitcairn islands' 'Pitcairn Islands'
        'Pitkērnas salas' 'pitkērnas salas' 'pitkernas salas' 'Pitkernas salas'
        'Poland' 'poland' 'poland' 'Poland'
        'Polija' 'polija' 'polija' 'Polija'
        'Portugal' 'portugal' 'portugal' 'Portugal'
        'Portugāle' 'portugāle' 'portugale' 'Portugale'
        'Puerto Rico' 'puerto rico' 'puerto rico' 'Puerto Rico'
        'Puertoriko' 'puertoriko' 'puertoriko' 'Puertoriko'
        'Qatar' 'qatar' 'qatar' 'Qatar'
        'Reinjona' 'reinjona' 'reinjona' 'Reinjona'
        'Republic of the Congo' 'republic of the congo' 'republic of the congo' 'Republic of the Congo'
        'Réunion' 'réunion' 'reunion' 'Reunion'
        'Rietumsahāra' 'rietumsahāra' 'rietumsahara' 'Rietumsahara'
        'Romania' 'romania' 'romania' 'Romania'
        'Ruanda' 'ruanda' 'ruanda' 'Ruanda'
        'Rumānija' 'rumānija' 'rumanija' 'Rumanija'
        'Russia' 'russia' 'russia' 'Russia'
        'Rwanda' 'rwanda' 'rwanda' 'Rwanda'
        'Saint Barthélemy' 'saint barthélemy' 'saint barthelemy' 'Saint Barthelemy'
        'Saint Helena, Ascension and Tristan da Cunha' 'saint helena, ascension and tristan da cunha' 'saint helena ascension and tristan da cunha' 'Saint Helena, Ascension and Tristan da Cunha'
        'Saint Kitts and Nevis' 'saint kitts and nevis' 'saint kitts and nevis' 'Saint Kitts and Nevis'
        'Saint Lucia' 'saint lucia' 'saint lucia' 'Saint Lucia'
        'Saint Martin' 'saint martin' 'saint martin' 'Saint Martin'
        'Saint Pierre and Miquelon' 'saint pierre and miquelon' 'saint pierre and miquelon' 'Saint Pierre and Miquelon'
        'Saint Vincent and the Grenadines' 'saint vincent and the grenadines' 'saint vincent and the grenadines' 'Saint Vincent and the Grenadines'
        'Salvadora' 'salvadora' 'salvadora' 'Salvadora'
        'Samoa' 'samoa' 'samoa' 'Samoa'
        'San Marino' 'san marino' 'san marino' 'San Marino'
        'Sanmarīno' 'sanmarīno' 'sanmarino' 'Sanmarino'
        'Santome un Prinsipi' 'santome un prinsipi' 'santome un prinsipi' 'Santome un Prinsipi'
        'Sao Tome and Principe' 'sao tome and principe' 'sao tome and principe' 'Sao Tome and Principe'
        'Saūda Arābija' 'saūda arābija' 'sauda arabija' 'Sauda Arabija'
        'Saudi Arabia' 'saudi arabia' 'saudi arabia' 'Saudi Arabia'
        'Seišelu salas' 'seišelu salas' 'seiselu salas' 'Seiselu salas'
        'Senbartelmī' 'senbartelmī' 'senbartelmi' 'Senbartelmi'
        'Senegal' 'senegal' 'senegal' 'Senegal'
        'Senegāla' 'senegāla' 'senegala' 'Senegala'
        'Senmartēna' 'senmartēna' 'senmartena' 'Senmartena'
        'Senpjēra un Mikelona' 'senpjēra un mikelona' 'senpjera un mikelona' 'Senpjera un Mikelona'
        'Sentkitsa un Nevisa' 'sentkitsa un nevisa' 'sentkitsa un nevisa' 'Sentkitsa un Nevisa'
        'Sentlūsija' 'sentlūsija' 'sentlusija' 'Sentlusija'
        'Sentvinsenta un Grenadīnas' 'sentvinsenta un grenadīnas' 'sentvinsenta un grenadinas' 'Sentvinsenta un Grenadinas'
        'Serbia' 'serbia' 'serbia' 'Serbia'
        'Serbija' 'serbija' 'serbija' 'Serbija'
        'Seychelles' 'seychelles' 'seychelles' 'Seychelles'
        'Sierra Leone' 'sierra leone' 'sierra leone' 'Sierra Leone'
        'Singapore' 'singapore' 'singapore' 'Singapore'
        'Singapūra' 'singapūra' 'singapura' 'Singapura'
        'Sint Maarten' 'sint maarten' 'sint maarten' 'Sint Maarten'
        'Sintmārtena' 'sintmārtena' 'sintmartena' 'Sintmartena'
        'Sīrija' 'sīrija' 'sirija' 'Sirija'
        'Sjerraleone' 'sjerraleone' 'sjerraleone' 'Sjerraleone'
        'Slovakia' 'slovakia' 'slovakia' 'Slovakia'
        'Slovākija' 'slovākija' 'slovakija' 'Slovakija'
        'Slovenia' 'slovenia' 'slovenia' 'Slovenia'
        'Slovēnija' 'slovēnija' 'slovenija' 'Slovenija'
        'Solomon Islands' 'solomon islands' 'solomon islands' 'Solomon Islands'
        'Somalia' 'somalia' 'somalia' 'Somalia'
        'Somālija' 'somālija' 'somalija' 'Somalija'
        'Somija' 'somija' 'somija' 'Somija'
        'South Africa' 'south africa' 'south africa' 'South Africa'
        'South Georgia and the South Sandwich Islands' 'south georgia and the south sandwich islands' 'south georgia and the south sandwich islands' 'South Georgia and the South Sandwich Islands'
        'South Korea' 'south korea' 'south korea' 'South Korea'
        'South Sudan' 'south sudan' 'south sudan' 'South Sudan'
        'Spain' 'spain' 'spain' 'Spain'
        'Spānija' 'spānija' 'spanija' 'Spanija'
        'Sri Lanka' 'sri lanka' 'sri lanka' 'Sri Lanka'
        'Šrilanka' 'šrilanka' 'srilanka' 'Srilanka'
        'Sudan' 'sudan' 'sudan' 'Sudan'
        'Sudāna' 'sudāna' 'sudana' 'Sudana'
        'Surinama' 'surinama' 'surinama' 'Surinama'
        'Suriname' 'suriname' 'suriname' 'Suriname'
        'Svalbāra un Jana Majena sala' 'svalbāra un jana majena sala' 'svalbara un jana majena sala' 'Svalbara un Jana Majena sala'
        'Svalbard and Jan Mayen' 'svalbard and jan mayen' 'svalbard and jan mayen' 'Svalbard and Jan Mayen'
        'Šveice' 'šveice' 'sveice' 'Sveice'
        'Svētās Helēnas sala' 'svētās helēnas sala' 'svetas helenas sala' 'Svetas Helenas sala'
        'Sweden' 'sweden' 'sweden' 'Sweden'
        'Switzerland' 'switzerland' 'switzerland' 'Switzerland'
        'Syria' 'syria' 'syria' 'Syria'
        'Tadžikistāna' 'tadžikistāna' 'tadzikistana' 'Tadzikistana'
        'Taivāna' 'taivāna' 'taivana' 'Taivana'
        'Taiwan' 'taiwan' 'taiwan' 'Taiwan'
        'Taizeme' 'taizeme' 'taizeme' 'Taizeme'
        'Tajikistan' 'tajikistan' 'tajikistan' 'Tajikistan'
        'Tanzania' 'tanzania' 'tanzania' 'Tanzania'
        'Tanzānija' 'tanzānija' 'tanzanija' 'Tanzanija'
        'Tērksas un Kaikosas salas' 'tērksas un kaikosas salas' 'terksas un kaikosas salas' 'Terksas un Kaikosas salas'
        'Thailand' 'thailand' 'thailand' 'Thailand'
        'Timor-Leste' 'timor-leste' 'timor leste' 'Timor-Leste'
        'Togo' 'togo' 'togo' 'Togo'
        'Tokelau' 'tokelau' 'tokelau' 'Tokelau'
        'Tonga' 'tonga' 'tonga' 'Tonga'
        'Trinidad and Tobago' 'trinidad and tobago' 'trinidad and tobago' 'Trinidad and Tobago'
        'Trinidāda un Tobāgo' 'trinidāda un tobāgo' 'trinidada un tobago' 'Trinidada un Tobago'
        'Tunisia' 'tunisia' 'tunisia' 'Tunisia'
        'Tunisija' 'tunisija' 'tunisija' 'Tunisija'
        'Turcija' 'turcija' 'turcija' 'Turcija'
        'Türkiye' 'türkiye' 'turkiye' 'Turkiye'
        'Turkmenistan' 'turkmenistan' 'turkmenistan' 'Turkmenistan'
        'Turkmenistāna' 'turkmenistāna' 'turkmenistana' 'Turkmenistana'
        'Turks and Caicos Islands' 'turks and caicos islands' 'turks and caicos islands' 'Turks and Caicos Islands'
        'Tuvalu' 'tuvalu' 'tuvalu' 'Tuvalu'
        'U.S. Virgin Islands' 'u.s. virgin islands' 'u s virgin islands' 'U.S. Virgin Islands'
        'Uganda' 'uganda' 'uganda' 'Uganda'
        'Ukraina' 'ukraina' 'ukraina' 'Ukraina'
        'Ukraine' 'ukraine' 'ukraine' 'Ukraine'
        'Ungārija' 'ungārija' 'ungarija' 'Ungarija'
        'United Arab Emirates' 'united arab emirates' 'united arab emirates' 'United Arab Emirates'
        'United Kingdom' 'united kingdom' 'united kingdom' 'United Kingdom'
        'United States' 'united states' 'united states' 'United States'
        'United States Minor Outlying Islands' 'united states minor outlying islands' 'united states minor outlying islands' 'United States Minor Outlying Islands'
        'Uruguay' 'uruguay' 'uruguay' 'Uruguay'
        'Urugvaja' 'urugvaja' 'urugvaja' 'Urugvaja'
        'Uzbekistan' 'uzbekistan' 'uzbekistan' 'Uzbekistan'
        'Uzbekistāna' 'uzbekistāna' 'uzbekistana' 'Uzbekistana'
        'Vācija' 'vācija' 'vacija' 'Vacija'
        'Vanuatu' 'vanuatu' 'vanuatu' 'Vanuatu'
        'Vatican City' 'vatican city' 'vatican city' 'Vatican City'
        'Vatikāns' 'vatikāns' 'vatikans' 'Vatikans'
        'Venecuēla' 'venecuēla' 'venecuela' 'Venecuela'
        'Venezuela' 'venezuela' 'venezuela' 'Venezuela'
        'Vietnam' 'vietnam' 'vietnam' 'Vietnam'
        'Vjetnama' 'vjetnama' 'vjetnama' 'Vjetnama'
        'Volisa un Futuna' 'volisa un futuna' 'volisa un futuna' 'Volisa un Futuna'
        'Wallis and Futuna' 'wallis and futuna' 'wallis and futuna' 'Wallis and Futuna'
        'Western Sahara' 'western sahara' 'western sahara' 'Western Sahara'
        'Yemen' 'yemen' 'yemen' 'Yemen'
        'Zālamana salas' 'zālamana salas' 'zalamana salas' 'Zalamana salas'
        'Zambia' 'zambia' 'zambia' 'Zambia'
        'Zambija' 'zambija' 'zambija' 'Zambija'
        'Ziemeļkoreja' 'ziemeļkoreja' 'ziemelkoreja' 'Ziemelkoreja'
        'Ziemeļmaķedonija' 'ziemeļmaķedonija' 'ziemelmakedonija' 'Ziemelmakedonija'
        'Ziemeļu Marianas salas' 'ziemeļu marianas salas' 'ziemelu marianas salas' 'Ziemelu Marianas salas'
        'Ziemsvētku sala' 'ziemsvētku sala' 'ziemsvetku sala' 'Ziemsvetku sala'
        'Zimbabve' 'zimbabve' 'zimbabve' 'Zimbabve'
        'Zimbabwe' 'zimbabwe' 'zimbabwe' 'Zimbabwe'
        'Zviedrija' 'zviedrija' 'zviedrija' 'Zviedrija'
    )
}

_attache__city_names() {
    names=(
        'Ankara' 'ankara' 'ankara' 'Ankara'
        'Berlin' 'berlin' 'berlin' 'Berlin'
        'Berlīne' 'berlīne' 'berline' 'Berline'
        'Kijiva' 'kijiva' 'kijiva' 'Kijiva'
        'Kyiv' 'kyiv' 'kyiv' 'Kyiv'
        'London' 'london' 'london' 'London'
        'Londona' 'londona' 'londona' 'Londona'
        'Madrid' 'madrid' 'madrid' 'Madrid'
        'Madride' 'madride' 'madride' 'Madride'
        'Otava' 'otava' 'otava' 'Otava'
        'Ottawa' 'ottawa' 'ottawa' 'Ottawa'
        'Riga' 'riga' 'riga' 'Riga'
        'Rīga' 'rīga' 'riga' 'Riga'
        'Stockholm' 'stockholm' 'stockholm' 'Stockholm'
        'Stokholma' 'stokholma' 'stokholma' 'Stokholma'
        'Tallina' 'tallina' 'tallina' 'Tallina'
        'Tallinn' 'tallinn' 'tallinn' 'Tallinn'
        'Varšava' 'varšava' 'varsava' 'Varsava'
        'Vašingtona' 'vašingtona' 'vasingtona' 'Vasingtona'
        'Viļņa' 'viļņa' 'vilna' 'Vilna'
        'Vilnius' 'vilnius' 'vilnius' 'Vilnius'
        'Warsaw' 'warsaw' 'warsaw' 'Warsaw'
        'Washington' 'washington' 'washington' 'Washington'
    )
}

# What a typed word says, into REPLY: backslashes and quotes taken away, nothing evaluated.
_attache__unquote() {
    local word=$1 char i
    REPLY=
    for (( i = 0; i < ${#word}; i++ )); do
        char=${word:i:1}
        case $char in
            \\) (( i++ )); REPLY+=${word:i:1} ;;
            \'|\") ;;
            *) REPLY+=$char ;;
        esac
    done
}

# A name as the line must hold it, into REPLY, inside the quote its word was begun with
# ($2: ' or " or nothing). The closing quote is added; readline adds no second one.
_attache__quote() {
    local name=$1 char i
    REPLY=
    for (( i = 0; i < ${#name}; i++ )); do
        char=${name:i:1}
        case $2 in
            \')
                [[ $char == \' ]] && char=\'\\\'\' ;;
            \")
                case $char in
                    [\$\`\"\\]) char=\\$char ;;
                    !) char=\"\\!\" ;;
                esac ;;
            *)
                case $char in
                    [[:space:]\'\"\\\$\`\&\;\|\<\>\(\)\{\}\*\?\~\#\!\^] | \[ | \]) char=\\$char ;;
                esac ;;
        esac
        REPLY+=$char
    done
    REPLY+=$2
}

_attache__complete() {
    local cword=$COMP_CWORD cmd= kind= quote= word prev want text i j REPLY
    local -a before=() names=() found=() alt=()
    # The command, and the words of a name before the one being completed.
    for (( i = 1; i < cword; i++ )); do
        word=${COMP_WORDS[i]}
        case $word in
            --city | --color | --country | --data | --date | --format | --into | --lang | --limit | --only | --table | --url | -f | -l | -n)
                # Its value, also as `--lang=lv` (three words here).
                [[ ${COMP_WORDS[i+1]} == = ]] && (( i++ ))
                (( i++ )) ;;
            -*) ;;
            *)
                if [[ -z $cmd ]]; then
                    cmd=$word
                else
                    _attache__unquote "$word"
                    before+=("$REPLY")
                fi ;;
        esac
    done
    prev=${COMP_WORDS[cword-1]}
    [[ $prev == = && $cword -gt 1 ]] && prev=${COMP_WORDS[cword-2]}
    case $cmd,$prev in
        graph,--country) kind=country before=() ;;
        non-resident,--city) kind=city before=() ;;
        country,* | city,*)
            case $prev in
                --city | --color | --country | --data | --date | --format | --into | --lang | --limit | --only | --table | --url | -f | -l | -n) ;;
                *) [[ $2 == -* ]] || kind=$cmd ;;
            esac ;;
    esac
    if [[ -z $kind ]]; then
        _attache "$@"
        return
    fi
    # A name, never a file.
    compopt +o default +o bashdefault 2>/dev/null
    # Inside a quote readline completes the text after it ($2); the name must stay inside it.
    word=${COMP_WORDS[cword]}
    case ${word:0:1} in
        \' | \") [[ ${2:0:1} == "${word:0:1}" ]] || quote=${word:0:1} ;;
    esac
    _attache__unquote "$2"
    want=${REPLY,,}
    if (( ${#before[@]} )); then
        want="${before[*],,} $want"
    fi
    "_attache__${kind}_names"
    for (( i = 0; i < ${#names[@]}; i += 4 )); do
        [[ ${names[i+1]} == "$want"* || ${names[i+2]} == "$want"* ]] || continue
        found+=("${names[i]}")
        if [[ ${names[i+1]} == "$want"* ]]; then
            alt+=("${names[i]}")
        else
            alt+=("${names[i+3]}")
        fi
    done
    # Several: readline inserts their common beginning, which a name matched only without its
    # diacritics would cut short of what was typed; its spelling without them does not.
    (( ${#found[@]} > 1 )) && found=("${alt[@]}")
    COMPREPLY=()
    for text in "${found[@]}"; do
        # A name typed word by word: complete the current word, and those after it.
        for (( j = 0; j < ${#before[@]}; j++ )); do
            [[ $text == *' '* ]] || continue 2
            text=${text#* }
        done
        _attache__quote "$text" "$quote"
        COMPREPLY+=("$REPLY")
    done
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _attache__complete -o nosort -o bashdefault -o default attache
else
    complete -F _attache__complete -o bashdefault -o default attache
fi
