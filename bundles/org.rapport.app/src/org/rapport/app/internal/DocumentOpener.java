// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Session;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.DocumentParts;

/**
 * Opens a document of the casebook in the editor area with the editor that claims its type (see
 * {@link DocumentParts}), or brings its editor to the front when it is open already.
 */
public final class DocumentOpener {

  /** The stack in the editor area that document parts are added to. */
  public static final String EDITOR_STACK = "org.rapport.app.partstack.editors";

  private DocumentOpener() {
  }

  /** @return the document's part, or null when it could not be read (the user was told why) */
  public static MPart open(DocumentEntry entry, OpenCasebook casebook, MApplication application, EPartService parts,
      EModelService models, Shell shell) {
    for (MPart part : parts.getParts()) {
      if (part.isToBeRendered() && entry.getDocumentId() != null
          && entry.getDocumentId().equals(part.getPersistedState().get(DocumentParts.DOCUMENT_ID))) {
        parts.showPart(part, PartState.ACTIVATE);
        return part;
      }
    }
    LoadResult loaded = casebook.load(entry);
    if (!loaded.ok()) {
      MessageDialog.openError(shell, "Open Document", "The document could not be opened.\n\n" + loaded.problem().file()
          + "\n" + loaded.problem().cause() + ".\n\nThe file was left as it is; the rest of the casebook can be used as usual.");
      return null;
    }
    return show(entry, loaded.document(), false, casebook, application, parts, models, shell);
  }

  /**
   * Opens an editor on a document already in memory: just read, or recovered after a crash (then
   * the editor starts with unsaved changes).
   */
  public static MPart show(DocumentEntry entry, Document document, boolean recovered, OpenCasebook casebook,
      MApplication application, EPartService parts, EModelService models, Shell shell) {
    MPartDescriptor descriptor = editorFor(document.eClass().getName(), application);
    if (descriptor == null) {
      MessageDialog.openError(shell, "Open Document", "No editor is installed for " + document.eClass().getName() + ".");
      return null;
    }
    MPart part = parts.createPart(descriptor.getElementId());
    // a part id per document: the part service finds parts by id, and two editors from one
    // descriptor would otherwise be taken for each other
    part.setElementId(descriptor.getElementId() + ":" + entry.getDocumentId());
    part.getTransientData().put(DocumentParts.DOCUMENT, document);
    part.getTransientData().put(DocumentParts.RECOVERED, recovered);
    part.getPersistedState().put(DocumentParts.DOCUMENT_ID, entry.getDocumentId());
    part.getTags().add(DocumentParts.DOCUMENT_PART);
    // closing an editor removes its part, so that opening the document again reads it from disk
    part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG);
    part.setLabel(label(entry));
    Path file = casebook.folder().resolve(entry.getFile());
    part.setTooltip(file.toString());
    part.getTransientData().put(DocumentParts.FILE, file);
    try {
      part.getTransientData().put(DocumentParts.FILE_STAMP, Files.getLastModifiedTime(file));
    } catch (IOException e) {
      // no stamp: changes on disk are then not watched for this editor
    }
    List<MPartStack> stacks = models.findElements(application, EDITOR_STACK, MPartStack.class, null);
    if (!stacks.isEmpty()) {
      // the stack is tagged to stay when its last editor closes; a layout saved by an older
      // Rapport may lack the tag and have it hidden, so it is shown again here
      stacks.get(0).setToBeRendered(true);
      stacks.get(0).setVisible(true);
      stacks.get(0).getChildren().add(part);
    }
    parts.showPart(part, PartState.ACTIVATE);
    return part;
  }

  /**
   * Drops an editor's document, changes and all, and opens the document again from its file: for
   * Revert and after a change on disk.
   */
  public static MPart reload(MPart part, OpenCasebook casebook, MApplication application, EPartService parts,
      EModelService models, Shell shell) {
    String id = part.getPersistedState().get(DocumentParts.DOCUMENT_ID);
    DocumentEntry entry = find(casebook, id);
    if (entry == null) {
      return null;
    }
    part.setDirty(false);   // the user chose to drop the changes: no save prompt
    parts.hidePart(part, true);
    return open(entry, casebook, application, parts, models, shell);
  }

  /**
   * Closes every document editor, offering to save changes first: before another casebook becomes
   * the active one, as editors save into the active casebook.
   *
   * @return false when the user cancelled
   */
  public static boolean closeAll(MApplication application, EPartService parts, EModelService models) {
    List<MPart> documents = models.findElements(application, null, MPart.class, List.of(DocumentParts.DOCUMENT_PART));
    if (!parts.saveAll(true)) {
      return false;
    }
    for (MPart part : documents) {
      part.setDirty(false);   // saved, or dropped on purpose in the prompt
      parts.hidePart(part, true);
    }
    return true;
  }

  /** The index entry of a document, by id. */
  public static DocumentEntry find(OpenCasebook casebook, String documentId) {
    for (ClientCase client : casebook.index().getClients()) {
      for (DocumentEntry entry : client.getAgreements()) {
        if (documentId != null && documentId.equals(entry.getDocumentId())) {
          return entry;
        }
      }
      for (Session session : client.getSessions()) {
        for (DocumentEntry entry : session.getDocuments()) {
          if (documentId != null && documentId.equals(entry.getDocumentId())) {
            return entry;
          }
        }
      }
    }
    return null;
  }

  static MPartDescriptor editorFor(String type, MApplication application) {
    MPartDescriptor fallback = null;
    for (MPartDescriptor descriptor : application.getDescriptors()) {
      if (descriptor.getTags().contains(DocumentParts.EDITS + type)) {
        return descriptor;
      }
      if (descriptor.getTags().contains(DocumentParts.EDITS_ANYTHING)) {
        fallback = descriptor;
      }
    }
    return fallback;
  }

  /** "CL-0417 · S3 plan", "CL-0417 · agreement v2": short enough for a tab. */
  public static String label(DocumentEntry entry) {
    String client = entry.eContainer() instanceof ClientCase c ? c.getCode()
        : entry.eContainer() instanceof Session s && s.eContainer() instanceof ClientCase c ? c.getCode() : "";
    // a hand-edited index may list a plan among agreements: label it, never fail on it
    String session = entry.eContainer() instanceof Session s ? "S" + s.getNumber() + " " : "";
    String what = switch (entry.getKind()) {
      case AGREEMENT -> "agreement v" + entry.getVersion();
      case PLAN -> session + "plan";
      case REFLECTION -> session + "reflection";
    };
    return client + " · " + what;
  }

}
