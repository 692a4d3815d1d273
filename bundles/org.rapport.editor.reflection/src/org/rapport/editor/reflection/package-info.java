// SPDX-License-Identifier: EPL-2.0
/**
 * The reflection editor, contributed through {@code fragment.e4xmi}; no bundle imports it.
 * {@link org.rapport.editor.reflection.ReflectionEditor} shows the framework's stages with prompts
 * and the comments on each, ratings with evidence and the planned techniques not rated, the
 * relationship check, boundary events, learning and action points, comments and amendments. The
 * review workflow is a row of buttons, each step one {@code ChangeCommand} around
 * {@code ReviewWorkflow}, saved at once; {@code TextDialog} asks for a comment or a reason and
 * {@code AmendDialog} for an amendment. Casebook > New Reflection is {@code NewReflectionHandler}.
 */
package org.rapport.editor.reflection;
