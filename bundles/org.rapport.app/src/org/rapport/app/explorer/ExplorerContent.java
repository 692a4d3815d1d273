// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Session;

/**
 * The explorer's tree over the casebook index: clients, then each client's agreement versions
 * (grouped) and sessions, then each session's documents. Only the index is walked; no document is read.
 */
public final class ExplorerContent implements ITreeContentProvider {

  /** The node that groups a client's agreement versions. */
  public record Agreements(ClientCase client) implements org.rapport.ui.Selections.OfClient {
  }

  @Override
  public Object[] getElements(Object input) {
    return input instanceof Casebook casebook ? casebook.getClients().toArray() : new Object[0];
  }

  @Override
  public Object[] getChildren(Object parent) {
    return switch (parent) {
      case ClientCase client -> {
        List<Object> children = new ArrayList<>(client.getSessions().size() + 1);
        if (!client.getAgreements().isEmpty()) {
          children.add(new Agreements(client));
        }
        children.addAll(client.getSessions());
        yield children.toArray();
      }
      case Agreements agreements -> agreements.client().getAgreements().toArray();
      case Session session -> session.getDocuments().toArray();
      default -> new Object[0];
    };
  }

  @Override
  public Object getParent(Object element) {
    return switch (element) {
      case ClientCase client -> client.eContainer();
      case Agreements agreements -> agreements.client();
      case Session session -> session.eContainer();
      case DocumentEntry entry -> entry.eContainer() instanceof ClientCase client ? new Agreements(client) : entry.eContainer();
      default -> null;
    };
  }

  @Override
  public boolean hasChildren(Object element) {
    return switch (element) {
      case ClientCase client -> !client.getSessions().isEmpty() || !client.getAgreements().isEmpty();
      case Agreements agreements -> true;
      case Session session -> !session.getDocuments().isEmpty();
      default -> false;
    };
  }
}
