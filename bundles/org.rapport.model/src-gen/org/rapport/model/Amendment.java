/**
 */
package org.rapport.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Amendment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dated change to a locked note: who, when, why and what; the original stays visible.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.Amendment#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.rapport.model.Amendment#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.model.Amendment#getReason <em>Reason</em>}</li>
 *   <li>{@link org.rapport.model.Amendment#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.rapport.model.Amendment#getOriginal <em>Original</em>}</li>
 *   <li>{@link org.rapport.model.Amendment#getAmended <em>Amended</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getAmendment()
 * @model
 * @generated
 */
public interface Amendment extends EObject {
	/**
	 * Returns the value of the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author Id</em>' attribute.
	 * @see #setAuthorId(String)
	 * @see org.rapport.model.RapportPackage#getAmendment_AuthorId()
	 * @model
	 * @generated
	 */
	String getAuthorId();

	/**
	 * Sets the value of the '{@link org.rapport.model.Amendment#getAuthorId <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Id</em>' attribute.
	 * @see #getAuthorId()
	 * @generated
	 */
	void setAuthorId(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getAmendment_At()
	 * @model dataType="org.rapport.model.DateTime"
	 * @generated
	 */
	XMLGregorianCalendar getAt();

	/**
	 * Sets the value of the '{@link org.rapport.model.Amendment#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.rapport.model.RapportPackage#getAmendment_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.rapport.model.Amendment#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anchor</em>' attribute.
	 * @see #setAnchor(String)
	 * @see org.rapport.model.RapportPackage#getAmendment_Anchor()
	 * @model
	 * @generated
	 */
	String getAnchor();

	/**
	 * Sets the value of the '{@link org.rapport.model.Amendment#getAnchor <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor</em>' attribute.
	 * @see #getAnchor()
	 * @generated
	 */
	void setAnchor(String value);

	/**
	 * Returns the value of the '<em><b>Original</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Original</em>' attribute.
	 * @see #setOriginal(String)
	 * @see org.rapport.model.RapportPackage#getAmendment_Original()
	 * @model
	 * @generated
	 */
	String getOriginal();

	/**
	 * Sets the value of the '{@link org.rapport.model.Amendment#getOriginal <em>Original</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original</em>' attribute.
	 * @see #getOriginal()
	 * @generated
	 */
	void setOriginal(String value);

	/**
	 * Returns the value of the '<em><b>Amended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amended</em>' attribute.
	 * @see #setAmended(String)
	 * @see org.rapport.model.RapportPackage#getAmendment_Amended()
	 * @model
	 * @generated
	 */
	String getAmended();

	/**
	 * Sets the value of the '{@link org.rapport.model.Amendment#getAmended <em>Amended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amended</em>' attribute.
	 * @see #getAmended()
	 * @generated
	 */
	void setAmended(String value);

} // Amendment
