/**
 */
package org.rapport.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.rapport.model.RapportPackage;
import org.rapport.model.TechniqueRating;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Technique Rating</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.TechniqueRatingImpl#getTechniqueId <em>Technique Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.TechniqueRatingImpl#getRating <em>Rating</em>}</li>
 *   <li>{@link org.rapport.model.impl.TechniqueRatingImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TechniqueRatingImpl extends MinimalEObjectImpl.Container implements TechniqueRating {
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
	 * The default value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected static final int RATING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected int rating = RATING_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TechniqueRatingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.TECHNIQUE_RATING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.TECHNIQUE_RATING__TECHNIQUE_ID, oldTechniqueId, techniqueId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRating() {
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(int newRating) {
		int oldRating = rating;
		rating = newRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.TECHNIQUE_RATING__RATING, oldRating, rating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.TECHNIQUE_RATING__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.TECHNIQUE_RATING__TECHNIQUE_ID:
				return getTechniqueId();
			case RapportPackage.TECHNIQUE_RATING__RATING:
				return getRating();
			case RapportPackage.TECHNIQUE_RATING__EVIDENCE:
				return getEvidence();
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
			case RapportPackage.TECHNIQUE_RATING__TECHNIQUE_ID:
				setTechniqueId((String)newValue);
				return;
			case RapportPackage.TECHNIQUE_RATING__RATING:
				setRating((Integer)newValue);
				return;
			case RapportPackage.TECHNIQUE_RATING__EVIDENCE:
				setEvidence((String)newValue);
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
			case RapportPackage.TECHNIQUE_RATING__TECHNIQUE_ID:
				setTechniqueId(TECHNIQUE_ID_EDEFAULT);
				return;
			case RapportPackage.TECHNIQUE_RATING__RATING:
				setRating(RATING_EDEFAULT);
				return;
			case RapportPackage.TECHNIQUE_RATING__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
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
			case RapportPackage.TECHNIQUE_RATING__TECHNIQUE_ID:
				return TECHNIQUE_ID_EDEFAULT == null ? techniqueId != null : !TECHNIQUE_ID_EDEFAULT.equals(techniqueId);
			case RapportPackage.TECHNIQUE_RATING__RATING:
				return rating != RATING_EDEFAULT;
			case RapportPackage.TECHNIQUE_RATING__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
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
		result.append(", rating: ");
		result.append(rating);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(')');
		return result.toString();
	}

} //TechniqueRatingImpl
