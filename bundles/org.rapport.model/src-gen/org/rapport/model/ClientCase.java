/**
 */
package org.rapport.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client, known only by a pseudonymous code (never a name, e-mail, phone number or date of birth).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.ClientCase#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.model.ClientCase#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.rapport.model.ClientCase#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.ClientCase#getSupervisors <em>Supervisors</em>}</li>
 *   <li>{@link org.rapport.model.ClientCase#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.rapport.model.ClientCase#getAgreements <em>Agreements</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getClientCase()
 * @model
 * @generated
 */
public interface ClientCase extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rapport.model.RapportPackage#getClientCase_Code()
	 * @model id="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rapport.model.ClientCase#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getClientCase_StartDate()
	 * @model dataType="org.rapport.model.Date"
	 * @generated
	 */
	XMLGregorianCalendar getStartDate();

	/**
	 * Sets the value of the '{@link org.rapport.model.ClientCase#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rapport.model.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see org.rapport.model.RapportPackage#getClientCase_Status()
	 * @model
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rapport.model.ClientCase#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rapport.model.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Supervisors</b></em>' reference list.
	 * The list contents are of type {@link org.rapport.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisors</em>' reference list.
	 * @see org.rapport.model.RapportPackage#getClientCase_Supervisors()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Person> getSupervisors();

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Session}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getClientCase_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Session> getSessions();

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.DocumentEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every version of the boundary agreement with this client, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreements</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getClientCase_Agreements()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentEntry> getAgreements();

} // ClientCase
