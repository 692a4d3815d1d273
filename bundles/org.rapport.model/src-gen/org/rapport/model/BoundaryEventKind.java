/**
 */
package org.rapport.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Boundary Event Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Crossings can help therapy; violations exploit the client. Context decides.
 * <!-- end-model-doc -->
 * @see org.rapport.model.RapportPackage#getBoundaryEventKind()
 * @model
 * @generated
 */
public enum BoundaryEventKind implements Enumerator {
	/**
	 * The '<em><b>CROSSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSSING_VALUE
	 * @generated
	 * @ordered
	 */
	CROSSING(0, "CROSSING", "crossing"),

	/**
	 * The '<em><b>RISK OF VIOLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RISK_OF_VIOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	RISK_OF_VIOLATION(1, "RISK_OF_VIOLATION", "risk-of-violation"),

	/**
	 * The '<em><b>VIOLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	VIOLATION(2, "VIOLATION", "violation");

	/**
	 * The '<em><b>CROSSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSSING
	 * @model literal="crossing"
	 * @generated
	 * @ordered
	 */
	public static final int CROSSING_VALUE = 0;

	/**
	 * The '<em><b>RISK OF VIOLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RISK_OF_VIOLATION
	 * @model literal="risk-of-violation"
	 * @generated
	 * @ordered
	 */
	public static final int RISK_OF_VIOLATION_VALUE = 1;

	/**
	 * The '<em><b>VIOLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIOLATION
	 * @model literal="violation"
	 * @generated
	 * @ordered
	 */
	public static final int VIOLATION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Boundary Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BoundaryEventKind[] VALUES_ARRAY =
		new BoundaryEventKind[] {
			CROSSING,
			RISK_OF_VIOLATION,
			VIOLATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Boundary Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BoundaryEventKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Boundary Event Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryEventKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BoundaryEventKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boundary Event Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryEventKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BoundaryEventKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boundary Event Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryEventKind get(int value) {
		switch (value) {
			case CROSSING_VALUE: return CROSSING;
			case RISK_OF_VIOLATION_VALUE: return RISK_OF_VIOLATION;
			case VIOLATION_VALUE: return VIOLATION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private BoundaryEventKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //BoundaryEventKind
