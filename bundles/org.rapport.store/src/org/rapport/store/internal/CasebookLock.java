// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.rapport.store.StoreException;

/**
 * Keeps a second Rapport from opening the same casebook. The operating system's file lock does
 * the work (so a crashed process leaves no stale lock); the file's text names the holder so the
 * refusal can say who has it.
 */
final class CasebookLock implements AutoCloseable {

  static final String FILE = ".rapport.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private CasebookLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static CasebookLock acquire(Path folder) throws StoreException {
    Path file = folder.resolve(FILE);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;   // held by this very process
      }
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        channel.close();
        throw new StoreException("The casebook " + folder + " is already open in another Rapport window"
            + (holder.isEmpty() ? "." : " (" + holder + ").") + " Close it there first.");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holderText().getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
      return new CasebookLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException("Could not lock the casebook " + folder + ": " + e.getMessage(), e);
    }
  }

  private static String holderText() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "this computer";
    }
    return "user " + System.getProperty("user.name") + " on " + host + ", process " + ProcessHandle.current().pid()
        + ", since "
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // the channel's close releases it as well
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing more to release
      }
    }
  }
}
