#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Makes the Java runtime bundled with the Linux product: jlink cuts a JDK down to the modules that
# Equinox, SWT, e4, EMF and Rapport use. Temurin 25 can link from its own run-time image (no jmods/).
# No --compress: the archives are gzipped anyway, and an uncompressed image gzips far better.
# java.rmi and java.security.jgss are there for Apache MINA sshd (ssh:// labs), whose bundle imports
# java.rmi and org.ietf.jgss and would not resolve without them.
# jdk.localedata, cut to English and German, gives dates and numbers in the user's language: without
# it Java knows only English month names ("10 Feb 2026" for a German user, not "10 Feb. 2026").
# usage: make-runtime.sh <jdk-home> <output-folder>
set -euo pipefail
jdk=${1:?jdk home}; out=${2:?output folder}
modules=java.base,java.xml,java.logging,java.management,java.naming,java.desktop,java.sql,jdk.unsupported,jdk.xml.dom,jdk.zipfs,jdk.crypto.ec,jdk.charsets,java.rmi,java.security.jgss,jdk.localedata
rm -rf "$out"
"$jdk/bin/jlink" --add-modules "$modules" --output "$out" \
  --include-locales=en,de --strip-debug --no-header-files --no-man-pages
echo "jlink runtime: $(du -sh "$out" | cut -f1) in $out"
