// SPDX-License-Identifier: EPL-2.0
package org.rapport.catalogue.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.rapport.model.Catalogue;
import org.rapport.model.CatalogueEntry;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.FrameworkStage;
import org.rapport.model.InstrumentItem;
import org.rapport.model.InstrumentStructure;
import org.rapport.model.ReflectionFramework;
import org.rapport.model.Subscale;
import org.rapport.model.Technique;
import org.rapport.ui.Catalogues;

/**
 * Read-only view of every catalogue the editors pick from, built-in and institutions', as the
 * application's {@link Catalogues} has them, so with the licensed wording an institution's extension
 * filled in. A tree of catalogue, kind and entry with a name filter above it; the selected entry's
 * details beside it.
 */
public class CataloguesPart {

  static final String NOT_INSTALLED = "(wording not installed)";
  static final String LICENSED_NOTE = "The wording of this licensed instrument comes only from an institution"
      + " that holds the licence, through its extension; none installed here supplies it.";

  /** One kind of entry within one catalogue: a node of its own so the tree reads catalogue > kind > entry. */
  record Group(Catalogue catalogue, String label, List<? extends CatalogueEntry> entries) {
  }

  private Catalogues catalogues;
  private Text filter;
  private TreeViewer tree;
  private Text details;

  /** {@code catalogues} is missing only when the workbench started without a casebook store. */
  @PostConstruct
  public void create(Composite parent, @Optional Catalogues catalogues) {
    this.catalogues = catalogues;
    parent.setLayout(new GridLayout(1, false));
    SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
    sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    Composite left = new Composite(sash, SWT.NONE);
    GridLayout leftLayout = new GridLayout(2, false);
    leftLayout.marginWidth = 0;
    leftLayout.marginHeight = 0;
    left.setLayout(leftLayout);
    new Label(left, SWT.NONE).setText("Fi&lter:");
    filter = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
    filter.setMessage("name or id of an entry");
    filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    tree = new TreeViewer(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
    tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    tree.setContentProvider(new Content());
    tree.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object element) {
        return label(element);
      }
    });
    tree.addFilter(new ViewerFilter() {
      @Override
      public boolean select(Viewer viewer, Object parentElement, Object element) {
        return shown(element);
      }
    });
    details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
    sash.setWeights(1, 1);

    filter.addListener(SWT.Modify, event -> refilter());
    // Down or Enter in the filter takes the keyboard to the first entry that matches
    filter.addListener(SWT.KeyDown, event -> {
      if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.CR) {
        event.doit = false;
        selectFirstEntry();
        tree.getTree().setFocus();
      }
    });
    tree.addSelectionChangedListener(event -> details.setText(describe(tree.getStructuredSelection().getFirstElement())));
    tree.setInput(catalogues == null ? List.of() : catalogues.all());
    tree.expandToLevel(2);
    details.setText(catalogues == null ? "No catalogues are available." : "Select an entry to see its details.");
  }

  @Focus
  public void focus() {
    tree.getTree().setFocus();
  }

  TreeViewer viewer() {
    return tree;
  }

  Text filterField() {
    return filter;
  }

  Text detailsField() {
    return details;
  }

  private void refilter() {
    tree.getTree().setRedraw(false);
    try {
      tree.refresh();
      if (wanted().isEmpty()) {
        tree.collapseAll();
        tree.expandToLevel(2);
      } else {
        tree.expandAll();
      }
    } finally {
      tree.getTree().setRedraw(true);
    }
  }

  private void selectFirstEntry() {
    for (TreeItem catalogue : tree.getTree().getItems()) {
      for (TreeItem group : catalogue.getItems()) {
        tree.setExpandedState(group.getData(), true);
        for (TreeItem entry : group.getItems()) {
          if (entry.getData() instanceof CatalogueEntry) {
            tree.setSelection(new StructuredSelection(entry.getData()), true);
            return;
          }
        }
      }
    }
  }

  private String wanted() {
    return filter.getText().strip().toLowerCase(Locale.ROOT);
  }

  /** An entry matches by name or id; a group or catalogue is shown while anything under it matches. */
  private boolean shown(Object element) {
    String wanted = wanted();
    if (wanted.isEmpty()) {
      return true;
    }
    if (element instanceof CatalogueEntry entry) {
      return contains(entry.getName(), wanted) || contains(entry.getId(), wanted);
    }
    if (element instanceof Group group) {
      return group.entries().stream().anyMatch(this::shown);
    }
    if (element instanceof Catalogue catalogue) {
      return groups(catalogue).stream().anyMatch(this::shown);
    }
    return false;
  }

  private static boolean contains(String text, String wanted) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
  }

  static List<Group> groups(Catalogue catalogue) {
    return List.of(new Group(catalogue, "Techniques", catalogue.getTechniques()),
        new Group(catalogue, "Clause templates", catalogue.getClauseTemplates()),
        new Group(catalogue, "Reflection frameworks", catalogue.getFrameworks()),
        new Group(catalogue, "Instruments", catalogue.getInstruments()));
  }

  String label(Object element) {
    if (element instanceof Catalogue catalogue) {
      String origin = catalogues != null && catalogues.isBuiltIn(catalogue) ? "built in"
          : catalogue.getInstitution() == null || catalogue.getInstitution().isBlank() ? "no institution"
          : "institution " + catalogue.getInstitution();
      return orUnnamed(catalogue.getId()) + " (" + origin + ")";
    }
    if (element instanceof Group group) {
      return group.label() + " (" + group.entries().size() + ")";
    }
    if (element instanceof CatalogueEntry entry) {
      return orUnnamed(entry.getName()) + "  [" + orUnnamed(entry.getId()) + "]";
    }
    return String.valueOf(element);
  }

  private static String orUnnamed(String text) {
    return text == null || text.isBlank() ? "(unnamed)" : text;
  }

  /** The details of one entry as plain lines, so a screen reader and the keyboard can go through them. */
  String describe(Object element) {
    if (!(element instanceof CatalogueEntry entry)) {
      return element == null ? "" : label(element);
    }
    StringBuilder text = new StringBuilder(orUnnamed(entry.getName())).append('\n')
        .append("id ").append(orUnnamed(entry.getId())).append(", version ").append(entry.getVersion()).append("\n\n");
    switch (entry) {
      case Technique technique -> {
        text.append(orEmpty(technique.getSummary())).append("\n\nIndicators:\n");
        technique.getIndicators().forEach(indicator -> text.append("  \u2022 ").append(indicator).append('\n'));
      }
      case ClauseTemplate clause -> text.append("Category: ").append(clause.getCategory()).append('\n')
          .append(clause.isRequired() ? "Required in every agreement\n" : "Optional\n")
          .append('\n').append(orEmpty(clause.getText())).append('\n');
      case ReflectionFramework framework -> {
        if (framework.getReference() != null) {
          text.append("After ").append(framework.getReference()).append("\n\n");
        }
        text.append("Stages:\n");
        for (FrameworkStage stage : framework.getStages()) {
          text.append("  ").append(orUnnamed(stage.getName())).append(": ").append(orEmpty(stage.getPrompt())).append('\n');
        }
      }
      case InstrumentStructure instrument -> describeInstrument(instrument, text);
      default -> {
        // a kind of entry added to the model later: its name and id say enough
      }
    }
    return text.toString();
  }

  private static void describeInstrument(InstrumentStructure instrument, StringBuilder text) {
    text.append("Scale: ").append(instrument.getScaleMin()).append('\u2013').append(instrument.getScaleMax());
    if (!instrument.getScaleAnchors().isEmpty()) {
      text.append(" (anchors: ").append(String.join("; ", instrument.getScaleAnchors())).append(')');
    }
    text.append('\n');
    text.append("Subscales: ").append(instrument.getSubscales().stream().map(Subscale::getName).collect(Collectors.joining(", "))).append('\n');
    if (instrument.isLicensed()) {
      text.append("Licensed instrument: its item wording is never shipped with Rapport\n");
    }
    text.append("\nScoring: ").append(orEmpty(instrument.getScoring())).append("\n\nItems:\n");
    boolean anyWording = false;
    int number = 1;
    for (InstrumentItem item : instrument.getItems()) {
      boolean worded = item.getWording() != null && !item.getWording().isBlank();
      anyWording |= worded;
      text.append("  ").append(number++).append(". ").append(worded ? item.getWording() : NOT_INSTALLED)
          .append("  [").append(orUnnamed(item.getId())).append(subscaleOf(instrument, item)).append("]\n");
    }
    if (instrument.isLicensed() && !anyWording) {
      text.append('\n').append(LICENSED_NOTE).append('\n');
    }
  }

  private static String subscaleOf(InstrumentStructure instrument, InstrumentItem item) {
    return instrument.getSubscales().stream().filter(subscale -> subscale.getId() != null && subscale.getId().equals(item.getSubscaleId()))
        .findFirst().map(subscale -> ", " + subscale.getName()).orElse("");
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static final class Content implements ITreeContentProvider {
    @Override
    public Object[] getElements(Object input) {
      return ((List<?>) input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
      if (parent instanceof Catalogue catalogue) {
        return groups(catalogue).toArray();
      }
      return parent instanceof Group group ? group.entries().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
      // groups are records, equal by value, so the parent of an entry can be made again
      if (element instanceof CatalogueEntry entry && entry.eContainer() instanceof Catalogue catalogue) {
        return groups(catalogue).stream().filter(group -> group.entries().contains(entry)).findFirst().orElse(null);
      }
      return element instanceof Group group ? group.catalogue() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
      return element instanceof Catalogue || element instanceof Group group && !group.entries().isEmpty();
    }
  }
}
