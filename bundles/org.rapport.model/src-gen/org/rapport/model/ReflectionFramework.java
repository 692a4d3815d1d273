/**
 */
package org.rapport.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reflection Framework</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reflective cycle whose stages become the sections of a reflection note.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.ReflectionFramework#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionFramework#getStages <em>Stages</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getReflectionFramework()
 * @model
 * @generated
 */
public interface ReflectionFramework extends CatalogueEntry {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.rapport.model.RapportPackage#getReflectionFramework_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.rapport.model.ReflectionFramework#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.FrameworkStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getReflectionFramework_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<FrameworkStage> getStages();

} // ReflectionFramework
