# bash completion for upgradectl: its commands and options (read from
# `upgradectl --help`, so they follow the program), their words, and the names
# of the saved deployment profiles (from the profile store both
# upgradectl and upgrade-console use).

# The saved profiles' names, one a line: QSettings writes them as N\name=NAME
# in the [profiles] section of profiles.conf (quoted when they need it).
_upgradectl_profiles()
{
    local store="${XDG_CONFIG_HOME:-$HOME/.config}/InfinityUpgradeConsole/profiles.conf"
    [[ -r $store ]] || return 0
    awk '/^\[/ { inside = ($0 == "[profiles]") }
         inside && /^[0-9]+\\name=/ { sub(/^[0-9]+\\name=/, ""); sub(/^"/, ""); sub(/"$/, ""); print }' "$store"
}

# COMPREPLY: the profile names that start with $cur, spaces escaped for the
# command line ("NOC wall" becomes NOC\ wall).
_upgradectl_complete_profiles()
{
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$(_upgradectl_profiles)" -- "$cur"))
    COMPREPLY=("${COMPREPLY[@]// /\\ }")
}

_upgradectl()
{
    local cur prev words cword
    _init_completion || return

    # The commands as `upgradectl --help` lists them (in English: the
    # words are the same in every language, the heading is not).
    local commands
    commands=$(LC_ALL=C.UTF-8 LANGUAGE= "$1" --help 2>/dev/null |
        awk '/^Commands:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }')

    case $prev in
        --profile)
            _upgradectl_complete_profiles
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W "nb de en" -- "$cur"))
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "csv html" -- "$cur"))
            return
            ;;
        --password-env)
            COMPREPLY=($(compgen -e -- "$cur"))
            return
            ;;
        --ca | --output | -o)
            _filedir
            return
            ;;
        --save)
            _filedir -d
            return
            ;;
        --url | --user | --pin | --to | --from | --interval)
            return
            ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W '$(LC_ALL=C.UTF-8 LANGUAGE= _parse_help "$1")' -- "$cur"))
        return
    fi

    # The command is the first word that is neither an option nor an
    # option's value.
    local i command="" after=()
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --url | --user | --password-env | --profile | --pin | --ca | --to | --from | --format | --output | -o | --interval | --lang | --save)
                ((i++))
                ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                else
                    after+=("${words[i]}")
                fi
                ;;
        esac
    done

    case $command in
        "")
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            ;;
        profile)
            if ((${#after[@]} == 0)); then
                COMPREPLY=($(compgen -W "list save remove" -- "$cur"))
            elif [[ ${after[0]} == remove || ${after[0]} == save ]] && ((${#after[@]} == 1)); then
                _upgradectl_complete_profiles
            fi
            ;;
        reboot)
            ((${#after[@]} == 0)) && COMPREPLY=($(compgen -W "management" -- "$cur"))
            ;;
        inspect | upgrade | upgrade-path)
            _filedir
            ;;
    esac
} &&
    complete -F _upgradectl upgradectl

# ex: filetype=sh
