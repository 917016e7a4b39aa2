package io.pactum.analytics.domain;

/** Which of Kirkpatrick's four levels of evaluation an evaluation covered. */
public record Kirkpatrick(boolean reaction, boolean learning, boolean behaviour, boolean results) {

    public static final Kirkpatrick NONE = new Kirkpatrick(false, false, false, false);

    /** The levels covered by either. */
    public Kirkpatrick or(Kirkpatrick other) {
        return new Kirkpatrick(reaction || other.reaction, learning || other.learning, behaviour || other.behaviour,
                results || other.results);
    }
}
