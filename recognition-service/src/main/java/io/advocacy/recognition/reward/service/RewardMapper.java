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

    static Reward newReward(RewardRequest request) {
        Reward reward = new Reward();
        reward.id = UUID.randomUUID();
        reward.code = request.code();
        reward.kind = request.kind();
        reward.name = request.name().strip();
        reward.description = request.description().strip();
        reward.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return reward;
    }

    public static RewardView toView(Reward reward) {
        return new RewardView(reward.id, reward.code, reward.kind, reward.name, reward.description, reward.createdAt);
    }

    /** One page of the catalogue as the API shows it. */
    public static Page<RewardView> toPage(List<Reward> rewards, PageParams paging, long total) {
        return new Page<>(rewards.stream().map(RewardMapper::toView).toList(), paging.page, paging.size, total);
    }
}
