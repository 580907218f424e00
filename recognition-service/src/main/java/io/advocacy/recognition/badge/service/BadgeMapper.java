package io.advocacy.recognition.badge.service;

import io.advocacy.recognition.badge.repository.BadgeDefinition;
import io.advocacy.recognition.badge.rest.BadgeView;

/** Maps badge definitions from the database to the wire, in one place. */
public final class BadgeMapper {

    private BadgeMapper() {}

    public static BadgeView toView(BadgeDefinition badge) {
        return new BadgeView(badge.code, badge.name, badge.description, badge.criteria);
    }
}
