package org.enforcementgraph.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * Refuses, inside the embedded database, any transaction that would leave a fact without a source: a node (other
 * than a Source or the migration history) that neither CITES nor was SEEN_IN a Source, or a relationship stating a
 * fact whose {@code sources} property does not list existing Source ids. Every writer is held to it: importers,
 * mutations, and analysts typing Cypher in Neo4j Browser.
 */
final class SourceRequired extends TransactionEventListenerAdapter<Void> {

	static final Set<String> UNSOURCED_LABELS = Set.of("Source", "Migration");

	/** Relationships that are the sourcing itself, or whose end node carries the source. */
	static final Set<String> UNSOURCED_RELATIONSHIPS = Set.of("CITES", "SEEN_IN", "CORRECTS", "HAS_YEAR", "LISTED_AS");

	private static final RelationshipType CITES = RelationshipType.withName("CITES");

	private static final RelationshipType SEEN_IN = RelationshipType.withName("SEEN_IN");

	private static final Label SOURCE = Label.label("Source");

	private static final int SHOWN = 5;

	@Override
	public Void beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
		List<String> problems = new ArrayList<>();
		Map<String, Boolean> sourceExists = new HashMap<>();
		for (Node node : data.createdNodes()) {
			checkNode(node, problems);
		}
		for (Relationship removed : data.deletedRelationships()) {
			try {
				if (isSourcing(removed.getType())) {
					checkNode(removed.getStartNode(), problems);
				}
			}
			catch (NotFoundException deletedInThisTransaction) {
				// Its start node went with it.
			}
		}
		for (Relationship relationship : data.createdRelationships()) {
			checkRelationship(relationship, transaction, sourceExists, problems);
		}
		for (PropertyEntry<Relationship> change : data.assignedRelationshipProperties()) {
			if ("sources".equals(change.key())) {
				checkRelationship(change.entity(), transaction, sourceExists, problems);
			}
		}
		for (PropertyEntry<Relationship> change : data.removedRelationshipProperties()) {
			if ("sources".equals(change.key())) {
				checkRelationship(change.entity(), transaction, sourceExists, problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new GraphException("Refused: every fact needs a source. " + String.join("; ", problems.subList(0,
					Math.min(SHOWN, problems.size()))) + ((problems.size() > SHOWN) ? "; and " + (problems.size() - SHOWN)
							+ " more" : ""));
		}
		return null;
	}

	private static boolean isSourcing(RelationshipType type) {
		return type.name().equals("CITES") || type.name().equals("SEEN_IN");
	}

	private static void checkNode(Node node, List<String> problems) {
		try {
			for (Label label : node.getLabels()) {
				if (UNSOURCED_LABELS.contains(label.name())) {
					return;
				}
			}
			for (Relationship sourcing : node.getRelationships(Direction.OUTGOING, CITES, SEEN_IN)) {
				if (sourcing.getEndNode().hasLabel(SOURCE)) {
					return;
				}
			}
			problems.add(describe(node) + " cites no Source (add (it)-[:CITES]->(:Source))");
		}
		catch (NotFoundException deletedInThisTransaction) {
			// A node deleted in the same transaction states nothing.
		}
	}

	private static void checkRelationship(Relationship relationship, Transaction transaction,
			Map<String, Boolean> sourceExists, List<String> problems) {
		try {
			if (UNSOURCED_RELATIONSHIPS.contains(relationship.getType().name())) {
				return;
			}
			Object sources = relationship.getProperty("sources", null);
			if (!(sources instanceof String[] ids) || ids.length == 0) {
				problems.add(describe(relationship) + " lists no sources (set its sources property to Source ids)");
				return;
			}
			for (String id : ids) {
				if (!sourceExists.computeIfAbsent(id, key -> transaction.findNode(SOURCE, "id", key) != null)) {
					problems.add(describe(relationship) + " lists source '" + id + "', which is not a Source");
				}
			}
		}
		catch (NotFoundException deletedInThisTransaction) {
			// A relationship deleted in the same transaction states nothing.
		}
	}

	private static String describe(Entity entity) {
		if (entity instanceof Node node) {
			StringBuilder labels = new StringBuilder();
			node.getLabels().forEach(l -> labels.append(':').append(l.name()));
			return "(" + labels + " {id: '" + node.getProperty("id", "?") + "'})";
		}
		Relationship relationship = (Relationship) entity;
		return "[:" + relationship.getType().name() + "] from '" + relationship.getStartNode().getProperty("id", "?")
				+ "' to '" + relationship.getEndNode().getProperty("id", "?") + "'";
	}

}
