/**
 */
package org.rapport.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The index's summary of one document file: enough to list and filter it without reading it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.DocumentEntry#getDocumentId <em>Document Id</em>}</li>
 *   <li>{@link org.rapport.model.DocumentEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.model.DocumentEntry#getFile <em>File</em>}</li>
 *   <li>{@link org.rapport.model.DocumentEntry#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.DocumentEntry#getVersion <em>Version</em>}</li>
 *   <li>{@link org.rapport.model.DocumentEntry#getModified <em>Modified</em>}</li>
 *   <li>{@link org.rapport.model.DocumentEntry#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.rapport.model.DocumentEntry#getAwaitingReviewBy <em>Awaiting Review By</em>}</li>
 *   <li>{@link org.rapport.model.DocumentEntry#getGeneration <em>Generation</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getDocumentEntry()
 * @model
 * @generated
 */
public interface DocumentEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Document Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Id</em>' attribute.
	 * @see #setDocumentId(String)
	 * @see org.rapport.model.RapportPackage#getDocumentEntry_DocumentId()
	 * @model
	 * @generated
	 */
	String getDocumentId();

	/**
	 * Sets the value of the '{@link org.rapport.model.DocumentEntry#getDocumentId <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Id</em>' attribute.
	 * @see #getDocumentId()
	 * @generated
	 */
	void setDocumentId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.DocumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.model.DocumentKind
	 * @see #setKind(DocumentKind)
	 * @see org.rapport.model.RapportPackage#getDocumentEntry_Kind()
	 * @model
	 * @generated
	 */
	DocumentKind getKind();

	/**
	 * Sets the value of the '{@link org.rapport.model.DocumentEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.model.DocumentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DocumentKind value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the document file, relative to the casebook folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.rapport.model.RapportPackage#getDocumentEntry_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.rapport.model.DocumentEntry#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document's workflow status literal, copied here on every save.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see org.rapport.model.RapportPackage#getDocumentEntry_Status()
	 * @model
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link org.rapport.model.DocumentEntry#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.rapport.model.RapportPackage#getDocumentEntry_Version()
	 * @model
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.rapport.model.DocumentEntry#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getDocumentEntry_Modified()
	 * @model dataType="org.rapport.model.DateTime"
	 * @generated
	 */
	XMLGregorianCalendar getModified();

	/**
	 * Sets the value of the '{@link org.rapport.model.DocumentEntry#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Date</em>' attribute.
	 * @see #setReviewDate(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getDocumentEntry_ReviewDate()
	 * @model dataType="org.rapport.model.Date"
	 * @generated
	 */
	XMLGregorianCalendar getReviewDate();

	/**
	 * Sets the value of the '{@link org.rapport.model.DocumentEntry#getReviewDate <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Date</em>' attribute.
	 * @see #getReviewDate()
	 * @generated
	 */
	void setReviewDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Awaiting Review By</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of supervisors asked to review it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Awaiting Review By</em>' attribute list.
	 * @see org.rapport.model.RapportPackage#getDocumentEntry_AwaitingReviewBy()
	 * @model
	 * @generated
	 */
	EList<String> getAwaitingReviewBy();

	/**
	 * Returns the value of the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many times an encrypted casebook has sealed the document's file: the file's seal carries the same number, so an older sealed copy put in its place is refused as stale. Zero in plain casebooks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generation</em>' attribute.
	 * @see #setGeneration(int)
	 * @see org.rapport.model.RapportPackage#getDocumentEntry_Generation()
	 * @model
	 * @generated
	 */
	int getGeneration();

	/**
	 * Sets the value of the '{@link org.rapport.model.DocumentEntry#getGeneration <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generation</em>' attribute.
	 * @see #getGeneration()
	 * @generated
	 */
	void setGeneration(int value);

} // DocumentEntry
