// SPDX-License-Identifier: EPL-2.0
/**
 * The headless commands. Their applications ({@code org.rapport.cli.check}, {@code .audit},
 * {@code .generate}, {@code .extensions}, {@code .export}, {@code .deidentify} and the lab's, in
 * {@code internal}) are started by {@code rapport check}, {@code audit}, {@code generate},
 * {@code extensions}, {@code export}, {@code deidentify} and so on; {@code rapport export} and
 * {@code rapport deidentify <casebook>} open the casebook with its lock, to audit what they wrote. {@link org.rapport.cli.CasebookGenerator}
 * makes large realistic casebooks for tests and benchmarks. Check, export and de-identification themselves are in
 * {@code org.rapport.operations}; no UI bundle requires this one.
 */
package org.rapport.cli;
