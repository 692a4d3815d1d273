/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the session is for, and how we will know it was met.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.Goal#getText <em>Text</em>}</li>
 *   <li>{@link org.rapport.model.Goal#getHowWeWillKnow <em>How We Will Know</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.rapport.model.RapportPackage#getGoal_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.rapport.model.Goal#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>How We Will Know</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>How We Will Know</em>' attribute.
	 * @see #setHowWeWillKnow(String)
	 * @see org.rapport.model.RapportPackage#getGoal_HowWeWillKnow()
	 * @model
	 * @generated
	 */
	String getHowWeWillKnow();

	/**
	 * Sets the value of the '{@link org.rapport.model.Goal#getHowWeWillKnow <em>How We Will Know</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>How We Will Know</em>' attribute.
	 * @see #getHowWeWillKnow()
	 * @generated
	 */
	void setHowWeWillKnow(String value);

} // Goal
