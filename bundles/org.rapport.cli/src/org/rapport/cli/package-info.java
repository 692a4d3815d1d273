// SPDX-License-Identifier: EPL-2.0
/**
 * The headless commands. Their applications ({@code org.rapport.cli.check}, {@code .audit},
 * {@code .generate}, {@code .extensions}, {@code .export}, in {@code internal}) are started by
 * {@code rapport check}, {@code audit}, {@code generate}, {@code extensions} and {@code export};
 * {@code rapport export} opens the casebook with its lock. {@link org.rapport.cli.CasebookGenerator}
 * makes large realistic casebooks for tests and benchmarks. Check and export themselves are in
 * {@code org.rapport.operations}; no UI bundle requires this one.
 */
package org.rapport.cli;
