#!/usr/bin/env bash
# The system tools the tests need (scripts/system-deps.txt): the missing ones are installed with
# apt-get when run as root on Debian or Ubuntu; otherwise what is missing is said, and the tests
# that need it skip with that reason (test/helpers.ts, haveTools). Run by `npm test` (pretest) and
# .ci/run. In CI (CI set) a tool that cannot be installed is an error: CI runs every test.
# SARABAN_NO_APT=1 only reports.
set -euo pipefail
cd "$(dirname "$0")/.."

present() {
  case $1 in
    font:*) type -P fc-list >/dev/null && [ -n "$(fc-list "${1#font:}" family)" ] ;;
    *) type -P "$1" >/dev/null ;;
  esac
}

ci() { [[ -n ${CI:-} && ${CI} != false && ${CI} != 0 ]]; }

missing=() packages=()
while read -r name check package _; do
  [[ -z ${name} || ${name} == \#* ]] && continue
  [[ ${name} == chromium && -n ${CHROMIUM_PATH:-} ]] && check=${CHROMIUM_PATH}
  present "${check}" && continue
  missing+=("${name}")
  [[ " ${packages[*]} " == *" ${package} "* ]] || packages+=("${package}")
done < scripts/system-deps.txt
[ ${#missing[@]} -eq 0 ] && exit 0

if [[ $(id -u) == 0 && -z ${SARABAN_NO_APT:-} ]] && type -P apt-get >/dev/null; then
  echo "system-deps: installing ${packages[*]} (for ${missing[*]})" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  exit 0
fi

echo "system-deps: MISSING ${missing[*]} — the tests that need them will be SKIPPED." >&2
echo "system-deps: to run them, as root: apt-get install ${packages[*]}" >&2
if ci; then
  echo "system-deps: CI runs every test: install them first." >&2
  exit 1
fi
