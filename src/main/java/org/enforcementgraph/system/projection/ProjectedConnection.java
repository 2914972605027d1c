package org.enforcementgraph.system.projection;

import java.util.HashMap;

/**
 * A Relay connection already built from one statement ({@code totalCount}, {@code pageInfo}, {@code edges}). Spring
 * for GraphQL wraps fetchers of {@code *Connection} types to build connections from Spring Data windows; it passes
 * through values whose class name ends in "Connection", hence this type.
 */
final class ProjectedConnection extends HashMap<String, Object> {

}
