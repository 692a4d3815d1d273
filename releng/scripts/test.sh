#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Runs every test of Rapport Workbench on a fresh Debian machine:
#  1. the generated EMF code matches what the .genmodel files produce;
#  2. the Tycho build: plain and plug-in JUnit 5 tests in OSGi, UI tests on the real workbench;
#  3. the product smoke test (part of ./mvnw verify): the Linux archive starts on its own runtime;
#  4. the extension API against its baseline (part of verify) and its Import-Package ranges;
#  5. an offline update of the built product to a next build of the same tree, and back.
# The lab sync tests start Debian's git daemon, lighttpd (git http-backend) and OpenSSH server on 127.0.0.1 themselves.
# UI tests need an X display: an Xvfb server is used (installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/setup.sh
rapport_need_packages xvfb xauth libgtk-3-0 xdotool imagemagick openssl git lighttpd openssh-server
rapport_pick_jdk

started=$(date +%s)
echo "== generated EMF code"
./mvnw -B -q -f releng/org.rapport.codegen/pom.xml compile exec:java
echo "== build, tests and product smoke test"
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify "$@"
echo "== offline update of the built product to a next build and back"
product=releng/org.rapport.product/target
xvfb-run -a -s "-screen 0 1280x1024x24" releng/scripts/update-e2e.sh "$product/products/rapport-linux.gtk.x86_64.tar.gz" \
  "$(ls "$product"/rapport-repository-*.zip | head -n 1)" \
  "$(ls releng/org.rapport.institution.example.repository/target/northbridge-extension-*.zip | head -n 1)" "$product/update-e2e"
echo "== version ranges of Import-Package (tycho-baseline check-dependencies)"
problems=$(find bundles -path '*/target/versionProblems.md' | sort)
if [ -n "$problems" ]; then
  for report in $problems; do echo "-- $report"; cat "$report"; done
  echo "an Import-Package range admits a version that lacks what the code uses: raise its lower bound" >&2
  exit 1
fi
echo "== all tests passed in $(( $(date +%s) - started )) s"
