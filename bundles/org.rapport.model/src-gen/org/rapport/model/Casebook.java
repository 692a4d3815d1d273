/**
 */
package org.rapport.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Casebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root a trainee works in and the index of a casebook folder: people, clients, sessions and a summary of every document, so that opening a casebook does not read the documents.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.Casebook#getId <em>Id</em>}</li>
 *   <li>{@link org.rapport.model.Casebook#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rapport.model.Casebook#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.rapport.model.Casebook#getPeople <em>People</em>}</li>
 *   <li>{@link org.rapport.model.Casebook#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.rapport.model.Casebook#getClients <em>Clients</em>}</li>
 *   <li>{@link org.rapport.model.Casebook#getRetentionYears <em>Retention Years</em>}</li>
 *   <li>{@link org.rapport.model.Casebook#getAuditAnchor <em>Audit Anchor</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getCasebook()
 * @model
 * @generated
 */
public interface Casebook extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.rapport.model.RapportPackage#getCasebook_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.rapport.model.Casebook#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rapport.model.RapportPackage#getCasebook_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rapport.model.Casebook#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The store format this index was written in; older formats are migrated on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.rapport.model.RapportPackage#getCasebook_FormatVersion()
	 * @model
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.rapport.model.Casebook#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getCasebook_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trainee whose casebook this is. Never resolved as a proxy: a reference outside the index is not followed, so a hostile index cannot make the store read another file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.rapport.model.RapportPackage#getCasebook_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.rapport.model.Casebook#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Clients</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.ClientCase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clients</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getCasebook_Clients()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClientCase> getClients();

	/**
	 * Returns the value of the '<em><b>Retention Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention Years</em>' attribute.
	 * @see #setRetentionYears(int)
	 * @see org.rapport.model.RapportPackage#getCasebook_RetentionYears()
	 * @model
	 * @generated
	 */
	int getRetentionYears();

	/**
	 * Sets the value of the '{@link org.rapport.model.Casebook#getRetentionYears <em>Retention Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Years</em>' attribute.
	 * @see #getRetentionYears()
	 * @generated
	 */
	void setRetentionYears(int value);

	/**
	 * Returns the value of the '<em><b>Audit Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number and hash of the audit trail's last entry when the index was last written; the trail must still hold that entry, so a trail removed, cut back or rewritten shows. In an encrypted casebook the index is sealed, so only the passphrase's holder can move the anchor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audit Anchor</em>' attribute.
	 * @see #setAuditAnchor(String)
	 * @see org.rapport.model.RapportPackage#getCasebook_AuditAnchor()
	 * @model
	 * @generated
	 */
	String getAuditAnchor();

	/**
	 * Sets the value of the '{@link org.rapport.model.Casebook#getAuditAnchor <em>Audit Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audit Anchor</em>' attribute.
	 * @see #getAuditAnchor()
	 * @generated
	 */
	void setAuditAnchor(String value);

} // Casebook
