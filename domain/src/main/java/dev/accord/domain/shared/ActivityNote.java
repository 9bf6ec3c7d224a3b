package dev.accord.domain.shared;

/** What someone just did, in a sentence, for the live views of others ("Fay Lund (Finance) approved …"). */
public record ActivityNote(String actorUserId, String text) {}
