/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planned Technique</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A catalogue technique the trainee means to practise, and when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.PlannedTechnique#getTechniqueId <em>Technique Id</em>}</li>
 *   <li>{@link org.rapport.model.PlannedTechnique#getMoment <em>Moment</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getPlannedTechnique()
 * @model
 * @generated
 */
public interface PlannedTechnique extends EObject {
	/**
	 * Returns the value of the '<em><b>Technique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technique Id</em>' attribute.
	 * @see #setTechniqueId(String)
	 * @see org.rapport.model.RapportPackage#getPlannedTechnique_TechniqueId()
	 * @model
	 * @generated
	 */
	String getTechniqueId();

	/**
	 * Sets the value of the '{@link org.rapport.model.PlannedTechnique#getTechniqueId <em>Technique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technique Id</em>' attribute.
	 * @see #getTechniqueId()
	 * @generated
	 */
	void setTechniqueId(String value);

	/**
	 * Returns the value of the '<em><b>Moment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moment</em>' attribute.
	 * @see #setMoment(String)
	 * @see org.rapport.model.RapportPackage#getPlannedTechnique_Moment()
	 * @model
	 * @generated
	 */
	String getMoment();

	/**
	 * Sets the value of the '{@link org.rapport.model.PlannedTechnique#getMoment <em>Moment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moment</em>' attribute.
	 * @see #getMoment()
	 * @generated
	 */
	void setMoment(String value);

} // PlannedTechnique
