/**
 */
package org.rapport.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person Key</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The public half of a person's Ed25519 signing key. The private half is sealed under the person's own passphrase in a key file of its own, never in the index.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.PersonKey#getPublicKey <em>Public Key</em>}</li>
 *   <li>{@link org.rapport.model.PersonKey#getCreated <em>Created</em>}</li>
 *   <li>{@link org.rapport.model.PersonKey#getRetired <em>Retired</em>}</li>
 *   <li>{@link org.rapport.model.PersonKey#getEndorsement <em>Endorsement</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getPersonKey()
 * @model
 * @generated
 */
public interface PersonKey extends EObject {
	/**
	 * Returns the value of the '<em><b>Public Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The X.509 (SubjectPublicKeyInfo) encoding of the Ed25519 public key, in Base64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Key</em>' attribute.
	 * @see #setPublicKey(String)
	 * @see org.rapport.model.RapportPackage#getPersonKey_PublicKey()
	 * @model
	 * @generated
	 */
	String getPublicKey();

	/**
	 * Sets the value of the '{@link org.rapport.model.PersonKey#getPublicKey <em>Public Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Key</em>' attribute.
	 * @see #getPublicKey()
	 * @generated
	 */
	void setPublicKey(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getPersonKey_Created()
	 * @model dataType="org.rapport.model.DateTime"
	 * @generated
	 */
	XMLGregorianCalendar getCreated();

	/**
	 * Sets the value of the '{@link org.rapport.model.PersonKey#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the key was replaced (a lost passphrase); empty while it is in use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retired</em>' attribute.
	 * @see #setRetired(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getPersonKey_Retired()
	 * @model dataType="org.rapport.model.DateTime"
	 * @generated
	 */
	XMLGregorianCalendar getRetired();

	/**
	 * Sets the value of the '{@link org.rapport.model.PersonKey#getRetired <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retired</em>' attribute.
	 * @see #getRetired()
	 * @generated
	 */
	void setRetired(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Endorsement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The casebook owner's Ed25519 signature, in Base64, over the key's canonical bytes (Roster): casebook, person, name, roles, key and when it was made. Once the owner endorses keys, a key without a valid endorsement signs nothing that verifies; the owner's own key endorses itself, and each workstation pins the owner's keys it has seen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Endorsement</em>' attribute.
	 * @see #setEndorsement(String)
	 * @see org.rapport.model.RapportPackage#getPersonKey_Endorsement()
	 * @model
	 * @generated
	 */
	String getEndorsement();

	/**
	 * Sets the value of the '{@link org.rapport.model.PersonKey#getEndorsement <em>Endorsement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endorsement</em>' attribute.
	 * @see #getEndorsement()
	 * @generated
	 */
	void setEndorsement(String value);

} // PersonKey
