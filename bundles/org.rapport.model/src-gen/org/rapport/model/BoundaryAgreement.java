/**
 */
package org.rapport.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boundary Agreement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One version of the written frame agreed with a client. A signed version never changes; a change is a new version that supersedes it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.BoundaryAgreement#getVersion <em>Version</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryAgreement#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryAgreement#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryAgreement#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryAgreement#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryAgreement#getParties <em>Parties</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryAgreement#getClauses <em>Clauses</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryAgreement#getSignatures <em>Signatures</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getBoundaryAgreement()
 * @model
 * @generated
 */
public interface BoundaryAgreement extends Document {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.rapport.model.RapportPackage#getBoundaryAgreement_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.rapport.model.BoundaryAgreement#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.AgreementStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rapport.model.AgreementStatus
	 * @see #setStatus(AgreementStatus)
	 * @see org.rapport.model.RapportPackage#getBoundaryAgreement_Status()
	 * @model
	 * @generated
	 */
	AgreementStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rapport.model.BoundaryAgreement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rapport.model.AgreementStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AgreementStatus value);

	/**
	 * Returns the value of the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective Date</em>' attribute.
	 * @see #setEffectiveDate(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getBoundaryAgreement_EffectiveDate()
	 * @model dataType="org.rapport.model.Date"
	 * @generated
	 */
	XMLGregorianCalendar getEffectiveDate();

	/**
	 * Sets the value of the '{@link org.rapport.model.BoundaryAgreement#getEffectiveDate <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective Date</em>' attribute.
	 * @see #getEffectiveDate()
	 * @generated
	 */
	void setEffectiveDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Date</em>' attribute.
	 * @see #setReviewDate(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getBoundaryAgreement_ReviewDate()
	 * @model dataType="org.rapport.model.Date"
	 * @generated
	 */
	XMLGregorianCalendar getReviewDate();

	/**
	 * Sets the value of the '{@link org.rapport.model.BoundaryAgreement#getReviewDate <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Date</em>' attribute.
	 * @see #getReviewDate()
	 * @generated
	 */
	void setReviewDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Supersedes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the agreement version this one replaces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supersedes</em>' attribute.
	 * @see #setSupersedes(String)
	 * @see org.rapport.model.RapportPackage#getBoundaryAgreement_Supersedes()
	 * @model
	 * @generated
	 */
	String getSupersedes();

	/**
	 * Sets the value of the '{@link org.rapport.model.BoundaryAgreement#getSupersedes <em>Supersedes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supersedes</em>' attribute.
	 * @see #getSupersedes()
	 * @generated
	 */
	void setSupersedes(String value);

	/**
	 * Returns the value of the '<em><b>Parties</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Party}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parties</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getBoundaryAgreement_Parties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Party> getParties();

	/**
	 * Returns the value of the '<em><b>Clauses</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Clause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clauses</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getBoundaryAgreement_Clauses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Clause> getClauses();

	/**
	 * Returns the value of the '<em><b>Signatures</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Signature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signatures</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getBoundaryAgreement_Signatures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Signature> getSignatures();

} // BoundaryAgreement
