/**
 */
package org.rapport.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Signature Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a signature was given.
 * <!-- end-model-doc -->
 * @see org.rapport.model.RapportPackage#getSignatureMethod()
 * @model
 * @generated
 */
public enum SignatureMethod implements Enumerator {
	/**
	 * The '<em><b>PAPER RECORDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAPER_RECORDED_VALUE
	 * @generated
	 * @ordered
	 */
	PAPER_RECORDED(0, "PAPER_RECORDED", "paper-recorded"),

	/**
	 * The '<em><b>TYPED IN SESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPED_IN_SESSION_VALUE
	 * @generated
	 * @ordered
	 */
	TYPED_IN_SESSION(1, "TYPED_IN_SESSION", "typed-in-session");

	/**
	 * The '<em><b>PAPER RECORDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAPER_RECORDED
	 * @model literal="paper-recorded"
	 * @generated
	 * @ordered
	 */
	public static final int PAPER_RECORDED_VALUE = 0;

	/**
	 * The '<em><b>TYPED IN SESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPED_IN_SESSION
	 * @model literal="typed-in-session"
	 * @generated
	 * @ordered
	 */
	public static final int TYPED_IN_SESSION_VALUE = 1;

	/**
	 * An array of all the '<em><b>Signature Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SignatureMethod[] VALUES_ARRAY =
		new SignatureMethod[] {
			PAPER_RECORDED,
			TYPED_IN_SESSION,
		};

	/**
	 * A public read-only list of all the '<em><b>Signature Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SignatureMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Signature Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignatureMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignatureMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signature Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignatureMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignatureMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signature Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignatureMethod get(int value) {
		switch (value) {
			case PAPER_RECORDED_VALUE: return PAPER_RECORDED;
			case TYPED_IN_SESSION_VALUE: return TYPED_IN_SESSION;
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
	private SignatureMethod(int value, String name, String literal) {
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
	
} //SignatureMethod
