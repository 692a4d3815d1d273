// SPDX-License-Identifier: EPL-2.0
/**
 * What every editor bundle builds on; it knows no particular document type's editor.
 * <ul>
 * <li>In the application context: {@link org.rapport.ui.ActiveCasebook} (the open casebook),
 * {@link org.rapport.ui.Catalogues} (the built-in catalogue and the institutions', read on first
 * use; it knows which are built in), {@link org.rapport.ui.ChosenProgramme} (the programme chosen in
 * Preferences: its default goals and clause set), {@link org.rapport.ui.CurrentUser} (the person of
 * the casebook the user works as).</li>
 * <li>Editors: {@link org.rapport.ui.DocumentEditor} (one editing domain and command stack per
 * document, dirty state, save through the store, validation after every change with the
 * institutions' rules, reveal a field), with its helpers: {@link org.rapport.ui.DocumentFields}
 * (fields bound by JFace and EMF data binding, each change one command), {@code DocumentWrites}
 * (save, workflow steps, audit), {@code DiskStamp} (the change-on-disk check), {@code DocumentDomain},
 * {@link org.rapport.ui.Forms} (rows, step buttons, Tab leaving a multi-line field) and
 * {@link org.rapport.ui.ProblemMarkers} (a marker beside each field with a problem),
 * {@link org.rapport.ui.OutlineEditor} (the fallback editor: a tree and fields with problem
 * markers), {@link org.rapport.ui.DocumentParts} (the tags, keys and event topics of the contract
 * between the shell and the editors).</li>
 * <li>Widgets: {@link org.rapport.ui.ListSection} and {@link org.rapport.ui.ListColumn} (a list of a
 * document as a keyboard-driven table), {@link org.rapport.ui.TechniquePicker},
 * {@link org.rapport.ui.TitledDialog}, {@link org.rapport.ui.ScrolledForm} (an editor's scrolling
 * body), {@link org.rapport.ui.PartStacks} (where a part a command shows goes: Audit Trail and
 * Catalogues below, the Lab Desk beside the explorer), {@link org.rapport.ui.Selections} (the session of an explorer selection).</li>
 * </ul>
 */
package org.rapport.ui;
