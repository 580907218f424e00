package io.advocacy.listening.mention.rest;

import io.advocacy.listening.mention.service.Ingested;
import io.advocacy.listening.mention.service.Outcome;
import io.advocacy.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validates each mention of a batch on its own, so one bad mention is rejected with its reasons and the rest go on. */
@ApplicationScoped
public class BatchValidation {

    private final Validator validator;

    public BatchValidation(Validator validator) {
        this.validator = validator;
    }

    Checked check(List<MentionRequest> mentions) {
        List<MentionRequest> valid = new ArrayList<>();
        List<Integer> validIndexes = new ArrayList<>();
        Map<Integer, BatchResult.Item> rejected = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            MentionRequest mention = mentions.get(i);
            List<Problem.Violation> violations = mention == null
                    ? List.of(new Problem.Violation("mentions[" + i + "]", "must not be null"))
                    : violationsOf(mention, i);
            if (violations.isEmpty()) {
                valid.add(mention);
                validIndexes.add(i);
            } else {
                rejected.put(
                        i,
                        new BatchResult.Item(
                                i,
                                mention == null ? null : mention.platform(),
                                mention == null ? null : mention.externalId(),
                                null,
                                Outcome.REJECTED,
                                violations));
            }
        }
        return new Checked(mentions.size(), valid, validIndexes, rejected);
    }

    private List<Problem.Violation> violationsOf(MentionRequest mention, int index) {
        return validator.validate(mention).stream()
                .map(v -> new Problem.Violation("mentions[" + index + "]." + path(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
    }

    private static String path(ConstraintViolation<MentionRequest> violation) {
        return violation.getPropertyPath().toString();
    }

    /** The batch split into valid mentions and rejected ones, remembering each one's position. */
    record Checked(
            int size, List<MentionRequest> valid, List<Integer> validIndexes, Map<Integer, BatchResult.Item> rejected) {

        /** Puts the ingestion results of the valid mentions and the rejections back in request order. */
        BatchResult merge(List<Ingested> results) {
            BatchResult.Item[] items = new BatchResult.Item[size];
            rejected.forEach((index, item) -> items[index] = item);
            for (int k = 0; k < results.size(); k++) {
                Ingested result = results.get(k);
                MentionRequest request = valid.get(k);
                int index = validIndexes.get(k);
                items[index] = new BatchResult.Item(
                        index,
                        request.platform(),
                        request.externalId(),
                        result.mention() == null ? null : result.mention().id,
                        result.outcome(),
                        List.of());
            }
            List<BatchResult.Item> all = List.of(items);
            return new BatchResult(
                    count(all, Outcome.ACCEPTED),
                    count(all, Outcome.DUPLICATE),
                    count(all, Outcome.NEAR_DUPLICATE),
                    count(all, Outcome.SPAM),
                    count(all, Outcome.HELD),
                    count(all, Outcome.UNMATCHED),
                    count(all, Outcome.REJECTED),
                    all);
        }

        private static int count(List<BatchResult.Item> items, Outcome outcome) {
            return (int) items.stream().filter(i -> i.status() == outcome).count();
        }
    }
}
