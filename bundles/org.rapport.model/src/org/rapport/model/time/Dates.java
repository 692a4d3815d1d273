// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;

/**
 * Converts the model's {@code Date} and {@code DateTime} values (XML Schema calendars without a
 * time zone) to and from {@code java.time}. Every method passes {@code null} through, because an
 * unset date is {@code null} in the model.
 *
 * <p>Values are made by EMF's own XML type factory, so a value read by a generic EMF tool and one
 * made here are of the same class and compare equal. Times are written with their seconds, which
 * XML Schema requires; {@link #parseDateTime} also reads the {@code 2026-04-09T15:00} form that
 * format 1 files hold.
 */
public final class Dates {

  private static final DateTimeFormatter WITH_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private Dates() {
  }

  /** @return the calendar day of a model {@code Date}, or null */
  public static LocalDate day(XMLGregorianCalendar value) {
    return value == null ? null : LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
  }

  /** @return the local date and time of a model {@code DateTime}, or null */
  public static LocalDateTime time(XMLGregorianCalendar value) {
    if (value == null) {
      return null;
    }
    int nanos = value.getFractionalSecond() == null ? 0 : value.getFractionalSecond().movePointRight(9).intValue();
    return LocalDateTime.of(value.getYear(), value.getMonth(), value.getDay(), value.getHour(), value.getMinute(),
        value.getSecond(), nanos);
  }

  /** @return the model {@code Date} for a day, or null */
  public static XMLGregorianCalendar of(LocalDate day) {
    return day == null ? null : XMLTypeFactory.eINSTANCE.createDate(day.toString());
  }

  /** @return the model {@code DateTime} for a local time, always with its seconds, or null */
  public static XMLGregorianCalendar of(LocalDateTime time) {
    if (time == null) {
      return null;
    }
    String text = time.format(WITH_SECONDS);
    if (time.getNano() != 0) {
      text += time.toString().substring(19);
    }
    return XMLTypeFactory.eINSTANCE.createDateTime(text);
  }

  /**
   * Reads a {@code Date} as a file holds it.
   *
   * @throws IllegalArgumentException when the text is no ISO 8601 date
   */
  public static XMLGregorianCalendar parseDate(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    LocalDate day = parse(text, LocalDate::parse);
    return of(day);
  }

  /**
   * Reads a {@code DateTime} as a file holds it: XML Schema's form, or the form without seconds
   * that format 1 files hold. A time zone is refused, because the model's times are local.
   *
   * @throws IllegalArgumentException when the text is no local ISO 8601 date and time
   */
  public static XMLGregorianCalendar parseDateTime(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    LocalDateTime time = parse(text, LocalDateTime::parse);
    return of(time);
  }

  /**
   * @return the {@code java.time} value of a model {@code Date} ({@link LocalDate}) or
   *         {@code DateTime} ({@link LocalDateTime}), for code that handles attributes generically;
   *         null for null
   */
  public static java.time.temporal.Temporal javaTime(XMLGregorianCalendar value) {
    if (value == null) {
      return null;
    }
    return value.getHour() == javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED ? day(value) : time(value);
  }

  /** @return the text a file holds for a model {@code Date} or {@code DateTime} value, or null */
  public static String format(XMLGregorianCalendar value) {
    return value == null ? null : value.toXMLFormat();
  }

  private static <T> T parse(String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date in ISO 8601 form", e);
    }
  }
}
