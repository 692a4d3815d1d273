// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.deidentify.Change;
import org.rapport.deidentify.Deidentifier;
import org.rapport.deidentify.TextScrubber;
import org.rapport.ui.AccessibleName;
import org.rapport.ui.Tables;
import org.rapport.ui.TitledDialog;

/**
 * Every change the export would make, for the user to read before anything is written: each text
 * with its replacements highlighted and the capitalised words it keeps underlined (where a missed
 * name would be), those words listed, and the table of all changes. Export stays disabled until
 * the user says they have read them.
 */
final class ExportPreview extends TitledDialog {

  private final Deidentifier.Result result;
  private final String scope;
  private final List<String> unreadable;
  private Button read;

  ExportPreview(Shell shell, Deidentifier.Result result, String scope, List<String> unreadable) {
    super(shell, ExportHandler.TITLE);
    this.result = result;
    this.scope = scope;
    this.unreadable = unreadable;
  }

  @Override
  protected void fill(Composite area) {
    Set<String> kept = new LinkedHashSet<>();
    result.texts().forEach(text -> kept.addAll(text.keptCapitalised()));
    Label summary = new Label(area, SWT.WRAP);
    summary.setText(result.copies().size() + " documents of " + scope + ", " + result.changes().size()
        + " changes. Read them before exporting: the rules and the word lists find most identifiers, not every one."
        + (unreadable.isEmpty() ? "" : "\nNot exported (unreadable): " + String.join(", ", unreadable)));
    GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
    wide.widthHint = 900;
    summary.setLayoutData(wide);

    SashForm texts = new SashForm(area, SWT.HORIZONTAL);
    GridData textsData = new GridData(SWT.FILL, SWT.FILL, true, true);
    textsData.heightHint = 260;
    texts.setLayoutData(textsData);
    org.eclipse.swt.widgets.List fields = new org.eclipse.swt.widgets.List(texts, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
    result.texts().forEach(text -> fields.add(text.documentId() + " \u00b7 " + text.field()));
    AccessibleName.set(fields, "Texts of the export");
    StyledText shown = new StyledText(texts, SWT.BORDER | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
    AccessibleName.set(shown, "The text as it is, its replacements highlighted");
    texts.setWeights(1, 2);
    fields.addListener(SWT.Selection, event -> show(shown, fields.getSelectionIndex()));
    // first a text with something replaced and a capitalised word kept: both are what the user must check
    int first = result.texts().indexOf(result.texts().stream().filter(text -> text.scrub().changed() && !text.keptCapitalised().isEmpty())
        .findFirst().or(() -> result.texts().stream().filter(text -> text.scrub().changed()).findFirst())
        .orElse(result.texts().isEmpty() ? null : result.texts().get(0)));
    if (first >= 0) {
      fields.select(first);
      fields.showSelection();
      show(shown, first);
    }

    Label keptLabel = new Label(area, SWT.WRAP);
    keptLabel.setText(kept.isEmpty() ? "No capitalised word was kept."
        : "Capitalised words kept (underlined above; a name the rules missed would be among them): " + String.join(", ", kept));
    GridData keptData = new GridData(SWT.FILL, SWT.TOP, true, false);
    keptData.widthHint = 900;
    keptLabel.setLayoutData(keptData);

    TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
    table.getTable().setHeaderVisible(true);
    table.getTable().setLinesVisible(true);
    GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
    data.heightHint = 180;
    table.getTable().setLayoutData(data);
    Tables.column(table, "Document", 170, Change.class, change -> String.valueOf(change.documentId()));
    Tables.column(table, "Field", 150, Change.class, Change::field);
    Tables.column(table, "Kind", 90, Change.class, change -> String.valueOf(change.kind()).toLowerCase(Locale.ROOT));
    Tables.column(table, "Before", 220, Change.class, change -> String.valueOf(change.before()));
    Tables.column(table, "After", 220, Change.class, change -> String.valueOf(change.after()));
    table.setContentProvider(ArrayContentProvider.getInstance());
    table.setInput(result.changes());

    read = new Button(area, SWT.CHECK);
    read.setText(ExportHandler.READ_LABEL);
    read.addListener(SWT.Selection, event -> getButton(IDialogConstants.OK_ID).setEnabled(read.getSelection()));
  }

  /** The original of text {@code index}: replacements on a yellow ground, kept capitalised words underlined in red. */
  private void show(StyledText shown, int index) {
    if (index < 0 || index >= result.texts().size()) {
      return;
    }
    Deidentifier.ReviewedText text = result.texts().get(index);
    String original = text.scrub().original();
    shown.setText(original);
    List<StyleRange> ranges = new ArrayList<>();
    for (TextScrubber.Replacement replacement : text.scrub().replacements()) {
      StyleRange range = new StyleRange(replacement.start(), replacement.end() - replacement.start(),
          shown.getDisplay().getSystemColor(SWT.COLOR_BLACK), shown.getDisplay().getSystemColor(SWT.COLOR_YELLOW), SWT.BOLD);
      ranges.add(range);
    }
    for (String word : text.keptCapitalised()) {
      for (int at = original.indexOf(word); at >= 0; at = original.indexOf(word, at + word.length())) {
        int start = at;
        boolean inside = text.scrub().replacements().stream().anyMatch(r -> r.start() < start + word.length() && r.end() > start);
        boolean whole = (at == 0 || !Character.isLetterOrDigit(original.charAt(at - 1)))
            && (at + word.length() == original.length() || !Character.isLetterOrDigit(original.charAt(at + word.length())));
        if (!inside && whole) {
          StyleRange range = new StyleRange();
          range.start = at;
          range.length = word.length();
          range.underline = true;
          range.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
          range.underlineColor = shown.getDisplay().getSystemColor(SWT.COLOR_RED);
          ranges.add(range);
        }
      }
    }
    ranges.sort(Comparator.comparingInt(range -> range.start));
    shown.setStyleRanges(ranges.toArray(StyleRange[]::new));
    shown.setToolTipText(String.join("\n", text.scrub().replacements().stream()
        .map(r -> r.kind().name().toLowerCase(Locale.ROOT) + ": \"" + r.original() + "\" \u2192 " + r.replacement()).toList()));
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, "&Export\u2026", true).setEnabled(false);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
  }
}
