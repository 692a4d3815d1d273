// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A date field that can be typed in (as {@code yyyy-mm-dd}, with {@code hh:mm} for a time) or
 * chosen on a calendar: the button beside it, or Alt+Down in the field, opens the calendar on the
 * field's date; OK writes the choice into the field as if typed and leaves it, so the field's
 * binding takes it as one change.
 */
public final class DatePicker {

  /** Title of the calendar dialog, by which tests find it. */
  public static final String TITLE = "Choose a Date";

  private final Text field;
  private final DateTimeFormatter format;
  private final boolean withTime;

  private DatePicker(Text field, DateTimeFormatter format, boolean withTime) {
    this.field = field;
    this.format = format;
    this.withTime = withTime;
  }

  /**
   * A text field for a date (or a date and time, when {@code withTime}) typed in {@code format},
   * with its calendar button, in a composite of its own made in {@code parent}.
   */
  public static Text create(Composite parent, DateTimeFormatter format, boolean withTime, String hint) {
    Composite box = new Composite(parent, SWT.NONE);
    GridLayout layout = new GridLayout(2, false);
    layout.marginWidth = 0;
    layout.marginHeight = 0;
    layout.horizontalSpacing = 2;
    box.setLayout(layout);
    Text field = new Text(box, SWT.BORDER);
    field.setMessage(hint);
    GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
    data.widthHint = field.getLineHeight() * (withTime ? 8 : 6);
    field.setLayoutData(data);
    Button calendar = new Button(box, SWT.PUSH);
    calendar.setText("\u2026");
    calendar.setToolTipText("Choose on a calendar (Alt+Down in the field)");
    AccessibleName.set(calendar, "Choose on a calendar");   // a screen reader would otherwise read "ellipsis"
    DatePicker picker = new DatePicker(field, format, withTime);
    calendar.addListener(SWT.Selection, event -> picker.choose());
    field.addListener(SWT.KeyDown, event -> {
      if (event.keyCode == SWT.ARROW_DOWN && (event.stateMask & SWT.ALT) != 0) {
        event.doit = false;
        // after the key is handled: a dialog run inside the key's own handler would get no keys on GTK
        field.getDisplay().asyncExec(() -> {
          if (!field.isDisposed()) {
            picker.choose();
          }
        });
      }
    });
    return field;
  }

  /** Opens the calendar on the field's date (today when it holds none that reads) and writes the choice. */
  private void choose() {
    if (!field.getEditable() || !field.isEnabled()) {
      return;   // a signed agreement's dates are shown, never changed
    }
    LocalDateTime shown = shown();
    CalendarDialog dialog = new CalendarDialog(field.getShell(), shown, withTime);
    if (dialog.open() != org.eclipse.jface.window.Window.OK) {
      return;
    }
    LocalDateTime chosen = dialog.chosen;
    field.setText(withTime ? chosen.format(format) : chosen.toLocalDate().format(format));
    field.setFocus();
    field.notifyListeners(SWT.DefaultSelection, new Event());   // as Enter: the binding writes it
  }

  private LocalDateTime shown() {
    String typed = field.getText().strip();
    try {
      return withTime ? LocalDateTime.parse(typed, format) : LocalDate.parse(typed, format).atStartOfDay();
    } catch (DateTimeParseException e) {
      return LocalDate.now().atTime(withTime ? LocalTime.of(10, 0) : LocalTime.MIDNIGHT);
    }
  }

  /** The calendar, and the time when there is one; Enter takes what is shown. */
  private static final class CalendarDialog extends TitledDialog {

    private final LocalDateTime initial;
    private final boolean withTime;
    private DateTime date;
    private DateTime time;
    LocalDateTime chosen;

    CalendarDialog(Shell parent, LocalDateTime initial, boolean withTime) {
      super(parent, TITLE);
      this.initial = initial;
      this.withTime = withTime;
    }

    @Override
    protected void fill(Composite area) {
      date = new DateTime(area, SWT.CALENDAR | SWT.BORDER);
      date.setDate(initial.getYear(), initial.getMonthValue() - 1, initial.getDayOfMonth());
      date.setData(TITLE, "date");
      if (withTime) {
        time = new DateTime(area, SWT.TIME | SWT.SHORT | SWT.BORDER);
        time.setTime(initial.getHour(), initial.getMinute(), 0);
        time.setData(TITLE, "time");
      }
      date.addListener(SWT.DefaultSelection, event -> okPressed());   // a double-click on a day
      // GTK's calendar keeps the key press of Enter to itself; only its release reaches SWT, so that is
      // taken as Enter there (the dialog opens with the keyboard on OK, so the release of an Enter that
      // opened it never lands here)
      org.eclipse.swt.widgets.Listener enter = event -> {
        if ((event.character == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && event.widget instanceof DateTime widget
            && widget.getShell() == getShell() && chosen == null) {
          okPressed();
        }
      };
      area.getDisplay().addFilter(SWT.KeyUp, enter);
      area.addListener(SWT.Dispose, event -> area.getDisplay().removeFilter(SWT.KeyUp, enter));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
      super.createButtonsForButtonBar(parent);
      getButton(org.eclipse.jface.dialogs.IDialogConstants.OK_ID).setFocus();
    }

    @Override
    protected void okPressed() {
      chosen = LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time == null ? 0 : time.getHours(),
          time == null ? 0 : time.getMinutes());
      super.okPressed();
    }
  }
}
