/**
 */
package org.rapport.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.rapport.model.RapportPackage;
import org.rapport.model.RelationshipCheck;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relationship Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.RelationshipCheckImpl#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.RelationshipCheckImpl#getTrust <em>Trust</em>}</li>
 *   <li>{@link org.rapport.model.impl.RelationshipCheckImpl#getEmpathy <em>Empathy</em>}</li>
 *   <li>{@link org.rapport.model.impl.RelationshipCheckImpl#getCommunication <em>Communication</em>}</li>
 *   <li>{@link org.rapport.model.impl.RelationshipCheckImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationshipCheckImpl extends MinimalEObjectImpl.Container implements RelationshipCheck {
	/**
	 * The default value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected String instrumentId = INSTRUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrust() <em>Trust</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrust()
	 * @generated
	 * @ordered
	 */
	protected static final int TRUST_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrust() <em>Trust</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrust()
	 * @generated
	 * @ordered
	 */
	protected int trust = TRUST_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmpathy() <em>Empathy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpathy()
	 * @generated
	 * @ordered
	 */
	protected static final int EMPATHY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEmpathy() <em>Empathy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpathy()
	 * @generated
	 * @ordered
	 */
	protected int empathy = EMPATHY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommunication() <em>Communication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunication()
	 * @generated
	 * @ordered
	 */
	protected static final int COMMUNICATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCommunication() <em>Communication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunication()
	 * @generated
	 * @ordered
	 */
	protected int communication = COMMUNICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationshipCheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.RELATIONSHIP_CHECK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentId() {
		return instrumentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentId(String newInstrumentId) {
		String oldInstrumentId = instrumentId;
		instrumentId = newInstrumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.RELATIONSHIP_CHECK__INSTRUMENT_ID, oldInstrumentId, instrumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrust() {
		return trust;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrust(int newTrust) {
		int oldTrust = trust;
		trust = newTrust;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.RELATIONSHIP_CHECK__TRUST, oldTrust, trust));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEmpathy() {
		return empathy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmpathy(int newEmpathy) {
		int oldEmpathy = empathy;
		empathy = newEmpathy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.RELATIONSHIP_CHECK__EMPATHY, oldEmpathy, empathy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCommunication() {
		return communication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommunication(int newCommunication) {
		int oldCommunication = communication;
		communication = newCommunication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.RELATIONSHIP_CHECK__COMMUNICATION, oldCommunication, communication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.RELATIONSHIP_CHECK__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.RELATIONSHIP_CHECK__INSTRUMENT_ID:
				return getInstrumentId();
			case RapportPackage.RELATIONSHIP_CHECK__TRUST:
				return getTrust();
			case RapportPackage.RELATIONSHIP_CHECK__EMPATHY:
				return getEmpathy();
			case RapportPackage.RELATIONSHIP_CHECK__COMMUNICATION:
				return getCommunication();
			case RapportPackage.RELATIONSHIP_CHECK__NOTE:
				return getNote();
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
			case RapportPackage.RELATIONSHIP_CHECK__INSTRUMENT_ID:
				setInstrumentId((String)newValue);
				return;
			case RapportPackage.RELATIONSHIP_CHECK__TRUST:
				setTrust((Integer)newValue);
				return;
			case RapportPackage.RELATIONSHIP_CHECK__EMPATHY:
				setEmpathy((Integer)newValue);
				return;
			case RapportPackage.RELATIONSHIP_CHECK__COMMUNICATION:
				setCommunication((Integer)newValue);
				return;
			case RapportPackage.RELATIONSHIP_CHECK__NOTE:
				setNote((String)newValue);
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
			case RapportPackage.RELATIONSHIP_CHECK__INSTRUMENT_ID:
				setInstrumentId(INSTRUMENT_ID_EDEFAULT);
				return;
			case RapportPackage.RELATIONSHIP_CHECK__TRUST:
				setTrust(TRUST_EDEFAULT);
				return;
			case RapportPackage.RELATIONSHIP_CHECK__EMPATHY:
				setEmpathy(EMPATHY_EDEFAULT);
				return;
			case RapportPackage.RELATIONSHIP_CHECK__COMMUNICATION:
				setCommunication(COMMUNICATION_EDEFAULT);
				return;
			case RapportPackage.RELATIONSHIP_CHECK__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case RapportPackage.RELATIONSHIP_CHECK__INSTRUMENT_ID:
				return INSTRUMENT_ID_EDEFAULT == null ? instrumentId != null : !INSTRUMENT_ID_EDEFAULT.equals(instrumentId);
			case RapportPackage.RELATIONSHIP_CHECK__TRUST:
				return trust != TRUST_EDEFAULT;
			case RapportPackage.RELATIONSHIP_CHECK__EMPATHY:
				return empathy != EMPATHY_EDEFAULT;
			case RapportPackage.RELATIONSHIP_CHECK__COMMUNICATION:
				return communication != COMMUNICATION_EDEFAULT;
			case RapportPackage.RELATIONSHIP_CHECK__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (instrumentId: ");
		result.append(instrumentId);
		result.append(", trust: ");
		result.append(trust);
		result.append(", empathy: ");
		result.append(empathy);
		result.append(", communication: ");
		result.append(communication);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //RelationshipCheckImpl
