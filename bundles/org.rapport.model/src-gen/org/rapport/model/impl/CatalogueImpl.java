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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.model.Catalogue;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.InstrumentStructure;
import org.rapport.model.RapportPackage;
import org.rapport.model.ReflectionFramework;
import org.rapport.model.Technique;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalogue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.CatalogueImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.CatalogueImpl#getInstitution <em>Institution</em>}</li>
 *   <li>{@link org.rapport.model.impl.CatalogueImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.rapport.model.impl.CatalogueImpl#getTechniques <em>Techniques</em>}</li>
 *   <li>{@link org.rapport.model.impl.CatalogueImpl#getClauseTemplates <em>Clause Templates</em>}</li>
 *   <li>{@link org.rapport.model.impl.CatalogueImpl#getFrameworks <em>Frameworks</em>}</li>
 *   <li>{@link org.rapport.model.impl.CatalogueImpl#getInstruments <em>Instruments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogueImpl extends MinimalEObjectImpl.Container implements Catalogue {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstitution() <em>Institution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstitution()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTITUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstitution() <em>Institution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstitution()
	 * @generated
	 * @ordered
	 */
	protected String institution = INSTITUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTechniques() <em>Techniques</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechniques()
	 * @generated
	 * @ordered
	 */
	protected EList<Technique> techniques;

	/**
	 * The cached value of the '{@link #getClauseTemplates() <em>Clause Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClauseTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<ClauseTemplate> clauseTemplates;

	/**
	 * The cached value of the '{@link #getFrameworks() <em>Frameworks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameworks()
	 * @generated
	 * @ordered
	 */
	protected EList<ReflectionFramework> frameworks;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<InstrumentStructure> instruments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.CATALOGUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CATALOGUE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstitution() {
		return institution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstitution(String newInstitution) {
		String oldInstitution = institution;
		institution = newInstitution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CATALOGUE__INSTITUTION, oldInstitution, institution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CATALOGUE__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technique> getTechniques() {
		if (techniques == null) {
			techniques = new EObjectContainmentEList<Technique>(Technique.class, this, RapportPackage.CATALOGUE__TECHNIQUES);
		}
		return techniques;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClauseTemplate> getClauseTemplates() {
		if (clauseTemplates == null) {
			clauseTemplates = new EObjectContainmentEList<ClauseTemplate>(ClauseTemplate.class, this, RapportPackage.CATALOGUE__CLAUSE_TEMPLATES);
		}
		return clauseTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReflectionFramework> getFrameworks() {
		if (frameworks == null) {
			frameworks = new EObjectContainmentEList<ReflectionFramework>(ReflectionFramework.class, this, RapportPackage.CATALOGUE__FRAMEWORKS);
		}
		return frameworks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstrumentStructure> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<InstrumentStructure>(InstrumentStructure.class, this, RapportPackage.CATALOGUE__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RapportPackage.CATALOGUE__TECHNIQUES:
				return ((InternalEList<?>)getTechniques()).basicRemove(otherEnd, msgs);
			case RapportPackage.CATALOGUE__CLAUSE_TEMPLATES:
				return ((InternalEList<?>)getClauseTemplates()).basicRemove(otherEnd, msgs);
			case RapportPackage.CATALOGUE__FRAMEWORKS:
				return ((InternalEList<?>)getFrameworks()).basicRemove(otherEnd, msgs);
			case RapportPackage.CATALOGUE__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
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
			case RapportPackage.CATALOGUE__ID:
				return getId();
			case RapportPackage.CATALOGUE__INSTITUTION:
				return getInstitution();
			case RapportPackage.CATALOGUE__FORMAT_VERSION:
				return getFormatVersion();
			case RapportPackage.CATALOGUE__TECHNIQUES:
				return getTechniques();
			case RapportPackage.CATALOGUE__CLAUSE_TEMPLATES:
				return getClauseTemplates();
			case RapportPackage.CATALOGUE__FRAMEWORKS:
				return getFrameworks();
			case RapportPackage.CATALOGUE__INSTRUMENTS:
				return getInstruments();
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
			case RapportPackage.CATALOGUE__ID:
				setId((String)newValue);
				return;
			case RapportPackage.CATALOGUE__INSTITUTION:
				setInstitution((String)newValue);
				return;
			case RapportPackage.CATALOGUE__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case RapportPackage.CATALOGUE__TECHNIQUES:
				getTechniques().clear();
				getTechniques().addAll((Collection<? extends Technique>)newValue);
				return;
			case RapportPackage.CATALOGUE__CLAUSE_TEMPLATES:
				getClauseTemplates().clear();
				getClauseTemplates().addAll((Collection<? extends ClauseTemplate>)newValue);
				return;
			case RapportPackage.CATALOGUE__FRAMEWORKS:
				getFrameworks().clear();
				getFrameworks().addAll((Collection<? extends ReflectionFramework>)newValue);
				return;
			case RapportPackage.CATALOGUE__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends InstrumentStructure>)newValue);
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
			case RapportPackage.CATALOGUE__ID:
				setId(ID_EDEFAULT);
				return;
			case RapportPackage.CATALOGUE__INSTITUTION:
				setInstitution(INSTITUTION_EDEFAULT);
				return;
			case RapportPackage.CATALOGUE__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case RapportPackage.CATALOGUE__TECHNIQUES:
				getTechniques().clear();
				return;
			case RapportPackage.CATALOGUE__CLAUSE_TEMPLATES:
				getClauseTemplates().clear();
				return;
			case RapportPackage.CATALOGUE__FRAMEWORKS:
				getFrameworks().clear();
				return;
			case RapportPackage.CATALOGUE__INSTRUMENTS:
				getInstruments().clear();
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
			case RapportPackage.CATALOGUE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RapportPackage.CATALOGUE__INSTITUTION:
				return INSTITUTION_EDEFAULT == null ? institution != null : !INSTITUTION_EDEFAULT.equals(institution);
			case RapportPackage.CATALOGUE__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case RapportPackage.CATALOGUE__TECHNIQUES:
				return techniques != null && !techniques.isEmpty();
			case RapportPackage.CATALOGUE__CLAUSE_TEMPLATES:
				return clauseTemplates != null && !clauseTemplates.isEmpty();
			case RapportPackage.CATALOGUE__FRAMEWORKS:
				return frameworks != null && !frameworks.isEmpty();
			case RapportPackage.CATALOGUE__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", institution: ");
		result.append(institution);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //CatalogueImpl
