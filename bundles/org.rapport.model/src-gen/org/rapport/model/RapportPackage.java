/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The shared model of Rapport Workbench: the casebook index, the three documents and the catalogues.
 * <!-- end-model-doc -->
 * @see org.rapport.model.RapportFactory
 * @model kind="package"
 * @generated
 */
public interface RapportPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://rapport.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rapport";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RapportPackage eINSTANCE = org.rapport.model.impl.RapportPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.CasebookImpl <em>Casebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.CasebookImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getCasebook()
	 * @generated
	 */
	int CASEBOOK = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__FORMAT_VERSION = 2;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__PEOPLE = 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__OWNER = 4;

	/**
	 * The feature id for the '<em><b>Clients</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__CLIENTS = 5;

	/**
	 * The feature id for the '<em><b>Retention Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__RETENTION_YEARS = 6;

	/**
	 * The feature id for the '<em><b>Audit Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__AUDIT_ANCHOR = 7;

	/**
	 * The number of structural features of the '<em>Casebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Casebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.PersonImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = 1;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ROLES = 2;

	/**
	 * The feature id for the '<em><b>Keys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__KEYS = 3;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.PersonKeyImpl <em>Person Key</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.PersonKeyImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getPersonKey()
	 * @generated
	 */
	int PERSON_KEY = 2;

	/**
	 * The feature id for the '<em><b>Public Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_KEY__PUBLIC_KEY = 0;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_KEY__CREATED = 1;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_KEY__RETIRED = 2;

	/**
	 * The feature id for the '<em><b>Endorsement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_KEY__ENDORSEMENT = 3;

	/**
	 * The number of structural features of the '<em>Person Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_KEY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Person Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_KEY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.ClientCaseImpl <em>Client Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.ClientCaseImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getClientCase()
	 * @generated
	 */
	int CLIENT_CASE = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE__START_DATE = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Supervisors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE__SUPERVISORS = 3;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE__SESSIONS = 4;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE__AGREEMENTS = 5;

	/**
	 * The number of structural features of the '<em>Client Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Client Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.SessionImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ID = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__DATE_TIME = 2;

	/**
	 * The feature id for the '<em><b>Length Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__LENGTH_MINUTES = 3;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__MODALITY = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__DOCUMENTS = 6;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.DocumentEntryImpl <em>Document Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.DocumentEntryImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getDocumentEntry()
	 * @generated
	 */
	int DOCUMENT_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Document Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__DOCUMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__KIND = 1;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__FILE = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__VERSION = 4;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__MODIFIED = 5;

	/**
	 * The feature id for the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__REVIEW_DATE = 6;

	/**
	 * The feature id for the '<em><b>Awaiting Review By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__AWAITING_REVIEW_BY = 7;

	/**
	 * The feature id for the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__GENERATION = 8;

	/**
	 * The number of structural features of the '<em>Document Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Document Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.DocumentImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__FORMAT_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Client Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CLIENT_CODE = 2;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__AUTHOR_ID = 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CREATED = 4;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__MODIFIED = 5;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__STEPS = 6;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.SignedStepImpl <em>Signed Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.SignedStepImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getSignedStep()
	 * @generated
	 */
	int SIGNED_STEP = 7;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP__STEP = 0;

	/**
	 * The feature id for the '<em><b>Actor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP__ACTOR_ID = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP__AT = 2;

	/**
	 * The feature id for the '<em><b>Document Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP__DOCUMENT_VERSION = 3;

	/**
	 * The feature id for the '<em><b>Content Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP__CONTENT_DIGEST = 4;

	/**
	 * The feature id for the '<em><b>Previous Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP__PREVIOUS_DIGEST = 5;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP__DETAIL = 6;

	/**
	 * The feature id for the '<em><b>Public Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP__PUBLIC_KEY = 7;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP__SIGNATURE = 8;

	/**
	 * The number of structural features of the '<em>Signed Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Signed Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNED_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.SessionPlanImpl <em>Session Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.SessionPlanImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getSessionPlan()
	 * @generated
	 */
	int SESSION_PLAN = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__ID = DOCUMENT__ID;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__FORMAT_VERSION = DOCUMENT__FORMAT_VERSION;

	/**
	 * The feature id for the '<em><b>Client Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__CLIENT_CODE = DOCUMENT__CLIENT_CODE;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__AUTHOR_ID = DOCUMENT__AUTHOR_ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__CREATED = DOCUMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__MODIFIED = DOCUMENT__MODIFIED;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__STEPS = DOCUMENT__STEPS;

	/**
	 * The feature id for the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__SESSION_ID = DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Session Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__SESSION_NUMBER = DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__DATE_TIME = DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Length Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__LENGTH_MINUTES = DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__MODALITY = DOCUMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__GOALS = DOCUMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Agenda</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__AGENDA = DOCUMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Techniques</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__TECHNIQUES = DOCUMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__RISKS = DOCUMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Clauses To Revisit</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__CLAUSES_TO_REVISIT = DOCUMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Materials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__MATERIALS = DOCUMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Supervision Questions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__SUPERVISION_QUESTIONS = DOCUMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Carried Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN__CARRIED_ACTIONS = DOCUMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Session Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN_FEATURE_COUNT = DOCUMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Session Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_PLAN_OPERATION_COUNT = DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.GoalImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 9;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TEXT = 0;

	/**
	 * The feature id for the '<em><b>How We Will Know</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__HOW_WE_WILL_KNOW = 1;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.AgendaItemImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getAgendaItem()
	 * @generated
	 */
	int AGENDA_ITEM = 10;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__MINUTES = 1;

	/**
	 * The number of structural features of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.PlannedTechniqueImpl <em>Planned Technique</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.PlannedTechniqueImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getPlannedTechnique()
	 * @generated
	 */
	int PLANNED_TECHNIQUE = 11;

	/**
	 * The feature id for the '<em><b>Technique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_TECHNIQUE__TECHNIQUE_ID = 0;

	/**
	 * The feature id for the '<em><b>Moment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_TECHNIQUE__MOMENT = 1;

	/**
	 * The number of structural features of the '<em>Planned Technique</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_TECHNIQUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Planned Technique</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_TECHNIQUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.RiskConsiderationImpl <em>Risk Consideration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.RiskConsiderationImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getRiskConsideration()
	 * @generated
	 */
	int RISK_CONSIDERATION = 12;

	/**
	 * The feature id for the '<em><b>Concern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_CONSIDERATION__CONCERN = 0;

	/**
	 * The feature id for the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_CONSIDERATION__RESPONSE = 1;

	/**
	 * The number of structural features of the '<em>Risk Consideration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_CONSIDERATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Risk Consideration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_CONSIDERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.CarriedActionImpl <em>Carried Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.CarriedActionImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getCarriedAction()
	 * @generated
	 */
	int CARRIED_ACTION = 13;

	/**
	 * The feature id for the '<em><b>Action Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARRIED_ACTION__ACTION_ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARRIED_ACTION__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARRIED_ACTION__STATUS = 2;

	/**
	 * The number of structural features of the '<em>Carried Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARRIED_ACTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Carried Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARRIED_ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.BoundaryAgreementImpl <em>Boundary Agreement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.BoundaryAgreementImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getBoundaryAgreement()
	 * @generated
	 */
	int BOUNDARY_AGREEMENT = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__ID = DOCUMENT__ID;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__FORMAT_VERSION = DOCUMENT__FORMAT_VERSION;

	/**
	 * The feature id for the '<em><b>Client Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__CLIENT_CODE = DOCUMENT__CLIENT_CODE;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__AUTHOR_ID = DOCUMENT__AUTHOR_ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__CREATED = DOCUMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__MODIFIED = DOCUMENT__MODIFIED;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__STEPS = DOCUMENT__STEPS;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__VERSION = DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__STATUS = DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__EFFECTIVE_DATE = DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__REVIEW_DATE = DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Supersedes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__SUPERSEDES = DOCUMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__PARTIES = DOCUMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Clauses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__CLAUSES = DOCUMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Signatures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT__SIGNATURES = DOCUMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Boundary Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT_FEATURE_COUNT = DOCUMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Boundary Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_AGREEMENT_OPERATION_COUNT = DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.PartyImpl <em>Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.PartyImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getParty()
	 * @generated
	 */
	int PARTY = 15;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__REFERENCE = 1;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__DISPLAY_NAME = 2;

	/**
	 * The number of structural features of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.ClauseImpl <em>Clause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.ClauseImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getClause()
	 * @generated
	 */
	int CLAUSE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__ID = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__TEXT = 3;

	/**
	 * The feature id for the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__TEMPLATE_ID = 4;

	/**
	 * The feature id for the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__TEMPLATE_VERSION = 5;

	/**
	 * The feature id for the '<em><b>Included</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__INCLUDED = 6;

	/**
	 * The number of structural features of the '<em>Clause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Clause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.SignatureImpl <em>Signature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.SignatureImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getSignature()
	 * @generated
	 */
	int SIGNATURE = 17;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Signer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNER = 1;

	/**
	 * The feature id for the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNED_AT = 2;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__METHOD = 3;

	/**
	 * The feature id for the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__FINGERPRINT = 4;

	/**
	 * The number of structural features of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.ReflectionNoteImpl <em>Reflection Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.ReflectionNoteImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getReflectionNote()
	 * @generated
	 */
	int REFLECTION_NOTE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__ID = DOCUMENT__ID;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__FORMAT_VERSION = DOCUMENT__FORMAT_VERSION;

	/**
	 * The feature id for the '<em><b>Client Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__CLIENT_CODE = DOCUMENT__CLIENT_CODE;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__AUTHOR_ID = DOCUMENT__AUTHOR_ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__CREATED = DOCUMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__MODIFIED = DOCUMENT__MODIFIED;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__STEPS = DOCUMENT__STEPS;

	/**
	 * The feature id for the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__SESSION_ID = DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Framework Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__FRAMEWORK_ID = DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__ANSWERS = DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ratings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__RATINGS = DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__RELATIONSHIP = DOCUMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Boundary Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__BOUNDARY_EVENTS = DOCUMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Learning Points</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__LEARNING_POINTS = DOCUMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Action Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__ACTION_POINTS = DOCUMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Supervision Questions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__SUPERVISION_QUESTIONS = DOCUMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__STATUS = DOCUMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__COMMENTS = DOCUMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Approval</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__APPROVAL = DOCUMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Amendments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__AMENDMENTS = DOCUMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Unlocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE__UNLOCKS = DOCUMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Reflection Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE_FEATURE_COUNT = DOCUMENT_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Reflection Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_NOTE_OPERATION_COUNT = DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.StageAnswerImpl <em>Stage Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.StageAnswerImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getStageAnswer()
	 * @generated
	 */
	int STAGE_ANSWER = 19;

	/**
	 * The feature id for the '<em><b>Stage Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_ANSWER__STAGE_ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_ANSWER__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Stage Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_ANSWER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Stage Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.TechniqueRatingImpl <em>Technique Rating</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.TechniqueRatingImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getTechniqueRating()
	 * @generated
	 */
	int TECHNIQUE_RATING = 20;

	/**
	 * The feature id for the '<em><b>Technique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE_RATING__TECHNIQUE_ID = 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE_RATING__RATING = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE_RATING__EVIDENCE = 2;

	/**
	 * The number of structural features of the '<em>Technique Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE_RATING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Technique Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE_RATING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.RelationshipCheckImpl <em>Relationship Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.RelationshipCheckImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getRelationshipCheck()
	 * @generated
	 */
	int RELATIONSHIP_CHECK = 21;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_CHECK__INSTRUMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Trust</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_CHECK__TRUST = 1;

	/**
	 * The feature id for the '<em><b>Empathy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_CHECK__EMPATHY = 2;

	/**
	 * The feature id for the '<em><b>Communication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_CHECK__COMMUNICATION = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_CHECK__NOTE = 4;

	/**
	 * The number of structural features of the '<em>Relationship Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_CHECK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Relationship Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.BoundaryEventImpl <em>Boundary Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.BoundaryEventImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getBoundaryEvent()
	 * @generated
	 */
	int BOUNDARY_EVENT = 22;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_EVENT__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_EVENT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Handling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_EVENT__HANDLING = 2;

	/**
	 * The feature id for the '<em><b>Clause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_EVENT__CLAUSE_ID = 3;

	/**
	 * The number of structural features of the '<em>Boundary Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_EVENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Boundary Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.ActionPointImpl <em>Action Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.ActionPointImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getActionPoint()
	 * @generated
	 */
	int ACTION_POINT = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_POINT__ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_POINT__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_POINT__STATUS = 2;

	/**
	 * The number of structural features of the '<em>Action Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_POINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Action Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.ReviewCommentImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getReviewComment()
	 * @generated
	 */
	int REVIEW_COMMENT = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__AUTHOR_ID = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__AT = 2;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__ANCHOR = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__TEXT = 4;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__RESOLVED = 5;

	/**
	 * The number of structural features of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.AmendmentImpl <em>Amendment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.AmendmentImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getAmendment()
	 * @generated
	 */
	int AMENDMENT = 25;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__AUTHOR_ID = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__AT = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__REASON = 2;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__ANCHOR = 3;

	/**
	 * The feature id for the '<em><b>Original</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__ORIGINAL = 4;

	/**
	 * The feature id for the '<em><b>Amended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__AMENDED = 5;

	/**
	 * The number of structural features of the '<em>Amendment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Amendment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.UnlockImpl <em>Unlock</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.UnlockImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getUnlock()
	 * @generated
	 */
	int UNLOCK = 26;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNLOCK__AUTHOR_ID = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNLOCK__AT = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNLOCK__REASON = 2;

	/**
	 * The number of structural features of the '<em>Unlock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNLOCK_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Unlock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNLOCK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.CatalogueImpl <em>Catalogue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.CatalogueImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getCatalogue()
	 * @generated
	 */
	int CATALOGUE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__ID = 0;

	/**
	 * The feature id for the '<em><b>Institution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__INSTITUTION = 1;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__FORMAT_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Techniques</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__TECHNIQUES = 3;

	/**
	 * The feature id for the '<em><b>Clause Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__CLAUSE_TEMPLATES = 4;

	/**
	 * The feature id for the '<em><b>Frameworks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__FRAMEWORKS = 5;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__INSTRUMENTS = 6;

	/**
	 * The number of structural features of the '<em>Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.CatalogueEntryImpl <em>Catalogue Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.CatalogueEntryImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getCatalogueEntry()
	 * @generated
	 */
	int CATALOGUE_ENTRY = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_ENTRY__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_ENTRY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_ENTRY__VERSION = 2;

	/**
	 * The number of structural features of the '<em>Catalogue Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Catalogue Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.TechniqueImpl <em>Technique</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.TechniqueImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getTechnique()
	 * @generated
	 */
	int TECHNIQUE = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__ID = CATALOGUE_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__NAME = CATALOGUE_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__VERSION = CATALOGUE_ENTRY__VERSION;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__SUMMARY = CATALOGUE_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__INDICATORS = CATALOGUE_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__PARENT_ID = CATALOGUE_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Technique</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE_FEATURE_COUNT = CATALOGUE_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Technique</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE_OPERATION_COUNT = CATALOGUE_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.ClauseTemplateImpl <em>Clause Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.ClauseTemplateImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getClauseTemplate()
	 * @generated
	 */
	int CLAUSE_TEMPLATE = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__ID = CATALOGUE_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__NAME = CATALOGUE_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__VERSION = CATALOGUE_ENTRY__VERSION;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__CATEGORY = CATALOGUE_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__TEXT = CATALOGUE_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__REQUIRED = CATALOGUE_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Clause Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE_FEATURE_COUNT = CATALOGUE_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Clause Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE_OPERATION_COUNT = CATALOGUE_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.ReflectionFrameworkImpl <em>Reflection Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.ReflectionFrameworkImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getReflectionFramework()
	 * @generated
	 */
	int REFLECTION_FRAMEWORK = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_FRAMEWORK__ID = CATALOGUE_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_FRAMEWORK__NAME = CATALOGUE_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_FRAMEWORK__VERSION = CATALOGUE_ENTRY__VERSION;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_FRAMEWORK__REFERENCE = CATALOGUE_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_FRAMEWORK__STAGES = CATALOGUE_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Reflection Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_FRAMEWORK_FEATURE_COUNT = CATALOGUE_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Reflection Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFLECTION_FRAMEWORK_OPERATION_COUNT = CATALOGUE_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.FrameworkStageImpl <em>Framework Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.FrameworkStageImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getFrameworkStage()
	 * @generated
	 */
	int FRAMEWORK_STAGE = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_STAGE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_STAGE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_STAGE__PROMPT = 2;

	/**
	 * The number of structural features of the '<em>Framework Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_STAGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Framework Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_STAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.InstrumentStructureImpl <em>Instrument Structure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.InstrumentStructureImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getInstrumentStructure()
	 * @generated
	 */
	int INSTRUMENT_STRUCTURE = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__ID = CATALOGUE_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__NAME = CATALOGUE_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__VERSION = CATALOGUE_ENTRY__VERSION;

	/**
	 * The feature id for the '<em><b>Scale Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__SCALE_MIN = CATALOGUE_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scale Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__SCALE_MAX = CATALOGUE_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scale Anchors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__SCALE_ANCHORS = CATALOGUE_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subscales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__SUBSCALES = CATALOGUE_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__ITEMS = CATALOGUE_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Scoring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__SCORING = CATALOGUE_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Licensed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE__LICENSED = CATALOGUE_ENTRY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Instrument Structure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE_FEATURE_COUNT = CATALOGUE_ENTRY_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Instrument Structure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_STRUCTURE_OPERATION_COUNT = CATALOGUE_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.SubscaleImpl <em>Subscale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.SubscaleImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getSubscale()
	 * @generated
	 */
	int SUBSCALE = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCALE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCALE__NAME = 1;

	/**
	 * The number of structural features of the '<em>Subscale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCALE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Subscale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCALE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.InstrumentItemImpl <em>Instrument Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.InstrumentItemImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getInstrumentItem()
	 * @generated
	 */
	int INSTRUMENT_ITEM = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Subscale Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__SUBSCALE_ID = 1;

	/**
	 * The feature id for the '<em><b>Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__WORDING = 2;

	/**
	 * The number of structural features of the '<em>Instrument Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Instrument Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.Role
	 * @see org.rapport.model.impl.RapportPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 36;

	/**
	 * The meta object id for the '{@link org.rapport.model.CaseStatus <em>Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.CaseStatus
	 * @see org.rapport.model.impl.RapportPackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 37;

	/**
	 * The meta object id for the '{@link org.rapport.model.SessionStatus <em>Session Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.SessionStatus
	 * @see org.rapport.model.impl.RapportPackageImpl#getSessionStatus()
	 * @generated
	 */
	int SESSION_STATUS = 38;

	/**
	 * The meta object id for the '{@link org.rapport.model.Modality <em>Modality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.Modality
	 * @see org.rapport.model.impl.RapportPackageImpl#getModality()
	 * @generated
	 */
	int MODALITY = 39;

	/**
	 * The meta object id for the '{@link org.rapport.model.DocumentKind <em>Document Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.DocumentKind
	 * @see org.rapport.model.impl.RapportPackageImpl#getDocumentKind()
	 * @generated
	 */
	int DOCUMENT_KIND = 40;

	/**
	 * The meta object id for the '{@link org.rapport.model.AgreementStatus <em>Agreement Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.AgreementStatus
	 * @see org.rapport.model.impl.RapportPackageImpl#getAgreementStatus()
	 * @generated
	 */
	int AGREEMENT_STATUS = 41;

	/**
	 * The meta object id for the '{@link org.rapport.model.ClauseCategory <em>Clause Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.ClauseCategory
	 * @see org.rapport.model.impl.RapportPackageImpl#getClauseCategory()
	 * @generated
	 */
	int CLAUSE_CATEGORY = 42;

	/**
	 * The meta object id for the '{@link org.rapport.model.PartyRole <em>Party Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.PartyRole
	 * @see org.rapport.model.impl.RapportPackageImpl#getPartyRole()
	 * @generated
	 */
	int PARTY_ROLE = 43;

	/**
	 * The meta object id for the '{@link org.rapport.model.SignatureMethod <em>Signature Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.SignatureMethod
	 * @see org.rapport.model.impl.RapportPackageImpl#getSignatureMethod()
	 * @generated
	 */
	int SIGNATURE_METHOD = 44;

	/**
	 * The meta object id for the '{@link org.rapport.model.ReviewStatus <em>Review Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.ReviewStatus
	 * @see org.rapport.model.impl.RapportPackageImpl#getReviewStatus()
	 * @generated
	 */
	int REVIEW_STATUS = 45;

	/**
	 * The meta object id for the '{@link org.rapport.model.BoundaryEventKind <em>Boundary Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.BoundaryEventKind
	 * @see org.rapport.model.impl.RapportPackageImpl#getBoundaryEventKind()
	 * @generated
	 */
	int BOUNDARY_EVENT_KIND = 46;

	/**
	 * The meta object id for the '{@link org.rapport.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.ActionStatus
	 * @see org.rapport.model.impl.RapportPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 47;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see javax.xml.datatype.XMLGregorianCalendar
	 * @see org.rapport.model.impl.RapportPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 48;

	/**
	 * The meta object id for the '<em>Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see javax.xml.datatype.XMLGregorianCalendar
	 * @see org.rapport.model.impl.RapportPackageImpl#getDateTime()
	 * @generated
	 */
	int DATE_TIME = 49;


	/**
	 * Returns the meta object for class '{@link org.rapport.model.Casebook <em>Casebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Casebook</em>'.
	 * @see org.rapport.model.Casebook
	 * @generated
	 */
	EClass getCasebook();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Casebook#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.Casebook#getId()
	 * @see #getCasebook()
	 * @generated
	 */
	EAttribute getCasebook_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Casebook#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rapport.model.Casebook#getTitle()
	 * @see #getCasebook()
	 * @generated
	 */
	EAttribute getCasebook_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Casebook#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.rapport.model.Casebook#getFormatVersion()
	 * @see #getCasebook()
	 * @generated
	 */
	EAttribute getCasebook_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Casebook#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.rapport.model.Casebook#getPeople()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_People();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.model.Casebook#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.rapport.model.Casebook#getOwner()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Casebook#getClients <em>Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clients</em>'.
	 * @see org.rapport.model.Casebook#getClients()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Clients();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Casebook#getRetentionYears <em>Retention Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Years</em>'.
	 * @see org.rapport.model.Casebook#getRetentionYears()
	 * @see #getCasebook()
	 * @generated
	 */
	EAttribute getCasebook_RetentionYears();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Casebook#getAuditAnchor <em>Audit Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audit Anchor</em>'.
	 * @see org.rapport.model.Casebook#getAuditAnchor()
	 * @see #getCasebook()
	 * @generated
	 */
	EAttribute getCasebook_AuditAnchor();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.rapport.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Person#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.Person#getId()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.model.Person#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.rapport.model.Person#getRoles()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Person#getKeys <em>Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Keys</em>'.
	 * @see org.rapport.model.Person#getKeys()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Keys();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.PersonKey <em>Person Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person Key</em>'.
	 * @see org.rapport.model.PersonKey
	 * @generated
	 */
	EClass getPersonKey();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.PersonKey#getPublicKey <em>Public Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Key</em>'.
	 * @see org.rapport.model.PersonKey#getPublicKey()
	 * @see #getPersonKey()
	 * @generated
	 */
	EAttribute getPersonKey_PublicKey();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.PersonKey#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.rapport.model.PersonKey#getCreated()
	 * @see #getPersonKey()
	 * @generated
	 */
	EAttribute getPersonKey_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.PersonKey#getRetired <em>Retired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retired</em>'.
	 * @see org.rapport.model.PersonKey#getRetired()
	 * @see #getPersonKey()
	 * @generated
	 */
	EAttribute getPersonKey_Retired();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.PersonKey#getEndorsement <em>Endorsement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endorsement</em>'.
	 * @see org.rapport.model.PersonKey#getEndorsement()
	 * @see #getPersonKey()
	 * @generated
	 */
	EAttribute getPersonKey_Endorsement();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.ClientCase <em>Client Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client Case</em>'.
	 * @see org.rapport.model.ClientCase
	 * @generated
	 */
	EClass getClientCase();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ClientCase#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rapport.model.ClientCase#getCode()
	 * @see #getClientCase()
	 * @generated
	 */
	EAttribute getClientCase_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ClientCase#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.rapport.model.ClientCase#getStartDate()
	 * @see #getClientCase()
	 * @generated
	 */
	EAttribute getClientCase_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ClientCase#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.model.ClientCase#getStatus()
	 * @see #getClientCase()
	 * @generated
	 */
	EAttribute getClientCase_Status();

	/**
	 * Returns the meta object for the reference list '{@link org.rapport.model.ClientCase#getSupervisors <em>Supervisors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supervisors</em>'.
	 * @see org.rapport.model.ClientCase#getSupervisors()
	 * @see #getClientCase()
	 * @generated
	 */
	EReference getClientCase_Supervisors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ClientCase#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.rapport.model.ClientCase#getSessions()
	 * @see #getClientCase()
	 * @generated
	 */
	EReference getClientCase_Sessions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ClientCase#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agreements</em>'.
	 * @see org.rapport.model.ClientCase#getAgreements()
	 * @see #getClientCase()
	 * @generated
	 */
	EReference getClientCase_Agreements();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.rapport.model.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Session#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.Session#getId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Session#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.rapport.model.Session#getNumber()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Session#getDateTime <em>Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Time</em>'.
	 * @see org.rapport.model.Session#getDateTime()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_DateTime();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Session#getLengthMinutes <em>Length Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length Minutes</em>'.
	 * @see org.rapport.model.Session#getLengthMinutes()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_LengthMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Session#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.rapport.model.Session#getModality()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Session#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.model.Session#getStatus()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Session#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.rapport.model.Session#getDocuments()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Documents();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.DocumentEntry <em>Document Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Entry</em>'.
	 * @see org.rapport.model.DocumentEntry
	 * @generated
	 */
	EClass getDocumentEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.DocumentEntry#getDocumentId <em>Document Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Id</em>'.
	 * @see org.rapport.model.DocumentEntry#getDocumentId()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_DocumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.DocumentEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.model.DocumentEntry#getKind()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.DocumentEntry#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.rapport.model.DocumentEntry#getFile()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_File();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.DocumentEntry#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.model.DocumentEntry#getStatus()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.DocumentEntry#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.rapport.model.DocumentEntry#getVersion()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.DocumentEntry#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.rapport.model.DocumentEntry#getModified()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Modified();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.DocumentEntry#getReviewDate <em>Review Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Date</em>'.
	 * @see org.rapport.model.DocumentEntry#getReviewDate()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_ReviewDate();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.model.DocumentEntry#getAwaitingReviewBy <em>Awaiting Review By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Awaiting Review By</em>'.
	 * @see org.rapport.model.DocumentEntry#getAwaitingReviewBy()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_AwaitingReviewBy();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.DocumentEntry#getGeneration <em>Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generation</em>'.
	 * @see org.rapport.model.DocumentEntry#getGeneration()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Generation();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.rapport.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Document#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.Document#getId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Document#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.rapport.model.Document#getFormatVersion()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Document#getClientCode <em>Client Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Code</em>'.
	 * @see org.rapport.model.Document#getClientCode()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ClientCode();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Document#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.rapport.model.Document#getAuthorId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Document#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.rapport.model.Document#getCreated()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Document#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.rapport.model.Document#getModified()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Modified();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Document#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.rapport.model.Document#getSteps()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Steps();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.SignedStep <em>Signed Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signed Step</em>'.
	 * @see org.rapport.model.SignedStep
	 * @generated
	 */
	EClass getSignedStep();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SignedStep#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.rapport.model.SignedStep#getStep()
	 * @see #getSignedStep()
	 * @generated
	 */
	EAttribute getSignedStep_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SignedStep#getActorId <em>Actor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor Id</em>'.
	 * @see org.rapport.model.SignedStep#getActorId()
	 * @see #getSignedStep()
	 * @generated
	 */
	EAttribute getSignedStep_ActorId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SignedStep#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.model.SignedStep#getAt()
	 * @see #getSignedStep()
	 * @generated
	 */
	EAttribute getSignedStep_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SignedStep#getDocumentVersion <em>Document Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Version</em>'.
	 * @see org.rapport.model.SignedStep#getDocumentVersion()
	 * @see #getSignedStep()
	 * @generated
	 */
	EAttribute getSignedStep_DocumentVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SignedStep#getContentDigest <em>Content Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Digest</em>'.
	 * @see org.rapport.model.SignedStep#getContentDigest()
	 * @see #getSignedStep()
	 * @generated
	 */
	EAttribute getSignedStep_ContentDigest();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SignedStep#getPreviousDigest <em>Previous Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Digest</em>'.
	 * @see org.rapport.model.SignedStep#getPreviousDigest()
	 * @see #getSignedStep()
	 * @generated
	 */
	EAttribute getSignedStep_PreviousDigest();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SignedStep#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.rapport.model.SignedStep#getDetail()
	 * @see #getSignedStep()
	 * @generated
	 */
	EAttribute getSignedStep_Detail();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SignedStep#getPublicKey <em>Public Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Key</em>'.
	 * @see org.rapport.model.SignedStep#getPublicKey()
	 * @see #getSignedStep()
	 * @generated
	 */
	EAttribute getSignedStep_PublicKey();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SignedStep#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature</em>'.
	 * @see org.rapport.model.SignedStep#getSignature()
	 * @see #getSignedStep()
	 * @generated
	 */
	EAttribute getSignedStep_Signature();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.SessionPlan <em>Session Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session Plan</em>'.
	 * @see org.rapport.model.SessionPlan
	 * @generated
	 */
	EClass getSessionPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SessionPlan#getSessionId <em>Session Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Id</em>'.
	 * @see org.rapport.model.SessionPlan#getSessionId()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EAttribute getSessionPlan_SessionId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SessionPlan#getSessionNumber <em>Session Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Number</em>'.
	 * @see org.rapport.model.SessionPlan#getSessionNumber()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EAttribute getSessionPlan_SessionNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SessionPlan#getDateTime <em>Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Time</em>'.
	 * @see org.rapport.model.SessionPlan#getDateTime()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EAttribute getSessionPlan_DateTime();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SessionPlan#getLengthMinutes <em>Length Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length Minutes</em>'.
	 * @see org.rapport.model.SessionPlan#getLengthMinutes()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EAttribute getSessionPlan_LengthMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SessionPlan#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.rapport.model.SessionPlan#getModality()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EAttribute getSessionPlan_Modality();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.SessionPlan#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.rapport.model.SessionPlan#getGoals()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EReference getSessionPlan_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.SessionPlan#getAgenda <em>Agenda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agenda</em>'.
	 * @see org.rapport.model.SessionPlan#getAgenda()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EReference getSessionPlan_Agenda();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.SessionPlan#getTechniques <em>Techniques</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Techniques</em>'.
	 * @see org.rapport.model.SessionPlan#getTechniques()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EReference getSessionPlan_Techniques();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.SessionPlan#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risks</em>'.
	 * @see org.rapport.model.SessionPlan#getRisks()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EReference getSessionPlan_Risks();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.model.SessionPlan#getClausesToRevisit <em>Clauses To Revisit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Clauses To Revisit</em>'.
	 * @see org.rapport.model.SessionPlan#getClausesToRevisit()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EAttribute getSessionPlan_ClausesToRevisit();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SessionPlan#getMaterials <em>Materials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Materials</em>'.
	 * @see org.rapport.model.SessionPlan#getMaterials()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EAttribute getSessionPlan_Materials();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.SessionPlan#getSupervisionQuestions <em>Supervision Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supervision Questions</em>'.
	 * @see org.rapport.model.SessionPlan#getSupervisionQuestions()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EAttribute getSessionPlan_SupervisionQuestions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.SessionPlan#getCarriedActions <em>Carried Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Carried Actions</em>'.
	 * @see org.rapport.model.SessionPlan#getCarriedActions()
	 * @see #getSessionPlan()
	 * @generated
	 */
	EReference getSessionPlan_CarriedActions();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.rapport.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Goal#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rapport.model.Goal#getText()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Goal#getHowWeWillKnow <em>How We Will Know</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>How We Will Know</em>'.
	 * @see org.rapport.model.Goal#getHowWeWillKnow()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_HowWeWillKnow();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.AgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agenda Item</em>'.
	 * @see org.rapport.model.AgendaItem
	 * @generated
	 */
	EClass getAgendaItem();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.AgendaItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rapport.model.AgendaItem#getTitle()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.AgendaItem#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes</em>'.
	 * @see org.rapport.model.AgendaItem#getMinutes()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Minutes();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.PlannedTechnique <em>Planned Technique</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planned Technique</em>'.
	 * @see org.rapport.model.PlannedTechnique
	 * @generated
	 */
	EClass getPlannedTechnique();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.PlannedTechnique#getTechniqueId <em>Technique Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technique Id</em>'.
	 * @see org.rapport.model.PlannedTechnique#getTechniqueId()
	 * @see #getPlannedTechnique()
	 * @generated
	 */
	EAttribute getPlannedTechnique_TechniqueId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.PlannedTechnique#getMoment <em>Moment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moment</em>'.
	 * @see org.rapport.model.PlannedTechnique#getMoment()
	 * @see #getPlannedTechnique()
	 * @generated
	 */
	EAttribute getPlannedTechnique_Moment();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.RiskConsideration <em>Risk Consideration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk Consideration</em>'.
	 * @see org.rapport.model.RiskConsideration
	 * @generated
	 */
	EClass getRiskConsideration();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.RiskConsideration#getConcern <em>Concern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concern</em>'.
	 * @see org.rapport.model.RiskConsideration#getConcern()
	 * @see #getRiskConsideration()
	 * @generated
	 */
	EAttribute getRiskConsideration_Concern();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.RiskConsideration#getResponse <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response</em>'.
	 * @see org.rapport.model.RiskConsideration#getResponse()
	 * @see #getRiskConsideration()
	 * @generated
	 */
	EAttribute getRiskConsideration_Response();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.CarriedAction <em>Carried Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Carried Action</em>'.
	 * @see org.rapport.model.CarriedAction
	 * @generated
	 */
	EClass getCarriedAction();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.CarriedAction#getActionId <em>Action Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action Id</em>'.
	 * @see org.rapport.model.CarriedAction#getActionId()
	 * @see #getCarriedAction()
	 * @generated
	 */
	EAttribute getCarriedAction_ActionId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.CarriedAction#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rapport.model.CarriedAction#getText()
	 * @see #getCarriedAction()
	 * @generated
	 */
	EAttribute getCarriedAction_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.CarriedAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.model.CarriedAction#getStatus()
	 * @see #getCarriedAction()
	 * @generated
	 */
	EAttribute getCarriedAction_Status();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.BoundaryAgreement <em>Boundary Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boundary Agreement</em>'.
	 * @see org.rapport.model.BoundaryAgreement
	 * @generated
	 */
	EClass getBoundaryAgreement();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.BoundaryAgreement#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.rapport.model.BoundaryAgreement#getVersion()
	 * @see #getBoundaryAgreement()
	 * @generated
	 */
	EAttribute getBoundaryAgreement_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.BoundaryAgreement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.model.BoundaryAgreement#getStatus()
	 * @see #getBoundaryAgreement()
	 * @generated
	 */
	EAttribute getBoundaryAgreement_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.BoundaryAgreement#getEffectiveDate <em>Effective Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Date</em>'.
	 * @see org.rapport.model.BoundaryAgreement#getEffectiveDate()
	 * @see #getBoundaryAgreement()
	 * @generated
	 */
	EAttribute getBoundaryAgreement_EffectiveDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.BoundaryAgreement#getReviewDate <em>Review Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Date</em>'.
	 * @see org.rapport.model.BoundaryAgreement#getReviewDate()
	 * @see #getBoundaryAgreement()
	 * @generated
	 */
	EAttribute getBoundaryAgreement_ReviewDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.BoundaryAgreement#getSupersedes <em>Supersedes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supersedes</em>'.
	 * @see org.rapport.model.BoundaryAgreement#getSupersedes()
	 * @see #getBoundaryAgreement()
	 * @generated
	 */
	EAttribute getBoundaryAgreement_Supersedes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.BoundaryAgreement#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parties</em>'.
	 * @see org.rapport.model.BoundaryAgreement#getParties()
	 * @see #getBoundaryAgreement()
	 * @generated
	 */
	EReference getBoundaryAgreement_Parties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.BoundaryAgreement#getClauses <em>Clauses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clauses</em>'.
	 * @see org.rapport.model.BoundaryAgreement#getClauses()
	 * @see #getBoundaryAgreement()
	 * @generated
	 */
	EReference getBoundaryAgreement_Clauses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.BoundaryAgreement#getSignatures <em>Signatures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signatures</em>'.
	 * @see org.rapport.model.BoundaryAgreement#getSignatures()
	 * @see #getBoundaryAgreement()
	 * @generated
	 */
	EReference getBoundaryAgreement_Signatures();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party</em>'.
	 * @see org.rapport.model.Party
	 * @generated
	 */
	EClass getParty();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Party#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.rapport.model.Party#getRole()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Party#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.rapport.model.Party#getReference()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Party#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.rapport.model.Party#getDisplayName()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_DisplayName();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Clause <em>Clause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clause</em>'.
	 * @see org.rapport.model.Clause
	 * @generated
	 */
	EClass getClause();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Clause#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.Clause#getId()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Clause#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.rapport.model.Clause#getCategory()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Clause#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rapport.model.Clause#getTitle()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Clause#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rapport.model.Clause#getText()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Clause#getTemplateId <em>Template Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Id</em>'.
	 * @see org.rapport.model.Clause#getTemplateId()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_TemplateId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Clause#getTemplateVersion <em>Template Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Version</em>'.
	 * @see org.rapport.model.Clause#getTemplateVersion()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_TemplateVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Clause#isIncluded <em>Included</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Included</em>'.
	 * @see org.rapport.model.Clause#isIncluded()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_Included();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature</em>'.
	 * @see org.rapport.model.Signature
	 * @generated
	 */
	EClass getSignature();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Signature#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.rapport.model.Signature#getRole()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Signature#getSigner <em>Signer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer</em>'.
	 * @see org.rapport.model.Signature#getSigner()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Signer();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Signature#getSignedAt <em>Signed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed At</em>'.
	 * @see org.rapport.model.Signature#getSignedAt()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Signature#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.rapport.model.Signature#getMethod()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Signature#getFingerprint <em>Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fingerprint</em>'.
	 * @see org.rapport.model.Signature#getFingerprint()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Fingerprint();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.ReflectionNote <em>Reflection Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reflection Note</em>'.
	 * @see org.rapport.model.ReflectionNote
	 * @generated
	 */
	EClass getReflectionNote();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReflectionNote#getSessionId <em>Session Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Id</em>'.
	 * @see org.rapport.model.ReflectionNote#getSessionId()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EAttribute getReflectionNote_SessionId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReflectionNote#getFrameworkId <em>Framework Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Framework Id</em>'.
	 * @see org.rapport.model.ReflectionNote#getFrameworkId()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EAttribute getReflectionNote_FrameworkId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ReflectionNote#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.rapport.model.ReflectionNote#getAnswers()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EReference getReflectionNote_Answers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ReflectionNote#getRatings <em>Ratings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ratings</em>'.
	 * @see org.rapport.model.ReflectionNote#getRatings()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EReference getReflectionNote_Ratings();

	/**
	 * Returns the meta object for the containment reference '{@link org.rapport.model.ReflectionNote#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Relationship</em>'.
	 * @see org.rapport.model.ReflectionNote#getRelationship()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EReference getReflectionNote_Relationship();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ReflectionNote#getBoundaryEvents <em>Boundary Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boundary Events</em>'.
	 * @see org.rapport.model.ReflectionNote#getBoundaryEvents()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EReference getReflectionNote_BoundaryEvents();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.model.ReflectionNote#getLearningPoints <em>Learning Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Learning Points</em>'.
	 * @see org.rapport.model.ReflectionNote#getLearningPoints()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EAttribute getReflectionNote_LearningPoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ReflectionNote#getActionPoints <em>Action Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Action Points</em>'.
	 * @see org.rapport.model.ReflectionNote#getActionPoints()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EReference getReflectionNote_ActionPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReflectionNote#getSupervisionQuestions <em>Supervision Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supervision Questions</em>'.
	 * @see org.rapport.model.ReflectionNote#getSupervisionQuestions()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EAttribute getReflectionNote_SupervisionQuestions();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReflectionNote#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.model.ReflectionNote#getStatus()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EAttribute getReflectionNote_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ReflectionNote#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.rapport.model.ReflectionNote#getComments()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EReference getReflectionNote_Comments();

	/**
	 * Returns the meta object for the containment reference '{@link org.rapport.model.ReflectionNote#getApproval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Approval</em>'.
	 * @see org.rapport.model.ReflectionNote#getApproval()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EReference getReflectionNote_Approval();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ReflectionNote#getAmendments <em>Amendments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Amendments</em>'.
	 * @see org.rapport.model.ReflectionNote#getAmendments()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EReference getReflectionNote_Amendments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ReflectionNote#getUnlocks <em>Unlocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unlocks</em>'.
	 * @see org.rapport.model.ReflectionNote#getUnlocks()
	 * @see #getReflectionNote()
	 * @generated
	 */
	EReference getReflectionNote_Unlocks();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.StageAnswer <em>Stage Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage Answer</em>'.
	 * @see org.rapport.model.StageAnswer
	 * @generated
	 */
	EClass getStageAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.StageAnswer#getStageId <em>Stage Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage Id</em>'.
	 * @see org.rapport.model.StageAnswer#getStageId()
	 * @see #getStageAnswer()
	 * @generated
	 */
	EAttribute getStageAnswer_StageId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.StageAnswer#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rapport.model.StageAnswer#getText()
	 * @see #getStageAnswer()
	 * @generated
	 */
	EAttribute getStageAnswer_Text();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.TechniqueRating <em>Technique Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Technique Rating</em>'.
	 * @see org.rapport.model.TechniqueRating
	 * @generated
	 */
	EClass getTechniqueRating();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.TechniqueRating#getTechniqueId <em>Technique Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technique Id</em>'.
	 * @see org.rapport.model.TechniqueRating#getTechniqueId()
	 * @see #getTechniqueRating()
	 * @generated
	 */
	EAttribute getTechniqueRating_TechniqueId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.TechniqueRating#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see org.rapport.model.TechniqueRating#getRating()
	 * @see #getTechniqueRating()
	 * @generated
	 */
	EAttribute getTechniqueRating_Rating();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.TechniqueRating#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.rapport.model.TechniqueRating#getEvidence()
	 * @see #getTechniqueRating()
	 * @generated
	 */
	EAttribute getTechniqueRating_Evidence();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.RelationshipCheck <em>Relationship Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship Check</em>'.
	 * @see org.rapport.model.RelationshipCheck
	 * @generated
	 */
	EClass getRelationshipCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.RelationshipCheck#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see org.rapport.model.RelationshipCheck#getInstrumentId()
	 * @see #getRelationshipCheck()
	 * @generated
	 */
	EAttribute getRelationshipCheck_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.RelationshipCheck#getTrust <em>Trust</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trust</em>'.
	 * @see org.rapport.model.RelationshipCheck#getTrust()
	 * @see #getRelationshipCheck()
	 * @generated
	 */
	EAttribute getRelationshipCheck_Trust();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.RelationshipCheck#getEmpathy <em>Empathy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Empathy</em>'.
	 * @see org.rapport.model.RelationshipCheck#getEmpathy()
	 * @see #getRelationshipCheck()
	 * @generated
	 */
	EAttribute getRelationshipCheck_Empathy();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.RelationshipCheck#getCommunication <em>Communication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Communication</em>'.
	 * @see org.rapport.model.RelationshipCheck#getCommunication()
	 * @see #getRelationshipCheck()
	 * @generated
	 */
	EAttribute getRelationshipCheck_Communication();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.RelationshipCheck#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rapport.model.RelationshipCheck#getNote()
	 * @see #getRelationshipCheck()
	 * @generated
	 */
	EAttribute getRelationshipCheck_Note();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.BoundaryEvent <em>Boundary Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boundary Event</em>'.
	 * @see org.rapport.model.BoundaryEvent
	 * @generated
	 */
	EClass getBoundaryEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.BoundaryEvent#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rapport.model.BoundaryEvent#getDescription()
	 * @see #getBoundaryEvent()
	 * @generated
	 */
	EAttribute getBoundaryEvent_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.BoundaryEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.model.BoundaryEvent#getKind()
	 * @see #getBoundaryEvent()
	 * @generated
	 */
	EAttribute getBoundaryEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.BoundaryEvent#getHandling <em>Handling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handling</em>'.
	 * @see org.rapport.model.BoundaryEvent#getHandling()
	 * @see #getBoundaryEvent()
	 * @generated
	 */
	EAttribute getBoundaryEvent_Handling();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.BoundaryEvent#getClauseId <em>Clause Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clause Id</em>'.
	 * @see org.rapport.model.BoundaryEvent#getClauseId()
	 * @see #getBoundaryEvent()
	 * @generated
	 */
	EAttribute getBoundaryEvent_ClauseId();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.ActionPoint <em>Action Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Point</em>'.
	 * @see org.rapport.model.ActionPoint
	 * @generated
	 */
	EClass getActionPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ActionPoint#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.ActionPoint#getId()
	 * @see #getActionPoint()
	 * @generated
	 */
	EAttribute getActionPoint_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ActionPoint#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rapport.model.ActionPoint#getText()
	 * @see #getActionPoint()
	 * @generated
	 */
	EAttribute getActionPoint_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ActionPoint#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.model.ActionPoint#getStatus()
	 * @see #getActionPoint()
	 * @generated
	 */
	EAttribute getActionPoint_Status();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Comment</em>'.
	 * @see org.rapport.model.ReviewComment
	 * @generated
	 */
	EClass getReviewComment();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReviewComment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.ReviewComment#getId()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReviewComment#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.rapport.model.ReviewComment#getAuthorId()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReviewComment#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.model.ReviewComment#getAt()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReviewComment#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see org.rapport.model.ReviewComment#getAnchor()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Anchor();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReviewComment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rapport.model.ReviewComment#getText()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReviewComment#isResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see org.rapport.model.ReviewComment#isResolved()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Resolved();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Amendment <em>Amendment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Amendment</em>'.
	 * @see org.rapport.model.Amendment
	 * @generated
	 */
	EClass getAmendment();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Amendment#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.rapport.model.Amendment#getAuthorId()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Amendment#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.model.Amendment#getAt()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Amendment#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.rapport.model.Amendment#getReason()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Amendment#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see org.rapport.model.Amendment#getAnchor()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_Anchor();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Amendment#getOriginal <em>Original</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original</em>'.
	 * @see org.rapport.model.Amendment#getOriginal()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_Original();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Amendment#getAmended <em>Amended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amended</em>'.
	 * @see org.rapport.model.Amendment#getAmended()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_Amended();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Unlock <em>Unlock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unlock</em>'.
	 * @see org.rapport.model.Unlock
	 * @generated
	 */
	EClass getUnlock();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Unlock#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.rapport.model.Unlock#getAuthorId()
	 * @see #getUnlock()
	 * @generated
	 */
	EAttribute getUnlock_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Unlock#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.model.Unlock#getAt()
	 * @see #getUnlock()
	 * @generated
	 */
	EAttribute getUnlock_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Unlock#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.rapport.model.Unlock#getReason()
	 * @see #getUnlock()
	 * @generated
	 */
	EAttribute getUnlock_Reason();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Catalogue <em>Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalogue</em>'.
	 * @see org.rapport.model.Catalogue
	 * @generated
	 */
	EClass getCatalogue();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Catalogue#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.Catalogue#getId()
	 * @see #getCatalogue()
	 * @generated
	 */
	EAttribute getCatalogue_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Catalogue#getInstitution <em>Institution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Institution</em>'.
	 * @see org.rapport.model.Catalogue#getInstitution()
	 * @see #getCatalogue()
	 * @generated
	 */
	EAttribute getCatalogue_Institution();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Catalogue#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.rapport.model.Catalogue#getFormatVersion()
	 * @see #getCatalogue()
	 * @generated
	 */
	EAttribute getCatalogue_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Catalogue#getTechniques <em>Techniques</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Techniques</em>'.
	 * @see org.rapport.model.Catalogue#getTechniques()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_Techniques();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Catalogue#getClauseTemplates <em>Clause Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clause Templates</em>'.
	 * @see org.rapport.model.Catalogue#getClauseTemplates()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_ClauseTemplates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Catalogue#getFrameworks <em>Frameworks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Frameworks</em>'.
	 * @see org.rapport.model.Catalogue#getFrameworks()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_Frameworks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Catalogue#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.rapport.model.Catalogue#getInstruments()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_Instruments();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.CatalogueEntry <em>Catalogue Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalogue Entry</em>'.
	 * @see org.rapport.model.CatalogueEntry
	 * @generated
	 */
	EClass getCatalogueEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.CatalogueEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.CatalogueEntry#getId()
	 * @see #getCatalogueEntry()
	 * @generated
	 */
	EAttribute getCatalogueEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.CatalogueEntry#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.model.CatalogueEntry#getName()
	 * @see #getCatalogueEntry()
	 * @generated
	 */
	EAttribute getCatalogueEntry_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.CatalogueEntry#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.rapport.model.CatalogueEntry#getVersion()
	 * @see #getCatalogueEntry()
	 * @generated
	 */
	EAttribute getCatalogueEntry_Version();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Technique <em>Technique</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Technique</em>'.
	 * @see org.rapport.model.Technique
	 * @generated
	 */
	EClass getTechnique();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Technique#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.rapport.model.Technique#getSummary()
	 * @see #getTechnique()
	 * @generated
	 */
	EAttribute getTechnique_Summary();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.model.Technique#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Indicators</em>'.
	 * @see org.rapport.model.Technique#getIndicators()
	 * @see #getTechnique()
	 * @generated
	 */
	EAttribute getTechnique_Indicators();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Technique#getParentId <em>Parent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Id</em>'.
	 * @see org.rapport.model.Technique#getParentId()
	 * @see #getTechnique()
	 * @generated
	 */
	EAttribute getTechnique_ParentId();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.ClauseTemplate <em>Clause Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clause Template</em>'.
	 * @see org.rapport.model.ClauseTemplate
	 * @generated
	 */
	EClass getClauseTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ClauseTemplate#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.rapport.model.ClauseTemplate#getCategory()
	 * @see #getClauseTemplate()
	 * @generated
	 */
	EAttribute getClauseTemplate_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ClauseTemplate#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rapport.model.ClauseTemplate#getText()
	 * @see #getClauseTemplate()
	 * @generated
	 */
	EAttribute getClauseTemplate_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ClauseTemplate#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.rapport.model.ClauseTemplate#isRequired()
	 * @see #getClauseTemplate()
	 * @generated
	 */
	EAttribute getClauseTemplate_Required();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.ReflectionFramework <em>Reflection Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reflection Framework</em>'.
	 * @see org.rapport.model.ReflectionFramework
	 * @generated
	 */
	EClass getReflectionFramework();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ReflectionFramework#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.rapport.model.ReflectionFramework#getReference()
	 * @see #getReflectionFramework()
	 * @generated
	 */
	EAttribute getReflectionFramework_Reference();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.ReflectionFramework#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.rapport.model.ReflectionFramework#getStages()
	 * @see #getReflectionFramework()
	 * @generated
	 */
	EReference getReflectionFramework_Stages();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.FrameworkStage <em>Framework Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Framework Stage</em>'.
	 * @see org.rapport.model.FrameworkStage
	 * @generated
	 */
	EClass getFrameworkStage();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.FrameworkStage#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.FrameworkStage#getId()
	 * @see #getFrameworkStage()
	 * @generated
	 */
	EAttribute getFrameworkStage_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.FrameworkStage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.model.FrameworkStage#getName()
	 * @see #getFrameworkStage()
	 * @generated
	 */
	EAttribute getFrameworkStage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.FrameworkStage#getPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt</em>'.
	 * @see org.rapport.model.FrameworkStage#getPrompt()
	 * @see #getFrameworkStage()
	 * @generated
	 */
	EAttribute getFrameworkStage_Prompt();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.InstrumentStructure <em>Instrument Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument Structure</em>'.
	 * @see org.rapport.model.InstrumentStructure
	 * @generated
	 */
	EClass getInstrumentStructure();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.InstrumentStructure#getScaleMin <em>Scale Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Min</em>'.
	 * @see org.rapport.model.InstrumentStructure#getScaleMin()
	 * @see #getInstrumentStructure()
	 * @generated
	 */
	EAttribute getInstrumentStructure_ScaleMin();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.InstrumentStructure#getScaleMax <em>Scale Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Max</em>'.
	 * @see org.rapport.model.InstrumentStructure#getScaleMax()
	 * @see #getInstrumentStructure()
	 * @generated
	 */
	EAttribute getInstrumentStructure_ScaleMax();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.model.InstrumentStructure#getScaleAnchors <em>Scale Anchors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Scale Anchors</em>'.
	 * @see org.rapport.model.InstrumentStructure#getScaleAnchors()
	 * @see #getInstrumentStructure()
	 * @generated
	 */
	EAttribute getInstrumentStructure_ScaleAnchors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.InstrumentStructure#getSubscales <em>Subscales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subscales</em>'.
	 * @see org.rapport.model.InstrumentStructure#getSubscales()
	 * @see #getInstrumentStructure()
	 * @generated
	 */
	EReference getInstrumentStructure_Subscales();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.InstrumentStructure#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.rapport.model.InstrumentStructure#getItems()
	 * @see #getInstrumentStructure()
	 * @generated
	 */
	EReference getInstrumentStructure_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.InstrumentStructure#getScoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scoring</em>'.
	 * @see org.rapport.model.InstrumentStructure#getScoring()
	 * @see #getInstrumentStructure()
	 * @generated
	 */
	EAttribute getInstrumentStructure_Scoring();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.InstrumentStructure#isLicensed <em>Licensed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licensed</em>'.
	 * @see org.rapport.model.InstrumentStructure#isLicensed()
	 * @see #getInstrumentStructure()
	 * @generated
	 */
	EAttribute getInstrumentStructure_Licensed();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.Subscale <em>Subscale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subscale</em>'.
	 * @see org.rapport.model.Subscale
	 * @generated
	 */
	EClass getSubscale();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Subscale#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.Subscale#getId()
	 * @see #getSubscale()
	 * @generated
	 */
	EAttribute getSubscale_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Subscale#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.model.Subscale#getName()
	 * @see #getSubscale()
	 * @generated
	 */
	EAttribute getSubscale_Name();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.InstrumentItem <em>Instrument Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument Item</em>'.
	 * @see org.rapport.model.InstrumentItem
	 * @generated
	 */
	EClass getInstrumentItem();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.InstrumentItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rapport.model.InstrumentItem#getId()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.InstrumentItem#getSubscaleId <em>Subscale Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subscale Id</em>'.
	 * @see org.rapport.model.InstrumentItem#getSubscaleId()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_SubscaleId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.InstrumentItem#getWording <em>Wording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wording</em>'.
	 * @see org.rapport.model.InstrumentItem#getWording()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_Wording();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.rapport.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.CaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Status</em>'.
	 * @see org.rapport.model.CaseStatus
	 * @generated
	 */
	EEnum getCaseStatus();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.SessionStatus <em>Session Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Session Status</em>'.
	 * @see org.rapport.model.SessionStatus
	 * @generated
	 */
	EEnum getSessionStatus();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.Modality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Modality</em>'.
	 * @see org.rapport.model.Modality
	 * @generated
	 */
	EEnum getModality();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.DocumentKind <em>Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Kind</em>'.
	 * @see org.rapport.model.DocumentKind
	 * @generated
	 */
	EEnum getDocumentKind();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.AgreementStatus <em>Agreement Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agreement Status</em>'.
	 * @see org.rapport.model.AgreementStatus
	 * @generated
	 */
	EEnum getAgreementStatus();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.ClauseCategory <em>Clause Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Clause Category</em>'.
	 * @see org.rapport.model.ClauseCategory
	 * @generated
	 */
	EEnum getClauseCategory();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.PartyRole <em>Party Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Party Role</em>'.
	 * @see org.rapport.model.PartyRole
	 * @generated
	 */
	EEnum getPartyRole();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.SignatureMethod <em>Signature Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signature Method</em>'.
	 * @see org.rapport.model.SignatureMethod
	 * @generated
	 */
	EEnum getSignatureMethod();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.ReviewStatus <em>Review Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Status</em>'.
	 * @see org.rapport.model.ReviewStatus
	 * @generated
	 */
	EEnum getReviewStatus();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.BoundaryEventKind <em>Boundary Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Boundary Event Kind</em>'.
	 * @see org.rapport.model.BoundaryEventKind
	 * @generated
	 */
	EEnum getBoundaryEventKind();

	/**
	 * Returns the meta object for enum '{@link org.rapport.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.rapport.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for data type '{@link javax.xml.datatype.XMLGregorianCalendar <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day without a time zone, as XML Schema's date (2026-04-09); org.rapport.model.time.Dates turns it into a java.time.LocalDate.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see javax.xml.datatype.XMLGregorianCalendar
	 * @model instanceClass="javax.xml.datatype.XMLGregorianCalendar"
	 *        extendedMetaData="name='Date' baseType='http://www.eclipse.org/emf/2003/XMLType#date'"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the meta object for data type '{@link javax.xml.datatype.XMLGregorianCalendar <em>Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A local date and time without a time zone, as XML Schema's dateTime with its seconds (2026-04-09T15:00:00); org.rapport.model.time.Dates turns it into a java.time.LocalDateTime and also reads the form without seconds of format 1 files.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date Time</em>'.
	 * @see javax.xml.datatype.XMLGregorianCalendar
	 * @model instanceClass="javax.xml.datatype.XMLGregorianCalendar"
	 *        extendedMetaData="name='DateTime' baseType='http://www.eclipse.org/emf/2003/XMLType#dateTime'"
	 * @generated
	 */
	EDataType getDateTime();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RapportFactory getRapportFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.CasebookImpl <em>Casebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.CasebookImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getCasebook()
		 * @generated
		 */
		EClass CASEBOOK = eINSTANCE.getCasebook();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEBOOK__ID = eINSTANCE.getCasebook_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEBOOK__TITLE = eINSTANCE.getCasebook_Title();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEBOOK__FORMAT_VERSION = eINSTANCE.getCasebook_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__PEOPLE = eINSTANCE.getCasebook_People();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__OWNER = eINSTANCE.getCasebook_Owner();

		/**
		 * The meta object literal for the '<em><b>Clients</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__CLIENTS = eINSTANCE.getCasebook_Clients();

		/**
		 * The meta object literal for the '<em><b>Retention Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEBOOK__RETENTION_YEARS = eINSTANCE.getCasebook_RetentionYears();

		/**
		 * The meta object literal for the '<em><b>Audit Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEBOOK__AUDIT_ANCHOR = eINSTANCE.getCasebook_AuditAnchor();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.PersonImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ID = eINSTANCE.getPerson_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ROLES = eINSTANCE.getPerson_Roles();

		/**
		 * The meta object literal for the '<em><b>Keys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__KEYS = eINSTANCE.getPerson_Keys();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.PersonKeyImpl <em>Person Key</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.PersonKeyImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getPersonKey()
		 * @generated
		 */
		EClass PERSON_KEY = eINSTANCE.getPersonKey();

		/**
		 * The meta object literal for the '<em><b>Public Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON_KEY__PUBLIC_KEY = eINSTANCE.getPersonKey_PublicKey();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON_KEY__CREATED = eINSTANCE.getPersonKey_Created();

		/**
		 * The meta object literal for the '<em><b>Retired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON_KEY__RETIRED = eINSTANCE.getPersonKey_Retired();

		/**
		 * The meta object literal for the '<em><b>Endorsement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON_KEY__ENDORSEMENT = eINSTANCE.getPersonKey_Endorsement();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.ClientCaseImpl <em>Client Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.ClientCaseImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getClientCase()
		 * @generated
		 */
		EClass CLIENT_CASE = eINSTANCE.getClientCase();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_CASE__CODE = eINSTANCE.getClientCase_Code();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_CASE__START_DATE = eINSTANCE.getClientCase_StartDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_CASE__STATUS = eINSTANCE.getClientCase_Status();

		/**
		 * The meta object literal for the '<em><b>Supervisors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT_CASE__SUPERVISORS = eINSTANCE.getClientCase_Supervisors();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT_CASE__SESSIONS = eINSTANCE.getClientCase_Sessions();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT_CASE__AGREEMENTS = eINSTANCE.getClientCase_Agreements();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.SessionImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ID = eINSTANCE.getSession_Id();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__NUMBER = eINSTANCE.getSession_Number();

		/**
		 * The meta object literal for the '<em><b>Date Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__DATE_TIME = eINSTANCE.getSession_DateTime();

		/**
		 * The meta object literal for the '<em><b>Length Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__LENGTH_MINUTES = eINSTANCE.getSession_LengthMinutes();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__MODALITY = eINSTANCE.getSession_Modality();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__STATUS = eINSTANCE.getSession_Status();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__DOCUMENTS = eINSTANCE.getSession_Documents();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.DocumentEntryImpl <em>Document Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.DocumentEntryImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getDocumentEntry()
		 * @generated
		 */
		EClass DOCUMENT_ENTRY = eINSTANCE.getDocumentEntry();

		/**
		 * The meta object literal for the '<em><b>Document Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__DOCUMENT_ID = eINSTANCE.getDocumentEntry_DocumentId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__KIND = eINSTANCE.getDocumentEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__FILE = eINSTANCE.getDocumentEntry_File();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__STATUS = eINSTANCE.getDocumentEntry_Status();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__VERSION = eINSTANCE.getDocumentEntry_Version();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__MODIFIED = eINSTANCE.getDocumentEntry_Modified();

		/**
		 * The meta object literal for the '<em><b>Review Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__REVIEW_DATE = eINSTANCE.getDocumentEntry_ReviewDate();

		/**
		 * The meta object literal for the '<em><b>Awaiting Review By</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__AWAITING_REVIEW_BY = eINSTANCE.getDocumentEntry_AwaitingReviewBy();

		/**
		 * The meta object literal for the '<em><b>Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__GENERATION = eINSTANCE.getDocumentEntry_Generation();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.DocumentImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ID = eINSTANCE.getDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__FORMAT_VERSION = eINSTANCE.getDocument_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Client Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__CLIENT_CODE = eINSTANCE.getDocument_ClientCode();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__AUTHOR_ID = eINSTANCE.getDocument_AuthorId();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__CREATED = eINSTANCE.getDocument_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__MODIFIED = eINSTANCE.getDocument_Modified();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__STEPS = eINSTANCE.getDocument_Steps();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.SignedStepImpl <em>Signed Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.SignedStepImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getSignedStep()
		 * @generated
		 */
		EClass SIGNED_STEP = eINSTANCE.getSignedStep();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNED_STEP__STEP = eINSTANCE.getSignedStep_Step();

		/**
		 * The meta object literal for the '<em><b>Actor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNED_STEP__ACTOR_ID = eINSTANCE.getSignedStep_ActorId();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNED_STEP__AT = eINSTANCE.getSignedStep_At();

		/**
		 * The meta object literal for the '<em><b>Document Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNED_STEP__DOCUMENT_VERSION = eINSTANCE.getSignedStep_DocumentVersion();

		/**
		 * The meta object literal for the '<em><b>Content Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNED_STEP__CONTENT_DIGEST = eINSTANCE.getSignedStep_ContentDigest();

		/**
		 * The meta object literal for the '<em><b>Previous Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNED_STEP__PREVIOUS_DIGEST = eINSTANCE.getSignedStep_PreviousDigest();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNED_STEP__DETAIL = eINSTANCE.getSignedStep_Detail();

		/**
		 * The meta object literal for the '<em><b>Public Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNED_STEP__PUBLIC_KEY = eINSTANCE.getSignedStep_PublicKey();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNED_STEP__SIGNATURE = eINSTANCE.getSignedStep_Signature();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.SessionPlanImpl <em>Session Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.SessionPlanImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getSessionPlan()
		 * @generated
		 */
		EClass SESSION_PLAN = eINSTANCE.getSessionPlan();

		/**
		 * The meta object literal for the '<em><b>Session Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_PLAN__SESSION_ID = eINSTANCE.getSessionPlan_SessionId();

		/**
		 * The meta object literal for the '<em><b>Session Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_PLAN__SESSION_NUMBER = eINSTANCE.getSessionPlan_SessionNumber();

		/**
		 * The meta object literal for the '<em><b>Date Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_PLAN__DATE_TIME = eINSTANCE.getSessionPlan_DateTime();

		/**
		 * The meta object literal for the '<em><b>Length Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_PLAN__LENGTH_MINUTES = eINSTANCE.getSessionPlan_LengthMinutes();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_PLAN__MODALITY = eINSTANCE.getSessionPlan_Modality();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_PLAN__GOALS = eINSTANCE.getSessionPlan_Goals();

		/**
		 * The meta object literal for the '<em><b>Agenda</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_PLAN__AGENDA = eINSTANCE.getSessionPlan_Agenda();

		/**
		 * The meta object literal for the '<em><b>Techniques</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_PLAN__TECHNIQUES = eINSTANCE.getSessionPlan_Techniques();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_PLAN__RISKS = eINSTANCE.getSessionPlan_Risks();

		/**
		 * The meta object literal for the '<em><b>Clauses To Revisit</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_PLAN__CLAUSES_TO_REVISIT = eINSTANCE.getSessionPlan_ClausesToRevisit();

		/**
		 * The meta object literal for the '<em><b>Materials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_PLAN__MATERIALS = eINSTANCE.getSessionPlan_Materials();

		/**
		 * The meta object literal for the '<em><b>Supervision Questions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_PLAN__SUPERVISION_QUESTIONS = eINSTANCE.getSessionPlan_SupervisionQuestions();

		/**
		 * The meta object literal for the '<em><b>Carried Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_PLAN__CARRIED_ACTIONS = eINSTANCE.getSessionPlan_CarriedActions();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.GoalImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__TEXT = eINSTANCE.getGoal_Text();

		/**
		 * The meta object literal for the '<em><b>How We Will Know</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__HOW_WE_WILL_KNOW = eINSTANCE.getGoal_HowWeWillKnow();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.AgendaItemImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getAgendaItem()
		 * @generated
		 */
		EClass AGENDA_ITEM = eINSTANCE.getAgendaItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__TITLE = eINSTANCE.getAgendaItem_Title();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__MINUTES = eINSTANCE.getAgendaItem_Minutes();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.PlannedTechniqueImpl <em>Planned Technique</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.PlannedTechniqueImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getPlannedTechnique()
		 * @generated
		 */
		EClass PLANNED_TECHNIQUE = eINSTANCE.getPlannedTechnique();

		/**
		 * The meta object literal for the '<em><b>Technique Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_TECHNIQUE__TECHNIQUE_ID = eINSTANCE.getPlannedTechnique_TechniqueId();

		/**
		 * The meta object literal for the '<em><b>Moment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_TECHNIQUE__MOMENT = eINSTANCE.getPlannedTechnique_Moment();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.RiskConsiderationImpl <em>Risk Consideration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.RiskConsiderationImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getRiskConsideration()
		 * @generated
		 */
		EClass RISK_CONSIDERATION = eINSTANCE.getRiskConsideration();

		/**
		 * The meta object literal for the '<em><b>Concern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_CONSIDERATION__CONCERN = eINSTANCE.getRiskConsideration_Concern();

		/**
		 * The meta object literal for the '<em><b>Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_CONSIDERATION__RESPONSE = eINSTANCE.getRiskConsideration_Response();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.CarriedActionImpl <em>Carried Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.CarriedActionImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getCarriedAction()
		 * @generated
		 */
		EClass CARRIED_ACTION = eINSTANCE.getCarriedAction();

		/**
		 * The meta object literal for the '<em><b>Action Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARRIED_ACTION__ACTION_ID = eINSTANCE.getCarriedAction_ActionId();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARRIED_ACTION__TEXT = eINSTANCE.getCarriedAction_Text();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARRIED_ACTION__STATUS = eINSTANCE.getCarriedAction_Status();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.BoundaryAgreementImpl <em>Boundary Agreement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.BoundaryAgreementImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getBoundaryAgreement()
		 * @generated
		 */
		EClass BOUNDARY_AGREEMENT = eINSTANCE.getBoundaryAgreement();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_AGREEMENT__VERSION = eINSTANCE.getBoundaryAgreement_Version();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_AGREEMENT__STATUS = eINSTANCE.getBoundaryAgreement_Status();

		/**
		 * The meta object literal for the '<em><b>Effective Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_AGREEMENT__EFFECTIVE_DATE = eINSTANCE.getBoundaryAgreement_EffectiveDate();

		/**
		 * The meta object literal for the '<em><b>Review Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_AGREEMENT__REVIEW_DATE = eINSTANCE.getBoundaryAgreement_ReviewDate();

		/**
		 * The meta object literal for the '<em><b>Supersedes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_AGREEMENT__SUPERSEDES = eINSTANCE.getBoundaryAgreement_Supersedes();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY_AGREEMENT__PARTIES = eINSTANCE.getBoundaryAgreement_Parties();

		/**
		 * The meta object literal for the '<em><b>Clauses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY_AGREEMENT__CLAUSES = eINSTANCE.getBoundaryAgreement_Clauses();

		/**
		 * The meta object literal for the '<em><b>Signatures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY_AGREEMENT__SIGNATURES = eINSTANCE.getBoundaryAgreement_Signatures();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.PartyImpl <em>Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.PartyImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getParty()
		 * @generated
		 */
		EClass PARTY = eINSTANCE.getParty();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__ROLE = eINSTANCE.getParty_Role();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__REFERENCE = eINSTANCE.getParty_Reference();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__DISPLAY_NAME = eINSTANCE.getParty_DisplayName();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.ClauseImpl <em>Clause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.ClauseImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getClause()
		 * @generated
		 */
		EClass CLAUSE = eINSTANCE.getClause();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__ID = eINSTANCE.getClause_Id();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__CATEGORY = eINSTANCE.getClause_Category();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__TITLE = eINSTANCE.getClause_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__TEXT = eINSTANCE.getClause_Text();

		/**
		 * The meta object literal for the '<em><b>Template Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__TEMPLATE_ID = eINSTANCE.getClause_TemplateId();

		/**
		 * The meta object literal for the '<em><b>Template Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__TEMPLATE_VERSION = eINSTANCE.getClause_TemplateVersion();

		/**
		 * The meta object literal for the '<em><b>Included</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__INCLUDED = eINSTANCE.getClause_Included();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.SignatureImpl <em>Signature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.SignatureImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getSignature()
		 * @generated
		 */
		EClass SIGNATURE = eINSTANCE.getSignature();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__ROLE = eINSTANCE.getSignature_Role();

		/**
		 * The meta object literal for the '<em><b>Signer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNER = eINSTANCE.getSignature_Signer();

		/**
		 * The meta object literal for the '<em><b>Signed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNED_AT = eINSTANCE.getSignature_SignedAt();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__METHOD = eINSTANCE.getSignature_Method();

		/**
		 * The meta object literal for the '<em><b>Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__FINGERPRINT = eINSTANCE.getSignature_Fingerprint();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.ReflectionNoteImpl <em>Reflection Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.ReflectionNoteImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getReflectionNote()
		 * @generated
		 */
		EClass REFLECTION_NOTE = eINSTANCE.getReflectionNote();

		/**
		 * The meta object literal for the '<em><b>Session Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION_NOTE__SESSION_ID = eINSTANCE.getReflectionNote_SessionId();

		/**
		 * The meta object literal for the '<em><b>Framework Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION_NOTE__FRAMEWORK_ID = eINSTANCE.getReflectionNote_FrameworkId();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_NOTE__ANSWERS = eINSTANCE.getReflectionNote_Answers();

		/**
		 * The meta object literal for the '<em><b>Ratings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_NOTE__RATINGS = eINSTANCE.getReflectionNote_Ratings();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_NOTE__RELATIONSHIP = eINSTANCE.getReflectionNote_Relationship();

		/**
		 * The meta object literal for the '<em><b>Boundary Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_NOTE__BOUNDARY_EVENTS = eINSTANCE.getReflectionNote_BoundaryEvents();

		/**
		 * The meta object literal for the '<em><b>Learning Points</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION_NOTE__LEARNING_POINTS = eINSTANCE.getReflectionNote_LearningPoints();

		/**
		 * The meta object literal for the '<em><b>Action Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_NOTE__ACTION_POINTS = eINSTANCE.getReflectionNote_ActionPoints();

		/**
		 * The meta object literal for the '<em><b>Supervision Questions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION_NOTE__SUPERVISION_QUESTIONS = eINSTANCE.getReflectionNote_SupervisionQuestions();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION_NOTE__STATUS = eINSTANCE.getReflectionNote_Status();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_NOTE__COMMENTS = eINSTANCE.getReflectionNote_Comments();

		/**
		 * The meta object literal for the '<em><b>Approval</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_NOTE__APPROVAL = eINSTANCE.getReflectionNote_Approval();

		/**
		 * The meta object literal for the '<em><b>Amendments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_NOTE__AMENDMENTS = eINSTANCE.getReflectionNote_Amendments();

		/**
		 * The meta object literal for the '<em><b>Unlocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_NOTE__UNLOCKS = eINSTANCE.getReflectionNote_Unlocks();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.StageAnswerImpl <em>Stage Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.StageAnswerImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getStageAnswer()
		 * @generated
		 */
		EClass STAGE_ANSWER = eINSTANCE.getStageAnswer();

		/**
		 * The meta object literal for the '<em><b>Stage Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_ANSWER__STAGE_ID = eINSTANCE.getStageAnswer_StageId();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_ANSWER__TEXT = eINSTANCE.getStageAnswer_Text();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.TechniqueRatingImpl <em>Technique Rating</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.TechniqueRatingImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getTechniqueRating()
		 * @generated
		 */
		EClass TECHNIQUE_RATING = eINSTANCE.getTechniqueRating();

		/**
		 * The meta object literal for the '<em><b>Technique Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE_RATING__TECHNIQUE_ID = eINSTANCE.getTechniqueRating_TechniqueId();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE_RATING__RATING = eINSTANCE.getTechniqueRating_Rating();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE_RATING__EVIDENCE = eINSTANCE.getTechniqueRating_Evidence();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.RelationshipCheckImpl <em>Relationship Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.RelationshipCheckImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getRelationshipCheck()
		 * @generated
		 */
		EClass RELATIONSHIP_CHECK = eINSTANCE.getRelationshipCheck();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_CHECK__INSTRUMENT_ID = eINSTANCE.getRelationshipCheck_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Trust</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_CHECK__TRUST = eINSTANCE.getRelationshipCheck_Trust();

		/**
		 * The meta object literal for the '<em><b>Empathy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_CHECK__EMPATHY = eINSTANCE.getRelationshipCheck_Empathy();

		/**
		 * The meta object literal for the '<em><b>Communication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_CHECK__COMMUNICATION = eINSTANCE.getRelationshipCheck_Communication();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_CHECK__NOTE = eINSTANCE.getRelationshipCheck_Note();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.BoundaryEventImpl <em>Boundary Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.BoundaryEventImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getBoundaryEvent()
		 * @generated
		 */
		EClass BOUNDARY_EVENT = eINSTANCE.getBoundaryEvent();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_EVENT__DESCRIPTION = eINSTANCE.getBoundaryEvent_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_EVENT__KIND = eINSTANCE.getBoundaryEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Handling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_EVENT__HANDLING = eINSTANCE.getBoundaryEvent_Handling();

		/**
		 * The meta object literal for the '<em><b>Clause Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_EVENT__CLAUSE_ID = eINSTANCE.getBoundaryEvent_ClauseId();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.ActionPointImpl <em>Action Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.ActionPointImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getActionPoint()
		 * @generated
		 */
		EClass ACTION_POINT = eINSTANCE.getActionPoint();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_POINT__ID = eINSTANCE.getActionPoint_Id();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_POINT__TEXT = eINSTANCE.getActionPoint_Text();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_POINT__STATUS = eINSTANCE.getActionPoint_Status();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.ReviewCommentImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getReviewComment()
		 * @generated
		 */
		EClass REVIEW_COMMENT = eINSTANCE.getReviewComment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__ID = eINSTANCE.getReviewComment_Id();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__AUTHOR_ID = eINSTANCE.getReviewComment_AuthorId();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__AT = eINSTANCE.getReviewComment_At();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__ANCHOR = eINSTANCE.getReviewComment_Anchor();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__TEXT = eINSTANCE.getReviewComment_Text();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__RESOLVED = eINSTANCE.getReviewComment_Resolved();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.AmendmentImpl <em>Amendment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.AmendmentImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getAmendment()
		 * @generated
		 */
		EClass AMENDMENT = eINSTANCE.getAmendment();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__AUTHOR_ID = eINSTANCE.getAmendment_AuthorId();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__AT = eINSTANCE.getAmendment_At();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__REASON = eINSTANCE.getAmendment_Reason();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__ANCHOR = eINSTANCE.getAmendment_Anchor();

		/**
		 * The meta object literal for the '<em><b>Original</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__ORIGINAL = eINSTANCE.getAmendment_Original();

		/**
		 * The meta object literal for the '<em><b>Amended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__AMENDED = eINSTANCE.getAmendment_Amended();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.UnlockImpl <em>Unlock</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.UnlockImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getUnlock()
		 * @generated
		 */
		EClass UNLOCK = eINSTANCE.getUnlock();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNLOCK__AUTHOR_ID = eINSTANCE.getUnlock_AuthorId();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNLOCK__AT = eINSTANCE.getUnlock_At();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNLOCK__REASON = eINSTANCE.getUnlock_Reason();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.CatalogueImpl <em>Catalogue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.CatalogueImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getCatalogue()
		 * @generated
		 */
		EClass CATALOGUE = eINSTANCE.getCatalogue();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE__ID = eINSTANCE.getCatalogue_Id();

		/**
		 * The meta object literal for the '<em><b>Institution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE__INSTITUTION = eINSTANCE.getCatalogue_Institution();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE__FORMAT_VERSION = eINSTANCE.getCatalogue_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Techniques</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__TECHNIQUES = eINSTANCE.getCatalogue_Techniques();

		/**
		 * The meta object literal for the '<em><b>Clause Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__CLAUSE_TEMPLATES = eINSTANCE.getCatalogue_ClauseTemplates();

		/**
		 * The meta object literal for the '<em><b>Frameworks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__FRAMEWORKS = eINSTANCE.getCatalogue_Frameworks();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__INSTRUMENTS = eINSTANCE.getCatalogue_Instruments();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.CatalogueEntryImpl <em>Catalogue Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.CatalogueEntryImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getCatalogueEntry()
		 * @generated
		 */
		EClass CATALOGUE_ENTRY = eINSTANCE.getCatalogueEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE_ENTRY__ID = eINSTANCE.getCatalogueEntry_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE_ENTRY__NAME = eINSTANCE.getCatalogueEntry_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE_ENTRY__VERSION = eINSTANCE.getCatalogueEntry_Version();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.TechniqueImpl <em>Technique</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.TechniqueImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getTechnique()
		 * @generated
		 */
		EClass TECHNIQUE = eINSTANCE.getTechnique();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE__SUMMARY = eINSTANCE.getTechnique_Summary();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE__INDICATORS = eINSTANCE.getTechnique_Indicators();

		/**
		 * The meta object literal for the '<em><b>Parent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE__PARENT_ID = eINSTANCE.getTechnique_ParentId();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.ClauseTemplateImpl <em>Clause Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.ClauseTemplateImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getClauseTemplate()
		 * @generated
		 */
		EClass CLAUSE_TEMPLATE = eINSTANCE.getClauseTemplate();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE_TEMPLATE__CATEGORY = eINSTANCE.getClauseTemplate_Category();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE_TEMPLATE__TEXT = eINSTANCE.getClauseTemplate_Text();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE_TEMPLATE__REQUIRED = eINSTANCE.getClauseTemplate_Required();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.ReflectionFrameworkImpl <em>Reflection Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.ReflectionFrameworkImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getReflectionFramework()
		 * @generated
		 */
		EClass REFLECTION_FRAMEWORK = eINSTANCE.getReflectionFramework();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFLECTION_FRAMEWORK__REFERENCE = eINSTANCE.getReflectionFramework_Reference();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFLECTION_FRAMEWORK__STAGES = eINSTANCE.getReflectionFramework_Stages();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.FrameworkStageImpl <em>Framework Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.FrameworkStageImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getFrameworkStage()
		 * @generated
		 */
		EClass FRAMEWORK_STAGE = eINSTANCE.getFrameworkStage();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK_STAGE__ID = eINSTANCE.getFrameworkStage_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK_STAGE__NAME = eINSTANCE.getFrameworkStage_Name();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK_STAGE__PROMPT = eINSTANCE.getFrameworkStage_Prompt();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.InstrumentStructureImpl <em>Instrument Structure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.InstrumentStructureImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getInstrumentStructure()
		 * @generated
		 */
		EClass INSTRUMENT_STRUCTURE = eINSTANCE.getInstrumentStructure();

		/**
		 * The meta object literal for the '<em><b>Scale Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_STRUCTURE__SCALE_MIN = eINSTANCE.getInstrumentStructure_ScaleMin();

		/**
		 * The meta object literal for the '<em><b>Scale Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_STRUCTURE__SCALE_MAX = eINSTANCE.getInstrumentStructure_ScaleMax();

		/**
		 * The meta object literal for the '<em><b>Scale Anchors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_STRUCTURE__SCALE_ANCHORS = eINSTANCE.getInstrumentStructure_ScaleAnchors();

		/**
		 * The meta object literal for the '<em><b>Subscales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_STRUCTURE__SUBSCALES = eINSTANCE.getInstrumentStructure_Subscales();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_STRUCTURE__ITEMS = eINSTANCE.getInstrumentStructure_Items();

		/**
		 * The meta object literal for the '<em><b>Scoring</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_STRUCTURE__SCORING = eINSTANCE.getInstrumentStructure_Scoring();

		/**
		 * The meta object literal for the '<em><b>Licensed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_STRUCTURE__LICENSED = eINSTANCE.getInstrumentStructure_Licensed();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.SubscaleImpl <em>Subscale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.SubscaleImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getSubscale()
		 * @generated
		 */
		EClass SUBSCALE = eINSTANCE.getSubscale();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCALE__ID = eINSTANCE.getSubscale_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCALE__NAME = eINSTANCE.getSubscale_Name();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.InstrumentItemImpl <em>Instrument Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.InstrumentItemImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getInstrumentItem()
		 * @generated
		 */
		EClass INSTRUMENT_ITEM = eINSTANCE.getInstrumentItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__ID = eINSTANCE.getInstrumentItem_Id();

		/**
		 * The meta object literal for the '<em><b>Subscale Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__SUBSCALE_ID = eINSTANCE.getInstrumentItem_SubscaleId();

		/**
		 * The meta object literal for the '<em><b>Wording</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__WORDING = eINSTANCE.getInstrumentItem_Wording();

		/**
		 * The meta object literal for the '{@link org.rapport.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.Role
		 * @see org.rapport.model.impl.RapportPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.rapport.model.CaseStatus <em>Case Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.CaseStatus
		 * @see org.rapport.model.impl.RapportPackageImpl#getCaseStatus()
		 * @generated
		 */
		EEnum CASE_STATUS = eINSTANCE.getCaseStatus();

		/**
		 * The meta object literal for the '{@link org.rapport.model.SessionStatus <em>Session Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.SessionStatus
		 * @see org.rapport.model.impl.RapportPackageImpl#getSessionStatus()
		 * @generated
		 */
		EEnum SESSION_STATUS = eINSTANCE.getSessionStatus();

		/**
		 * The meta object literal for the '{@link org.rapport.model.Modality <em>Modality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.Modality
		 * @see org.rapport.model.impl.RapportPackageImpl#getModality()
		 * @generated
		 */
		EEnum MODALITY = eINSTANCE.getModality();

		/**
		 * The meta object literal for the '{@link org.rapport.model.DocumentKind <em>Document Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.DocumentKind
		 * @see org.rapport.model.impl.RapportPackageImpl#getDocumentKind()
		 * @generated
		 */
		EEnum DOCUMENT_KIND = eINSTANCE.getDocumentKind();

		/**
		 * The meta object literal for the '{@link org.rapport.model.AgreementStatus <em>Agreement Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.AgreementStatus
		 * @see org.rapport.model.impl.RapportPackageImpl#getAgreementStatus()
		 * @generated
		 */
		EEnum AGREEMENT_STATUS = eINSTANCE.getAgreementStatus();

		/**
		 * The meta object literal for the '{@link org.rapport.model.ClauseCategory <em>Clause Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.ClauseCategory
		 * @see org.rapport.model.impl.RapportPackageImpl#getClauseCategory()
		 * @generated
		 */
		EEnum CLAUSE_CATEGORY = eINSTANCE.getClauseCategory();

		/**
		 * The meta object literal for the '{@link org.rapport.model.PartyRole <em>Party Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.PartyRole
		 * @see org.rapport.model.impl.RapportPackageImpl#getPartyRole()
		 * @generated
		 */
		EEnum PARTY_ROLE = eINSTANCE.getPartyRole();

		/**
		 * The meta object literal for the '{@link org.rapport.model.SignatureMethod <em>Signature Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.SignatureMethod
		 * @see org.rapport.model.impl.RapportPackageImpl#getSignatureMethod()
		 * @generated
		 */
		EEnum SIGNATURE_METHOD = eINSTANCE.getSignatureMethod();

		/**
		 * The meta object literal for the '{@link org.rapport.model.ReviewStatus <em>Review Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.ReviewStatus
		 * @see org.rapport.model.impl.RapportPackageImpl#getReviewStatus()
		 * @generated
		 */
		EEnum REVIEW_STATUS = eINSTANCE.getReviewStatus();

		/**
		 * The meta object literal for the '{@link org.rapport.model.BoundaryEventKind <em>Boundary Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.BoundaryEventKind
		 * @see org.rapport.model.impl.RapportPackageImpl#getBoundaryEventKind()
		 * @generated
		 */
		EEnum BOUNDARY_EVENT_KIND = eINSTANCE.getBoundaryEventKind();

		/**
		 * The meta object literal for the '{@link org.rapport.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.ActionStatus
		 * @see org.rapport.model.impl.RapportPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see javax.xml.datatype.XMLGregorianCalendar
		 * @see org.rapport.model.impl.RapportPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

		/**
		 * The meta object literal for the '<em>Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see javax.xml.datatype.XMLGregorianCalendar
		 * @see org.rapport.model.impl.RapportPackageImpl#getDateTime()
		 * @generated
		 */
		EDataType DATE_TIME = eINSTANCE.getDateTime();

	}

} //RapportPackage
