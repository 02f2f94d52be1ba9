# bash completion for folio (installed as share/bash-completion/completions/folio).
_folio() {
  local cur prev command
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  command=${COMP_WORDS[1]}
  if ((COMP_CWORD == 1)); then
    mapfile -t COMPREPLY < <(compgen -W "export check --help --version" -- "$cur")
    return
  fi
  case $prev in
    -o|--output|--styles|--fonts)
      mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    --edition)
      mapfile -t COMPREPLY < <(compgen -W "brochure large-print ebook screen-reader" -- "${cur##*,}")
      [[ $cur == *,* ]] && COMPREPLY=("${COMPREPLY[@]/#/${cur%,*},}")
      return ;;
    --lang|-j|--jobs|--shard)
      return ;;
  esac
  if [[ $cur == -* ]]; then
    local options="--styles --fonts --help"
    [[ $command == export ]] && options="-o --output --lang --edition -j --jobs --shard -q --quiet $options"
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    return
  fi
  # Document folders and content files.
  mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.xml' -- "$cur")
}
complete -o filenames -F _folio folio
