/**
 */
package org.rapport.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.rapport.model.PlannedTechnique;
import org.rapport.model.RapportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planned Technique</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.PlannedTechniqueImpl#getTechniqueId <em>Technique Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.PlannedTechniqueImpl#getMoment <em>Moment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlannedTechniqueImpl extends MinimalEObjectImpl.Container implements PlannedTechnique {
	/**
	 * The default value of the '{@link #getTechniqueId() <em>Technique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechniqueId()
	 * @generated
	 * @ordered
	 */
	protected static final String TECHNIQUE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTechniqueId() <em>Technique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechniqueId()
	 * @generated
	 * @ordered
	 */
	protected String techniqueId = TECHNIQUE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMoment() <em>Moment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoment()
	 * @generated
	 * @ordered
	 */
	protected static final String MOMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMoment() <em>Moment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoment()
	 * @generated
	 * @ordered
	 */
	protected String moment = MOMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlannedTechniqueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.PLANNED_TECHNIQUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTechniqueId() {
		return techniqueId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechniqueId(String newTechniqueId) {
		String oldTechniqueId = techniqueId;
		techniqueId = newTechniqueId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.PLANNED_TECHNIQUE__TECHNIQUE_ID, oldTechniqueId, techniqueId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMoment() {
		return moment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMoment(String newMoment) {
		String oldMoment = moment;
		moment = newMoment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.PLANNED_TECHNIQUE__MOMENT, oldMoment, moment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.PLANNED_TECHNIQUE__TECHNIQUE_ID:
				return getTechniqueId();
			case RapportPackage.PLANNED_TECHNIQUE__MOMENT:
				return getMoment();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RapportPackage.PLANNED_TECHNIQUE__TECHNIQUE_ID:
				setTechniqueId((String)newValue);
				return;
			case RapportPackage.PLANNED_TECHNIQUE__MOMENT:
				setMoment((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RapportPackage.PLANNED_TECHNIQUE__TECHNIQUE_ID:
				setTechniqueId(TECHNIQUE_ID_EDEFAULT);
				return;
			case RapportPackage.PLANNED_TECHNIQUE__MOMENT:
				setMoment(MOMENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RapportPackage.PLANNED_TECHNIQUE__TECHNIQUE_ID:
				return TECHNIQUE_ID_EDEFAULT == null ? techniqueId != null : !TECHNIQUE_ID_EDEFAULT.equals(techniqueId);
			case RapportPackage.PLANNED_TECHNIQUE__MOMENT:
				return MOMENT_EDEFAULT == null ? moment != null : !MOMENT_EDEFAULT.equals(moment);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (techniqueId: ");
		result.append(techniqueId);
		result.append(", moment: ");
		result.append(moment);
		result.append(')');
		return result.toString();
	}

} //PlannedTechniqueImpl
