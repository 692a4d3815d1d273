/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk Consideration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A risk or safety matter to keep in mind, and what the trainee will do about it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.RiskConsideration#getConcern <em>Concern</em>}</li>
 *   <li>{@link org.rapport.model.RiskConsideration#getResponse <em>Response</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getRiskConsideration()
 * @model
 * @generated
 */
public interface RiskConsideration extends EObject {
	/**
	 * Returns the value of the '<em><b>Concern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Concern</em>' attribute.
	 * @see #setConcern(String)
	 * @see org.rapport.model.RapportPackage#getRiskConsideration_Concern()
	 * @model
	 * @generated
	 */
	String getConcern();

	/**
	 * Sets the value of the '{@link org.rapport.model.RiskConsideration#getConcern <em>Concern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concern</em>' attribute.
	 * @see #getConcern()
	 * @generated
	 */
	void setConcern(String value);

	/**
	 * Returns the value of the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response</em>' attribute.
	 * @see #setResponse(String)
	 * @see org.rapport.model.RapportPackage#getRiskConsideration_Response()
	 * @model
	 * @generated
	 */
	String getResponse();

	/**
	 * Sets the value of the '{@link org.rapport.model.RiskConsideration#getResponse <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response</em>' attribute.
	 * @see #getResponse()
	 * @generated
	 */
	void setResponse(String value);

} // RiskConsideration
