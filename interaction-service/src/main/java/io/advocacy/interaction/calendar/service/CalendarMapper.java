package io.advocacy.interaction.calendar.service;

import io.advocacy.interaction.schedule.repository.Interaction;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/** Maps interactions to an iCalendar (RFC 5545) feed with ical4j, one VEVENT each, in one place. */
public final class CalendarMapper {

    /** The media type of a feed. */
    public static final String TEXT_CALENDAR = "text/calendar";

    private static final String PRODUCT = "-//Advocacy platform//interaction-service//EN";

    private CalendarMapper() {}

    static String toFeed(List<Interaction> interactions) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        for (Interaction interaction : interactions) {
            calendar.add(toEvent(interaction));
        }
        return write(calendar);
    }

    private static String write(Calendar calendar) {
        StringWriter feed = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, feed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return feed.toString();
    }

    /**
     * The interaction as an RFC 5546 message: METHOD REQUEST (CANCEL once cancelled, with STATUS CANCELLED), the
     * manager as ORGANIZER, the advocate (and a mentor) as ATTENDEE, the interaction's SEQUENCE.
     */
    static String toInvitation(Interaction interaction, String organizerDomain) {
        boolean cancelled = Interaction.CANCELLED.equals(interaction.status);
        VEvent event = toEvent(interaction);
        event.add(new Organizer(URI.create("mailto:" + interaction.manager + "@" + organizerDomain))
                .add(new Cn(interaction.manager)));
        event.add(attendee(interaction.advocateId, "advocate " + interaction.advocateId));
        if (interaction.mentorId != null) {
            event.add(attendee(interaction.mentorId, "mentor " + interaction.mentorId));
        }
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        return write(calendar);
    }

    private static Property attendee(UUID id, String name) {
        return new Attendee(URI.create("urn:uuid:" + id))
                .add(new Cn(name))
                .add(Role.REQ_PARTICIPANT)
                .add(PartStat.NEEDS_ACTION)
                .add(Rsvp.TRUE);
    }

    /** The interaction as an event: UID is its id, in UTC, with its kind and reason, and its SEQUENCE. */
    static VEvent toEvent(Interaction interaction) {
        Instant start = interaction.dueAt.toInstant().truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(interaction.durationMinutes, ChronoUnit.MINUTES);
        VEvent event = new VEvent(start, end, summaryOf(interaction));
        event.add(new Uid(interaction.id.toString()));
        event.add(new Sequence(interaction.sequence));
        event.add(new Description(interaction.reason + "\nAdvocate: " + interaction.advocateId
                + (interaction.mentorId == null ? "" : "\nMentor: " + interaction.mentorId)
                + "\nManager: " + interaction.manager));
        return event;
    }

    private static String summaryOf(Interaction interaction) {
        String what;
        if (Interaction.THANK_YOU.equals(interaction.kind)) {
            what = "Thank-you";
        } else if (Interaction.CARE_OUTREACH.equals(interaction.kind)) {
            what = "Care outreach";
        } else if (Interaction.CHECK_IN.equals(interaction.kind)) {
            what = "Check-in";
        } else {
            String kind = interaction.kind.replace('-', ' ');
            what = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        }
        return what + " with advocate " + interaction.advocateId;
    }
}
