// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.rapport.model.Document;
import org.rapport.model.RapportPackage;

/**
 * Writes a de-identified export into a folder of its own: one XMI file per document, named by its
 * new id ({@code CL-T001-S03-plan.xmi}), and {@code changes.txt}, which lists every change by
 * document, field, kind and replacement.
 *
 * <p>{@code changes.txt} deliberately leaves out what each change replaced: the original values are
 * the identifiers themselves, and writing them beside the export would undo it. They are in
 * {@link Change#before()} for the preview before export.
 */
public final class DeidentifiedExport {

  /** The name of the list of changes in an export folder. */
  public static final String CHANGES_FILE = "changes.txt";

  private DeidentifiedExport() {
  }

  /**
   * Writes {@code result} into {@code folder}, creating it if need be.
   *
   * @return the document files written, in the order of the copies
   * @throws IOException if the folder exists and is not empty (nothing is written then), if two
   *         copies have the same id, or if a file cannot be written
   */
  public static List<Path> write(Deidentifier.Result result, Path folder) throws IOException {
    if (Files.exists(folder)) {
      if (!Files.isDirectory(folder)) {
        throw new IOException("The export target " + folder + " is a file, not a folder.");
      }
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new IOException("The export folder " + folder + " is not empty; choose an empty or new folder.");
        }
      }
    }
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Document copy : result.copies()) {
      String name = fileName(copy);
      if (!taken.add(name)) {
        throw new IOException("Two documents of the export would both be written as " + name + ".");
      }
      names.add(name);
    }
    Files.createDirectories(folder);

    ResourceSet resources = new ResourceSetImpl();
    resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
    resources.getPackageRegistry().put(RapportPackage.eNS_URI, RapportPackage.eINSTANCE);
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < result.copies().size(); i++) {
      Path file = folder.resolve(names.get(i));
      Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
      resource.getContents().add(EcoreUtil.copy(result.copies().get(i)));
      resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
      written.add(file);
    }

    try (Writer out = Files.newBufferedWriter(folder.resolve(CHANGES_FILE), StandardCharsets.UTF_8)) {
      out.write("De-identified export: " + result.copies().size() + " documents, " + result.changes().size() + " changes.\n");
      out.write("What each change replaced is left out on purpose. Signatures carry no fingerprint and signed steps no signature or key: these copies are not signed records.\n");
      out.write("document\tfield\tkind\treplaced by\n");
      for (Change change : result.changes()) {
        out.write(change.documentId() + "\t" + change.field() + "\t" + change.kind() + "\t"
            + (change.after() == null ? "(removed)" : oneLine(change.after())) + "\n");
      }
    }
    return written;
  }

  private static String fileName(Document copy) {
    String id = copy.getId() == null || copy.getId().isBlank() ? "document" : copy.getId();
    return id.replaceAll("[^A-Za-z0-9._-]", "_") + ".xmi";
  }

  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }
}
