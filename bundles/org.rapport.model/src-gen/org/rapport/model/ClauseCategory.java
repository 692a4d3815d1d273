/**
 */
package org.rapport.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Clause Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Categories of agreement clauses, drawn from professional codes and the boundary literature.
 * <!-- end-model-doc -->
 * @see org.rapport.model.RapportPackage#getClauseCategory()
 * @model
 * @generated
 */
public enum ClauseCategory implements Enumerator {
	/**
	 * The '<em><b>CONFIDENTIALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIDENTIALITY_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIDENTIALITY(0, "CONFIDENTIALITY", "confidentiality"),

	/**
	 * The '<em><b>SUPERVISION AND RECORDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_AND_RECORDING_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISION_AND_RECORDING(1, "SUPERVISION_AND_RECORDING", "supervision-and-recording"),

	/**
	 * The '<em><b>CONTACT BETWEEN SESSIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT_BETWEEN_SESSIONS_VALUE
	 * @generated
	 * @ordered
	 */
	CONTACT_BETWEEN_SESSIONS(2, "CONTACT_BETWEEN_SESSIONS", "contact-between-sessions"),

	/**
	 * The '<em><b>SESSION TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SESSION_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	SESSION_TIME(3, "SESSION_TIME", "session-time"),

	/**
	 * The '<em><b>CANCELLATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANCELLATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	CANCELLATIONS(4, "CANCELLATIONS", "cancellations"),

	/**
	 * The '<em><b>FEES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEES_VALUE
	 * @generated
	 * @ordered
	 */
	FEES(5, "FEES", "fees"),

	/**
	 * The '<em><b>DUAL RELATIONSHIPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUAL_RELATIONSHIPS_VALUE
	 * @generated
	 * @ordered
	 */
	DUAL_RELATIONSHIPS(6, "DUAL_RELATIONSHIPS", "dual-relationships"),

	/**
	 * The '<em><b>GIFTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIFTS_VALUE
	 * @generated
	 * @ordered
	 */
	GIFTS(7, "GIFTS", "gifts"),

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MEDIA(8, "SOCIAL_MEDIA", "social-media"),

	/**
	 * The '<em><b>PHYSICAL CONTACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_CONTACT(9, "PHYSICAL_CONTACT", "physical-contact"),

	/**
	 * The '<em><b>SELF DISCLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_DISCLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_DISCLOSURE(10, "SELF_DISCLOSURE", "self-disclosure"),

	/**
	 * The '<em><b>ENDING AND REFERRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDING_AND_REFERRAL_VALUE
	 * @generated
	 * @ordered
	 */
	ENDING_AND_REFERRAL(11, "ENDING_AND_REFERRAL", "ending-and-referral"),

	/**
	 * The '<em><b>CONTINUITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUITY_VALUE
	 * @generated
	 * @ordered
	 */
	CONTINUITY(12, "CONTINUITY", "continuity");

	/**
	 * The '<em><b>CONFIDENTIALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIDENTIALITY
	 * @model literal="confidentiality"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIDENTIALITY_VALUE = 0;

	/**
	 * The '<em><b>SUPERVISION AND RECORDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_AND_RECORDING
	 * @model literal="supervision-and-recording"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISION_AND_RECORDING_VALUE = 1;

	/**
	 * The '<em><b>CONTACT BETWEEN SESSIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT_BETWEEN_SESSIONS
	 * @model literal="contact-between-sessions"
	 * @generated
	 * @ordered
	 */
	public static final int CONTACT_BETWEEN_SESSIONS_VALUE = 2;

	/**
	 * The '<em><b>SESSION TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SESSION_TIME
	 * @model literal="session-time"
	 * @generated
	 * @ordered
	 */
	public static final int SESSION_TIME_VALUE = 3;

	/**
	 * The '<em><b>CANCELLATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANCELLATIONS
	 * @model literal="cancellations"
	 * @generated
	 * @ordered
	 */
	public static final int CANCELLATIONS_VALUE = 4;

	/**
	 * The '<em><b>FEES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEES
	 * @model literal="fees"
	 * @generated
	 * @ordered
	 */
	public static final int FEES_VALUE = 5;

	/**
	 * The '<em><b>DUAL RELATIONSHIPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUAL_RELATIONSHIPS
	 * @model literal="dual-relationships"
	 * @generated
	 * @ordered
	 */
	public static final int DUAL_RELATIONSHIPS_VALUE = 6;

	/**
	 * The '<em><b>GIFTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIFTS
	 * @model literal="gifts"
	 * @generated
	 * @ordered
	 */
	public static final int GIFTS_VALUE = 7;

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA
	 * @model literal="social-media"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MEDIA_VALUE = 8;

	/**
	 * The '<em><b>PHYSICAL CONTACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_CONTACT
	 * @model literal="physical-contact"
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_CONTACT_VALUE = 9;

	/**
	 * The '<em><b>SELF DISCLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_DISCLOSURE
	 * @model literal="self-disclosure"
	 * @generated
	 * @ordered
	 */
	public static final int SELF_DISCLOSURE_VALUE = 10;

	/**
	 * The '<em><b>ENDING AND REFERRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDING_AND_REFERRAL
	 * @model literal="ending-and-referral"
	 * @generated
	 * @ordered
	 */
	public static final int ENDING_AND_REFERRAL_VALUE = 11;

	/**
	 * The '<em><b>CONTINUITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUITY
	 * @model literal="continuity"
	 * @generated
	 * @ordered
	 */
	public static final int CONTINUITY_VALUE = 12;

	/**
	 * An array of all the '<em><b>Clause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ClauseCategory[] VALUES_ARRAY =
		new ClauseCategory[] {
			CONFIDENTIALITY,
			SUPERVISION_AND_RECORDING,
			CONTACT_BETWEEN_SESSIONS,
			SESSION_TIME,
			CANCELLATIONS,
			FEES,
			DUAL_RELATIONSHIPS,
			GIFTS,
			SOCIAL_MEDIA,
			PHYSICAL_CONTACT,
			SELF_DISCLOSURE,
			ENDING_AND_REFERRAL,
			CONTINUITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Clause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ClauseCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Clause Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClauseCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClauseCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Clause Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClauseCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClauseCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Clause Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClauseCategory get(int value) {
		switch (value) {
			case CONFIDENTIALITY_VALUE: return CONFIDENTIALITY;
			case SUPERVISION_AND_RECORDING_VALUE: return SUPERVISION_AND_RECORDING;
			case CONTACT_BETWEEN_SESSIONS_VALUE: return CONTACT_BETWEEN_SESSIONS;
			case SESSION_TIME_VALUE: return SESSION_TIME;
			case CANCELLATIONS_VALUE: return CANCELLATIONS;
			case FEES_VALUE: return FEES;
			case DUAL_RELATIONSHIPS_VALUE: return DUAL_RELATIONSHIPS;
			case GIFTS_VALUE: return GIFTS;
			case SOCIAL_MEDIA_VALUE: return SOCIAL_MEDIA;
			case PHYSICAL_CONTACT_VALUE: return PHYSICAL_CONTACT;
			case SELF_DISCLOSURE_VALUE: return SELF_DISCLOSURE;
			case ENDING_AND_REFERRAL_VALUE: return ENDING_AND_REFERRAL;
			case CONTINUITY_VALUE: return CONTINUITY;
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
	private ClauseCategory(int value, String name, String literal) {
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
	
} //ClauseCategory
