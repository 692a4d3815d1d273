/**
 */
package org.rapport.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.rapport.model.InstrumentItem;
import org.rapport.model.RapportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.InstrumentItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.InstrumentItemImpl#getSubscaleId <em>Subscale Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.InstrumentItemImpl#getWording <em>Wording</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentItemImpl extends MinimalEObjectImpl.Container implements InstrumentItem {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubscaleId() <em>Subscale Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscaleId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBSCALE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubscaleId() <em>Subscale Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscaleId()
	 * @generated
	 * @ordered
	 */
	protected String subscaleId = SUBSCALE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getWording() <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWording()
	 * @generated
	 * @ordered
	 */
	protected static final String WORDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWording() <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWording()
	 * @generated
	 * @ordered
	 */
	protected String wording = WORDING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.INSTRUMENT_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.INSTRUMENT_ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubscaleId() {
		return subscaleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubscaleId(String newSubscaleId) {
		String oldSubscaleId = subscaleId;
		subscaleId = newSubscaleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.INSTRUMENT_ITEM__SUBSCALE_ID, oldSubscaleId, subscaleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWording() {
		return wording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWording(String newWording) {
		String oldWording = wording;
		wording = newWording;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.INSTRUMENT_ITEM__WORDING, oldWording, wording));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.INSTRUMENT_ITEM__ID:
				return getId();
			case RapportPackage.INSTRUMENT_ITEM__SUBSCALE_ID:
				return getSubscaleId();
			case RapportPackage.INSTRUMENT_ITEM__WORDING:
				return getWording();
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
			case RapportPackage.INSTRUMENT_ITEM__ID:
				setId((String)newValue);
				return;
			case RapportPackage.INSTRUMENT_ITEM__SUBSCALE_ID:
				setSubscaleId((String)newValue);
				return;
			case RapportPackage.INSTRUMENT_ITEM__WORDING:
				setWording((String)newValue);
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
			case RapportPackage.INSTRUMENT_ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case RapportPackage.INSTRUMENT_ITEM__SUBSCALE_ID:
				setSubscaleId(SUBSCALE_ID_EDEFAULT);
				return;
			case RapportPackage.INSTRUMENT_ITEM__WORDING:
				setWording(WORDING_EDEFAULT);
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
			case RapportPackage.INSTRUMENT_ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RapportPackage.INSTRUMENT_ITEM__SUBSCALE_ID:
				return SUBSCALE_ID_EDEFAULT == null ? subscaleId != null : !SUBSCALE_ID_EDEFAULT.equals(subscaleId);
			case RapportPackage.INSTRUMENT_ITEM__WORDING:
				return WORDING_EDEFAULT == null ? wording != null : !WORDING_EDEFAULT.equals(wording);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", subscaleId: ");
		result.append(subscaleId);
		result.append(", wording: ");
		result.append(wording);
		result.append(')');
		return result.toString();
	}

} //InstrumentItemImpl
