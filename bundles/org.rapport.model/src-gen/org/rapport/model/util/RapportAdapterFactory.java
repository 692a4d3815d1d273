/**
 */
package org.rapport.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.rapport.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.rapport.model.RapportPackage
 * @generated
 */
public class RapportAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RapportPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RapportAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = RapportPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RapportSwitch<Adapter> modelSwitch =
		new RapportSwitch<Adapter>() {
			@Override
			public Adapter caseCasebook(Casebook object) {
				return createCasebookAdapter();
			}
			@Override
			public Adapter casePerson(Person object) {
				return createPersonAdapter();
			}
			@Override
			public Adapter casePersonKey(PersonKey object) {
				return createPersonKeyAdapter();
			}
			@Override
			public Adapter caseClientCase(ClientCase object) {
				return createClientCaseAdapter();
			}
			@Override
			public Adapter caseSession(Session object) {
				return createSessionAdapter();
			}
			@Override
			public Adapter caseDocumentEntry(DocumentEntry object) {
				return createDocumentEntryAdapter();
			}
			@Override
			public Adapter caseDocument(Document object) {
				return createDocumentAdapter();
			}
			@Override
			public Adapter caseSignedStep(SignedStep object) {
				return createSignedStepAdapter();
			}
			@Override
			public Adapter caseSessionPlan(SessionPlan object) {
				return createSessionPlanAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object) {
				return createGoalAdapter();
			}
			@Override
			public Adapter caseAgendaItem(AgendaItem object) {
				return createAgendaItemAdapter();
			}
			@Override
			public Adapter casePlannedTechnique(PlannedTechnique object) {
				return createPlannedTechniqueAdapter();
			}
			@Override
			public Adapter caseRiskConsideration(RiskConsideration object) {
				return createRiskConsiderationAdapter();
			}
			@Override
			public Adapter caseCarriedAction(CarriedAction object) {
				return createCarriedActionAdapter();
			}
			@Override
			public Adapter caseBoundaryAgreement(BoundaryAgreement object) {
				return createBoundaryAgreementAdapter();
			}
			@Override
			public Adapter caseParty(Party object) {
				return createPartyAdapter();
			}
			@Override
			public Adapter caseClause(Clause object) {
				return createClauseAdapter();
			}
			@Override
			public Adapter caseSignature(Signature object) {
				return createSignatureAdapter();
			}
			@Override
			public Adapter caseReflectionNote(ReflectionNote object) {
				return createReflectionNoteAdapter();
			}
			@Override
			public Adapter caseStageAnswer(StageAnswer object) {
				return createStageAnswerAdapter();
			}
			@Override
			public Adapter caseTechniqueRating(TechniqueRating object) {
				return createTechniqueRatingAdapter();
			}
			@Override
			public Adapter caseRelationshipCheck(RelationshipCheck object) {
				return createRelationshipCheckAdapter();
			}
			@Override
			public Adapter caseBoundaryEvent(BoundaryEvent object) {
				return createBoundaryEventAdapter();
			}
			@Override
			public Adapter caseActionPoint(ActionPoint object) {
				return createActionPointAdapter();
			}
			@Override
			public Adapter caseReviewComment(ReviewComment object) {
				return createReviewCommentAdapter();
			}
			@Override
			public Adapter caseAmendment(Amendment object) {
				return createAmendmentAdapter();
			}
			@Override
			public Adapter caseUnlock(Unlock object) {
				return createUnlockAdapter();
			}
			@Override
			public Adapter caseCatalogue(Catalogue object) {
				return createCatalogueAdapter();
			}
			@Override
			public Adapter caseCatalogueEntry(CatalogueEntry object) {
				return createCatalogueEntryAdapter();
			}
			@Override
			public Adapter caseTechnique(Technique object) {
				return createTechniqueAdapter();
			}
			@Override
			public Adapter caseClauseTemplate(ClauseTemplate object) {
				return createClauseTemplateAdapter();
			}
			@Override
			public Adapter caseReflectionFramework(ReflectionFramework object) {
				return createReflectionFrameworkAdapter();
			}
			@Override
			public Adapter caseFrameworkStage(FrameworkStage object) {
				return createFrameworkStageAdapter();
			}
			@Override
			public Adapter caseInstrumentStructure(InstrumentStructure object) {
				return createInstrumentStructureAdapter();
			}
			@Override
			public Adapter caseSubscale(Subscale object) {
				return createSubscaleAdapter();
			}
			@Override
			public Adapter caseInstrumentItem(InstrumentItem object) {
				return createInstrumentItemAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Casebook <em>Casebook</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Casebook
	 * @generated
	 */
	public Adapter createCasebookAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Person
	 * @generated
	 */
	public Adapter createPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.PersonKey <em>Person Key</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.PersonKey
	 * @generated
	 */
	public Adapter createPersonKeyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.ClientCase <em>Client Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.ClientCase
	 * @generated
	 */
	public Adapter createClientCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Session
	 * @generated
	 */
	public Adapter createSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.DocumentEntry <em>Document Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.DocumentEntry
	 * @generated
	 */
	public Adapter createDocumentEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Document
	 * @generated
	 */
	public Adapter createDocumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.SignedStep <em>Signed Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.SignedStep
	 * @generated
	 */
	public Adapter createSignedStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.SessionPlan <em>Session Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.SessionPlan
	 * @generated
	 */
	public Adapter createSessionPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.AgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.AgendaItem
	 * @generated
	 */
	public Adapter createAgendaItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.PlannedTechnique <em>Planned Technique</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.PlannedTechnique
	 * @generated
	 */
	public Adapter createPlannedTechniqueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.RiskConsideration <em>Risk Consideration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.RiskConsideration
	 * @generated
	 */
	public Adapter createRiskConsiderationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.CarriedAction <em>Carried Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.CarriedAction
	 * @generated
	 */
	public Adapter createCarriedActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.BoundaryAgreement <em>Boundary Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.BoundaryAgreement
	 * @generated
	 */
	public Adapter createBoundaryAgreementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Party
	 * @generated
	 */
	public Adapter createPartyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Clause <em>Clause</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Clause
	 * @generated
	 */
	public Adapter createClauseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Signature
	 * @generated
	 */
	public Adapter createSignatureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.ReflectionNote <em>Reflection Note</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.ReflectionNote
	 * @generated
	 */
	public Adapter createReflectionNoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.StageAnswer <em>Stage Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.StageAnswer
	 * @generated
	 */
	public Adapter createStageAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.TechniqueRating <em>Technique Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.TechniqueRating
	 * @generated
	 */
	public Adapter createTechniqueRatingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.RelationshipCheck <em>Relationship Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.RelationshipCheck
	 * @generated
	 */
	public Adapter createRelationshipCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.BoundaryEvent <em>Boundary Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.BoundaryEvent
	 * @generated
	 */
	public Adapter createBoundaryEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.ActionPoint <em>Action Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.ActionPoint
	 * @generated
	 */
	public Adapter createActionPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.ReviewComment
	 * @generated
	 */
	public Adapter createReviewCommentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Amendment <em>Amendment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Amendment
	 * @generated
	 */
	public Adapter createAmendmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Unlock <em>Unlock</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Unlock
	 * @generated
	 */
	public Adapter createUnlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Catalogue <em>Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Catalogue
	 * @generated
	 */
	public Adapter createCatalogueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.CatalogueEntry <em>Catalogue Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.CatalogueEntry
	 * @generated
	 */
	public Adapter createCatalogueEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Technique <em>Technique</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Technique
	 * @generated
	 */
	public Adapter createTechniqueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.ClauseTemplate <em>Clause Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.ClauseTemplate
	 * @generated
	 */
	public Adapter createClauseTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.ReflectionFramework <em>Reflection Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.ReflectionFramework
	 * @generated
	 */
	public Adapter createReflectionFrameworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.FrameworkStage <em>Framework Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.FrameworkStage
	 * @generated
	 */
	public Adapter createFrameworkStageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.InstrumentStructure <em>Instrument Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.InstrumentStructure
	 * @generated
	 */
	public Adapter createInstrumentStructureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.Subscale <em>Subscale</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.Subscale
	 * @generated
	 */
	public Adapter createSubscaleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.model.InstrumentItem <em>Instrument Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.model.InstrumentItem
	 * @generated
	 */
	public Adapter createInstrumentItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //RapportAdapterFactory
