// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.ComputedValue;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.RapportPackage;
import org.rapport.model.time.Dates;

/**
 * The text fields, spinners and choices of one document editor, bound to its document with JFace
 * and EMF data binding, and its list sections' open cell editors. Every change reaches the model as an EMF set command on the editor's stack. What is
 * typed is read and checked as it changes (so the editor is marked dirty at once) but written only
 * when the field is left, on Enter (Ctrl+Enter in a multi-line field), or by {@link #commit()}
 * before a save or an undo: typing "120" is one change, not three.
 */
public final class DocumentFields {

  /** Characters XML 1.0 cannot hold (they arrive by pasting from terminals and old documents). */
  private static final Pattern XML_UNSAFE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private final EditingDomain domain;
  private final Realm realm;
  private final DataBindingContext context;
  /** Called when the user types into a field: the dirty marker shows before any command exists. */
  private final Runnable typing;
  /** Called when a field was left without a change: the dirty marker follows the command stack again. */
  private final Runnable settled;
  private final List<Field> fields = new ArrayList<>();
  /** The editor's list sections: their open cell editors are written and copied with the fields. */
  private final List<ListSection> sections = new ArrayList<>();
  /** True while a field shows the model's value, so that the change is not taken for typing. */
  private boolean showing;

  /** One bound field: its control, what it edits, how a typed value is read, and whether typing waits to be written. */
  private final class Field {
    final Control control;
    final EObject object;
    final EAttribute attribute;
    final Function<Object, Object> read;
    Binding binding;
    boolean typed;
    /** Whether the last update toward the model wrote a value (a set command ran). */
    boolean wrote;

    Field(Control control, EObject object, EAttribute attribute, Function<Object, Object> read) {
      this.control = control;
      this.object = object;
      this.attribute = attribute;
      this.read = read;
    }
  }

  DocumentFields(EditingDomain domain, Display display, Runnable typing, Runnable settled) {
    this.domain = domain;
    this.realm = DisplayRealm.getRealm(display);
    this.context = new DataBindingContext(realm);
    this.typing = typing;
    this.settled = settled;
  }

  /** Binds {@code text} to {@code attribute} in the attribute type's own string form. */
  public void bindText(Text text, EObject object, EAttribute attribute) {
    EDataType type = attribute.getEAttributeType();
    if (type == RapportPackage.Literals.DATE || type == RapportPackage.Literals.DATE_TIME) {
      // as people type them (2026-02-18T11:30), not as XML Schema writes them, with seconds
      bindText(text, object, attribute, value -> String.valueOf(Dates.javaTime((XMLGregorianCalendar) value)),
          typed -> type == RapportPackage.Literals.DATE ? Dates.parseDate(typed) : Dates.parseDateTime(typed));
      return;
    }
    bindText(text, object, attribute, value -> EcoreUtil.convertToString(type, value), typed -> EcoreUtil.createFromString(type, typed));
  }

  /** Adds a list section whose open cell editor counts as typing. */
  void register(ListSection section) {
    sections.add(section);
  }

  /**
   * Binds {@code text} to {@code attribute} of {@code object}: {@code format} shows a value,
   * {@code parse} reads what is typed (an exception means "not a valid value", shown in the field's
   * tooltip while the model keeps its value). Characters XML cannot hold are dropped and the text is
   * stripped; an empty field clears a single-valued attribute.
   */
  public void bindText(Text text, EObject object, EAttribute attribute, Function<Object, String> format, Function<String, Object> parse) {
    Function<Object, Object> read = typed -> {
      String clean = XML_UNSAFE.matcher((String) typed).replaceAll("").strip();
      boolean clears = clean.isEmpty() && !attribute.isMany() && !attribute.getEAttributeType().getInstanceClass().isPrimitive();
      return clears ? null : parse.apply(clean);
    };
    Field field = new Field(text, object, attribute, read);
    IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observe(text);
    UpdateValueStrategy<Object, String> toTarget = new UpdateValueStrategy<>() {
      @Override
      protected IStatus doSet(IObservableValue<? super String> observable, String value) {
        // what was typed stays while it means the same (a trailing space mid-sentence, say)
        return text.getText().strip().equals(value) ? ValidationStatus.ok() : show(() -> super.doSet(observable, value));
      }
    };
    toTarget.setConverter(IConverter.create(value -> value == null ? "" : format.apply(value)));
    bind(field, target, toTarget);
    if ((text.getStyle() & SWT.MULTI) != 0) {
      // in a multi-line field Enter is a new line; Ctrl+Enter writes what was typed
      text.addListener(SWT.KeyDown, event -> {
        if (event.character == SWT.CR && (event.stateMask & SWT.MOD1) != 0) {
          event.doit = false;
          commit(field);
        }
      });
    }
  }

  /** Binds an integer attribute to {@code spinner}, written as {@link #bindText} writes a field. */
  public void bindSpinner(Spinner spinner, EObject object, EAttribute attribute) {
    Field field = new Field(spinner, object, attribute, typed -> typed);
    IObservableValue<Integer> target = WidgetProperties.spinnerSelection().observe(spinner);
    UpdateValueStrategy<Object, Integer> toTarget = new UpdateValueStrategy<>() {
      @Override
      protected IStatus doSet(IObservableValue<? super Integer> observable, Integer value) {
        return show(() -> super.doSet(observable, value));
      }
    };
    bind(field, target, toTarget);
  }

  /**
   * Binds a read-only combo to an attribute whose values are {@code values}, in the combo's order.
   * Choosing is one change at once: there is nothing to type.
   */
  public void bindChoice(Combo combo, EObject object, EAttribute attribute, List<?> values) {
    IObservableValue<Integer> target = WidgetProperties.singleSelectionIndex().observe(combo);
    @SuppressWarnings("unchecked")
    IObservableValue<Object> model = EMFEditProperties.value(domain, attribute).observe(realm, object);
    UpdateValueStrategy<Integer, Object> toModel = new UpdateValueStrategy<>() {
      @Override
      protected IStatus doSet(IObservableValue<? super Object> observable, Object value) {
        return value == null || value.equals(observable.getValue()) ? ValidationStatus.ok() : super.doSet(observable, value);
      }
    };
    toModel.setConverter(IConverter.create(index -> index == null || index < 0 ? null : values.get(index)));
    UpdateValueStrategy<Object, Integer> toTarget = UpdateValueStrategy.create(IConverter.create(values::indexOf));
    context.bindValue(target, model, toModel, toTarget);
    combo.setData(DocumentEditor.FIELD_KEY, attribute.getName());
  }

  private <T> void bind(Field field, IObservableValue<T> target, UpdateValueStrategy<Object, T> toTarget) {
    IObservableValue<Object> model = modelOf(field);
    UpdateValueStrategy<T, Object> toModel = new UpdateValueStrategy<>(UpdateValueStrategy.POLICY_CONVERT) {
      @Override
      protected IStatus doSet(IObservableValue<? super Object> observable, Object value) {
        if (Objects.equals(value, observable.getValue())) {
          return ValidationStatus.ok();   // typed back to what it was: no command
        }
        field.wrote = true;
        if (field.attribute.isMany()) {
          domain.getCommandStack().execute(SetCommand.create(domain, field.object, field.attribute, value));
          // the binding ignores the change it made itself, and a computed value listens again only once read
          observable.getValue();
          return ValidationStatus.ok();
        }
        return super.doSet(observable, value);
      }
    };
    toModel.setAfterGetValidator(typed -> {
      try {
        field.read.apply(typed);
        return ValidationStatus.ok();
      } catch (RuntimeException e) {
        return ValidationStatus.error("Not a valid value here: " + typed);
      }
    });
    toModel.setConverter(IConverter.create(typed -> field.read.apply(typed)));
    field.binding = context.bindValue(target, model, toModel, toTarget);
    target.addValueChangeListener(event -> {
      if (!showing) {
        field.typed = true;
        typing.run();
      }
    });
    field.control.addListener(SWT.FocusOut, event -> commit(field));
    field.control.addListener(SWT.DefaultSelection, event -> commit(field));
    field.control.addListener(SWT.Dispose, event -> {
      fields.remove(field);
      field.binding.dispose();
    });
    field.control.setData(DocumentEditor.FIELD_KEY, field.attribute.getName());
    fields.add(field);
  }

  /**
   * The attribute's value as an observable. EMF's value property suits single values only: a list
   * attribute keeps the same list object as it changes, so it is observed as a list and seen as a
   * copy of it, written by {@link #bind}'s set command.
   */
  @SuppressWarnings("unchecked")
  private IObservableValue<Object> modelOf(Field field) {
    if (!field.attribute.isMany()) {
      return EMFEditProperties.value(domain, field.attribute).observe(realm, field.object);
    }
    IObservableList<Object> list = EMFEditProperties.list(domain, field.attribute).observe(realm, field.object);
    return new ComputedValue<>(realm) {
      @Override
      protected Object calculate() {
        return List.copyOf(list);
      }
    };
  }

  private IStatus show(java.util.function.Supplier<IStatus> set) {
    showing = true;
    try {
      return set.get();
    } finally {
      showing = false;
    }
  }

  /** Writes what was typed in {@code field}, if it reads as a value; otherwise says why in its tooltip and keeps it typed. */
  private void commit(Field field) {
    if (!field.typed || field.control.isDisposed()) {
      return;
    }
    field.wrote = false;
    field.binding.updateTargetToModel();
    IStatus status = (IStatus) field.binding.getValidationStatus().getValue();
    if (!status.isOK()) {
      field.control.setToolTipText(status.getMessage());   // a save refuses until it is corrected or undone
      return;
    }
    field.typed = false;
    field.control.setToolTipText(null);
    if (!field.wrote) {
      settled.run();
    }
  }

  /** Writes what is typed in every field and open cell, as {@link DataBindingContext#updateModels()} would, but only where the user typed. */
  void commit() {
    List.copyOf(fields).forEach(this::commit);
    sections.forEach(ListSection::applyOpenEditor);
  }

  /**
   * Puts every field whose typing does not read as a value back to the model's value: what Ctrl+Z
   * undoes when the last change is typing that never became a command.
   *
   * @return whether a field was put back
   */
  boolean revertUnreadable() {
    boolean reverted = false;
    for (Field field : fields) {
      if (unreadable(field)) {
        field.binding.updateModelToTarget();
        field.binding.validateTargetToModel();
        field.typed = false;
        field.control.setToolTipText(null);
        reverted = true;
      }
    }
    if (reverted) {
      settled.run();
    }
    return reverted;
  }

  /** Whether {@code field} holds typing that does not read as a value. */
  private static boolean unreadable(Field field) {
    return field.typed && !field.control.isDisposed() && !((IStatus) field.binding.getValidationStatus().getValue()).isOK();
  }

  /** Whether a field holds typing not yet written. */
  boolean isTyping() {
    return fields.stream().anyMatch(field -> field.typed) || sections.stream().anyMatch(ListSection::isEditing);
  }

  /**
   * Whether a save must wait because a field's typing does not read as a value; if so the cursor
   * goes there and the user is told what to do.
   */
  boolean refusesSave(Shell shell) {
    Optional<Field> invalid = fields.stream().filter(DocumentFields::unreadable).findFirst();
    invalid.ifPresent(field -> {
      Text text = (Text) field.control;
      String form = text.getMessage().isEmpty() ? "" : " Type it as " + text.getMessage() + ".";
      MessageDialog.openError(shell, "Save", "\u201c" + text.getText() + "\u201d is not a valid value for "
          + ListColumn.words(field.attribute.getName()) + "." + form + " Correct it, or undo it with Ctrl+Z, and save again.\n\nNothing was saved.");
      if (!text.isDisposed()) {
        text.setFocus();   // after the message: the dialog would otherwise hand the keyboard back elsewhere
      }
    });
    return invalid.isPresent();
  }

  /** Sets what is typed (and reads as a value) on a copy of the document, given the copy of each object. */
  void typedOnCopy(Function<EObject, EObject> copyOf) {
    for (Field field : fields) {
      if (field.typed && !field.control.isDisposed()) {
        try {
          Object typed = field.control instanceof Text text ? text.getText() : ((Spinner) field.control).getSelection();
          copyOf.apply(field.object).eSet(field.attribute, field.read.apply(typed));
        } catch (RuntimeException e) {
          // not readable yet: the copy keeps the model's value, as a save would refuse it
        }
      }
    }
    sections.forEach(section -> section.openEditorOnCopy(copyOf));
  }

  void dispose() {
    context.dispose();
  }
}
