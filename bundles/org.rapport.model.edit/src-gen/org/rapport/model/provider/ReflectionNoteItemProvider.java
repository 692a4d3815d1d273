/**
 */
package org.rapport.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.model.ReflectionNote;

/**
 * This is the item provider adapter for a {@link org.rapport.model.ReflectionNote} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ReflectionNoteItemProvider extends DocumentItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReflectionNoteItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addSessionIdPropertyDescriptor(object);
			addFrameworkIdPropertyDescriptor(object);
			addLearningPointsPropertyDescriptor(object);
			addSupervisionQuestionsPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Session Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSessionIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReflectionNote_sessionId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReflectionNote_sessionId_feature", "_UI_ReflectionNote_type"),
				 RapportPackage.Literals.REFLECTION_NOTE__SESSION_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Framework Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFrameworkIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReflectionNote_frameworkId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReflectionNote_frameworkId_feature", "_UI_ReflectionNote_type"),
				 RapportPackage.Literals.REFLECTION_NOTE__FRAMEWORK_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Learning Points feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLearningPointsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReflectionNote_learningPoints_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReflectionNote_learningPoints_feature", "_UI_ReflectionNote_type"),
				 RapportPackage.Literals.REFLECTION_NOTE__LEARNING_POINTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Supervision Questions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupervisionQuestionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReflectionNote_supervisionQuestions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReflectionNote_supervisionQuestions_feature", "_UI_ReflectionNote_type"),
				 RapportPackage.Literals.REFLECTION_NOTE__SUPERVISION_QUESTIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReflectionNote_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReflectionNote_status_feature", "_UI_ReflectionNote_type"),
				 RapportPackage.Literals.REFLECTION_NOTE__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(RapportPackage.Literals.REFLECTION_NOTE__ANSWERS);
			childrenFeatures.add(RapportPackage.Literals.REFLECTION_NOTE__RATINGS);
			childrenFeatures.add(RapportPackage.Literals.REFLECTION_NOTE__RELATIONSHIP);
			childrenFeatures.add(RapportPackage.Literals.REFLECTION_NOTE__BOUNDARY_EVENTS);
			childrenFeatures.add(RapportPackage.Literals.REFLECTION_NOTE__ACTION_POINTS);
			childrenFeatures.add(RapportPackage.Literals.REFLECTION_NOTE__COMMENTS);
			childrenFeatures.add(RapportPackage.Literals.REFLECTION_NOTE__APPROVAL);
			childrenFeatures.add(RapportPackage.Literals.REFLECTION_NOTE__AMENDMENTS);
			childrenFeatures.add(RapportPackage.Literals.REFLECTION_NOTE__UNLOCKS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ReflectionNote.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ReflectionNote"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ReflectionNote)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_ReflectionNote_type") :
			getString("_UI_ReflectionNote_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ReflectionNote.class)) {
			case RapportPackage.REFLECTION_NOTE__SESSION_ID:
			case RapportPackage.REFLECTION_NOTE__FRAMEWORK_ID:
			case RapportPackage.REFLECTION_NOTE__LEARNING_POINTS:
			case RapportPackage.REFLECTION_NOTE__SUPERVISION_QUESTIONS:
			case RapportPackage.REFLECTION_NOTE__STATUS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case RapportPackage.REFLECTION_NOTE__ANSWERS:
			case RapportPackage.REFLECTION_NOTE__RATINGS:
			case RapportPackage.REFLECTION_NOTE__RELATIONSHIP:
			case RapportPackage.REFLECTION_NOTE__BOUNDARY_EVENTS:
			case RapportPackage.REFLECTION_NOTE__ACTION_POINTS:
			case RapportPackage.REFLECTION_NOTE__COMMENTS:
			case RapportPackage.REFLECTION_NOTE__APPROVAL:
			case RapportPackage.REFLECTION_NOTE__AMENDMENTS:
			case RapportPackage.REFLECTION_NOTE__UNLOCKS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.REFLECTION_NOTE__ANSWERS,
				 RapportFactory.eINSTANCE.createStageAnswer()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.REFLECTION_NOTE__RATINGS,
				 RapportFactory.eINSTANCE.createTechniqueRating()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.REFLECTION_NOTE__RELATIONSHIP,
				 RapportFactory.eINSTANCE.createRelationshipCheck()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.REFLECTION_NOTE__BOUNDARY_EVENTS,
				 RapportFactory.eINSTANCE.createBoundaryEvent()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.REFLECTION_NOTE__ACTION_POINTS,
				 RapportFactory.eINSTANCE.createActionPoint()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.REFLECTION_NOTE__COMMENTS,
				 RapportFactory.eINSTANCE.createReviewComment()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.REFLECTION_NOTE__APPROVAL,
				 RapportFactory.eINSTANCE.createSignature()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.REFLECTION_NOTE__AMENDMENTS,
				 RapportFactory.eINSTANCE.createAmendment()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.REFLECTION_NOTE__UNLOCKS,
				 RapportFactory.eINSTANCE.createUnlock()));
	}

}
