/**
 */
package org.rapport.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signed Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of a document's workflow (submit, approve, record a signature, ...) signed with its actor's Ed25519 key over canonical bytes (see org.rapport.model.operations.StepChain), not over XMI.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.SignedStep#getStep <em>Step</em>}</li>
 *   <li>{@link org.rapport.model.SignedStep#getActorId <em>Actor Id</em>}</li>
 *   <li>{@link org.rapport.model.SignedStep#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.model.SignedStep#getDocumentVersion <em>Document Version</em>}</li>
 *   <li>{@link org.rapport.model.SignedStep#getContentDigest <em>Content Digest</em>}</li>
 *   <li>{@link org.rapport.model.SignedStep#getPreviousDigest <em>Previous Digest</em>}</li>
 *   <li>{@link org.rapport.model.SignedStep#getDetail <em>Detail</em>}</li>
 *   <li>{@link org.rapport.model.SignedStep#getPublicKey <em>Public Key</em>}</li>
 *   <li>{@link org.rapport.model.SignedStep#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getSignedStep()
 * @model
 * @generated
 */
public interface SignedStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was done: a step name such as submit, approve or sign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(String)
	 * @see org.rapport.model.RapportPackage#getSignedStep_Step()
	 * @model
	 * @generated
	 */
	String getStep();

	/**
	 * Sets the value of the '{@link org.rapport.model.SignedStep#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(String value);

	/**
	 * Returns the value of the '<em><b>Actor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor Id</em>' attribute.
	 * @see #setActorId(String)
	 * @see org.rapport.model.RapportPackage#getSignedStep_ActorId()
	 * @model
	 * @generated
	 */
	String getActorId();

	/**
	 * Sets the value of the '{@link org.rapport.model.SignedStep#getActorId <em>Actor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor Id</em>' attribute.
	 * @see #getActorId()
	 * @generated
	 */
	void setActorId(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(XMLGregorianCalendar)
	 * @see org.rapport.model.RapportPackage#getSignedStep_At()
	 * @model dataType="org.rapport.model.DateTime"
	 * @generated
	 */
	XMLGregorianCalendar getAt();

	/**
	 * Sets the value of the '{@link org.rapport.model.SignedStep#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Document Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Version</em>' attribute.
	 * @see #setDocumentVersion(int)
	 * @see org.rapport.model.RapportPackage#getSignedStep_DocumentVersion()
	 * @model
	 * @generated
	 */
	int getDocumentVersion();

	/**
	 * Sets the value of the '{@link org.rapport.model.SignedStep#getDocumentVersion <em>Document Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Version</em>' attribute.
	 * @see #getDocumentVersion()
	 * @generated
	 */
	void setDocumentVersion(int value);

	/**
	 * Returns the value of the '<em><b>Content Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the document's content as it stood when the step was taken, in hex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Digest</em>' attribute.
	 * @see #setContentDigest(String)
	 * @see org.rapport.model.RapportPackage#getSignedStep_ContentDigest()
	 * @model
	 * @generated
	 */
	String getContentDigest();

	/**
	 * Sets the value of the '{@link org.rapport.model.SignedStep#getContentDigest <em>Content Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Digest</em>' attribute.
	 * @see #getContentDigest()
	 * @generated
	 */
	void setContentDigest(String value);

	/**
	 * Returns the value of the '<em><b>Previous Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the previous step's canonical bytes and signature, in hex; empty for the first step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous Digest</em>' attribute.
	 * @see #setPreviousDigest(String)
	 * @see org.rapport.model.RapportPackage#getSignedStep_PreviousDigest()
	 * @model
	 * @generated
	 */
	String getPreviousDigest();

	/**
	 * Sets the value of the '{@link org.rapport.model.SignedStep#getPreviousDigest <em>Previous Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Digest</em>' attribute.
	 * @see #getPreviousDigest()
	 * @generated
	 */
	void setPreviousDigest(String value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the step says beyond its name: the comment, the reason, or for a recorded signature its role, method and time given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.rapport.model.RapportPackage#getSignedStep_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.rapport.model.SignedStep#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

	/**
	 * Returns the value of the '<em><b>Public Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The signer's public key as in the index (X.509, Base64), so that the signature can be checked without the casebook.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Key</em>' attribute.
	 * @see #setPublicKey(String)
	 * @see org.rapport.model.RapportPackage#getSignedStep_PublicKey()
	 * @model
	 * @generated
	 */
	String getPublicKey();

	/**
	 * Sets the value of the '{@link org.rapport.model.SignedStep#getPublicKey <em>Public Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Key</em>' attribute.
	 * @see #getPublicKey()
	 * @generated
	 */
	void setPublicKey(String value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Ed25519 signature over the step's canonical bytes, in Base64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature</em>' attribute.
	 * @see #setSignature(String)
	 * @see org.rapport.model.RapportPackage#getSignedStep_Signature()
	 * @model
	 * @generated
	 */
	String getSignature();

	/**
	 * Sets the value of the '{@link org.rapport.model.SignedStep#getSignature <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' attribute.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(String value);

} // SignedStep
