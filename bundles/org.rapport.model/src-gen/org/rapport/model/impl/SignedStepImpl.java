/**
 */
package org.rapport.model.impl;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.rapport.model.RapportPackage;
import org.rapport.model.SignedStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signed Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.SignedStepImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignedStepImpl#getActorId <em>Actor Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignedStepImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignedStepImpl#getDocumentVersion <em>Document Version</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignedStepImpl#getContentDigest <em>Content Digest</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignedStepImpl#getPreviousDigest <em>Previous Digest</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignedStepImpl#getDetail <em>Detail</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignedStepImpl#getPublicKey <em>Public Key</em>}</li>
 *   <li>{@link org.rapport.model.impl.SignedStepImpl#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignedStepImpl extends MinimalEObjectImpl.Container implements SignedStep {
	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final String STEP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected String step = STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getActorId() <em>Actor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActorId()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActorId() <em>Actor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActorId()
	 * @generated
	 * @ordered
	 */
	protected String actorId = ACTOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar at = AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentVersion() <em>Document Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int DOCUMENT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDocumentVersion() <em>Document Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentVersion()
	 * @generated
	 * @ordered
	 */
	protected int documentVersion = DOCUMENT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentDigest() <em>Content Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentDigest()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_DIGEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentDigest() <em>Content Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentDigest()
	 * @generated
	 * @ordered
	 */
	protected String contentDigest = CONTENT_DIGEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreviousDigest() <em>Previous Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousDigest()
	 * @generated
	 * @ordered
	 */
	protected static final String PREVIOUS_DIGEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousDigest() <em>Previous Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousDigest()
	 * @generated
	 * @ordered
	 */
	protected String previousDigest = PREVIOUS_DIGEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected String detail = DETAIL_EDEFAULT;

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
	 * The default value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected String signature = SIGNATURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignedStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.SIGNED_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(String newStep) {
		String oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNED_STEP__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActorId() {
		return actorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActorId(String newActorId) {
		String oldActorId = actorId;
		actorId = newActorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNED_STEP__ACTOR_ID, oldActorId, actorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(XMLGregorianCalendar newAt) {
		XMLGregorianCalendar oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNED_STEP__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDocumentVersion() {
		return documentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentVersion(int newDocumentVersion) {
		int oldDocumentVersion = documentVersion;
		documentVersion = newDocumentVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNED_STEP__DOCUMENT_VERSION, oldDocumentVersion, documentVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentDigest() {
		return contentDigest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentDigest(String newContentDigest) {
		String oldContentDigest = contentDigest;
		contentDigest = newContentDigest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNED_STEP__CONTENT_DIGEST, oldContentDigest, contentDigest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreviousDigest() {
		return previousDigest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousDigest(String newPreviousDigest) {
		String oldPreviousDigest = previousDigest;
		previousDigest = newPreviousDigest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNED_STEP__PREVIOUS_DIGEST, oldPreviousDigest, previousDigest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetail() {
		return detail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetail(String newDetail) {
		String oldDetail = detail;
		detail = newDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNED_STEP__DETAIL, oldDetail, detail));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNED_STEP__PUBLIC_KEY, oldPublicKey, publicKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignature(String newSignature) {
		String oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SIGNED_STEP__SIGNATURE, oldSignature, signature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.SIGNED_STEP__STEP:
				return getStep();
			case RapportPackage.SIGNED_STEP__ACTOR_ID:
				return getActorId();
			case RapportPackage.SIGNED_STEP__AT:
				return getAt();
			case RapportPackage.SIGNED_STEP__DOCUMENT_VERSION:
				return getDocumentVersion();
			case RapportPackage.SIGNED_STEP__CONTENT_DIGEST:
				return getContentDigest();
			case RapportPackage.SIGNED_STEP__PREVIOUS_DIGEST:
				return getPreviousDigest();
			case RapportPackage.SIGNED_STEP__DETAIL:
				return getDetail();
			case RapportPackage.SIGNED_STEP__PUBLIC_KEY:
				return getPublicKey();
			case RapportPackage.SIGNED_STEP__SIGNATURE:
				return getSignature();
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
			case RapportPackage.SIGNED_STEP__STEP:
				setStep((String)newValue);
				return;
			case RapportPackage.SIGNED_STEP__ACTOR_ID:
				setActorId((String)newValue);
				return;
			case RapportPackage.SIGNED_STEP__AT:
				setAt((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.SIGNED_STEP__DOCUMENT_VERSION:
				setDocumentVersion((Integer)newValue);
				return;
			case RapportPackage.SIGNED_STEP__CONTENT_DIGEST:
				setContentDigest((String)newValue);
				return;
			case RapportPackage.SIGNED_STEP__PREVIOUS_DIGEST:
				setPreviousDigest((String)newValue);
				return;
			case RapportPackage.SIGNED_STEP__DETAIL:
				setDetail((String)newValue);
				return;
			case RapportPackage.SIGNED_STEP__PUBLIC_KEY:
				setPublicKey((String)newValue);
				return;
			case RapportPackage.SIGNED_STEP__SIGNATURE:
				setSignature((String)newValue);
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
			case RapportPackage.SIGNED_STEP__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case RapportPackage.SIGNED_STEP__ACTOR_ID:
				setActorId(ACTOR_ID_EDEFAULT);
				return;
			case RapportPackage.SIGNED_STEP__AT:
				setAt(AT_EDEFAULT);
				return;
			case RapportPackage.SIGNED_STEP__DOCUMENT_VERSION:
				setDocumentVersion(DOCUMENT_VERSION_EDEFAULT);
				return;
			case RapportPackage.SIGNED_STEP__CONTENT_DIGEST:
				setContentDigest(CONTENT_DIGEST_EDEFAULT);
				return;
			case RapportPackage.SIGNED_STEP__PREVIOUS_DIGEST:
				setPreviousDigest(PREVIOUS_DIGEST_EDEFAULT);
				return;
			case RapportPackage.SIGNED_STEP__DETAIL:
				setDetail(DETAIL_EDEFAULT);
				return;
			case RapportPackage.SIGNED_STEP__PUBLIC_KEY:
				setPublicKey(PUBLIC_KEY_EDEFAULT);
				return;
			case RapportPackage.SIGNED_STEP__SIGNATURE:
				setSignature(SIGNATURE_EDEFAULT);
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
			case RapportPackage.SIGNED_STEP__STEP:
				return STEP_EDEFAULT == null ? step != null : !STEP_EDEFAULT.equals(step);
			case RapportPackage.SIGNED_STEP__ACTOR_ID:
				return ACTOR_ID_EDEFAULT == null ? actorId != null : !ACTOR_ID_EDEFAULT.equals(actorId);
			case RapportPackage.SIGNED_STEP__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case RapportPackage.SIGNED_STEP__DOCUMENT_VERSION:
				return documentVersion != DOCUMENT_VERSION_EDEFAULT;
			case RapportPackage.SIGNED_STEP__CONTENT_DIGEST:
				return CONTENT_DIGEST_EDEFAULT == null ? contentDigest != null : !CONTENT_DIGEST_EDEFAULT.equals(contentDigest);
			case RapportPackage.SIGNED_STEP__PREVIOUS_DIGEST:
				return PREVIOUS_DIGEST_EDEFAULT == null ? previousDigest != null : !PREVIOUS_DIGEST_EDEFAULT.equals(previousDigest);
			case RapportPackage.SIGNED_STEP__DETAIL:
				return DETAIL_EDEFAULT == null ? detail != null : !DETAIL_EDEFAULT.equals(detail);
			case RapportPackage.SIGNED_STEP__PUBLIC_KEY:
				return PUBLIC_KEY_EDEFAULT == null ? publicKey != null : !PUBLIC_KEY_EDEFAULT.equals(publicKey);
			case RapportPackage.SIGNED_STEP__SIGNATURE:
				return SIGNATURE_EDEFAULT == null ? signature != null : !SIGNATURE_EDEFAULT.equals(signature);
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
		result.append(" (step: ");
		result.append(step);
		result.append(", actorId: ");
		result.append(actorId);
		result.append(", at: ");
		result.append(at);
		result.append(", documentVersion: ");
		result.append(documentVersion);
		result.append(", contentDigest: ");
		result.append(contentDigest);
		result.append(", previousDigest: ");
		result.append(previousDigest);
		result.append(", detail: ");
		result.append(detail);
		result.append(", publicKey: ");
		result.append(publicKey);
		result.append(", signature: ");
		result.append(signature);
		result.append(')');
		return result.toString();
	}

} //SignedStepImpl
