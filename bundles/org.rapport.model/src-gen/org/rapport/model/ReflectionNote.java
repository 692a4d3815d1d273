/**
 */
package org.rapport.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reflection Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The trainee's structured reflection on one session, and its supervision workflow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.ReflectionNote#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getFrameworkId <em>Framework Id</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getRatings <em>Ratings</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getBoundaryEvents <em>Boundary Events</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getLearningPoints <em>Learning Points</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getActionPoints <em>Action Points</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getSupervisionQuestions <em>Supervision Questions</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getComments <em>Comments</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getApproval <em>Approval</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getAmendments <em>Amendments</em>}</li>
 *   <li>{@link org.rapport.model.ReflectionNote#getUnlocks <em>Unlocks</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getReflectionNote()
 * @model
 * @generated
 */
public interface ReflectionNote extends Document {
	/**
	 * Returns the value of the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session Id</em>' attribute.
	 * @see #setSessionId(String)
	 * @see org.rapport.model.RapportPackage#getReflectionNote_SessionId()
	 * @model
	 * @generated
	 */
	String getSessionId();

	/**
	 * Sets the value of the '{@link org.rapport.model.ReflectionNote#getSessionId <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Id</em>' attribute.
	 * @see #getSessionId()
	 * @generated
	 */
	void setSessionId(String value);

	/**
	 * Returns the value of the '<em><b>Framework Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Framework Id</em>' attribute.
	 * @see #setFrameworkId(String)
	 * @see org.rapport.model.RapportPackage#getReflectionNote_FrameworkId()
	 * @model
	 * @generated
	 */
	String getFrameworkId();

	/**
	 * Sets the value of the '{@link org.rapport.model.ReflectionNote#getFrameworkId <em>Framework Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Framework Id</em>' attribute.
	 * @see #getFrameworkId()
	 * @generated
	 */
	void setFrameworkId(String value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.StageAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getReflectionNote_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<StageAnswer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Ratings</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.TechniqueRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ratings</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getReflectionNote_Ratings()
	 * @model containment="true"
	 * @generated
	 */
	EList<TechniqueRating> getRatings();

	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship</em>' containment reference.
	 * @see #setRelationship(RelationshipCheck)
	 * @see org.rapport.model.RapportPackage#getReflectionNote_Relationship()
	 * @model containment="true"
	 * @generated
	 */
	RelationshipCheck getRelationship();

	/**
	 * Sets the value of the '{@link org.rapport.model.ReflectionNote#getRelationship <em>Relationship</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' containment reference.
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(RelationshipCheck value);

	/**
	 * Returns the value of the '<em><b>Boundary Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.BoundaryEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boundary Events</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getReflectionNote_BoundaryEvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<BoundaryEvent> getBoundaryEvents();

	/**
	 * Returns the value of the '<em><b>Learning Points</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Points</em>' attribute list.
	 * @see org.rapport.model.RapportPackage#getReflectionNote_LearningPoints()
	 * @model
	 * @generated
	 */
	EList<String> getLearningPoints();

	/**
	 * Returns the value of the '<em><b>Action Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.ActionPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action Points</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getReflectionNote_ActionPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionPoint> getActionPoints();

	/**
	 * Returns the value of the '<em><b>Supervision Questions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervision Questions</em>' attribute.
	 * @see #setSupervisionQuestions(String)
	 * @see org.rapport.model.RapportPackage#getReflectionNote_SupervisionQuestions()
	 * @model
	 * @generated
	 */
	String getSupervisionQuestions();

	/**
	 * Sets the value of the '{@link org.rapport.model.ReflectionNote#getSupervisionQuestions <em>Supervision Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervision Questions</em>' attribute.
	 * @see #getSupervisionQuestions()
	 * @generated
	 */
	void setSupervisionQuestions(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.ReviewStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rapport.model.ReviewStatus
	 * @see #setStatus(ReviewStatus)
	 * @see org.rapport.model.RapportPackage#getReflectionNote_Status()
	 * @model
	 * @generated
	 */
	ReviewStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rapport.model.ReflectionNote#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rapport.model.ReviewStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReviewStatus value);

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.ReviewComment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getReflectionNote_Comments()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewComment> getComments();

	/**
	 * Returns the value of the '<em><b>Approval</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The approving supervisor's co-signature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approval</em>' containment reference.
	 * @see #setApproval(Signature)
	 * @see org.rapport.model.RapportPackage#getReflectionNote_Approval()
	 * @model containment="true"
	 * @generated
	 */
	Signature getApproval();

	/**
	 * Sets the value of the '{@link org.rapport.model.ReflectionNote#getApproval <em>Approval</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval</em>' containment reference.
	 * @see #getApproval()
	 * @generated
	 */
	void setApproval(Signature value);

	/**
	 * Returns the value of the '<em><b>Amendments</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Amendment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amendments</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getReflectionNote_Amendments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Amendment> getAmendments();

	/**
	 * Returns the value of the '<em><b>Unlocks</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Unlock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unlocks</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getReflectionNote_Unlocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Unlock> getUnlocks();

} // ReflectionNote
