// SPDX-License-Identifier: EPL-2.0
/**
 * Dates and times of the model. The model stores them as XML Schema {@code date} and
 * {@code dateTime} values ({@link javax.xml.datatype.XMLGregorianCalendar}), so that any EMF tool
 * reads the files from {@code rapport.ecore} alone; {@link org.rapport.model.time.Dates} turns them
 * into {@code java.time} values and back, and reads the shorter forms older casebooks were written in.
 */
package org.rapport.model.time;
