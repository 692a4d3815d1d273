// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

/**
 * The contract between the shell and the editor bundles. An editor bundle contributes, in its own
 * {@code fragment.e4xmi}, a part descriptor tagged {@code rapport.edits:<EClass name>} (for example
 * {@code rapport.edits:SessionPlan}) whose class extends {@link DocumentEditor}; the shell opens
 * documents of that type with it. {@link #EDITS_ANYTHING} marks the fallback editor.
 */
public final class DocumentParts {

  /** Prefix of the tag by which a part descriptor says which document type it edits. */
  public static final String EDITS = "rapport.edits:";
  /** The tag of the editor used when no bundle edits a document's type. */
  public static final String EDITS_ANYTHING = EDITS + "*";
  /** Tag on every open document part; the shell removes such parts before a restart restores them. */
  public static final String DOCUMENT_PART = "rapport.document";
  /** Persisted-state key holding the document id, so a document is never open twice. */
  public static final String DOCUMENT_ID = "rapport.documentId";
  /** Transient-data key of the loaded {@link org.rapport.model.Document} handed to the editor. */
  public static final String DOCUMENT = "rapport.document";

  /**
   * Transient-data key: {@code Boolean.TRUE} when the document handed over is unsaved state recovered
   * after a crash; the editor then starts dirty.
   */
  public static final String RECOVERED = "rapport.recovered";

  /** Transient-data key: the {@link java.nio.file.Path} of the document's file. */
  public static final String FILE = "rapport.file";
  /** Transient-data key: the file's modification time ({@link java.nio.file.attribute.FileTime}) when it was read. */
  public static final String FILE_STAMP = "rapport.fileStamp";
  /** Event topic posted with the document's {@link org.eclipse.e4.ui.model.application.ui.basic.MPart} to read it again from disk. */
  public static final String TOPIC_RELOAD = "org/rapport/document/reload";

  /** Event topic posted with a {@link DocumentProblems} whenever an open document was validated. */
  public static final String TOPIC_VALIDATED = "org/rapport/document/validated";
  /** Event topic posted with the closing {@link org.eclipse.e4.ui.model.application.ui.basic.MPart}. */
  public static final String TOPIC_CLOSED = "org/rapport/document/closed";
  /** Event topic posted with the {@link org.rapport.model.Document} after it was saved. */
  public static final String TOPIC_SAVED = "org/rapport/document/saved";
  /**
   * Event topic sent after Rapport itself wrote every file of the casebook again with the same
   * content (a change of passphrase): open editors take the files' new times as their own.
   */
  public static final String TOPIC_REWRITTEN = "org/rapport/casebook/rewritten";

  private DocumentParts() {
  }

  /** Opens a document of the active casebook through the shell's Open Document command, as the explorer does. */
  public static void open(org.eclipse.e4.core.commands.ECommandService commands, org.eclipse.e4.core.commands.EHandlerService handlers,
      String documentId) {
    handlers.executeHandler(commands.createCommand("org.rapport.app.command.openDocument",
        java.util.Map.of("org.rapport.app.commandparameter.documentId", documentId)));
  }
}
