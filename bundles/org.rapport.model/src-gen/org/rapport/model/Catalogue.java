/**
 */
package org.rapport.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalogue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Techniques, clause templates, reflection frameworks and instrument structures, from the product or an institution. Documents refer to entries by id only.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.Catalogue#getId <em>Id</em>}</li>
 *   <li>{@link org.rapport.model.Catalogue#getInstitution <em>Institution</em>}</li>
 *   <li>{@link org.rapport.model.Catalogue#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.rapport.model.Catalogue#getTechniques <em>Techniques</em>}</li>
 *   <li>{@link org.rapport.model.Catalogue#getClauseTemplates <em>Clause Templates</em>}</li>
 *   <li>{@link org.rapport.model.Catalogue#getFrameworks <em>Frameworks</em>}</li>
 *   <li>{@link org.rapport.model.Catalogue#getInstruments <em>Instruments</em>}</li>
 * </ul>
 *
 * @see org.rapport.model.RapportPackage#getCatalogue()
 * @model
 * @generated
 */
public interface Catalogue extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.rapport.model.RapportPackage#getCatalogue_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.rapport.model.Catalogue#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Institution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Institution</em>' attribute.
	 * @see #setInstitution(String)
	 * @see org.rapport.model.RapportPackage#getCatalogue_Institution()
	 * @model
	 * @generated
	 */
	String getInstitution();

	/**
	 * Sets the value of the '{@link org.rapport.model.Catalogue#getInstitution <em>Institution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Institution</em>' attribute.
	 * @see #getInstitution()
	 * @generated
	 */
	void setInstitution(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.rapport.model.RapportPackage#getCatalogue_FormatVersion()
	 * @model
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.rapport.model.Catalogue#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Techniques</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.Technique}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Techniques</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getCatalogue_Techniques()
	 * @model containment="true"
	 * @generated
	 */
	EList<Technique> getTechniques();

	/**
	 * Returns the value of the '<em><b>Clause Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.ClauseTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clause Templates</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getCatalogue_ClauseTemplates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClauseTemplate> getClauseTemplates();

	/**
	 * Returns the value of the '<em><b>Frameworks</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.ReflectionFramework}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frameworks</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getCatalogue_Frameworks()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReflectionFramework> getFrameworks();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.model.InstrumentStructure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.rapport.model.RapportPackage#getCatalogue_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstrumentStructure> getInstruments();

} // Catalogue
