/**
 */
package org.rapport.model.impl;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.rapport.model.PartyRole;
import org.rapport.model.RapportPackage;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.SignatureImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignatureImpl#getSigner <em>Signer</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignatureImpl#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignatureImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignatureImpl#getFingerprint <em>Fingerprint</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignatureImpl extends MinimalEObjectImpl.Container implements Signature {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final PartyRole ROLE_EDEFAULT = PartyRole.TRAINEE;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected PartyRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSigner() <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigner()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSigner() <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigner()
	 * @generated
	 * @ordered
	 */
	protected String signer = SIGNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar SIGNED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar signedAt = SIGNED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final SignatureMethod METHOD_EDEFAULT = SignatureMethod.PAPER_RECORDED;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected SignatureMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getFingerprint() <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFingerprint() <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String fingerprint = FINGERPRINT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignatureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.SIGNATURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartyRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(PartyRole newRole) {
		PartyRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNATURE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSigner() {
		return signer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigner(String newSigner) {
		String oldSigner = signer;
		signer = newSigner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNATURE__SIGNER, oldSigner, signer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getSignedAt() {
		return signedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedAt(XMLGregorianCalendar newSignedAt) {
		XMLGregorianCalendar oldSignedAt = signedAt;
		signedAt = newSignedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNATURE__SIGNED_AT, oldSignedAt, signedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignatureMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(SignatureMethod newMethod) {
		SignatureMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNATURE__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFingerprint() {
		return fingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFingerprint(String newFingerprint) {
		String oldFingerprint = fingerprint;
		fingerprint = newFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNATURE__FINGERPRINT, oldFingerprint, fingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.SIGNATURE__ROLE:
				return getRole();
			case RapportPackage.SIGNATURE__SIGNER:
				return getSigner();
			case RapportPackage.SIGNATURE__SIGNED_AT:
				return getSignedAt();
			case RapportPackage.SIGNATURE__METHOD:
				return getMethod();
			case RapportPackage.SIGNATURE__FINGERPRINT:
				return getFingerprint();
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
			case RapportPackage.SIGNATURE__ROLE:
				setRole((PartyRole)newValue);
				return;
			case RapportPackage.SIGNATURE__SIGNER:
				setSigner((String)newValue);
				return;
			case RapportPackage.SIGNATURE__SIGNED_AT:
				setSignedAt((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.SIGNATURE__METHOD:
				setMethod((SignatureMethod)newValue);
				return;
			case RapportPackage.SIGNATURE__FINGERPRINT:
				setFingerprint((String)newValue);
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
			case RapportPackage.SIGNATURE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case RapportPackage.SIGNATURE__SIGNER:
				setSigner(SIGNER_EDEFAULT);
				return;
			case RapportPackage.SIGNATURE__SIGNED_AT:
				setSignedAt(SIGNED_AT_EDEFAULT);
				return;
			case RapportPackage.SIGNATURE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case RapportPackage.SIGNATURE__FINGERPRINT:
				setFingerprint(FINGERPRINT_EDEFAULT);
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
			case RapportPackage.SIGNATURE__ROLE:
				return role != ROLE_EDEFAULT;
			case RapportPackage.SIGNATURE__SIGNER:
				return SIGNER_EDEFAULT == null ? signer != null : !SIGNER_EDEFAULT.equals(signer);
			case RapportPackage.SIGNATURE__SIGNED_AT:
				return SIGNED_AT_EDEFAULT == null ? signedAt != null : !SIGNED_AT_EDEFAULT.equals(signedAt);
			case RapportPackage.SIGNATURE__METHOD:
				return method != METHOD_EDEFAULT;
			case RapportPackage.SIGNATURE__FINGERPRINT:
				return FINGERPRINT_EDEFAULT == null ? fingerprint != null : !FINGERPRINT_EDEFAULT.equals(fingerprint);
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
		result.append(" (role: ");
		result.append(role);
		result.append(", signer: ");
		result.append(signer);
		result.append(", signedAt: ");
		result.append(signedAt);
		result.append(", method: ");
		result.append(method);
		result.append(", fingerprint: ");
		result.append(fingerprint);
		result.append(')');
		return result.toString();
	}

} //SignatureImpl
