// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Document;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;

/**
 * The editor used for a document type no editor bundle has claimed: the document as a tree on the
 * left and the fields of the selected element on the right. Each field is committed as one command
 * when it loses focus, Enter is pressed, or the document is saved; typing marks the editor dirty at once. Signed agreements and locked notes are shown read-only.
 */
public class OutlineEditor extends DocumentEditor {

  private TreeViewer tree;
  private ScrolledComposite scroller;
  private Composite detail;
  private EObject shown;
  private final Map<String, Control> fieldControls = new HashMap<>();
  private final Map<String, ControlDecoration> decorations = new HashMap<>();
  private Label elementProblems;

  @Override
  protected void createContents(Composite parent, Document document) {
    parent.setLayout(new GridLayout(1, false));
    if (isReadOnly(document)) {
      Label banner = new Label(parent, SWT.WRAP);
      banner.setText("This document is " + statusOf(document)
          + " and cannot be changed here; a change needs a new version or an amendment.");
      banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }
    SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
    sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
    tree.setContentProvider(ItemProviderViewing.content(adapters()));
    tree.setLabelProvider(ItemProviderViewing.labels(adapters()));
    // the root goes in a wrapper: JFace viewers misbehave when the input is also an element
    tree.setInput(new Object[] {document});
    tree.expandToLevel(2);
    scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
    scroller.setExpandHorizontal(true);
    scroller.setExpandVertical(true);
    scroller.addListener(SWT.Resize, event -> fitFields());
    sash.setWeights(2, 3);
    tree.addSelectionChangedListener(event -> {
      Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
      showFields(selected instanceof EObject object ? object : document);
    });
    showFields(document);
  }

  /** Fields take the scroller's width and scroll vertically only. */
  private void fitFields() {
    if (detail != null && !detail.isDisposed()) {
      int width = scroller.getClientArea().width;
      scroller.setMinSize(detail.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }
  }

  @Override
  protected void setFocus() {
    tree.getControl().setFocus();
  }

  @Override
  public void reveal(EObject object, EStructuralFeature feature) {
    if (object == null || tree.getControl().isDisposed()) {
      return;
    }
    tree.setSelection(new StructuredSelection(object), true);
    showFields(object);
    Control target = feature == null ? null : fieldControls.get(feature.getName());
    (target != null ? target : tree.getControl()).setFocus();
  }

  /** The problem text shown at a field of the selected element, or null; for tests. */
  public String problemAt(String attribute) {
    ControlDecoration decoration = decorations.get(attribute);
    return decoration != null && decoration.isVisible() ? decoration.getDescriptionText() : null;
  }

  /** Marks each field that has a problem, and lists the element's other problems above its fields. */
  private void decorate() {
    decorations.values().forEach(ControlDecoration::hide);
    List<String> elsewhere = new ArrayList<>();
    for (DocumentProblems.Problem problem : problems()) {
      if (problem.object() != shown) {
        continue;
      }
      Control field = problem.feature() == null ? null : fieldControls.get(problem.feature().getName());
      if (field == null) {
        elsewhere.add(problem.message());
        continue;
      }
      ControlDecoration decoration = decorations.computeIfAbsent(problem.feature().getName(),
          name -> new ControlDecoration(field, SWT.LEFT | SWT.TOP));
      decoration.setImage(FieldDecorationRegistry.getDefault()
          .getFieldDecoration(problem.isError() ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
      decoration.setDescriptionText(problem.message());
      decoration.show();
    }
    if (elementProblems != null && !elementProblems.isDisposed()) {
      elementProblems.setText(String.join("\n", elsewhere));
      ((GridData) elementProblems.getLayoutData()).exclude = elsewhere.isEmpty();
      elementProblems.setVisible(!elsewhere.isEmpty());
      detail.layout(true, true);
    }
  }

  private void showFields(EObject object) {
    if (object == shown && detail != null) {
      return;
    }
    commitPendingEdit();   // a field about to go away takes its typing with it into the model
    shown = object;
    if (detail != null) {
      detail.dispose();
    }
    fieldControls.clear();
    decorations.clear();
    detail = new Composite(scroller, SWT.NONE);
    GridLayout layout = new GridLayout(2, false);
    layout.horizontalSpacing = 14;   // room for the problem markers beside the fields
    detail.setLayout(layout);
    elementProblems = new Label(detail, SWT.WRAP);
    elementProblems.setData("org.eclipse.e4.ui.css.CssClassName", "element-problems");
    GridData problemsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
    problemsData.widthHint = 200;   // wraps at the editor's width
    elementProblems.setLayoutData(problemsData);
    boolean editable = !isReadOnly(document());
    for (EAttribute attribute : object.eClass().getEAllAttributes()) {
      if (attribute.isMany() || attribute.isDerived() || attribute.isTransient() || !attribute.isChangeable()) {
        continue;
      }
      Label label = new Label(detail, SWT.NONE);
      label.setText(ListColumn.words(attribute.getName()) + ":");
      label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
      Control field = attribute.getEAttributeType() instanceof EEnum type ? enumField(object, attribute, type)
          : textField(object, attribute);
      field.setEnabled(editable && !managed(attribute));
      field.setData(FIELD_KEY, attribute.getName());
      fieldControls.put(attribute.getName(), field);
    }
    decorate();
    scroller.setContent(detail);
    fitFields();
    detail.layout(true, true);
  }

  private Control textField(EObject object, EAttribute attribute) {
    boolean long_ = isLongText(attribute);
    Text text = new Text(detail, SWT.BORDER | (long_ ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
    GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
    data.widthHint = 120;   // grow with the editor, not with the text, so long values wrap or scroll inside
    if (long_) {
      data.heightHint = text.getLineHeight() * 4;
    }
    text.setLayoutData(data);
    fields().bindText(text, object, attribute);
    return text;
  }

  private Control enumField(EObject object, EAttribute attribute, EEnum type) {
    Combo combo = new Combo(detail, SWT.READ_ONLY);
    GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
    data.widthHint = 120;
    combo.setLayoutData(data);
    for (EEnumLiteral literal : type.getELiterals()) {
      combo.add(ListColumn.words(literal.getLiteral()));
    }
    fields().bindChoice(combo, object, attribute, type.getELiterals().stream().map(EEnumLiteral::getInstance).toList());
    return combo;
  }

  @Override
  protected void refresh() {
    if (tree.getControl().isDisposed()) {
      return;
    }
    tree.refresh();
    decorate();
  }

  /** Attributes the application keeps (ids, format stamps, timestamps): shown, never typed over. */
  private static boolean managed(EAttribute attribute) {
    return attribute.isID() || List.of("formatVersion", "created", "modified").contains(attribute.getName());
  }

  private static boolean isLongText(EAttribute attribute) {
    String name = attribute.getName().toLowerCase();
    return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
        && (name.contains("text") || name.contains("evidence") || name.contains("description") || name.contains("handling")
            || name.contains("note") || name.contains("questions") || name.contains("materials"));
  }

  static boolean isReadOnly(Document document) {
    return document instanceof BoundaryAgreement agreement && agreement.getStatus() != AgreementStatus.DRAFT
        && agreement.getStatus() != AgreementStatus.PROPOSED
        || document instanceof ReflectionNote note && note.getStatus() == ReviewStatus.LOCKED;
  }

  private static String statusOf(Document document) {
    return document instanceof BoundaryAgreement agreement ? agreement.getStatus().getLiteral()
        : ((ReflectionNote) document).getStatus().getLiteral();
  }
}
