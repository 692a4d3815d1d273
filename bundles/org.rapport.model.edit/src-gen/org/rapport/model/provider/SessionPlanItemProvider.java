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
import org.rapport.model.SessionPlan;

/**
 * This is the item provider adapter for a {@link org.rapport.model.SessionPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SessionPlanItemProvider extends DocumentItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SessionPlanItemProvider(AdapterFactory adapterFactory) {
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
			addSessionNumberPropertyDescriptor(object);
			addDateTimePropertyDescriptor(object);
			addLengthMinutesPropertyDescriptor(object);
			addModalityPropertyDescriptor(object);
			addClausesToRevisitPropertyDescriptor(object);
			addMaterialsPropertyDescriptor(object);
			addSupervisionQuestionsPropertyDescriptor(object);
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
				 getString("_UI_SessionPlan_sessionId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SessionPlan_sessionId_feature", "_UI_SessionPlan_type"),
				 RapportPackage.Literals.SESSION_PLAN__SESSION_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Session Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSessionNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SessionPlan_sessionNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SessionPlan_sessionNumber_feature", "_UI_SessionPlan_type"),
				 RapportPackage.Literals.SESSION_PLAN__SESSION_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Date Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDateTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SessionPlan_dateTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SessionPlan_dateTime_feature", "_UI_SessionPlan_type"),
				 RapportPackage.Literals.SESSION_PLAN__DATE_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Length Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLengthMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SessionPlan_lengthMinutes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SessionPlan_lengthMinutes_feature", "_UI_SessionPlan_type"),
				 RapportPackage.Literals.SESSION_PLAN__LENGTH_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Modality feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModalityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SessionPlan_modality_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SessionPlan_modality_feature", "_UI_SessionPlan_type"),
				 RapportPackage.Literals.SESSION_PLAN__MODALITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Clauses To Revisit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClausesToRevisitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SessionPlan_clausesToRevisit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SessionPlan_clausesToRevisit_feature", "_UI_SessionPlan_type"),
				 RapportPackage.Literals.SESSION_PLAN__CLAUSES_TO_REVISIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Materials feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaterialsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SessionPlan_materials_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SessionPlan_materials_feature", "_UI_SessionPlan_type"),
				 RapportPackage.Literals.SESSION_PLAN__MATERIALS,
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
				 getString("_UI_SessionPlan_supervisionQuestions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SessionPlan_supervisionQuestions_feature", "_UI_SessionPlan_type"),
				 RapportPackage.Literals.SESSION_PLAN__SUPERVISION_QUESTIONS,
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
			childrenFeatures.add(RapportPackage.Literals.SESSION_PLAN__GOALS);
			childrenFeatures.add(RapportPackage.Literals.SESSION_PLAN__AGENDA);
			childrenFeatures.add(RapportPackage.Literals.SESSION_PLAN__TECHNIQUES);
			childrenFeatures.add(RapportPackage.Literals.SESSION_PLAN__RISKS);
			childrenFeatures.add(RapportPackage.Literals.SESSION_PLAN__CARRIED_ACTIONS);
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
	 * This returns SessionPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SessionPlan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SessionPlan)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_SessionPlan_type") :
			getString("_UI_SessionPlan_type") + " " + label;
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

		switch (notification.getFeatureID(SessionPlan.class)) {
			case RapportPackage.SESSION_PLAN__SESSION_ID:
			case RapportPackage.SESSION_PLAN__SESSION_NUMBER:
			case RapportPackage.SESSION_PLAN__DATE_TIME:
			case RapportPackage.SESSION_PLAN__LENGTH_MINUTES:
			case RapportPackage.SESSION_PLAN__MODALITY:
			case RapportPackage.SESSION_PLAN__CLAUSES_TO_REVISIT:
			case RapportPackage.SESSION_PLAN__MATERIALS:
			case RapportPackage.SESSION_PLAN__SUPERVISION_QUESTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case RapportPackage.SESSION_PLAN__GOALS:
			case RapportPackage.SESSION_PLAN__AGENDA:
			case RapportPackage.SESSION_PLAN__TECHNIQUES:
			case RapportPackage.SESSION_PLAN__RISKS:
			case RapportPackage.SESSION_PLAN__CARRIED_ACTIONS:
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
				(RapportPackage.Literals.SESSION_PLAN__GOALS,
				 RapportFactory.eINSTANCE.createGoal()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.SESSION_PLAN__AGENDA,
				 RapportFactory.eINSTANCE.createAgendaItem()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.SESSION_PLAN__TECHNIQUES,
				 RapportFactory.eINSTANCE.createPlannedTechnique()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.SESSION_PLAN__RISKS,
				 RapportFactory.eINSTANCE.createRiskConsideration()));

		newChildDescriptors.add
			(createChildParameter
				(RapportPackage.Literals.SESSION_PLAN__CARRIED_ACTIONS,
				 RapportFactory.eINSTANCE.createCarriedAction()));
	}

}
