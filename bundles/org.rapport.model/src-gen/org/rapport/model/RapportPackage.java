/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The shared model of Rapport Workbench: the casebook a trainee works in and the documents of training.
 * <!-- end-model-doc -->
 * @see org.rapport.model.RapportFactory
 * @model kind="package"
 * @generated
 */
public interface RapportPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://rapport.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rapport";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RapportPackage eINSTANCE = org.rapport.model.impl.RapportPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.CasebookImpl <em>Casebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.CasebookImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getCasebook()
	 * @generated
	 */
	int CASEBOOK = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Clients</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK__CLIENTS = 1;

	/**
	 * The number of structural features of the '<em>Casebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Casebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEBOOK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.model.impl.ClientCaseImpl <em>Client Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.model.impl.ClientCaseImpl
	 * @see org.rapport.model.impl.RapportPackageImpl#getClientCase()
	 * @generated
	 */
	int CLIENT_CASE = 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE__CODE = 0;

	/**
	 * The number of structural features of the '<em>Client Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Client Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_CASE_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link org.rapport.model.Casebook <em>Casebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Casebook</em>'.
	 * @see org.rapport.model.Casebook
	 * @generated
	 */
	EClass getCasebook();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.Casebook#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rapport.model.Casebook#getTitle()
	 * @see #getCasebook()
	 * @generated
	 */
	EAttribute getCasebook_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.model.Casebook#getClients <em>Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clients</em>'.
	 * @see org.rapport.model.Casebook#getClients()
	 * @see #getCasebook()
	 * @generated
	 */
	EReference getCasebook_Clients();

	/**
	 * Returns the meta object for class '{@link org.rapport.model.ClientCase <em>Client Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client Case</em>'.
	 * @see org.rapport.model.ClientCase
	 * @generated
	 */
	EClass getClientCase();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.model.ClientCase#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rapport.model.ClientCase#getCode()
	 * @see #getClientCase()
	 * @generated
	 */
	EAttribute getClientCase_Code();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RapportFactory getRapportFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.CasebookImpl <em>Casebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.CasebookImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getCasebook()
		 * @generated
		 */
		EClass CASEBOOK = eINSTANCE.getCasebook();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEBOOK__TITLE = eINSTANCE.getCasebook_Title();

		/**
		 * The meta object literal for the '<em><b>Clients</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEBOOK__CLIENTS = eINSTANCE.getCasebook_Clients();

		/**
		 * The meta object literal for the '{@link org.rapport.model.impl.ClientCaseImpl <em>Client Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.model.impl.ClientCaseImpl
		 * @see org.rapport.model.impl.RapportPackageImpl#getClientCase()
		 * @generated
		 */
		EClass CLIENT_CASE = eINSTANCE.getClientCase();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_CASE__CODE = eINSTANCE.getClientCase_Code();

	}

} //RapportPackage
