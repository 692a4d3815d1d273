/**
 */
package org.rapport.model.impl;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.rapport.model.ActionPoint;
import org.rapport.model.ActionStatus;
import org.rapport.model.AgendaItem;
import org.rapport.model.AgreementStatus;
import org.rapport.model.Amendment;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.BoundaryEvent;
import org.rapport.model.BoundaryEventKind;
import org.rapport.model.CarriedAction;
import org.rapport.model.CaseStatus;
import org.rapport.model.Casebook;
import org.rapport.model.Catalogue;
import org.rapport.model.CatalogueEntry;
import org.rapport.model.Clause;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.FrameworkStage;
import org.rapport.model.Goal;
import org.rapport.model.InstrumentItem;
import org.rapport.model.InstrumentStructure;
import org.rapport.model.Modality;
import org.rapport.model.Party;
import org.rapport.model.PartyRole;
import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.PlannedTechnique;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.model.ReflectionFramework;
import org.rapport.model.ReflectionNote;
import org.rapport.model.RelationshipCheck;
import org.rapport.model.ReviewComment;
import org.rapport.model.ReviewStatus;
import org.rapport.model.RiskConsideration;
import org.rapport.model.Role;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.model.SessionStatus;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.SignedStep;
import org.rapport.model.StageAnswer;
import org.rapport.model.Subscale;
import org.rapport.model.Technique;
import org.rapport.model.TechniqueRating;
import org.rapport.model.Unlock;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RapportPackageImpl extends EPackageImpl implements RapportPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass casebookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personKeyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clientCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signedStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sessionPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agendaItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass plannedTechniqueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskConsiderationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass carriedActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass boundaryAgreementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clauseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signatureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reflectionNoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass techniqueRatingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationshipCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass boundaryEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewCommentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass amendmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogueEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass techniqueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clauseTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reflectionFrameworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass frameworkStageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentStructureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subscaleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sessionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum modalityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum documentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum agreementStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum clauseCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partyRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signatureMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum boundaryEventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateTimeEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.rapport.model.RapportPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RapportPackageImpl() {
		super(eNS_URI, RapportFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RapportPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RapportPackage init() {
		if (isInited) return (RapportPackage)EPackage.Registry.INSTANCE.getEPackage(RapportPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRapportPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RapportPackageImpl theRapportPackage = registeredRapportPackage instanceof RapportPackageImpl ? (RapportPackageImpl)registeredRapportPackage : new RapportPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theRapportPackage.createPackageContents();

		// Initialize created meta-data
		theRapportPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theRapportPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RapportPackage.eNS_URI, theRapportPackage);
		return theRapportPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCasebook() {
		return casebookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCasebook_Id() {
		return (EAttribute)casebookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCasebook_Title() {
		return (EAttribute)casebookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCasebook_FormatVersion() {
		return (EAttribute)casebookEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_People() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Owner() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Clients() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCasebook_RetentionYears() {
		return (EAttribute)casebookEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCasebook_AuditAnchor() {
		return (EAttribute)casebookEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Id() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Name() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Roles() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Keys() {
		return (EReference)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersonKey() {
		return personKeyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersonKey_PublicKey() {
		return (EAttribute)personKeyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersonKey_Created() {
		return (EAttribute)personKeyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersonKey_Retired() {
		return (EAttribute)personKeyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersonKey_Endorsement() {
		return (EAttribute)personKeyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClientCase() {
		return clientCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientCase_Code() {
		return (EAttribute)clientCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientCase_StartDate() {
		return (EAttribute)clientCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientCase_Status() {
		return (EAttribute)clientCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClientCase_Supervisors() {
		return (EReference)clientCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClientCase_Sessions() {
		return (EReference)clientCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClientCase_Agreements() {
		return (EReference)clientCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSession() {
		return sessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Id() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Number() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_DateTime() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_LengthMinutes() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Modality() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Status() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Documents() {
		return (EReference)sessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentEntry() {
		return documentEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentEntry_DocumentId() {
		return (EAttribute)documentEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentEntry_Kind() {
		return (EAttribute)documentEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentEntry_File() {
		return (EAttribute)documentEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentEntry_Status() {
		return (EAttribute)documentEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentEntry_Version() {
		return (EAttribute)documentEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentEntry_Modified() {
		return (EAttribute)documentEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentEntry_ReviewDate() {
		return (EAttribute)documentEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentEntry_AwaitingReviewBy() {
		return (EAttribute)documentEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentEntry_Generation() {
		return (EAttribute)documentEntryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocument() {
		return documentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_Id() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_FormatVersion() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_ClientCode() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_AuthorId() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_Created() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_Modified() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocument_Steps() {
		return (EReference)documentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignedStep() {
		return signedStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignedStep_Step() {
		return (EAttribute)signedStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignedStep_ActorId() {
		return (EAttribute)signedStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignedStep_At() {
		return (EAttribute)signedStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignedStep_DocumentVersion() {
		return (EAttribute)signedStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignedStep_ContentDigest() {
		return (EAttribute)signedStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignedStep_PreviousDigest() {
		return (EAttribute)signedStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignedStep_Detail() {
		return (EAttribute)signedStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignedStep_PublicKey() {
		return (EAttribute)signedStepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignedStep_Signature() {
		return (EAttribute)signedStepEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSessionPlan() {
		return sessionPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionPlan_SessionId() {
		return (EAttribute)sessionPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionPlan_SessionNumber() {
		return (EAttribute)sessionPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionPlan_DateTime() {
		return (EAttribute)sessionPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionPlan_LengthMinutes() {
		return (EAttribute)sessionPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionPlan_Modality() {
		return (EAttribute)sessionPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionPlan_Goals() {
		return (EReference)sessionPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionPlan_Agenda() {
		return (EReference)sessionPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionPlan_Techniques() {
		return (EReference)sessionPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionPlan_Risks() {
		return (EReference)sessionPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionPlan_ClausesToRevisit() {
		return (EAttribute)sessionPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionPlan_Materials() {
		return (EAttribute)sessionPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionPlan_SupervisionQuestions() {
		return (EAttribute)sessionPlanEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionPlan_CarriedActions() {
		return (EReference)sessionPlanEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal() {
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Text() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_HowWeWillKnow() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgendaItem() {
		return agendaItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Title() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Minutes() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlannedTechnique() {
		return plannedTechniqueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedTechnique_TechniqueId() {
		return (EAttribute)plannedTechniqueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedTechnique_Moment() {
		return (EAttribute)plannedTechniqueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRiskConsideration() {
		return riskConsiderationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskConsideration_Concern() {
		return (EAttribute)riskConsiderationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskConsideration_Response() {
		return (EAttribute)riskConsiderationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCarriedAction() {
		return carriedActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarriedAction_ActionId() {
		return (EAttribute)carriedActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarriedAction_Text() {
		return (EAttribute)carriedActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarriedAction_Status() {
		return (EAttribute)carriedActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBoundaryAgreement() {
		return boundaryAgreementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryAgreement_Version() {
		return (EAttribute)boundaryAgreementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryAgreement_Status() {
		return (EAttribute)boundaryAgreementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryAgreement_EffectiveDate() {
		return (EAttribute)boundaryAgreementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryAgreement_ReviewDate() {
		return (EAttribute)boundaryAgreementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryAgreement_Supersedes() {
		return (EAttribute)boundaryAgreementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundaryAgreement_Parties() {
		return (EReference)boundaryAgreementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundaryAgreement_Clauses() {
		return (EReference)boundaryAgreementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundaryAgreement_Signatures() {
		return (EReference)boundaryAgreementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParty() {
		return partyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParty_Role() {
		return (EAttribute)partyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParty_Reference() {
		return (EAttribute)partyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParty_DisplayName() {
		return (EAttribute)partyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClause() {
		return clauseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClause_Id() {
		return (EAttribute)clauseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClause_Category() {
		return (EAttribute)clauseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClause_Title() {
		return (EAttribute)clauseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClause_Text() {
		return (EAttribute)clauseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClause_TemplateId() {
		return (EAttribute)clauseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClause_TemplateVersion() {
		return (EAttribute)clauseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClause_Included() {
		return (EAttribute)clauseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignature() {
		return signatureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_Role() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_Signer() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_SignedAt() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_Method() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_Fingerprint() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReflectionNote() {
		return reflectionNoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReflectionNote_SessionId() {
		return (EAttribute)reflectionNoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReflectionNote_FrameworkId() {
		return (EAttribute)reflectionNoteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionNote_Answers() {
		return (EReference)reflectionNoteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionNote_Ratings() {
		return (EReference)reflectionNoteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionNote_Relationship() {
		return (EReference)reflectionNoteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionNote_BoundaryEvents() {
		return (EReference)reflectionNoteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReflectionNote_LearningPoints() {
		return (EAttribute)reflectionNoteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionNote_ActionPoints() {
		return (EReference)reflectionNoteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReflectionNote_SupervisionQuestions() {
		return (EAttribute)reflectionNoteEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReflectionNote_Status() {
		return (EAttribute)reflectionNoteEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionNote_Comments() {
		return (EReference)reflectionNoteEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionNote_Approval() {
		return (EReference)reflectionNoteEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionNote_Amendments() {
		return (EReference)reflectionNoteEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionNote_Unlocks() {
		return (EReference)reflectionNoteEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStageAnswer() {
		return stageAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageAnswer_StageId() {
		return (EAttribute)stageAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageAnswer_Text() {
		return (EAttribute)stageAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTechniqueRating() {
		return techniqueRatingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechniqueRating_TechniqueId() {
		return (EAttribute)techniqueRatingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechniqueRating_Rating() {
		return (EAttribute)techniqueRatingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechniqueRating_Evidence() {
		return (EAttribute)techniqueRatingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationshipCheck() {
		return relationshipCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipCheck_InstrumentId() {
		return (EAttribute)relationshipCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipCheck_Trust() {
		return (EAttribute)relationshipCheckEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipCheck_Empathy() {
		return (EAttribute)relationshipCheckEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipCheck_Communication() {
		return (EAttribute)relationshipCheckEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipCheck_Note() {
		return (EAttribute)relationshipCheckEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBoundaryEvent() {
		return boundaryEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryEvent_Description() {
		return (EAttribute)boundaryEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryEvent_Kind() {
		return (EAttribute)boundaryEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryEvent_Handling() {
		return (EAttribute)boundaryEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryEvent_ClauseId() {
		return (EAttribute)boundaryEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionPoint() {
		return actionPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionPoint_Id() {
		return (EAttribute)actionPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionPoint_Text() {
		return (EAttribute)actionPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionPoint_Status() {
		return (EAttribute)actionPointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewComment() {
		return reviewCommentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Id() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_AuthorId() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_At() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Anchor() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Text() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Resolved() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAmendment() {
		return amendmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_AuthorId() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_At() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_Reason() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_Anchor() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_Original() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_Amended() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnlock() {
		return unlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnlock_AuthorId() {
		return (EAttribute)unlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnlock_At() {
		return (EAttribute)unlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnlock_Reason() {
		return (EAttribute)unlockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalogue() {
		return catalogueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogue_Id() {
		return (EAttribute)catalogueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogue_Institution() {
		return (EAttribute)catalogueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogue_FormatVersion() {
		return (EAttribute)catalogueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_Techniques() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_ClauseTemplates() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_Frameworks() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_Instruments() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalogueEntry() {
		return catalogueEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogueEntry_Id() {
		return (EAttribute)catalogueEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogueEntry_Name() {
		return (EAttribute)catalogueEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogueEntry_Version() {
		return (EAttribute)catalogueEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTechnique() {
		return techniqueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnique_Summary() {
		return (EAttribute)techniqueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnique_Indicators() {
		return (EAttribute)techniqueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnique_ParentId() {
		return (EAttribute)techniqueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClauseTemplate() {
		return clauseTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClauseTemplate_Category() {
		return (EAttribute)clauseTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClauseTemplate_Text() {
		return (EAttribute)clauseTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClauseTemplate_Required() {
		return (EAttribute)clauseTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReflectionFramework() {
		return reflectionFrameworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReflectionFramework_Reference() {
		return (EAttribute)reflectionFrameworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReflectionFramework_Stages() {
		return (EReference)reflectionFrameworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFrameworkStage() {
		return frameworkStageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrameworkStage_Id() {
		return (EAttribute)frameworkStageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrameworkStage_Name() {
		return (EAttribute)frameworkStageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrameworkStage_Prompt() {
		return (EAttribute)frameworkStageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrumentStructure() {
		return instrumentStructureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentStructure_ScaleMin() {
		return (EAttribute)instrumentStructureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentStructure_ScaleMax() {
		return (EAttribute)instrumentStructureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentStructure_ScaleAnchors() {
		return (EAttribute)instrumentStructureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentStructure_Subscales() {
		return (EReference)instrumentStructureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentStructure_Items() {
		return (EReference)instrumentStructureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentStructure_Scoring() {
		return (EAttribute)instrumentStructureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentStructure_Licensed() {
		return (EAttribute)instrumentStructureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubscale() {
		return subscaleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscale_Id() {
		return (EAttribute)subscaleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscale_Name() {
		return (EAttribute)subscaleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrumentItem() {
		return instrumentItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_Id() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_SubscaleId() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_Wording() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseStatus() {
		return caseStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSessionStatus() {
		return sessionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getModality() {
		return modalityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDocumentKind() {
		return documentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgreementStatus() {
		return agreementStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getClauseCategory() {
		return clauseCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartyRole() {
		return partyRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignatureMethod() {
		return signatureMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewStatus() {
		return reviewStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBoundaryEventKind() {
		return boundaryEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDateTime() {
		return dateTimeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RapportFactory getRapportFactory() {
		return (RapportFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		casebookEClass = createEClass(CASEBOOK);
		createEAttribute(casebookEClass, CASEBOOK__ID);
		createEAttribute(casebookEClass, CASEBOOK__TITLE);
		createEAttribute(casebookEClass, CASEBOOK__FORMAT_VERSION);
		createEReference(casebookEClass, CASEBOOK__PEOPLE);
		createEReference(casebookEClass, CASEBOOK__OWNER);
		createEReference(casebookEClass, CASEBOOK__CLIENTS);
		createEAttribute(casebookEClass, CASEBOOK__RETENTION_YEARS);
		createEAttribute(casebookEClass, CASEBOOK__AUDIT_ANCHOR);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__ID);
		createEAttribute(personEClass, PERSON__NAME);
		createEAttribute(personEClass, PERSON__ROLES);
		createEReference(personEClass, PERSON__KEYS);

		personKeyEClass = createEClass(PERSON_KEY);
		createEAttribute(personKeyEClass, PERSON_KEY__PUBLIC_KEY);
		createEAttribute(personKeyEClass, PERSON_KEY__CREATED);
		createEAttribute(personKeyEClass, PERSON_KEY__RETIRED);
		createEAttribute(personKeyEClass, PERSON_KEY__ENDORSEMENT);

		clientCaseEClass = createEClass(CLIENT_CASE);
		createEAttribute(clientCaseEClass, CLIENT_CASE__CODE);
		createEAttribute(clientCaseEClass, CLIENT_CASE__START_DATE);
		createEAttribute(clientCaseEClass, CLIENT_CASE__STATUS);
		createEReference(clientCaseEClass, CLIENT_CASE__SUPERVISORS);
		createEReference(clientCaseEClass, CLIENT_CASE__SESSIONS);
		createEReference(clientCaseEClass, CLIENT_CASE__AGREEMENTS);

		sessionEClass = createEClass(SESSION);
		createEAttribute(sessionEClass, SESSION__ID);
		createEAttribute(sessionEClass, SESSION__NUMBER);
		createEAttribute(sessionEClass, SESSION__DATE_TIME);
		createEAttribute(sessionEClass, SESSION__LENGTH_MINUTES);
		createEAttribute(sessionEClass, SESSION__MODALITY);
		createEAttribute(sessionEClass, SESSION__STATUS);
		createEReference(sessionEClass, SESSION__DOCUMENTS);

		documentEntryEClass = createEClass(DOCUMENT_ENTRY);
		createEAttribute(documentEntryEClass, DOCUMENT_ENTRY__DOCUMENT_ID);
		createEAttribute(documentEntryEClass, DOCUMENT_ENTRY__KIND);
		createEAttribute(documentEntryEClass, DOCUMENT_ENTRY__FILE);
		createEAttribute(documentEntryEClass, DOCUMENT_ENTRY__STATUS);
		createEAttribute(documentEntryEClass, DOCUMENT_ENTRY__VERSION);
		createEAttribute(documentEntryEClass, DOCUMENT_ENTRY__MODIFIED);
		createEAttribute(documentEntryEClass, DOCUMENT_ENTRY__REVIEW_DATE);
		createEAttribute(documentEntryEClass, DOCUMENT_ENTRY__AWAITING_REVIEW_BY);
		createEAttribute(documentEntryEClass, DOCUMENT_ENTRY__GENERATION);

		documentEClass = createEClass(DOCUMENT);
		createEAttribute(documentEClass, DOCUMENT__ID);
		createEAttribute(documentEClass, DOCUMENT__FORMAT_VERSION);
		createEAttribute(documentEClass, DOCUMENT__CLIENT_CODE);
		createEAttribute(documentEClass, DOCUMENT__AUTHOR_ID);
		createEAttribute(documentEClass, DOCUMENT__CREATED);
		createEAttribute(documentEClass, DOCUMENT__MODIFIED);
		createEReference(documentEClass, DOCUMENT__STEPS);

		signedStepEClass = createEClass(SIGNED_STEP);
		createEAttribute(signedStepEClass, SIGNED_STEP__STEP);
		createEAttribute(signedStepEClass, SIGNED_STEP__ACTOR_ID);
		createEAttribute(signedStepEClass, SIGNED_STEP__AT);
		createEAttribute(signedStepEClass, SIGNED_STEP__DOCUMENT_VERSION);
		createEAttribute(signedStepEClass, SIGNED_STEP__CONTENT_DIGEST);
		createEAttribute(signedStepEClass, SIGNED_STEP__PREVIOUS_DIGEST);
		createEAttribute(signedStepEClass, SIGNED_STEP__DETAIL);
		createEAttribute(signedStepEClass, SIGNED_STEP__PUBLIC_KEY);
		createEAttribute(signedStepEClass, SIGNED_STEP__SIGNATURE);

		sessionPlanEClass = createEClass(SESSION_PLAN);
		createEAttribute(sessionPlanEClass, SESSION_PLAN__SESSION_ID);
		createEAttribute(sessionPlanEClass, SESSION_PLAN__SESSION_NUMBER);
		createEAttribute(sessionPlanEClass, SESSION_PLAN__DATE_TIME);
		createEAttribute(sessionPlanEClass, SESSION_PLAN__LENGTH_MINUTES);
		createEAttribute(sessionPlanEClass, SESSION_PLAN__MODALITY);
		createEReference(sessionPlanEClass, SESSION_PLAN__GOALS);
		createEReference(sessionPlanEClass, SESSION_PLAN__AGENDA);
		createEReference(sessionPlanEClass, SESSION_PLAN__TECHNIQUES);
		createEReference(sessionPlanEClass, SESSION_PLAN__RISKS);
		createEAttribute(sessionPlanEClass, SESSION_PLAN__CLAUSES_TO_REVISIT);
		createEAttribute(sessionPlanEClass, SESSION_PLAN__MATERIALS);
		createEAttribute(sessionPlanEClass, SESSION_PLAN__SUPERVISION_QUESTIONS);
		createEReference(sessionPlanEClass, SESSION_PLAN__CARRIED_ACTIONS);

		goalEClass = createEClass(GOAL);
		createEAttribute(goalEClass, GOAL__TEXT);
		createEAttribute(goalEClass, GOAL__HOW_WE_WILL_KNOW);

		agendaItemEClass = createEClass(AGENDA_ITEM);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__TITLE);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__MINUTES);

		plannedTechniqueEClass = createEClass(PLANNED_TECHNIQUE);
		createEAttribute(plannedTechniqueEClass, PLANNED_TECHNIQUE__TECHNIQUE_ID);
		createEAttribute(plannedTechniqueEClass, PLANNED_TECHNIQUE__MOMENT);

		riskConsiderationEClass = createEClass(RISK_CONSIDERATION);
		createEAttribute(riskConsiderationEClass, RISK_CONSIDERATION__CONCERN);
		createEAttribute(riskConsiderationEClass, RISK_CONSIDERATION__RESPONSE);

		carriedActionEClass = createEClass(CARRIED_ACTION);
		createEAttribute(carriedActionEClass, CARRIED_ACTION__ACTION_ID);
		createEAttribute(carriedActionEClass, CARRIED_ACTION__TEXT);
		createEAttribute(carriedActionEClass, CARRIED_ACTION__STATUS);

		boundaryAgreementEClass = createEClass(BOUNDARY_AGREEMENT);
		createEAttribute(boundaryAgreementEClass, BOUNDARY_AGREEMENT__VERSION);
		createEAttribute(boundaryAgreementEClass, BOUNDARY_AGREEMENT__STATUS);
		createEAttribute(boundaryAgreementEClass, BOUNDARY_AGREEMENT__EFFECTIVE_DATE);
		createEAttribute(boundaryAgreementEClass, BOUNDARY_AGREEMENT__REVIEW_DATE);
		createEAttribute(boundaryAgreementEClass, BOUNDARY_AGREEMENT__SUPERSEDES);
		createEReference(boundaryAgreementEClass, BOUNDARY_AGREEMENT__PARTIES);
		createEReference(boundaryAgreementEClass, BOUNDARY_AGREEMENT__CLAUSES);
		createEReference(boundaryAgreementEClass, BOUNDARY_AGREEMENT__SIGNATURES);

		partyEClass = createEClass(PARTY);
		createEAttribute(partyEClass, PARTY__ROLE);
		createEAttribute(partyEClass, PARTY__REFERENCE);
		createEAttribute(partyEClass, PARTY__DISPLAY_NAME);

		clauseEClass = createEClass(CLAUSE);
		createEAttribute(clauseEClass, CLAUSE__ID);
		createEAttribute(clauseEClass, CLAUSE__CATEGORY);
		createEAttribute(clauseEClass, CLAUSE__TITLE);
		createEAttribute(clauseEClass, CLAUSE__TEXT);
		createEAttribute(clauseEClass, CLAUSE__TEMPLATE_ID);
		createEAttribute(clauseEClass, CLAUSE__TEMPLATE_VERSION);
		createEAttribute(clauseEClass, CLAUSE__INCLUDED);

		signatureEClass = createEClass(SIGNATURE);
		createEAttribute(signatureEClass, SIGNATURE__ROLE);
		createEAttribute(signatureEClass, SIGNATURE__SIGNER);
		createEAttribute(signatureEClass, SIGNATURE__SIGNED_AT);
		createEAttribute(signatureEClass, SIGNATURE__METHOD);
		createEAttribute(signatureEClass, SIGNATURE__FINGERPRINT);

		reflectionNoteEClass = createEClass(REFLECTION_NOTE);
		createEAttribute(reflectionNoteEClass, REFLECTION_NOTE__SESSION_ID);
		createEAttribute(reflectionNoteEClass, REFLECTION_NOTE__FRAMEWORK_ID);
		createEReference(reflectionNoteEClass, REFLECTION_NOTE__ANSWERS);
		createEReference(reflectionNoteEClass, REFLECTION_NOTE__RATINGS);
		createEReference(reflectionNoteEClass, REFLECTION_NOTE__RELATIONSHIP);
		createEReference(reflectionNoteEClass, REFLECTION_NOTE__BOUNDARY_EVENTS);
		createEAttribute(reflectionNoteEClass, REFLECTION_NOTE__LEARNING_POINTS);
		createEReference(reflectionNoteEClass, REFLECTION_NOTE__ACTION_POINTS);
		createEAttribute(reflectionNoteEClass, REFLECTION_NOTE__SUPERVISION_QUESTIONS);
		createEAttribute(reflectionNoteEClass, REFLECTION_NOTE__STATUS);
		createEReference(reflectionNoteEClass, REFLECTION_NOTE__COMMENTS);
		createEReference(reflectionNoteEClass, REFLECTION_NOTE__APPROVAL);
		createEReference(reflectionNoteEClass, REFLECTION_NOTE__AMENDMENTS);
		createEReference(reflectionNoteEClass, REFLECTION_NOTE__UNLOCKS);

		stageAnswerEClass = createEClass(STAGE_ANSWER);
		createEAttribute(stageAnswerEClass, STAGE_ANSWER__STAGE_ID);
		createEAttribute(stageAnswerEClass, STAGE_ANSWER__TEXT);

		techniqueRatingEClass = createEClass(TECHNIQUE_RATING);
		createEAttribute(techniqueRatingEClass, TECHNIQUE_RATING__TECHNIQUE_ID);
		createEAttribute(techniqueRatingEClass, TECHNIQUE_RATING__RATING);
		createEAttribute(techniqueRatingEClass, TECHNIQUE_RATING__EVIDENCE);

		relationshipCheckEClass = createEClass(RELATIONSHIP_CHECK);
		createEAttribute(relationshipCheckEClass, RELATIONSHIP_CHECK__INSTRUMENT_ID);
		createEAttribute(relationshipCheckEClass, RELATIONSHIP_CHECK__TRUST);
		createEAttribute(relationshipCheckEClass, RELATIONSHIP_CHECK__EMPATHY);
		createEAttribute(relationshipCheckEClass, RELATIONSHIP_CHECK__COMMUNICATION);
		createEAttribute(relationshipCheckEClass, RELATIONSHIP_CHECK__NOTE);

		boundaryEventEClass = createEClass(BOUNDARY_EVENT);
		createEAttribute(boundaryEventEClass, BOUNDARY_EVENT__DESCRIPTION);
		createEAttribute(boundaryEventEClass, BOUNDARY_EVENT__KIND);
		createEAttribute(boundaryEventEClass, BOUNDARY_EVENT__HANDLING);
		createEAttribute(boundaryEventEClass, BOUNDARY_EVENT__CLAUSE_ID);

		actionPointEClass = createEClass(ACTION_POINT);
		createEAttribute(actionPointEClass, ACTION_POINT__ID);
		createEAttribute(actionPointEClass, ACTION_POINT__TEXT);
		createEAttribute(actionPointEClass, ACTION_POINT__STATUS);

		reviewCommentEClass = createEClass(REVIEW_COMMENT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__ID);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__AUTHOR_ID);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__AT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__ANCHOR);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__TEXT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__RESOLVED);

		amendmentEClass = createEClass(AMENDMENT);
		createEAttribute(amendmentEClass, AMENDMENT__AUTHOR_ID);
		createEAttribute(amendmentEClass, AMENDMENT__AT);
		createEAttribute(amendmentEClass, AMENDMENT__REASON);
		createEAttribute(amendmentEClass, AMENDMENT__ANCHOR);
		createEAttribute(amendmentEClass, AMENDMENT__ORIGINAL);
		createEAttribute(amendmentEClass, AMENDMENT__AMENDED);

		unlockEClass = createEClass(UNLOCK);
		createEAttribute(unlockEClass, UNLOCK__AUTHOR_ID);
		createEAttribute(unlockEClass, UNLOCK__AT);
		createEAttribute(unlockEClass, UNLOCK__REASON);

		catalogueEClass = createEClass(CATALOGUE);
		createEAttribute(catalogueEClass, CATALOGUE__ID);
		createEAttribute(catalogueEClass, CATALOGUE__INSTITUTION);
		createEAttribute(catalogueEClass, CATALOGUE__FORMAT_VERSION);
		createEReference(catalogueEClass, CATALOGUE__TECHNIQUES);
		createEReference(catalogueEClass, CATALOGUE__CLAUSE_TEMPLATES);
		createEReference(catalogueEClass, CATALOGUE__FRAMEWORKS);
		createEReference(catalogueEClass, CATALOGUE__INSTRUMENTS);

		catalogueEntryEClass = createEClass(CATALOGUE_ENTRY);
		createEAttribute(catalogueEntryEClass, CATALOGUE_ENTRY__ID);
		createEAttribute(catalogueEntryEClass, CATALOGUE_ENTRY__NAME);
		createEAttribute(catalogueEntryEClass, CATALOGUE_ENTRY__VERSION);

		techniqueEClass = createEClass(TECHNIQUE);
		createEAttribute(techniqueEClass, TECHNIQUE__SUMMARY);
		createEAttribute(techniqueEClass, TECHNIQUE__INDICATORS);
		createEAttribute(techniqueEClass, TECHNIQUE__PARENT_ID);

		clauseTemplateEClass = createEClass(CLAUSE_TEMPLATE);
		createEAttribute(clauseTemplateEClass, CLAUSE_TEMPLATE__CATEGORY);
		createEAttribute(clauseTemplateEClass, CLAUSE_TEMPLATE__TEXT);
		createEAttribute(clauseTemplateEClass, CLAUSE_TEMPLATE__REQUIRED);

		reflectionFrameworkEClass = createEClass(REFLECTION_FRAMEWORK);
		createEAttribute(reflectionFrameworkEClass, REFLECTION_FRAMEWORK__REFERENCE);
		createEReference(reflectionFrameworkEClass, REFLECTION_FRAMEWORK__STAGES);

		frameworkStageEClass = createEClass(FRAMEWORK_STAGE);
		createEAttribute(frameworkStageEClass, FRAMEWORK_STAGE__ID);
		createEAttribute(frameworkStageEClass, FRAMEWORK_STAGE__NAME);
		createEAttribute(frameworkStageEClass, FRAMEWORK_STAGE__PROMPT);

		instrumentStructureEClass = createEClass(INSTRUMENT_STRUCTURE);
		createEAttribute(instrumentStructureEClass, INSTRUMENT_STRUCTURE__SCALE_MIN);
		createEAttribute(instrumentStructureEClass, INSTRUMENT_STRUCTURE__SCALE_MAX);
		createEAttribute(instrumentStructureEClass, INSTRUMENT_STRUCTURE__SCALE_ANCHORS);
		createEReference(instrumentStructureEClass, INSTRUMENT_STRUCTURE__SUBSCALES);
		createEReference(instrumentStructureEClass, INSTRUMENT_STRUCTURE__ITEMS);
		createEAttribute(instrumentStructureEClass, INSTRUMENT_STRUCTURE__SCORING);
		createEAttribute(instrumentStructureEClass, INSTRUMENT_STRUCTURE__LICENSED);

		subscaleEClass = createEClass(SUBSCALE);
		createEAttribute(subscaleEClass, SUBSCALE__ID);
		createEAttribute(subscaleEClass, SUBSCALE__NAME);

		instrumentItemEClass = createEClass(INSTRUMENT_ITEM);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__ID);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__SUBSCALE_ID);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__WORDING);

		// Create enums
		roleEEnum = createEEnum(ROLE);
		caseStatusEEnum = createEEnum(CASE_STATUS);
		sessionStatusEEnum = createEEnum(SESSION_STATUS);
		modalityEEnum = createEEnum(MODALITY);
		documentKindEEnum = createEEnum(DOCUMENT_KIND);
		agreementStatusEEnum = createEEnum(AGREEMENT_STATUS);
		clauseCategoryEEnum = createEEnum(CLAUSE_CATEGORY);
		partyRoleEEnum = createEEnum(PARTY_ROLE);
		signatureMethodEEnum = createEEnum(SIGNATURE_METHOD);
		reviewStatusEEnum = createEEnum(REVIEW_STATUS);
		boundaryEventKindEEnum = createEEnum(BOUNDARY_EVENT_KIND);
		actionStatusEEnum = createEEnum(ACTION_STATUS);

		// Create data types
		dateEDataType = createEDataType(DATE);
		dateTimeEDataType = createEDataType(DATE_TIME);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		sessionPlanEClass.getESuperTypes().add(this.getDocument());
		boundaryAgreementEClass.getESuperTypes().add(this.getDocument());
		reflectionNoteEClass.getESuperTypes().add(this.getDocument());
		techniqueEClass.getESuperTypes().add(this.getCatalogueEntry());
		clauseTemplateEClass.getESuperTypes().add(this.getCatalogueEntry());
		reflectionFrameworkEClass.getESuperTypes().add(this.getCatalogueEntry());
		instrumentStructureEClass.getESuperTypes().add(this.getCatalogueEntry());

		// Initialize classes, features, and operations; add parameters
		initEClass(casebookEClass, Casebook.class, "Casebook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCasebook_Id(), ecorePackage.getEString(), "id", null, 0, 1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCasebook_Title(), ecorePackage.getEString(), "title", null, 0, 1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCasebook_FormatVersion(), ecorePackage.getEInt(), "formatVersion", null, 0, 1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCasebook_People(), this.getPerson(), null, "people", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCasebook_Owner(), this.getPerson(), null, "owner", null, 0, 1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCasebook_Clients(), this.getClientCase(), null, "clients", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCasebook_RetentionYears(), ecorePackage.getEInt(), "retentionYears", null, 0, 1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCasebook_AuditAnchor(), ecorePackage.getEString(), "auditAnchor", null, 0, 1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Id(), ecorePackage.getEString(), "id", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Name(), ecorePackage.getEString(), "name", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Roles(), this.getRole(), "roles", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Keys(), this.getPersonKey(), null, "keys", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personKeyEClass, PersonKey.class, "PersonKey", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPersonKey_PublicKey(), ecorePackage.getEString(), "publicKey", null, 0, 1, PersonKey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersonKey_Created(), this.getDateTime(), "created", null, 0, 1, PersonKey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersonKey_Retired(), this.getDateTime(), "retired", null, 0, 1, PersonKey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersonKey_Endorsement(), ecorePackage.getEString(), "endorsement", null, 0, 1, PersonKey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clientCaseEClass, ClientCase.class, "ClientCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClientCase_Code(), ecorePackage.getEString(), "code", null, 0, 1, ClientCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientCase_StartDate(), this.getDate(), "startDate", null, 0, 1, ClientCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientCase_Status(), this.getCaseStatus(), "status", null, 0, 1, ClientCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClientCase_Supervisors(), this.getPerson(), null, "supervisors", null, 0, -1, ClientCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClientCase_Sessions(), this.getSession(), null, "sessions", null, 0, -1, ClientCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClientCase_Agreements(), this.getDocumentEntry(), null, "agreements", null, 0, -1, ClientCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sessionEClass, Session.class, "Session", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSession_Id(), ecorePackage.getEString(), "id", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_DateTime(), this.getDateTime(), "dateTime", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_LengthMinutes(), ecorePackage.getEInt(), "lengthMinutes", "50", 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Modality(), this.getModality(), "modality", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Status(), this.getSessionStatus(), "status", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Documents(), this.getDocumentEntry(), null, "documents", null, 0, -1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentEntryEClass, DocumentEntry.class, "DocumentEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentEntry_DocumentId(), ecorePackage.getEString(), "documentId", null, 0, 1, DocumentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentEntry_Kind(), this.getDocumentKind(), "kind", null, 0, 1, DocumentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentEntry_File(), ecorePackage.getEString(), "file", null, 0, 1, DocumentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentEntry_Status(), ecorePackage.getEString(), "status", null, 0, 1, DocumentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentEntry_Version(), ecorePackage.getEInt(), "version", null, 0, 1, DocumentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentEntry_Modified(), this.getDateTime(), "modified", null, 0, 1, DocumentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentEntry_ReviewDate(), this.getDate(), "reviewDate", null, 0, 1, DocumentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentEntry_AwaitingReviewBy(), ecorePackage.getEString(), "awaitingReviewBy", null, 0, -1, DocumentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentEntry_Generation(), ecorePackage.getEInt(), "generation", null, 0, 1, DocumentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentEClass, Document.class, "Document", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocument_Id(), ecorePackage.getEString(), "id", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_FormatVersion(), ecorePackage.getEInt(), "formatVersion", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_ClientCode(), ecorePackage.getEString(), "clientCode", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_AuthorId(), ecorePackage.getEString(), "authorId", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_Created(), this.getDateTime(), "created", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_Modified(), this.getDateTime(), "modified", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocument_Steps(), this.getSignedStep(), null, "steps", null, 0, -1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signedStepEClass, SignedStep.class, "SignedStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignedStep_Step(), ecorePackage.getEString(), "step", null, 0, 1, SignedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignedStep_ActorId(), ecorePackage.getEString(), "actorId", null, 0, 1, SignedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignedStep_At(), this.getDateTime(), "at", null, 0, 1, SignedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignedStep_DocumentVersion(), ecorePackage.getEInt(), "documentVersion", null, 0, 1, SignedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignedStep_ContentDigest(), ecorePackage.getEString(), "contentDigest", null, 0, 1, SignedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignedStep_PreviousDigest(), ecorePackage.getEString(), "previousDigest", null, 0, 1, SignedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignedStep_Detail(), ecorePackage.getEString(), "detail", null, 0, 1, SignedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignedStep_PublicKey(), ecorePackage.getEString(), "publicKey", null, 0, 1, SignedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignedStep_Signature(), ecorePackage.getEString(), "signature", null, 0, 1, SignedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sessionPlanEClass, SessionPlan.class, "SessionPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSessionPlan_SessionId(), ecorePackage.getEString(), "sessionId", null, 0, 1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionPlan_SessionNumber(), ecorePackage.getEInt(), "sessionNumber", null, 0, 1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionPlan_DateTime(), this.getDateTime(), "dateTime", null, 0, 1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionPlan_LengthMinutes(), ecorePackage.getEInt(), "lengthMinutes", "50", 0, 1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionPlan_Modality(), this.getModality(), "modality", null, 0, 1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionPlan_Goals(), this.getGoal(), null, "goals", null, 0, -1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionPlan_Agenda(), this.getAgendaItem(), null, "agenda", null, 0, -1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionPlan_Techniques(), this.getPlannedTechnique(), null, "techniques", null, 0, -1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionPlan_Risks(), this.getRiskConsideration(), null, "risks", null, 0, -1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionPlan_ClausesToRevisit(), ecorePackage.getEString(), "clausesToRevisit", null, 0, -1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionPlan_Materials(), ecorePackage.getEString(), "materials", null, 0, 1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionPlan_SupervisionQuestions(), ecorePackage.getEString(), "supervisionQuestions", null, 0, 1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionPlan_CarriedActions(), this.getCarriedAction(), null, "carriedActions", null, 0, -1, SessionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGoal_Text(), ecorePackage.getEString(), "text", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_HowWeWillKnow(), ecorePackage.getEString(), "howWeWillKnow", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agendaItemEClass, AgendaItem.class, "AgendaItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgendaItem_Title(), ecorePackage.getEString(), "title", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_Minutes(), ecorePackage.getEInt(), "minutes", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(plannedTechniqueEClass, PlannedTechnique.class, "PlannedTechnique", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlannedTechnique_TechniqueId(), ecorePackage.getEString(), "techniqueId", null, 0, 1, PlannedTechnique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedTechnique_Moment(), ecorePackage.getEString(), "moment", null, 0, 1, PlannedTechnique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskConsiderationEClass, RiskConsideration.class, "RiskConsideration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRiskConsideration_Concern(), ecorePackage.getEString(), "concern", null, 0, 1, RiskConsideration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskConsideration_Response(), ecorePackage.getEString(), "response", null, 0, 1, RiskConsideration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(carriedActionEClass, CarriedAction.class, "CarriedAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCarriedAction_ActionId(), ecorePackage.getEString(), "actionId", null, 0, 1, CarriedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarriedAction_Text(), ecorePackage.getEString(), "text", null, 0, 1, CarriedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarriedAction_Status(), this.getActionStatus(), "status", null, 0, 1, CarriedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(boundaryAgreementEClass, BoundaryAgreement.class, "BoundaryAgreement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBoundaryAgreement_Version(), ecorePackage.getEInt(), "version", "1", 0, 1, BoundaryAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryAgreement_Status(), this.getAgreementStatus(), "status", null, 0, 1, BoundaryAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryAgreement_EffectiveDate(), this.getDate(), "effectiveDate", null, 0, 1, BoundaryAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryAgreement_ReviewDate(), this.getDate(), "reviewDate", null, 0, 1, BoundaryAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryAgreement_Supersedes(), ecorePackage.getEString(), "supersedes", null, 0, 1, BoundaryAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundaryAgreement_Parties(), this.getParty(), null, "parties", null, 0, -1, BoundaryAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundaryAgreement_Clauses(), this.getClause(), null, "clauses", null, 0, -1, BoundaryAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundaryAgreement_Signatures(), this.getSignature(), null, "signatures", null, 0, -1, BoundaryAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partyEClass, Party.class, "Party", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParty_Role(), this.getPartyRole(), "role", null, 0, 1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParty_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParty_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clauseEClass, Clause.class, "Clause", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClause_Id(), ecorePackage.getEString(), "id", null, 0, 1, Clause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClause_Category(), this.getClauseCategory(), "category", null, 0, 1, Clause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClause_Title(), ecorePackage.getEString(), "title", null, 0, 1, Clause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClause_Text(), ecorePackage.getEString(), "text", null, 0, 1, Clause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClause_TemplateId(), ecorePackage.getEString(), "templateId", null, 0, 1, Clause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClause_TemplateVersion(), ecorePackage.getEInt(), "templateVersion", null, 0, 1, Clause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClause_Included(), ecorePackage.getEBoolean(), "included", "true", 0, 1, Clause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signatureEClass, Signature.class, "Signature", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignature_Role(), this.getPartyRole(), "role", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_Signer(), ecorePackage.getEString(), "signer", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_SignedAt(), this.getDateTime(), "signedAt", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_Method(), this.getSignatureMethod(), "method", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_Fingerprint(), ecorePackage.getEString(), "fingerprint", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reflectionNoteEClass, ReflectionNote.class, "ReflectionNote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReflectionNote_SessionId(), ecorePackage.getEString(), "sessionId", null, 0, 1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReflectionNote_FrameworkId(), ecorePackage.getEString(), "frameworkId", null, 0, 1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionNote_Answers(), this.getStageAnswer(), null, "answers", null, 0, -1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionNote_Ratings(), this.getTechniqueRating(), null, "ratings", null, 0, -1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionNote_Relationship(), this.getRelationshipCheck(), null, "relationship", null, 0, 1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionNote_BoundaryEvents(), this.getBoundaryEvent(), null, "boundaryEvents", null, 0, -1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReflectionNote_LearningPoints(), ecorePackage.getEString(), "learningPoints", null, 0, -1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionNote_ActionPoints(), this.getActionPoint(), null, "actionPoints", null, 0, -1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReflectionNote_SupervisionQuestions(), ecorePackage.getEString(), "supervisionQuestions", null, 0, 1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReflectionNote_Status(), this.getReviewStatus(), "status", null, 0, 1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionNote_Comments(), this.getReviewComment(), null, "comments", null, 0, -1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionNote_Approval(), this.getSignature(), null, "approval", null, 0, 1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionNote_Amendments(), this.getAmendment(), null, "amendments", null, 0, -1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionNote_Unlocks(), this.getUnlock(), null, "unlocks", null, 0, -1, ReflectionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stageAnswerEClass, StageAnswer.class, "StageAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStageAnswer_StageId(), ecorePackage.getEString(), "stageId", null, 0, 1, StageAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageAnswer_Text(), ecorePackage.getEString(), "text", null, 0, 1, StageAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(techniqueRatingEClass, TechniqueRating.class, "TechniqueRating", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTechniqueRating_TechniqueId(), ecorePackage.getEString(), "techniqueId", null, 0, 1, TechniqueRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechniqueRating_Rating(), ecorePackage.getEInt(), "rating", null, 0, 1, TechniqueRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechniqueRating_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, TechniqueRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relationshipCheckEClass, RelationshipCheck.class, "RelationshipCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRelationshipCheck_InstrumentId(), ecorePackage.getEString(), "instrumentId", null, 0, 1, RelationshipCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationshipCheck_Trust(), ecorePackage.getEInt(), "trust", null, 0, 1, RelationshipCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationshipCheck_Empathy(), ecorePackage.getEInt(), "empathy", null, 0, 1, RelationshipCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationshipCheck_Communication(), ecorePackage.getEInt(), "communication", null, 0, 1, RelationshipCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationshipCheck_Note(), ecorePackage.getEString(), "note", null, 0, 1, RelationshipCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(boundaryEventEClass, BoundaryEvent.class, "BoundaryEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBoundaryEvent_Description(), ecorePackage.getEString(), "description", null, 0, 1, BoundaryEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryEvent_Kind(), this.getBoundaryEventKind(), "kind", null, 0, 1, BoundaryEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryEvent_Handling(), ecorePackage.getEString(), "handling", null, 0, 1, BoundaryEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryEvent_ClauseId(), ecorePackage.getEString(), "clauseId", null, 0, 1, BoundaryEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionPointEClass, ActionPoint.class, "ActionPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActionPoint_Id(), ecorePackage.getEString(), "id", null, 0, 1, ActionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionPoint_Text(), ecorePackage.getEString(), "text", null, 0, 1, ActionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionPoint_Status(), this.getActionStatus(), "status", null, 0, 1, ActionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewCommentEClass, ReviewComment.class, "ReviewComment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewComment_Id(), ecorePackage.getEString(), "id", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_AuthorId(), ecorePackage.getEString(), "authorId", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_At(), this.getDateTime(), "at", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Anchor(), ecorePackage.getEString(), "anchor", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Text(), ecorePackage.getEString(), "text", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Resolved(), ecorePackage.getEBoolean(), "resolved", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(amendmentEClass, Amendment.class, "Amendment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAmendment_AuthorId(), ecorePackage.getEString(), "authorId", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_At(), this.getDateTime(), "at", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_Anchor(), ecorePackage.getEString(), "anchor", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_Original(), ecorePackage.getEString(), "original", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_Amended(), ecorePackage.getEString(), "amended", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(unlockEClass, Unlock.class, "Unlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUnlock_AuthorId(), ecorePackage.getEString(), "authorId", null, 0, 1, Unlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnlock_At(), this.getDateTime(), "at", null, 0, 1, Unlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnlock_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Unlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(catalogueEClass, Catalogue.class, "Catalogue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalogue_Id(), ecorePackage.getEString(), "id", null, 0, 1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogue_Institution(), ecorePackage.getEString(), "institution", null, 0, 1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogue_FormatVersion(), ecorePackage.getEInt(), "formatVersion", null, 0, 1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_Techniques(), this.getTechnique(), null, "techniques", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_ClauseTemplates(), this.getClauseTemplate(), null, "clauseTemplates", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_Frameworks(), this.getReflectionFramework(), null, "frameworks", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_Instruments(), this.getInstrumentStructure(), null, "instruments", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(catalogueEntryEClass, CatalogueEntry.class, "CatalogueEntry", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalogueEntry_Id(), ecorePackage.getEString(), "id", null, 0, 1, CatalogueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogueEntry_Name(), ecorePackage.getEString(), "name", null, 0, 1, CatalogueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogueEntry_Version(), ecorePackage.getEInt(), "version", "1", 0, 1, CatalogueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(techniqueEClass, Technique.class, "Technique", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTechnique_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Technique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnique_Indicators(), ecorePackage.getEString(), "indicators", null, 0, -1, Technique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnique_ParentId(), ecorePackage.getEString(), "parentId", null, 0, 1, Technique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clauseTemplateEClass, ClauseTemplate.class, "ClauseTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClauseTemplate_Category(), this.getClauseCategory(), "category", null, 0, 1, ClauseTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClauseTemplate_Text(), ecorePackage.getEString(), "text", null, 0, 1, ClauseTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClauseTemplate_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, ClauseTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reflectionFrameworkEClass, ReflectionFramework.class, "ReflectionFramework", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReflectionFramework_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, ReflectionFramework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReflectionFramework_Stages(), this.getFrameworkStage(), null, "stages", null, 0, -1, ReflectionFramework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(frameworkStageEClass, FrameworkStage.class, "FrameworkStage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFrameworkStage_Id(), ecorePackage.getEString(), "id", null, 0, 1, FrameworkStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrameworkStage_Name(), ecorePackage.getEString(), "name", null, 0, 1, FrameworkStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrameworkStage_Prompt(), ecorePackage.getEString(), "prompt", null, 0, 1, FrameworkStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(instrumentStructureEClass, InstrumentStructure.class, "InstrumentStructure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstrumentStructure_ScaleMin(), ecorePackage.getEInt(), "scaleMin", null, 0, 1, InstrumentStructure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentStructure_ScaleMax(), ecorePackage.getEInt(), "scaleMax", null, 0, 1, InstrumentStructure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentStructure_ScaleAnchors(), ecorePackage.getEString(), "scaleAnchors", null, 0, -1, InstrumentStructure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentStructure_Subscales(), this.getSubscale(), null, "subscales", null, 0, -1, InstrumentStructure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentStructure_Items(), this.getInstrumentItem(), null, "items", null, 0, -1, InstrumentStructure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentStructure_Scoring(), ecorePackage.getEString(), "scoring", null, 0, 1, InstrumentStructure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentStructure_Licensed(), ecorePackage.getEBoolean(), "licensed", null, 0, 1, InstrumentStructure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subscaleEClass, Subscale.class, "Subscale", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubscale_Id(), ecorePackage.getEString(), "id", null, 0, 1, Subscale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubscale_Name(), ecorePackage.getEString(), "name", null, 0, 1, Subscale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(instrumentItemEClass, InstrumentItem.class, "InstrumentItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstrumentItem_Id(), ecorePackage.getEString(), "id", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentItem_SubscaleId(), ecorePackage.getEString(), "subscaleId", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentItem_Wording(), ecorePackage.getEString(), "wording", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.TRAINEE);
		addEEnumLiteral(roleEEnum, Role.SUPERVISOR);
		addEEnumLiteral(roleEEnum, Role.ADMINISTRATOR);

		initEEnum(caseStatusEEnum, CaseStatus.class, "CaseStatus");
		addEEnumLiteral(caseStatusEEnum, CaseStatus.ACTIVE);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.PAUSED);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CLOSED);

		initEEnum(sessionStatusEEnum, SessionStatus.class, "SessionStatus");
		addEEnumLiteral(sessionStatusEEnum, SessionStatus.PLANNED);
		addEEnumLiteral(sessionStatusEEnum, SessionStatus.HELD);
		addEEnumLiteral(sessionStatusEEnum, SessionStatus.CANCELLED);
		addEEnumLiteral(sessionStatusEEnum, SessionStatus.MISSED);

		initEEnum(modalityEEnum, Modality.class, "Modality");
		addEEnumLiteral(modalityEEnum, Modality.IN_PERSON);
		addEEnumLiteral(modalityEEnum, Modality.VIDEO);
		addEEnumLiteral(modalityEEnum, Modality.PHONE);

		initEEnum(documentKindEEnum, DocumentKind.class, "DocumentKind");
		addEEnumLiteral(documentKindEEnum, DocumentKind.PLAN);
		addEEnumLiteral(documentKindEEnum, DocumentKind.AGREEMENT);
		addEEnumLiteral(documentKindEEnum, DocumentKind.REFLECTION);

		initEEnum(agreementStatusEEnum, AgreementStatus.class, "AgreementStatus");
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.DRAFT);
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.PROPOSED);
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.SIGNED);
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.SUPERSEDED);
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.ENDED);

		initEEnum(clauseCategoryEEnum, ClauseCategory.class, "ClauseCategory");
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.CONFIDENTIALITY);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.SUPERVISION_AND_RECORDING);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.CONTACT_BETWEEN_SESSIONS);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.SESSION_TIME);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.CANCELLATIONS);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.FEES);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.DUAL_RELATIONSHIPS);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.GIFTS);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.SOCIAL_MEDIA);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.PHYSICAL_CONTACT);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.SELF_DISCLOSURE);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.ENDING_AND_REFERRAL);
		addEEnumLiteral(clauseCategoryEEnum, ClauseCategory.CONTINUITY);

		initEEnum(partyRoleEEnum, PartyRole.class, "PartyRole");
		addEEnumLiteral(partyRoleEEnum, PartyRole.TRAINEE);
		addEEnumLiteral(partyRoleEEnum, PartyRole.CLIENT);
		addEEnumLiteral(partyRoleEEnum, PartyRole.SUPERVISOR);

		initEEnum(signatureMethodEEnum, SignatureMethod.class, "SignatureMethod");
		addEEnumLiteral(signatureMethodEEnum, SignatureMethod.PAPER_RECORDED);
		addEEnumLiteral(signatureMethodEEnum, SignatureMethod.TYPED_IN_SESSION);

		initEEnum(reviewStatusEEnum, ReviewStatus.class, "ReviewStatus");
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.DRAFT);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.SUBMITTED);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.RETURNED);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.RESUBMITTED);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.APPROVED);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.LOCKED);

		initEEnum(boundaryEventKindEEnum, BoundaryEventKind.class, "BoundaryEventKind");
		addEEnumLiteral(boundaryEventKindEEnum, BoundaryEventKind.CROSSING);
		addEEnumLiteral(boundaryEventKindEEnum, BoundaryEventKind.RISK_OF_VIOLATION);
		addEEnumLiteral(boundaryEventKindEEnum, BoundaryEventKind.VIOLATION);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.OPEN);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.CARRIED_ON);

		// Initialize data types
		initEDataType(dateEDataType, XMLGregorianCalendar.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(dateTimeEDataType, XMLGregorianCalendar.class, "DateTime", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (dateEDataType,
		   source,
		   new String[] {
			   "name", "Date",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#date"
		   });
		addAnnotation
		  (dateTimeEDataType,
		   source,
		   new String[] {
			   "name", "DateTime",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#dateTime"
		   });
	}

} //RapportPackageImpl
