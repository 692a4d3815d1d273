/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Trust, empathy and communication as the trainee felt them, on the relationship-check instrument.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.RelationshipCheck#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.rapport.model.RelationshipCheck#getTrust <em>Trust</em>}</li>
 *   <li>{@link org.rapport.model.RelationshipCheck#getEmpathy <em>Empathy</em>}</li>
 *   <li>{@link org.rapport.model.RelationshipCheck#getCommunication <em>Communication</em>}</li>
 *   <li>{@link org.rapport.model.RelationshipCheck#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getRelationshipCheck()
 * @model
 * @generated
 */
public interface RelationshipCheck extends EObject {
	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see org.rapport.model.RapportPackage#getRelationshipCheck_InstrumentId()
	 * @model
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link org.rapport.model.RelationshipCheck#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Trust</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trust</em>' attribute.
	 * @see #setTrust(int)
	 * @see org.rapport.model.RapportPackage#getRelationshipCheck_Trust()
	 * @model
	 * @generated
	 */
	int getTrust();

	/**
	 * Sets the value of the '{@link org.rapport.model.RelationshipCheck#getTrust <em>Trust</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trust</em>' attribute.
	 * @see #getTrust()
	 * @generated
	 */
	void setTrust(int value);

	/**
	 * Returns the value of the '<em><b>Empathy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Empathy</em>' attribute.
	 * @see #setEmpathy(int)
	 * @see org.rapport.model.RapportPackage#getRelationshipCheck_Empathy()
	 * @model
	 * @generated
	 */
	int getEmpathy();

	/**
	 * Sets the value of the '{@link org.rapport.model.RelationshipCheck#getEmpathy <em>Empathy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Empathy</em>' attribute.
	 * @see #getEmpathy()
	 * @generated
	 */
	void setEmpathy(int value);

	/**
	 * Returns the value of the '<em><b>Communication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Communication</em>' attribute.
	 * @see #setCommunication(int)
	 * @see org.rapport.model.RapportPackage#getRelationshipCheck_Communication()
	 * @model
	 * @generated
	 */
	int getCommunication();

	/**
	 * Sets the value of the '{@link org.rapport.model.RelationshipCheck#getCommunication <em>Communication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Communication</em>' attribute.
	 * @see #getCommunication()
	 * @generated
	 */
	void setCommunication(int value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.rapport.model.RapportPackage#getRelationshipCheck_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.rapport.model.RelationshipCheck#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // RelationshipCheck
