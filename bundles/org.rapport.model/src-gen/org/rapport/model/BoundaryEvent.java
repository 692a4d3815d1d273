/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boundary Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that touched the frame: what happened, what kind of event, how it was handled.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.BoundaryEvent#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryEvent#getHandling <em>Handling</em>}</li>
 *   <li>{@link org.rapport.model.BoundaryEvent#getClauseId <em>Clause Id</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getBoundaryEvent()
 * @model
 * @generated
 */
public interface BoundaryEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rapport.model.RapportPackage#getBoundaryEvent_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rapport.model.BoundaryEvent#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.model.BoundaryEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.model.BoundaryEventKind
	 * @see #setKind(BoundaryEventKind)
	 * @see org.rapport.model.RapportPackage#getBoundaryEvent_Kind()
	 * @model
	 * @generated
	 */
	BoundaryEventKind getKind();

	/**
	 * Sets the value of the '{@link org.rapport.model.BoundaryEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.model.BoundaryEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BoundaryEventKind value);

	/**
	 * Returns the value of the '<em><b>Handling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handling</em>' attribute.
	 * @see #setHandling(String)
	 * @see org.rapport.model.RapportPackage#getBoundaryEvent_Handling()
	 * @model
	 * @generated
	 */
	String getHandling();

	/**
	 * Sets the value of the '{@link org.rapport.model.BoundaryEvent#getHandling <em>Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handling</em>' attribute.
	 * @see #getHandling()
	 * @generated
	 */
	void setHandling(String value);

	/**
	 * Returns the value of the '<em><b>Clause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clause Id</em>' attribute.
	 * @see #setClauseId(String)
	 * @see org.rapport.model.RapportPackage#getBoundaryEvent_ClauseId()
	 * @model
	 * @generated
	 */
	String getClauseId();

	/**
	 * Sets the value of the '{@link org.rapport.model.BoundaryEvent#getClauseId <em>Clause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clause Id</em>' attribute.
	 * @see #getClauseId()
	 * @generated
	 */
	void setClauseId(String value);

} // BoundaryEvent
