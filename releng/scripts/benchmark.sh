#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Prints Rapport's performance table (BUILDING.md, "Benchmark"): the store on generated casebooks
# of 1,000 and 10,000 sessions (plain and encrypted, rapport check among them), then start-up and
# opening editors in the installed product beside a minimal e4 product and a plain SWT shell, and lab sync through a git daemon on 127.0.0.1 (one casebook, then a simulated
# lab of 30 casebooks and 5 supervisors). Builds the product first when its archive is missing
# (tests skipped), and runs under Xvfb when there is no X display. Not part of the test run.
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/setup.sh
rapport_need_packages libgtk-3-0 git
rapport_pick_jdk

archive=releng/org.rapport.product/target/products/rapport-linux.gtk.x86_64.tar.gz
if [ ! -f "$archive" ] || [ -n "$(find bundles -newer "$archive" -name '*.java' -print -quit)" ]; then
  echo "benchmark: building the product archive"
  ./mvnw -B -q verify -DskipTests
fi
run=(./mvnw -B -q -f releng/org.rapport.benchmark/pom.xml compile exec:java)
if [ -n "${DISPLAY:-}" ]; then
  "${run[@]}"
else
  rapport_need_packages xvfb xauth
  xvfb-run -a -s "-screen 0 1280x1024x24" "${run[@]}"
fi
