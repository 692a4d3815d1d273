#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Builds the Rapport product (tests skipped; run test.sh for them), unpacks the Linux archive into
# run/ and starts it with its own start script and bundled Java runtime.
# Arguments are passed to the product. Without an X display it runs under Xvfb and saves a screenshot.
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/setup.sh
rapport_need_packages libgtk-3-0
rapport_pick_jdk

./mvnw -B -q verify -DskipTests
rm -rf run && mkdir -p run
tar -xzf releng/org.rapport.product/target/products/rapport-linux.gtk.x86_64.tar.gz -C run
echo "launch: Rapport is unpacked in run/rapport; starting run/rapport/rapport"
if [ -n "${DISPLAY:-}" ]; then
  exec run/rapport/rapport "$@"
fi
rapport_need_packages xvfb xauth imagemagick
echo "launch: no X display here, so Rapport runs under Xvfb; a screenshot goes to run/screenshot.png after 20 s"
xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
  run/rapport/rapport "$@" & pid=$!
  sleep 20; import -window root run/screenshot.png && echo "launch: screenshot saved to run/screenshot.png"
  wait $pid' rapport "$@"
