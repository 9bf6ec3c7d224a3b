package dev.accord.app.live;

import java.util.List;

/**
 * What a node tells every node when a projection commits: which segment of which processor reached which position
 * of the event stream (-1 when the unit of work was not a segment's, as when parked events are handed back), and the
 * changes the projection made for open views.
 */
record ReadModelCommit(String processor, int segment, long position, List<Change> changes) {}
