// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.lib.ObjectId;
import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Session;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * What of a casebook travels to its lab, by path: the index in its travelling form, every document
 * file, the people's sealed key files and the documents' open conflicts. Nothing else: not the lock,
 * the recovery copies, backups, the journal, the audit trail or the layout, which belong to one
 * workstation.
 */
final class CasebookSnapshot {

  static final String INDEX = CasebookStore.INDEX_FILE;
  static final String CONFLICTS = org.rapport.store.CasebookFolders.CONFLICTS + "/";
  static final String KEYS = "keys/";
  /** An encrypted casebook's key file: how its key is derived and for whom it is wrapped. Travels as it is. */
  static final String KEY_FILE = "casebook.key";
  /** Far larger than any casebook file; a bigger one in a lab repository is not read. */
  static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

  private static final String NAME = "[A-Za-z0-9_-][A-Za-z0-9._-]*";
  private static final Pattern DOCUMENT = Pattern.compile("clients/" + NAME + "/(" + NAME + "/)?" + NAME + "\\.xmi");
  private static final Pattern KEY = Pattern.compile("keys/" + NAME + "\\.key");

  private CasebookSnapshot() {
  }

  /** Whether a file of a lab repository at {@code path} is one Rapport reads. */
  static boolean travels(String path) {
    return INDEX.equals(path) || KEY_FILE.equals(path) || isDocument(path) || KEY.matcher(path).matches()
        || path.startsWith(CONFLICTS) && isDocument(path.substring(CONFLICTS.length()));
  }

  /**
   * Whether a file is sealed in an encrypted casebook's lab: all but the key files, which are
   * sealed under their people's passphrases and read before the casebook key is known, and hold
   * nothing of the casebook.
   */
  static boolean sealedInLab(String path) {
    return !KEY_FILE.equals(path) && !path.startsWith(KEYS);
  }

  static boolean isDocument(String path) {
    return DOCUMENT.matcher(path).matches();
  }

  /**
   * The casebook's travelling files as they are now, by path, stored in {@code lab}. A file whose
   * size, time and identity on disk (the store replaces a file on every save, so a saved file is a
   * new one) are those recorded at the last snapshot is not read again: a sync of a large casebook
   * reads only what changed. The index's travelling form is made again only when its file changed.
   */
  static Map<String, ObjectId> of(OpenCasebook casebook, CasebookStore store, LabRepository lab) throws StoreException, IOException {
    Path folder = casebook.folder();
    FileStamps before = FileStamps.read(lab.directory());
    FileStamps now = new FileStamps();
    Map<String, ObjectId> files = new TreeMap<>();
    String indexStamp = FileStamps.stamp(folder.resolve(INDEX));
    ObjectId index = before.idFor(INDEX, indexStamp);
    if (index == null) {
      index = lab.store(INDEX, store.toBytes(travelling(casebook.index())), casebook.keys());
    }
    files.put(INDEX, index);
    now.put(INDEX, indexStamp, index);
    byte[] keyFile = casebook.keys().keyFileBytes();
    if (keyFile != null) {
      files.put(KEY_FILE, lab.store(keyFile));   // small, and read once per sync: not worth a stamp
    }
    List<String> paths = new ArrayList<>();
    for (DocumentEntry entry : casebook.entries(EnumSet.allOf(DocumentKind.class))) {
      if (entry.getFile() != null && isDocument(entry.getFile())) {
        paths.add(entry.getFile());
      }
    }
    for (String under : new String[] {KEYS, CONFLICTS}) {
      Path top = folder.resolve(under);
      if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> found = Files.walk(top)) {
          found.map(file -> folder.relativize(file).toString().replace('\\', '/')).filter(CasebookSnapshot::travels).forEach(paths::add);
        }
      }
    }
    for (String path : paths) {
      Path file = folder.resolve(path);
      // a file reached through a link is not the casebook's own; a missing one is for Check Casebook to report
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_FILE_BYTES) {
        continue;
      }
      String stamp = FileStamps.stamp(file);
      ObjectId id = before.idFor(path, stamp);
      if (id == null) {
        // a document or conflict of an encrypted casebook is opened here and sealed for the lab
        id = sealedInLab(path) ? lab.store(path, casebook.keys().plainBytes(file), casebook.keys()) : lab.store(Files.readAllBytes(file));
      }
      files.put(path, id);
      now.put(path, stamp, id);
    }
    if (!now.sameAs(before)) {
      now.write(lab.directory());
    }
    return files;
  }

  /**
   * The index as it travels: people, clients, sessions and settings, without the document entries
   * (rebuilt from the documents on every workstation, so they never conflict) and without the audit
   * anchor (which names this workstation's own trail).
   */
  static Casebook travelling(Casebook index) {
    Casebook copy = EcoreUtil.copy(index);
    copy.setAuditAnchor(null);
    for (ClientCase client : copy.getClients()) {
      client.getAgreements().clear();
      for (Session session : client.getSessions()) {
        session.getDocuments().clear();
      }
    }
    return copy;
  }
}
