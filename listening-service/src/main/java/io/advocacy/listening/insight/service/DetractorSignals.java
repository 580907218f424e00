package io.advocacy.listening.insight.service;

import io.advocacy.listening.insight.repository.Alert;
import io.advocacy.listening.insight.repository.AlertRepository;
import io.advocacy.listening.insight.repository.ProgrammeFigures;
import io.advocacy.listening.mention.messaging.DetractorSignal;
import io.advocacy.listening.mention.messaging.MentionScored;
import io.advocacy.listening.mention.repository.Mention;
import io.advocacy.listening.mention.service.ListeningConfig;
import io.advocacy.listening.query.service.QueryMatch;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Raises detractor signals after a mention enters the stream: a clearly negative mention from an author with reach,
 * and negative volume about a programme spiking above its hourly baseline of the day before. Each signal is an event
 * and an open alert for the programme; a spike is raised at most once an hour per programme.
 */
@ApplicationScoped
public class DetractorSignals {

    private final ProgrammeFigures figures;
    private final AlertRepository alerts;
    private final EventPublisher events;
    private final ListeningConfig.DetractorSignal thresholds;

    public DetractorSignals(
            ProgrammeFigures figures, AlertRepository alerts, EventPublisher events, ListeningConfig config) {
        this.figures = figures;
        this.alerts = alerts;
        this.events = events;
        this.thresholds = config.detractorSignal();
    }

    /** Checks a mention just published; call within its transaction. */
    public Uni<Void> check(Mention mention, List<QueryMatch> matches) {
        if (!mention.sentimentSupported || mention.sentiment > -0.05) {
            return Uni.createFrom().voidItem();
        }
        List<String> programmes =
                matches.stream().map(QueryMatch::programme).distinct().toList();
        return highReach(mention, programmes)
                .chain(() -> Multi.createFrom()
                        .iterable(programmes)
                        .onItem()
                        .transformToUniAndConcatenate(programme -> spike(mention, programme))
                        .collect()
                        .last())
                .replaceWithVoid();
    }

    private Uni<Void> highReach(Mention mention, List<String> programmes) {
        if (mention.sentiment > thresholds.maxSentiment() || mention.authorReach < thresholds.minReach()) {
            return Uni.createFrom().voidItem();
        }
        String reason = "negative mention (" + mention.sentiment + ") from an author with reach " + mention.authorReach;
        DetractorSignal signal = signal(mention, programmes, reason, DetractorSignal.HIGH_REACH_NEGATIVE);
        return raise(mention.authorKey, signal, programmes);
    }

    private Uni<Void> spike(Mention mention, String programme) {
        OffsetDateTime hourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        return figures.negativeVolume(programme).chain(volume -> {
            long lastHour = volume[0];
            double baseline = volume[1] / 24.0;
            if (lastHour < thresholds.spikeMinCount() || lastHour < thresholds.spikeFactor() * Math.max(1, baseline)) {
                return Uni.createFrom().voidItem();
            }
            return alerts.raisedSince(programme, DetractorSignal.NEGATIVE_VOLUME_SPIKE, hourAgo)
                    .chain(raised -> {
                        if (raised) {
                            return Uni.createFrom().voidItem();
                        }
                        String reason = lastHour + " negative mentions in the last hour against a baseline of "
                                + Math.round(baseline * 10) / 10.0 + " an hour";
                        DetractorSignal signal =
                                signal(mention, List.of(programme), reason, DetractorSignal.NEGATIVE_VOLUME_SPIKE);
                        return raise("programme:" + programme, signal, List.of(programme));
                    });
        });
    }

    private Uni<Void> raise(String key, DetractorSignal signal, List<String> programmes) {
        return events.publish(new OutgoingEvent(MentionScored.TOPIC, DetractorSignal.TYPE, key, signal))
                .chain(() -> Multi.createFrom()
                        .iterable(programmes)
                        .onItem()
                        .transformToUniAndConcatenate(programme -> alerts.persist(alertFor(programme, signal)))
                        .collect()
                        .last())
                .replaceWithVoid();
    }

    private static DetractorSignal signal(Mention mention, List<String> programmes, String reason, String kind) {
        return new DetractorSignal(
                mention.id,
                mention.authorKey,
                mention.authorReach,
                mention.sentiment,
                mention.url,
                programmes,
                reason,
                kind);
    }

    private static Alert alertFor(String programme, DetractorSignal signal) {
        Alert alert = new Alert();
        alert.id = UUID.randomUUID();
        alert.programme = programme;
        alert.kind = signal.kind();
        alert.mentionId = signal.mentionId();
        alert.authorKey = signal.authorKey();
        alert.authorReach = signal.authorReach();
        alert.sentiment = signal.sentiment();
        alert.reason = signal.reason();
        alert.raisedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return alert;
    }
}
