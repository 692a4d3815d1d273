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

import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.Person;
import org.rapport.model.RapportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Casebook</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.model.impl.CasebookImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.rapport.model.impl.CasebookImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rapport.model.impl.CasebookImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.rapport.model.impl.CasebookImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.rapport.model.impl.CasebookImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.rapport.model.impl.CasebookImpl#getClients <em>Clients</em>}</li>
 *   <li>{@link org.rapport.model.impl.CasebookImpl#getRetentionYears <em>Retention Years</em>}</li>
 *   <li>{@link org.rapport.model.impl.CasebookImpl#getAuditAnchor <em>Audit Anchor</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CasebookImpl extends MinimalEObjectImpl.Container implements Casebook {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Person owner;

	/**
	 * The cached value of the '{@link #getClients() <em>Clients</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClients()
	 * @generated
	 * @ordered
	 */
	protected EList<ClientCase> clients;

	/**
	 * The default value of the '{@link #getRetentionYears() <em>Retention Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionYears()
	 * @generated
	 * @ordered
	 */
	protected static final int RETENTION_YEARS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRetentionYears() <em>Retention Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionYears()
	 * @generated
	 * @ordered
	 */
	protected int retentionYears = RETENTION_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuditAnchor() <em>Audit Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditAnchor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUDIT_ANCHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuditAnchor() <em>Audit Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditAnchor()
	 * @generated
	 * @ordered
	 */
	protected String auditAnchor = AUDIT_ANCHOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CasebookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RapportPackage.Literals.CASEBOOK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CASEBOOK__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CASEBOOK__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CASEBOOK__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, RapportPackage.CASEBOOK__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Person newOwner) {
		Person oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CASEBOOK__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClientCase> getClients() {
		if (clients == null) {
			clients = new EObjectContainmentEList<ClientCase>(ClientCase.class, this, RapportPackage.CASEBOOK__CLIENTS);
		}
		return clients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetentionYears() {
		return retentionYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionYears(int newRetentionYears) {
		int oldRetentionYears = retentionYears;
		retentionYears = newRetentionYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CASEBOOK__RETENTION_YEARS, oldRetentionYears, retentionYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuditAnchor() {
		return auditAnchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuditAnchor(String newAuditAnchor) {
		String oldAuditAnchor = auditAnchor;
		auditAnchor = newAuditAnchor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RapportPackage.CASEBOOK__AUDIT_ANCHOR, oldAuditAnchor, auditAnchor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RapportPackage.CASEBOOK__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case RapportPackage.CASEBOOK__CLIENTS:
				return ((InternalEList<?>)getClients()).basicRemove(otherEnd, msgs);
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
			case RapportPackage.CASEBOOK__ID:
				return getId();
			case RapportPackage.CASEBOOK__TITLE:
				return getTitle();
			case RapportPackage.CASEBOOK__FORMAT_VERSION:
				return getFormatVersion();
			case RapportPackage.CASEBOOK__PEOPLE:
				return getPeople();
			case RapportPackage.CASEBOOK__OWNER:
				return getOwner();
			case RapportPackage.CASEBOOK__CLIENTS:
				return getClients();
			case RapportPackage.CASEBOOK__RETENTION_YEARS:
				return getRetentionYears();
			case RapportPackage.CASEBOOK__AUDIT_ANCHOR:
				return getAuditAnchor();
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
			case RapportPackage.CASEBOOK__ID:
				setId((String)newValue);
				return;
			case RapportPackage.CASEBOOK__TITLE:
				setTitle((String)newValue);
				return;
			case RapportPackage.CASEBOOK__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case RapportPackage.CASEBOOK__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case RapportPackage.CASEBOOK__OWNER:
				setOwner((Person)newValue);
				return;
			case RapportPackage.CASEBOOK__CLIENTS:
				getClients().clear();
				getClients().addAll((Collection<? extends ClientCase>)newValue);
				return;
			case RapportPackage.CASEBOOK__RETENTION_YEARS:
				setRetentionYears((Integer)newValue);
				return;
			case RapportPackage.CASEBOOK__AUDIT_ANCHOR:
				setAuditAnchor((String)newValue);
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
			case RapportPackage.CASEBOOK__ID:
				setId(ID_EDEFAULT);
				return;
			case RapportPackage.CASEBOOK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RapportPackage.CASEBOOK__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case RapportPackage.CASEBOOK__PEOPLE:
				getPeople().clear();
				return;
			case RapportPackage.CASEBOOK__OWNER:
				setOwner((Person)null);
				return;
			case RapportPackage.CASEBOOK__CLIENTS:
				getClients().clear();
				return;
			case RapportPackage.CASEBOOK__RETENTION_YEARS:
				setRetentionYears(RETENTION_YEARS_EDEFAULT);
				return;
			case RapportPackage.CASEBOOK__AUDIT_ANCHOR:
				setAuditAnchor(AUDIT_ANCHOR_EDEFAULT);
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
			case RapportPackage.CASEBOOK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RapportPackage.CASEBOOK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RapportPackage.CASEBOOK__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case RapportPackage.CASEBOOK__PEOPLE:
				return people != null && !people.isEmpty();
			case RapportPackage.CASEBOOK__OWNER:
				return owner != null;
			case RapportPackage.CASEBOOK__CLIENTS:
				return clients != null && !clients.isEmpty();
			case RapportPackage.CASEBOOK__RETENTION_YEARS:
				return retentionYears != RETENTION_YEARS_EDEFAULT;
			case RapportPackage.CASEBOOK__AUDIT_ANCHOR:
				return AUDIT_ANCHOR_EDEFAULT == null ? auditAnchor != null : !AUDIT_ANCHOR_EDEFAULT.equals(auditAnchor);
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
		result.append(", title: ");
		result.append(title);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", retentionYears: ");
		result.append(retentionYears);
		result.append(", auditAnchor: ");
		result.append(auditAnchor);
		result.append(')');
		return result.toString();
	}

} //CasebookImpl
