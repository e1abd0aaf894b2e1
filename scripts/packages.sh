#!/usr/bin/env bash
# Reads scripts/packages.txt (the one list of Debian packages, shared by
# scripts/setup.sh and .ci/run) and prints the packages whose commands or
# Python modules are missing here, one a line.
#
#   scripts/packages.sh --missing    the packages to install
#   scripts/packages.sh --all        every package of the list
set -euo pipefail
list="${0%/*}/packages.txt"

provided() {
  local word=$1
  case $word in
    python3:*) /usr/bin/python3 -c "import ${word#python3:}" >/dev/null 2>&1 ;;
    *) command -v "$word" >/dev/null 2>&1 ;;
  esac
}

mode=${1:---missing}
while read -r pkg words; do
  case $pkg in '' | '#'*) continue ;; esac
  if [ "$mode" = --all ]; then echo "$pkg"; continue; fi
  for word in $words; do
    if ! provided "$word"; then echo "$pkg"; break; fi
  done
done <"$list"
