package org.rapport.app.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The casebook explorer on the left of the window. Until a casebook can be opened it says so
 * plainly instead of showing an empty tree.
 */
public class CasebookPart {

  /** Widget data key by which tests find the placeholder. */
  public static final String PLACEHOLDER_KEY = "org.rapport.app.casebook.placeholder";

  private Label placeholder;

  @PostConstruct
  public void createControls(Composite parent) {
    parent.setLayout(new GridLayout(1, false));
    placeholder = new Label(parent, SWT.WRAP);
    placeholder.setText("No casebook is open.");
    placeholder.setData("org.eclipse.e4.ui.css.CssClassName", "placeholder");
    placeholder.setData(PLACEHOLDER_KEY, Boolean.TRUE);
    placeholder.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
  }

  @Focus
  public void setFocus() {
    placeholder.setFocus();
  }
}
