/**
 */
package org.rapport.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One meeting with a client, with the entries of its plan and reflection.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.Session#getId <em>Id</em>}</li>
 *   <li>{@link org.rapport.model.Session#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rapport.model.Session#getDateTime <em>Date Time</em>}</li>
 *   <li>{@link org.rapport.model.Session#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link org.rapport.model.Session#getModality <em>Modality</em>}</li>
 *   <li>{@link org.rapport.model.Session#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.Session#getDocuments <em>Documents</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getSession()
 * @model
 * @generated
 */
public interface Session extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.rapport.model.RapportPackage#getSession_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.rapport.model.Session#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.rapport.model.RapportPackage#getSession_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.rapport.model.Session#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Time</em>' attribute.
	 * @see #setDateTime(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getSession_DateTime()
	 * @model dataType="org.rapport.model.DateTime"
	 * @generated
	 */
	XMLGregorianCalendar getDateTime();

	/**
	 * Sets the value of the '{@link org.rapport.model.Session#getDateTime <em>Date Time</em>}' attribute.
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
	 * @see org.rapport.model.RapportPackage#getSession_LengthMinutes()
	 * @model default="50"
	 * @generated
	 */
	int getLengthMinutes();

	/**
	 * Sets the value of the '{@link org.rapport.model.Session#getLengthMinutes <em>Length Minutes</em>}' attribute.
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
	 * @see org.rapport.model.RapportPackage#getSession_Modality()
	 * @model
	 * @generated
	 */
	Modality getModality();

	/**
	 * Sets the value of the '{@link org.rapport.model.Session#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see org.rapport.model.Modality
	 * @see #getModality()
	 * @generated
	 */
	void setModality(Modality value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.SessionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rapport.model.SessionStatus
	 * @see #setStatus(SessionStatus)
	 * @see org.rapport.model.RapportPackage#getSession_Status()
	 * @model
	 * @generated
	 */
	SessionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rapport.model.Session#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rapport.model.SessionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SessionStatus value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.DocumentEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getSession_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentEntry> getDocuments();

} // Session
