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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.model.CaseStatus;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Person;
import org.rapport.model.RapportPackage;
import org.rapport.model.Session;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Client Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.ClientCaseImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.model.impl.ClientCaseImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.rapport.model.impl.ClientCaseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.impl.ClientCaseImpl#getSupervisors <em>Supervisors</em>}</li>
 *   <li>{@link org.rapport.model.impl.ClientCaseImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.rapport.model.impl.ClientCaseImpl#getAgreements <em>Agreements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClientCaseImpl extends MinimalEObjectImpl.Container implements ClientCase {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = CaseStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupervisors() <em>Supervisors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisors()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> supervisors;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<Session> sessions;

	/**
	 * The cached value of the '{@link #getAgreements() <em>Agreements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<DocumentEntry> agreements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClientCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.CLIENT_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CLIENT_CASE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(XMLGregorianCalendar newStartDate) {
		XMLGregorianCalendar oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CLIENT_CASE__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CLIENT_CASE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getSupervisors() {
		if (supervisors == null) {
			supervisors = new EObjectEList<Person>(Person.class, this, RapportPackage.CLIENT_CASE__SUPERVISORS);
		}
		return supervisors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Session> getSessions() {
		if (sessions == null) {
			sessions = new EObjectContainmentEList<Session>(Session.class, this, RapportPackage.CLIENT_CASE__SESSIONS);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DocumentEntry> getAgreements() {
		if (agreements == null) {
			agreements = new EObjectContainmentEList<DocumentEntry>(DocumentEntry.class, this, RapportPackage.CLIENT_CASE__AGREEMENTS);
		}
		return agreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RapportPackage.CLIENT_CASE__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
			case RapportPackage.CLIENT_CASE__AGREEMENTS:
				return ((InternalEList<?>)getAgreements()).basicRemove(otherEnd, msgs);
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
			case RapportPackage.CLIENT_CASE__CODE:
				return getCode();
			case RapportPackage.CLIENT_CASE__START_DATE:
				return getStartDate();
			case RapportPackage.CLIENT_CASE__STATUS:
				return getStatus();
			case RapportPackage.CLIENT_CASE__SUPERVISORS:
				return getSupervisors();
			case RapportPackage.CLIENT_CASE__SESSIONS:
				return getSessions();
			case RapportPackage.CLIENT_CASE__AGREEMENTS:
				return getAgreements();
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
			case RapportPackage.CLIENT_CASE__CODE:
				setCode((String)newValue);
				return;
			case RapportPackage.CLIENT_CASE__START_DATE:
				setStartDate((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.CLIENT_CASE__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case RapportPackage.CLIENT_CASE__SUPERVISORS:
				getSupervisors().clear();
				getSupervisors().addAll((Collection<? extends Person>)newValue);
				return;
			case RapportPackage.CLIENT_CASE__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends Session>)newValue);
				return;
			case RapportPackage.CLIENT_CASE__AGREEMENTS:
				getAgreements().clear();
				getAgreements().addAll((Collection<? extends DocumentEntry>)newValue);
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
			case RapportPackage.CLIENT_CASE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RapportPackage.CLIENT_CASE__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case RapportPackage.CLIENT_CASE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RapportPackage.CLIENT_CASE__SUPERVISORS:
				getSupervisors().clear();
				return;
			case RapportPackage.CLIENT_CASE__SESSIONS:
				getSessions().clear();
				return;
			case RapportPackage.CLIENT_CASE__AGREEMENTS:
				getAgreements().clear();
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
			case RapportPackage.CLIENT_CASE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RapportPackage.CLIENT_CASE__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case RapportPackage.CLIENT_CASE__STATUS:
				return status != STATUS_EDEFAULT;
			case RapportPackage.CLIENT_CASE__SUPERVISORS:
				return supervisors != null && !supervisors.isEmpty();
			case RapportPackage.CLIENT_CASE__SESSIONS:
				return sessions != null && !sessions.isEmpty();
			case RapportPackage.CLIENT_CASE__AGREEMENTS:
				return agreements != null && !agreements.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ClientCaseImpl
