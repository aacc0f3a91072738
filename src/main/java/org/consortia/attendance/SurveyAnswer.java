package org.consortia.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consortia.event.Event;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One answer to an event's evaluation survey, tied to nobody: the scores, a comment, the day it came. */
@Entity
public class SurveyAnswer extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    /** A score from 1 to 5 per question, in their order; null for a question left out. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<Short> scores = new ArrayList<>();

    public String comment;

    @Column(nullable = false)
    public LocalDate answeredOn;
}
