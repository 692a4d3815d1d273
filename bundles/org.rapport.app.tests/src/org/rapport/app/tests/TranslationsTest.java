// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rapport.app.internal.AppMessages;
import org.rapport.ui.UiMessages;

/**
 * Every text exists in English and German: the installed bundles' English and German keys are the same, no German text is
 * left in English, and every {@code %key} of a bundle's model fragment and plugin.xml, and every field of a message class, has
 * a text.
 */
class TranslationsTest {

  /** Texts that are the same words in both languages (without their mnemonic marker). */
  private static final Set<String> SAME_IN_BOTH = Set.of("Rapport", "Person:", "Passphrase:", "Problem");

  private static final Pattern MODEL_KEY = Pattern.compile("=\"%([^\"]+)\"");

  @Test
  void theBundlesWithMenusAndEditorsShipTexts() {
    Set<String> names = Translations.installed().stream().map(Translations::name).collect(Collectors.toSet());
    assertTrue(names.containsAll(Set.of("org.rapport.app", "org.rapport.editor.plan", "org.rapport.editor.agreement",
        "org.rapport.editor.reflection", "org.rapport.sync.ui", "org.rapport.ui")), "the check below covers the workbench's bundles: " + names);
  }

  @Test
  void everyBundleHasTheSameKeysInEnglishAndGerman() {
    List<String> differences = new ArrayList<>();
    for (Translations texts : Translations.installed()) {
      Set<String> onlyEnglish = new TreeSet<>(texts.english().stringPropertyNames());
      onlyEnglish.removeAll(texts.german().stringPropertyNames());
      Set<String> onlyGerman = new TreeSet<>(texts.german().stringPropertyNames());
      onlyGerman.removeAll(texts.english().stringPropertyNames());
      if (!onlyEnglish.isEmpty() || !onlyGerman.isEmpty()) {
        differences.add(texts.name() + ": only in English " + onlyEnglish + ", only in German " + onlyGerman);
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void noGermanTextIsLeftInEnglishOrEmpty() {
    List<String> untranslated = new ArrayList<>();
    for (Translations texts : Translations.installed()) {
      for (String key : Translations.keys(texts.german())) {
        String german = texts.german().getProperty(key);
        if (german.isBlank() || german.equals(texts.english().getProperty(key)) && !SAME_IN_BOTH.contains(german.replace("&", ""))) {
          untranslated.add(texts.name() + " " + key + " = " + german);
        }
      }
    }
    assertEquals(List.of(), untranslated);
  }

  @Test
  void everyKeyTheModelAndPluginXmlUseHasAText() {
    List<String> missing = new ArrayList<>();
    for (Translations texts : Translations.installed()) {
      for (String file : List.of("fragment.e4xmi", "Application.e4xmi", "plugin.xml")) {
        String content = Translations.file(texts.bundle(), file);
        if (content == null) {
          continue;
        }
        Matcher key = MODEL_KEY.matcher(content);
        while (key.find()) {
          if (!texts.english().containsKey(key.group(1))) {
            missing.add(texts.name() + "/" + file + ": %" + key.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyMessageFieldHasAText() {
    Map<String, Class<?>> messageClasses = Map.of("org.rapport.app", AppMessages.class, "org.rapport.ui", UiMessages.class,
        "org.rapport.sync.ui", org.rapport.sync.ui.SyncMessages.class);
    List<String> missing = new ArrayList<>();
    for (Translations texts : Translations.installed()) {
      Class<?> messages = messageClasses.get(texts.name());
      if (messages == null) {
        continue;
      }
      assertTrue(messages.getFields().length > 0, messages.getName());
      for (Field field : messages.getFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !texts.english().containsKey(field.getName())) {
          missing.add(texts.name() + ": " + field.getName());
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}
