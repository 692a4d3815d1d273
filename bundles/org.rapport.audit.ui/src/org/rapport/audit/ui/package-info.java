// SPDX-License-Identifier: EPL-2.0
/**
 * Casebook > Audit Trail (Ctrl+Alt+T, {@code ShowAuditHandler}), contributed through
 * {@code fragment.e4xmi}: {@code AuditPart} in the bottom stack lists who opened, saved, signed,
 * printed or deleted what, newest first, with filters, and says whether every link of the audit
 * trail's hash chain holds. No bundle imports it.
 */
package org.rapport.audit.ui;
