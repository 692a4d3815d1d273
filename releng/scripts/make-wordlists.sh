#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Writes the English word lists the de-identification scrubber judges words by, from Debian's
# wamerican and wbritish (SCOWL, a permissive licence; its notice is in data/SCOWL-LICENSE.txt):
#   english-words.txt        every entry that starts with a lower-case letter: ordinary words
#   english-proper-nouns.txt every entry that starts with a capital and goes on in lower case:
#                            given names, surnames, places, brands
# Possessive forms are folded into their word. Run again after a word list update and commit both.
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/setup.sh
rapport_need_packages wamerican wbritish
out=bundles/org.rapport.deidentify/data
lists="/usr/share/dict/american-english /usr/share/dict/british-english"
# shellcheck disable=SC2086 # two files on purpose
cat $lists | sed "s/'s\$//" | grep -E "^[a-z][a-z'-]*\$" | LC_ALL=C sort -u >"$out/english-words.txt"
# shellcheck disable=SC2086
cat $lists | sed "s/'s\$//" | grep -E '^[A-Z][a-z]' | grep -vE '[0-9]' | LC_ALL=C sort -u >"$out/english-proper-nouns.txt"
wc -l "$out"/english-*.txt
{
  echo "The word lists english-words.txt and english-proper-nouns.txt in this folder are derived from"
  echo "Debian's wamerican and wbritish packages (SCOWL) by releng/scripts/make-wordlists.sh. Their"
  echo "copyright and permission notices, as Debian ships them, follow."
  echo
  cat /usr/share/doc/wamerican/copyright
} >"$out/SCOWL-LICENSE.txt"
