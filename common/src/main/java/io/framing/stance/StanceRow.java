package io.framing.stance;

/**
 * One row of the {@code stance} table: a (source actor, target country) pair with its stance,
 * score in [-1, 1], the number of the actor's relations toward the target and the number of
 * documents the evidence comes from. Immutable.
 */
public record StanceRow(String sourceActor, String sourceCountry, String sourceRole, String targetCountry,
    Stance stance, double score, long nRelations, long nDocuments) {}
