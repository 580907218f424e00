package io.advocacy.recognition.reward.service;

import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.recognition.reward.repository.Reward;
import io.advocacy.recognition.reward.rest.RewardRequest;
import io.advocacy.recognition.reward.rest.RewardView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Maps rewards between the wire and the database, in one place. */
public final class RewardMapper {

    private RewardMapper() {}

    static Reward newReward(RewardRequest request, String programme) {
        Reward reward = new Reward();
        reward.id = UUID.randomUUID();
        reward.code = request.code();
        reward.kind = request.kind();
        reward.name = request.name().strip();
        reward.description = request.description().strip();
        reward.disclosure =
                request.disclosure() != null && !request.disclosure().isBlank()
                        ? request.disclosure().strip()
                        : defaultDisclosure(reward.name, programme);
        reward.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return reward;
    }

    /** Plain words an advocate can attach to a post: what they received, from whom, and that they were not paid. */
    static String defaultDisclosure(String rewardName, String programme) {
        return "I received " + rewardName + " from " + programme + ". I was not paid, and my opinions are my own.";
    }

    public static RewardView toView(Reward reward) {
        return new RewardView(
                reward.id,
                reward.code,
                reward.kind,
                reward.name,
                reward.description,
                reward.disclosure,
                reward.createdAt);
    }

    /** One page of the catalogue as the API shows it. */
    public static Page<RewardView> toPage(List<Reward> rewards, PageParams paging, long total) {
        return new Page<>(rewards.stream().map(RewardMapper::toView).toList(), paging.page, paging.size, total);
    }
}
