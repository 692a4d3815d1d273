/**
 */
package org.rapport.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who signed or co-signed what, when and how; the fingerprint is a hash of the exact text signed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.Signature#getRole <em>Role</em>}</li>
 *   <li>{@link org.rapport.model.Signature#getSigner <em>Signer</em>}</li>
 *   <li>{@link org.rapport.model.Signature#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.rapport.model.Signature#getMethod <em>Method</em>}</li>
 *   <li>{@link org.rapport.model.Signature#getFingerprint <em>Fingerprint</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getSignature()
 * @model
 * @generated
 */
public interface Signature extends EObject {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.PartyRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.rapport.model.PartyRole
	 * @see #setRole(PartyRole)
	 * @see org.rapport.model.RapportPackage#getSignature_Role()
	 * @model
	 * @generated
	 */
	PartyRole getRole();

	/**
	 * Sets the value of the '{@link org.rapport.model.Signature#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.rapport.model.PartyRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(PartyRole value);

	/**
	 * Returns the value of the '<em><b>Signer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer</em>' attribute.
	 * @see #setSigner(String)
	 * @see org.rapport.model.RapportPackage#getSignature_Signer()
	 * @model
	 * @generated
	 */
	String getSigner();

	/**
	 * Sets the value of the '{@link org.rapport.model.Signature#getSigner <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer</em>' attribute.
	 * @see #getSigner()
	 * @generated
	 */
	void setSigner(String value);

	/**
	 * Returns the value of the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed At</em>' attribute.
	 * @see #setSignedAt(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getSignature_SignedAt()
	 * @model dataType="org.rapport.model.DateTime"
	 * @generated
	 */
	XMLGregorianCalendar getSignedAt();

	/**
	 * Sets the value of the '{@link org.rapport.model.Signature#getSignedAt <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed At</em>' attribute.
	 * @see #getSignedAt()
	 * @generated
	 */
	void setSignedAt(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.SignatureMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.rapport.model.SignatureMethod
	 * @see #setMethod(SignatureMethod)
	 * @see org.rapport.model.RapportPackage#getSignature_Method()
	 * @model
	 * @generated
	 */
	SignatureMethod getMethod();

	/**
	 * Sets the value of the '{@link org.rapport.model.Signature#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.rapport.model.SignatureMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(SignatureMethod value);

	/**
	 * Returns the value of the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fingerprint</em>' attribute.
	 * @see #setFingerprint(String)
	 * @see org.rapport.model.RapportPackage#getSignature_Fingerprint()
	 * @model
	 * @generated
	 */
	String getFingerprint();

	/**
	 * Sets the value of the '{@link org.rapport.model.Signature#getFingerprint <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fingerprint</em>' attribute.
	 * @see #getFingerprint()
	 * @generated
	 */
	void setFingerprint(String value);

} // Signature
