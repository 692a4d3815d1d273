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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.model.InstrumentItem;
import org.rapport.model.InstrumentStructure;
import org.rapport.model.RapportPackage;
import org.rapport.model.Subscale;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument Structure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.InstrumentStructureImpl#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link org.rapport.model.impl.InstrumentStructureImpl#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link org.rapport.model.impl.InstrumentStructureImpl#getScaleAnchors <em>Scale Anchors</em>}</li>
 *   <li>{@link org.rapport.model.impl.InstrumentStructureImpl#getSubscales <em>Subscales</em>}</li>
 *   <li>{@link org.rapport.model.impl.InstrumentStructureImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.rapport.model.impl.InstrumentStructureImpl#getScoring <em>Scoring</em>}</li>
 *   <li>{@link org.rapport.model.impl.InstrumentStructureImpl#isLicensed <em>Licensed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentStructureImpl extends CatalogueEntryImpl implements InstrumentStructure {
	/**
	 * The default value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected static final int SCALE_MIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected int scaleMin = SCALE_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected static final int SCALE_MAX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected int scaleMax = SCALE_MAX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScaleAnchors() <em>Scale Anchors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleAnchors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> scaleAnchors;

	/**
	 * The cached value of the '{@link #getSubscales() <em>Subscales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscales()
	 * @generated
	 * @ordered
	 */
	protected EList<Subscale> subscales;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<InstrumentItem> items;

	/**
	 * The default value of the '{@link #getScoring() <em>Scoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoring()
	 * @generated
	 * @ordered
	 */
	protected static final String SCORING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScoring() <em>Scoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoring()
	 * @generated
	 * @ordered
	 */
	protected String scoring = SCORING_EDEFAULT;

	/**
	 * The default value of the '{@link #isLicensed() <em>Licensed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLicensed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LICENSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLicensed() <em>Licensed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLicensed()
	 * @generated
	 * @ordered
	 */
	protected boolean licensed = LICENSED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentStructureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.INSTRUMENT_STRUCTURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScaleMin() {
		return scaleMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMin(int newScaleMin) {
		int oldScaleMin = scaleMin;
		scaleMin = newScaleMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MIN, oldScaleMin, scaleMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScaleMax() {
		return scaleMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMax(int newScaleMax) {
		int oldScaleMax = scaleMax;
		scaleMax = newScaleMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MAX, oldScaleMax, scaleMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScaleAnchors() {
		if (scaleAnchors == null) {
			scaleAnchors = new EDataTypeUniqueEList<String>(String.class, this, RapportPackage.INSTRUMENT_STRUCTURE__SCALE_ANCHORS);
		}
		return scaleAnchors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subscale> getSubscales() {
		if (subscales == null) {
			subscales = new EObjectContainmentEList<Subscale>(Subscale.class, this, RapportPackage.INSTRUMENT_STRUCTURE__SUBSCALES);
		}
		return subscales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstrumentItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<InstrumentItem>(InstrumentItem.class, this, RapportPackage.INSTRUMENT_STRUCTURE__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScoring() {
		return scoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoring(String newScoring) {
		String oldScoring = scoring;
		scoring = newScoring;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.INSTRUMENT_STRUCTURE__SCORING, oldScoring, scoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLicensed() {
		return licensed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicensed(boolean newLicensed) {
		boolean oldLicensed = licensed;
		licensed = newLicensed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.INSTRUMENT_STRUCTURE__LICENSED, oldLicensed, licensed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RapportPackage.INSTRUMENT_STRUCTURE__SUBSCALES:
				return ((InternalEList<?>)getSubscales()).basicRemove(otherEnd, msgs);
			case RapportPackage.INSTRUMENT_STRUCTURE__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MIN:
				return getScaleMin();
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MAX:
				return getScaleMax();
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_ANCHORS:
				return getScaleAnchors();
			case RapportPackage.INSTRUMENT_STRUCTURE__SUBSCALES:
				return getSubscales();
			case RapportPackage.INSTRUMENT_STRUCTURE__ITEMS:
				return getItems();
			case RapportPackage.INSTRUMENT_STRUCTURE__SCORING:
				return getScoring();
			case RapportPackage.INSTRUMENT_STRUCTURE__LICENSED:
				return isLicensed();
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
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MIN:
				setScaleMin((Integer)newValue);
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MAX:
				setScaleMax((Integer)newValue);
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_ANCHORS:
				getScaleAnchors().clear();
				getScaleAnchors().addAll((Collection<? extends String>)newValue);
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__SUBSCALES:
				getSubscales().clear();
				getSubscales().addAll((Collection<? extends Subscale>)newValue);
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends InstrumentItem>)newValue);
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__SCORING:
				setScoring((String)newValue);
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__LICENSED:
				setLicensed((Boolean)newValue);
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
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MIN:
				setScaleMin(SCALE_MIN_EDEFAULT);
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MAX:
				setScaleMax(SCALE_MAX_EDEFAULT);
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_ANCHORS:
				getScaleAnchors().clear();
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__SUBSCALES:
				getSubscales().clear();
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__ITEMS:
				getItems().clear();
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__SCORING:
				setScoring(SCORING_EDEFAULT);
				return;
			case RapportPackage.INSTRUMENT_STRUCTURE__LICENSED:
				setLicensed(LICENSED_EDEFAULT);
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
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MIN:
				return scaleMin != SCALE_MIN_EDEFAULT;
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_MAX:
				return scaleMax != SCALE_MAX_EDEFAULT;
			case RapportPackage.INSTRUMENT_STRUCTURE__SCALE_ANCHORS:
				return scaleAnchors != null && !scaleAnchors.isEmpty();
			case RapportPackage.INSTRUMENT_STRUCTURE__SUBSCALES:
				return subscales != null && !subscales.isEmpty();
			case RapportPackage.INSTRUMENT_STRUCTURE__ITEMS:
				return items != null && !items.isEmpty();
			case RapportPackage.INSTRUMENT_STRUCTURE__SCORING:
				return SCORING_EDEFAULT == null ? scoring != null : !SCORING_EDEFAULT.equals(scoring);
			case RapportPackage.INSTRUMENT_STRUCTURE__LICENSED:
				return licensed != LICENSED_EDEFAULT;
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
		result.append(" (scaleMin: ");
		result.append(scaleMin);
		result.append(", scaleMax: ");
		result.append(scaleMax);
		result.append(", scaleAnchors: ");
		result.append(scaleAnchors);
		result.append(", scoring: ");
		result.append(scoring);
		result.append(", licensed: ");
		result.append(licensed);
		result.append(')');
		return result.toString();
	}

} //InstrumentStructureImpl
