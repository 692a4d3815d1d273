/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Technique Rating</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A self-rating of a technique with the evidence for it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.TechniqueRating#getTechniqueId <em>Technique Id</em>}</li>
 *   <li>{@link org.rapport.model.TechniqueRating#getRating <em>Rating</em>}</li>
 *   <li>{@link org.rapport.model.TechniqueRating#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getTechniqueRating()
 * @model
 * @generated
 */
public interface TechniqueRating extends EObject {
	/**
	 * Returns the value of the '<em><b>Technique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technique Id</em>' attribute.
	 * @see #setTechniqueId(String)
	 * @see org.rapport.model.RapportPackage#getTechniqueRating_TechniqueId()
	 * @model
	 * @generated
	 */
	String getTechniqueId();

	/**
	 * Sets the value of the '{@link org.rapport.model.TechniqueRating#getTechniqueId <em>Technique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technique Id</em>' attribute.
	 * @see #getTechniqueId()
	 * @generated
	 */
	void setTechniqueId(String value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see #setRating(int)
	 * @see org.rapport.model.RapportPackage#getTechniqueRating_Rating()
	 * @model
	 * @generated
	 */
	int getRating();

	/**
	 * Sets the value of the '{@link org.rapport.model.TechniqueRating#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see #getRating()
	 * @generated
	 */
	void setRating(int value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.rapport.model.RapportPackage#getTechniqueRating_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.rapport.model.TechniqueRating#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // TechniqueRating
