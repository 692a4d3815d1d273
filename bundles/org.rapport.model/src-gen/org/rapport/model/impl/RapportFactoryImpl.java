/**
 */
package org.rapport.model.impl;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

import org.rapport.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RapportFactoryImpl extends EFactoryImpl implements RapportFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RapportFactory init() {
		try {
			RapportFactory theRapportFactory = (RapportFactory)EPackage.Registry.INSTANCE.getEFactory(RapportPackage.eNS_URI);
			if (theRapportFactory != null) {
				return theRapportFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RapportFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RapportFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RapportPackage.CASEBOOK: return createCasebook();
			case RapportPackage.PERSON: return createPerson();
			case RapportPackage.PERSON_KEY: return createPersonKey();
			case RapportPackage.CLIENT_CASE: return createClientCase();
			case RapportPackage.SESSION: return createSession();
			case RapportPackage.DOCUMENT_ENTRY: return createDocumentEntry();
			case RapportPackage.SIGNED_STEP: return createSignedStep();
			case RapportPackage.SESSION_PLAN: return createSessionPlan();
			case RapportPackage.GOAL: return createGoal();
			case RapportPackage.AGENDA_ITEM: return createAgendaItem();
			case RapportPackage.PLANNED_TECHNIQUE: return createPlannedTechnique();
			case RapportPackage.RISK_CONSIDERATION: return createRiskConsideration();
			case RapportPackage.CARRIED_ACTION: return createCarriedAction();
			case RapportPackage.BOUNDARY_AGREEMENT: return createBoundaryAgreement();
			case RapportPackage.PARTY: return createParty();
			case RapportPackage.CLAUSE: return createClause();
			case RapportPackage.SIGNATURE: return createSignature();
			case RapportPackage.REFLECTION_NOTE: return createReflectionNote();
			case RapportPackage.STAGE_ANSWER: return createStageAnswer();
			case RapportPackage.TECHNIQUE_RATING: return createTechniqueRating();
			case RapportPackage.RELATIONSHIP_CHECK: return createRelationshipCheck();
			case RapportPackage.BOUNDARY_EVENT: return createBoundaryEvent();
			case RapportPackage.ACTION_POINT: return createActionPoint();
			case RapportPackage.REVIEW_COMMENT: return createReviewComment();
			case RapportPackage.AMENDMENT: return createAmendment();
			case RapportPackage.UNLOCK: return createUnlock();
			case RapportPackage.CATALOGUE: return createCatalogue();
			case RapportPackage.TECHNIQUE: return createTechnique();
			case RapportPackage.CLAUSE_TEMPLATE: return createClauseTemplate();
			case RapportPackage.REFLECTION_FRAMEWORK: return createReflectionFramework();
			case RapportPackage.FRAMEWORK_STAGE: return createFrameworkStage();
			case RapportPackage.INSTRUMENT_STRUCTURE: return createInstrumentStructure();
			case RapportPackage.SUBSCALE: return createSubscale();
			case RapportPackage.INSTRUMENT_ITEM: return createInstrumentItem();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RapportPackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case RapportPackage.CASE_STATUS:
				return createCaseStatusFromString(eDataType, initialValue);
			case RapportPackage.SESSION_STATUS:
				return createSessionStatusFromString(eDataType, initialValue);
			case RapportPackage.MODALITY:
				return createModalityFromString(eDataType, initialValue);
			case RapportPackage.DOCUMENT_KIND:
				return createDocumentKindFromString(eDataType, initialValue);
			case RapportPackage.AGREEMENT_STATUS:
				return createAgreementStatusFromString(eDataType, initialValue);
			case RapportPackage.CLAUSE_CATEGORY:
				return createClauseCategoryFromString(eDataType, initialValue);
			case RapportPackage.PARTY_ROLE:
				return createPartyRoleFromString(eDataType, initialValue);
			case RapportPackage.SIGNATURE_METHOD:
				return createSignatureMethodFromString(eDataType, initialValue);
			case RapportPackage.REVIEW_STATUS:
				return createReviewStatusFromString(eDataType, initialValue);
			case RapportPackage.BOUNDARY_EVENT_KIND:
				return createBoundaryEventKindFromString(eDataType, initialValue);
			case RapportPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case RapportPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			case RapportPackage.DATE_TIME:
				return createDateTimeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RapportPackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case RapportPackage.CASE_STATUS:
				return convertCaseStatusToString(eDataType, instanceValue);
			case RapportPackage.SESSION_STATUS:
				return convertSessionStatusToString(eDataType, instanceValue);
			case RapportPackage.MODALITY:
				return convertModalityToString(eDataType, instanceValue);
			case RapportPackage.DOCUMENT_KIND:
				return convertDocumentKindToString(eDataType, instanceValue);
			case RapportPackage.AGREEMENT_STATUS:
				return convertAgreementStatusToString(eDataType, instanceValue);
			case RapportPackage.CLAUSE_CATEGORY:
				return convertClauseCategoryToString(eDataType, instanceValue);
			case RapportPackage.PARTY_ROLE:
				return convertPartyRoleToString(eDataType, instanceValue);
			case RapportPackage.SIGNATURE_METHOD:
				return convertSignatureMethodToString(eDataType, instanceValue);
			case RapportPackage.REVIEW_STATUS:
				return convertReviewStatusToString(eDataType, instanceValue);
			case RapportPackage.BOUNDARY_EVENT_KIND:
				return convertBoundaryEventKindToString(eDataType, instanceValue);
			case RapportPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case RapportPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			case RapportPackage.DATE_TIME:
				return convertDateTimeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Casebook createCasebook() {
		CasebookImpl casebook = new CasebookImpl();
		return casebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersonKey createPersonKey() {
		PersonKeyImpl personKey = new PersonKeyImpl();
		return personKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientCase createClientCase() {
		ClientCaseImpl clientCase = new ClientCaseImpl();
		return clientCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session createSession() {
		SessionImpl session = new SessionImpl();
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentEntry createDocumentEntry() {
		DocumentEntryImpl documentEntry = new DocumentEntryImpl();
		return documentEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignedStep createSignedStep() {
		SignedStepImpl signedStep = new SignedStepImpl();
		return signedStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionPlan createSessionPlan() {
		SessionPlanImpl sessionPlan = new SessionPlanImpl();
		return sessionPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgendaItem createAgendaItem() {
		AgendaItemImpl agendaItem = new AgendaItemImpl();
		return agendaItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlannedTechnique createPlannedTechnique() {
		PlannedTechniqueImpl plannedTechnique = new PlannedTechniqueImpl();
		return plannedTechnique;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskConsideration createRiskConsideration() {
		RiskConsiderationImpl riskConsideration = new RiskConsiderationImpl();
		return riskConsideration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CarriedAction createCarriedAction() {
		CarriedActionImpl carriedAction = new CarriedActionImpl();
		return carriedAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundaryAgreement createBoundaryAgreement() {
		BoundaryAgreementImpl boundaryAgreement = new BoundaryAgreementImpl();
		return boundaryAgreement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party createParty() {
		PartyImpl party = new PartyImpl();
		return party;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Clause createClause() {
		ClauseImpl clause = new ClauseImpl();
		return clause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature createSignature() {
		SignatureImpl signature = new SignatureImpl();
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReflectionNote createReflectionNote() {
		ReflectionNoteImpl reflectionNote = new ReflectionNoteImpl();
		return reflectionNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageAnswer createStageAnswer() {
		StageAnswerImpl stageAnswer = new StageAnswerImpl();
		return stageAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TechniqueRating createTechniqueRating() {
		TechniqueRatingImpl techniqueRating = new TechniqueRatingImpl();
		return techniqueRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipCheck createRelationshipCheck() {
		RelationshipCheckImpl relationshipCheck = new RelationshipCheckImpl();
		return relationshipCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundaryEvent createBoundaryEvent() {
		BoundaryEventImpl boundaryEvent = new BoundaryEventImpl();
		return boundaryEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionPoint createActionPoint() {
		ActionPointImpl actionPoint = new ActionPointImpl();
		return actionPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewComment createReviewComment() {
		ReviewCommentImpl reviewComment = new ReviewCommentImpl();
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Amendment createAmendment() {
		AmendmentImpl amendment = new AmendmentImpl();
		return amendment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unlock createUnlock() {
		UnlockImpl unlock = new UnlockImpl();
		return unlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalogue createCatalogue() {
		CatalogueImpl catalogue = new CatalogueImpl();
		return catalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Technique createTechnique() {
		TechniqueImpl technique = new TechniqueImpl();
		return technique;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClauseTemplate createClauseTemplate() {
		ClauseTemplateImpl clauseTemplate = new ClauseTemplateImpl();
		return clauseTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReflectionFramework createReflectionFramework() {
		ReflectionFrameworkImpl reflectionFramework = new ReflectionFrameworkImpl();
		return reflectionFramework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrameworkStage createFrameworkStage() {
		FrameworkStageImpl frameworkStage = new FrameworkStageImpl();
		return frameworkStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentStructure createInstrumentStructure() {
		InstrumentStructureImpl instrumentStructure = new InstrumentStructureImpl();
		return instrumentStructure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subscale createSubscale() {
		SubscaleImpl subscale = new SubscaleImpl();
		return subscale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentItem createInstrumentItem() {
		InstrumentItemImpl instrumentItem = new InstrumentItemImpl();
		return instrumentItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseStatus createCaseStatusFromString(EDataType eDataType, String initialValue) {
		CaseStatus result = CaseStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SessionStatus createSessionStatusFromString(EDataType eDataType, String initialValue) {
		SessionStatus result = SessionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSessionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Modality createModalityFromString(EDataType eDataType, String initialValue) {
		Modality result = Modality.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertModalityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentKind createDocumentKindFromString(EDataType eDataType, String initialValue) {
		DocumentKind result = DocumentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgreementStatus createAgreementStatusFromString(EDataType eDataType, String initialValue) {
		AgreementStatus result = AgreementStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgreementStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClauseCategory createClauseCategoryFromString(EDataType eDataType, String initialValue) {
		ClauseCategory result = ClauseCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClauseCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartyRole createPartyRoleFromString(EDataType eDataType, String initialValue) {
		PartyRole result = PartyRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartyRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignatureMethod createSignatureMethodFromString(EDataType eDataType, String initialValue) {
		SignatureMethod result = SignatureMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignatureMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewStatus createReviewStatusFromString(EDataType eDataType, String initialValue) {
		ReviewStatus result = ReviewStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BoundaryEventKind createBoundaryEventKindFromString(EDataType eDataType, String initialValue) {
		BoundaryEventKind result = BoundaryEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBoundaryEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public XMLGregorianCalendar createDate(final String it) {
		return org.rapport.model.time.Dates.parseDate(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public XMLGregorianCalendar createDateFromString(EDataType eDataType, String initialValue) {
		return (XMLGregorianCalendar)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.DATE, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDate(final XMLGregorianCalendar it) {
		return org.rapport.model.time.Dates.format(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.DATE, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public XMLGregorianCalendar createDateTime(final String it) {
		return org.rapport.model.time.Dates.parseDateTime(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public XMLGregorianCalendar createDateTimeFromString(EDataType eDataType, String initialValue) {
		return (XMLGregorianCalendar)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.DATE_TIME, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateTime(final XMLGregorianCalendar it) {
		return org.rapport.model.time.Dates.format(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateTimeToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.DATE_TIME, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RapportPackage getRapportPackage() {
		return (RapportPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RapportPackage getPackage() {
		return RapportPackage.eINSTANCE;
	}

} //RapportFactoryImpl
