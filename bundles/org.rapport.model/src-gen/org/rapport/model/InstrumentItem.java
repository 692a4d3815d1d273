/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One item of an instrument; its wording may be absent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.InstrumentItem#getId <em>Id</em>}</li>
 *   <li>{@link org.rapport.model.InstrumentItem#getSubscaleId <em>Subscale Id</em>}</li>
 *   <li>{@link org.rapport.model.InstrumentItem#getWording <em>Wording</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getInstrumentItem()
 * @model
 * @generated
 */
public interface InstrumentItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.rapport.model.RapportPackage#getInstrumentItem_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.rapport.model.InstrumentItem#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Subscale Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subscale Id</em>' attribute.
	 * @see #setSubscaleId(String)
	 * @see org.rapport.model.RapportPackage#getInstrumentItem_SubscaleId()
	 * @model
	 * @generated
	 */
	String getSubscaleId();

	/**
	 * Sets the value of the '{@link org.rapport.model.InstrumentItem#getSubscaleId <em>Subscale Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subscale Id</em>' attribute.
	 * @see #getSubscaleId()
	 * @generated
	 */
	void setSubscaleId(String value);

	/**
	 * Returns the value of the '<em><b>Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wording</em>' attribute.
	 * @see #setWording(String)
	 * @see org.rapport.model.RapportPackage#getInstrumentItem_Wording()
	 * @model
	 * @generated
	 */
	String getWording();

	/**
	 * Sets the value of the '{@link org.rapport.model.InstrumentItem#getWording <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wording</em>' attribute.
	 * @see #getWording()
	 * @generated
	 */
	void setWording(String value);

} // InstrumentItem
