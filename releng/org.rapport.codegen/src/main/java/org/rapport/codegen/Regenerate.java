// SPDX-License-Identifier: EPL-2.0
package org.rapport.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIMappingRegistryImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF code of every {@code bundles/<id>/model/*.genmodel}.
 *
 * <p>{@code write} regenerates in place (merging, so {@code @generated NOT} members survive).
 * {@code check} does the same in a scratch copy of the bundles and exits 1 when any generated
 * file differs from the committed one, so CI catches hand edits and a forgotten regeneration.
 */
public final class Regenerate {

  private Regenerate() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !List.of("write", "check").contains(args[0])) {
      System.err.println("usage: Regenerate write|check <bundles-folder>");
      System.exit(2);
    }
    boolean check = args[0].equals("check");
    Path committed = Path.of(args[1]).toAbsolutePath().normalize();
    Path work = check ? copyOf(committed) : committed;

    List<Path> genModels;
    try (Stream<Path> s = Files.list(work)) {
      genModels = s.map(b -> b.resolve("model")).filter(Files::isDirectory)
          .flatMap(Regenerate::genModelsIn).sorted().toList();
    }
    if (genModels.isEmpty()) {
      System.err.println("no .genmodel found under " + committed);
      System.exit(2);
    }
    for (Path genModel : genModels) {
      generate(work, genModel);
    }
    if (!check) {
      return;
    }
    List<String> differences = compare(committed, work);
    if (differences.isEmpty()) {
      System.out.println("Generated EMF code is up to date (" + genModels.size() + " genmodel(s)).");
      return;
    }
    System.err.println("Generated EMF code differs from what the genmodel produces:");
    differences.forEach(d -> System.err.println("  " + d));
    System.err.println("Run: ./mvnw -q -f releng/org.rapport.codegen/pom.xml compile exec:java -Dcodegen.mode=write");
    System.exit(1);
  }

  private static Stream<Path> genModelsIn(Path modelFolder) {
    try {
      return Files.list(modelFolder).filter(p -> p.toString().endsWith(".genmodel")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void generate(Path bundlesFolder, Path genModelFile) throws IOException {
    // platform:/resource/<bundle-id>/ stands for bundles/<bundle-id>/ (no Eclipse workspace here)
    try (Stream<Path> s = Files.list(bundlesFolder)) {
      for (Path bundle : s.filter(Files::isDirectory).toList()) {
        URI platform = URI.createPlatformResourceURI(bundle.getFileName() + "/", false);
        URI file = URI.createFileURI(bundle + "/");
        EcorePlugin.getPlatformResourceMap().put(bundle.getFileName().toString(), file);
        URIMappingRegistryImpl.INSTANCE.put(platform, file);
      }
    }
    ResourceSet resources = new ResourceSetImpl();
    resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
    resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    GenModel genModel = (GenModel) resources
        .getResource(URI.createFileURI(genModelFile.toString()), true).getContents().get(0);
    genModel.reconcile();
    genModel.setCanGenerate(true);
    Diagnostic diagnosis = genModel.diagnose();
    if (diagnosis.getSeverity() == Diagnostic.ERROR) {
      throw new IllegalStateException(genModelFile + " is invalid: " + diagnosis);
    }
    // Without this registration (done by an extension point inside Eclipse) the generator writes nothing.
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
        GenModelGeneratorAdapterFactory.DESCRIPTOR);
    Generator generator = new Generator();
    generator.setInput(genModel);
    List<String> projectTypes = new ArrayList<>(List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE));
    String editDirectory = genModel.getEditDirectory();
    if (editDirectory != null && !editDirectory.isEmpty()
        && Files.isDirectory(bundlesFolder.resolve(editDirectory.split("/")[1]))) {
      projectTypes.add(GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
    }
    for (String type : projectTypes) {
      Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
      if (result.getSeverity() == Diagnostic.ERROR) {
        throw new IllegalStateException("generating " + type + " from " + genModelFile + " failed: " + result);
      }
      System.out.println("generated " + type + " code from " + bundlesFolder.relativize(genModelFile));
    }
  }

  private static Path copyOf(Path bundles) throws IOException {
    Path scratch = Files.createTempDirectory("rapport-codegen").resolve("bundles");
    try (Stream<Path> s = Files.walk(bundles)) {
      for (Path p : s.filter(p -> !isBuildOutput(bundles.relativize(p))).toList()) {
        Path target = scratch.resolve(bundles.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return scratch;
  }

  private static boolean isBuildOutput(Path relative) {
    return relative.getNameCount() > 1
        && List.of("target", "bin").contains(relative.getName(1).toString());
  }

  /**
   * Generated files that differ from the committed ones or that the repository lacks. The scratch
   * copy starts from the committed tree (so the generator can merge), hence a file that is no longer
   * generated is not noticed here; deleting src-gen before a 'write' clears such leftovers.
   */
  private static List<String> compare(Path committed, Path regenerated) throws IOException {
    List<String> differences = new ArrayList<>();
    for (String name : new TreeSet<>(generatedFiles(regenerated))) {
      Path original = committed.resolve(name);
      if (!Files.exists(original)) {
        differences.add("missing from the repository: bundles/" + name);
      } else if (!Arrays.equals(Files.readAllBytes(original), Files.readAllBytes(regenerated.resolve(name)))) {
        differences.add("differs: bundles/" + name);
      }
    }
    return differences;
  }

  private static List<String> generatedFiles(Path bundles) throws IOException {
    try (Stream<Path> s = Files.walk(bundles)) {
      return s.filter(Files::isRegularFile).map(p -> bundles.relativize(p).toString())
          .filter(n -> n.contains("/src-gen/")).toList();
    }
  }
}
