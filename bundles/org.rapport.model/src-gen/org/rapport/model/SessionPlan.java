/**
 */
package org.rapport.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The plan of one session: goals, a time-boxed agenda, techniques to practise, risk notes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.SessionPlan#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getSessionNumber <em>Session Number</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getDateTime <em>Date Time</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getModality <em>Modality</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getTechniques <em>Techniques</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getClausesToRevisit <em>Clauses To Revisit</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getMaterials <em>Materials</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getSupervisionQuestions <em>Supervision Questions</em>}</li>
 *   <li>{@link org.rapport.model.SessionPlan#getCarriedActions <em>Carried Actions</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getSessionPlan()
 * @model
 * @generated
 */
public interface SessionPlan extends Document {
	/**
	 * Returns the value of the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session Id</em>' attribute.
	 * @see #setSessionId(String)
	 * @see org.rapport.model.RapportPackage#getSessionPlan_SessionId()
	 * @model
	 * @generated
	 */
	String getSessionId();

	/**
	 * Sets the value of the '{@link org.rapport.model.SessionPlan#getSessionId <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Id</em>' attribute.
	 * @see #getSessionId()
	 * @generated
	 */
	void setSessionId(String value);

	/**
	 * Returns the value of the '<em><b>Session Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session Number</em>' attribute.
	 * @see #setSessionNumber(int)
	 * @see org.rapport.model.RapportPackage#getSessionPlan_SessionNumber()
	 * @model
	 * @generated
	 */
	int getSessionNumber();

	/**
	 * Sets the value of the '{@link org.rapport.model.SessionPlan#getSessionNumber <em>Session Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Number</em>' attribute.
	 * @see #getSessionNumber()
	 * @generated
	 */
	void setSessionNumber(int value);

	/**
	 * Returns the value of the '<em><b>Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Time</em>' attribute.
	 * @see #setDateTime(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getSessionPlan_DateTime()
	 * @model dataType="org.rapport.model.DateTime"
	 * @generated
	 */
	XMLGregorianCalendar getDateTime();

	/**
	 * Sets the value of the '{@link org.rapport.model.SessionPlan#getDateTime <em>Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Time</em>' attribute.
	 * @see #getDateTime()
	 * @generated
	 */
	void setDateTime(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Length Minutes</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length Minutes</em>' attribute.
	 * @see #setLengthMinutes(int)
	 * @see org.rapport.model.RapportPackage#getSessionPlan_LengthMinutes()
	 * @model default="50"
	 * @generated
	 */
	int getLengthMinutes();

	/**
	 * Sets the value of the '{@link org.rapport.model.SessionPlan#getLengthMinutes <em>Length Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length Minutes</em>' attribute.
	 * @see #getLengthMinutes()
	 * @generated
	 */
	void setLengthMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.Modality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see org.rapport.model.Modality
	 * @see #setModality(Modality)
	 * @see org.rapport.model.RapportPackage#getSessionPlan_Modality()
	 * @model
	 * @generated
	 */
	Modality getModality();

	/**
	 * Sets the value of the '{@link org.rapport.model.SessionPlan#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see org.rapport.model.Modality
	 * @see #getModality()
	 * @generated
	 */
	void setModality(Modality value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getSessionPlan_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Agenda</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.AgendaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getSessionPlan_Agenda()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgendaItem> getAgenda();

	/**
	 * Returns the value of the '<em><b>Techniques</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.PlannedTechnique}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Techniques</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getSessionPlan_Techniques()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlannedTechnique> getTechniques();

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.RiskConsideration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getSessionPlan_Risks()
	 * @model containment="true"
	 * @generated
	 */
	EList<RiskConsideration> getRisks();

	/**
	 * Returns the value of the '<em><b>Clauses To Revisit</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of clauses of the client's current agreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clauses To Revisit</em>' attribute list.
	 * @see org.rapport.model.RapportPackage#getSessionPlan_ClausesToRevisit()
	 * @model
	 * @generated
	 */
	EList<String> getClausesToRevisit();

	/**
	 * Returns the value of the '<em><b>Materials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Materials</em>' attribute.
	 * @see #setMaterials(String)
	 * @see org.rapport.model.RapportPackage#getSessionPlan_Materials()
	 * @model
	 * @generated
	 */
	String getMaterials();

	/**
	 * Sets the value of the '{@link org.rapport.model.SessionPlan#getMaterials <em>Materials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Materials</em>' attribute.
	 * @see #getMaterials()
	 * @generated
	 */
	void setMaterials(String value);

	/**
	 * Returns the value of the '<em><b>Supervision Questions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervision Questions</em>' attribute.
	 * @see #setSupervisionQuestions(String)
	 * @see org.rapport.model.RapportPackage#getSessionPlan_SupervisionQuestions()
	 * @model
	 * @generated
	 */
	String getSupervisionQuestions();

	/**
	 * Sets the value of the '{@link org.rapport.model.SessionPlan#getSupervisionQuestions <em>Supervision Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervision Questions</em>' attribute.
	 * @see #getSupervisionQuestions()
	 * @generated
	 */
	void setSupervisionQuestions(String value);

	/**
	 * Returns the value of the '<em><b>Carried Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.CarriedAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Carried Actions</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getSessionPlan_CarriedActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<CarriedAction> getCarriedActions();

} // SessionPlan
