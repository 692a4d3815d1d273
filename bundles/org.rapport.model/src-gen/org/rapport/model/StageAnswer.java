/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the trainee wrote for one stage of the framework.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.StageAnswer#getStageId <em>Stage Id</em>}</li>
 *   <li>{@link org.rapport.model.StageAnswer#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getStageAnswer()
 * @model
 * @generated
 */
public interface StageAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Stage Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage Id</em>' attribute.
	 * @see #setStageId(String)
	 * @see org.rapport.model.RapportPackage#getStageAnswer_StageId()
	 * @model
	 * @generated
	 */
	String getStageId();

	/**
	 * Sets the value of the '{@link org.rapport.model.StageAnswer#getStageId <em>Stage Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage Id</em>' attribute.
	 * @see #getStageId()
	 * @generated
	 */
	void setStageId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.rapport.model.RapportPackage#getStageAnswer_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.rapport.model.StageAnswer#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // StageAnswer
