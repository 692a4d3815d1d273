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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.model.AgendaItem;
import org.rapport.model.CarriedAction;
import org.rapport.model.Goal;
import org.rapport.model.Modality;
import org.rapport.model.PlannedTechnique;
import org.rapport.model.RapportPackage;
import org.rapport.model.RiskConsideration;
import org.rapport.model.SessionPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getSessionNumber <em>Session Number</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getDateTime <em>Date Time</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getTechniques <em>Techniques</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getClausesToRevisit <em>Clauses To Revisit</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getMaterials <em>Materials</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getSupervisionQuestions <em>Supervision Questions</em>}</li>
 *   <li>{@link org.rapport.model.impl.SessionPlanImpl#getCarriedActions <em>Carried Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionPlanImpl extends DocumentImpl implements SessionPlan {
	/**
	 * The default value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SESSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected String sessionId = SESSION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionNumber() <em>Session Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int SESSION_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSessionNumber() <em>Session Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNumber()
	 * @generated
	 * @ordered
	 */
	protected int sessionNumber = SESSION_NUMBER_EDEFAULT;

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
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getAgenda() <em>Agenda</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgenda()
	 * @generated
	 * @ordered
	 */
	protected EList<AgendaItem> agenda;

	/**
	 * The cached value of the '{@link #getTechniques() <em>Techniques</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechniques()
	 * @generated
	 * @ordered
	 */
	protected EList<PlannedTechnique> techniques;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<RiskConsideration> risks;

	/**
	 * The cached value of the '{@link #getClausesToRevisit() <em>Clauses To Revisit</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClausesToRevisit()
	 * @generated
	 * @ordered
	 */
	protected EList<String> clausesToRevisit;

	/**
	 * The default value of the '{@link #getMaterials() <em>Materials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterials()
	 * @generated
	 * @ordered
	 */
	protected static final String MATERIALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaterials() <em>Materials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterials()
	 * @generated
	 * @ordered
	 */
	protected String materials = MATERIALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupervisionQuestions() <em>Supervision Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionQuestions()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPERVISION_QUESTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupervisionQuestions() <em>Supervision Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionQuestions()
	 * @generated
	 * @ordered
	 */
	protected String supervisionQuestions = SUPERVISION_QUESTIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCarriedActions() <em>Carried Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarriedActions()
	 * @generated
	 * @ordered
	 */
	protected EList<CarriedAction> carriedActions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.SESSION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSessionId() {
		return sessionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionId(String newSessionId) {
		String oldSessionId = sessionId;
		sessionId = newSessionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION_PLAN__SESSION_ID, oldSessionId, sessionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSessionNumber() {
		return sessionNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionNumber(int newSessionNumber) {
		int oldSessionNumber = sessionNumber;
		sessionNumber = newSessionNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION_PLAN__SESSION_NUMBER, oldSessionNumber, sessionNumber));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION_PLAN__DATE_TIME, oldDateTime, dateTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION_PLAN__LENGTH_MINUTES, oldLengthMinutes, lengthMinutes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION_PLAN__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, RapportPackage.SESSION_PLAN__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgendaItem> getAgenda() {
		if (agenda == null) {
			agenda = new EObjectContainmentEList<AgendaItem>(AgendaItem.class, this, RapportPackage.SESSION_PLAN__AGENDA);
		}
		return agenda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlannedTechnique> getTechniques() {
		if (techniques == null) {
			techniques = new EObjectContainmentEList<PlannedTechnique>(PlannedTechnique.class, this, RapportPackage.SESSION_PLAN__TECHNIQUES);
		}
		return techniques;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RiskConsideration> getRisks() {
		if (risks == null) {
			risks = new EObjectContainmentEList<RiskConsideration>(RiskConsideration.class, this, RapportPackage.SESSION_PLAN__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getClausesToRevisit() {
		if (clausesToRevisit == null) {
			clausesToRevisit = new EDataTypeUniqueEList<String>(String.class, this, RapportPackage.SESSION_PLAN__CLAUSES_TO_REVISIT);
		}
		return clausesToRevisit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaterials() {
		return materials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaterials(String newMaterials) {
		String oldMaterials = materials;
		materials = newMaterials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION_PLAN__MATERIALS, oldMaterials, materials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupervisionQuestions() {
		return supervisionQuestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisionQuestions(String newSupervisionQuestions) {
		String oldSupervisionQuestions = supervisionQuestions;
		supervisionQuestions = newSupervisionQuestions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.SESSION_PLAN__SUPERVISION_QUESTIONS, oldSupervisionQuestions, supervisionQuestions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CarriedAction> getCarriedActions() {
		if (carriedActions == null) {
			carriedActions = new EObjectContainmentEList<CarriedAction>(CarriedAction.class, this, RapportPackage.SESSION_PLAN__CARRIED_ACTIONS);
		}
		return carriedActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RapportPackage.SESSION_PLAN__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case RapportPackage.SESSION_PLAN__AGENDA:
				return ((InternalEList<?>)getAgenda()).basicRemove(otherEnd, msgs);
			case RapportPackage.SESSION_PLAN__TECHNIQUES:
				return ((InternalEList<?>)getTechniques()).basicRemove(otherEnd, msgs);
			case RapportPackage.SESSION_PLAN__RISKS:
				return ((InternalEList<?>)getRisks()).basicRemove(otherEnd, msgs);
			case RapportPackage.SESSION_PLAN__CARRIED_ACTIONS:
				return ((InternalEList<?>)getCarriedActions()).basicRemove(otherEnd, msgs);
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
			case RapportPackage.SESSION_PLAN__SESSION_ID:
				return getSessionId();
			case RapportPackage.SESSION_PLAN__SESSION_NUMBER:
				return getSessionNumber();
			case RapportPackage.SESSION_PLAN__DATE_TIME:
				return getDateTime();
			case RapportPackage.SESSION_PLAN__LENGTH_MINUTES:
				return getLengthMinutes();
			case RapportPackage.SESSION_PLAN__MODALITY:
				return getModality();
			case RapportPackage.SESSION_PLAN__GOALS:
				return getGoals();
			case RapportPackage.SESSION_PLAN__AGENDA:
				return getAgenda();
			case RapportPackage.SESSION_PLAN__TECHNIQUES:
				return getTechniques();
			case RapportPackage.SESSION_PLAN__RISKS:
				return getRisks();
			case RapportPackage.SESSION_PLAN__CLAUSES_TO_REVISIT:
				return getClausesToRevisit();
			case RapportPackage.SESSION_PLAN__MATERIALS:
				return getMaterials();
			case RapportPackage.SESSION_PLAN__SUPERVISION_QUESTIONS:
				return getSupervisionQuestions();
			case RapportPackage.SESSION_PLAN__CARRIED_ACTIONS:
				return getCarriedActions();
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
			case RapportPackage.SESSION_PLAN__SESSION_ID:
				setSessionId((String)newValue);
				return;
			case RapportPackage.SESSION_PLAN__SESSION_NUMBER:
				setSessionNumber((Integer)newValue);
				return;
			case RapportPackage.SESSION_PLAN__DATE_TIME:
				setDateTime((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.SESSION_PLAN__LENGTH_MINUTES:
				setLengthMinutes((Integer)newValue);
				return;
			case RapportPackage.SESSION_PLAN__MODALITY:
				setModality((Modality)newValue);
				return;
			case RapportPackage.SESSION_PLAN__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case RapportPackage.SESSION_PLAN__AGENDA:
				getAgenda().clear();
				getAgenda().addAll((Collection<? extends AgendaItem>)newValue);
				return;
			case RapportPackage.SESSION_PLAN__TECHNIQUES:
				getTechniques().clear();
				getTechniques().addAll((Collection<? extends PlannedTechnique>)newValue);
				return;
			case RapportPackage.SESSION_PLAN__RISKS:
				getRisks().clear();
				getRisks().addAll((Collection<? extends RiskConsideration>)newValue);
				return;
			case RapportPackage.SESSION_PLAN__CLAUSES_TO_REVISIT:
				getClausesToRevisit().clear();
				getClausesToRevisit().addAll((Collection<? extends String>)newValue);
				return;
			case RapportPackage.SESSION_PLAN__MATERIALS:
				setMaterials((String)newValue);
				return;
			case RapportPackage.SESSION_PLAN__SUPERVISION_QUESTIONS:
				setSupervisionQuestions((String)newValue);
				return;
			case RapportPackage.SESSION_PLAN__CARRIED_ACTIONS:
				getCarriedActions().clear();
				getCarriedActions().addAll((Collection<? extends CarriedAction>)newValue);
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
			case RapportPackage.SESSION_PLAN__SESSION_ID:
				setSessionId(SESSION_ID_EDEFAULT);
				return;
			case RapportPackage.SESSION_PLAN__SESSION_NUMBER:
				setSessionNumber(SESSION_NUMBER_EDEFAULT);
				return;
			case RapportPackage.SESSION_PLAN__DATE_TIME:
				setDateTime(DATE_TIME_EDEFAULT);
				return;
			case RapportPackage.SESSION_PLAN__LENGTH_MINUTES:
				setLengthMinutes(LENGTH_MINUTES_EDEFAULT);
				return;
			case RapportPackage.SESSION_PLAN__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case RapportPackage.SESSION_PLAN__GOALS:
				getGoals().clear();
				return;
			case RapportPackage.SESSION_PLAN__AGENDA:
				getAgenda().clear();
				return;
			case RapportPackage.SESSION_PLAN__TECHNIQUES:
				getTechniques().clear();
				return;
			case RapportPackage.SESSION_PLAN__RISKS:
				getRisks().clear();
				return;
			case RapportPackage.SESSION_PLAN__CLAUSES_TO_REVISIT:
				getClausesToRevisit().clear();
				return;
			case RapportPackage.SESSION_PLAN__MATERIALS:
				setMaterials(MATERIALS_EDEFAULT);
				return;
			case RapportPackage.SESSION_PLAN__SUPERVISION_QUESTIONS:
				setSupervisionQuestions(SUPERVISION_QUESTIONS_EDEFAULT);
				return;
			case RapportPackage.SESSION_PLAN__CARRIED_ACTIONS:
				getCarriedActions().clear();
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
			case RapportPackage.SESSION_PLAN__SESSION_ID:
				return SESSION_ID_EDEFAULT == null ? sessionId != null : !SESSION_ID_EDEFAULT.equals(sessionId);
			case RapportPackage.SESSION_PLAN__SESSION_NUMBER:
				return sessionNumber != SESSION_NUMBER_EDEFAULT;
			case RapportPackage.SESSION_PLAN__DATE_TIME:
				return DATE_TIME_EDEFAULT == null ? dateTime != null : !DATE_TIME_EDEFAULT.equals(dateTime);
			case RapportPackage.SESSION_PLAN__LENGTH_MINUTES:
				return lengthMinutes != LENGTH_MINUTES_EDEFAULT;
			case RapportPackage.SESSION_PLAN__MODALITY:
				return modality != MODALITY_EDEFAULT;
			case RapportPackage.SESSION_PLAN__GOALS:
				return goals != null && !goals.isEmpty();
			case RapportPackage.SESSION_PLAN__AGENDA:
				return agenda != null && !agenda.isEmpty();
			case RapportPackage.SESSION_PLAN__TECHNIQUES:
				return techniques != null && !techniques.isEmpty();
			case RapportPackage.SESSION_PLAN__RISKS:
				return risks != null && !risks.isEmpty();
			case RapportPackage.SESSION_PLAN__CLAUSES_TO_REVISIT:
				return clausesToRevisit != null && !clausesToRevisit.isEmpty();
			case RapportPackage.SESSION_PLAN__MATERIALS:
				return MATERIALS_EDEFAULT == null ? materials != null : !MATERIALS_EDEFAULT.equals(materials);
			case RapportPackage.SESSION_PLAN__SUPERVISION_QUESTIONS:
				return SUPERVISION_QUESTIONS_EDEFAULT == null ? supervisionQuestions != null : !SUPERVISION_QUESTIONS_EDEFAULT.equals(supervisionQuestions);
			case RapportPackage.SESSION_PLAN__CARRIED_ACTIONS:
				return carriedActions != null && !carriedActions.isEmpty();
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
		result.append(" (sessionId: ");
		result.append(sessionId);
		result.append(", sessionNumber: ");
		result.append(sessionNumber);
		result.append(", dateTime: ");
		result.append(dateTime);
		result.append(", lengthMinutes: ");
		result.append(lengthMinutes);
		result.append(", modality: ");
		result.append(modality);
		result.append(", clausesToRevisit: ");
		result.append(clausesToRevisit);
		result.append(", materials: ");
		result.append(materials);
		result.append(", supervisionQuestions: ");
		result.append(supervisionQuestions);
		result.append(')');
		return result.toString();
	}

} //SessionPlanImpl
