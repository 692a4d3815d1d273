/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.rapport.model.RapportPackage
 * @generated
 */
public interface RapportFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RapportFactory eINSTANCE = org.rapport.model.impl.RapportFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Casebook</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Casebook</em>'.
	 * @generated
	 */
	Casebook createCasebook();

	/**
	 * Returns a new object of class '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Person</em>'.
	 * @generated
	 */
	Person createPerson();

	/**
	 * Returns a new object of class '<em>Person Key</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Person Key</em>'.
	 * @generated
	 */
	PersonKey createPersonKey();

	/**
	 * Returns a new object of class '<em>Client Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Client Case</em>'.
	 * @generated
	 */
	ClientCase createClientCase();

	/**
	 * Returns a new object of class '<em>Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Session</em>'.
	 * @generated
	 */
	Session createSession();

	/**
	 * Returns a new object of class '<em>Document Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Document Entry</em>'.
	 * @generated
	 */
	DocumentEntry createDocumentEntry();

	/**
	 * Returns a new object of class '<em>Signed Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Signed Step</em>'.
	 * @generated
	 */
	SignedStep createSignedStep();

	/**
	 * Returns a new object of class '<em>Session Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Session Plan</em>'.
	 * @generated
	 */
	SessionPlan createSessionPlan();

	/**
	 * Returns a new object of class '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Goal</em>'.
	 * @generated
	 */
	Goal createGoal();

	/**
	 * Returns a new object of class '<em>Agenda Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Agenda Item</em>'.
	 * @generated
	 */
	AgendaItem createAgendaItem();

	/**
	 * Returns a new object of class '<em>Planned Technique</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planned Technique</em>'.
	 * @generated
	 */
	PlannedTechnique createPlannedTechnique();

	/**
	 * Returns a new object of class '<em>Risk Consideration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Risk Consideration</em>'.
	 * @generated
	 */
	RiskConsideration createRiskConsideration();

	/**
	 * Returns a new object of class '<em>Carried Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Carried Action</em>'.
	 * @generated
	 */
	CarriedAction createCarriedAction();

	/**
	 * Returns a new object of class '<em>Boundary Agreement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Boundary Agreement</em>'.
	 * @generated
	 */
	BoundaryAgreement createBoundaryAgreement();

	/**
	 * Returns a new object of class '<em>Party</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Party</em>'.
	 * @generated
	 */
	Party createParty();

	/**
	 * Returns a new object of class '<em>Clause</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Clause</em>'.
	 * @generated
	 */
	Clause createClause();

	/**
	 * Returns a new object of class '<em>Signature</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Signature</em>'.
	 * @generated
	 */
	Signature createSignature();

	/**
	 * Returns a new object of class '<em>Reflection Note</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reflection Note</em>'.
	 * @generated
	 */
	ReflectionNote createReflectionNote();

	/**
	 * Returns a new object of class '<em>Stage Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stage Answer</em>'.
	 * @generated
	 */
	StageAnswer createStageAnswer();

	/**
	 * Returns a new object of class '<em>Technique Rating</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Technique Rating</em>'.
	 * @generated
	 */
	TechniqueRating createTechniqueRating();

	/**
	 * Returns a new object of class '<em>Relationship Check</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Relationship Check</em>'.
	 * @generated
	 */
	RelationshipCheck createRelationshipCheck();

	/**
	 * Returns a new object of class '<em>Boundary Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Boundary Event</em>'.
	 * @generated
	 */
	BoundaryEvent createBoundaryEvent();

	/**
	 * Returns a new object of class '<em>Action Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action Point</em>'.
	 * @generated
	 */
	ActionPoint createActionPoint();

	/**
	 * Returns a new object of class '<em>Review Comment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Comment</em>'.
	 * @generated
	 */
	ReviewComment createReviewComment();

	/**
	 * Returns a new object of class '<em>Amendment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Amendment</em>'.
	 * @generated
	 */
	Amendment createAmendment();

	/**
	 * Returns a new object of class '<em>Unlock</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Unlock</em>'.
	 * @generated
	 */
	Unlock createUnlock();

	/**
	 * Returns a new object of class '<em>Catalogue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Catalogue</em>'.
	 * @generated
	 */
	Catalogue createCatalogue();

	/**
	 * Returns a new object of class '<em>Technique</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Technique</em>'.
	 * @generated
	 */
	Technique createTechnique();

	/**
	 * Returns a new object of class '<em>Clause Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Clause Template</em>'.
	 * @generated
	 */
	ClauseTemplate createClauseTemplate();

	/**
	 * Returns a new object of class '<em>Reflection Framework</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reflection Framework</em>'.
	 * @generated
	 */
	ReflectionFramework createReflectionFramework();

	/**
	 * Returns a new object of class '<em>Framework Stage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Framework Stage</em>'.
	 * @generated
	 */
	FrameworkStage createFrameworkStage();

	/**
	 * Returns a new object of class '<em>Instrument Structure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instrument Structure</em>'.
	 * @generated
	 */
	InstrumentStructure createInstrumentStructure();

	/**
	 * Returns a new object of class '<em>Subscale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subscale</em>'.
	 * @generated
	 */
	Subscale createSubscale();

	/**
	 * Returns a new object of class '<em>Instrument Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instrument Item</em>'.
	 * @generated
	 */
	InstrumentItem createInstrumentItem();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RapportPackage getRapportPackage();

} //RapportFactory
