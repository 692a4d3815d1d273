// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.rapport.model.PersonKey;
import org.rapport.model.signing.Keys;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * {@code rapport keys}: makes a person's signing key, exports its public half for another
 * workstation, and imports one exported there, printing the fingerprint to compare with its owner.
 */
public final class KeysApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport keys <casebook folder> --create <person id>\n"
      + "       rapport keys <casebook folder> --export <person id> <file.pem>\n"
      + "       rapport keys <casebook folder> --import <person id> <file.pem>\n"
      + "       rapport keys <casebook folder> --endorse <person id> --as <owner id>\n"
      + "       rapport keys <casebook folder> --trust-owner-key <fingerprint>\n"
      + "       rapport keys <casebook folder> --access\n"
      + "       rapport keys <casebook folder> --revoke-access <person id> --as <owner id>";

  @Override
  String usage() {
    return USAGE + "\n"
        + "--create makes a new signing key for the person, sealed under their passphrase (RAPPORT_PERSON_PASSPHRASE or\n"
        + "the console); a key they had is kept, retired, so what it signed still verifies. --export writes the\n"
        + "person's public key; --import adds one written on another workstation. Both print the key's fingerprint:\n"
        + "read it to its owner before trusting it. --endorse has the casebook's owner sign the person's keys so\n"
        + "that they count (the owner's passphrase as for --create); the first endorsement of a casebook covers\n"
        + "everyone listed; in an encrypted casebook it also wraps the casebook key for them, so that they open it with\n"
        + "their own passphrase. --trust-owner-key accepts on this workstation a new key the owner made elsewhere.\n"
        + "--access lists who may open an encrypted casebook with their own passphrase. --revoke-access takes that away\n"
        + "(the owner's passphrase as for --create) and moves the casebook to a new key under a new casebook passphrase,\n"
        + "RAPPORT_NEW_PASSPHRASE or asked twice on the console; other workstations follow the new key at their next sync.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("keys", err, () -> {
      boolean create = args.length == 3 && "--create".equals(args[1]);
      boolean export = args.length == 4 && "--export".equals(args[1]);
      boolean importing = args.length == 4 && "--import".equals(args[1]);
      boolean endorse = args.length == 5 && "--endorse".equals(args[1]) && "--as".equals(args[3]);
      boolean trust = args.length == 3 && "--trust-owner-key".equals(args[1]);
      boolean access = args.length == 2 && "--access".equals(args[1]);
      boolean revoke = args.length == 5 && "--revoke-access".equals(args[1]) && "--as".equals(args[3]);
      if (!create && !export && !importing && !endorse && !trust && !access && !revoke) {
        err.println(USAGE);
        return 2;
      }
      Path folder = Path.of(args[0]);
      String personId = access ? null : args[2];
      try (OpenCasebook open = export || access ? store.openForReading(folder, Services.passphraseFor(folder, err))
          : store.open(folder, Services.passphraseFor(folder, err))) {
        if (create) {
          char[] passphrase = Services.personPassphrase(personId);
          if (passphrase == null) {
            err.println("rapport keys: no passphrase given (set RAPPORT_PERSON_PASSPHRASE or run in a console)");
            return 2;
          }
          try {
            PersonKey key = open.signing().createKey(personId, passphrase, personId);
            out.println("key of " + personId + ": " + Keys.shown(Keys.fingerprint(key.getPublicKey())));
          } finally {
            Arrays.fill(passphrase, '\0');
          }
        } else if (endorse) {
          return endorse(open, personId, args[4], out, err);
        } else if (access) {
          if (!open.keys().encrypted()) {
            out.println("the casebook is not encrypted: whoever has the folder can read it");
          }
          open.keys().accessHolders().forEach(holder -> out.println(holder + " opens it with their own passphrase"));
        } else if (revoke) {
          return revoke(open, personId, args[4], out, err);
        } else if (trust) {
          open.signing().trustOwnerKey(args[2], null);
          out.println("the owner's key " + args[2] + " is trusted on this workstation");
        } else if (export) {
          String pem = open.signing().exportPublicKey(personId);
          Files.writeString(Path.of(args[3]), pem);
          out.println("public key of " + personId + " written to " + args[3] + ": "
              + Keys.shown(Keys.fromPem(pem).map(Keys::fingerprint).orElse("?")));
        } else {
          PersonKey key = open.signing().importPublicKey(personId, Files.readString(Path.of(args[3])), null);
          out.println("key of " + personId + " imported: " + Keys.shown(Keys.fingerprint(key.getPublicKey()))
              + "; compare it with its owner's before trusting what it signs");
        }
        return 0;
      } catch (StoreException | IOException e) {
        err.println("rapport keys: " + e.getMessage());
        return 2;
      }
    });
  }

  private static int endorse(OpenCasebook open, String personId, String ownerId, PrintStream out, PrintStream err) throws StoreException {
    char[] passphrase = Services.personPassphrase(ownerId);
    if (passphrase == null) {
      err.println("rapport keys: no passphrase given (set RAPPORT_PERSON_PASSPHRASE or run in a console)");
      return 2;
    }
    try {
      org.rapport.model.signing.Signer owner = open.signing().signIn(ownerId, passphrase);
      open.signing().recordAs(owner);
      java.util.List<String> endorsed = open.signing().endorse(personId, owner, ownerId);
      if (endorsed.isEmpty()) {
        out.println("every key of " + personId + " counts already");
      }
      endorsed.forEach(key -> out.println("endorsed " + key));
      open.keys().grantAccess(ownerId).forEach(holder -> out.println(holder + " may now open the casebook with their own passphrase"));
      return 0;
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  private static int revoke(OpenCasebook open, String personId, String ownerId, PrintStream out, PrintStream err) throws StoreException {
    char[] passphrase = Services.personPassphrase(ownerId);
    char[] renewed = newPassphrase();
    if (passphrase == null || renewed == null) {
      err.println("rapport keys: --revoke-access needs the owner's passphrase (RAPPORT_PERSON_PASSPHRASE) and a new casebook"
          + " passphrase (RAPPORT_NEW_PASSPHRASE), or a console to ask them");
      return 2;
    }
    try {
      open.signing().recordAs(open.signing().signIn(ownerId, passphrase));   // the owner proves who they are first
      open.keys().revokeAccess(personId, renewed, ownerId);
      out.println(personId + " no longer opens the casebook; it is sealed under a new key, which the new passphrase opens");
      return 0;
    } finally {
      Arrays.fill(passphrase, '\0');
      Arrays.fill(renewed, '\0');
    }
  }

  private static char[] newPassphrase() {
    return Services.secret("RAPPORT_NEW_PASSPHRASE", true, "New casebook passphrase: ");
  }

}
