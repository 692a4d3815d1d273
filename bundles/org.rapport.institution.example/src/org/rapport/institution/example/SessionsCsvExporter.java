// SPDX-License-Identifier: EPL-2.0
package org.rapport.institution.example;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rapport.extension.Exporter;
import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Session;
import org.rapport.model.time.Dates;

/**
 * One CSV row per session, for the clinic's placement-hours returns: the client's pseudonymous
 * code, the session's number, date and status, and where its plan and reflection stand. Only the
 * casebook's index is needed, and no names are written: the code is all the file says about a client.
 */
@Component(service = Exporter.class)
public final class SessionsCsvExporter implements Exporter {

  static final String HEADER = "client,session,date,status,plan,reflection";

  @Override
  public String institution() {
    return Northbridge.INSTITUTION;
  }

  @Override
  public String id() {
    return "sessions-csv";
  }

  @Override
  public String label() {
    return "Sessions as CSV";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public void export(Casebook index, List<Document> documents, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(HEADER + "\r\n");   // RFC 4180 line ends, which spreadsheet programs expect
    for (ClientCase client : index.getClients()) {
      for (Session session : client.getSessions()) {
        writer.write(String.join(",", field(client.getCode()), String.valueOf(session.getNumber()),
            field(session.getDateTime() == null ? "" : Dates.time(session.getDateTime()).format(DateTimeFormatter.ISO_LOCAL_DATE)),
            field(session.getStatus() == null ? "" : session.getStatus().getLiteral()),
            field(status(session, DocumentKind.PLAN)), field(status(session, DocumentKind.REFLECTION))) + "\r\n");
      }
    }
    writer.flush();
  }

  private static String status(Session session, DocumentKind kind) {
    return session.getDocuments().stream().filter(entry -> entry.getKind() == kind).map(DocumentEntry::getStatus)
        .map(status -> status == null || status.isBlank() ? "present" : status).findFirst().orElse("none");
  }

  /** Quotes a field when it needs it; a leading formula character is neutralised so a spreadsheet shows text, not a formula. */
  static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
