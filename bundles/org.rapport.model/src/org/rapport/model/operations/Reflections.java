// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.operations;

import java.time.LocalDateTime;

import org.rapport.model.ActionPoint;
import org.rapport.model.ActionStatus;
import org.rapport.model.ClientCase;
import org.rapport.model.FrameworkStage;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionFramework;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Session;
import org.rapport.model.StageAnswer;
import org.rapport.model.TechniqueRating;
import org.rapport.model.time.Dates;

/** Reflection notes beyond setting one field: a new draft with the stages of its framework, a new action point. */
public final class Reflections {

  private Reflections() {
  }

  /**
   * A draft reflection on {@code session} (which belongs to a client) written by {@code authorId},
   * created and modified {@code now}, with an empty answer for each stage of {@code framework}
   * (none when it is null) and an empty relationship check.
   */
  public static ReflectionNote newDraft(Session session, String authorId, ReflectionFramework framework, LocalDateTime now) {
    ClientCase client = (ClientCase) session.eContainer();
    ReflectionNote note = RapportFactory.eINSTANCE.createReflectionNote();
    note.setId(session.getId() + "-reflection");
    note.setSessionId(session.getId());
    note.setClientCode(client.getCode());
    note.setAuthorId(authorId);
    note.setCreated(Dates.of(now));
    note.setModified(Dates.of(now));
    note.setStatus(ReviewStatus.DRAFT);
    if (framework != null) {
      note.setFrameworkId(framework.getId());
      for (FrameworkStage stage : framework.getStages()) {
        StageAnswer answer = RapportFactory.eINSTANCE.createStageAnswer();
        answer.setStageId(stage.getId());
        note.getAnswers().add(answer);
      }
    }
    note.setRelationship(RapportFactory.eINSTANCE.createRelationshipCheck());
    return note;
  }

  /** A new open action point for {@code note}, with an id not yet used among its points; not yet added to it. */
  public static ActionPoint newActionPoint(ReflectionNote note) {
    java.util.Set<String> used = new java.util.HashSet<>();
    note.getActionPoints().forEach(point -> used.add(point.getId()));
    int n = note.getActionPoints().size() + 1;
    while (used.contains(note.getId() + "-a" + n)) {
      n++;
    }
    ActionPoint point = RapportFactory.eINSTANCE.createActionPoint();
    point.setId(note.getId() + "-a" + n);
    point.setStatus(ActionStatus.OPEN);
    return point;
  }

  /** A rating of {@code techniqueId} to fill in, starting at 4, the middle of the scale of 1 to 7. */
  public static TechniqueRating newRating(String techniqueId) {
    TechniqueRating rating = RapportFactory.eINSTANCE.createTechniqueRating();
    rating.setTechniqueId(techniqueId);
    rating.setRating(4);
    return rating;
  }
}
