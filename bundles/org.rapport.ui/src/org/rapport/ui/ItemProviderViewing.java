// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * JFace content and label providers over the generated item providers. EMF's own adapters for
 * this live in org.eclipse.emf.edit.ui, which pulls the 3.x workbench into a pure e4 product.
 */
final class ItemProviderViewing {

  private ItemProviderViewing() {
  }

  /** Children as the item providers define them; the input is an array holding the root object. */
  static ITreeContentProvider content(AdapterFactory adapters) {
    return new ITreeContentProvider() {
      @Override
      public Object[] getElements(Object input) {
        return input instanceof Object[] roots ? roots : new Object[] {input};
      }

      @Override
      public Object[] getChildren(Object parent) {
        Object provider = adapters.adapt(parent, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? ((Collection<?>) tree.getChildren(parent)).toArray() : new Object[0];
      }

      @Override
      public Object getParent(Object element) {
        return element instanceof EObject object ? object.eContainer() : null;
      }

      @Override
      public boolean hasChildren(Object element) {
        Object provider = adapters.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
      }
    };
  }

  static LabelProvider labels(AdapterFactory adapters) {
    return new LabelProvider() {
      @Override
      public String getText(Object element) {
        Object provider = adapters.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels.getText(element) : String.valueOf(element);
      }
    };
  }
}
