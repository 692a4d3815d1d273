// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.rapport.model.RapportPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes Rapport XMI with a parser that refuses DTDs and external entities, a size
 * limit, and problems described in plain words. One instance is shared by a store, so its parser
 * pool and name-to-feature cache serve every load.
 */
final class SafeXmi {

  /** Larger than any real document by orders of magnitude; bigger files are refused unread. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  /** A file that could not be read as the expected Rapport object. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    UnreadableException(String cause) {
      this(cause, 0);
    }

    UnreadableException(String cause, int line) {
      super(cause);
      this.line = line;
    }

    /** The line the parser stopped at, or 0. */
    int line() {
      return line;
    }
  }

  private final Map<Object, Object> sharedLoadOptions = new HashMap<>();
  /**
   * The load options with EMF's name-to-feature map, grown across loads; one per thread, as the map
   * is a plain HashMap and a sync parses arriving documents on several threads.
   */
  private final ThreadLocal<Map<Object, Object>> loadOptions = ThreadLocal.withInitial(() -> {
    Map<Object, Object> options = new HashMap<>(sharedLoadOptions);
    options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
    return options;
  });
  private final Map<Object, Object> saveOptions = new HashMap<>();

  SafeXmi() {
    Map<String, Boolean> features = new HashMap<>();
    features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
    features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
    features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
    features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
    features.put(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
    sharedLoadOptions.put(XMLResource.OPTION_PARSER_FEATURES, features);
    sharedLoadOptions.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    sharedLoadOptions.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl());   // synchronised: shared
    sharedLoadOptions.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
    saveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8");
    saveOptions.put(XMLResource.OPTION_LINE_WIDTH, 100);
    saveOptions.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
    // halves the time to write a document (the benchmark compares): EMF keeps its per-class
    // feature tables between saves instead of computing them for every file
    saveOptions.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
  }

  /** EMF's lookup table for saving, grown across saves; one per thread, as EMF does not share it safely. */
  private final ThreadLocal<List<Object>> lookupTables = ThreadLocal.withInitial(ArrayList::new);

  ResourceSet newResourceSet() {
    ResourceSet set = new ResourceSetImpl();
    set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
        new OlderFormatXmi());
    set.getPackageRegistry().put(RapportPackage.eNS_URI, RapportPackage.eINSTANCE);
    return set;
  }

  /** Reads the single root object of a plain file (a catalogue, say) into its own resource in {@code set}. */
  <T extends EObject> T read(Path file, Class<T> type, ResourceSet set) throws UnreadableException {
    return read(file, type, set, null, null);
  }

  /**
   * Reads the single root object of a casebook file into its own resource in {@code set}; with a
   * sealing, the file must be sealed under it and {@code name} (its path in the casebook), and a
   * plain file is refused, as one must be that another program put there.
   */
  <T extends EObject> T read(Path file, Class<T> type, ResourceSet set, Sealing sealing, String name) throws UnreadableException {
    return read(bytesOf(file), file, type, set, sealing, name);
  }

  /**
   * {@link #read(Path, Class, ResourceSet, Sealing, String)} of bytes already read from
   * {@code file} with {@link #bytesOf}, so that the caller checks the very bytes that were parsed.
   */
  <T extends EObject> T read(byte[] bytes, Path file, Class<T> type, ResourceSet set, Sealing sealing, String name)
      throws UnreadableException {
    return parse(unseal(bytes, sealing, name), URI.createFileURI(file.toAbsolutePath().toString()), type, set);
  }

  /** The bytes of a casebook file, refused when it is missing or far larger than any document. */
  byte[] bytesOf(Path file) throws UnreadableException {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new UnreadableException("the file is missing");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new UnreadableException("the file is " + size / (1024 * 1024) + " MB, far larger than any Rapport document; it was not read");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableException("the file could not be read (" + e.getMessage() + ")");
    }
    return bytes;
  }

  /**
   * Reads the single root object of a plain stream (a file inside an extension bundle, say) with
   * the same limits as a file; {@code name} becomes the resource's URI, so it should say where the
   * bytes came from. The stream is read to its end but not closed.
   */
  <T extends EObject> T read(java.io.InputStream in, String name, Class<T> type, ResourceSet set) throws UnreadableException {
    byte[] bytes;
    try {
      // one byte more than allowed tells an oversized stream from one exactly at the limit
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UnreadableException("the file could not be read (" + e.getMessage() + ")");
    }
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableException("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB, far larger than any Rapport document; it was not read");
    }
    return parse(unseal(bytes, null, name), URI.createURI(name, true), type, set);
  }

  private <T extends EObject> T parse(byte[] bytes, URI uri, Class<T> type, ResourceSet set) throws UnreadableException {
    if (bytes.length == 0) {
      throw new UnreadableException("the file is empty");
    }
    for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
      if (bytes[i] == 0) {
        throw new UnreadableException("the file holds binary data, not a Rapport document");
      }
    }
    Resource resource = set.createResource(uri);
    try {
      return type.cast(checkedRoot(resource, bytes, type));
    } catch (UnreadableException e) {
      set.getResources().remove(resource);   // nothing of a refused file stays reachable
      throw e;
    }
  }

  private static boolean opens(Sealing sealing, byte[] bytes, String name) {
    try {
      sealing.open(bytes, name);
      return true;
    } catch (Sealing.SealException e) {
      return false;
    }
  }

  /** The plain bytes of a backup: sealed under its own name, or (written before that) under its original's. */
  static byte[] unsealBackup(byte[] bytes, Sealing sealing, Path folder, Path backup) throws UnreadableException {
    try {
      return unseal(bytes, sealing, ownNameIn(folder, backup));
    } catch (UnreadableException e) {
      return unseal(bytes, sealing, nameIn(folder, backup));
    }
  }

  /** The plain bytes of a casebook file: opened when sealed, refused when sealing and plain do not match. */
  static byte[] unseal(byte[] bytes, Sealing sealing, String name) throws UnreadableException {
    if (Sealing.isSealed(bytes)) {
      if (sealing == null) {
        throw new UnreadableException("the file is encrypted; open its casebook with the passphrase");
      }
      try {
        return sealing.open(bytes, name);
      } catch (Sealing.SealException e) {
        if (!name.endsWith(".bak") && opens(sealing, bytes, name + ".bak")) {
          throw new UnreadableException("the file is this file's backup (" + name + ".bak) put in its place, perhaps by hand; it was not"
              + " used. Recover an earlier version from a backup of the whole casebook, or ask the lab administrator");
        }
        throw new UnreadableException(e.getMessage());
      }
    }
    if (sealing != null && bytes.length > 0) {
      throw new UnreadableException("the file is not encrypted although its casebook is; it was not read (another program may have put it there)");
    }
    return bytes;
  }

  /**
   * The name a backup ({@code .bak}) is sealed under from now on: its own path, so that it cannot
   * be put in place of its original and opened there.
   */
  static String ownNameIn(Path folder, Path file) {
    return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** The name a casebook file is sealed under: its path in the casebook, with "/"; a backup of before {@link #ownNameIn} under its original's name. */
  static String nameIn(Path folder, Path file) {
    String name = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return name.endsWith(".bak") ? name.substring(0, name.length() - 4) : name;
  }

  private EObject checkedRoot(Resource resource, byte[] bytes, Class<?> type) throws UnreadableException {
    try {
      resource.load(new ByteArrayInputStream(bytes), loadOptions.get());
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException(describe(e), lineOf(e));
    }
    if (!resource.getErrors().isEmpty()) {
      Resource.Diagnostic first = resource.getErrors().get(0);
      throw new UnreadableException("the file holds content this version of Rapport does not know: "
          + first.getMessage(), Math.max(first.getLine(), 0));
    }
    if (resource.getContents().size() != 1 || !type.isInstance(resource.getContents().get(0))) {
      String found = resource.getContents().isEmpty() ? "nothing" : resource.getContents().get(0).eClass().getName();
      throw new UnreadableException("the file holds " + found + " where a " + type.getSimpleName() + " was expected");
    }
    return resource.getContents().get(0);
  }

  /** The XMI bytes of {@code root}, which must not belong to another resource. */
  byte[] write(EObject root, Path target) throws IOException {
    Resource resource = new XMIResourceFactoryImpl().createResource(URI.createFileURI(target.toAbsolutePath().toString()));
    resource.getContents().add(root);
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    Map<Object, Object> options = new HashMap<>(saveOptions);
    options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, lookupTables.get());
    resource.save(out, options);
    return out.toByteArray();
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = String.valueOf(cause.getMessage());
    if (message.contains("DOCTYPE")) {
      return "the file declares a DOCTYPE, which Rapport never writes; it was not read, to guard against entity attacks";
    }
    if (message.contains("must start and end within the same entity") || message.contains("Premature end of file")) {
      return "the file ends too early; it may have been cut short" + position(cause);
    }
    if (cause instanceof SAXParseException) {
      return "the file is not well-formed XML" + position(cause) + ": " + message;
    }
    if (message.contains("Package with uri") || message.contains("Feature '") || message.contains("Class '")) {
      return "the file holds content this version of Rapport does not know: " + message;
    }
    return "the file could not be read: " + message;
  }

  private static int lineOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SAXParseException parse) {
        return Math.max(parse.getLineNumber(), 0);
      }
      if (cause instanceof XMIException xmi) {
        return Math.max(xmi.getLine(), 0);
      }
    }
    return 0;
  }

  private static String position(Throwable cause) {
    return cause instanceof SAXParseException parse
        ? " (line " + parse.getLineNumber() + ", column " + parse.getColumnNumber() + ")"
        : "";
  }
}
