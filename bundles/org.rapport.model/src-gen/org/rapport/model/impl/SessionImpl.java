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
import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.model.DocumentEntry;
import org.rapport.model.Modality;
import org.rapport.model.RapportPackage;
import org.rapport.model.Session;
import org.rapport.model.SessionStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.SessionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionImpl#getDateTime <em>Date Time</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionImpl#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionImpl#getDocuments <em>Documents</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends MinimalEObjectImpl.Container implements Session {
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
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateTime() <em>Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateTime()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar DATE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateTime() <em>Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateTime()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar dateTime = DATE_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLengthMinutes() <em>Length Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_MINUTES_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getLengthMinutes() <em>Length Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthMinutes()
	 * @generated
	 * @ordered
	 */
	protected int lengthMinutes = LENGTH_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final Modality MODALITY_EDEFAULT = Modality.IN_PERSON;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected Modality modality = MODALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SessionStatus STATUS_EDEFAULT = SessionStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SessionStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<DocumentEntry> documents;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.SESSION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getDateTime() {
		return dateTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateTime(XMLGregorianCalendar newDateTime) {
		XMLGregorianCalendar oldDateTime = dateTime;
		dateTime = newDateTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION__DATE_TIME, oldDateTime, dateTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLengthMinutes() {
		return lengthMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLengthMinutes(int newLengthMinutes) {
		int oldLengthMinutes = lengthMinutes;
		lengthMinutes = newLengthMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION__LENGTH_MINUTES, oldLengthMinutes, lengthMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modality getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(Modality newModality) {
		Modality oldModality = modality;
		modality = newModality == null ? MODALITY_EDEFAULT : newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SessionStatus newStatus) {
		SessionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DocumentEntry> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<DocumentEntry>(DocumentEntry.class, this, RapportPackage.SESSION__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RapportPackage.SESSION__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
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
			case RapportPackage.SESSION__ID:
				return getId();
			case RapportPackage.SESSION__NUMBER:
				return getNumber();
			case RapportPackage.SESSION__DATE_TIME:
				return getDateTime();
			case RapportPackage.SESSION__LENGTH_MINUTES:
				return getLengthMinutes();
			case RapportPackage.SESSION__MODALITY:
				return getModality();
			case RapportPackage.SESSION__STATUS:
				return getStatus();
			case RapportPackage.SESSION__DOCUMENTS:
				return getDocuments();
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
			case RapportPackage.SESSION__ID:
				setId((String)newValue);
				return;
			case RapportPackage.SESSION__NUMBER:
				setNumber((Integer)newValue);
				return;
			case RapportPackage.SESSION__DATE_TIME:
				setDateTime((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.SESSION__LENGTH_MINUTES:
				setLengthMinutes((Integer)newValue);
				return;
			case RapportPackage.SESSION__MODALITY:
				setModality((Modality)newValue);
				return;
			case RapportPackage.SESSION__STATUS:
				setStatus((SessionStatus)newValue);
				return;
			case RapportPackage.SESSION__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends DocumentEntry>)newValue);
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
			case RapportPackage.SESSION__ID:
				setId(ID_EDEFAULT);
				return;
			case RapportPackage.SESSION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case RapportPackage.SESSION__DATE_TIME:
				setDateTime(DATE_TIME_EDEFAULT);
				return;
			case RapportPackage.SESSION__LENGTH_MINUTES:
				setLengthMinutes(LENGTH_MINUTES_EDEFAULT);
				return;
			case RapportPackage.SESSION__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case RapportPackage.SESSION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RapportPackage.SESSION__DOCUMENTS:
				getDocuments().clear();
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
			case RapportPackage.SESSION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RapportPackage.SESSION__NUMBER:
				return number != NUMBER_EDEFAULT;
			case RapportPackage.SESSION__DATE_TIME:
				return DATE_TIME_EDEFAULT == null ? dateTime != null : !DATE_TIME_EDEFAULT.equals(dateTime);
			case RapportPackage.SESSION__LENGTH_MINUTES:
				return lengthMinutes != LENGTH_MINUTES_EDEFAULT;
			case RapportPackage.SESSION__MODALITY:
				return modality != MODALITY_EDEFAULT;
			case RapportPackage.SESSION__STATUS:
				return status != STATUS_EDEFAULT;
			case RapportPackage.SESSION__DOCUMENTS:
				return documents != null && !documents.isEmpty();
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
		result.append(", number: ");
		result.append(number);
		result.append(", dateTime: ");
		result.append(dateTime);
		result.append(", lengthMinutes: ");
		result.append(lengthMinutes);
		result.append(", modality: ");
		result.append(modality);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
