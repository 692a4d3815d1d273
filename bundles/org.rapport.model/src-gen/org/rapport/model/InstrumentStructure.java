/**
 */
package org.rapport.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument Structure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The structure of a rating instrument: scale, items, subscales and scoring. Item wording is optional; licensed wording comes from an institution's extension.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.InstrumentStructure#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link org.rapport.model.InstrumentStructure#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link org.rapport.model.InstrumentStructure#getScaleAnchors <em>Scale Anchors</em>}</li>
 *   <li>{@link org.rapport.model.InstrumentStructure#getSubscales <em>Subscales</em>}</li>
 *   <li>{@link org.rapport.model.InstrumentStructure#getItems <em>Items</em>}</li>
 *   <li>{@link org.rapport.model.InstrumentStructure#getScoring <em>Scoring</em>}</li>
 *   <li>{@link org.rapport.model.InstrumentStructure#isLicensed <em>Licensed</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getInstrumentStructure()
 * @model
 * @generated
 */
public interface InstrumentStructure extends CatalogueEntry {
	/**
	 * Returns the value of the '<em><b>Scale Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Min</em>' attribute.
	 * @see #setScaleMin(int)
	 * @see org.rapport.model.RapportPackage#getInstrumentStructure_ScaleMin()
	 * @model
	 * @generated
	 */
	int getScaleMin();

	/**
	 * Sets the value of the '{@link org.rapport.model.InstrumentStructure#getScaleMin <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Min</em>' attribute.
	 * @see #getScaleMin()
	 * @generated
	 */
	void setScaleMin(int value);

	/**
	 * Returns the value of the '<em><b>Scale Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Max</em>' attribute.
	 * @see #setScaleMax(int)
	 * @see org.rapport.model.RapportPackage#getInstrumentStructure_ScaleMax()
	 * @model
	 * @generated
	 */
	int getScaleMax();

	/**
	 * Sets the value of the '{@link org.rapport.model.InstrumentStructure#getScaleMax <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Max</em>' attribute.
	 * @see #getScaleMax()
	 * @generated
	 */
	void setScaleMax(int value);

	/**
	 * Returns the value of the '<em><b>Scale Anchors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Anchors</em>' attribute list.
	 * @see org.rapport.model.RapportPackage#getInstrumentStructure_ScaleAnchors()
	 * @model
	 * @generated
	 */
	EList<String> getScaleAnchors();

	/**
	 * Returns the value of the '<em><b>Subscales</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Subscale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subscales</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getInstrumentStructure_Subscales()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subscale> getSubscales();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.InstrumentItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getInstrumentStructure_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstrumentItem> getItems();

	/**
	 * Returns the value of the '<em><b>Scoring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scoring</em>' attribute.
	 * @see #setScoring(String)
	 * @see org.rapport.model.RapportPackage#getInstrumentStructure_Scoring()
	 * @model
	 * @generated
	 */
	String getScoring();

	/**
	 * Sets the value of the '{@link org.rapport.model.InstrumentStructure#getScoring <em>Scoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring</em>' attribute.
	 * @see #getScoring()
	 * @generated
	 */
	void setScoring(String value);

	/**
	 * Returns the value of the '<em><b>Licensed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Licensed</em>' attribute.
	 * @see #setLicensed(boolean)
	 * @see org.rapport.model.RapportPackage#getInstrumentStructure_Licensed()
	 * @model
	 * @generated
	 */
	boolean isLicensed();

	/**
	 * Sets the value of the '{@link org.rapport.model.InstrumentStructure#isLicensed <em>Licensed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licensed</em>' attribute.
	 * @see #isLicensed()
	 * @generated
	 */
	void setLicensed(boolean value);

} // InstrumentStructure
