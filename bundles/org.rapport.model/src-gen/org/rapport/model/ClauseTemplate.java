/**
 */
package org.rapport.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clause Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Model wording for an agreement clause of a category.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.ClauseTemplate#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rapport.model.ClauseTemplate#getText <em>Text</em>}</li>
 *   <li>{@link org.rapport.model.ClauseTemplate#isRequired <em>Required</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getClauseTemplate()
 * @model
 * @generated
 */
public interface ClauseTemplate extends CatalogueEntry {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.ClauseCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.rapport.model.ClauseCategory
	 * @see #setCategory(ClauseCategory)
	 * @see org.rapport.model.RapportPackage#getClauseTemplate_Category()
	 * @model
	 * @generated
	 */
	ClauseCategory getCategory();

	/**
	 * Sets the value of the '{@link org.rapport.model.ClauseTemplate#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.rapport.model.ClauseCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ClauseCategory value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.rapport.model.RapportPackage#getClauseTemplate_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.rapport.model.ClauseTemplate#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.rapport.model.RapportPackage#getClauseTemplate_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.rapport.model.ClauseTemplate#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

} // ClauseTemplate
