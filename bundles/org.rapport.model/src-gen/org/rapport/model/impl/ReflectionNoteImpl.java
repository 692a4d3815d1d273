/**
 */
package org.rapport.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.model.ActionPoint;
import org.rapport.model.Amendment;
import org.rapport.model.BoundaryEvent;
import org.rapport.model.RapportPackage;
import org.rapport.model.ReflectionNote;
import org.rapport.model.RelationshipCheck;
import org.rapport.model.ReviewComment;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Signature;
import org.rapport.model.StageAnswer;
import org.rapport.model.TechniqueRating;
import org.rapport.model.Unlock;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reflection Note</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getFrameworkId <em>Framework Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getRatings <em>Ratings</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getBoundaryEvents <em>Boundary Events</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getLearningPoints <em>Learning Points</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getActionPoints <em>Action Points</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getSupervisionQuestions <em>Supervision Questions</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getComments <em>Comments</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getApproval <em>Approval</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getAmendments <em>Amendments</em>}</li>
 *   <li>{@link org.rapport.model.impl.ReflectionNoteImpl#getUnlocks <em>Unlocks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReflectionNoteImpl extends DocumentImpl implements ReflectionNote {
	/**
	 * The default value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SESSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected String sessionId = SESSION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameworkId() <em>Framework Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameworkId()
	 * @generated
	 * @ordered
	 */
	protected static final String FRAMEWORK_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrameworkId() <em>Framework Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameworkId()
	 * @generated
	 * @ordered
	 */
	protected String frameworkId = FRAMEWORK_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<StageAnswer> answers;

	/**
	 * The cached value of the '{@link #getRatings() <em>Ratings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatings()
	 * @generated
	 * @ordered
	 */
	protected EList<TechniqueRating> ratings;

	/**
	 * The cached value of the '{@link #getRelationship() <em>Relationship</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected RelationshipCheck relationship;

	/**
	 * The cached value of the '{@link #getBoundaryEvents() <em>Boundary Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundaryEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<BoundaryEvent> boundaryEvents;

	/**
	 * The cached value of the '{@link #getLearningPoints() <em>Learning Points</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<String> learningPoints;

	/**
	 * The cached value of the '{@link #getActionPoints() <em>Action Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionPoint> actionPoints;

	/**
	 * The default value of the '{@link #getSupervisionQuestions() <em>Supervision Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionQuestions()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPERVISION_QUESTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupervisionQuestions() <em>Supervision Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionQuestions()
	 * @generated
	 * @ordered
	 */
	protected String supervisionQuestions = SUPERVISION_QUESTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewStatus STATUS_EDEFAULT = ReviewStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ReviewStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewComment> comments;

	/**
	 * The cached value of the '{@link #getApproval() <em>Approval</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproval()
	 * @generated
	 * @ordered
	 */
	protected Signature approval;

	/**
	 * The cached value of the '{@link #getAmendments() <em>Amendments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmendments()
	 * @generated
	 * @ordered
	 */
	protected EList<Amendment> amendments;

	/**
	 * The cached value of the '{@link #getUnlocks() <em>Unlocks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnlocks()
	 * @generated
	 * @ordered
	 */
	protected EList<Unlock> unlocks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReflectionNoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.REFLECTION_NOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSessionId() {
		return sessionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionId(String newSessionId) {
		String oldSessionId = sessionId;
		sessionId = newSessionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.REFLECTION_NOTE__SESSION_ID, oldSessionId, sessionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrameworkId() {
		return frameworkId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameworkId(String newFrameworkId) {
		String oldFrameworkId = frameworkId;
		frameworkId = newFrameworkId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.REFLECTION_NOTE__FRAMEWORK_ID, oldFrameworkId, frameworkId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StageAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<StageAnswer>(StageAnswer.class, this, RapportPackage.REFLECTION_NOTE__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TechniqueRating> getRatings() {
		if (ratings == null) {
			ratings = new EObjectContainmentEList<TechniqueRating>(TechniqueRating.class, this, RapportPackage.REFLECTION_NOTE__RATINGS);
		}
		return ratings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipCheck getRelationship() {
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRelationship(RelationshipCheck newRelationship, NotificationChain msgs) {
		RelationshipCheck oldRelationship = relationship;
		relationship = newRelationship;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RapportPackage.REFLECTION_NOTE__RELATIONSHIP, oldRelationship, newRelationship);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationship(RelationshipCheck newRelationship) {
		if (newRelationship != relationship) {
			NotificationChain msgs = null;
			if (relationship != null)
				msgs = ((InternalEObject)relationship).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RapportPackage.REFLECTION_NOTE__RELATIONSHIP, null, msgs);
			if (newRelationship != null)
				msgs = ((InternalEObject)newRelationship).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RapportPackage.REFLECTION_NOTE__RELATIONSHIP, null, msgs);
			msgs = basicSetRelationship(newRelationship, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.REFLECTION_NOTE__RELATIONSHIP, newRelationship, newRelationship));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BoundaryEvent> getBoundaryEvents() {
		if (boundaryEvents == null) {
			boundaryEvents = new EObjectContainmentEList<BoundaryEvent>(BoundaryEvent.class, this, RapportPackage.REFLECTION_NOTE__BOUNDARY_EVENTS);
		}
		return boundaryEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLearningPoints() {
		if (learningPoints == null) {
			learningPoints = new EDataTypeUniqueEList<String>(String.class, this, RapportPackage.REFLECTION_NOTE__LEARNING_POINTS);
		}
		return learningPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionPoint> getActionPoints() {
		if (actionPoints == null) {
			actionPoints = new EObjectContainmentEList<ActionPoint>(ActionPoint.class, this, RapportPackage.REFLECTION_NOTE__ACTION_POINTS);
		}
		return actionPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupervisionQuestions() {
		return supervisionQuestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisionQuestions(String newSupervisionQuestions) {
		String oldSupervisionQuestions = supervisionQuestions;
		supervisionQuestions = newSupervisionQuestions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.REFLECTION_NOTE__SUPERVISION_QUESTIONS, oldSupervisionQuestions, supervisionQuestions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ReviewStatus newStatus) {
		ReviewStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.REFLECTION_NOTE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewComment> getComments() {
		if (comments == null) {
			comments = new EObjectContainmentEList<ReviewComment>(ReviewComment.class, this, RapportPackage.REFLECTION_NOTE__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature getApproval() {
		return approval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetApproval(Signature newApproval, NotificationChain msgs) {
		Signature oldApproval = approval;
		approval = newApproval;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RapportPackage.REFLECTION_NOTE__APPROVAL, oldApproval, newApproval);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproval(Signature newApproval) {
		if (newApproval != approval) {
			NotificationChain msgs = null;
			if (approval != null)
				msgs = ((InternalEObject)approval).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RapportPackage.REFLECTION_NOTE__APPROVAL, null, msgs);
			if (newApproval != null)
				msgs = ((InternalEObject)newApproval).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RapportPackage.REFLECTION_NOTE__APPROVAL, null, msgs);
			msgs = basicSetApproval(newApproval, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.REFLECTION_NOTE__APPROVAL, newApproval, newApproval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Amendment> getAmendments() {
		if (amendments == null) {
			amendments = new EObjectContainmentEList<Amendment>(Amendment.class, this, RapportPackage.REFLECTION_NOTE__AMENDMENTS);
		}
		return amendments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Unlock> getUnlocks() {
		if (unlocks == null) {
			unlocks = new EObjectContainmentEList<Unlock>(Unlock.class, this, RapportPackage.REFLECTION_NOTE__UNLOCKS);
		}
		return unlocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RapportPackage.REFLECTION_NOTE__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
			case RapportPackage.REFLECTION_NOTE__RATINGS:
				return ((InternalEList<?>)getRatings()).basicRemove(otherEnd, msgs);
			case RapportPackage.REFLECTION_NOTE__RELATIONSHIP:
				return basicSetRelationship(null, msgs);
			case RapportPackage.REFLECTION_NOTE__BOUNDARY_EVENTS:
				return ((InternalEList<?>)getBoundaryEvents()).basicRemove(otherEnd, msgs);
			case RapportPackage.REFLECTION_NOTE__ACTION_POINTS:
				return ((InternalEList<?>)getActionPoints()).basicRemove(otherEnd, msgs);
			case RapportPackage.REFLECTION_NOTE__COMMENTS:
				return ((InternalEList<?>)getComments()).basicRemove(otherEnd, msgs);
			case RapportPackage.REFLECTION_NOTE__APPROVAL:
				return basicSetApproval(null, msgs);
			case RapportPackage.REFLECTION_NOTE__AMENDMENTS:
				return ((InternalEList<?>)getAmendments()).basicRemove(otherEnd, msgs);
			case RapportPackage.REFLECTION_NOTE__UNLOCKS:
				return ((InternalEList<?>)getUnlocks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.REFLECTION_NOTE__SESSION_ID:
				return getSessionId();
			case RapportPackage.REFLECTION_NOTE__FRAMEWORK_ID:
				return getFrameworkId();
			case RapportPackage.REFLECTION_NOTE__ANSWERS:
				return getAnswers();
			case RapportPackage.REFLECTION_NOTE__RATINGS:
				return getRatings();
			case RapportPackage.REFLECTION_NOTE__RELATIONSHIP:
				return getRelationship();
			case RapportPackage.REFLECTION_NOTE__BOUNDARY_EVENTS:
				return getBoundaryEvents();
			case RapportPackage.REFLECTION_NOTE__LEARNING_POINTS:
				return getLearningPoints();
			case RapportPackage.REFLECTION_NOTE__ACTION_POINTS:
				return getActionPoints();
			case RapportPackage.REFLECTION_NOTE__SUPERVISION_QUESTIONS:
				return getSupervisionQuestions();
			case RapportPackage.REFLECTION_NOTE__STATUS:
				return getStatus();
			case RapportPackage.REFLECTION_NOTE__COMMENTS:
				return getComments();
			case RapportPackage.REFLECTION_NOTE__APPROVAL:
				return getApproval();
			case RapportPackage.REFLECTION_NOTE__AMENDMENTS:
				return getAmendments();
			case RapportPackage.REFLECTION_NOTE__UNLOCKS:
				return getUnlocks();
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
			case RapportPackage.REFLECTION_NOTE__SESSION_ID:
				setSessionId((String)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__FRAMEWORK_ID:
				setFrameworkId((String)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends StageAnswer>)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__RATINGS:
				getRatings().clear();
				getRatings().addAll((Collection<? extends TechniqueRating>)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__RELATIONSHIP:
				setRelationship((RelationshipCheck)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__BOUNDARY_EVENTS:
				getBoundaryEvents().clear();
				getBoundaryEvents().addAll((Collection<? extends BoundaryEvent>)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__LEARNING_POINTS:
				getLearningPoints().clear();
				getLearningPoints().addAll((Collection<? extends String>)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__ACTION_POINTS:
				getActionPoints().clear();
				getActionPoints().addAll((Collection<? extends ActionPoint>)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__SUPERVISION_QUESTIONS:
				setSupervisionQuestions((String)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__STATUS:
				setStatus((ReviewStatus)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends ReviewComment>)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__APPROVAL:
				setApproval((Signature)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__AMENDMENTS:
				getAmendments().clear();
				getAmendments().addAll((Collection<? extends Amendment>)newValue);
				return;
			case RapportPackage.REFLECTION_NOTE__UNLOCKS:
				getUnlocks().clear();
				getUnlocks().addAll((Collection<? extends Unlock>)newValue);
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
			case RapportPackage.REFLECTION_NOTE__SESSION_ID:
				setSessionId(SESSION_ID_EDEFAULT);
				return;
			case RapportPackage.REFLECTION_NOTE__FRAMEWORK_ID:
				setFrameworkId(FRAMEWORK_ID_EDEFAULT);
				return;
			case RapportPackage.REFLECTION_NOTE__ANSWERS:
				getAnswers().clear();
				return;
			case RapportPackage.REFLECTION_NOTE__RATINGS:
				getRatings().clear();
				return;
			case RapportPackage.REFLECTION_NOTE__RELATIONSHIP:
				setRelationship((RelationshipCheck)null);
				return;
			case RapportPackage.REFLECTION_NOTE__BOUNDARY_EVENTS:
				getBoundaryEvents().clear();
				return;
			case RapportPackage.REFLECTION_NOTE__LEARNING_POINTS:
				getLearningPoints().clear();
				return;
			case RapportPackage.REFLECTION_NOTE__ACTION_POINTS:
				getActionPoints().clear();
				return;
			case RapportPackage.REFLECTION_NOTE__SUPERVISION_QUESTIONS:
				setSupervisionQuestions(SUPERVISION_QUESTIONS_EDEFAULT);
				return;
			case RapportPackage.REFLECTION_NOTE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RapportPackage.REFLECTION_NOTE__COMMENTS:
				getComments().clear();
				return;
			case RapportPackage.REFLECTION_NOTE__APPROVAL:
				setApproval((Signature)null);
				return;
			case RapportPackage.REFLECTION_NOTE__AMENDMENTS:
				getAmendments().clear();
				return;
			case RapportPackage.REFLECTION_NOTE__UNLOCKS:
				getUnlocks().clear();
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
			case RapportPackage.REFLECTION_NOTE__SESSION_ID:
				return SESSION_ID_EDEFAULT == null ? sessionId != null : !SESSION_ID_EDEFAULT.equals(sessionId);
			case RapportPackage.REFLECTION_NOTE__FRAMEWORK_ID:
				return FRAMEWORK_ID_EDEFAULT == null ? frameworkId != null : !FRAMEWORK_ID_EDEFAULT.equals(frameworkId);
			case RapportPackage.REFLECTION_NOTE__ANSWERS:
				return answers != null && !answers.isEmpty();
			case RapportPackage.REFLECTION_NOTE__RATINGS:
				return ratings != null && !ratings.isEmpty();
			case RapportPackage.REFLECTION_NOTE__RELATIONSHIP:
				return relationship != null;
			case RapportPackage.REFLECTION_NOTE__BOUNDARY_EVENTS:
				return boundaryEvents != null && !boundaryEvents.isEmpty();
			case RapportPackage.REFLECTION_NOTE__LEARNING_POINTS:
				return learningPoints != null && !learningPoints.isEmpty();
			case RapportPackage.REFLECTION_NOTE__ACTION_POINTS:
				return actionPoints != null && !actionPoints.isEmpty();
			case RapportPackage.REFLECTION_NOTE__SUPERVISION_QUESTIONS:
				return SUPERVISION_QUESTIONS_EDEFAULT == null ? supervisionQuestions != null : !SUPERVISION_QUESTIONS_EDEFAULT.equals(supervisionQuestions);
			case RapportPackage.REFLECTION_NOTE__STATUS:
				return status != STATUS_EDEFAULT;
			case RapportPackage.REFLECTION_NOTE__COMMENTS:
				return comments != null && !comments.isEmpty();
			case RapportPackage.REFLECTION_NOTE__APPROVAL:
				return approval != null;
			case RapportPackage.REFLECTION_NOTE__AMENDMENTS:
				return amendments != null && !amendments.isEmpty();
			case RapportPackage.REFLECTION_NOTE__UNLOCKS:
				return unlocks != null && !unlocks.isEmpty();
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
		result.append(" (sessionId: ");
		result.append(sessionId);
		result.append(", frameworkId: ");
		result.append(frameworkId);
		result.append(", learningPoints: ");
		result.append(learningPoints);
		result.append(", supervisionQuestions: ");
		result.append(supervisionQuestions);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ReflectionNoteImpl
