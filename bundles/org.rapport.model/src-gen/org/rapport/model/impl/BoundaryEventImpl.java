/**
 */
package org.rapport.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.rapport.model.BoundaryEvent;
import org.rapport.model.BoundaryEventKind;
import org.rapport.model.RapportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Boundary Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.BoundaryEventImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryEventImpl#getHandling <em>Handling</em>}</li>
 *   <li>{@link org.rapport.model.impl.BoundaryEventImpl#getClauseId <em>Clause Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BoundaryEventImpl extends MinimalEObjectImpl.Container implements BoundaryEvent {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final BoundaryEventKind KIND_EDEFAULT = BoundaryEventKind.CROSSING;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected BoundaryEventKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandling() <em>Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandling()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDLING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandling() <em>Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandling()
	 * @generated
	 * @ordered
	 */
	protected String handling = HANDLING_EDEFAULT;

	/**
	 * The default value of the '{@link #getClauseId() <em>Clause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClauseId()
	 * @generated
	 * @ordered
	 */
	protected static final String CLAUSE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClauseId() <em>Clause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClauseId()
	 * @generated
	 * @ordered
	 */
	protected String clauseId = CLAUSE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BoundaryEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.BOUNDARY_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.BOUNDARY_EVENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundaryEventKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(BoundaryEventKind newKind) {
		BoundaryEventKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.BOUNDARY_EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandling() {
		return handling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandling(String newHandling) {
		String oldHandling = handling;
		handling = newHandling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.BOUNDARY_EVENT__HANDLING, oldHandling, handling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClauseId() {
		return clauseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClauseId(String newClauseId) {
		String oldClauseId = clauseId;
		clauseId = newClauseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.BOUNDARY_EVENT__CLAUSE_ID, oldClauseId, clauseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RapportPackage.BOUNDARY_EVENT__DESCRIPTION:
				return getDescription();
			case RapportPackage.BOUNDARY_EVENT__KIND:
				return getKind();
			case RapportPackage.BOUNDARY_EVENT__HANDLING:
				return getHandling();
			case RapportPackage.BOUNDARY_EVENT__CLAUSE_ID:
				return getClauseId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RapportPackage.BOUNDARY_EVENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RapportPackage.BOUNDARY_EVENT__KIND:
				setKind((BoundaryEventKind)newValue);
				return;
			case RapportPackage.BOUNDARY_EVENT__HANDLING:
				setHandling((String)newValue);
				return;
			case RapportPackage.BOUNDARY_EVENT__CLAUSE_ID:
				setClauseId((String)newValue);
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
			case RapportPackage.BOUNDARY_EVENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RapportPackage.BOUNDARY_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RapportPackage.BOUNDARY_EVENT__HANDLING:
				setHandling(HANDLING_EDEFAULT);
				return;
			case RapportPackage.BOUNDARY_EVENT__CLAUSE_ID:
				setClauseId(CLAUSE_ID_EDEFAULT);
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
			case RapportPackage.BOUNDARY_EVENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RapportPackage.BOUNDARY_EVENT__KIND:
				return kind != KIND_EDEFAULT;
			case RapportPackage.BOUNDARY_EVENT__HANDLING:
				return HANDLING_EDEFAULT == null ? handling != null : !HANDLING_EDEFAULT.equals(handling);
			case RapportPackage.BOUNDARY_EVENT__CLAUSE_ID:
				return CLAUSE_ID_EDEFAULT == null ? clauseId != null : !CLAUSE_ID_EDEFAULT.equals(clauseId);
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
		result.append(" (description: ");
		result.append(description);
		result.append(", kind: ");
		result.append(kind);
		result.append(", handling: ");
		result.append(handling);
		result.append(", clauseId: ");
		result.append(clauseId);
		result.append(')');
		return result.toString();
	}

} //BoundaryEventImpl
