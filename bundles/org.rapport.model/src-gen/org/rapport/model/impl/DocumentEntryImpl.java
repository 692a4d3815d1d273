/**
 */
package org.rapport.model.impl;

import java.util.Collection;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.RapportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.DocumentEntryImpl#getDocumentId <em>Document Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.DocumentEntryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.model.impl.DocumentEntryImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.rapport.model.impl.DocumentEntryImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.impl.DocumentEntryImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.rapport.model.impl.DocumentEntryImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.rapport.model.impl.DocumentEntryImpl#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.rapport.model.impl.DocumentEntryImpl#getAwaitingReviewBy <em>Awaiting Review By</em>}</li>
 *   <li>{@link org.rapport.model.impl.DocumentEntryImpl#getGeneration <em>Generation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentEntryImpl extends MinimalEObjectImpl.Container implements DocumentEntry {
	/**
	 * The default value of the '{@link #getDocumentId() <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentId() <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentId()
	 * @generated
	 * @ordered
	 */
	protected String documentId = DOCUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentKind KIND_EDEFAULT = DocumentKind.PLAN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DocumentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected String status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar modified = MODIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar REVIEW_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar reviewDate = REVIEW_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAwaitingReviewBy() <em>Awaiting Review By</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwaitingReviewBy()
	 * @generated
	 * @ordered
	 */
	protected EList<String> awaitingReviewBy;

	/**
	 * The default value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final int GENERATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected int generation = GENERATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.DOCUMENT_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentId() {
		return documentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentId(String newDocumentId) {
		String oldDocumentId = documentId;
		documentId = newDocumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.DOCUMENT_ENTRY__DOCUMENT_ID, oldDocumentId, documentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DocumentKind newKind) {
		DocumentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.DOCUMENT_ENTRY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.DOCUMENT_ENTRY__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(String newStatus) {
		String oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.DOCUMENT_ENTRY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.DOCUMENT_ENTRY__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(XMLGregorianCalendar newModified) {
		XMLGregorianCalendar oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.DOCUMENT_ENTRY__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getReviewDate() {
		return reviewDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewDate(XMLGregorianCalendar newReviewDate) {
		XMLGregorianCalendar oldReviewDate = reviewDate;
		reviewDate = newReviewDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.DOCUMENT_ENTRY__REVIEW_DATE, oldReviewDate, reviewDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAwaitingReviewBy() {
		if (awaitingReviewBy == null) {
			awaitingReviewBy = new EDataTypeUniqueEList<String>(String.class, this, RapportPackage.DOCUMENT_ENTRY__AWAITING_REVIEW_BY);
		}
		return awaitingReviewBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGeneration() {
		return generation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneration(int newGeneration) {
		int oldGeneration = generation;
		generation = newGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.DOCUMENT_ENTRY__GENERATION, oldGeneration, generation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.DOCUMENT_ENTRY__DOCUMENT_ID:
				return getDocumentId();
			case RapportPackage.DOCUMENT_ENTRY__KIND:
				return getKind();
			case RapportPackage.DOCUMENT_ENTRY__FILE:
				return getFile();
			case RapportPackage.DOCUMENT_ENTRY__STATUS:
				return getStatus();
			case RapportPackage.DOCUMENT_ENTRY__VERSION:
				return getVersion();
			case RapportPackage.DOCUMENT_ENTRY__MODIFIED:
				return getModified();
			case RapportPackage.DOCUMENT_ENTRY__REVIEW_DATE:
				return getReviewDate();
			case RapportPackage.DOCUMENT_ENTRY__AWAITING_REVIEW_BY:
				return getAwaitingReviewBy();
			case RapportPackage.DOCUMENT_ENTRY__GENERATION:
				return getGeneration();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RapportPackage.DOCUMENT_ENTRY__DOCUMENT_ID:
				setDocumentId((String)newValue);
				return;
			case RapportPackage.DOCUMENT_ENTRY__KIND:
				setKind((DocumentKind)newValue);
				return;
			case RapportPackage.DOCUMENT_ENTRY__FILE:
				setFile((String)newValue);
				return;
			case RapportPackage.DOCUMENT_ENTRY__STATUS:
				setStatus((String)newValue);
				return;
			case RapportPackage.DOCUMENT_ENTRY__VERSION:
				setVersion((Integer)newValue);
				return;
			case RapportPackage.DOCUMENT_ENTRY__MODIFIED:
				setModified((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.DOCUMENT_ENTRY__REVIEW_DATE:
				setReviewDate((XMLGregorianCalendar)newValue);
				return;
			case RapportPackage.DOCUMENT_ENTRY__AWAITING_REVIEW_BY:
				getAwaitingReviewBy().clear();
				getAwaitingReviewBy().addAll((Collection<? extends String>)newValue);
				return;
			case RapportPackage.DOCUMENT_ENTRY__GENERATION:
				setGeneration((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RapportPackage.DOCUMENT_ENTRY__DOCUMENT_ID:
				setDocumentId(DOCUMENT_ID_EDEFAULT);
				return;
			case RapportPackage.DOCUMENT_ENTRY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RapportPackage.DOCUMENT_ENTRY__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case RapportPackage.DOCUMENT_ENTRY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RapportPackage.DOCUMENT_ENTRY__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case RapportPackage.DOCUMENT_ENTRY__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case RapportPackage.DOCUMENT_ENTRY__REVIEW_DATE:
				setReviewDate(REVIEW_DATE_EDEFAULT);
				return;
			case RapportPackage.DOCUMENT_ENTRY__AWAITING_REVIEW_BY:
				getAwaitingReviewBy().clear();
				return;
			case RapportPackage.DOCUMENT_ENTRY__GENERATION:
				setGeneration(GENERATION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RapportPackage.DOCUMENT_ENTRY__DOCUMENT_ID:
				return DOCUMENT_ID_EDEFAULT == null ? documentId != null : !DOCUMENT_ID_EDEFAULT.equals(documentId);
			case RapportPackage.DOCUMENT_ENTRY__KIND:
				return kind != KIND_EDEFAULT;
			case RapportPackage.DOCUMENT_ENTRY__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case RapportPackage.DOCUMENT_ENTRY__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
			case RapportPackage.DOCUMENT_ENTRY__VERSION:
				return version != VERSION_EDEFAULT;
			case RapportPackage.DOCUMENT_ENTRY__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case RapportPackage.DOCUMENT_ENTRY__REVIEW_DATE:
				return REVIEW_DATE_EDEFAULT == null ? reviewDate != null : !REVIEW_DATE_EDEFAULT.equals(reviewDate);
			case RapportPackage.DOCUMENT_ENTRY__AWAITING_REVIEW_BY:
				return awaitingReviewBy != null && !awaitingReviewBy.isEmpty();
			case RapportPackage.DOCUMENT_ENTRY__GENERATION:
				return generation != GENERATION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (documentId: ");
		result.append(documentId);
		result.append(", kind: ");
		result.append(kind);
		result.append(", file: ");
		result.append(file);
		result.append(", status: ");
		result.append(status);
		result.append(", version: ");
		result.append(version);
		result.append(", modified: ");
		result.append(modified);
		result.append(", reviewDate: ");
		result.append(reviewDate);
		result.append(", awaitingReviewBy: ");
		result.append(awaitingReviewBy);
		result.append(", generation: ");
		result.append(generation);
		result.append(')');
		return result.toString();
	}

} //DocumentEntryImpl
