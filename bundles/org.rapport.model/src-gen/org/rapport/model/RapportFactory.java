/**
 */
package org.rapport.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.rapport.model.RapportPackage
 * @generated
 */
public interface RapportFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RapportFactory eINSTANCE = org.rapport.model.impl.RapportFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Casebook</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Casebook</em>'.
	 * @generated
	 */
	Casebook createCasebook();

	/**
	 * Returns a new object of class '<em>Client Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Client Case</em>'.
	 * @generated
	 */
	ClientCase createClientCase();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RapportPackage getRapportPackage();

} //RapportFactory
