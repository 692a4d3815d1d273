// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;

/**
 * Where the active casebook stands with its lab, for the status line and the sync commands: shared
 * or not, syncing now (and which step), and how the last sync ended. Lives in the application's
 * context (put there by {@link LabAddon}); touched on the UI thread only.
 */
public final class LabState {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final SyncMessages texts;
  private final List<Runnable> listeners = new ArrayList<>();
  /** Passwords typed in this run of Rapport for a user who did not keep them, by lab address. */
  private final Map<String, LabCredentials> typed = new HashMap<>();
  private Path folder;
  private String remote;
  private String step;
  private boolean running;
  private CasebookSync.Outcome last;
  private LocalTime lastAt;
  private boolean offlineSaid;

  LabState(SyncMessages texts) {
    this.texts = texts;
  }

  /** Follows the casebook now active (null: none). */
  void follow(Path casebook) {
    folder = casebook;
    remote = casebook == null ? null : CasebookSync.remoteOf(casebook);
    // a sync still running (for the casebook before) stays running: no second one starts on top of it
    step = running ? step : null;
    last = null;
    lastAt = null;
    offlineSaid = false;
    changed();
  }

  Path folder() {
    return folder;
  }

  /** The lab the active casebook syncs with, or null when it is not shared. */
  public String remote() {
    return remote;
  }

  public boolean running() {
    return running;
  }

  void syncing(String remote) {
    started(MessageFormat.format(texts.lab_syncingWith, remote));
  }

  void waitingForPassword() {
    started(MessageFormat.format(texts.lab_waitingForPassword, new Object[0]));
  }

  void started(String what) {
    running = true;
    step = what;
    changed();
  }

  void finished(CasebookSync.Outcome outcome) {
    running = false;
    step = null;
    last = outcome;
    lastAt = LocalTime.now();
    remote = folder == null ? null : CasebookSync.remoteOf(folder);
    if (outcome.state() != CasebookSync.State.OFFLINE) {
      offlineSaid = false;
    }
    changed();
  }

  public CasebookSync.Outcome last() {
    return last;
  }

  /** True the first time a sync finds the lab unreachable since it was last reached: it is said once. */
  boolean sayOffline() {
    boolean say = !offlineSaid;
    offlineSaid = true;
    return say;
  }

  LabCredentials typed(String lab) {
    return typed.get(lab);
  }

  void typed(String lab, LabCredentials credentials) {
    typed.put(lab, credentials);
  }

  /** One line for the status line. */
  public String line() {
    if (folder == null) {
      return "";
    }
    if (remote == null) {
      return texts.lab_notShared;
    }
    if (running && step != null) {
      return MessageFormat.format(texts.lab_running, step);
    }
    if (last == null) {
      return texts.lab_notSynced;
    }
    String at = lastAt.format(TIME);
    return switch (last.state()) {
      case IN_STEP -> MessageFormat.format(texts.lab_inStep, at);
      case CONFLICTS -> MessageFormat.format(texts.lab_conflicts, Integer.toString(last.conflicts().size()), at);
      case OFFLINE -> MessageFormat.format(texts.lab_offline, at);
      case DENIED -> refusedLine(texts, remote, at);
      case FAILED -> MessageFormat.format(texts.lab_failed, at);
    };
  }

  /** What the status line says of a refusal: over SSH it is this workstation's key the lab turned away, not a password. */
  static String refusedLine(SyncMessages texts, String remote, String at) {
    return MessageFormat.format(CasebookSync.overSsh(remote) ? texts.lab_keyRefused : texts.lab_passwordRefused, at);
  }

  void addListener(Runnable listener) {
    listeners.add(listener);
  }

  void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  private void changed() {
    for (Runnable listener : List.copyOf(listeners)) {
      listener.run();
    }
  }
}
