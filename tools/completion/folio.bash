# bash completion for folio (installed as share/bash-completion/completions/folio).
_folio() {
  local cur prev command
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  command=${COMP_WORDS[1]}
  if ((COMP_CWORD == 1)); then
    mapfile -t COMPREPLY < <(compgen -W "export check new --help --version" -- "$cur")
    return
  fi
  case $prev in
    -o|--output|--styles|--fonts)
      mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    --edition)
      mapfile -t COMPREPLY < <(compgen -W "brochure large-print ebook screen-reader web braille braille-text" -- "${cur##*,}")
      [[ $cur == *,* ]] && COMPREPLY=("${COMPREPLY[@]/#/${cur%,*},}")
      return ;;
    --format)
      mapfile -t COMPREPLY < <(compgen -W "text json sarif" -- "$cur"); return ;;
    --fail-on)
      mapfile -t COMPREPLY < <(compgen -W "error warning note" -- "$cur"); return ;;
    --lang|-j|--jobs|--shard|--max-grade|--min-inflesz|--min-fernandez-huerta|--max-sentence-words|--max-alt-characters)
      return ;;
  esac
  if [[ $cur == -* ]]; then
    local options="--styles --fonts --help"
    [[ $command == export ]] && options="-o --output --lang --edition -j --jobs --shard -q --quiet $options"
    [[ $command == new ]] && options="--lang $options"
    [[ $command == check ]] && options="--report --format --fail-on --max-grade --min-inflesz --min-fernandez-huerta --max-sentence-words --max-alt-characters $options"
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    return
  fi
  # Document folders and content files.
  mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.xml' -- "$cur")
}
complete -o filenames -F _folio folio
