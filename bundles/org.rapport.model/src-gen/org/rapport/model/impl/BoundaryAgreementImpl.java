/**
 */
package org.rapport.model.impl;

import java.util.Collection;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.Party;
import org.rapport.model.RapportPackage;
import org.rapport.model.Signature;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Boundary Agreement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.BoundaryAgreementImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryAgreementImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryAgreementImpl#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryAgreementImpl#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryAgreementImpl#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryAgreementImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryAgreementImpl#getClauses <em>Clauses</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryAgreementImpl#getSignatures <em>Signatures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BoundaryAgreementImpl extends DocumentImpl implements BoundaryAgreement {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AgreementStatus STATUS_EDEFAULT = AgreementStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AgreementStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar EFFECTIVE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar effectiveDate = EFFECTIVE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar REVIEW_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar reviewDate = REVIEW_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupersedes() <em>Supersedes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersedes()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPERSEDES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupersedes() <em>Supersedes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersedes()
	 * @generated
	 * @ordered
	 */
	protected String supersedes = SUPERSEDES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Party> parties;

	/**
	 * The cached value of the '{@link #getClauses() <em>Clauses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClauses()
	 * @generated
	 * @ordered
	 */
	protected EList<Clause> clauses;

	/**
	 * The cached value of the '{@link #getSignatures() <em>Signatures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatures()
	 * @generated
	 * @ordered
	 */
	protected EList<Signature> signatures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BoundaryAgreementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.BOUNDARY_AGREEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.BOUNDARY_AGREEMENT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgreementStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AgreementStatus newStatus) {
		AgreementStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.BOUNDARY_AGREEMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getEffectiveDate() {
		return effectiveDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveDate(XMLGregorianCalendar newEffectiveDate) {
		XMLGregorianCalendar oldEffectiveDate = effectiveDate;
		effectiveDate = newEffectiveDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.BOUNDARY_AGREEMENT__EFFECTIVE_DATE, oldEffectiveDate, effectiveDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getReviewDate() {
		return reviewDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewDate(XMLGregorianCalendar newReviewDate) {
		XMLGregorianCalendar oldReviewDate = reviewDate;
		reviewDate = newReviewDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.BOUNDARY_AGREEMENT__REVIEW_DATE, oldReviewDate, reviewDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupersedes() {
		return supersedes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupersedes(String newSupersedes) {
		String oldSupersedes = supersedes;
		supersedes = newSupersedes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.BOUNDARY_AGREEMENT__SUPERSEDES, oldSupersedes, supersedes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Party> getParties() {
		if (parties == null) {
			parties = new EObjectContainmentEList<Party>(Party.class, this, RapportPackage.BOUNDARY_AGREEMENT__PARTIES);
		}
		return parties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Clause> getClauses() {
		if (clauses == null) {
			clauses = new EObjectContainmentEList<Clause>(Clause.class, this, RapportPackage.BOUNDARY_AGREEMENT__CLAUSES);
		}
		return clauses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Signature> getSignatures() {
		if (signatures == null) {
			signatures = new EObjectContainmentEList<Signature>(Signature.class, this, RapportPackage.BOUNDARY_AGREEMENT__SIGNATURES);
		}
		return signatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RapportPackage.BOUNDARY_AGREEMENT__PARTIES:
				return ((InternalEList<?>)getParties()).basicRemove(otherEnd, msgs);
			case RapportPackage.BOUNDARY_AGREEMENT__CLAUSES:
				return ((InternalEList<?>)getClauses()).basicRemove(otherEnd, msgs);
			case RapportPackage.BOUNDARY_AGREEMENT__SIGNATURES:
				return ((InternalEList<?>)getSignatures()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.BOUNDARY_AGREEMENT__VERSION:
				return getVersion();
			case RapportPackage.BOUNDARY_AGREEMENT__STATUS:
				return getStatus();
			case RapportPackage.BOUNDARY_AGREEMENT__EFFECTIVE_DATE:
				return getEffectiveDate();
			case RapportPackage.BOUNDARY_AGREEMENT__REVIEW_DATE:
				return getReviewDate();
			case RapportPackage.BOUNDARY_AGREEMENT__SUPERSEDES:
				return getSupersedes();
			case RapportPackage.BOUNDARY_AGREEMENT__PARTIES:
				return getParties();
			case RapportPackage.BOUNDARY_AGREEMENT__CLAUSES:
				return getClauses();
			case RapportPackage.BOUNDARY_AGREEMENT__SIGNATURES:
				return getSignatures();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RapportPackage.BOUNDARY_AGREEMENT__VERSION:
				setVersion((Integer)newValue);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__STATUS:
				setStatus((AgreementStatus)newValue);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__EFFECTIVE_DATE:
				setEffectiveDate((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__REVIEW_DATE:
				setReviewDate((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__SUPERSEDES:
				setSupersedes((String)newValue);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends Party>)newValue);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__CLAUSES:
				getClauses().clear();
				getClauses().addAll((Collection<? extends Clause>)newValue);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__SIGNATURES:
				getSignatures().clear();
				getSignatures().addAll((Collection<? extends Signature>)newValue);
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
			case RapportPackage.BOUNDARY_AGREEMENT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__EFFECTIVE_DATE:
				setEffectiveDate(EFFECTIVE_DATE_EDEFAULT);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__REVIEW_DATE:
				setReviewDate(REVIEW_DATE_EDEFAULT);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__SUPERSEDES:
				setSupersedes(SUPERSEDES_EDEFAULT);
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__PARTIES:
				getParties().clear();
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__CLAUSES:
				getClauses().clear();
				return;
			case RapportPackage.BOUNDARY_AGREEMENT__SIGNATURES:
				getSignatures().clear();
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
			case RapportPackage.BOUNDARY_AGREEMENT__VERSION:
				return version != VERSION_EDEFAULT;
			case RapportPackage.BOUNDARY_AGREEMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case RapportPackage.BOUNDARY_AGREEMENT__EFFECTIVE_DATE:
				return EFFECTIVE_DATE_EDEFAULT == null ? effectiveDate != null : !EFFECTIVE_DATE_EDEFAULT.equals(effectiveDate);
			case RapportPackage.BOUNDARY_AGREEMENT__REVIEW_DATE:
				return REVIEW_DATE_EDEFAULT == null ? reviewDate != null : !REVIEW_DATE_EDEFAULT.equals(reviewDate);
			case RapportPackage.BOUNDARY_AGREEMENT__SUPERSEDES:
				return SUPERSEDES_EDEFAULT == null ? supersedes != null : !SUPERSEDES_EDEFAULT.equals(supersedes);
			case RapportPackage.BOUNDARY_AGREEMENT__PARTIES:
				return parties != null && !parties.isEmpty();
			case RapportPackage.BOUNDARY_AGREEMENT__CLAUSES:
				return clauses != null && !clauses.isEmpty();
			case RapportPackage.BOUNDARY_AGREEMENT__SIGNATURES:
				return signatures != null && !signatures.isEmpty();
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
		result.append(" (version: ");
		result.append(version);
		result.append(", status: ");
		result.append(status);
		result.append(", effectiveDate: ");
		result.append(effectiveDate);
		result.append(", reviewDate: ");
		result.append(reviewDate);
		result.append(", supersedes: ");
		result.append(supersedes);
		result.append(')');
		return result.toString();
	}

} //BoundaryAgreementImpl
