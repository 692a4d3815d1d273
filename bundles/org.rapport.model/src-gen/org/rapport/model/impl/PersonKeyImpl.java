/**
 */
package org.rapport.model.impl;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.rapport.model.PersonKey;
import org.rapport.model.RapportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person Key</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.PersonKeyImpl#getPublicKey <em>Public Key</em>}</li>
 *   <li>{@link org.rapport.model.impl.PersonKeyImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.rapport.model.impl.PersonKeyImpl#getRetired <em>Retired</em>}</li>
 *   <li>{@link org.rapport.model.impl.PersonKeyImpl#getEndorsement <em>Endorsement</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonKeyImpl extends MinimalEObjectImpl.Container implements PersonKey {
	/**
	 * The default value of the '{@link #getPublicKey() <em>Public Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicKey()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLIC_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicKey() <em>Public Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicKey()
	 * @generated
	 * @ordered
	 */
	protected String publicKey = PUBLIC_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetired() <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetired()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar RETIRED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetired() <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetired()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar retired = RETIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndorsement() <em>Endorsement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndorsement()
	 * @generated
	 * @ordered
	 */
	protected static final String ENDORSEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndorsement() <em>Endorsement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndorsement()
	 * @generated
	 * @ordered
	 */
	protected String endorsement = ENDORSEMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonKeyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.PERSON_KEY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublicKey() {
		return publicKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicKey(String newPublicKey) {
		String oldPublicKey = publicKey;
		publicKey = newPublicKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.PERSON_KEY__PUBLIC_KEY, oldPublicKey, publicKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(XMLGregorianCalendar newCreated) {
		XMLGregorianCalendar oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.PERSON_KEY__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getRetired() {
		return retired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetired(XMLGregorianCalendar newRetired) {
		XMLGregorianCalendar oldRetired = retired;
		retired = newRetired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.PERSON_KEY__RETIRED, oldRetired, retired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndorsement() {
		return endorsement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndorsement(String newEndorsement) {
		String oldEndorsement = endorsement;
		endorsement = newEndorsement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.PERSON_KEY__ENDORSEMENT, oldEndorsement, endorsement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.PERSON_KEY__PUBLIC_KEY:
				return getPublicKey();
			case RapportPackage.PERSON_KEY__CREATED:
				return getCreated();
			case RapportPackage.PERSON_KEY__RETIRED:
				return getRetired();
			case RapportPackage.PERSON_KEY__ENDORSEMENT:
				return getEndorsement();
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
			case RapportPackage.PERSON_KEY__PUBLIC_KEY:
				setPublicKey((String)newValue);
				return;
			case RapportPackage.PERSON_KEY__CREATED:
				setCreated((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.PERSON_KEY__RETIRED:
				setRetired((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.PERSON_KEY__ENDORSEMENT:
				setEndorsement((String)newValue);
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
			case RapportPackage.PERSON_KEY__PUBLIC_KEY:
				setPublicKey(PUBLIC_KEY_EDEFAULT);
				return;
			case RapportPackage.PERSON_KEY__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case RapportPackage.PERSON_KEY__RETIRED:
				setRetired(RETIRED_EDEFAULT);
				return;
			case RapportPackage.PERSON_KEY__ENDORSEMENT:
				setEndorsement(ENDORSEMENT_EDEFAULT);
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
			case RapportPackage.PERSON_KEY__PUBLIC_KEY:
				return PUBLIC_KEY_EDEFAULT == null ? publicKey != null : !PUBLIC_KEY_EDEFAULT.equals(publicKey);
			case RapportPackage.PERSON_KEY__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case RapportPackage.PERSON_KEY__RETIRED:
				return RETIRED_EDEFAULT == null ? retired != null : !RETIRED_EDEFAULT.equals(retired);
			case RapportPackage.PERSON_KEY__ENDORSEMENT:
				return ENDORSEMENT_EDEFAULT == null ? endorsement != null : !ENDORSEMENT_EDEFAULT.equals(endorsement);
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
		result.append(" (publicKey: ");
		result.append(publicKey);
		result.append(", created: ");
		result.append(created);
		result.append(", retired: ");
		result.append(retired);
		result.append(", endorsement: ");
		result.append(endorsement);
		result.append(')');
		return result.toString();
	}

} //PersonKeyImpl
