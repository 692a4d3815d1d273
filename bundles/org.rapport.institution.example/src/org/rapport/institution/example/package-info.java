// SPDX-License-Identifier: EPL-2.0
/**
 * The Northbridge Counselling Training Clinic, a fictional institution that shows every kind of
 * extension: its catalogue and licensed instrument wording come from files named in the manifest
 * ({@code Rapport-Catalogue}, {@code Rapport-Instrument-Wording}); its rule, exporter and programme
 * are DS components generated from the annotations in this package. Nothing here is exported:
 * Rapport finds the contributions as services and headers, never by class name.
 */
package org.rapport.institution.example;
