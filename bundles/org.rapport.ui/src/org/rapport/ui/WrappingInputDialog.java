// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * JFace's input dialog with room for what its validator says: the error line is sized for one
 * line when the dialog opens, so a longer reason ("... looks like a phone number. Use a code ...")
 * was cut off at the right edge. Here it wraps over up to four lines.
 */
public class WrappingInputDialog extends InputDialog {

  /** Lines the reason may take before it would need scrolling. */
  private static final int REASON_LINES = 4;

  public WrappingInputDialog(Shell parent, String title, String message, String initialValue, IInputValidator validator) {
    super(parent, title, message, initialValue, validator);
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    Text reason = reasonText(area);
    if (reason != null) {
      GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
      data.widthHint = convertHorizontalDLUsToPixels(IDialogConstants.MINIMUM_MESSAGE_AREA_WIDTH);
      data.heightHint = reason.getLineHeight() * REASON_LINES;
      reason.setLayoutData(data);
    }
    return area;
  }

  /** The read-only text under the input field where the validator's reason shows. */
  private static Text reasonText(Composite area) {
    Text found = null;
    for (Control child : area.getChildren()) {
      if (child instanceof Text text && (text.getStyle() & SWT.READ_ONLY) != 0) {
        found = text;
      }
    }
    return found;
  }
}
